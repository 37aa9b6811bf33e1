"""Someone who left before a period's last day takes no part in the rules that ask for the last day (a rule's
在职要求「期末在职」, the default of every kind but benefits and commission): neither their awards nor their
deductions, whatever their numbers. Manual lines are still paid (a manual rule asks nothing of the dates): said
only where the person's plan has manual awards for people in the period (`NotAwarded.manual_paid`).

The engine gives that reason under each such rule (`NotAwarded.left`); the 评奖 page's 未获奖原因, `awards
compute` and the 计算单 say it once per person, naming the rules, so an owner asked why a leaver got nothing for
her praise finds the answer in one sentence. Someone not on the team at all in a period (joined after it, left
before it) is no candidate of any rule and takes no manual line or adjustment: `away_in` says why."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from app.domain import Staff
from app.i18n import joined, t
from app.periods import Period, shown_month_day
from app.rules import NotAwarded
from app.rules.text import day_label


def rules_missed(not_awarded: Iterable[NotAwarded], staff_id: int) -> tuple[date | None, tuple[str, ...], bool]:
    """(the day the person left, the rules they took no part in for it in plan order, whether manual awards are
    still paid to them); (None, (), False) if none."""
    missed = [n for n in not_awarded if n.left is not None and n.staff_id == staff_id]
    return (missed[0].left if missed else None), tuple(n.rule for n in missed), any(n.manual_paid for n in missed)


def left_sentence(left: date, awards_by_period: list[tuple[str, list[str]]], manual_paid: bool) -> str:
    """`9月15日离职，期末不在职，不参加本期要求期末在职的奖项：阶段目标奖、表扬奖（手动奖项照发）`; with periods
    named (a 计算单's pay month pays the month and its quarter): `…奖项：2026年9月的表扬奖；2026年第三季度的季度排名奖（…）`.
    `awards_by_period`: (the period's label, or "" for the one period under review; its rules). `manual_paid`:
    the plan has manual awards for her (「（手动奖项照发）」), else nothing is said of them."""
    if len(awards_by_period) == 1 and not awards_by_period[0][0]:
        sentence = t("{day}离职，期末不在职，不参加本期要求期末在职的奖项：{awards}",
                     day=shown_month_day(left), awards=joined(awards_by_period[0][1]))
    else:
        parts = [t("{period}的{awards}", period=period, awards=joined(awards)) for period, awards in awards_by_period]
        sentence = t("{day}离职，期末不在职，不参加要求期末在职的奖项：{parts}",
                     day=shown_month_day(left), parts=joined(parts, separator="；"))
    return sentence + t("（手动奖项照发）") if manual_paid else sentence


def reasons_by_person(not_awarded: list[NotAwarded]) -> list[NotAwarded]:
    """未获奖原因 as shown: the rules a person took no part in for having left before the period's last day in one
    row, where the first of them stood, naming them; every other reason as it is."""
    missed: dict[int, list[str]] = {}
    for n in not_awarded:
        if n.left is not None and n.staff_id is not None:
            missed.setdefault(n.staff_id, []).append(n.rule)
    rows = []
    for n in not_awarded:
        if n.left is None or n.staff_id is None:
            rows.append(n)
        elif n.staff_id in missed:
            awards = missed.pop(n.staff_id)
            rows.append(n._replace(rule=t("期末在职才参加的 {n} 个奖项", n=len(awards)),
                                   reason=left_sentence(n.left, [("", awards)], n.manual_paid)))
    return rows


def away_in(person: Staff, period: Period) -> str:
    """Why someone was not on the team in the period: `2026年10月8日入职`, `2026年8月20日离职`, or both around a
    time away before a rehire."""
    before = [st.left for st in person.stints if st.left is not None and st.left < period.start]
    after = [st.hired for st in person.stints if st.hired is not None and st.hired > period.end]
    parts = ([t("{day}离职", day=day_label(before[-1]))] if before else []) + \
        ([t("{day}入职", day=day_label(after[0]))] if after else [])
    return joined(parts, separator="，")
