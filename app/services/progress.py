"""Progress to target for a month: the maths shared by `honghua progress`, the board and the poster.

Calendar days by default. All money in fen; percentages unrounded.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from app import settings as declared
from app.domain import Staff
from app.i18n import opening_sentence, t
from app.metrics import Metric
from app.money import ceil_div, round_half_up_div
from app.periods import Month, clamp_as_of, days_left, elapsed_days, shown_date
from app.reports.totals import summed_totals
from app.services.context import Context
from app.store import Store

FIRST_DAYS = 3  # the 1st–3rd of a month: last month's result is still the one the owner works on


@dataclass(frozen=True)
class ProgressLine:
    value: int
    target: int | None
    elapsed_pct: float  # calendar days through the as-of date ÷ days in the month × 100 (the CLI's contract)
    days_left: int
    own_elapsed_pct: float | None = None  # of the person's own days in the month (hired or left in it)

    @property
    def judged_elapsed_pct(self) -> float:
        """The share pace is judged on: the person's own days when they differ from the calendar's."""
        return self.elapsed_pct if self.own_elapsed_pct is None else self.own_elapsed_pct

    @property
    def achieved_pct(self) -> float | None:
        return self.value * 100 / self.target if self.target else None

    @property
    def remaining(self) -> int | None:
        return max(self.target - self.value, 0) if self.target else None

    @property
    def per_day_needed(self) -> int | None:
        if not self.target or self.days_left <= 0:
            return None
        return ceil_div(self.remaining or 0, self.days_left)

    @property
    def pace(self) -> float | None:
        """value ÷ (target × elapsed share); None before anything elapsed or without a target."""
        if not self.target or self.judged_elapsed_pct <= 0:
            return None
        return self.value / (self.target * self.judged_elapsed_pct / 100)

    def as_json(self) -> dict[str, object]:
        return {
            "sales_fen": self.value,
            "target_fen": self.target or None,
            "achieved_pct": self.achieved_pct,
            "remaining_fen": self.remaining,
            "elapsed_pct": self.elapsed_pct,
            "per_day_needed_fen": self.per_day_needed,
            "own_elapsed_pct": self.judged_elapsed_pct,
        }


@dataclass(frozen=True)
class StaffProgress:
    staff: Staff
    line: ProgressLine


@dataclass(frozen=True)
class MonthProgress:
    month: Month
    as_of: date
    metric: Metric  # what the lines count: sales by default, or the board's chosen headline metric
    people: list[StaffProgress]
    team: ProgressLine
    team_target_is_shop: bool
    # the team line sums everyone listed; against the sum of personal targets, the results of those without a
    # target are in its value but not behind its target — the board says how much
    untargeted: int = 0
    untargeted_people: int = 0
    today: date | None = None  # the day it was read on (None: as if the as-of day were already over)

    @property
    def has_begun(self) -> bool:
        """The month has begun though nothing of it may be counted yet: its 1st, before the day's first data."""
        return self.today is not None and self.month.start <= self.today

    def is_over(self, last: date) -> bool:
        """Whether a span ending on `last` (the month's end, or a leaving day) is over: its last day has passed,
        however far the data go (a month looked at after it ended, its data stopping on the 18th, asks nothing
        of any day any more). On the last day itself the day's results are still coming in. Without a today:
        once its last day is in the data."""
        if self.today is not None:
            return self.today > last
        return self.as_of >= last

    def as_json(self) -> dict[str, object]:
        return {
            "month": self.month.key(),
            "as_of": self.as_of.isoformat(),
            "staff": [{"id": p.staff.id, "name": p.staff.name, **p.line.as_json(), "left_on": _iso(left_in_month(p.staff, self.month))}
                      for p in self.people],
            "team": self.team.as_json(),
        }


