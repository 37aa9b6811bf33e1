"""What is paid in a month: every run whose period ends in it (December: the month, Q4, H2 and the year).

Approved runs give their frozen lines. A period that the plans in force have rules for but that is not
approved stops the payout (NotApproved, a UserError) unless `draft`, which computes it as it stands.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from app.awards.model import Line
from app.awards.reads import events_read
from app.errors import Cancelled, UserError
from app.i18n import in_chinese, joined, t
from app.periods import HalfYear, Month, Period, Quarter, Year
from app.rules import NotAwarded
from app.store.awards import RunRecord

if TYPE_CHECKING:
    from app.awards.computing import Computation
    from app.shop import Shop


def periods_ending_in(month: Month) -> list[Period]:
    periods: list[Period] = [month]
    if month.month % 3 == 0:
        periods.append(Quarter(month.year, month.month // 3))
    if month.month in (6, 12):
        periods.append(HalfYear(month.year, month.month // 6))
    if month.month == 12:
        periods.append(Year(month.year))
    return periods


class NotApproved(UserError):
    """The pay month has periods that are not approved: a draft can be made instead. The message is the
    command line's (it names `awards approve` and `--draft`); a window says it in its own words from
    `periods`."""

    def __init__(self, message: str, periods: list[Period] | tuple[Period, ...] = ()):
        super().__init__(message)
        self.periods = list(periods)


class NothingPaid(UserError):
    """The pay month pays nothing (no period of it has rules in force, or no line names a person)."""


@dataclass(frozen=True)
class PaidRun:
    period: Period
    lines: list[Line]
    run: RunRecord | None  # None: a draft computed now
    changed: bool  # approved, but the plan in force or the data changed since
    fixed_pay: dict[str | None, tuple[str, ...]]  # department → fixed pay components of its plan
    plan_change: str = ""  # as `Review.plan_change`: 「客服方案 第1版 → 第2版」 when the plans in force differ
    data_changed: bool = False  # as `Review.data_changed`: the data differ, apart from any plan change
    plan_change_zh: str = ""  # `plan_change` in Chinese, for the payout sheet
    previous: RunRecord | None = None  # the approval this one superseded: the period was approved again
    approval_number: int = 1  # 2: the period's second approval
    # why people got nothing from a rule: a draft's, or an approved run's while its approval still holds (once the
    # data or plan changed, the reasons of now need not be those of the lines approved)
    not_awarded: tuple[NotAwarded, ...] = ()
    computation: Computation | None = None  # a draft's: its receipts read the inputs from it, not computing again


@dataclass(frozen=True)
class PayMonth:
    month: Month
    runs: list[PaidRun]
    draft: bool
    unapproved: list[Period] = field(default_factory=list)

    @property
    def lines(self) -> list[Line]:
        return [x for r in self.runs for x in r.lines]


def unapproved_periods(shop: Shop, month: Month) -> list[Period]:
    """The periods paid in `month` that a payout or receipt needs approved first (what `NotApproved` names):
    asked before any work, without computing anything."""
    return [p for p in periods_ending_in(month) if awaits_approval(shop, p)]


def awaits_approval(shop: Shop, period: Period) -> bool:
    """Not approved, and the plans in force have rules for it (or, for a month, fixed pay to pay)."""
    if shop.store.awards.current_run(period.key()) is not None:
        return False
    return _needs_approval(period, shop.awards.plans.in_force(period))


def month_just_ended_to_pay(shop: Shop, month: Month, *, people: bool = False) -> tuple[Month, list[Period]] | None:
    """Asked to pay the month under way (refused: nothing of it is approved or due yet), the month before it,
    which the 评奖 page opens on and the owner most likely means, with its periods still to approve — when it
    has an approval, or data (a value, or an event its plan reads: `events_read`) and rules to approve; with
    `people` (everyone's 计算单) only when it pays someone, once those periods are approved as they compute now.
    Else None: a month that would pay nothing, where being sent would meet another refusal."""
    if month != Month.of(shop.today):
        return None
    previous = month.previous()
    approved = any(shop.store.awards.current_run(p.key()) is not None for p in periods_ending_in(previous))
    waiting = unapproved_periods(shop, previous)
    forces = shop.awards.plans.in_force(previous)
    has_data = (shop.store.values.has_data_between(previous.start, previous.end)
                or bool(events_read(shop.store, forces, previous, shop.store.staff.list())))
    if not approved and not (waiting and has_data):
        return None
    if people:
        from app.awards.receipt import people_paid

        try:
            people_paid(shop, previous, draft=bool(waiting))
        except NothingPaid:  # a team's fund, goods to nobody: on the payout sheet, on nobody's 计算单
            return None
    return previous, waiting


def changed_since_approval(shop: Shop, month: Month) -> list[Period]:
    """The approved periods paid in `month` whose data or plans changed since: a payout still pays what was
    approved, until they are approved again."""
    return [p for p in periods_ending_in(month)
            if shop.store.awards.current_run(p.key()) is not None and shop.awards.status(p).changed]


def _needs_approval(period: Period, forces) -> bool:
    has_rules = any(f.plan.rules_for(period.kind) for f in forces)
    return has_rules or (period.kind == "month" and bool(forces) and any(f.plan.fixed_pay for f in forces))


def pay_month(shop: Shop, month: Month, *, draft: bool = False, document: str = "",
              progress: Callable[[int, int], None] | None = None,
              cancel: Callable[[], bool] | None = None) -> PayMonth:
    """The approved runs paid in `month` (a draft computes the unapproved ones). `document`: what is being
    made, for the refusal (正式发放表 by default). `progress(done, total)` after each period."""
    runs: list[PaidRun] = []
    unapproved: list[Period] = []
    periods = periods_ending_in(month)
    for done, period in enumerate(periods, 1):
        if cancel is not None and cancel():
            raise Cancelled()
        forces = shop.awards.plans.in_force(period)
        fixed = {d: f.plan.fixed_pay for f in forces for d in f.departments}
        current = shop.store.awards.current_run(period.key())
        if current is not None:
            history = shop.store.awards.runs(period.key())  # newest first: the current one, then those it replaced
            review = shop.awards.status(period) if forces else None
            plan_change_zh = ""
            if review is not None and review.plan_change:
                with in_chinese():
                    plan_change_zh = shop.awards.plan_change_text(review)
            runs.append(PaidRun(period, shop.store.awards.lines(current.id), current,
                                bool(review and review.changed), fixed,
                                plan_change=review.plan_change if review else "",
                                data_changed=bool(review and review.data_changed), plan_change_zh=plan_change_zh,
                                previous=history[1] if len(history) > 1 else None, approval_number=len(history),
                                not_awarded=tuple(review.not_awarded) if review and not review.changed else ()))
        elif _needs_approval(period, forces):
            unapproved.append(period)
            if draft:
                comp = shop.awards.calculate(period)
                runs.append(PaidRun(period, comp.lines, None, False, fixed, not_awarded=tuple(comp.not_awarded),
                                    computation=comp))
        if progress is not None:
            progress(done, len(periods))
    if unapproved and not draft:
        names = joined(p.shown_label() for p in unapproved)
        raise NotApproved(t("{names} 尚未批准，不能生成{document}。请先批准（honghua awards approve --period …），"
                            "或加 --draft 生成草稿", names=names, document=document or t("正式发放表")), unapproved)
    if not runs and not draft:
        raise NothingPaid(t("{month} 没有需要发放的评奖结果", month=month.shown_label()))
    # a draft only when a period was computed as one: `--draft` on a month already approved is the real sheet
    return PayMonth(month, runs, bool(unapproved) or (draft and not runs), unapproved)
