"""The owner PIN given to a command (`--pin` or HONGHUA_PIN).

A command that only reads never needs it: a wrong PIN is said on stderr and the command runs as usual (one
that stopped with an error, such as an import its rows blocked, is not told it needs no PIN). A
command that writes meets the lock at its first write (`Store.atomic` raises PinRequired) and is refused
there, naming where the wrong PIN came from. Neither counts as a wrong try: see
`SecurityService.unlock_for_command`.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable

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
