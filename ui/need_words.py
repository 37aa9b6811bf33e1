"""The window's words for what is still needed per day (`app.reports.need`): the board's 日均需 column and the
team line under its bar, with a tooltip that shows how the figure was shared out."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from app.i18n import fill
from app.periods import shown_month_day
from app.reports.need import LAST_DAY, NO_WORKDAY_LEFT, PER_DAY, DailyNeed
from app.reports.pace import WORKDAYS


def _tr(text: str) -> str:
    return QCoreApplication.translate("DailyNeed", text)


def need_text(need: DailyNeed | None, amount: Callable[[int], str]) -> str:
    """「日均需 ¥300.00」, 「每个工作日需 ¥450.00」, 「日常每天需 ¥1,000.00」 (promotion days ahead weigh more),
    「今天还需 …」 on the last day, 「本月已没有工作日」; "" where nothing is asked per day (reached, over)."""
    if need is None:
        return ""
    if need.state == NO_WORKDAY_LEFT:
        return _tr("本月已没有工作日")
    if need.state == LAST_DAY:
        return _tr("今天还需 {x}").format(x=amount(need.per_day))
    if need.state != PER_DAY:
        return ""
    if need.unit == WORKDAYS:
        return _tr("每个工作日需 {x}").format(x=amount(need.per_day))
    if need.weighted:
        return _tr("日常每天需 {x}").format(x=amount(need.per_day))
    return _tr("日均需 {x}").format(x=amount(need.per_day))


def heavier_days(need: DailyNeed | None) -> str:
    """The promotion days ahead, which the figure's words do not show: 「（11月11日大促按 5 天算）」, else ""."""
    if need is None or need.state != PER_DAY or not need.weighted:
        return ""
    days = _tr("、").join(_tr("{day}大促按 {n} 天算").format(day=shown_month_day(day), n=weight)
                          for day, weight in need.heavier)
    return _tr("（{days}）").format(days=days)


def need_tooltip(need: DailyNeed | None, amount: Callable[[int], str]) -> str:
    """How the figure was shared out, in a sentence or two; "" where there is none."""
    if need is None:
        return ""
    remaining = amount(need.remaining)
    if need.state == NO_WORKDAY_LEFT and not need.days_after:  # the as-of day is the month's last, a day off
        return _tr("还差 {remaining}，但本月最后一天不是工作日：按工作日算，已没有日子可分。").format(remaining=remaining)
    if need.state == NO_WORKDAY_LEFT:
        return fill(_tr("还差 {remaining}，但本月剩下的 {n} 天都不是工作日：按工作日算，已没有日子可分。"),
                    remaining=remaining, n=need.days_after)
    if need.state == LAST_DAY and need.days_after:  # the days after it are days off on a working-day pace
        return _tr("今天是本月最后一个工作日：还差的 {remaining} 都要今天完成。").format(remaining=remaining)
    if need.state == LAST_DAY:
        return _tr("今天是最后一天：还差的 {remaining} 都要今天完成。").format(remaining=remaining)
    if need.state != PER_DAY:
        return ""
    x = amount(need.per_day)
    if need.unit == WORKDAYS:
        text = fill(_tr("还差 {remaining}，剩下 {days} 天里有 {n} 个工作日（节假日和周末不算，调休上班算），每个工作日需 {x}。"),
                    remaining=remaining, days=need.days_after, n=need.days, x=x)
    elif need.weighted:
        text = fill(_tr("还差 {remaining}，剩下 {days} 天，日常每天需 {x}。"), remaining=remaining, days=need.days, x=x)
    else:
        text = fill(_tr("还差 {remaining}，剩下 {days} 天，每天需 {x}。"), remaining=remaining, days=need.days, x=x)
    if need.weighted:
        days = _tr("、").join(_tr("{day}按 {n} 天算，当天需 {x}").format(
            day=shown_month_day(day), n=weight, x=amount(need.on(weight))) for day, weight in need.heavier)
        text += _tr("大促日多分一些：{days}（共按 {w} 天分）。").format(days=days, w=need.weight_left)
    return text


def need_column_tip(mode: str) -> str:
    """The 日均需 column's header: what a day is in it."""
    if mode == WORKDAYS:
        return _tr("还差的除以剩下的工作日（设置里选了按工作日算时间进度）；大促日按倍数多分一些")
    return _tr("还差的除以这个月剩下的天数；设了大促日时，大促日按倍数多分一些")  # not 本月: a past month is shown too
