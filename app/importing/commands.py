"""The command-line layer of importing and exporting: `import`, `imports list`, `imports undo ID`, `export`
(and `imports columns`, `imports forget COLUMN`: column_commands.py; `imports skipped`, `imports restore NAME`:
skipped_commands.py).

`register(subparsers)` adds the commands; each handler takes (args, shop) and returns the exit code
(0 done, 2 an error blocks the import). The CLI calls `args.handler(shop, args)`, so the registered
handlers adapt the order.
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Callable

from app.cli.common import (
    check_output_name,
    confirm_approved_option,
    emit_json,
    files_typed,
    month_arg,
    offered_command,
    refused_unconfirmed,
    starts_shop,
)
from app.cli.parser import placeholder
from app.clock import stamp_text
from app.domain import Staff, normalize_alias
from app.errors import UserError
from app.i18n import joined, t
from app.importing import column_commands, skipped_commands
from app.importing import synonyms as synonym_table
from app.importing.matching import StaffMatcher
from app.importing.model import FilePlan, ImportOptions, ImportPlan, RowError, files_listed
from app.importing.note_groups import grouped, is_important
from app.importing.period import shown_days, span_label
from app.importing.service import ImportService
from app.importing.synonyms import normalize_header
from app.importing.twin_columns import not_read_shown, read_shown
from app.metrics import MetricRegistry
from app.services.approved import ApprovedPeriodChange


def _adapt(handler: Callable) -> Callable:
    def run(shop, args) -> int:
        return handler(args, shop)
    return run


def register(subparsers) -> None:
    p = subparsers.add_parser("import", help=t("导入千牛/赤兔/生意参谋导出的客服绩效报表（xlsx、xls、xlsm、xlsb、ods、csv 或“Unicode 文本”txt）"),
                              description=t("导入客服绩效报表。先检查全部文件，没有错误才一次性写入；"
                                            "--dry-run 只预览不写入。"))
    p.add_argument("files", nargs="+", metavar=placeholder("文件"),
                   help=t("报表文件，可以有多个；可以用通配符，如 D:\\导出\\*.xlsx"))
    p.add_argument("--month", metavar="YYYY-MM", help=t("报表里没有日期时使用的月份"))
    p.add_argument("--dry-run", action="store_true", help=t("只预览，不写入"))
    p.add_argument("--json", action="store_true", help=t("以 JSON 输出预览结果"))
    p.add_argument("--create-staff", action="store_true", help=t("为找不到的客服名称新建员工"))
    p.add_argument("--skip-errors", action="store_true", help=t("跳过出错的行，导入其余的行"))
    p.add_argument("--skip-staff", action="append", default=[], metavar=placeholder("名称"),
                   help=t("跳过报表里这个客服名称的行（如不是员工的 旗舰店:客服机器人）；可重复"))
    p.add_argument("--map", action="append", default=[], metavar=placeholder("列名=指标"),
                   help=t("指定一列对应的指标：写指标的代码或名称（如 接待人数（去重）=询单人数），"
                          "列名=- 忽略这一列；可重复。导入后记住，表头相同的文件以后自动使用（与导入向导相同）"))
    confirm_approved_option(p)
    starts_shop(p, _adapt(cmd_import))

    group = subparsers.add_parser("imports", help=t("导入记录：查看与撤销；导入时记住的列"),
                                  description=t("导入记录，以及导入时记住的列"))
    sub = group.add_subparsers(dest="action", metavar=placeholder("操作"), title=t("操作"), required=True)
    p = sub.add_parser("list", help=t("列出导入记录"), description=t("列出导入记录（最新的在前）"))
    p.add_argument("--json", action="store_true", help=t("以 JSON 输出"))
    p.set_defaults(handler=_adapt(cmd_imports_list))
    p = sub.add_parser("undo", help=t("撤销一次导入，恢复导入前的数值"), description=t("撤销一次导入"))
    p.add_argument("id", type=int, metavar=placeholder("编号"), help=t("导入记录编号"))
    confirm_approved_option(p)
    p.set_defaults(handler=_adapt(cmd_imports_undo))
    column_commands.register(sub, _adapt)
    skipped_commands.register(sub, _adapt)

    p = subparsers.add_parser("export", help=t("把一个月的数据导出为 Excel"), description=t("导出一个月的数据为 .xlsx"))
    p.add_argument("--month", required=True, metavar="YYYY-MM", help=t("月份"))
    p.add_argument("-o", "--output", required=True, metavar=placeholder("文件.xlsx"), help=t("导出的文件"))
    p.add_argument("--daily", action="store_true", help=t("另加一张每人每天的明细表"))
    p.set_defaults(handler=_adapt(cmd_export))


def service(shop) -> ImportService:
    return ImportService(shop.store, shop.ctx, shop.metrics)


def cmd_import(args, shop) -> int:
    args.files = files_typed(args.files, t("报表文件"))
    mapped = column_map_arg(args.map, shop.metrics)
    options = ImportOptions(month=month_arg(args.month) if args.month else None,
                            create_staff=args.create_staff, skip_errors=args.skip_errors,
                            skip_staff=skip_staff_arg(args.skip_staff, shop.staff.list()),
                            column_map={header: key for header, (key, _value) in mapped.items()},
                            confirm_approved=args.confirm_approved)
    imports = service(shop)
    progress = _progress_printer() if sys.stderr.isatty() and not args.json else None
    plan = imports.preview(args.files, options, progress=progress)
    check_mapped_headers(plan, mapped)
    blocked = plan.blocking(cli=True)
    committed = False
    import_id = None
    if not blocked and not args.dry_run:
        try:
            import_id = imports.commit(plan)
        except UserError as e:
            if plan.approved and not args.confirm_approved:  # approved in a window while this import waited
                return refused_unconfirmed(e)
            raise
        committed = import_id is not None  # None: the same files again, nothing to write
    if args.json:
        emit_json(plan.as_json(committed))
        if blocked:  # a scheduled task's log says why and what to add, as the text output does
            _print_errors(plan.errors, all_in=t("JSON 输出列出全部"))
            _say_blocked(plan, blocked, args)
            if plan.unknown_staff:  # the JSON's names are \u escapes, which nobody reads in a log
                print(_unknown_staff_said(plan), file=sys.stderr)
    else:
        _print_plan(plan, shop)
        if committed:
            print(t("已导入（第 {id} 次导入）。可用「{command}」撤销。", id=import_id,
                    command=offered_command(shop, f"imports undo {import_id}")))
            if skipped := sum(f.counts()["errors"] for f in plan.files):  # only --skip-errors commits those
                print(t("出错的 {n} 行已跳过（--skip-errors），没有导入；原因见上面的「错误」", n=skipped))
            if options.column_map:  # as the wizard's last step says
                print(t("记住的列（表头相同的文件以后自动使用）：{pairs}", pairs=joined(
                    f"{h}→{shop.metrics.get(m).shown_name if m else t('忽略')}" for h, m in options.column_map.items())))
        elif plan.nothing_to_write() and not blocked and not args.dry_run:
            print(plan.repeat_message())
        elif blocked:
            _say_blocked(plan, blocked, args)
        else:
            print(t("预览完成，没有写入（--dry-run）。"))
    return 2 if blocked else 0


def _say_blocked(plan: ImportPlan, blocked: list[str], args) -> None:
    """Why nothing was imported, and the option that lets it go on, on stderr."""
    print(t("未导入：{reasons}", reasons=joined(blocked, separator="；")), file=sys.stderr)
    if plan.approved and not args.confirm_approved:
        print(t("如确需修改，请加 --confirm-approved"), file=sys.stderr)
    if any(f.needs_month for f in plan.files):
        print(t("请用 --month YYYY-MM 指定数据所属的月份"), file=sys.stderr)


IGNORE_WORDS = ("-", "忽略", "ignore")
NOTES_PRINTED = 20  # notes of a file the text output prints; --json has them all
ERRORS_PRINTED = 20  # errors of a file (or of the blocked JSON import's stderr) printed; --json has them all


def column_map_arg(values: list[str], metrics: MetricRegistry) -> dict[str, tuple[str | None, str]]:
    """`--map 列名=指标` (repeatable) → header → (metric key, or None to ignore the column; the value as given).
    Only value columns are mapped, as in the wizard: the name and date columns are the reader's to find."""
    mapped: dict[str, tuple[str | None, str]] = {}
    given: dict[str, tuple[str | None, str]] = {}  # normalised header → what the first value naming it said
    for value in values:
        header, sep, word = value.replace("＝", "=").rpartition("=")
        header, word = header.strip(), word.strip()
        if not sep or not header or not word:
            raise UserError(t("--map「{value}」应写成 列名=指标，如 --map 接待人数（去重）=询单人数；忽略一列写 --map 列名=-",
                              value=value))
        rule = synonym_table.load().lookup(header)
        if rule is not None and rule.role in ("staff", "date"):
            raise UserError(t("--map「{value}」：「{header}」是{role}列，由软件自动识别；--map 只能为数据列指定指标",
                              value=value, header=header, role=t("客服名称") if rule.role == "staff" else t("日期")))
        try:
            key = None if word.lower() in IGNORE_WORDS else metrics.get(word).key
        except UserError as e:
            raise UserError(t("--map「{value}」：{message}", value=value, message=e.message)) from None
        earlier = given.setdefault(normalize_header(header), (key, value))
        if earlier[0] != key:
            raise UserError(t("--map「{value}」和「{other}」为同一列指定了不同的指标", value=value, other=earlier[1]))
        mapped[header] = (key, value)
    return mapped


