"""The award run: compute a period with the plans in force, add manual lines and adjustments, approve
(freeze the lines with the fingerprint of their inputs), and see when data changed since approval.

    review = shop.awards.compute(parse_period("2026-10"))   # approved lines + changed flag once approved
    shop.awards.add_manual(period, "月度心愿奖", staff_id=3, reason="团队投票")
    shop.awards.approve(period, confirm=True)
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from app import settings as declared
from app.awards.approved_runs import Departments, plan_difference, plans_shown, renamed_since, unchanged
from app.awards.caveats import confirmation_reasons
from app.awards.facts import (
    build_facts,
    events_used,
    metrics_read_before,
    months_read,
    uses_achievement,
    uses_flowers,
)
from app.awards.inputs import Input, person_inputs
from app.awards.left_before_end import away_in
from app.awards.model import (
    ADJUSTMENT,
    Line,
    Review,
    differences,
    facts_digest,
    fingerprint,
    fixed_pay_of,
    lines_shown,
    person_totals,
    tie_notes,
    with_owing,
)
from app.awards.plans import PlanInForce, PlanService
from app.awards.reads import READ_ONLY, PlanReads, events_read, narrowed, plan_reads
from app.backups import before_action
from app.clock import stamp_on, stamp_text
from app.domain import Staff, namesakes
from app.errors import Cancelled, UserError
from app.i18n import in_chinese, joined, language, t
from app.money import format_yuan
from app.periods import Month, Period, parse_month
from app.rules import AwardLine, Facts, ManualEntry, NotAwarded, evaluate
from app.rules.kinds import reads_own_months
from app.rules.manual import check_entry
from app.store.awards import ManualRow, RunRecord

if TYPE_CHECKING:
    from app.metrics import Metric
    from app.shop import Shop

Progress = Callable[[int, int], None]


class ConfirmationNeeded(UserError):
    """Approval of a period that has not ended or still holds provisional values needs confirmation. The message
    is the command line's (it names `--confirm`); a window asks with its own words, from `reasons`."""

    def __init__(self, message: str, reasons: list[str]):
        super().__init__(message)
        self.reasons = reasons


class ChangedSinceShown(UserError):
    """The period's data changed between the results the owner was shown and the approval: nothing approved."""


class NoPlanInForce(UserError):
    """No incentive plan is in force for the period. The message is the command line's (it names
    `plan use`); a window says it in its own words."""


@dataclass
class _Group:
    force: PlanInForce
    facts: Facts
    metrics: list[Metric]
    lines: list[Line]


@dataclass
class Computation:
    period: Period
    lines: list[Line] = field(default_factory=list)
    not_awarded: list[NotAwarded] = field(default_factory=list)
    groups: list[_Group] = field(default_factory=list)
    fingerprint: str = ""
    # what the fingerprint is made of: per plan group (facts, plan hash, fixed pay kinds, what its rules read),
    # per adjustment its row
    stamp_inputs: list[tuple[Facts, str, tuple[str, ...], PlanReads] | list[object]] = field(default_factory=list)
    _stamps: dict[tuple[bool, bool, frozenset[str] | None, frozenset[tuple[str, str]], bool], str] = field(
        default_factory=dict)
    provisional_values: int = 0
    data_through: date | None = None  # the period's last day with any data (daily or an imported total; events
    # where the period holds no value)
    notes: list[str] = field(default_factory=list)
    dept_ids: dict[str, int] = field(default_factory=dict)  # the departments' ids by their name at computing

    def fingerprint_as(self, *, with_pay: bool, later_leaves: bool = False,
                       empty_departments: frozenset[str] | None = frozenset(),
                       renamed: frozenset[tuple[str, str]] = frozenset(), read_only: bool = True) -> str:
        """The fingerprint in a form an earlier version stamped approvals with: with the fixed pay (before the
        pay was kept with a run); with leave dates after the period, and departments without anyone (those
        named; None: all), before they were left out (`facts_digest`); with the departments' names of the
        time of an approval, `renamed` (today's name, the name then); with the people and events no rule
        reads, unless `read_only` (before `reads.READ_ONLY` was kept with a run)."""
        form = (with_pay, later_leaves, empty_departments, renamed, read_only)
        if form not in self._stamps:
            self._stamps[form] = fingerprint([
                facts_digest(narrowed(part[0], part[3]) if read_only else part[0], part[1],
                             part[2] if with_pay else (), later_leaves=later_leaves,
                             empty_departments=empty_departments, renamed=dict(renamed))
                if isinstance(part, tuple) else part for part in self.stamp_inputs])
        return self._stamps[form]

    @property
    def plans(self) -> list[dict]:
        """As kept with an approval: `departments` are labels to show, `dept_ids` what is compared (None:
        people without a department), in the same order."""
        return [{"plan": g.force.stored.label, "plan_id": g.force.stored.id,
                 "departments": [d or t("未分部门") for d in g.force.departments],
                 "dept_ids": [self.dept_ids[d] if d else None for d in g.force.departments],
                 "staff": len(g.facts.staff), READ_ONLY: True}
                for g in self.groups]