def left_in_month(person: Staff, month: Month) -> date | None:
    """The day the person left when it falls before the month's last day (the board's 已离职; a whole month worked
    is not left early). By the stints: someone rehired after the month left in it, as one never back; someone
    back within the month is there at its end."""
    days = person.employed_days(month.start, month.end)
    return days[1] if days is not None and days[1] < month.end else None


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def first_day(person: Staff, month: Month) -> date:
    """The first day of the month the person works: the 1st, or the hire date for someone who joined in it."""
    days = person.employed_days(month.start, month.end)
    return days[0] if days else max(person.hired or month.start, month.start)


def last_day(person: Staff, month: Month) -> date:
    """The last day of the month the person works: the month's end, or the leaving day."""
    days = person.employed_days(month.start, month.end)
    return days[1] if days else min(person.left or month.end, month.end)


def person_elapsed_pct(person: Staff, month: Month, as_of: date) -> float:
    """How far through *their* month a person is: someone hired on the 16th is judged from the 16th on, and
    someone who left on the 10th has had all of theirs by the 10th (days away between two stints do not count)."""
    start, last = first_day(person, month), last_day(person, month)
    end = min(clamp_as_of(month, as_of), last)
    whole = person.days_employed(start, last)
    if end < start or not whole:
        return 0.0
    return person.days_employed(start, end) * 100 / whole


def own_days_left(person: Staff, month: Month, as_of: date) -> int:
    """Days of the month after `as_of` the person still works: someone leaving on the 25th has until then,
    someone who has left has none (so no "日均需" for them)."""
    after = clamp_as_of(month, as_of) + timedelta(days=1)
    return min(days_left(month, as_of), person.days_employed(after, last_day(person, month)))


def prorated(target: int, person: Staff, month: Month) -> int:
    """A monthly target scaled to the days the person is employed that month (hired on the 15th of a 30-day
    month: 16/30 of it; a rehired person's days away are not counted), rounded half-up to the unit."""
    return round_half_up_div(target * person.days_employed(month.start, month.end), month.days)


def month_to_date(store: Store, metric: str, month: Month, as_of: date) -> dict[int, int]:
    """{staff_id: value} of a summed metric over the month through `as_of`: the daily values, and an imported
    total (a report for 1..18 October, one row per person) with the daily values it does not hold — it counts
    as data through its last day (store.values.with_imported_totals). Read once while the file does not change
    (`summed_totals`): the board's 排行榜 and team tiles read the same."""
    if as_of < month.start:
        return {}
    return dict(summed_totals(store, metric, month.start, as_of).values)


def anyone_counted(store: Store, progress: MonthProgress) -> bool:
    """Whether anyone on the board has a value of its metric in the month through its as-of day: a 0 typed for a
    closed day is one (ranked, not 还没有…数据)."""
    counted = month_to_date(store, progress.metric.key, progress.month, progress.as_of)
    return any(p.staff.id in counted for p in progress.people)


def data_stop_text(last: date, end: date) -> str:
    """The data held stopping at `last`, before `end` (the last reports not imported yet), as the board and the
    评奖 page say it; a single day missing is named alone (not 「10月31日 至 10月31日」)."""
    if last + timedelta(days=1) == end:
        return t("数据只到 {day}，{end}还没有任何人的数据（那天的报表导入了吗？）", day=shown_date(last), end=shown_date(end))
    return t("数据只到 {day}，{after} 至 {end} 还没有任何人的数据（最后几天的报表导入了吗？）",
             day=shown_date(last), after=shown_date(last + timedelta(days=1)), end=shown_date(end))


def data_stop_note(store: Store, progress: MonthProgress) -> str:
    """Where the month's data stop when that is before its as-of day (a week's report imported, the board saying
    「数据截至 10月31日」); "" when they reach it."""
    last = store.values.last_day_with_data(progress.month.start, progress.as_of)
    if last is None or last >= progress.as_of:
        return ""
    return t("{notice}。", notice=opening_sentence(data_stop_text(last, progress.as_of)))  # one of the banner's


def default_as_of(store: Store, today: date) -> date:
    """Today when any data for today exists, else yesterday."""
    from datetime import timedelta

    return today if store.values.has_data_on(today) else today - timedelta(days=1)