def skip_staff_arg(names: list[str], people: list[Staff]) -> frozenset[str]:
    """`--skip-staff NAME` (repeatable) → the names as rows are compared. Only a name that is no one's can be
    skipped, as in the window: one the import counts for a person (her name, a sub-account of hers) exits 2
    naming her, or a scheduled import would leave out her figures every day without a word."""
    matcher = StaffMatcher(people)
    for name in names:
        match = matcher.match(name)
        if matcher.counts_without_asking(match):  # as a name set not to be imported is read (row_staff)
            counted_for = [match.staff_id] if match.staff_id is not None else list(match.namesakes)
            raise UserError(t("--skip-staff「{name}」是员工{who}的姓名或子账号，其行计入员工，不能跳过"
                              "（--skip-staff 只跳过不是员工的名称，如 旗舰店:客服机器人）",
                              name=match.key, who=joined(matcher.display_of(i) for i in counted_for)))
    return frozenset(normalize_alias(name) for name in names)


def check_mapped_headers(plan: ImportPlan, mapped: dict[str, tuple[str | None, str]]) -> None:
    """Every header given to --map is one of the files': a misspelt one would otherwise be silently of no use.
    When a file could not be read as far as its header, its own error blocks the import and says why."""
    if not mapped or any(f.header_row is None for f in plan.files):
        return
    headers = list(dict.fromkeys(h for f in plan.files for h in (*f.columns, *f.ignored_columns)))
    present = {normalize_header(h) for h in headers}
    for header, (_key, value) in mapped.items():
        if normalize_header(header) not in present:
            raise UserError(t("--map「{value}」：没有哪个文件有「{header}」列。文件里的列：{headers}", value=value,
                              header=header, headers=joined(headers)))


