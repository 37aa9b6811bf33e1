"""Reading a department (优秀部门): its members' sums, or its achievement against the targets its members hold."""

from __future__ import annotations

from app.i18n import list_separator, t
from app.rules.context import Ctx
from app.rules.facts import DeptFacts
from app.rules.measure import Measure, Reading


def read_dept(measure: Measure, ctx: Ctx, dept: DeptFacts, months: tuple[str, ...]) -> Reading:
    assert measure.metric is not None
    if measure.source == "achievement":
        return _achievement(measure, ctx, dept, months)
    sums = [ctx.metric_sum(sid, measure.metric, months) for sid in dept.members]
    known = [v for v in sums if v is not None]
    if not known:
        return Reading(None, reason=t("{name}无数据", name=measure.metric.shown_name))
    return Reading(sum(known), measure.metric.format(sum(known)))


def _achievement(measure: Measure, ctx: Ctx, dept: DeptFacts, months: tuple[str, ...]) -> Reading:
    """The members' results against the department's target — each month only those of the members whose
    targets make it up: a member without a target would otherwise lift the department for free."""
    assert measure.metric is not None
    key = measure.metric.key
    counted: list[int] = []
    left_out: set[int] = set()
    scaled: list[str] = []  # members' targets scaled to the days they were employed, as on their own lines
    for m in months:
        holders = dept.target_holders(key, m)
        if holders:
            left_out |= set(dept.members) - set(holders)
        counted += [v for sid in holders if (v := ctx.metric_sum(sid, measure.metric, (m,))) is not None]
        for sid in holders:
            part = ctx.scaled_note(sid, measure.metric, m)
            if part and sid in ctx.staff_by_id:
                scaled.append(f"{ctx.staff_by_id[sid].name} {part}")
    targets = [dept.targets.get((key, m)) for m in months]
    reading = measure.achievement(sum(counted) if counted else None, targets, months, dept=True)
    note = "".join(list_separator("，") + text for text in scaled)
    if left_out:
        note += t("，未设目标的 {n} 人不计", n=len(left_out))
    return reading.noted(note)
