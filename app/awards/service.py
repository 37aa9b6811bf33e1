"""The award run: compute a period with the plans in force, add manual lines and adjustments, approve
(freeze the lines with the fingerprint of their inputs), and see when data changed since approval.

    review = shop.awards.compute(parse_period("2026-10"))   # approved lines + changed flag once approved
    shop.awards.add_manual(period, "月度心愿奖", staff_id=3, reason="团队投票")
    shop.awards.approve(period, confirm=True)
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.awards.approved_runs import Departments, plan_difference, plans_shown, renamed_since, unchanged
from app.awards.caveats import confirmation_reasons
from app.awards.computing import Computation, Computing, PlanGroup, Progress
from app.awards.facts import events_used, metrics_read_before, months_read, uses_flowers
from app.awards.inputs import Input, person_inputs
from app.awards.manual_lines import ManualLines
from app.awards.model import Review, differences, fixed_pay_of, lines_shown, person_totals, with_owing
from app.awards.plans import PlanInForce, PlanService
from app.backups import before_action
from app.clock import stamp_on, stamp_text
from app.errors import UserError
from app.i18n import in_chinese, language, t
from app.money import format_yuan
from app.periods import Month, Period, shown_date
from app.store.awards import RunRecord

if TYPE_CHECKING:
    from app.shop import Shop


class ConfirmationNeeded(UserError):
    """Approval of a period that has not ended or still holds provisional values needs confirmation. The message
    is the command line's (it names `--confirm`); a window asks with its own words, from `reasons`."""

    def __init__(self, message: str, reasons: list[str]):
        super().__init__(message)
        self.reasons = reasons


class ChangedSinceShown(UserError):
    """The period's data changed between the results the owner was shown and the approval: nothing approved."""


@dataclass(frozen=True)
class Approval:
    run: RunRecord
    unchanged: bool  # the period was already approved with the same inputs: nothing written
    review: Review
    replaced: RunRecord | None = None  # the approval this one took the place of (kept in the history)


def month_to_open(this_month: Month, has_data: Callable[[Month], bool]) -> Month:
    """The month the 评奖 page opens on: last month, the one being judged — unless it holds no data at all
    and this month does (a shop that started this month would open on an empty month with nothing to compute)."""
    last = this_month.previous()
    return this_month if not has_data(last) and has_data(this_month) else last


