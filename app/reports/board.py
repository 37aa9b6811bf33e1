"""The progress board's numbers: each person's pace and status, the team line, KPI tiles (the 排行榜's ranking:
`app.reports.ranking`).

Everything is decided on integers (value × days ≥ target × elapsed), never on rounded percentages.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import Decimal
from fractions import Fraction

from app.domain import Staff
from app.i18n import in_chinese
from app.metrics import DerivedMetric, Metric, MetricRegistry
from app.periods import Month, clamp_as_of
from app.reports.need import PER_DAY, DailyNeed, daily_need, days_after, heavier_note, need_title
from app.reports.pace import CALENDAR, DayWeights
from app.reports.totals import Totals, needed_for, team_totals
from app.services.progress import MonthProgress, ProgressLine, first_day, last_day, left_in_month
from app.sorting import chinese_order
from app.store import Store

REACHED, ON_TRACK, CLOSE, BEHIND, NO_TARGET, NOT_STARTED, MISSED, LEFT = (
    "reached", "on_track", "close", "behind", "no_target", "not_started", "missed", "left")

STATUS_TEXT = {
    REACHED: "已达成",
    ON_TRACK: "进度正常",
    CLOSE: "略落后",
    BEHIND: "落后",
    NO_TARGET: "未设目标",
    NOT_STARTED: "未开始",
    MISSED: "未达成",  # the month (or the person's time in it) is over short of the target: no pace left to keep
    LEFT: "已离职",  # left before the month's end short of the target: no shortfall of theirs, written with the day
}
# each status has a shape as well as a colour, so none rests on colour alone (▽: below, and final)
POSTER_TITLES = {False: "每日战报", True: "月度战报"}  # a month running, a month over (`Board.poster_title`)
STATUS_ICON = {REACHED: "✿", ON_TRACK: "▲", CLOSE: "●", BEHIND: "▼", NO_TARGET: "—", NOT_STARTED: "○", MISSED: "▽",
               LEFT: "◇"}
STATUS_COLOUR = {REACHED: "#d4a017", ON_TRACK: "#2e9d4f", CLOSE: "#e69b00", BEHIND: "#d64541",
                 NO_TARGET: "#9e9e9e", NOT_STARTED: "#9e9e9e", MISSED: "#d64541",
                 LEFT: "#7b8794"}  # a leaver's is neutral: leaving is not falling behind


def status_words(status: str, left_on: date | None = None) -> str:
    """A status as the poster and the board PDF print it: its shape and words, a leaver's with the day they left
    (◇ 已离职 11月10日), in Chinese as all they print."""
    words = f"{STATUS_ICON[status]} {STATUS_TEXT[status]}"
    return f"{words} {left_on.month}月{left_on.day}日" if left_on else words


def share_percent(pct: float) -> str:
    """A share of target with one decimal (61.7%), except just short of it: 99.97% is not written 100.0% beside
    未达成 and 还差 ¥14.19, but with two decimals, cut rather than rounded (99.999% reads 99.99%)."""
    text = f"{pct:.1f}%"
    if pct < 100 and text == "100.0%":
        return f"{math.floor(pct * 100) / 100:.2f}%"
    return text


def progress_percent(pct: float) -> str:
    """A share of target as a bar's text (`share_percent`), but >999% and <-999% past a thousand percent (a target
    of 100 orders met 475,000 times), so the text keeps the room the bar leaves it; the exact figure goes in a
    tooltip."""
    text = f"{pct:.1f}%"
    if abs(float(text[:-1])) < 1000:
        return share_percent(pct)
    return ">999%" if pct > 0 else "<-999%"


def exact_percent(pct: float) -> str:
    """The share `progress_percent` caps, written whole for a tooltip (47500000.0% behind >999%); "" when the
    bar's text is not capped."""
    return f"{pct:.1f}%" if progress_percent(pct) in (">999%", "<-999%") else ""


def printed_amount(metric: Metric) -> Callable[[int], str]:
    """How the poster and the board PDF write the metric's amounts: short as the board's table does (123.46万,
    ¥1,234.57万) — paper has no tooltip, and a figure of eight digits is not read at a glance — and in Chinese,
    as everything printed on them, whatever the window's language."""

    def amount(units: int) -> str:
        with in_chinese():
            return metric.format_short(units)

    return amount


def month_named(progress: MonthProgress) -> str:
    """How a printed sentence names the board's month: 本月 while it runs (or read without a today), else its
    name — 10月, 2025年10月 in another year — since a poster or a PDF of October made in November is read then."""
    month, today = progress.month, progress.today
    if today is None or month.contains(today):
        return "本月"
    return f"{month.month}月" if month.year == today.year else month.label()


