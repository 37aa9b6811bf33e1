"""The values of one report row: each cell parsed by its column, the five rating levels summed, the row checked
for consistency; and, once a file is staged, its bare rate columns settled as fractions or percents."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.i18n import t
from app.importing.cells import PENDING, CellError, Rounded, shown_cell
from app.importing.model import FilePlan
from app.importing.note_groups import ORDINARY, Note
from app.importing.rounding import read_as_percents, rounded_cell

if TYPE_CHECKING:
    from app.importing.reading import Batch

_UNREAD = object()


class RowReader:
    """The value columns of one table, reading a row's cells. Whether a row can need the consistency check
    (满意数 against 评价数, a rate against its counts) is decided once for the table, not per row."""

    def __init__(self, columns: list[tuple]):
        self.columns = columns
        self.may_clash = any(kind == "rating" or metric == "satisfied" for _i, _h, metric, _p, kind, _c in columns)
        # each column with its parser's cache of texts read (most cells repeat a value read before: no call for
        # them) and whether its plain whole numbers are stored as they are (no rate, rating or check-only column)
        self._reading = [(index, header, metric, parse, kind, check_only, getattr(parse, "cache", {}),
                          kind not in ("rating", "rate") and not check_only)
                         for index, header, metric, parse, kind, check_only in columns]

    def row_cells(self, plan: FilePlan, cells: list, row_no: int, key: tuple) -> list[tuple] | None:
        f, _row, target, start, end, staff_id = key
        n = len(cells)
        out: list[tuple] = []
        levels: dict[int, object] = {}
        checks: list[tuple[str, str, int, bool]] = []
        rounded: list[tuple[str, str, object, object]] = []
        ok = True
        for index, header, metric, parse, kind, check_only, read, stored_as_is in self._reading:
            raw = cells[index] if index < n else None
            value = read.get(raw, _UNREAD) if type(raw) is str else _UNREAD
            if value is _UNREAD:
                try:
                    value = parse(raw)
                except CellError as e:
                    plan.error(row_no, header, shown_cell(raw), str(e))
                    ok = False
                    continue
            if stored_as_is and type(value) is int:  # the usual cell: neither rounded, nor pending, nor missing
                out.append((f, row_no, target, metric, start, end, staff_id, value, 0, 0))
                continue
            if value is None:
                continue
            if not check_only and isinstance(value[0] if isinstance(value, tuple) else value, Rounded):
                rounded.append((header, metric, raw, value))
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
        if ok and (checks or self.may_clash):
            ok = _consistent(plan, out, row_no, checks)
        if ok:
            for header, metric, raw, value in rounded:
                units, bare = value if isinstance(value, tuple) else (value, False)
                rounded_cell(plan, row_no, header, metric, shown_cell(raw).strip(), units, bare)
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
            plan.notes.append(Note(t("第 {row} 行「{header}」与人数算出的 {pct:.2f}% 不符，以人数为准", row=row_no,
                                     header=header, pct=expected / 100), ORDINARY,
                                   (t("第 {rows} 行（共 {n} 行）的「{header}」与人数算出的百分比不符，以人数为准"), {"header": header}),
                                   row=row_no))
    return True


RATIO_TOP = 10  # a bare ratio with no upper bound (答问比 1.25) is a plain ratio up to this; above, a percent


def settle_rates(plan: FilePlan, columns: list[tuple], batch: Batch) -> None:
    """A rate column whose bare numbers are all ≤ 1 holds fractions; otherwise they were percents (decided once
    per metric, when two tables of a sheet both have it). A ratio without an upper bound (答问比: replies per
    question, mostly above 1) holds plain ratios while its bare numbers stay ≤ 10 (no one answers 10 % of
    questions): 1.25 is 125 %."""
    seen: set[str] = set()
    for _index, header, metric_key, _parse, kind, check_only in columns:
        if kind != "rate" or check_only or metric_key in seen:
            continue
        seen.add(metric_key)
        metric = batch.metrics.get(metric_key)
        rule = batch.synonyms.lookup(header)
        unbounded = rule is not None and rule.role == "metric" and rule.max_percent is None
        top_bare, top = batch.repo.rate_tops(plan.index, metric_key)
        converted = top_bare is not None and top_bare > metric.to_units(100 * (RATIO_TOP if unbounded else 1))
        if converted:  # in percent
            read_as_percents(plan, header, metric, batch.repo.bare_finer_than_percent(plan.index, metric_key))
            batch.repo.bare_to_percent(plan.index, metric_key)
            plan.notes.append(t("「{header}」列的数字按百分数读取（如 98.5 即 98.5%）", header=header))
        limit = rule.max_percent if rule and rule.role == "metric" else 100
        if limit is None or (not converted and (top is None or top <= metric.to_units(limit))):
            continue  # no cell above the limit
        bad = batch.repo.cells_above(plan.index, metric_key, metric.to_units(limit))
        for row_no, units in bad:
            plan.error(row_no, header, metric.format(units), t("比率超过 {max}%", max=limit))
        if bad:
            batch.repo.drop_rows(plan.index, [r for r, _ in bad])
