"""`honghua backup [-o FILE]`, `honghua backup list`, `honghua restore FILE`, `honghua check`.

These commands open the shop file themselves (a damaged file must still be checked and restored), so
they are registered with `without_shop=True` and their handlers take (path, args).
The daily automatic backup of every other command is `daily_on_open(shop)`.
"""

from __future__ import annotations

import os
from pathlib import Path

from app.cli.common import emit_json, note, path_typed, restore_command, say, shop_file_named, table
from app.cli.parser import placeholder
from app.errors import UserError
from app.i18n import t


def register(commands) -> None:
    p = commands.add_parser(
        "backup", help=t("备份数据文件，或列出已有的备份"),
        description=t("备份数据文件（用 SQLite 在线备份，写完后做完整性检查）。不带 -o 时保存到数据文件旁边的 "
                      "backups 文件夹并按设置轮换；-o 保存到指定位置（例如 U 盘），不参与轮换。"
                      "「backup list」列出 backups 文件夹中的备份。"))
    p.add_argument("action", nargs="?", choices=["list"], metavar=placeholder("操作"), help=t("list：列出已有的备份"))
    p.add_argument("-o", "--output", metavar=placeholder("文件"),
                   help=t("备份到这个文件；给出文件夹（例如 U 盘 E:\\）时，在里面存一份带日期的备份，"
                          "如 honghua-备份-20261020.db（这一天已有的不替换，另存为 honghua-备份-20261020-2.db）"))
    p.add_argument("--json", action="store_true", help=t("以 JSON 输出"))
    p.set_defaults(handler=cmd_backup, without_shop=True)

    p = commands.add_parser(
        "restore", help=t("从备份恢复数据文件（先自动备份当前数据）"),
        description=t("从备份文件恢复。先检查备份文件（红花榜的数据文件、版本不比本软件新、完整性检查通过），"
                      "再备份当前数据，最后一次性替换。红花榜窗口开着时不能恢复。"))
    p.add_argument("file", metavar=placeholder("备份文件"), help=t("要恢复的备份文件"))
    p.add_argument("--json", action="store_true", help=t("以 JSON 输出"))
    p.set_defaults(handler=cmd_restore, without_shop=True, creates_shop=True)

    p = commands.add_parser(
        "check", help=t("检查数据文件是否完好（损坏时退出码为 1）"),
        description=t("对数据文件做完整性检查（PRAGMA integrity_check），不写入任何内容。"
                      "完好时退出码 0，损坏时退出码 1 并给出最新的完好备份。"))
    p.add_argument("--quick", action="store_true", help=t("快速检查（quick_check），启动时窗口用的就是它"))
    p.add_argument("--json", action="store_true", help=t("以 JSON 输出"))
    p.set_defaults(handler=cmd_check, without_shop=True)


def _existing(path: Path) -> Path:
    if not path.exists():
        raise UserError(t("数据文件 {path} 不存在", path=path))
    if path.is_dir():
        raise UserError(t("{path} 是一个文件夹，请指定数据文件", path=path))
    return path


def cmd_backup(path: Path, args) -> int:
    from app import backups
    from app.store.db import inspect_file

    if args.action == "list":
        return _list(path, args)
    if args.output is not None:
        path_typed(args.output, "-o")
    inspect_file(_existing(path))  # not ours, newer, unreadable: refused before anything is written
    if args.output:
        target = Path(args.output).expanduser().absolute()  # its folder named in full in a message
        if target.is_dir() or args.output.endswith(("/", os.sep)):  # a folder (E:\ or D:\U盘备份\): a dated copy in it
            from datetime import date

            target, size = backups.copy_into(path, target, date.today())
        else:
            size = backups.copy_path(path, target)
        if args.json:
            emit_json({"file": str(target), "size": size, "verified": True})
        else:
            say(t("已备份到 {file}（{size}，已通过完整性检查）", file=target, size=backups.human_size(size)))
        return 0
    from app.cli.pin import may_delete_backups

    result = backups.backup_path(path, "manual", rotate_old=may_delete_backups(path, args))
    for warning in result.warnings:
        note(t("警告：{message}", message=warning))
    if args.json:
        emit_json({**result.info.as_json(), "verified": True, "deleted": [str(p) for p in result.deleted],
                   "rotated": result.rotated})
        return 0
    say(t("已备份到 {file}（{size}，已通过完整性检查）", file=result.info.path, size=backups.human_size(result.info.size)))
    if result.deleted:
        say(t("按保留设置删除了 {n} 份旧备份", n=len(result.deleted)))
    return 0


def _list(path: Path, args) -> int:
    from app import backups

    found = backups.list_backups(path)
    if args.json:
        emit_json([b.as_json() for b in found])
        return 0
    if not found:
        say(t("还没有备份（备份文件夹：{folder}）", folder=path.parent / "backups"))
        return 0
    rows = [[b.created.strftime("%Y-%m-%d %H:%M:%S"), b.label, backups.human_size(b.size), b.path.name] for b in found]
    say(table([t("时间"), t("类型"), t("大小"), t("文件")], rows, right={2}))
    say(t("备份文件夹：{folder}", folder=found[0].path.parent))
    return 0


