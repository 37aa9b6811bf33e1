"""Daily values typed or pasted by hand: validated per cell, stored in one transaction per action."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation

from app.domain import Staff
from app.errors import UserError
from app.i18n import t
from app.metrics import Metric, MetricRegistry
from app.money import normalize_number_text
from app.periods import Month
from app.services.context import Context
from app.store import Store


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

    def month_grid(self, metric: Metric, month: Month) -> dict[tuple[int, date], int]:
        return self.store.values.month_grid(metric.key, month.start, month.end)

    def imported_totals(self, metric: Metric, month: Month) -> dict[int, tuple[int, list[tuple[date, date]]]]:
        """The people whose month value comes (in part) from an imported report's total — a 赤兔 month report
        has no days to show in the grid: {staff_id: (the month's value as the board counts it, the reports'
        spans)}. A summed metric: the reports that count plus the daily values they do not hold; a mean: the
        report's value where the person has no daily value that month."""
        start, end = month.start, month.end
        if metric.aggregation == "sum":
            totals = self.store.values.with_imported_totals(metric.key, start, end)
            return {sid: (totals[sid], [(date.fromisoformat(s.first), date.fromisoformat(s.last)) for s in spans])
                    for sid, spans in self.store.values.imported_spans(metric.key, start, end).items() if sid in totals}
        daily = self.store.values.daily_with_weight(metric.key, metric.weight or metric.key, start, end)
        return {sid: (value, [(first, last)]) for sid, (value, first, last)
                in self.store.values.span_totals_within(metric.key, start, end).items() if sid not in daily}

    def set_value(self, day: date, staff_id: int, metric: Metric, value: int | None) -> int | None:
        """Store one cell; returns the value it replaced."""
        person = self._person(staff_id)
        self._check(metric, value, day, person)
        with self.store.atomic():
            old = self.store.values.set(metric.key, day, staff_id, value)
            self.store.audit.add(
                self.ctx.user, "data.set",
                t("{day} {name} 的{metric}：{old} → {new}", day=day, name=person.name, metric=metric.name,
                  old=metric.format(old, empty="空"), new=metric.format(value, empty="空")),
                {"staff_id": staff_id, "day": day, "metric": metric.key, "old": old, "new": value},
                pin_used=self.ctx.pin_used,
            )
        return old

    def set_text(self, day: date, staff_id: int, metric: Metric, text: str) -> None:
        self.set_value(day, staff_id, metric, self.parse_cell(metric, text))

    def parse_cell(self, metric: Metric, text: str) -> int | None:
        """Empty text clears the cell; anything else must parse for this metric."""
        if not str(text).strip():
            return None
        return metric.parse(text)

    def paste(self, metric: Metric, cells: list[CellInput]) -> PasteResult:
        """Store every valid cell of a pasted block in one transaction; refuse the others with a reason."""
        result = PasteResult()
        valid: list[tuple[CellInput, int | None]] = []
        people = {p.id: p for p in self.store.staff.list()}
        # 0.97 may be a fraction (97%) or really 0.97% (a refund rate): kept as typed, but the page asks to check
        result.small_rates = metric.unit == "percent" and _all_below_one([c.text for c in cells])
        for cell in cells:
            try:
                person = people.get(cell.staff_id)
                if person is None:
                    raise UserError(t("没有编号为 {id} 的员工", id=cell.staff_id))
                value = self.parse_cell(metric, cell.text)
                self._check(metric, value, cell.day, person)
            except UserError as e:
                result.refused.append((cell, e.message))
                continue
            valid.append((cell, value))
        if not valid:
            return result
        with self.store.atomic():
            for cell, value in valid:
                old = self.store.values.set(metric.key, cell.day, cell.staff_id, value)
                result.changes.append((cell.staff_id, cell.day, old, value))
                if value is None:
                    result.cleared += 1
                else:
                    result.stored += 1
            self.store.audit.add(
                self.ctx.user, "data.paste",
                t("粘贴{metric}数据：保存 {stored} 格，清空 {cleared} 格，拒绝 {refused} 格", metric=metric.name,
                  stored=result.stored, cleared=result.cleared, refused=len(result.refused)),
                {"metric": metric.key, "cells": [[c.staff_id, c.day, v] for c, v in valid]},
                pin_used=self.ctx.pin_used,
            )
        return result

    def restore(self, metric: Metric, cells: list[tuple[int, date, int | None, int | None]]) -> tuple[int, int]:
        """Undo a write: each cell (staff_id, day, old, new) that still holds `new` gets `old` back, in one
        transaction with an audit row; a cell changed since (by hand or an import) is left alone. Returns
        (cells put back, cells left)."""
        with self.store.atomic():
            back = [(sid, day, old) for sid, day, old, new in cells
                    if self.store.values.get(metric.key, day, sid) == new]
            for sid, day, old in back:
                self.store.values.set(metric.key, day, sid, old)
            if back:
                self.store.audit.add(
                    self.ctx.user, "data.undo", t("撤销{metric}数据的修改：恢复 {n} 格", metric=metric.name, n=len(back)),
                    {"metric": metric.key, "cells": [[sid, day, old] for sid, day, old in back]},
                    pin_used=self.ctx.pin_used)
        return len(back), len(cells) - len(back)

    def _person(self, staff_id: int):
        person = self.store.staff.get(staff_id)
        if person is None:
            raise UserError(t("没有编号为 {id} 的员工", id=staff_id))
        return person

    def _check(self, metric: Metric, value: int | None, day: date, person: Staff) -> None:
        """A value may be entered for a day that has come and that the person was on the team; clearing one
        is always allowed (a value an import brought in can be removed)."""
        name = person.name
        if value is not None and day > self.ctx.today:
            raise UserError(t("{name} {day}：日期还没到，不能录入", name=name, day=day))
        if value is not None and not person.employed_on(day):
            when = t("{day}入职", day=person.hired) if person.hired and day < person.hired else \
                t("{day}离职", day=person.left)
            raise UserError(t("{name} {day} 不在职（{when}），不能录入", name=name, day=day, when=when))
        if value is not None and value < 0:
            raise UserError(t("{name} {day} 的{metric}不能为负数", name=name, day=day, metric=metric.name))
        if value is not None and metric.unit == "percent" and value > metric.to_units(100):
            raise UserError(t("{name} {day} 的{metric}超过 100%", name=name, day=day, metric=metric.name))


def _all_below_one(texts: list[str]) -> bool:
    """Two or more rates, every one a plain number from 0 to 1 without a % sign."""
    numbers = [normalize_number_text(text) for text in texts if str(text).strip()]
    if len(numbers) < 2 or any(n.endswith("%") for n in numbers):
        return False
    try:
        return all(0 <= Decimal(n) <= 1 for n in numbers)
    except InvalidOperation:
        return False