def _print_plan(plan: ImportPlan, shop) -> None:
    for f in plan.files:
        _print_file(f, shop)
    if plan.unknown_staff:
        print(_unknown_staff_said(plan))
    # --skip-staff: a name no file has is said too (mistyped, or not in today's export); one the shop skips anyway
    # (set not to be imported) is said once, on the line below
    set_aside = plan.set_not_imported()
    if given := sorted(plan.options.skip_staff - set_aside.keys()):
        rows = {name: sum(f.skipped_staff.get(name, 0) for f in plan.files) for name in given}
        print(t("跳过的客服（--skip-staff）：{names}", names=joined(
            t("{name}（{n} 行）", name=name, n=n) if n else t("{name}（报表里没有）", name=name)
            for name, n in rows.items())))
    if said := plan.set_not_imported_said():  # never silent: one remembered by mistake is brought back so
        print(said + t("（恢复导入：设置 → 导入，或 honghua imports restore 名称）"))
    if matches := plan.nickname_matches:  # another shop's sub-account may have been counted for our person
        print(t("按昵称对应、未登记为子账号的客服（{n} 个），已计入对应的员工，请核对：", n=len(matches)))
        for found in matches:
            print(t("  {said}：共 {rows} 行", said=found.said(), rows=found.rows))
        print(t("  确是这位员工（例如在另一个店）的账号时，把它添为她的子账号，以后导入直接识别；是另一位员工的账号时，"
                "添为那位员工的子账号后再导入。添为对应员工的子账号："))
        for found in matches:
            print("    " + offered_command(shop, f'staff edit {found.staff_id} --alias "{found.name}"'))
    for move in plan.hire_moves:  # older data imported after the import that guessed the hire date
        print(move.message())
    if plan.changes:
        print(t("将修改的数值（最多显示 20 项）："))
        for change in plan.changes[:20]:
            metric = shop.metrics.get(change.metric)
            who = plan.staff_names.get(change.staff_id, f"#{change.staff_id}")
            print(t("  {file} 第 {row} 行 {who} {day} {metric}：{old} → {new}", file=plan.files[change.file].name,
                    row=change.row, who=who, day=shown_days(change.start, change.end), metric=metric.shown_name, old=metric.format(change.old, empty=t("空")),
                    new=metric.format(change.new, empty=t("空"))))


