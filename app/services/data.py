"""Daily values typed or pasted by hand: validated per cell, stored in one transaction per action."""

from __future__ import annotations

import unicodedata
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation

from app.domain import Staff, without_invisible
from app.errors import UserError
from app.i18n import t
from app.metrics import Metric, MetricRegistry
from app.money import normalize_number_text
from app.periods import Month, Period, shown_date
from app.services.approved import PlansRead, approved_reading_month, check_confirmed
from app.services.context import Context
from app.services.progress import default_as_of
from app.store import Store
from app.store.import_log import ROW_STRIDE, ImportRecord, file_of
from app.store.values import ImportedSpan

Spans = dict[int, list[ImportedSpan]]  # {staff_id: the imported totals that count}


@dataclass(frozen=True)
class CellInput:
    staff_id: int
    day: date
    text: str


@dataclass
class PasteResult:
    stored: int = 0
    cleared: int = 0
    refused: list[tuple[CellInput, str]] = field(default_factory=list)
    # what the paste replaced, read in its transaction, for 撤销: (staff_id, day, value before, value written)
    changes: list[tuple[int, date, int | None, int | None]] = field(default_factory=list)
    small_rates: bool = False  # rates all between 0 and 1 without a % sign: stored as typed (0.97 is 0.97%)