def _require_pin(path: Path, args) -> None:
    """A restore replaces all the data: when the current file has an owner PIN, it must be given. A file too
    damaged to open cannot be checked (nor protected) and is restored as it is."""
    from app.cli.pin import run_with_given_pin
    from app.clock import resolve_today
    from app.errors import StoreError
    from app.shop import Shop

    try:
        shop = Shop.open(path, resolve_today(args.today), create=False)
    except StoreError:
        return
    try:
        run_with_given_pin(shop, args, lambda: shop.security.require_unlocked() or 0)
    finally:
        shop.close()


def cmd_restore(path: Path, args) -> int:
    from app import backups
    from app.backups import preview
    from app.backups.making import sparing

    with sparing(Path(path_typed(args.file, t("备份文件")))):  # opened to check the PIN, an older shop file is migrated: its backup rotates
        _require_pin(path, args)
        shops = preview.shops(Path(args.file), path)  # read before the swap: another shop's file is said
        restored = backups.restore(path, Path(args.file))  # migrated and noted in the audit log in the same step
    saved = restored.backup.info.path if restored.backup else restored.moved_aside
    if args.json:
        emit_json({"restored_from": str(restored.source), "file": str(path), "version": restored.version,
                   "previous_saved_as": str(saved) if saved else None,
                   "previous_damaged": restored.moved_aside is not None and not restored.unusable,
                   "previous_unusable": restored.unusable, "replaced_log_entries": restored.replaced,
                   "shop_name": shops.backup, "previous_shop_name": shops.current, "same_shop": shops.same,
                   "previous_empty": shops.current_empty})
        return 0
    say(t("已从 {source} 恢复数据文件 {file}", source=restored.source, file=path))
    if taking := shops.takes_empty():
        say(t("恢复前的店铺是空的，没有录入过任何数据；现在它是店铺「{restored}」。", restored=taking))
    elif apart := shops.apart():
        say(t("注意：恢复的是店铺「{restored}」的数据，恢复前是店铺「{before}」。", restored=apart[0], before=apart[1]))
    elif renamed := shops.renamed():
        say(t("恢复的数据里店铺还叫「{then}」（恢复前叫「{now}」）。", then=renamed[0], now=renamed[1]))
    if restored.replaced:
        say(t("恢复前的数据里有 {n} 条操作记录晚于这份备份，它们不在恢复后的数据里。", n=restored.replaced))
    if restored.backup:
        say(t("恢复前的数据已备份到 {file}", file=restored.backup.info.path))
        say(t("要撤销这次恢复，运行：{command}",
              command=restore_command(path, restored.backup.info.path, shop_file_named(args))))
    elif restored.unusable:
        say(t("恢复前的数据文件是更新版本的红花榜（或其他程序）的文件，原样移到了 {file}",
              file=restored.moved_aside))
    elif restored.moved_aside:
        say(t("恢复前的数据文件已损坏，原样移到了 {file}", file=restored.moved_aside))
    return 0


def cmd_check(path: Path, args) -> int:
    from app import backups
    from app.store.database import FileBusy

    try:
        report = backups.health(_existing(path), quick=args.quick)
    except FileBusy as e:  # another program is writing it, or its disk is full: no verdict on the file
        if not args.json:
            raise
        note(t("错误：{message}", message=e.message))
        emit_json(_check_json(path, backups.Health(path, [e.message], unreadable=True, read=False), None))
        return 1
    # a newer version's or another program's file is sound, one that cannot be opened may be: no backup offered
    good = backups.newest_good_backup(path) if report.damaged else None
    if args.json:
        emit_json(_check_json(path, report, good))
        return 0 if report.ok else 1
    if report.ok:
        say(t("数据文件 {path} 完好（完整性检查通过）", path=path))
        return 0
    if not report.damaged:  # nothing to restore over it
        for problem in report.problems:
            say(problem)
        return 1
    say(t("数据文件 {path} 已损坏：", path=path))
    for problem in report.problems:
        say(f"  {problem}")
    if good:
        say(t("最新的完好备份：{file}（{created}）。可以运行：{command}", file=good.path,
              created=good.created.strftime("%Y-%m-%d %H:%M"),
              command=restore_command(path, good.path, shop_file_named(args))))
    else:
        say(t("备份文件夹里没有完好的备份。请不要再写入这个文件；如果别处（例如 U 盘）存有这个店铺的备份，运行 {command}"
              "（把「{backup}」换成那份备份的位置）。", command=restore_command(path, Path(t("备份文件")),
                                                                      shop_file_named(args)), backup=t("备份文件")))
    return 1


def _check_json(path: Path, report, good) -> dict[str, object]:
    """`check --json`: the verdict, and what a script needs to act on it without reading the sentences —
    `damaged` (a restore is the answer), `unreadable` (why the file could not be read as a database at all:
    not SQLite, no permission, busy, its disk full), `unusable` (why a sound file is not this shop's to open)."""
    reason = report.problems[0] if report.problems else None
    return {"file": str(path), "ok": report.ok, "problems": report.problems, "version": report.version,
            "newest_good_backup": str(good.path) if good else None, "damaged": report.damaged,
            "unreadable": reason if not report.read and not report.unusable else None,
            "unusable": reason if report.unusable else None}


def daily_on_open(shop) -> None:
    """The first command of a day backs the shop up; a failure is reported on stderr, the command still runs."""
    from app import backups
    from app.errors import StoreError

    try:
        result = backups.daily_backup(shop.store.path, shop.store.db.conn)
    except StoreError as e:
        note(t("警告：今天的自动备份没有完成：{message}", message=e.message))
        return
    for warning in result.warnings if result else ():
        note(t("警告：{message}", message=warning))
