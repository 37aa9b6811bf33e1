"""The owner PIN given to a command (`--pin` or HONGHUA_PIN).

A command that only reads never needs it: a wrong PIN is said on stderr and the command runs as usual (one
that stopped with an error, such as an import its rows blocked, is not told it needs no PIN). A
command that writes meets the lock at its first write (`Store.atomic` raises PinRequired) and is refused
there, naming where the wrong PIN came from. Neither counts as a wrong try: see
`SecurityService.unlock_for_command`.
"""

from __future__ import annotations

import os
import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path

from app.errors import UserError
from app.i18n import t
from app.security import PinRequired

PIN_ENV = "HONGHUA_PIN"


def given_pin(args) -> tuple[str | None, str]:
    """The PIN and where it came from, as a message names it."""
    if args.pin:
        return args.pin, "--pin"
    return os.environ.get(PIN_ENV), t("环境变量 {name}", name=PIN_ENV)


def run_with_given_pin(shop, args, run: Callable[[], int]) -> int:
    pin, source = given_pin(args)
    if not pin or shop.security.unlock_for_command(pin):
        return run()
    try:
        code = run()
    except PinRequired:
        shop.security.note_wrong_command_pin()
        raise UserError(t("店主密码不对（{source}）：这个命令要修改数据，没有修改任何数据。请改正命令或计划任务里的密码",
                          source=source)) from None
    except UserError:  # refused for something else first (a file missing, a value mistyped): the PIN is said too
        _say_stopped(source)
        raise
    if code == 0:
        print(t("警告：店主密码不对（{source}）。这个命令只读取数据，不需要密码，已照常运行；"
                "请改正命令或计划任务里的密码", source=source), file=sys.stderr)
    else:  # stopped before writing (an import blocked by its rows): it may well write once it can go on
        _say_stopped(source)
    return code


def _say_stopped(source: str) -> None:
    print(t("警告：店主密码不对（{source}）。这次没有修改数据，要修改数据时会因此被拒绝；"
            "请改正命令或计划任务里的密码", source=source), file=sys.stderr)


def may_delete_backups(path: Path, args) -> bool:
    """Whether `honghua backup` may delete the old backups its rotation no longer keeps. Deleting is a change, and
    on a shop with an owner PIN every change needs the PIN: without it (or with a wrong one) the backup is made
    all the same — a scheduled backup must not stop — and the old ones stay for a backup made with the PIN, or
    the day's automatic backup, to rotate; said on stderr. The file is read, not opened as a shop (an older
    file is not upgraded by a backup)."""
    from app.security import PIN_KEY, record_from_setting
    from app.store import maintenance
    from app.store.database import Database
    from app.store.db import waited_while_busy
    from app.store.settings import SettingRepo

    conn = maintenance.open_read_only(path)
    try:
        record = record_from_setting(waited_while_busy(conn, path, lambda: SettingRepo(Database(conn)).get(PIN_KEY)))
    except sqlite3.OperationalError:  # a file of a version without settings: no PIN
        record = None
    finally:
        conn.close()
    pin, source = given_pin(args)
    if record is None or (pin and record.matches(pin)):
        return True
    if pin:
        print(t("警告：店主密码不对（{source}）。备份已照常完成，但旧备份没有按保留设置删除：删除需要店主密码。"
                "请改正命令或计划任务里的密码", source=source), file=sys.stderr)
    else:
        print(t("注意：此店铺设置了店主密码，备份已照常完成，但旧备份没有按保留设置删除：删除需要店主密码"
                "（--pin 或环境变量 {name}）。每天第一次打开时的自动备份仍会按保留设置清理。", name=PIN_ENV), file=sys.stderr)
    return False
