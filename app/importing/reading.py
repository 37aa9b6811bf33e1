"""Reading one report file into the staging area, row by row (streamed: memory does not grow with the file)."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from itertools import chain, islice

from app.errors import Cancelled, UserError
from app.i18n import t
from app.importing import readers
from app.importing.cells import PENDING, CellError, cell_text, make_parser, parse_day
from app.importing.header import SCAN_ROWS, Column, Layout, detect
from app.importing.matching import StaffMatcher, new_person_name
from app.importing.model import FilePlan, ImportOptions, StandIn
from app.importing.period import span_from_text, span_from_titles, span_label
from app.importing.synonyms import ColumnRule, Synonyms, normalize_header
from app.metrics import MetricRegistry
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


def file_hash(plan: FilePlan) -> str:
    digest = hashlib.sha256()
    with readers._open(plan.path) as f:
        while chunk := f.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def read_file(plan: FilePlan, batch: Batch) -> None:
    """Fill `plan` and stage its rows; problems become errors in the plan (never exceptions)."""
    try:
        plan.content_hash = file_hash(plan)
        source, layout, rows = _open_layout(plan, batch)
    except UserError as e:
        plan.error(None, None, "", e.message)
        return
    plan.encoding, plan.sheet = source.encoding, source.sheet
    plan.header_row, plan.header_rows = layout.header_row, layout.header_rows
    plan.signature = layout.signature()
    plan.ignored_columns = list(layout.not_read)
    plan.mappable_columns = list(layout.ignored)
    span = _span(plan, layout, batch.options)
    if plan.file_error:
        return
    plan.period = span
    if layout.date is None:
        assert span is not None
        plan.target = "daily" if span[0] == span[1] else "period"
    _read_rows(plan, layout, source, rows, batch, span)


def _open_layout(plan: FilePlan, batch: Batch) -> tuple[readers.Source, Layout, Iterator]:
    first_error: str | None = None
    manual: dict[str, ColumnRule] = {}
    for source in readers.sources(plan.path):
        rows = source.rows()
        try:
            head = list(islice(rows, SCAN_ROWS + 2))
        except UserError as e:
            first_error = first_error or e.message
            continue
        layout = detect(head, batch.synonyms, source.merged)
        if layout is not None:
            manual = _manual_rules(layout, batch)
            if manual:
                layout = detect(head, batch.synonyms, source.merged, manual) or layout
            start = layout.data_start
            return source, layout, chain((r for r in head if r[0] >= start), rows)
        rows.close()
        if not any(any(cell_text(c).strip() for c in cells) for _, cells in head):
            raise UserError(t("「{file}」里没有任何内容", file=plan.name))
    raise UserError(first_error or t(
        "「{file}」里找不到表头：前 {n} 行中没有同时包含客服列（如「客服」「旺旺」「子账号」）和数据列（如「销售额」"
        "「询单人数」）的一行", file=plan.name, n=SCAN_ROWS))


def _manual_rules(layout: Layout, batch: Batch) -> dict[str, ColumnRule]:
    mapping = {**batch.remembered(layout.signature()),
               **{normalize_header(h): m for h, m in batch.options.column_map.items()}}
    rules: dict[str, ColumnRule] = {}
    for header, key in mapping.items():
        if not key:
            rules[header] = ColumnRule("ignore")
            continue
        metric = batch.metrics.get(key)
        kind = {"yuan": "money", "percent": "rate", "seconds": "duration"}.get(metric.unit, "number")
        rules[header] = ColumnRule("metric", metric=metric.key, kind=kind, priority=-1, max_percent=None)
    return rules


def _span(plan: FilePlan, layout: Layout, options: ImportOptions) -> tuple[date, date] | None:
    stated = span_from_titles(layout.titles) or span_from_text(plan.path.stem)
    month = (options.month.start, options.month.end) if options.month else None
    if stated and month and not (month[0] <= stated[0] and stated[1] <= month[1]):
        plan.error(None, None, "", t("文件的统计时间 {span} 不在所选月份 {month} 之内", span=span_label(stated),
                                     month=options.month.label() if options.month else ""))
        return None
    span = stated or month
    if layout.date is None and span is None:
        plan.error(None, None, "", t("报表没有日期列，标题和文件名里也没有统计时间：请指定月份（--month YYYY-MM）"))
    return span


def _value_columns(plan: FilePlan, layout: Layout, batch: Batch) -> list[tuple]:
    present = {c.rule.metric for c in layout.columns if c.rule and c.rule.role == "metric"}
    if any(c.rule and c.rule.role == "rating" for c in layout.columns):
        present |= {"ratings", "satisfied"}
    columns = []
    for column in layout.columns:
        rule = column.rule
        assert rule is not None
        if rule.role == "staff" or rule.role == "date":
            plan.columns[column.header] = rule.role
            continue
        if rule.role == "rating":
            plan.columns[column.header] = "ratings"
            parser = make_parser("count", None, batch.synonyms.missing, batch.synonyms.provisional)
            columns.append((column.index, column.header, rule.level, parser, "rating", None))
            continue
        metric = batch.metrics.get(rule.metric or "")
        check_only = bool(rule.cross_check) and all(k in present for k in rule.cross_check or ())
        plan.columns[column.header] = metric.key
        plan.metric_headers[metric.key] = column.header
        parser = make_parser(rule.kind or "number", metric, batch.synonyms.missing, batch.synonyms.provisional,
                             max_percent=rule.max_percent)
        columns.append((column.index, column.header, metric.key, parser, rule.kind,
                        rule.cross_check if check_only else None))
        if check_only:
            plan.notes.append(t("「{header}」只用于核对（已有人数列，比率由人数算出）", header=column.header))
    return columns


def _read_rows(plan: FilePlan, layout: Layout, source: readers.Source, rows: Iterator, batch: Batch,
               span: tuple[date, date] | None) -> None:
    columns = _value_columns(plan, layout, batch)
    staff_col = layout.staff
    assert staff_col is not None
    date_col: Column | None = layout.date
    target, f = plan.target, plan.index
    fixed = (span[0].isoformat(), span[1].isoformat()) if span and date_col is None else None
    if fixed and target == "daily":
        fixed = (fixed[0], fixed[0])
    day_cache: dict[object, str] = {}
    days: set[str] = set()  # the dates the rows carry (the file's period when nothing else says it)
    staged_rows: list[tuple] = []
    staged_cells: list[tuple] = []
    data_rows = 0
    summary_cache: dict[str, bool] = {}

    def summary(text: str) -> bool:
        hit = summary_cache.get(text)
        if hit is None:
            hit = batch.synonyms.is_summary(text)
            if len(summary_cache) < 4096:
                summary_cache[text] = hit
        return hit

    for count, (row_no, cells) in enumerate(rows, start=1):
        if count % 1024 == 0:
            if batch.cancel():
                raise Cancelled()
            batch.progress(source.done / source.total if source.total else 0.0)
        n = len(cells)
        name_raw = cells[staff_col.index] if staff_col.index < n else None
        name = cell_text(name_raw).strip()
        first = next((c for c in cells if _filled(c)), None)
        if first is None:
            continue
        data_rows += 1
        if summary(cell_text(first)) or (name and summary(name)) or name == staff_col.header:
            plan.skipped += 1
            continue
        if not name:
            if sum(1 for c in cells if _filled(c)) == 1:
                plan.skipped += 1  # a note line under the table
            else:
                plan.error(row_no, staff_col.header, "", t("客服名称为空"))
            continue
        if fixed:
            start, end = fixed
        else:
            assert date_col is not None
            raw_day = cells[date_col.index] if date_col.index < n else None
            start = day_cache.get(raw_day) if isinstance(raw_day, (str, int, float)) else None
            if start is None:
                try:
                    day = parse_day(raw_day, span) if cell_text(raw_day).strip() else None
                except CellError as e:
                    plan.error(row_no, date_col.header, cell_text(raw_day), str(e))
                    continue
                if day is None:
                    plan.error(row_no, date_col.header, "", t("日期为空"))
                    continue
                if span and not span[0] <= day <= span[1]:
                    plan.error(row_no, date_col.header, cell_text(raw_day),
                               t("日期不在报表的统计时间 {span} 之内", span=span_label(span)))
                    continue
                start = day.isoformat()
                if isinstance(raw_day, (str, int, float)):
                    day_cache[raw_day] = start
            days.add(start)
            end = start
        staff_id = _staff(plan, batch, name, row_no, staff_col.header)
        if staff_id is None:
            continue
        row_cells = _row_cells(plan, columns, cells, row_no, (f, row_no, target, start, end, staff_id))
        if row_cells is None:
            continue
        staged_rows.append((f, row_no, batch.matcher.match(name).key, staff_id, start, end))
        staged_cells.extend(row_cells)
        if len(staged_rows) >= FLUSH:
            batch.repo.stage(staged_rows, staged_cells)
            staged_rows, staged_cells = [], []
    batch.repo.stage(staged_rows, staged_cells)
    batch.progress(1.0)
    if days and plan.period is None:
        plan.period = (date.fromisoformat(min(days)), date.fromisoformat(max(days)))
    if data_rows == 0:
        plan.error(None, None, "", t("只有表头（第 {row} 行），没有数据行", row=layout.header_row))
    _settle_rates(plan, columns, batch)


def _filled(cell: object) -> bool:
    return cell is not None and cell != "" and (not isinstance(cell, str) or not cell.isspace())


def _staff(plan: FilePlan, batch: Batch, name: str, row_no: int, header: str) -> int | None:
    options = batch.options
    match = batch.matcher.match(name)
    if match.key in options.skip_staff or name in options.skip_staff:
        plan.skipped += 1
        return None
    if match.staff_id is not None:
        return match.staff_id
    mapped = options.staff_map.get(name, options.staff_map.get(match.key))
    if mapped is not None:
        return mapped
    if match.reason:
        plan.error(row_no, header, name, match.reason)
        return None
    if match.key not in plan.unknown_staff:
        plan.unknown_staff.append(match.key)
        plan.unknown_rows[match.key] = [row_no, 0]
    plan.unknown_rows[match.key][1] += 1
    person = new_person_name(match.key)
    stand_in = batch.stand_ins.get(person)
    if stand_in is None:
        stand_in = StandIn(-(len(batch.stand_ins) + 1), person, (match.key,))
    elif match.key not in stand_in.keys:
        stand_in = StandIn(stand_in.id, person, stand_in.keys + (match.key,))
    batch.stand_ins[person] = stand_in
    return stand_in.id


def _row_cells(plan: FilePlan, columns: list[tuple], cells: list, row_no: int, key: tuple) -> list[tuple] | None:
    f, _row, target, start, end, staff_id = key
    n = len(cells)
    out: list[tuple] = []
    levels: dict[int, object] = {}
    checks: list[tuple[str, str, int, bool]] = []
    ok = True
    for index, header, metric, parse, kind, check_only in columns:
        raw = cells[index] if index < n else None
        try:
            value = parse(raw)
        except CellError as e:
            plan.error(row_no, header, cell_text(raw), str(e))
            ok = False
            continue
        if value is None:
            continue
        if kind == "rating":
            levels[metric] = value
        elif value is PENDING:
            if not check_only:
                out.append((f, row_no, target, metric, start, end, staff_id, None, 1, 0))
        elif kind == "rate":
            units, bare = value  # type: ignore[misc]
            if check_only:
                checks.append((check_only, header, units, bare))
            else:
                out.append((f, row_no, target, metric, start, end, staff_id, units, 0, int(bare)))
        else:
            out.append((f, row_no, target, metric, start, end, staff_id, value, 0, 0))
    if levels:
        given = {c[3] for c in out}  # explicit 评价数 / 满意数 columns win over the five levels
        out.extend(c for c in _ratings(levels, (f, row_no, target, start, end, staff_id)) if c[3] not in given)
    if ok:
        ok = _consistent(plan, out, row_no, checks)
    return out if ok else None


def _ratings(levels: dict[int, object], key: tuple) -> list[tuple]:
    f, row_no, target, start, end, staff_id = key
    if any(v is PENDING for v in levels.values()):
        return [(f, row_no, target, m, start, end, staff_id, None, 1, 0) for m in ("ratings", "satisfied")]
    total = sum(int(v) for v in levels.values())  # type: ignore[call-overload]
    satisfied = sum(int(levels.get(level, 0)) for level in (4, 5))  # type: ignore[call-overload]
    return [(f, row_no, target, "ratings", start, end, staff_id, total, 0, 0),
            (f, row_no, target, "satisfied", start, end, staff_id, satisfied, 0, 0)]


def _consistent(plan: FilePlan, cells: list[tuple], row_no: int, checks: list) -> bool:
    values = {c[3]: c[7] for c in cells if not c[8]}
    ratings, satisfied = values.get("ratings"), values.get("satisfied")
    if ratings is not None and satisfied is not None and satisfied > ratings:
        header = plan.metric_headers.get("satisfied", t("满意数"))
        plan.error(row_no, header, str(satisfied), t("满意数 {s} 大于评价数 {r}", s=satisfied, r=ratings))
        return False
    for pair, header, units, bare in checks:
        a, b = values.get(pair[0]), values.get(pair[1])
        if a is None or not b:
            continue
        shown = units if not bare or units <= 10000 else units / 100  # in 0.01 percentage points
        expected = a * 10000 / b
        if abs(shown - expected) > 60:  # more than 0.6 percentage points: not a rounding difference
            plan.notes.append(t("第 {row} 行「{header}」与人数算出的 {pct:.2f}% 不符，以人数为准", row=row_no,
                                header=header, pct=expected / 100))
    return True


def _settle_rates(plan: FilePlan, columns: list[tuple], batch: Batch) -> None:
    """A rate column whose bare numbers are all ≤ 1 holds fractions; otherwise they were percents."""
    for _index, header, metric_key, _parse, kind, check_only in columns:
        if kind != "rate" or check_only:
            continue
        metric = batch.metrics.get(metric_key)
        top = batch.repo.bare_max(plan.index, metric_key)
        if top is not None and top > metric.to_units(100):  # a bare value above 1: the column is in percent
            batch.repo.bare_to_percent(plan.index, metric_key)
            plan.notes.append(t("「{header}」列的数字按百分数读取（如 98.5 即 98.5%）", header=header))
        rule = batch.synonyms.lookup(header)
        limit = rule.max_percent if rule and rule.role == "metric" else 100
        if limit is None:
            continue
        bad = batch.repo.cells_above(plan.index, metric_key, metric.to_units(limit))
        for row_no, units in bad:
            plan.error(row_no, header, metric.format(units), t("比率超过 {max}%", max=limit))
        if bad:
            batch.repo.drop_rows(plan.index, [r for r, _ in bad])
