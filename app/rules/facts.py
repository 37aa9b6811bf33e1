"""The facts an evaluation works on. Built directly in tests; built from the store by the award run.

Metric values and targets are per person and month, in the metric's stored integer units (money in
fen), keyed `(staff_id, metric_key, "YYYY-MM")`. A missing key means "no data at all" and is never
read as zero. Events are those of the period (others are ignored). Red flowers are counts received
in the period.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from app.domain import Staff
from app.events import Event
from app.periods import Period

ValueKey = tuple[int, str, str]  # (staff_id, metric, "YYYY-MM")


@dataclass(frozen=True)
class DeptFacts:
    """A department: its members for the period and its own monthly targets `(metric, "YYYY-MM") → units`.

    `holders`: the members whose own targets make up a month's department target. Without it (a target set
    for the department as a whole), every member holds each month's target."""

    name: str
    members: tuple[int, ...] = ()
    targets: Mapping[tuple[str, str], int] = field(default_factory=dict)
    holders: Mapping[tuple[str, str], tuple[int, ...]] | None = None

    def target_holders(self, metric: str, month: str) -> tuple[int, ...]:
        if self.holders is not None:
            return self.holders.get((metric, month), ())
        return self.members if (metric, month) in self.targets else ()


@dataclass(frozen=True)
class ManualEntry:
    """A line the owner adds in review for a manual rule; the reason is required."""

    rule: str
    reason: str
    staff_id: int | None = None
    dept: str | None = None
    amount_fen: int | None = None  # None: the rule's default amount
    item: str | None = None


@dataclass(frozen=True, eq=False)
class Facts:
    period: Period
    today: date
    staff: tuple[Staff, ...] = ()
    values: Mapping[ValueKey, int] = field(default_factory=dict)
    targets: Mapping[ValueKey, int] = field(default_factory=dict)
    events: tuple[Event, ...] = ()
    flowers: Mapping[int, int] = field(default_factory=dict)
    departments: tuple[DeptFacts, ...] = ()
    manual: tuple[ManualEntry, ...] = ()
    # (staff_id, "YYYY-MM") → (days employed, days in the month) of targets scaled to a part month
    prorated: Mapping[tuple[int, str], tuple[int, int]] = field(default_factory=dict)
    # the targets as set `(staff_id, metric, "YYYY-MM")` of those scaled (`prorated`), for the explanation to redo
    targets_set: Mapping[ValueKey, int] = field(default_factory=dict)
    # the same for every month someone was on the team only part of, their target scaled or not
    part_months: Mapping[tuple[int, str], tuple[int, int]] = field(default_factory=dict)
    # (staff_id, a, b, "YYYY-MM") → the two parts a rate a/b is read from, where the month's values of a and b
    # do not rest on the same imported totals (ValueRepo.unpaired_ratio_parts): their daily values on the days both have one
    pairs: Mapping[tuple[int, str, str, str], tuple[int | None, int | None]] = field(default_factory=dict)
    # department (None: no department) → the month ("YYYY-MM") its plan came into force, where that is after the
    # period's first month: a ranking and a threshold met each month read each person from there on
    in_force_from: Mapping[str | None, str] = field(default_factory=dict)
    # a name a rule's 适用部门 gives → today's name of the department it means (itself, or the department that
    # last had it, renamed since); a name meaning no department is not here
    dept_names: Mapping[str, str] = field(default_factory=dict)