def month_on_the_wall(store: Store, today: date) -> tuple[Month, bool]:
    """The month a screen left showing the board (the office TV) shows: the current one, or while the current
    month has no data yet (the morning of the 1st) the month before — over, so its result is final (True) —
    rather than an empty month; a shop with no data in either shows the current one."""
    current, previous = Month.of(today), Month.of(today).previous()
    if store.values.has_data_between(current.start, today) or not store.values.has_data_between(previous.start,
                                                                                                  previous.end):
        return current, False
    return previous, True


def month_just_ended(store: Store, today: date) -> Month | None:
    """The month before today's when its final result is what the owner reads now: in a month's first days
    (the 1st–3rd, while 评奖 and 证书 are about it) or later while the new month has no data yet — provided it
    has data of its own (a shop that began this month has no result to show). Else None."""
    current = Month.of(today)
    previous = current.previous()
    if today.day > FIRST_DAYS and store.values.has_data_between(current.start, today):
        return None
    return previous if store.values.has_data_between(previous.start, previous.end) else None


def _leadership(store: Store) -> tuple[set[str], set[int]]:
    """The leadership as the 小红花 settings name it: its roles (店长、主管 by default) and the people flagged by
    number. The owner is on the staff list to give flowers, but is no agent — without a target or a result in
    the month he is left off the board."""
    def setting(declared_setting) -> list:
        value = store.settings.get(declared_setting.key)
        value = declared_setting.default if value is None else value
        return value if isinstance(value, list) else []

    return set(setting(declared.FLOWER_LEADER_ROLES)), {int(i) for i in setting(declared.FLOWER_EXTRA_LEADERS)}


def month_progress(store: Store, ctx: Context, month: Month, as_of: date | None, metric: Metric, *,
                   board: bool = False) -> MonthProgress:
    """Everyone employed in the month (`honghua progress`: every active person); for the board (`board`, also
    its poster and TV) without the leadership that has neither a target nor a result in the month."""
    # an as-of asked for before the month reads the month as it stood that day: not begun (not 「本月第 1 天」)
    seen_on = min(ctx.today, as_of) if as_of is not None and as_of < month.start else ctx.today
    as_of = clamp_as_of(month, as_of or default_as_of(store, ctx.today))
    days = month.days
    elapsed_pct = elapsed_days(month, as_of) * 100 / days
    left = days_left(month, as_of)
    people = [p for p in store.staff.list() if p.employed_during(month.start, month.end)]
    sums = month_to_date(store, metric.key, month, as_of)
    targets = store.targets.staff_targets(month.key(), metric.key)
    if metric.target_prorates and store.settings.get(declared.PRORATE_TARGETS.key):
        targets = {key: prorated(value, next(p for p in people if p.id == key[0]), month)
                   for key, value in targets.items() if any(p.id == key[0] for p in people)}
    if board:
        roles, flagged = _leadership(store)
        people = [p for p in people if (p.role not in roles and p.id not in flagged)
                  or (p.id, metric.key) in targets or p.id in sums]
    rows = [
        StaffProgress(p, ProgressLine(sums.get(p.id, 0), targets.get((p.id, metric.key)), elapsed_pct,
                                      own_days_left(p, month, as_of), person_elapsed_pct(p, month, as_of)))
        for p in people
    ]
    shop_target = store.targets.shop_targets(month.key()).get(metric.key)
    people_targets = [r.line.target for r in rows if r.line.target is not None]
    team_target = shop_target if shop_target is not None else (sum(people_targets) if people_targets else None)
    team = ProgressLine(sum(r.line.value for r in rows), team_target, elapsed_pct, left)  # everyone listed (the CLI's contract)
    others = [r for r in rows if r.line.target is None] if shop_target is None and people_targets else []
    return MonthProgress(month, as_of, metric, rows, team, shop_target is not None,
                         sum(r.line.value for r in others), len(others), today=seen_on)
