"""Whom a plan's rules read, and which of their events: the departments each rule of a period applies to (its
适用部门) and the event types it counts, sums or filters on. An input no rule reads cannot change a result, so
a run approved since `READ_ONLY` was kept with its plans is stamped without such inputs (`narrowed`), and a
change to one asks nothing of the approved period (`services.approved`)."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.awards.facts import objects_of, rule_departments_read
from app.domain import Staff
from app.events import Event
from app.periods import Period
from app.rules import Facts, Plan

if TYPE_CHECKING:
    from app.awards.plans import PlanInForce
    from app.store import Store

# kept in each plan entry of a run approved with a fingerprint of what its rules read (`Computation.plans`)
READ_ONLY = "fingerprint_of_read"
_MANUAL = "manual"  # a manual award may be added for anyone the plan covers, whatever its 适用部门


@dataclass(frozen=True)
class PlanReads:
    # the departments (today's names) some rule applies to; None: every department
    departments: frozenset[str | None] | None
    # (event type, the departments the rule reading it applies to — None: every one); a type that spoils another
    # (`unless_event`) is read of everyone, whatever the rule's 适用部门
    events: frozenset[tuple[str, frozenset[str | None] | None]]

    def applies_to(self, dept: str | None) -> bool:
        return self.departments is None or dept in self.departments

    def reads_event(self, event_type: str, dept: str | None) -> bool:
        return any(kind == event_type and (scope is None or dept in scope) for kind, scope in self.events)


def plan_reads(plan: Plan, period_kind: str, dept_names: Mapping[str, str]) -> PlanReads:
    """What the period's rules read; `dept_names`: a name a rule's 适用部门 gives → today's name of the department
    it means (`Facts.dept_names`)."""
    scopes = []
    events: set[tuple[str, frozenset[str | None] | None]] = set()
    for rule in plan.rules_for(period_kind):
        scope = None if not rule.departments or rule.kind == _MANUAL else \
            frozenset(dept_names.get(name, name) for name in rule.departments)
        scopes.append(scope)
        for obj in objects_of(rule):
            for field, whose in (("event", scope), ("unless_event", None)):
                value = getattr(obj, field, None)
                if isinstance(value, str) and value:
                    events.add((value, whose))
    departments = None if any(s is None for s in scopes) else frozenset().union(*scopes)
    return PlanReads(departments, frozenset(events))


def narrowed(facts: Facts, reads: PlanReads) -> Facts:
    """The facts without what no rule reads: the people of departments no rule applies to (their values,
    targets, flowers and department), and the events of types no rule applying to their person reads."""
    kept = {s.id for s in facts.staff if reads.applies_to(s.dept)}
    dept = {s.id: s.dept for s in facts.staff}
    return dataclasses.replace(
        facts, staff=tuple(s for s in facts.staff if s.id in kept),
        values={k: v for k, v in facts.values.items() if k[0] in kept},
        targets={k: v for k, v in facts.targets.items() if k[0] in kept},
        events=tuple(e for e in facts.events if reads.reads_event(e.type, dept.get(e.staff_id))),
        flowers={sid: n for sid, n in facts.flowers.items() if sid in kept},
        departments=tuple(d for d in facts.departments if reads.applies_to(d.name)),
        pairs={k: v for k, v in facts.pairs.items() if k[0] in kept})


def events_read(store: Store, forces: Iterable[PlanInForce], period: Period, people: Iterable[Staff]) -> list[Event]:
    """The period's events that a rule of the plan in force over their person's department reads: the data of a
    team scored by its events, as 售后部; an event no rule reads (a 安全事故 under a plan paying for sales) is no
    data of the period."""
    reads_of: dict[str | None, PlanReads] = {}
    for force in forces:
        reads = plan_reads(force.plan, period.kind, rule_departments_read(store, force.plan, period.kind))
        reads_of.update(dict.fromkeys(force.departments, reads))
    dept_of = {p.id: p.dept for p in people}

    def read(event: Event) -> bool:
        if event.staff_id not in dept_of:
            return False
        dept = dept_of[event.staff_id]
        return dept in reads_of and reads_of[dept].reads_event(event.type, dept)

    return [e for e in store.events.between(period.start, period.end) if read(e)]
