"""What is still needed per remaining day, with days counted as the board's pace counts them.

Calendar days (the default, and what `honghua progress` always says): what is left ÷ the days left. Working days:
÷ the working days left, so National Day's week off asks nothing of anyone. Promotion days weigh more: what is
left is shared by weight, so an ordinary day asks what is left ÷ the weights left and a 双11 weighing 5 asks five
times that. Amounts are in the metric's units, rounded up (the days' shares never add up to less than what is left).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from app.money import ceil_div
from app.reports.pace import CALENDAR, WORKDAYS, DayWeights

PER_DAY, REACHED, NO_WORKDAY_LEFT, LAST_DAY, OVER = "per_day", "reached", "no_workday_left", "last_day", "over"


@dataclass(frozen=True)
class DailyNeed:
    state: str  # PER_DAY, or why there is no amount per day
    remaining: int
    unit: str = CALENDAR  # what a day is: CALENDAR or WORKDAYS
    per_day: int = 0  # an ordinary day's share (PER_DAY), what is left (LAST_DAY: today asks all of it)
    days: int = 0  # the days left that count (weight above 0)
    weight_left: int = 0  # those days' weights added up: an ordinary day is 1 of them
    days_after: int = 0  # the calendar days left the person works, counted or not
    heavier: tuple[tuple[date, int], ...] = ()  # the promotion days ahead with their weights

    @property
    def amount(self) -> int | None:
        """The figure shown beside 还差, or None where it shows none (reached, over, no working day left)."""
        return self.per_day if self.state in (PER_DAY, LAST_DAY) else None

    @property
    def weighted(self) -> bool:
        """The amount is an ordinary day's share, not the plain average: promotion days ahead ask more."""
        return bool(self.heavier)

    def on(self, weight: int) -> int:
        """What a day of that weight asks."""
        return ceil_div(self.remaining * weight, self.weight_left) if self.weight_left else self.remaining


def daily_need(remaining: int, days_after: Sequence[date], weights: DayWeights | None, over: bool,
               as_of: date | None = None, as_of_running: bool = False) -> DailyNeed:
    """`remaining` (target − value, 0 once reached) shared over `days_after`: the days after the as-of day on which
    the person (or the team) still works; `over`: their span has ended, so nothing is asked any more. With no day
    after it, the as-of day (`as_of`) is the last one: a day off on a working-day pace asks nothing of it either.
    `as_of_running`: the as-of day is today, its results still coming in — on the last working day before days off
    (Friday 29 May) today asks what is left, as the month's last day does."""
    weights = weights or DayWeights()
    if remaining <= 0:
        return DailyNeed(REACHED, 0, weights.mode)
    if over:
        return DailyNeed(OVER, remaining, weights.mode)
    if not days_after and as_of is not None and not weights.weight(as_of):  # 31 October, a Saturday
        return DailyNeed(NO_WORKDAY_LEFT, remaining, weights.mode)
    if not days_after:  # the last day itself, its results still coming in: today asks what is left
        return DailyNeed(LAST_DAY, remaining, weights.mode, per_day=remaining)
    weighed = [(day, weights.weight(day)) for day in days_after]
    total = sum(w for _, w in weighed)
    counted = sum(1 for _, w in weighed if w)
    if not total and as_of_running and as_of is not None and weights.weight(as_of):
        return DailyNeed(LAST_DAY, remaining, weights.mode, per_day=remaining, days_after=len(days_after))
    if not total:
        return DailyNeed(NO_WORKDAY_LEFT, remaining, weights.mode, days_after=len(days_after))
    return DailyNeed(PER_DAY, remaining, weights.mode, ceil_div(remaining, total), counted, total, len(days_after),
                     tuple((day, w) for day, w in weighed if w > 1))


def days_after(first: date, last: date, works: Callable[[date], bool] | None = None) -> list[date]:
    """The days from `first` to `last` (both included) on which `works` is true (every day without it)."""
    return [date.fromordinal(n) for n in range(first.toordinal(), last.toordinal() + 1)
            if works is None or works(date.fromordinal(n))]


# -- in Chinese, as the poster and the board PDF print it (the window's words are its own, translated) ------------

def need_title(need: DailyNeed | None) -> str:
    """What a day is in this need's amount: 日均需 (calendar days), 每个工作日需, 日常每天需 (promotion days ahead)."""
    if need is not None and need.unit == WORKDAYS:
        return "每个工作日需"
    return "日常每天需" if need is not None and need.weighted else "日均需"


def need_text(need: DailyNeed | None, amount: Callable[[int], str]) -> str:
    """The figure with its words (「每个工作日需 ¥450.00」), or "" where there is nothing per day to say."""
    if need is None or need.state in (REACHED, OVER):
        return ""
    if need.state == NO_WORKDAY_LEFT:
        return "本月已没有工作日"
    if need.state == LAST_DAY:
        return f"今天还需 {amount(need.per_day)}"
    return f"{need_title(need)} {amount(need.per_day)}"


def heavier_note(need: DailyNeed | None) -> str | None:
    """One line for the promotion days ahead, which ask more than an ordinary day:
    「11月11日大促按 5 天算：当天需日常的 5 倍」."""
    if need is None or need.state != PER_DAY or not need.heavier:
        return None
    days = "、".join(f"{day.month}月{day.day}日大促按 {weight} 天算" for day, weight in need.heavier)
    weights = {weight for _, weight in need.heavier}
    return f"{days}：当天需日常的 {weights.pop()} 倍" if len(weights) == 1 else f"{days}：当天需日常的相应倍数"
