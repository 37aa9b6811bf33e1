"""Reading one report file into the staging area, row by row (streamed: memory does not grow with the file)."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from app.errors import Cancelled, UserError
from app.i18n import joined, t
from app.importing import readers, rounding, row_values
from app.importing import tables as layouts
from app.importing.cells import cell_text, make_parser, unmark
from app.importing.header import Layout, row_key
from app.importing.matching import StaffMatcher
from app.importing.model import FilePlan, ImportOptions, StandIn
from app.importing.note_groups import important
from app.importing.period import span_label
from app.importing.repeats import RepeatWatch
from app.importing.row_dates import RowDates, file_span, note_cross_month
from app.importing.row_staff import DatedNamesakes, staff_of_row
from app.importing.synonyms import Synonyms
from app.importing.tables import HEADER_ONLY, detect_layout, name_sheets, tables
from app.importing.tenure import TenureWatch
from app.importing.totals_rows import TotalsWatch
from app.importing.twin_columns import twin_notes, twins_of
from app.metrics import MetricRegistry
from app.periods import Month, shown_date
from app.store.imports import ImportRepo

FLUSH = 4096
Progress = Callable[[int, int], None]


@dataclass
class Batch:
    """What all files of one preview share."""

    repo: ImportRepo
    metrics: MetricRegistry
    synonyms: Synonyms
    matcher: StaffMatcher
    options: ImportOptions
    stand_ins: dict[str, StandIn]  # new person's name → stand-in
    progress: Callable[[float], None]
    cancel: Callable[[], bool]
    remembered: Callable[[str], dict[str, str | None]]
    today: date | None = None
    hires_guessed: set[int] = field(default_factory=set)  # people whose hire date an import gave: moved, not noted
    skipped_accounts: frozenset[str] = frozenset()  # accounts set not to be imported: their rows are skipped


def file_hash(plan: FilePlan) -> str:
    digest = hashlib.sha256()
    with readers._open(plan.path) as f:
        while chunk := f.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def read_file(plan: FilePlan, batch: Batch) -> list[FilePlan]:
    """Fill `plan` and stage its rows; problems become errors in the plan (never exceptions). Every sheet of a
    workbook that has a recognised header is read, each into a plan of its own: `plan` for the first, then new
    plans numbered after it. Returns them all."""
    plans = [plan]
    skipped: list[tuple[str, str]] = []  # sheets not read: (name, why)
    try:
        plan.content_hash = file_hash(plan)
        for source, layout, rows in tables(plan, batch, skipped):
            last = plans[-1]
            if last.header_row is not None:  # a further sheet
                fresh = FilePlan(last.index, plan.path, content_hash=plan.content_hash)
                if _header_only(last):  # nothing under the last one's header: this sheet takes its place
                    skipped.append((last.sheet or "", HEADER_ONLY))
                    plans[-1] = fresh
                else:
                    fresh.index += 1
                    plans.append(fresh)
            _read_table(plans[-1], source, layout, rows, batch)
    except UserError as e:
        plans[-1].error(None, None, "", e.message)
    if len(plans) > 1 and _header_only(plans[-1]):
        skipped.append((plans.pop().sheet or "", HEADER_ONLY))
    name_sheets(plans, skipped)
    return plans


def _header_only(plan: FilePlan) -> bool:
    """A sheet with a header and nothing under it: passed over when the workbook has other sheets."""
    return plan.sheet is not None and plan.no_data and len(plan.errors) == 1


def _read_table(plan: FilePlan, source: readers.Source, layout: Layout, rows: Iterator, batch: Batch) -> None:
    plan.encoding, plan.sheet = source.encoding, source.sheet
    plan.header_row, plan.header_rows = layout.header_row, layout.header_rows
    plan.signature = layout.signature()
    plan.headers = [c.header for c in sorted(layout.all_headers(), key=lambda c: c.index)]
    plan.ignored_columns = list(layout.not_read)
    plan.mappable_columns = list(layout.ignored)
    plan.twins = twins_of(layout, source.first_column)
    plan.notes.extend(twin_notes(plan.twins))
    if not layouts.read_or_said_unsure(plan, layout):
        return
    span = file_span(plan, layout, batch.options)
    if plan.file_error:
        return
    if layout.date is None and span is not None and batch.today and span[0] < batch.today <= span[1]:
        # stored as stated (a re-import must find the same rows); the board counts a total once its last day
        # is reached, so the owner is told up front
        plan.notes.append(important(t("统计时间 {span} 还没有结束：这份合计要到 {end} 之后才计入看板；要看本月到目前为止的进度，"
                                      "请导入每日数据，或截至昨天的报表", span=span_label(span), end=shown_date(span[1]))))
    plan.period = span
    if layout.date is None:
        assert span is not None
        note_cross_month(plan, span[0], span[1])
        plan.target = "daily" if span[0] == span[1] else "period"
    elif _whole_month(layout):
        plan.target = "period"
    _read_rows(plan, layout, source, layouts.merged_down(rows, source, layout, plan), batch, span)


def _whole_month(layout: Layout) -> bool:
    return bool(layout.date and layout.date.rule and layout.date.rule.kind == "month")


def _one_month(start: str, end: str) -> bool:
    """The ISO days span exactly one calendar month."""
    month = Month.of(date.fromisoformat(start))
    return (start, end) == (month.start.isoformat(), month.end.isoformat())


def _value_columns(plan: FilePlan, layout: Layout, batch: Batch) -> list[tuple]:
    present = {c.rule.metric for c in layout.columns if c.rule and c.rule.role == "metric"}
    if any(c.rule and c.rule.role == "rating" for c in layout.columns):
        present |= {"ratings", "satisfied"}
    columns = []
    for column in layout.columns:
        rule = column.rule
        assert rule is not None
        if rule.role == "staff" or rule.role == "date":
            plan.columns[column.header] = "date_end" if column is layout.date_end else rule.role
            continue
        if rule.role == "rating":
            plan.columns[column.header] = "ratings"
            plan.rating_columns.add(column.header)
            parser = make_parser("count", None, batch.synonyms.missing, batch.synonyms.provisional)
            columns.append((column.index, column.header, rule.level, parser, "rating", None))
            continue
        metric = batch.metrics.get(rule.metric or "")
        check_only = bool(rule.cross_check) and all(k in present for k in rule.cross_check or ())
        plan.columns[column.header] = metric.key
        plan.metric_headers[metric.key] = column.header
        parser = make_parser(rule.kind or "number", metric, batch.synonyms.missing, batch.synonyms.provisional,
                             max_percent=rule.max_percent, factor=rule.factor, percent=rule.percent,
                             scale=rule.scale)
        if rule.factor == 60:
            plan.notes.append(t("「{header}」列的数字按分钟读取，换算为秒", header=column.header))
        if rule.scale != 1:
            plan.notes.append(t("「{header}」列的金额以{unit}为单位，已换算为元（如 1.23 即 {example}）", header=column.header,
                                unit=t("万元") if rule.scale == 10000 else t("千元"),
                                example=metric.format(metric.to_units(Decimal("1.23") * rule.scale))))
        columns.append((column.index, column.header, metric.key, parser, rule.kind,
                        rule.cross_check if check_only else None))
        if check_only:
            plan.notes.append(t("「{header}」只用于核对（已有人数列，比率由人数算出）", header=column.header))
    return columns


def _read_rows(plan: FilePlan, layout: Layout, source: readers.Source, rows: Iterator, batch: Batch,
               span: tuple[date, date] | None) -> None:
    table = _table(plan, layout, batch, span)
    if table is None:
        return
    columns, staff_i, staff_header, date_cols, whole_month, fixed = table
    reader = row_values.RowReader(columns)
    all_columns = list(columns)
    f = plan.index
    month = batch.options.month
    hint = span or ((month.start, month.end) if month else None)  # where 10月1日 takes its year from
    dates = RowDates(plan, (span, hint), batch.today)  # its `days`: the file's period when nothing else says it
    dates.use(*date_cols, whole_month)
    kinds = {"daily": 0, "period": 0}
    staged_rows: list[tuple] = []
    staged_cells: list[tuple] = []
    unread = _unread(layout)  # a repeated row is kept once only if its cells there are the same too
    data_rows = 0
    tenure = TenureWatch(batch.matcher, batch.hires_guessed)
    namesakes = DatedNamesakes(batch.matcher)
    repeats = RepeatWatch()
    totals = TotalsWatch(plan, {m.key for m in batch.metrics.stored if m.aggregation == "sum"})
    totals.start_table(columns)
    word_cache: dict[str, int] = {}
    found_staff: dict[str, tuple[int, str, bool]] = {}  # name → (staff id, key, whole account), when the matcher found it
    note_line = ""  # the last one-cell line (a title above a further table)

    def word(text: str) -> int:
        """1 for a total line's word (合计, 全店合计), 2 for a header's word (客服, 销售额), 3 for a name naming
        everyone (全部客服: a total line only in the name column), 0 otherwise."""
        hit = word_cache.get(text)
        if hit is None:
            synonyms = batch.synonyms
            hit = 1 if synonyms.is_summary(text) else 2 if synonyms.lookup(text) else 3 if synonyms.names_everyone(
                text) else 0
            if len(word_cache) < 4096:
                word_cache[text] = hit
        return hit

    def take(row_no: int, cells: list, name: str, start: str, end: str, in_totals: bool = False) -> None:
        """The row's values staged, its dates read; `in_totals`: already in the file's totals (a row whose date
        waited for its year)."""
        nonlocal staged_rows, staged_cells
        target = "daily" if start == end else "period"
        if target == "period" and plan.month_totals and not _one_month(start, end):
            plan.month_totals = False
        known = found_staff.get(name)
        if known is None:
            staff_id = staff_of_row(plan, batch, name, row_no, staff_header, (start, end), namesakes)
            if staff_id is None:
                if not in_totals:
                    totals.add(cells)
                return
            match = batch.matcher.match(name)
            counted = match.key in plan.nickname_rows  # found by nickname only: its rows are counted one by one
            # a sub-account found by nickname only and mapped by hand (confirmed as hers, or given to another)
            # is that person's sub-account from this import on
            known = (staff_id, match.key, match.whole_account or (match.by_nickname and not counted))
            if staff_id == match.staff_id and not counted:  # found by the matcher, not skipped: the same on every row
                found_staff[name] = known
        staff_id, key, whole = known
        row_cells = reader.row_cells(plan, cells, row_no, (f, row_no, target, start, end, staff_id))
        if row_cells is None:
            if not in_totals:
                totals.add(cells)
            return
        if not in_totals:
            totals.add_read(row_cells)
        kinds[target] += 1
        if staff_id > 0:
            tenure.check(staff_id, start, end, row_no, name)
        repeats.see(key, staff_id, start, end)
        texts = hash(tuple([cells[i] if i < n else None for i in unread])) if unread else 0
        staged_rows.append((f, row_no, key, staff_id, start, end, whole, texts))
        staged_cells.extend(row_cells)
        if len(staged_rows) >= FLUSH:
            batch.repo.stage(staged_rows, staged_cells)
            staged_rows, staged_cells = [], []

    def take_waiting() -> None:
        for row_no, cells, name, (start, end) in dates.take_waiting():  # dated 10月5日: the year of the others
            take(row_no, cells, name, start, end, in_totals=True)

    for count, (row_no, cells) in enumerate(rows, start=1):
        if count % 1024 == 0:
            if batch.cancel():
                raise Cancelled()
            batch.progress(source.done / source.total if source.total else 0.0)
        n = len(cells)
        name_raw = cells[staff_i] if staff_i < n else None
        name = name_raw.strip() if type(name_raw) is str else cell_text(name_raw).strip()
        if name and name[0] in "='":
            name = unmark(name)
        first = cells[0] if n else None
        if not (type(first) is str and first and not first.isspace()):  # the usual row starts with a filled cell
            first = next((c for c in cells if _filled(c)), None)
            if first is None:
                continue
        data_rows += 1
        kind = word(first.strip() if type(first) is str else cell_text(first).strip()) % 3
        if name and kind != 1:
            named = word(name)
            kind = 1 if named == 3 else named or kind
        if kind == 1:
            plan.skipped += 1
            plan.totals_rows.append(row_no)
            totals.labelled_total(row_no)
            continue
        if (kind == 2 or not name) and row_key(cells) in layout.header_texts:  # the header again (a paged export)
            plan.skipped += 1
            plan.header_again_rows.append(row_no)
            continue
        if kind == 2:
            other = detect_layout([(row_no, cells)], batch,
                                  context=[(t("标题"), note_line), *layouts.places(plan, plan.sheet)])
            if other is not None:  # a further table, with columns of its own
                take_waiting()
                table = _next_table(plan, other, batch, span, note_line)
                if table is None:
                    break
                layout, unread = other, _unread(other)
                columns, staff_i, staff_header, date_cols, whole_month, fixed = table
                reader = row_values.RowReader(columns)
                all_columns.extend(columns)
                totals.start_table(columns)
                dates.use(*date_cols, whole_month)
                continue
            if name == staff_header:
                plan.skipped += 1
                plan.header_again_rows.append(row_no)
                continue
        if not name or (first is name_raw and not any(_filled(c) for c in cells[staff_i + 1:])):
            if sum(1 for c in cells if _filled(c)) == 1:  # a note or title line, whichever column it is in
                plan.skipped += 1
                note_line = cell_text(first).strip()
                plan.text_rows.append((row_no, note_line))
                continue
            if not name:
                totals.row_follows(staff_header)
                if totals.blank_row(row_no, cells) is None:
                    plan.error(row_no, staff_header, "", t("客服名称为空"))
                continue
        note_line = ""
        totals.row_follows(staff_header)
        if fixed:
            start, end = fixed
        else:
            hit = dates.of(row_no, cells, name)
            if hit is None:
                totals.add(cells)
                continue
            start, end = hit
        take(row_no, cells, name, start, end)
    take_waiting()
    batch.repo.stage(staged_rows, staged_cells)
    dates.say_year_less()
    plan.may_repeat_rows = repeats.possible
    batch.progress(1.0)
    totals.settle_pending()
    plan.notes.extend(totals.notes())
    if kinds["daily"] or kinds["period"]:
        plan.target = "period" if not kinds["daily"] else "daily"
    if dates.days and plan.period is None:
        plan.period = (date.fromisoformat(min(dates.days)), date.fromisoformat(max(dates.days)))
    if data_rows == 0:
        plan.no_data = True
        plan.error(None, None, "", t("只有表头（第 {row} 行），没有数据行", row=layout.header_row))
    plan.notes.extend(tenure.notes())
    plan.notes.extend(namesakes.notes())
    row_values.settle_rates(plan, all_columns, batch)
    rounding.settle(plan, batch.metrics)


def _table(plan: FilePlan, layout: Layout, batch: Batch, span: tuple[date, date] | None) -> tuple | None:
    """How the rows under a header are read: (value columns, staff index, staff header, date column, whole month,
    the fixed span of a table without a date column)."""
    staff_col = layout.staff
    assert staff_col is not None
    fixed = None
    if layout.date is None:
        if span is None:
            plan.needs_month = True
            plan.error(None, None, "", t("第 {row} 行的表格没有日期列，标题和文件名里也没有统计时间：请指定数据所属的月份",
                                         row=layout.header_row))
            return None
        if batch.today and span[0] > batch.today:  # no day of it has come: as typing in the grid, refused
            plan.error(None, None, "", t("统计时间 {span} 还没到（今天是 {today}），不能导入", span=span_label(span),
                                         today=shown_date(batch.today)))
            return None
        fixed = (span[0].isoformat(), span[1].isoformat())
    return (_value_columns(plan, layout, batch), staff_col.index, staff_col.header, (layout.date, layout.date_end),
            _whole_month(layout), fixed)


def _next_table(plan: FilePlan, layout: Layout, batch: Batch, span: tuple[date, date] | None,
                title: str) -> tuple | None:
    """A further table in the same sheet (a new header row with other columns): its rows are read by its own
    columns, and the preview says where it starts."""
    plan.table_starts.append(layout.header_row)
    for header in layout.not_read:
        if header not in plan.ignored_columns:
            plan.ignored_columns.append(header)
    plan.mappable_columns.extend(h for h in layout.ignored if h not in plan.mappable_columns)
    plan.notes.append(t("第 {row} 行起是另一张表{title}，按它自己的表头读取：{headers}", row=layout.header_row,
                        title=t("「{title}」", title=title) if title else "",
                        headers=joined(c.header for c in layout.all_headers())))
    if not layouts.read_or_said_unsure(plan, layout):
        return None
    return _table(plan, layout, batch, span)


def _unread(layout: Layout) -> list[int]:
    """A table's columns not read (备注, 序号, a time of day): two rows alike in every value read but not in these
    are two records (a detail report's), not one given twice."""
    read = {c.index for c in layout.columns}
    return [c.index for c in layout.all_headers() if c.index not in read]


def _filled(cell: object) -> bool:
    return cell is not None and cell != "" and (not isinstance(cell, str) or not cell.isspace())
