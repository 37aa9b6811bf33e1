"""Computing a period's award lines with the plans in force (nothing is written): the part of `AwardService`
(service.py) that evaluates the rules, and the `Computation` it hands on to review and approval."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from app import settings as declared
from app.awards.facts import build_facts, uses_achievement
from app.awards.model import ADJUSTMENT, Line, facts_digest, fingerprint, tie_notes
from app.awards.plans import PlanInForce, PlanService
from app.awards.reads import READ_ONLY, PlanReads, events_read, narrowed, plan_reads
from app.domain import Staff, namesakes
from app.errors import Cancelled, UserError
from app.i18n import joined, t
from app.periods import Period, parse_month
from app.rules import AwardLine, Facts, ManualEntry, NotAwarded, evaluate
from app.rules.kinds import reads_own_months
from app.rules.manual import check_entry
from app.store.awards import ManualRow

if TYPE_CHECKING:
    from app.metrics import Metric
    from app.shop import Shop

Progress = Callable[[int, int], None]


class NoPlanInForce(UserError):
    """No incentive plan is in force for the period. The message is the command line's (it names
    `plan use`); a window says it in its own words."""


@dataclass
class PlanGroup:
    force: PlanInForce
    facts: Facts
    metrics: list[Metric]
    lines: list[Line]


@dataclass
class Computation:
    period: Period
    lines: list[Line] = field(default_factory=list)
    not_awarded: list[NotAwarded] = field(default_factory=list)
    groups: list[PlanGroup] = field(default_factory=list)
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


class Computing:
    """`AwardService.calculate`: a period evaluated with the plans in force."""

    shop: Shop
    plans: PlanService

    @property
    def store(self):
        return self.shop.store

    def calculate(self, period: Period, progress: Progress | None = None,
                  cancel: Callable[[], bool] | None = None, forces: list[PlanInForce] | None = None,
                  leaving_out: frozenset[int] = frozenset()) -> Computation:
        """Evaluate the period with the plans in force (or `forces`; nothing is written), without the manual lines
        and adjustments of `leaving_out` (ids: the period as it would be once they are removed)."""
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
        rows = [row for row in self.store.awards.manual(period.key()) if row.id not in leaving_out]
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
            comp.groups.append(PlanGroup(force, facts, metrics, lines))
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


def _adjustment(row: ManualRow, person: Staff) -> Line:
    amount = row.amount_fen or 0
    return Line("staff", person.id, person.name, person.dept, t("调整"), ADJUSTMENT,
                "cash" if amount > 0 else "deduction", amount, None,
                t("手动调整：{reason}", reason=row.reason), False, "")