class DataService:
    def __init__(self, store: Store, ctx: Context, metrics: MetricRegistry):
        self.store = store
        self.ctx = ctx
        self.metrics = metrics
        self._plans_read = PlansRead()

    def month_grid(self, metric: Metric, month: Month) -> dict[tuple[int, date], int]:
        return self.store.values.month_grid(metric.key, month.start, month.end)

    def approved_reading(self, month: Month, metrics: Collection[str] | None = None
                         ) -> list[tuple[Period, bool, date]]:
        """The approved award periods a change to `month`'s values or targets touches (`approved_reading_month`);
        with `metrics`, a change to those metrics' only."""
        return approved_reading_month(self.store, month, self._plans_read.of(self.store), metrics)

    def imported_totals(self, metric: Metric, start: date, end: date, staff_ids: list[int] | None = None) -> Spans:
        """The imported totals that count between `start` and `end` (a month report, a month-to-date one), per
        person. Their days take no daily value by hand: the total already holds those days (see _check). As on
        the board, a total counts once its last day is in the data (`default_as_of`): a report for all October
        imported on the 20th is not counted yet, and the daily values meanwhile are."""
        last = min(end, default_as_of(self.store, self.ctx.today))
        return self.store.values.imported_spans(metric.key, start, last, staff_ids) if last >= start else {}

    def span_source(self, span: ImportedSpan) -> str:
        """Where an imported total came from: 「赤兔_客服绩效.xlsx」第 5 行."""
        record = self.store.imports.get(span.import_id) if span.import_id is not None else None
        return _source(record, span.source_row)

    def imported_cells(self, metric: Metric, month: Month) -> dict[tuple[int, date], str]:
        """The month's daily values an import wrote (and no one changed by hand since), with where each came from:
        {(staff_id, day): 「千牛_客服日报.xlsx」第 5 行}."""
        cells = self.store.values.imported_cells(metric.key, month.start, month.end)
        records = {import_id: self.store.imports.get(import_id) for import_id, _row in cells.values()}
        return {cell: _source(records[import_id], row) for cell, (import_id, row) in cells.items()}

    def set_value(self, day: date, staff_id: int, metric: Metric, value: int | None, *,
                  confirm_approved: bool = False) -> int | None:
        """Store one cell; returns the value it replaced. A day of a period whose awards are approved is
        changed only with `confirm_approved` (else `ApprovedPeriodChange`), as an import is."""
        person = self._person(staff_id)
        month = Month.of(day)
        self._check(metric, value, day, person, self.imported_totals(metric, month.start, month.end, [staff_id]))
        with self.store.atomic():
            old = self.store.values.get(metric.key, day, staff_id)
            if old == value:  # written again as it was: nothing changes, nothing for the 操作日志
                return old
            what = t("{day} {name}的{metric}", day=shown_date(day), name=person.name, metric=metric.shown_name)
            approved = check_confirmed(self.store, [day], confirm_approved, what, metrics=[metric.key],
                                       people=[person])
            self.store.values.set(metric.key, day, staff_id, value)
            self.store.audit.add(
                self.ctx.user, "data.set",
                t("{day} {name} 的{metric}：{old} → {new}", day=shown_date(day), name=person.display(), metric=metric.shown_name,
                  old=metric.format(old, empty=t("空")), new=metric.format(value, empty=t("空"))),
                {"staff_id": staff_id, "day": day, "metric": metric.key, "old": old, "new": value,
                 **({"approved_periods": approved} if approved else {})},
                pin_used=self.ctx.pin_used,
            )
        return old

    def set_text(self, day: date, staff_id: int, metric: Metric, text: str) -> None:
        self.set_value(day, staff_id, metric, self.parse_cell(metric, text))

    def parse_cell(self, metric: Metric, text: str) -> int | None:
        return parse_cell(metric, text)

    def paste(self, metric: Metric, cells: list[CellInput], *, confirm_approved: bool = False) -> PasteResult:
        """Store every valid cell of a pasted block in one transaction; refuse the others with a reason. A
        block changing a period whose awards are approved is written only with `confirm_approved` (else
        `ApprovedPeriodChange`, nothing written)."""
        result = PasteResult()
        valid: list[tuple[CellInput, int | None]] = []
        people = {p.id: p for p in self.store.staff.list()}
        spans = self.imported_totals(metric, Month.of(min(c.day for c in cells)).start,
                                     Month.of(max(c.day for c in cells)).end) if cells else {}
        # 0.97 may be a fraction (97%) or really 0.97% (a refund rate): kept as typed, but the page asks to check
        result.small_rates = metric.unit == "percent" and _all_below_one([c.text for c in cells])
        for cell in cells:
            try:
                person = people.get(cell.staff_id)
                if person is None:
                    raise UserError(t("没有编号为 {id} 的员工", id=cell.staff_id))
                value = self.parse_cell(metric, cell.text)
                self._check(metric, value, cell.day, person, spans)
            except UserError as e:
                result.refused.append((cell, e.message))
                continue
            valid.append((cell, value))
        if not valid:
            return result
        with self.store.atomic():
            changing = [cell for cell, value in valid
                        if self.store.values.get(metric.key, cell.day, cell.staff_id) != value]
            approved = check_confirmed(self.store, [cell.day for cell in changing], confirm_approved,
                                       t("粘贴的{metric}数据", metric=metric.shown_name), metrics=[metric.key],
                                       people=[people[i] for i in {cell.staff_id for cell in changing}])
            for cell, value in valid:
                old = self.store.values.set(metric.key, cell.day, cell.staff_id, value)
                result.changes.append((cell.staff_id, cell.day, old, value))
                if value is not None:
                    result.stored += 1
                elif old is not None:  # an empty cell pasted on an empty day clears nothing
                    result.cleared += 1
            self.store.audit.add(
                self.ctx.user, "data.paste",
                t("粘贴{metric}数据：保存 {stored} 格，清空 {cleared} 格，拒绝 {refused} 格", metric=metric.shown_name,
                  stored=result.stored, cleared=result.cleared, refused=len(result.refused)),
                {"metric": metric.key, "cells": [[c.staff_id, c.day, v] for c, v in valid],
                 **({"approved_periods": approved} if approved else {})},
                pin_used=self.ctx.pin_used,
            )
        return result

    def restore(self, metric: Metric, cells: list[tuple[int, date, int | None, int | None]], *,
                confirm_approved: bool = False, redo: bool = False) -> tuple[int, int]:
        """Undo a write: each cell (staff_id, day, old, new) that still holds `new` gets `old` back, in one
        transaction with an audit row; a cell changed since (by hand or an import) is left alone. Putting back a
        day of a period whose awards are approved (approved since the write, or the write itself confirmed)
        needs `confirm_approved`, as typing it does (else `ApprovedPeriodChange`, nothing put back). Returns
        (cells put back, cells left). `redo`: the cells are an undone write's, to be written again (重做), and
        the audit row says so."""
        metric = next((m for m in self.metrics.stored if m.key == metric.key), metric)  # by its name now (改名…)
        with self.store.atomic():
            back = [(sid, day, old) for sid, day, old, new in cells
                    if self.store.values.get(metric.key, day, sid) == new]
            approved = check_confirmed(self.store, [day for _sid, day, _old in back], confirm_approved,
                                       t("重做的{metric}数据", metric=metric.shown_name) if redo else
                                       t("撤销的{metric}数据", metric=metric.shown_name), metrics=[metric.key],
                                       people=self._people({sid for sid, _day, _old in back}))
            for sid, day, old in back:
                self.store.values.set(metric.key, day, sid, old)
            if back:
                self.store.audit.add(
                    self.ctx.user, "data.redo" if redo else "data.undo",
                    t("重做{metric}数据的修改：写回 {n} 格", metric=metric.shown_name, n=len(back)) if redo else
                    t("撤销{metric}数据的修改：恢复 {n} 格", metric=metric.shown_name, n=len(back)),
                    {"metric": metric.key, "cells": [[sid, day, old] for sid, day, old in back],
                     **({"approved_periods": approved} if approved else {})},
                    pin_used=self.ctx.pin_used)
        return len(back), len(cells) - len(back)

    def _people(self, staff_ids: set[int]) -> list[Staff] | None:
        """The people of `staff_ids` (None when one is not found: a question then asks for anyone)."""
        people = [self.store.staff.get(sid) for sid in staff_ids]
        return None if None in people else people  # type: ignore[return-value]

    def _person(self, staff_id: int):
        person = self.store.staff.get(staff_id)
        if person is None:
            raise UserError(t("没有编号为 {id} 的员工", id=staff_id))
        return person

    def _check(self, metric: Metric, value: int | None, day: date, person: Staff, spans: Spans) -> None:
        """A value may be entered for a day that has come, that the person was on the team, and that no
        imported total of theirs holds (it would not count: the total already has that day); clearing one is
        always allowed (a value an import brought in can be removed)."""
        name, shown = person.name, shown_date(day)
        if value is not None and day > self.ctx.today:
            raise UserError(t("{name} {day}：日期还没到，不能录入", name=name, day=shown))
        if value is not None and not person.employed_on(day):
            raise UserError(t("{name} {day} 不在职（{when}），不能录入", name=name, day=shown, when=off_team(person, day)))
        if value is not None and value < 0:
            raise UserError(t("{name} {day}的{metric}不能为负数", name=name, day=shown, metric=metric.shown_name))
        if value is not None and metric.unit == "percent" and value > metric.to_units(100):
            raise UserError(t("{name} {day}的{metric}超过 100%", name=name, day=shown, metric=metric.shown_name))
        # a mean's report counts only without daily values: a day typed counts, so only a sum's total holds days
        held = covering(spans.get(person.id, []), day) if value is not None and metric.aggregation == "sum" else None
        if held is not None:
            raise UserError(t("{name} {day}的{metric}已包含在导入的 {first} 至 {last} 合计中（{source}），再逐日录入不会计入；"
                              "要改这几天，请先在「导入记录」里撤销那次导入", name=name, day=shown, metric=metric.shown_name,
                              first=shown_first(held), last=shown_last(held), source=self.span_source(held)))


