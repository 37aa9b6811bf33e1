"""Changes to the data of a period whose awards are approved are made only when confirmed, whether they come
from an import (or its undo), the grid, `data set` or an event: the approved result stays as it was, and the period then
shows "批准后数据有变" until it is approved again."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from app.errors import UserError
from app.i18n import joined, t
from app.periods import Period, parse_period
from app.store import Store


class ApprovedPeriodChange(UserError):
    """The change touches approved periods and was not confirmed: the command line names --confirm-approved,
    a window asks and tries again confirmed. Nothing was written."""

    def __init__(self, message: str, periods: list[Period]):
        super().__init__(message)
        self.periods = periods


def approved_holding(store: Store, days: Iterable[date]) -> list[Period]:
    """The approved award periods (month, quarter, half-year, year) that hold any of `days`."""
    wanted = set(days)
    if not wanted:
        return []
    first, last = min(wanted), max(wanted)
    periods = [parse_period(key) for key in store.awards.approved_periods()]
    return [p for p in periods if p.start <= last and first <= p.end and any(p.start <= d <= p.end for d in wanted)]


def days_of(spans: Iterable[tuple[date, date]]) -> set[date]:
    """Every day of the spans (a month report's every day, not only its first and last)."""
    return {first + timedelta(days=n) for first, last in spans for n in range((last - first).days + 1)}


def check_confirmed(store: Store, days: Iterable[date], confirmed: bool, what: str) -> list[str]:
    """The keys of the approved periods the change touches (for its audit row); refused with
    `ApprovedPeriodChange` when there are some and the change was not confirmed. `what`: the change, named for
    the owner (「2026-10-05 王小美的销售额」)."""
    periods = approved_holding(store, days)
    if periods and not confirmed:
        names = joined(p.shown_label() for p in periods)
        raise ApprovedPeriodChange(
            t("{what}属于评奖已批准的期间 {periods}（确认后才能修改；评奖结果将标记为批准后数据有变）",
              what=what, periods=names), periods)
    return [p.key() for p in periods]
