"""`honghua progress --month YYYY-MM [--as-of YYYY-MM-DD] [--json]`: sales against target, per person and team."""

from __future__ import annotations

from app.cli.common import EMPTY, emit_json, month_and_as_of, note, pct, say, table
from app.i18n import bracketed, t
from app.money import format_yuan
from app.periods import days_left, elapsed_days, shown_month_day
from app.reports.board import share_percent


def register(commands) -> None:
    p = commands.add_parser(
        "progress", help=t("本月销售额目标进度"),
        description=t("每位员工（该月任一天在职）和团队的销售额目标进度。"
                      "默认截至今天（今天已有数据时），否则截至昨天。"))
    p.add_argument("--month", metavar="YYYY-MM", help=t("月份（默认本月；写了 --as-of 时为那一天所在的月份）"))
    p.add_argument("--as-of", metavar="YYYY-MM-DD", help=t("截至哪一天（含当天的数据）"))
    p.add_argument("--json", action="store_true", help=t("输出 JSON"))
    p.set_defaults(handler=show_progress)


def show_progress(shop, args) -> int:
    month, as_of = month_and_as_of(shop, args.month, args.as_of)
    report = shop.progress(month, as_of)
    if not args.month and not args.as_of:
        _offer_month_just_ended(shop)
    if args.json:
        emit_json(report.as_json())
        return 0
    elapsed = elapsed_days(month, report.as_of)
    left = days_left(month, report.as_of)
    if elapsed <= 0:
        period = t("本月第 1 天，还没有数据") if report.has_begun else t("尚未开始")
    else:
        period = t("截至 {day}，已过 {elapsed}/{days} 天（{pct}），还剩 {left} 天", day=report.as_of.isoformat(),
                   elapsed=elapsed, days=month.days, pct=pct(report.team.elapsed_pct), left=left)
    say(t("{shop} {month} 销售额进度：{period}", shop=shop.name, month=month.shown_label(), period=period))
    headers = [t("编号"), t("姓名"), t("销售额"), t("目标"), t("达成率"), t("还差"), t("每天需完成")]
    rows = [[str(line.staff.id), _name(line.staff, month), *_cells(line.line)] for line in report.people]
    team_name = t("团队（全店目标）") if report.team_target_is_shop else t("团队")
    rows.append(["", team_name, *_cells(report.team)])
    say(table(headers, rows, right={0, 2, 3, 4, 5, 6}))
    if not report.people:
        say(t("{month} 没有在职员工", month=month.shown_label()))
    return 0


def _offer_month_just_ended(shop) -> None:
    """In a month's first days (or while it has no data yet) last month's final result, as the board's link
    offers it; the report stays this month's, as the board opens on it."""
    from app.services.progress import month_just_ended

    ended = month_just_ended(shop.store, shop.today)
    if ended is not None:
        note(t("{month} 已经结束，最终结果请写 --month {key}", month=ended.shown_label(), key=ended.key()))


def _name(person, month) -> str:
    """The person as the table names them: one who left before the month's end says when (小丽（10月10日离职）), as
    the board's 已离职 does, so their shortfall does not read as one still to make up."""
    from app.services.progress import left_in_month

    left = left_in_month(person, month)
    return bracketed(person.name, t("{day}离职", day=shown_month_day(left))) if left else person.name


def _cells(line) -> list[str]:
    return [
        format_yuan(line.value),
        format_yuan(line.target) if line.target else EMPTY,
        share_percent(line.achieved_pct) if line.achieved_pct is not None else EMPTY,
        format_yuan(line.remaining) if line.remaining is not None else EMPTY,
        format_yuan(line.per_day_needed) if line.per_day_needed is not None else EMPTY,
    ]