def not_begun_words(progress: MonthProgress) -> str:
    """The state of a month read before its first day: 「12月尚未开始」, never 本月 (that is the month read in)."""
    return f"{month_named(progress)}尚未开始"


def calendar_share(line: ProgressLine, days_in_period: int) -> Fraction:
    return Fraction(days_in_period - line.days_left, days_in_period)


def status_of(line: ProgressLine, days_in_period: int, share: Fraction | None = None, ended: bool = False) -> str:
    """reached; pace ≥ 1 on track; 0.9 ≤ pace < 1 close; below 0.9 behind.

    pace = value ÷ (target × share), share being the elapsed share of the month (calendar days unless the
    shop weighs days, see app/reports/pace.py); compared exactly on integers. Once the span is over (`ended`,
    see MonthProgress.is_over) there is no pace left to keep: reached or missed.
    """
    if not line.target:
        return NO_TARGET
    if line.value >= line.target:
        return REACHED
    if ended:
        return MISSED
    share = calendar_share(line, days_in_period) if share is None else share
    if share <= 0:
        return NOT_STARTED
    if line.value * share.denominator >= line.target * share.numerator:
        return ON_TRACK
    if 10 * line.value * share.denominator >= 9 * line.target * share.numerator:
        return CLOSE
    return BEHIND