def off_team(person: Staff, day: date) -> str:
    """Why the person was not on the team on `day`, in a few words: 2026年3月10日入职, 2026年10月1日离职, or the
    time away of a rehired person."""
    away = person.away_between(day)
    if away:
        return t("{left}离职，{hired}重新入职", left=shown_date(away[0]), hired=shown_date(away[1]))
    first_hired = person.stints[0].hired  # a rehired person's `hired` is the rehire
    if first_hired and day < first_hired:
        return t("{day}入职", day=shown_date(first_hired))
    return t("{day}离职", day=shown_date(person.left))


def _source(record: ImportRecord | None, source_row: int | None) -> str:
    """An import's file and the row of the file a value came from, as the owner opens the file."""
    if record is None:
        return t("导入的数据")
    if source_row is None:
        return t("「{file}」", file=record.file_name)
    name, base = file_of(record.file_name, record.files, source_row // ROW_STRIDE)
    return t("「{file}」第 {row} 行", file=name, row=source_row - base)


def shown_first(span: ImportedSpan) -> str:
    """The first day an imported total holds, as messages write a day (2026年10月1日)."""
    return shown_date(date.fromisoformat(span.first))


def shown_last(span: ImportedSpan) -> str:
    return shown_date(date.fromisoformat(span.last))


def covering(spans: list[ImportedSpan], day: date) -> ImportedSpan | None:
    """The imported total holding `day`, if any."""
    text = day.isoformat()
    return next((s for s in spans if s.first <= text <= s.last), None)


def parse_cell(metric: Metric, text: str) -> int | None:
    """A cell typed or pasted into a grid (a day's value, a target). Empty text clears the cell, and so does a
    mark the seller tools and spreadsheets write for "no value" (`-`, `--`, `—`, `#DIV/0!`: the import's words
    for a missing value): as an import reads them, never as 0. Excel's accounting format shows a zero as `¥ -`:
    read as no value too, which adds up the same. Anything else must parse for this metric."""
    if _means_no_value(text):
        return None
    return metric.parse(text)


def _means_no_value(text: str) -> bool:
    # the import's words for a missing value, read once when first needed
    from app.importing.synonyms import load

    shown = unicodedata.normalize("NFKC", without_invisible(str(text))).strip()  # a zero-width space alone is empty
    return shown.removeprefix("¥").strip() in load().missing  # NFKC made ￥ a ¥


def typed_small_rate(metric: Metric, text: str) -> bool:
    """One rate typed between 0 and 1 without a % sign: stored as typed (0.5 is 0.5%), though it may mean 50%."""
    number = normalize_number_text(text)
    if metric.unit != "percent" or number.endswith("%"):
        return False
    try:
        return 0 < Decimal(number) < 1
    except InvalidOperation:
        return False


def _all_below_one(texts: list[str]) -> bool:
    """Two or more rates, every one a plain number from 0 to 1 without a % sign."""
    numbers = [normalize_number_text(text) for text in texts if str(text).strip()]
    if len(numbers) < 2 or any(n.endswith("%") for n in numbers):
        return False
    try:
        return all(0 <= Decimal(n) <= 1 for n in numbers)
    except InvalidOperation:
        return False
