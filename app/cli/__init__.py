"""`honghua <command>` / `python -m app <command>`: parse → call a Shop service → print.

Global options go before the command: `honghua --db shop.db --today 2026-10-20 staff list --json`.
Exit codes: 0 done, 2 the user's input is wrong (message on stderr, no traceback), 1 anything else.
The launcher (`ui/launch.py`) decides between this and the window without importing it.
"""

from __future__ import annotations

import os
import sqlite3
import sys
import traceback
from collections.abc import Sequence

from app.cli.parser import UsageError, language_asked
from app.console import DEBUG_ENV, use_utf8_output
from app.errors import Cancelled, StoreError, UserError
from app.i18n import joined, set_language, t

COMMANDS = ("demo", "staff", "target", "data", "event", "import", "imports", "export", "progress", "poster",
            "flowers", "plan", "awards", "payout", "receipt", "certificates", "backup", "restore", "check")


def main(argv: Sequence[str] | None = None) -> int:
    words = list(sys.argv[1:] if argv is None else argv)
    use_utf8_output()
    set_language(language_asked(words) or "zh")  # before argparse runs: its help and errors speak it too
    try:
        from app.cli.commands import build_parser

        parser = build_parser()
        try:
            args = parser.parse_args(words)
        except SystemExit as e:  # -h / --help printed the help
            return e.code if isinstance(e.code, int) else 0
        set_language(args.lang)
        return _run(args, parser)
    except UsageError as e:
        _error(t("{prog}：{message}", prog=e.prog, message=e.message))
        _error(t("运行「{prog} -h」查看用法。", prog=e.prog))
        return 2
    except UserError as e:
        _error(t("错误：{message}", message=e.message))
        return 2
    except StoreError as e:
        _error(t("错误：{message}", message=e.message))
        return 1
    except sqlite3.Error as e:  # the file failed under us (disk, lock) outside the store's own checks
        from app import os_errors

        temp_fault = os_errors.temp_folder_fault(e)
        if temp_fault:  # the shop file may well be fine: the scratch file beside the work failed
            _error(t("错误：{fault}，刚才的操作没有完成（红花榜要在那里写临时文件）。请清理那个磁盘或检查文件夹的权限后再试。",
                     fault=temp_fault))
            return 1
        _error(_shop_file_fault(e))
        return 1
    except Cancelled:
        _error(t("已取消，没有写入任何数据。"))
        return 1
    except BrokenPipeError:  # `honghua staff list | head`: the reader left; say nothing more
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # so the final flush cannot fail
        return 1
    except KeyboardInterrupt:
        _error(t("已中断。"))
        return 130
    except Exception as e:  # noqa: BLE001 — a bug: a short message, the traceback only when asked for
        if os.environ.get(DEBUG_ENV):
            traceback.print_exc()
        from app import os_errors

        if isinstance(e, OSError) and os_errors.is_for_the_user(e):  # a folder that cannot be written, a full disk
            _error(t("错误：{message}", message=os_errors.describe(e)))
            return 2 if os_errors.is_bad_path(e) else 1
        _error(t("内部错误：{error}（设置环境变量 {env}=1 可查看详细信息）",
                 error=f"{type(e).__name__}: {e}", env=DEBUG_ENV))
        return 1


def _run(args, parser) -> int:
    from app.clock import resolve_today
    from app.paths import default_db_path

    if args.command is None:
        if args.page is not None or args.exit_after_startup:
            raise UserError(t("--page 和 --exit-after-startup 只用于图形界面：请运行 honghua（不带命令）"))
        raise UsageError(t("请指定一个命令：{commands}", commands=joined(COMMANDS)), parser.prog)
    today = resolve_today(args.today)
    from pathlib import Path

    from app.cli.common import check_shop_file, discard_unused_new_shop, shop_file_named

    if args.db is not None and not args.db.strip():  # `--db "%SHOP%"` with the variable unset: not the default shop
        raise UserError(t("--db：数据文件路径是空的"))
    # named in full in every message: a scheduled task's working folder (C:\Windows\System32) is nobody's guess
    path = Path(args.db or default_db_path()).expanduser().absolute()
    creates = bool(getattr(args, "creates_shop", False))  # see check_shop_file: only set-up commands create
    check_shop_file(path, creates=creates, chosen=shop_file_named(args),
                    new_shop=getattr(args, "new_shop", True))
    if not creates or path.exists():
        return _run_waiting(path, args, today, creates)
    try:
        code = _run_waiting(path, args, today, creates)
    except BaseException:
        discard_unused_new_shop(path)
        raise
    if code:
        discard_unused_new_shop(path)
    return code


def _run_waiting(path, args, today, creates: bool) -> int:
    """Run the command, its writes waiting for another writer's transaction (`cli.write_wait`)."""
    from app.cli.write_wait import CommandWriteWait
    from app.store.database import writers_waited_with

    try:
        with writers_waited_with(CommandWriteWait(path)):
            return _run_on(path, args, today, creates)
    except sqlite3.Error as e:  # said by `main`, naming the shop file and the command that checks it
        from app.cli.common import db_option, shop_file_named

        e.shop_file = path  # type: ignore[attr-defined]
        e.check_command = f"honghua {db_option(path, shop_file_named(args))}check"  # type: ignore[attr-defined]
        raise


def _run_on(path, args, today, creates: bool) -> int:
    from app.storage_location import warning

    if caution := warning(path):  # a network drive or a cloud-sync folder: SQLite's locks are not reliable
        _error(t("警告：{message}", message=caution))
    from app.backups.unfinished import take_unfinished

    for unfinished in take_unfinished(path):  # a restore a power cut or a kill cut off
        _error(t("警告：{message}", message=unfinished))
    if getattr(args, "without_shop", False):  # backup, restore, check: they open the file themselves
        return int(args.handler(path, args) or 0)
    from app.cli.backup import daily_on_open
    from app.cli.pin import run_with_given_pin
    from app.shop import Shop

    shop = Shop.open(path, today, create=creates)
    try:
        daily_on_open(shop)
        return run_with_given_pin(shop, args, lambda: int(args.handler(shop, args) or 0))
    finally:
        shop.close()


def _shop_file_fault(e: sqlite3.Error) -> str:
    """SQLite's failure of the shop file said for the owner: which file, and, for a damaged one, how to go on."""
    from app import os_errors

    path, error = getattr(e, "shop_file", None), os_errors.sqlite_reason(e)
    if path is None:
        return t("错误：数据文件出错（{error}），刚才的操作没有完成。", error=error)
    if os_errors.is_damage(e):
        return t("错误：数据文件 {path} 已损坏（{error}），刚才的操作没有完成。请不要再修改它：运行 {command} "
                 "检查它，并按提示用最新的完好备份恢复。", path=path, error=error, command=e.check_command)
    return t("错误：数据文件 {path} 出错（{error}），刚才的操作没有完成。", path=path, error=error)


def _error(text: str) -> None:
    print(text, file=sys.stderr)

__all__ = ["COMMANDS", "main"]