def _unknown_staff_said(plan: ImportPlan) -> str:
    names = joined(plan.unknown_staff)
    if plan.options.create_staff:
        return t("找不到的客服（{n} 个）将新建为员工（子账号记在各自名下，入职日期记为各自在报表中的第一天）：{names}",
                 n=len(plan.unknown_staff), names=names)
    return t("找不到的客服（{n} 个）：{names}", n=len(plan.unknown_staff), names=names)


ROLE_NAMES = {"staff": "客服", "date": "日期", "date_end": "截止日期"}


def _column_name(shop, f: FilePlan, header: str, word: str) -> str:
    """What a recognised column feeds, in the shop's words: 客服, 日期, 评价数与满意数 (a rating column), or the
    metric's name (a plain 评价数 column's is 评价数)."""
    if header in f.rating_columns:
        return t("评价数与满意数")
    if word == "date" and "date_end" in f.columns.values():  # the start of a span in two columns
        return t("起始日期")
    if word in ROLE_NAMES:
        return t(ROLE_NAMES[word])
    try:
        return shop.metrics.get(word).shown_name
    except UserError:
        return word


def _print_file(f: FilePlan, shop) -> None:
    if f.encoding or f.sheet:
        where = t("编码 {encoding}", encoding=f.encoding) if f.encoding else t("工作表 {sheet}", sheet=f.sheet)
        print(t("{file}（{where}）", file=f.path.name, where=where))
    else:
        print(f.name)
    if f.header_row is not None and f.period is None and "date" not in f.columns.values():
        print(t("  表头在第 {row} 行；统计时间未知", row=f.header_row))  # no period: neither daily nor a total
    elif f.header_row is not None:
        print(t("  表头在第 {row} 行；统计时间 {span}；{kind}", row=f.header_row,
                span=span_label(f.period) if f.period else t("见日期列"),
                kind=t("每日数据") if f.target == "daily" else t("整段时间的合计")))
        mapped = joined(read_shown(f, h) if h == (name := _column_name(shop, f, h, m)) else f"{read_shown(f, h)}→{name}"
                        for h, m in f.columns.items())
        if mapped:  # none when the file was refused before its columns were read
            print(t("  识别的列：{columns}", columns=mapped))
    if f.ignored_columns:
        print(t("  未读取的列（已忽略）：{columns}", columns=joined(not_read_shown(f))))
    if f.file_error and f.header_row is None:  # nothing was read: its error line below says why
        _print_errors(f.errors)
        return
    c = f.counts()
    if not f.file_error or any(c.values()):  # refused as a whole with nothing read: its error says why, not "0 行"
        print(t("  新增 {new} 行，修改 {changed} 行，未变 {unchanged} 行，跳过 {skipped} 行，出错 {errors} 行", **c))
    for said in f.skipped_said():  # which of the skipped rows, and why
        print("  " + said)
    lines = grouped(f.notes)
    for note in lines[:NOTES_PRINTED]:
        print(t("  注意：{note}", note=note) if is_important(note) else t("  说明：{note}", note=note))
    if len(lines) > NOTES_PRINTED:
        print(t("  ……另有 {n} 条说明（--json 列出全部）", n=len(lines) - NOTES_PRINTED))
    _print_errors(f.errors)


