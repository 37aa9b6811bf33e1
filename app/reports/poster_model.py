"""What the daily poster (每日战报) says, computed once; the renderer only draws it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import Decimal
from fractions import Fraction

from app.certificates.filenames import shop_stem
from app.i18n import in_chinese
from app.periods import date_label, elapsed_days
from app.recognition.leaders import LEADERS_NAMED, FlowerLeader, flower_leaders
from app.recognition.standings import red_flags_by_department, team_names
from app.reports.board import (
    BEHIND,
    CLOSE,
    MISSED,
    NO_TARGET,
    NOT_STARTED,
    ON_TRACK,
    REACHED,
    Board,
    make_board,
    month_named,
    not_begun_words,
    on_track_label,
    printed_amount,
    progress_percent,
    status_words,
)
from app.reports.need import NO_WORKDAY_LEFT, DailyNeed, need_text
from app.reports.pace import WORKDAYS, DayWeights
from app.reports.ranking import competition_ranks
from app.services.progress import MonthProgress, anyone_counted
from app.store import Store


@dataclass(frozen=True)
class PosterRow:
    name: str
    share: float | None  # value / target, for the bar (may exceed 1)
    expected_share: float  # elapsed share of the month: the pace marker
    value_text: str
    target_text: str
    remaining_text: str
    per_day_text: str
    status: str
    status_text: str
    share_text: str  # the share beside the bar as the board writes it (61.7%, >999%); "" without a target


@dataclass(frozen=True)
class PosterModel:
    shop_name: str
    title: str
    subtitle: str
    team: PosterRow
    on_track_text: str
    rows: list[PosterRow]
    top3: list[tuple[int, str, str]]
    top3_title: str
    encouragement: str
    pace_note: str | None = None  # a workday pace in a year of unknown holidays: what it assumes
    red_flags: str = ""  # the month's red flags by department, in the board's words; "" when there are none
    flower_leaders: str = ""  # the month's first three places by flowers received; "" when nobody got one
    # (what it is: SHOP, PERSON, DEPARTMENT or METRIC; the text) for each text the poster takes from the shop's
    # data, so a character no font has can be named with the place the owner would correct it
    typed_texts: tuple[tuple[str, str], ...] = ()


SHOP, PERSON, DEPARTMENT, METRIC = "shop", "person", "department", "metric"


# the footer while the month runs, by the team's status
ENCOURAGEMENT = {
    REACHED: "团队目标已达成，继续冲刺，再创新高！",
    ON_TRACK: "节奏很好，保持住，每一单都算数！",
    CLOSE: "只差一点点，今天多跟进几个询单就追上了！",
    BEHIND: "还有机会，把握每一位咨询的顾客，一起加油！",
}
# once the month is over there is no pace to keep; {month} is its name (10月): the poster is made after it ended
ENDED = {
    REACHED: "{month}团队目标已达成，辛苦了，大家都很棒！",
    MISSED: "{month}已结束，团队目标没有达成，下个月一起加油！",
}


# the footer while the month runs on a working-day pace, when the day it speaks of is a day off (a public holiday,
# a weekend, one of the shop's own), and when no working day is left in the month
ON_A_DAY_OFF = {CLOSE: "只差一点点，下个工作日多跟进几个询单就追上了！"}
NO_WORKDAY_LEFT_WORDS = {
    CLOSE: "只差一点点，本月的工作日已经过完，大家辛苦了！",
    BEHIND: "本月的工作日已经过完，大家辛苦了，下个月一起加油！",
}


# behind by so much that catching up asks at least this many times the pace so far: no 「只差一点点」, no 「还有机会」
FAR_BEHIND_TIMES = 2
MOST_TIMES_SAID = 10  # beyond it 「10 倍以上」


def catch_up_times(value: int, target: int, share_due: Fraction,
                   last_day_share: Fraction = Fraction(0)) -> Fraction | None:
    """How many times the pace so far the rest of the month asks to reach `target` (what is left over the share
    of the month left, against what was made over the share gone); on the month's last day (`share_due` 1, its
    results still coming in) what is left is asked of that day, `last_day_share` its share of the month. None with
    nothing of the month gone or left, or nothing made yet (no pace to compare with)."""
    left = last_day_share if share_due >= 1 else 1 - share_due
    if share_due <= 0 or left <= 0 or value <= 0:
        return None
    return Fraction(target - value) * share_due / (value * left)


def far_behind_words(times: Fraction | None, last_day: bool = False, close: bool = False) -> str:
    """The footer of a team whose catching up asks `times` the pace so far, in whole times (「2 倍多」, at most
    「10 倍以上」: a day's sales times a million says nothing more). A team close to its pace (`close`: only in the
    month's last days can it need twice that) is at its final sprint, not 「还差不少」."""
    opening = "最后冲刺" if close else "离目标还差不少"
    if times is None:
        return f"{opening}，{'今天是本月最后一天' if last_day else '剩下的每一天都要拼一把'}，一起加油！"
    if times > MOST_TIMES_SAID:
        whole = f"{MOST_TIMES_SAID} 倍以上"
    else:
        whole = f"{int(times)} 倍{'多' if times > int(times) else ''}"
    if last_day:
        return f"{opening}，今天要做到之前每天平均的 {whole}，一起拼一把！"
    return f"{opening}，剩下每天要做到之前平均的 {whole}，一起拼一把！"


def _last_day_share(progress: MonthProgress, weights: DayWeights | None) -> Fraction:
    """The month's last day's share of it, as the pace weighs days."""
    month = progress.month
    return 1 - (weights or DayWeights()).elapsed_share(month, month.end - timedelta(days=1))


def encouragement(progress: MonthProgress, team_status: str, ended: bool, weights: DayWeights | None = None,
                  team_need: DailyNeed | None = None, counted: bool = True, team_share: Fraction | None = None) -> str:
    """The poster's footer: a cheer only where there is something to cheer; plain words when nobody has a
    target, the month has not started or nothing is recorded yet (`counted`: anyone has a value, a 0 typed too),
    or the team is so far behind (`team_share`: the share of its target due by now) that catching up asks at
    least `FAR_BEHIND_TIMES` its pace so far. On a working-day pace it asks nothing of a day off, nor of a month
    whose working days are over."""
    if team_status == NO_TARGET:
        return f"{month_named(progress)}{'没有' if ended else '还没有'}设目标"
    if team_status == NOT_STARTED:
        if elapsed_days(progress.month, progress.as_of) > 0:
            if (weights or DayWeights()).elapsed_share(progress.month, progress.as_of) > 0:
                return "时间进度从新同事入职那天算起"  # the month is under way: the targeted people joined today
            return "时间进度从本月第一个工作日算起"  # days off so far, which a workday pace does not count
        return "本月第一天，还没有数据" if progress.has_begun else not_begun_words(progress)
    if ended:
        return ENDED[team_status].format(month=month_named(progress))
    if not counted and team_status != REACHED:
        return f"本月还没有{progress.metric.name}数据"
    if team_need is not None and team_need.state == NO_WORKDAY_LEFT and team_status in NO_WORKDAY_LEFT_WORDS:
        return NO_WORKDAY_LEFT_WORDS[team_status]
    if team_status in (CLOSE, BEHIND) and team_share is not None:
        last_day = progress.as_of >= progress.month.end  # its results still coming in
        times = catch_up_times(progress.team.value, progress.team.target or 0, team_share,
                               _last_day_share(progress, weights) if last_day else Fraction(0))
        if times is None and progress.team.value <= 0 or times is not None and times >= FAR_BEHIND_TIMES:
            return far_behind_words(times, last_day, close=team_status == CLOSE)
    if team_status in ON_A_DAY_OFF and weights is not None and weights.mode == WORKDAYS \
            and not weights.weight(_day_spoken_of(progress)):
        return ON_A_DAY_OFF[team_status]
    return ENCOURAGEMENT[team_status]


def _day_spoken_of(progress: MonthProgress) -> date:
    """The 「今天」 of the footer: the day the poster is made on, or without one the day after its data."""
    if progress.today is not None and progress.today >= progress.as_of:
        return progress.today
    return progress.as_of + timedelta(days=1)


def poster_file_name(progress: MonthProgress, shop_name: str) -> str:
    """The name a saved poster is offered under: the shop (every shop's posters share the exports folder) and
    the month it shows, with its as-of day when that day is in the month (a month not started yet has none:
    战报_旗舰店_2026-12.png, not the day before it began)."""
    month, as_of = progress.month, progress.as_of
    day = as_of.isoformat() if month.start <= as_of <= month.end else month.key()
    return f"战报_{shop_stem(shop_name)}_{day}.png"


def red_flags_text(flags: list[tuple[str, int]]) -> str:
    """「小红旗：售后部 2 面、客服部 1 面」, as the board says it; "" without any."""
    return "小红旗：" + "、".join(f"{dept} {n} 面" for dept, n in flags) if flags else ""


def flower_leaders_text(leaders: list[FlowerLeader]) -> str:
    """「小红花：小美 3 朵、小刚 2 朵、阿花 1 朵」; many tied are counted past the first few: 「…等 8 人」."""
    if not leaders:
        return ""
    named = "、".join(f"{leader.name} {leader.received} 朵" for leader in leaders[:LEADERS_NAMED])
    more = f"等 {len(leaders)} 人" if len(leaders) > LEADERS_NAMED else ""
    return f"小红花：{named}{more}"


def _row(name: str, line, status: str, elapsed_share: float, amount: Callable[[int], str],
         need: DailyNeed | None, left_on: date | None = None) -> PosterRow:
    if line.target:
        share = line.value / line.target
        remaining = "已达成" if line.remaining == 0 else f"还差 {amount(line.remaining)}"
        per_day = need_text(need, amount)
        target_text = amount(line.target)
    else:
        share, remaining, per_day, target_text = None, "未设目标", "", "—"
    return PosterRow(name, share, elapsed_share, amount(line.value), target_text, remaining, per_day, status,
                     status_words(status, left_on),
                     progress_percent(line.achieved_pct) if line.achieved_pct is not None else "")


def build_poster_model(store: Store, shop_name: str, progress: MonthProgress,
                       weights: DayWeights | None = None) -> PosterModel:
    """The poster of `progress`, in its metric (销售额, or the board's chosen headline metric)."""
    month, as_of, metric = progress.month, progress.as_of, progress.metric
    amount = printed_amount(metric)  # short as on the board's table: 123.46万
    days = month.days
    elapsed = elapsed_days(month, as_of)
    board = make_board(progress, weights)
    share, rows = board.expected, board.rows
    with in_chinese():  # namesakes as the flower leaders name them, in the poster's brackets
        names = team_names(store, month)
        flags, leaders = red_flags_by_department(store, month), flower_leaders(store, month)
    team = _row("团队", progress.team, board.team_status, board.team_expected, amount, board.team_need)
    if board.ended and progress.team.remaining:  # nothing is asked of any day: what is left is what was missed
        team = replace(team, remaining_text=f"{month_named(progress)}已结束，还差 {amount(progress.team.remaining)}")
    if progress.untargeted and progress.team.target:  # as the board says it: the total counts them, the target not
        team = replace(team, value_text=f"{team.value_text}（含未设目标 {progress.untargeted_people} 人）")
    top3: list[tuple[int, str, str]] = []
    if elapsed > 0:
        day_sums = store.values.sums(metric.key, as_of, as_of)
        listed = {r.staff.id: r.staff for r in rows}
        ranked = competition_ranks([(listed[sid], Decimal(v)) for sid, v in day_sums.items()
                                    if sid in listed and v > 0], higher_is_better=True)
        top3 = [(r.rank, names[r.staff.id], amount(int(r.value))) for r in ranked if r.rank <= 3]
    typed_texts = ((SHOP, shop_name), (METRIC, metric.name), *((PERSON, r.staff.name) for r in rows),
                   *((DEPARTMENT, dept) for dept, _count in flags),
                   *((PERSON, leader.name) for leader in leaders[:LEADERS_NAMED]))
    day_count = f"{month_named(progress)}已结束" if board.ended and elapsed < days else f"第 {elapsed}/{days} 天"
    counted = anyone_counted(store, progress)
    subtitle = (f"{month.label()} · 全月没有{metric.name}数据" if elapsed > 0 and board.ended and not counted
                else f"{month.label()} · 数据截至 {date_label(as_of)} · {day_count}" if elapsed > 0
                else f"{month.label()} · 本月第 1 天，还没有数据" if progress.has_begun
                else f"{month.label()} · 尚未开始")
    return PosterModel(
        shop_name=shop_name,
        title=f"{board.poster_title} · {metric.name}",
        subtitle=subtitle,
        team=team,
        on_track_text=on_track_label(rows, board.ended),
        rows=[_row(names[r.staff.id], r.line, r.status, r.pace_mark(share), amount, r.need, r.left_on)
              for r in rows],
        top3=top3,
        top3_title=f"{as_of.month}月{as_of.day}日 单日前三" if elapsed > 0 else "单日前三",
        encouragement=encouragement(progress, board.team_status, board.ended, weights, board.team_need, counted,
                                    board.team_share),
        pace_note=_pace_note(board, weights),
        red_flags=red_flags_text(flags),
        flower_leaders=flower_leaders_text(leaders),
        typed_texts=tuple(dict.fromkeys(typed_texts)),
    )


def _pace_note(board: Board, weights: DayWeights | None) -> str | None:
    """In Chinese, as everything printed on the poster: a guessed pace, and the promotion days ahead, which ask
    more than the ordinary day the 日常每天需 figures are."""
    with in_chinese():
        notes = [board.pace_note(weights), board.heavier_days_note()]
    return "；".join(note for note in notes if note) or None