@dataclass(frozen=True)
class Approval:
    run: RunRecord
    unchanged: bool  # the period was already approved with the same inputs: nothing written
    review: Review


def month_to_open(this_month: Month, has_data: Callable[[Month], bool]) -> Month:
    """The month the 评奖 page opens on: last month, the one being judged — unless it holds no data at all
    and this month does (a shop that started this month would open on an empty month with nothing to compute)."""
    last = this_month.previous()
    return this_month if not has_data(last) and has_data(this_month) else last


class AwardService:
    def __init__(self, shop: Shop):
        self.shop = shop
        self.plans = PlanService(shop)

    def month_to_open(self) -> Month:
        return month_to_open(self.shop.current_month(),
                             lambda month: self.store.values.has_data_between(month.start, month.end))

    @property
    def store(self):
        return self.shop.store

    # ---- computing ------------------------------------------------------------------------------
    def calculate(self, period: Period, progress: Progress | None = None,
                  cancel: Callable[[], bool] | None = None, forces: list[PlanInForce] | None = None
                  ) -> Computation:
        """Evaluate the period with the plans in force (or `forces`; nothing is written)."""
        forces = self.plans.in_force(period) if forces is None else forces
        if not forces:
            later = self.plans.first_after(period)
            if later is not None:
                raise NoPlanInForce(t("{period}没有生效的激励方案：方案自 {month} 起才生效", period=period.shown_label(),
                                      month=parse_month(later).shown_label()))
            raise NoPlanInForce(t("还没有生效的激励方案。请先选用方案，例如：honghua plan use taobao-kefu"))
        people = self.store.staff.list()
        by_id = {p.id: p for p in people}
        flowers = self.shop.flowers.received(period)
        rows = self.store.awards.manual(period.key())
        comp = Computation(period, dept_ids={d.name: d.id for d in self.store.departments.list()})
        used_rows: set[int] = set()
        twins = namesakes((p.id, p.name) for p in people)
        metric_keys: set[str] = set()
        for done, force in enumerate(forces):
            if cancel is not None and cancel():
                raise Cancelled()
            depts = set(force.departments)
            entries = []
            staff_ids = {p.id for p in people}
            for row in rows:
                if row.rule is None or not _in_group(row, depts, by_id):
                    continue
                rule = force.plan.rule(row.rule)
                if rule is None or rule.kind != "manual" or rule.period != period.kind:
                    continue  # not a manual rule of this plan (the person moved, the plan changed): noted below
                entry = ManualEntry(row.rule, row.reason, row.staff_id, row.dept, row.amount_fen, row.item)
                try:
                    check_entry(rule, entry, staff_ids)
                    if rule.recipient == "staff" and row.staff_id in by_id and not by_id[row.staff_id].in_awards:
                        raise UserError(t("{who}不参与评奖", who=by_id[row.staff_id].display()))
                except UserError as e:  # e.g. the plan's range was tightened since the line was added
                    comp.notes.append(t("手动奖项 #{id} 未计入：{reason}", id=row.id, reason=e.message))
                    used_rows.add(row.id)
                    continue
                entries.append(entry)
                used_rows.add(row.id)
            facts, metrics = build_facts(self.store, self.shop.metrics, force.plan, period, self.shop.today,
                                         force.departments, people, flowers, tuple(entries),
                                         prorate=bool(self.shop.settings.get(declared.PRORATE_TARGETS)),
                                         in_force_from=dict(force.late))
            result = evaluate(force.plan, facts)
            comp.notes.extend(_former_names_said(force, facts, period))
            lines = [self._line(x, force, by_id) for x in result.lines]
            comp.groups.append(_Group(force, facts, metrics, lines))
            comp.lines.extend(lines)
            comp.notes.extend(tie_notes(lines, twins))
            comp.not_awarded.extend(result.not_awarded)
            # the fixed pay is kept with an approval, not an input of it: a raise from next month does not change
            # a month already approved
            comp.stamp_inputs.append((facts, force.stored.content_hash, force.plan.fixed_pay,
                                      plan_reads(force.plan, period.kind, facts.dept_names)))
            metric_keys.update(m.key for m in metrics)
            for since in sorted(set(dict(force.late).values())):
                late = [d for d, m in force.late if m == since]
                note = t("方案「{plan}」自 {month} 起生效：{period}按此方案评奖，生效前的月份也按已有数据计入",
                         plan=force.stored.label, month=parse_month(since).shown_label(), period=period.shown_label())
                own = [r.name for r in force.plan.rules_for(period.kind) if reads_own_months(r.kind, r.params)]
                if own:
                    note += t("（{awards}只计生效起的月份）", awards=joined(own))
                if len(late) < len(force.departments):
                    note = t("{depts}：{change}", depts=joined(d or t("未分部门") for d in late), change=note)
                comp.notes.append(note)
            if progress is not None:
                progress(done + 1, len(forces))
        comp.notes.extend(self.plans.changed_within(period))
        for row in rows:
            if row.rule is None and row.staff_id in by_id:
                comp.lines.append(_adjustment(row, by_id[row.staff_id]))
                comp.stamp_inputs.append(["adjustment", row.id, row.staff_id, row.amount_fen, row.reason])
            elif row.rule is not None and row.id not in used_rows:
                comp.notes.append(t("手动奖项「{award}」（#{id}）不属于本期生效的方案，未计入", award=row.rule, id=row.id))
        covered = {d for f in forces for d in f.departments}
        left_out = [p for p in people if not p.in_awards and p.dept in covered
                    and p.employed_during(period.start, period.end)]
        if left_out:
            note = t("{names}不参与评奖（员工资料中未勾选「参与评奖」），不计任何奖项", names=joined(p.name for p in left_out))
            adjusted = [p.name for p in left_out if any(r.rule is None and r.staff_id == p.id for r in rows)]
            if adjusted:  # said here too, so the note does not read as if her adjustment were dropped
                note += t("；{names}的调整是对工资的更正，不是奖项，照常计入", names=joined(adjusted))
            comp.notes.append(note)
        missing = sorted({p.dept or t("未分部门") for p in people
                          if p.dept not in covered and p.employed_during(period.start, period.end)})
        for dept in missing:
            comp.notes.append(t("{dept}在本期没有生效的方案，未参与评奖", dept=dept))
        comp.fingerprint = comp.fingerprint_as(with_pay=False)
        comp.provisional_values = self.store.awards.provisional(period.start, period.end, sorted(metric_keys))
        # a period without any value (an after-sales team scored by its events alone): the events read are its data
        comp.data_through = (self.store.values.last_day_with_data(period.start, period.end)
                             or max((e.day for e in events_read(self.store, forces, period, people)), default=None))
        return comp

    def _line(self, line: AwardLine, force: PlanInForce, by_id: dict[int, Staff]) -> Line:
        person = by_id.get(line.staff_id) if line.staff_id is not None else None
        explanation = line.explanation
        if line.recipient_type == "department" and uses_achievement(force.plan, line.award):
            explanation += t("（部门目标 = 部门成员个人目标之和）")
        since = force.late_from(person.dept if person else line.dept)
        rule = force.plan.rule(line.award)
        if since is not None and rule is not None and reads_own_months(rule.kind, rule.params):
            explanation += t("（方案自 {month} 起生效，生效前的月份不计）", month=parse_month(since).shown_label())
        elif since is not None:
            explanation += t("（方案自 {month} 起生效，生效前的月份也按已有数据计入）", month=parse_month(since).shown_label())
        return Line(line.recipient_type, line.staff_id, person.name if person else None,
                    person.dept if person else line.dept, line.award, line.rule_kind, line.kind, line.amount_fen,
                    line.item, explanation, line.certificate, force.stored.label)

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
        return Approval(run, False, self._review(comp))  # what was approved, compared with the run it made

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

    def _person_inputs(self, group: _Group, staff_id: int) -> list[Input]:
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

    # ---- manual lines and adjustments -----------------------------------------------------------
    def manual_lines(self, period: Period) -> list[ManualRow]:
        return self.store.awards.manual(period.key())

    def add_manual(self, period: Period, rule: str, *, staff_id: int | None = None, dept: str | None = None,
                   amount_fen: int | None = None, item: str | None = None, reason: str = "") -> int:
        """A line for a manual rule of the plan in force for the recipient; the reason is required."""
        reason = " ".join(str(reason).split())
        if not reason:
            raise UserError(t("请填写理由：手动添加的奖项必须说明理由"))
        people = {p.id: p for p in self.store.staff.list()}
        force = self._force_for(period, staff_id, dept, people)
        found = force.plan.rule(rule)
        if found is None or found.kind != "manual":
            names = joined(r.name for r in force.plan.rules_for(period.kind) if r.kind == "manual") or t("（无）")
            raise UserError(t("方案「{plan}」没有手动奖项「{award}」。本期可用：{names}", plan=force.stored.label,
                              award=rule, names=names))
        if found.period != period.kind:
            raise UserError(t("手动奖项「{award}」不属于本期类型", award=rule))
        if found.recipient == "department" and dept is None:
            raise UserError(t("「{award}」发给部门，请指定部门", award=rule))
        if found.recipient == "staff" and staff_id is None:
            raise UserError(t("「{award}」发给个人，请指定员工", award=rule))
        group_ids = {p.id for p in people.values() if p.dept in force.departments
                     and p.employed_during(period.start, period.end)}
        entry = ManualEntry(rule, reason, staff_id if found.recipient == "staff" else None,
                            dept if found.recipient == "department" else None, amount_fen, item)
        person = people[entry.staff_id] if entry.staff_id is not None else None
        if person is not None and not person.employed_during(period.start, period.end):  # not "no such person"
            raise UserError(t("{who}{period}不在职（{when}），不能添加奖项", who=person.display(),
                              period=period.shown_label(), when=away_in(person, period)))
        amount = check_entry(found, entry, group_ids)
        if person is not None and not person.in_awards:
            raise UserError(t("{who}不参与评奖（员工资料中未勾选「参与评奖」），不能添加奖项", who=person.display()))
        who = people[staff_id].name if entry.staff_id is not None and staff_id is not None else str(entry.dept)
        return self._write_manual(period, rule, entry.staff_id, entry.dept, amount_fen, item, reason,
                                  t("{period} 手动奖项「{award}」给 {who}（{amount}）：{reason}", period=period.shown_label(),
                                    award=rule, who=who, amount=format_yuan(amount), reason=reason))

    def adjust(self, period: Period, staff_id: int, amount_fen: int, reason: str) -> int:
        """An adjustment to a person's pay for the period: positive adds cash, negative deducts. It corrects pay
        and is no award, so it is taken for someone out of the awards too (`adjustment_note` says so), where a
        manual award line is refused."""
        reason = " ".join(str(reason).split())
        if not reason:
            raise UserError(t("请填写理由：调整必须说明理由"))
        if amount_fen == 0:
            raise UserError(t("调整金额不能为 0"))
        person = self.store.staff.get(staff_id)
        if person is None:
            raise UserError(t("没有编号为 {id} 的员工", id=staff_id))
        if not person.employed_during(period.start, period.end):
            raise UserError(t("{who}{period}不在职（{when}），不能调整", who=person.display(),
                              period=period.shown_label(), when=away_in(person, period)))
        return self._write_manual(period, None, staff_id, None, amount_fen, None, reason,
                                  t("{period} 调整 {who} {amount}：{reason}", period=period.shown_label(), who=person.name,
                                    amount=format_yuan(amount_fen), reason=reason))

    def remove_manual(self, manual_id: int) -> ManualRow:
        row = self.store.awards.manual_get(manual_id)
        if row is None:
            raise UserError(t("没有编号为 {id} 的手动行", id=manual_id))
        ctx = self.shop.ctx
        with self.store.atomic():
            self.store.awards.manual_delete(manual_id)
            self.store.audit.add(ctx.user, "awards.manual_remove",
                                 t("删除 {period} 的手动行 #{id}（{award}）：{reason}", period=row.period, id=row.id,
                                   award=row.rule or t("调整"), reason=row.reason),
                                 {"row": row.__dict__}, pin_used=ctx.pin_used)
        return row

    def _write_manual(self, period: Period, rule: str | None, staff_id: int | None, dept: str | None,
                      amount_fen: int | None, item: str | None, reason: str, summary: str) -> int:
        ctx = self.shop.ctx
        with self.store.atomic():
            manual_id = self.store.awards.manual_add(period.key(), rule, staff_id, dept, amount_fen, item, reason,
                                                     ctx.user, at=stamp_on(ctx.today))
            self.store.audit.add(ctx.user, "awards.manual_add" if rule else "awards.adjust", summary,
                                 {"id": manual_id, "period": period.key(), "rule": rule, "staff_id": staff_id,
                                  "dept": dept, "amount_fen": amount_fen, "item": item, "reason": reason},
                                 pin_used=ctx.pin_used)
        return manual_id

    def _force_for(self, period: Period, staff_id: int | None, dept: str | None,
                   people: dict[int, Staff]) -> PlanInForce:
        if staff_id is not None:
            person = people.get(staff_id)
            if person is None:
                raise UserError(t("没有编号为 {id} 的员工", id=staff_id))
            key: str | None = person.dept
        else:
            key = dept
            if dept is not None and self.store.departments.by_name(dept) is None:
                raise UserError(t("没有部门「{name}」", name=dept))
        for force in self.plans.in_force(period):
            if key in force.departments:
                return force
        raise UserError(t("{who}在 {period} 没有生效的方案", who=key or t("未分部门的员工"), period=period.shown_label()))