def expected_by_now(line: ProgressLine, days_in_period: int, share: Fraction | None = None) -> int | None:
    """Where the person should be by now on the way to target: the least whole fen (unit) that is on pace, so
    whoever has the amount the board names is 进度正常, not a fraction of a fen short of it (rounded up)."""
    if not line.target:
        return None
    share = calendar_share(line, days_in_period) if share is None else share
    return -(-line.target * share.numerator // share.denominator)


@dataclass(frozen=True)
class BoardRow:
    staff: Staff
    line: ProgressLine
    status: str
    expected: int | None
    share: Fraction | None = None  # the person's own elapsed share of the month, which `expected` is of the target
    need: DailyNeed | None = None  # what is still needed per day left, days counted as the pace counts them
    left_on: date | None = None  # the day someone read 已离职 left (their status is LEFT)

    def pace_mark(self, month_share: float) -> float:
        """Where the bar's pace mark goes: the person's own share (a mid-month hire's starts later), or the
        month's for someone without a target. The share itself, not `expected` (rounded up to a whole unit): on
        the 1st of a 31-day month 1 order of a target of 20 is due, but the mark stands at 3.2 %, not 5 %."""
        if self.line.target and self.share is not None:
            return float(self.share)
        if self.line.target and self.expected is not None:
            return self.expected / self.line.target
        return month_share


def board_rows(progress: MonthProgress, sort: str = "achievement",
               weights: DayWeights | None = None) -> list[BoardRow]:
    """Each person judged against their own share of the month: from the 1st, or from the day they joined."""
    days, weights, month = progress.month.days, weights or DayWeights(), progress.month
    after = clamp_as_of(month, progress.as_of) + timedelta(days=1)
    running = progress.today == after - timedelta(days=1)  # the as-of day is today: its results still coming in
    shares: dict[tuple, Fraction] = {}  # most people work the whole month: one sum for all of them
    left: dict[tuple, list[date]] = {}
    rows = []
    for p in progress.people:
        span = (first_day(p.staff, month), last_day(p.staff, month))
        key = (*span, p.staff.earlier)  # a rehired person's days away between stints are not counted
        if key not in shares:
            shares[key] = weights.elapsed_share(month, progress.as_of, *span, employed=p.staff.employed_on)
            left[key] = days_after(after, span[1], p.staff.employed_on)
        share, ended = shares[key], progress.is_over(span[1])
        # someone who has left has no pace left to keep either: reached or missed from the day after leaving
        status = status_of(p.line, days, share, ended=ended)
        # short of the target for having left, not for falling behind: 已离职, neutral, not counted as missed
        left_on = left_in_month(p.staff, month) if status == MISSED else None
        status = LEFT if left_on else status
        need = daily_need(p.line.remaining, left[key], weights, ended, after - timedelta(days=1), running) \
            if p.line.target else None
        rows.append(BoardRow(p.staff, p.line, status, expected_by_now(p.line, days, share), share, need, left_on))
    if sort == "name":
        rows.sort(key=lambda r: (chinese_order(r.staff.name), r.staff.id))  # 阿强, 陈店长, 刘大伟…
    elif sort == "dept":
        rows.sort(key=lambda r: (chinese_order(r.staff.dept or ""), chinese_order(r.staff.name), r.staff.id))
    else:
        rows.sort(key=_achievement_key)
    return rows


@dataclass(frozen=True)
class Board:
    """The board of a month: rows with statuses, the team's status, and the elapsed share they were judged
    against (calendar days, or the shop's weighted days)."""

    progress: MonthProgress
    share: Fraction
    rows: list[BoardRow]
    team_status: str
    team_share: Fraction  # the share of the team's target due by now (see `due_share_of_targets`)
    team_need: DailyNeed | None = None  # the team's need per day left, as each row's
    pace_mode: str = CALENDAR  # the days the pace and the needs count: calendar days or working days

    @property
    def expected(self) -> float:
        return float(self.share)

    @property
    def team_expected(self) -> float:
        """Where the team bar's pace mark goes."""
        return float(self.team_share)

    @property
    def ended(self) -> bool:
        """The month is over: statuses say reached or missed, not how the pace goes."""
        return self.progress.is_over(self.progress.month.end)

    @property
    def poster_title(self) -> str:
        """What this board's poster is titled, and the window calls it: 月度战报 once the month is over."""
        return POSTER_TITLES[self.ended]

    def holidays_guessed(self, weights: DayWeights | None) -> int | None:
        """The year whose public holidays the month's workday pace guesses (`DayWeights.unknown_holidays`), while
        the month runs: a month over is judged without a pace."""
        return None if weights is None or self.ended else weights.unknown_holidays(self.progress.month)

    def pace_note(self, weights: DayWeights | None) -> str | None:
        """The one small line the poster, the TV and the board PDF say of a guessed pace, or None."""
        return None if weights is None or self.ended else weights.guessed_holidays_note(self.progress.month)

    def heavier_days_note(self) -> str | None:
        """The promotion days ahead, which ask more than an ordinary day (`need.heavier_note`), or None."""
        notes = (heavier_note(need) for need in (self.team_need, *(row.need for row in self.rows)))
        return next((note for note in notes if note), None)

    def need_title(self) -> str:
        """The heading over the rows' amounts per day (`need.need_title`): the team's, else the first row's that
        asks something, so promotion days ahead name it 日常每天需 though the team has no target."""
        needs = [need for need in (self.team_need, *(row.need for row in self.rows)) if need and need.amount]
        return need_title(needs[0] if needs else DailyNeed(PER_DAY, 0, self.pace_mode))


def make_board(progress: MonthProgress, weights: DayWeights | None = None, sort: str = "achievement") -> Board:
    share = (weights or DayWeights()).elapsed_share(progress.month, progress.as_of)
    rows = board_rows(progress, sort, weights)
    team_share = share if progress.team_target_is_shop else due_share_of_targets(rows, share)
    month, team = progress.month, progress.team
    ended = progress.is_over(month.end)
    team_status = status_of(team, month.days, team_share, ended=ended)
    team_need = None
    if team.target:
        as_of = clamp_as_of(month, progress.as_of)
        team_need = daily_need(team.remaining or 0, days_after(as_of + timedelta(days=1), month.end), weights, ended,
                               as_of, progress.today == as_of)
    return Board(progress, share, rows, team_status, team_share, team_need, (weights or DayWeights()).mode)


def due_share_of_targets(rows: list[BoardRow], month_share: Fraction) -> Fraction:
    """The share of the summed personal targets due by now, each target by its own person's share: someone hired
    or back on the 12th owes nothing of theirs before the 12th, so the team is not behind while everyone keeps
    pace. The month's share when nobody has a target."""
    targeted = [r for r in rows if r.line.target and r.share is not None]
    total = sum(r.line.target or 0 for r in targeted)
    if not total:
        return month_share
    return sum((Fraction(r.line.target or 0) * (r.share or 0) for r in targeted), Fraction(0)) / total


def _achievement_key(row: BoardRow) -> tuple:
    """Ties in the 排行榜's order (`competition_ranks`): by name in pinyin, then id."""
    line, tie = row.line, (chinese_order(row.staff.name), row.staff.id)
    if not line.target:
        return (1, Decimal(0), -line.value, *tie)
    return (0, -Decimal(line.value) / Decimal(line.target), -line.value, *tie)


def on_track_count(rows: list[BoardRow]) -> int:
    return sum(1 for r in rows if r.status in (REACHED, ON_TRACK))


def with_target_count(rows: list[BoardRow]) -> int:
    """The people a pace is judged for (「4/9 人进度正常」 counts nobody without a target, not started yet or who
    left short of it)."""
    return sum(1 for r in rows if r.status not in (NO_TARGET, NOT_STARTED, LEFT))


def on_track_label(rows: list[BoardRow], ended: bool = False) -> str:
    judged = with_target_count(rows)
    if judged and ended:
        return f"{on_track_count(rows)}/{judged} 人已达成"
    if judged:
        return f"{on_track_count(rows)}/{judged} 人进度正常或已达成"
    return "还没有人设目标" if nobody_has_a_target(rows) else "进度还没开始"


def nobody_has_a_target(rows: list[BoardRow]) -> bool:
    return all(r.status == NO_TARGET for r in rows)


@dataclass(frozen=True)
class Tile:
    """A team KPI; money values are Decimal fen, other values are in the metric's own unit."""

    key: str
    name: str
    unit: str
    value: Decimal | None
    previous: Decimal | None
    higher_is_better: bool
    # Without a value although the month holds some of what it is made of: the names of the parts it lacks
    # (the denominator first, 评价数 before 满意数), and the seller tool's own rate when the month has that.
    missing: tuple[str, ...] = ()
    report: str | None = None
    # A rate's two sums, this month's and last month's, as their metrics write them ("¥558,501.64", "4626"), and
    # the names of those metrics: what its tooltip explains it by. () for a mean, or where a sum is missing.
    part_names: tuple[str, ...] = ()
    parts: tuple[str, ...] = ()
    previous_parts: tuple[str, ...] = ()
    # who those sums leave out, this month and last, for having one of the two and not the other (staff ids)
    left_out: tuple[int, ...] = ()
    previous_left_out: tuple[int, ...] = ()

    @property
    def change_pct(self) -> Decimal | None:
        if self.value is None or not self.previous:
            return None
        return (self.value - self.previous) / self.previous * 100

    @property
    def improved(self) -> bool | None:
        if self.value is None or self.previous is None or self.value == self.previous:
            return None
        return (self.value > self.previous) == self.higher_is_better


TILE_KEYS = ("conversion", "avg_order", "satisfaction", "response_s")


def team_tiles(store: Store, registry: MetricRegistry, month: Month, as_of: date,
               staff_ids: set[int] | None = None) -> list[Tile]:
    """Team 询单转化率, 客单价, 满意率, 平均响应时间 this month (through as_of) against all of last month."""
    end = clamp_as_of(month, as_of)
    keys = set().union(*(needed_for(registry, key) for key in TILE_KEYS))
    keys |= {d.report for d in registry.derived if d.key in TILE_KEYS and d.report}
    now = team_totals(store, registry, month.start, end, staff_ids, keys)  # each metric read once: summed_totals
    last_month = month.previous()
    before = team_totals(store, registry, last_month.start, last_month.end, staff_ids, keys)
    tiles = []
    for key in TILE_KEYS:
        tiles.append(_tile(registry, key, now, before))
    return tiles


def _tile(registry: MetricRegistry, key: str, now: Totals, before: Totals) -> Tile:
    derived = next((d for d in registry.derived if d.key == key), None)
    if derived is not None:
        value = now.derived(derived)
        tile = Tile(key, derived.name, derived.unit, value, before.derived(derived), derived.higher_is_better)
        if derived.op == "ratio" and derived.b:
            named = (registry.get(derived.a), registry.get(derived.b))
            tile = replace(tile, part_names=tuple(m.name for m in named), parts=_written_parts(derived, named, now),
                           previous_parts=_written_parts(derived, named, before),
                           left_out=now.left_out.get(key, ()), previous_left_out=before.left_out.get(key, ()))
        return tile if value is not None else _what_is_missing(registry, derived, now, tile)
    metric = registry.get(key)
    return Tile(key, metric.name, metric.unit, report_value(metric, now.get(key)),
                report_value(metric, before.get(key)), metric.higher_is_better)


def _written_parts(derived: DerivedMetric, named: tuple[Metric, Metric], totals: Totals) -> tuple[str, ...]:
    """A rate's two sums as the rate was read from them (its own pair where the plain sums would not match)."""
    parts = totals.pairs.get(derived.key, (totals.get(derived.a), totals.get(derived.b or "")))
    if any(part is None for part in parts):
        return ()
    return tuple(metric.format(part) for metric, part in zip(named, parts, strict=True))


def _what_is_missing(registry: MetricRegistry, derived: DerivedMetric, now: Totals, tile: Tile) -> Tile:
    """A rate without a value: which of its counts the month lacks (none, or a denominator of 0), and the
    report's own rate when the month has it — unless the month holds nothing of it at all."""
    a, b = now.pairs.get(derived.key, (now.get(derived.a), now.get(derived.b or "")))
    report = derived.report if derived.report and now.get(derived.report) is not None else None
    if now.get(derived.a) is None and now.get(derived.b or "") is None and report is None:
        return tile  # asked of the plain sums: where nobody has both parts, the team's pair holds neither
    missing = ([derived.b] if derived.b and not b else []) + ([derived.a] if a is None else [])
    return replace(tile, missing=tuple(registry.get(key).name for key in missing),
                   report=registry.get(report).name if report else None)


def report_value(metric: Metric, units: int | None) -> Decimal | None:
    """A stored value as reports compare and show it: money stays in fen (like derived money), the rest in
    the metric's own unit (seconds, percent points, counts)."""
    if units is None:
        return None
    return Decimal(units) if metric.is_money else metric.from_units(units)