def _print_errors(errors: list[RowError], all_in: str | None = None) -> None:
    """The first ERRORS_PRINTED errors on stderr, then how many more there are and in which columns: a file whose
    whole column is wrong would otherwise fill a scheduled task's log with thousands of lines of the same reason."""
    for error in errors[:ERRORS_PRINTED]:
        print(t("  错误：{message}", message=error.message()), file=sys.stderr)
    if rest := errors[ERRORS_PRINTED:]:
        columns = Counter(e.column for e in rest)
        print(t("  ……另有 {n} 条错误（{columns}；{all_in}）", n=len(rest), all_in=all_in or t("--json 列出全部"),
                columns=joined(t("「{column}」列 {n} 条", column=column, n=n) if column else t("不在某一列的 {n} 条", n=n)
                               for column, n in columns.most_common())), file=sys.stderr)


def _progress_printer() -> Callable[[int, int], None]:
    last = [-1]

    def show(done: int, total: int) -> None:
        pct = done * 100 // total if total else 100
        if pct != last[0]:
            last[0] = pct
            print(f"\r{t('读取中')} {pct}%", end="" if pct < 100 else "\n", file=sys.stderr, flush=True)
    return show


def cmd_imports_list(args, shop) -> int:
    records = service(shop).history()
    if args.json:
        emit_json([{
            "id": r.id, "at": r.at, "user": r.user, "file": r.file_name, "hash": r.content_hash, "status": r.status,
            "undone_at": r.undone_at, "new": r.new, "changed": r.changed, "unchanged": r.unchanged,
            "skipped": r.skipped, "errors": r.errors} for r in records])
        return 0
    if not records:
        print(t("还没有导入记录"))
        return 0
    for r in records:
        status = t("已撤销") if r.status == "undone" else t("有效")
        print(t("#{id} {at} {file}：新增 {new}，修改 {changed}，未变 {unchanged}，跳过 {skipped}，出错 {errors}（{status}）",
                id=r.id, at=stamp_text(r.at), file=files_listed(r), new=r.new, changed=r.changed, unchanged=r.unchanged,
                skipped=r.skipped, errors=r.errors, status=status))
    return 0


def cmd_imports_undo(args, shop) -> int:
    try:
        result = service(shop).undo(args.id, confirm_approved=args.confirm_approved)
    except ApprovedPeriodChange as e:
        return refused_unconfirmed(e)
    record = result.record
    print(t("已撤销第 {id} 次导入（{file}），数值已恢复为导入前的样子。", id=record.id, file=files_listed(record)))
    for note in result.notes:
        print(note)
    return 0


def cmd_export(args, shop) -> int:
    from app.exporting import export_month
    from app.services.progress import default_as_of

    month = month_arg(args.month)
    check_output_name(args.output, ".xlsx")
    path = export_month(shop.store, shop.metrics, month, args.output, daily=args.daily,
                        as_of=default_as_of(shop.store, shop.today))  # counted as on the board
    print(t("已导出 {month} 的数据到 {path}", month=month.shown_label(), path=path))
    return 0