class AwardService(Computing, ManualLines):
    def __init__(self, shop: Shop):
        self.shop = shop
        self.plans = PlanService(shop)

    def month_to_open(self) -> Month:
        return month_to_open(self.shop.current_month(),
                             lambda month: self.store.values.has_data_between(month.start, month.end))

    def _review(self, comp: Computation) -> Review:
        current = self.store.awards.current_run(comp.period.key())
        ended = self.shop.today > comp.period.end
        notes = list(comp.notes)
        pay_now = _fixed_pay(comp, current)  # as an approval now would keep it (the question says that)
        fixed_now = {sid: sum(pay.values()) for sid, (_dept, pay) in pay_now.items()}
        if current is None:
            return with_owing(Review(comp.period, comp.lines, comp.not_awarded, comp.fingerprint, None, False, [],
                                      comp.provisional_values, ended, comp.plans, notes, comp.lines,
                                      data_through=comp.data_through, fixed_pay=fixed_now, computed_fixed_pay=fixed_now,
                                      fixed_rows=self._fixed_rows(pay_now)), self.store.staff.list())
        old = self.store.awards.lines(current.id)
        renamed = renamed_since(self.store, current)
        changed = not unchanged(comp, current, renamed)
        depts = Departments(comp.dept_ids)
        plan_change = plan_difference(self.store, current.plans, comp.plans, depts, comp.period)
        data_changed = changed
        as_approved = None if changed else comp  # the approval's inputs and plans evaluated now
        if changed and plan_change:  # the plan changed: did the data too? Evaluate again with the approved plans
            approved = self._approved_forces(current.plans, depts)
            again = self.calculate(comp.period, forces=approved) if approved is not None else None
            data_changed = again is None or not unchanged(again, current, renamed)
            as_approved = None if data_changed else again
        as_today = depts.named_as_today(old, current.plans)
        recomputed = as_approved.lines if as_approved else None
        shown = lines_shown(old, as_today, recomputed)
        # what went is said as the lines shown say it: in the window's language when they are recomputed in it
        diffs = differences(recomputed if shown is recomputed else as_today, comp.lines) if changed else []
        if changed and not plan_change:
            if not diffs:
                notes.append(t("输入数据有变化，但重新计算的结果与批准时相同"))
            notes.append(t("批准后数据有变化：获奖行是批准时的结果，未获奖原因按现在的数据"))
        elif changed:
            if not diffs:
                notes.append(t("生效的方案有变化，但重新计算的结果与批准时相同"))
            notes.append(t("批准后方案和数据都有变化：获奖行是批准时的结果，未获奖原因按现在生效的方案和现在的数据")
                         if data_changed else
                         t("批准后方案有变化：获奖行是批准时的结果，未获奖原因按现在生效的方案"))
        fixed_then = fixed_now if current.fixed_pay is None else \
            {sid: sum(pay.values()) for sid, (_dept, pay) in current.fixed_pay.items()}
        return with_owing(Review(comp.period, shown, comp.not_awarded, comp.fingerprint, current, changed, diffs,
                                  comp.provisional_values, ended, comp.plans, notes, comp.lines,
                                  plan_change=plan_change if changed else "", data_changed=changed and data_changed,
                                  data_through=comp.data_through,
                                  approved_plans=plans_shown(self.store, current.plans, depts),
                                  fixed_pay=fixed_then, computed_fixed_pay=fixed_now,
                                  fixed_rows=self._fixed_rows(pay_now if current.fixed_pay is None else current.fixed_pay)),
                           self.store.staff.list())

    def _fixed_rows(self, pay: dict[int, tuple[str | None, dict[str, int]]]
                    ) -> dict[int, tuple[str, str | None, dict[str, int]]]:
        """(name, department, components) of each person with fixed pay, for `Review.pay_totals`."""
        if not pay:
            return {}
        names = {p.id: p.name for p in self.store.staff.list()}
        return {sid: (names.get(sid, f"#{sid}"), dept, dict(parts)) for sid, (dept, parts) in pay.items()}

    def plan_change_text(self, review: Review) -> str:
        """`review.plan_change` said again in the language of the moment (the payout sheet says it in Chinese)."""
        if not review.plan_change or review.approved is None:
            return ""
        depts = Departments({d.name: d.id for d in self.store.departments.list()})
        return plan_difference(self.store, review.approved.plans, review.plans, depts, review.period)

    def _approved_forces(self, plans: list[dict], depts: Departments) -> list[PlanInForce] | None:
        """The plan versions a run was approved with, for the departments they covered, by today's names
        (None: not known)."""
        forces = []
        for entry in plans:
            stored = self.store.plans.get(entry["plan_id"]) if entry.get("plan_id") else None
            keys = depts.keys(entry)
            if stored is None or any(isinstance(k, str) for k in keys):
                return None
            names = tuple(depts.names[k] if k is not None else None for k in keys
                          if k is None or k in depts.names)  # a department removed since has nobody in it
            forces.append(PlanInForce(stored, self.plans.parsed(stored), names))
        return forces

    def status(self, period: Period) -> Review:
        """The period as it stands: the approved lines (if approved) and whether data changed since."""
        return self._review(self.calculate(period))

    def compute(self, period: Period, progress: Progress | None = None,
                cancel: Callable[[], bool] | None = None) -> Review:
        """Compute (or, once approved, show the approved lines and whether data changed); logged."""
        review = self._review(self.calculate(period, progress, cancel))
        ctx = self.shop.ctx
        net = sum(x.net_fen for x in review.totals)
        with self.store.atomic(while_locked=True):  # computing changes no data: allowed without the PIN
            self.store.audit.add(ctx.user, "awards.compute", t("计算 {period} 评奖：{n} 行，个人实发合计 {net}",
                                 period=period.shown_label(), n=len(review.computed_lines), net=format_yuan(net)),
                                 {"period": period.key(), "fingerprint": review.fingerprint,
                                  "approved": review.approved is not None, "changed": review.changed},
                                 pin_used=ctx.pin_used)
        return review

    # ---- approving ------------------------------------------------------------------------------
    def approve(self, period: Period, *, confirm: bool = False, seen: str | None = None) -> Approval:
        """Freeze the period's lines, computed once under the write lock. `seen`: `Review.shown` of the results
        the owner was shown (the window's); when the data or a month's fixed pay changed since, nothing is approved
        (`ChangedSinceShown`)."""
        ctx = self.shop.ctx
        if period.start > ctx.today:  # nothing of it has happened: a month picked one too far, not one to pay
            raise UserError(t("{period} 还没有开始（{start} 开始），不能批准", period=period.shown_label(),
                              start=shown_date(period.start)))
        with self.store.atomic():  # read and write under the write lock: what is approved is what was read
            comp = self.calculate(period)
            review = self._review(comp)
            current = review.approved
            if seen is not None and review.shown != seen:
                if current is not None and not review.changed:  # approved meanwhile, with results not shown here
                    raise ChangedSinceShown(t("{period} 的数据在核对后有变化，已由 {user} 按更新后的数据批准：请核对批准的结果",
                                              period=period.shown_label(), user=current.user))
                raise ChangedSinceShown(t("{period} 的数据在核对后有变化，没有批准：请核对更新后的结果，再批准",
                                          period=period.shown_label()))
            if current is not None and not review.changed:  # approved with the same result: write nothing
                return Approval(current, True, review)
            reasons = confirmation_reasons(review)
            if reasons and not confirm:
                raise ConfirmationNeeded(t("{period} 需要确认后才能批准：{reasons}。确认无误请加 --confirm",
                                           period=period.shown_label(), reasons="；".join(reasons)), reasons)
            # a verified backup before the first write (none made for a refusal); none (disk full …) → no approval
            before_action(self.store, "approve")
            # kept as the 发放表 and 计算单 (Chinese documents) print it: in Chinese whatever the language, computed again
            # under the same write lock when it is another; its lines and plan labels only if they pay what was shown
            other_language = language() != "zh"
            with in_chinese():
                chinese = self.calculate(period) if other_language else comp
                inputs, plans = self._inputs(chinese), chinese.plans  # labelled in the language of the moment
            lines = chinese.lines
            if differences(comp.lines, lines):
                plans, lines = comp.plans, comp.lines
            frozen = _fixed_pay(comp, current)
            run_id = self.store.awards.approve(period.key(), comp.fingerprint, ctx.user, "；".join(reasons),
                                               plans, lines, inputs, frozen, at=stamp_on(ctx.today))
            net = sum(x.net_fen for x in person_totals(comp.lines))
            summary = t("批准 {period} 评奖：{n} 行，个人实发合计 {net}", period=period.shown_label(), n=len(comp.lines),
                        net=format_yuan(net))
            if current is not None:
                summary += t("（重新批准，取代 {at} 的批准）", at=stamp_text(current.approved_at))
            self.store.audit.add(ctx.user, "awards.approve", summary,
                                 {"period": period.key(), "run_id": run_id, "fingerprint": comp.fingerprint,
                                  "replaces": current.id if current else None, "confirmed": reasons},
                                 pin_used=ctx.pin_used)
        run = self.store.awards.current_run(period.key())
        assert run is not None
        return Approval(run, False, self._review(comp), current)  # compared with the run it made

    def _inputs(self, comp: Computation) -> list[tuple[int, int, str, str, str]]:
        rows = []
        for group in comp.groups:
            for sid in sorted({x.staff_id for x in group.lines if x.staff_id is not None}):
                for seq, (label, value, source) in enumerate(self._person_inputs(group, sid)):
                    rows.append((sid, seq, label, value, source))
        return rows

    def inputs_now(self, period: Period, staff_id: int, comp: Computation | None = None) -> list[Input]:
        """What a person's lines would be computed from today (for a draft receipt); `comp`: the period's
        computation when the caller has it (everyone's receipts share one)."""
        comp = comp or self.calculate(period)
        for group in comp.groups:
            if any(s.id == staff_id for s in group.facts.staff):
                return self._person_inputs(group, staff_id)
        return []

    def _person_inputs(self, group: PlanGroup, staff_id: int) -> list[Input]:
        """What the period's rules read of the person: their metrics over the months read, event types and (if
        counted) flowers."""
        plan, facts = group.force.plan, group.facts
        kind = facts.period.kind
        dept = next((s.dept for s in facts.staff if s.id == staff_id), None)
        months = months_read(plan, facts.period, facts.in_force_from.get(dept))
        return person_inputs(self.store, facts, group.metrics, months, staff_id,
                             events=events_used(plan, kind), flowers=uses_flowers(plan, kind),
                             earlier=metrics_read_before(plan, kind))

    def history(self, period: Period) -> list[RunRecord]:
        return self.store.awards.runs(period.key())

    def approved_net(self, run: RunRecord) -> int:
        """The people's net an approval paid (个人实发合计), in fen: told apart in the approval history."""
        return sum(p.net_fen for p in person_totals(self.store.awards.lines(run.id)))

def _fixed_pay(comp: Computation, approved: RunRecord | None) -> dict[int, tuple[str | None, dict[str, int]]]:
    """The fixed pay each person's month shows on the payout sheet, kept with the approval (a later raise or move
    changes no approved month); approved again (`approved`: its run), the month keeps the pay it had then."""
    if comp.period.kind != "month":
        return {}
    month = comp.period
    now = {s.id: (s.dept, fixed_pay_of(s, group.force.plan.fixed_pay))
           for group in comp.groups if group.force.plan.fixed_pay
           for s in group.facts.staff if s.employed_during(month.start, month.end)}
    kept = approved.fixed_pay if approved is not None and approved.fixed_pay else {}
    return {**now, **{sid: pay for sid, pay in kept.items() if sid in now}}
