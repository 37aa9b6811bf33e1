"""Day-by-day series for the board's charts: cumulative values against the line of what is due by each day."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from app.domain import Staff
from app.periods import Month, clamp_as_of
from app.reports.pace import DayWeights
from app.store import Store


@dataclass(frozen=True)
class CumulativeSeries:
    days: list[int]  # 1 .. days elapsed
    cumulative: list[int]  # stored units, running total through each day
    target: int | None
    days_in_month: int
    spread: list[bool] = field(default_factory=list)  # per day: an imported total's share, not a daily value
    due: list[float] = field(default_factory=list)  # per day: the targets due by then (`due_by_day`), when given

    def target_line(self) -> list[float]:
        """One value per day of the month (index 0 = day 1): the targets due by each day when known, else the
        straight line from 0 to the target."""
        if not self.target:
            return []
        if self.due:
            return self.due
        return [self.target * d / self.days_in_month for d in range(1, self.days_in_month + 1)]


def due_by_day(month: Month, targets: Iterable[tuple[Staff, int]], weights: DayWeights | None = None) -> list[float]:
    """Per day of the month, how much of the people's targets is due by its end: each target spread over its
    person's own days on the team, weighed as the board paces them (someone back on the 12th owes nothing
    before; with a working-day pace a day off adds nothing and 双11 weighing 5 adds five days' worth)."""
    weights = weights or DayWeights()
    days = month.day_list()
    due = [0.0] * month.days
    climbs: dict[tuple[bool, ...], tuple[list[int], int]] = {}  # most people work every day: one climb for them
    for person, target in targets:
        employed = tuple(person.employed_on(day) for day in days)
        if employed not in climbs:
            climbs[employed] = weights_gone_by(weights, days, employed)
        running, whole = climbs[employed]
        for offset in range(month.days if whole else 0):
            due[offset] += target * running[offset] / whole
    return due


def shop_target_due_by_day(month: Month, target: int, weights: DayWeights | None = None) -> list[float]:
    """`due_by_day` for a target of the whole shop: spread over every day of the month, as the board paces it."""
    days = month.day_list()
    running, whole = weights_gone_by(weights or DayWeights(), days, (True,) * len(days))
    return [target * gone / whole if whole else 0.0 for gone in running]


def weights_gone_by(weights: DayWeights, days: list[date], counted: tuple[bool, ...]) -> tuple[list[int], int]:
    """The weight of the counted days up to each day, and of all of them (`DayWeights.elapsed_share` per day)."""
    running, total = [], 0
    for day, counts in zip(days, counted, strict=True):
        total += weights.weight(day) if counts else 0
        running.append(total)
    return running, total


def cumulative_series(store: Store, metric: str, month: Month, as_of: date, staff_ids: set[int],
                      target: int | None, due: list[float] | None = None) -> CumulativeSeries:
    end = clamp_as_of(month, as_of)
    grid = store.values.month_grid(metric, month.start, end) if end >= month.start else {}
    per_day = [0] * ((end - month.start).days + 1 if end >= month.start else 0)
    spread = [False] * len(per_day)
    # an imported total (a report for 1..18) takes the place of the daily values it holds, shared out evenly
    # over its days — a report has no days of its own; the chart marks them — so the line climbs through the
    # report's days (not flat, then a jump on its last day) and ends where the board's table does
    spans = store.values.imported_spans(metric, month.start, end, staff_ids) if per_day else {}
    for (sid, day), value in grid.items():
        if sid in staff_ids and not any(t.first <= day.isoformat() <= t.last for t in spans.get(sid, ())):
            per_day[(day - month.start).days] += value
    for taken in spans.values():
        for t in taken:
            first = (date.fromisoformat(t.first) - month.start).days
            shares = even_shares(t.value, (date.fromisoformat(t.last) - month.start).days - first + 1)
            for offset, share in enumerate(shares):
                per_day[first + offset] += share
                spread[first + offset] = True
    running, total = [], 0
    for value in per_day:
        total += value
        running.append(total)
    return CumulativeSeries(list(range(1, len(per_day) + 1)), running, target, month.days, spread, due or [])


def even_shares(value: int, days: int) -> list[int]:
    """`value` in `days` whole shares as equal as can be, the odd units on the last days: they add up to it."""
    base, odd = divmod(value, days)
    return [base + (1 if day >= days - odd else 0) for day in range(days)]


def daily_values(store: Store, metric: str, month: Month, as_of: date) -> dict[int, list[int | None]]:
    """{staff_id: [value or None for each elapsed day]} for small multiples."""
    end = clamp_as_of(month, as_of)
    if end < month.start:
        return {}
    length = (end - month.start).days + 1
    result: dict[int, list[int | None]] = {}
    for (sid, day), value in store.values.month_grid(metric, month.start, end).items():
        result.setdefault(sid, [None] * length)[(day - month.start).days] = value
    return result