def _former_names_said(force: PlanInForce, facts: Facts, period: Period) -> list[str]:
    """「客服方案」的「表扬奖」适用部门：客服一部（原名 客服部）: a rule written for a department renamed since."""
    said = []
    for written, now in facts.dept_names.items():
        if written != now:
            awards = joined(t("「{rule}」", rule=r.name) for r in force.plan.rules_for(period.kind)
                            if written in r.departments)
            said.append(t("「{plan}」的{awards}适用部门：{now}（原名 {old}）", plan=force.plan.name, awards=awards,
                          now=now, old=written))
    return said


def _in_group(row: ManualRow, depts: set[str | None], by_id: dict[int, Staff]) -> bool:
    if row.staff_id is not None:
        person = by_id.get(row.staff_id)
        return person is not None and person.dept in depts
    return row.dept in depts


def adjustment_note(person: Staff) -> str:
    """For someone out of the awards, what an adjustment of their pay is (the CLI and the 调整 dialog say it);
    empty for everyone else."""
    if person.in_awards:
        return ""
    return t("{who}不参与评奖：调整是对工资的更正，不是奖项，照常计入发放表和计算单", who=person.display())


def _adjustment(row: ManualRow, person: Staff) -> Line:
    amount = row.amount_fen or 0
    return Line("staff", person.id, person.name, person.dept, t("调整"), ADJUSTMENT,
                "cash" if amount > 0 else "deduction", amount, None,
                t("手动调整：{reason}", reason=row.reason), False, "")


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
