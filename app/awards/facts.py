"""Facts for one plan and one period, read from the store.

Values are per person, metric and month: the daily values aggregated the way the metric says (sum, mean,
or mean weighted by another metric over the days whose weight is known), else the month-total row of an
import for that month. Only the metrics the period's rules read are loaded. A department's target is the
sum of its members' targets.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from datetime import date
from typing import TYPE_CHECKING

from app.domain import Staff, names_meaning
from app.metrics import Metric, MetricRegistry
from app.money import round_half_up_div
from app.periods import Month, Period, month_keys
from app.rules import DeptFacts, Facts, ManualEntry, Plan, Rule
from app.rules.kinds import reads_own_months, uses_previous
from app.rules.measure import Measure
from app.services.progress import prorated
from app.store.awards import MonthAggregate

if TYPE_CHECKING:
    from app.store import Store


def _walk(value: object, seen: set[int]) -> Iterable[object]:
    if id(value) in seen:
        return
    seen.add(id(value))
    yield value
    if isinstance(value, Metric):
        return
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        for f in dataclasses.fields(value):
            yield from _walk(getattr(value, f.name), seen)
    elif isinstance(value, (tuple, list)):
        for item in value:
            yield from _walk(item, seen)
    elif isinstance(value, dict):
        for item in value.values():
            yield from _walk(item, seen)


def rule_objects(plan: Plan, period_kind: str) -> list[object]:
    """Every object inside the parameters of the period's rules (measures, metrics, conditions …)."""
    seen: set[int] = set()
    return [obj for rule in plan.rules_for(period_kind) for obj in _walk(rule.params, seen)]


def objects_of(rule: Rule) -> list[object]:
    """Every object inside one rule's parameters."""
    return list(_walk(rule.params, set()))


def metrics_used(plan: Plan, period_kind: str, registry: MetricRegistry) -> list[Metric]:
    """The stored metrics the period's rules read, with the weights of weighted means, by key."""
    found: dict[str, Metric] = {}
    for obj in rule_objects(plan, period_kind):
        if isinstance(obj, Metric):
            found.setdefault(obj.key, obj)
    by_key = {m.key: m for m in registry.stored}
    for metric in list(found.values()):
        if metric.aggregation == "weighted" and metric.weight and metric.weight in by_key:
            found.setdefault(metric.weight, by_key[metric.weight])
    return [found[k] for k in sorted(found)]


def metrics_read_before(plan: Plan, period_kind: str) -> set[str]:
    """The metrics the period's rules read over the period before (a step over last month, the best growth):
    of that period, a receipt lists only their values (`Plan.months_needed` loads every metric, and targets) —
    with the weights of weighted means, which that period's mean is read with."""
    seen: set[int] = set()
    read = [obj for rule in plan.rules_for(period_kind) if uses_previous(rule.kind, rule.params)
            for obj in _walk(rule.params, seen) if isinstance(obj, Metric)]
    return {m.key for m in read} | {m.weight for m in read if m.aggregation == "weighted" and m.weight}


def months_read(plan: Plan, period: Period, since: str | None) -> tuple[str, ...]:
    """The months whose values and targets the period's rules read of someone whose plan came into force in
    `since` within the period (None: not late): a ranking or a threshold met each month reads none of the
    period's months before it (`Ctx.months_for`); when another rule reads a metric, every month is read."""
    months = plan.months_needed(period)
    if since is None:
        return months
    readers = [r for r in plan.rules_for(period.kind) if any(isinstance(o, Metric) for o in _walk(r.params, set()))]
    if not all(reads_own_months(r.kind, r.params) for r in readers):
        return months
    own = set(month_keys(period))
    return tuple(m for m in months if m not in own or m >= since)


def events_used(plan: Plan, period_kind: str) -> set[str]:
    """The event types the period's rules read (counted, summed, filtered on, or spoiling others)."""
    found = set()
    for obj in rule_objects(plan, period_kind):
        if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
            for name in ("event", "unless_event"):
                value = getattr(obj, name, None)
                if isinstance(value, str) and value:
                    found.add(value)
    return found


def uses_flowers(plan: Plan, period_kind: str) -> bool:
    """Whether a rule of the period counts the red flowers received (a 红花 rule or a flowers measure)."""
    return any(r.kind == "flowers" for r in plan.rules_for(period_kind)) or any(
        isinstance(o, Measure) and o.source == "flowers" for o in rule_objects(plan, period_kind))


def uses_achievement(plan: Plan, rule_name: str) -> bool:
    rule = plan.rule(rule_name)
    if rule is None:
        return False
    return any(isinstance(o, Measure) and o.source == "achievement" for o in _walk(rule.params, set()))


def month_spans(months: Iterable[str]) -> list[tuple[str, date, date]]:
    spans = []
    for key in months:
        month = _month(key)
        spans.append((key, month.start, month.end))
    return spans


def month_value(metric: Metric, agg: MonthAggregate) -> int:
    """A month's value from its daily aggregate, rounded half-up to the stored unit (as app.metrics does)."""
    if metric.aggregation == "sum":
        return agg.total
    if metric.aggregation == "weighted" and agg.weight > 0:
        return round_half_up_div(agg.weighted_total, agg.weight)
    return round_half_up_div(agg.total, agg.days)


def load_values(store: Store, metrics: list[Metric], months: tuple[str, ...], staff_ids: set[int] | None = None
                ) -> dict[tuple[int, str, str], int]:
    """{(staff_id, metric, "YYYY-MM"): value}. A summed metric: the daily values, and where an import gave a
    total for the month or part of it, that total plus the daily values outside its span (see
    app.services.progress.month_to_date). A mean: daily data when present, else the month's total row."""
    if not metrics or not months:
        return {}
    spans = month_spans(months)
    first, last = min(s[1] for s in spans), max(s[2] for s in spans)
    wanted = set(months)
    values: dict[tuple[int, str, str], int] = {}
    for metric in metrics:
        weight = metric.weight if metric.aggregation == "weighted" and metric.weight else None
        for (sid, month), agg in store.awards.month_aggregates(metric.key, weight, first, last).items():
            if month in wanted and (staff_ids is None or sid in staff_ids):
                values[(sid, metric.key, month)] = month_value(metric, agg)
    for metric in (m for m in metrics if m.aggregation != "sum"):  # a mean: an imported report's, without daily data
        for month, start, end in spans:
            for sid, (value, _first, _last) in store.values.span_totals_within(metric.key, start, end).items():
                if (sid, metric.key, month) not in values and (staff_ids is None or sid in staff_ids):
                    values[(sid, metric.key, month)] = value
    for metric in (m for m in metrics if m.aggregation == "sum"):
        for month, start, end in spans:  # an imported total with the daily values it does not hold, as on the board
            for sid, value in store.values.with_imported_totals(metric.key, start, end).items():
                if staff_ids is None or sid in staff_ids:
                    values[(sid, metric.key, month)] = value
    return values


def dept_facts(departments: Iterable[str | None], staff: list[Staff],
               targets: dict[tuple[int, str, str], int]) -> tuple[DeptFacts, ...]:
    result = []
    for name in departments:
        if name is None:
            continue
        members = tuple(sorted(s.id for s in staff if s.dept == name))
        member_set = set(members)
        sums: dict[tuple[str, str], int] = {}
        holders: dict[tuple[str, str], list[int]] = {}
        for (sid, metric, month), value in sorted(targets.items()):
            if sid in member_set:
                sums[(metric, month)] = sums.get((metric, month), 0) + value
                holders.setdefault((metric, month), []).append(sid)
        result.append(DeptFacts(name=name, members=members, targets=sums,
                                holders={k: tuple(v) for k, v in holders.items()}))
    return tuple(sorted(result, key=lambda d: d.name))


def build_facts(store: Store, registry: MetricRegistry, plan: Plan, period: Period, today: date,
                departments: tuple[str | None, ...], people: list[Staff], flowers: dict[int, int],
                manual: tuple[ManualEntry, ...], *, prorate: bool = False,
                in_force_from: dict[str | None, str] | None = None) -> tuple[Facts, list[Metric]]:
    """The facts of `period` for the people of `departments` (employed at some time in the period).

    `prorate` (the shop's 折算目标 setting): a month's target of someone hired or leaving in it is scaled to
    the days they were employed, as the board does — a summed metric's only, never a rate's or an average's.
    `in_force_from`: the departments whose plan came into force within the period, with that month
    (`PlanInForce.late`)."""
    depts = set(departments)
    # each as of the stint that held the period: a rehired person's seniority and leave date are those of that stint
    staff = [p.stint_during(period.start, period.end) for p in people
             if p.dept in depts and p.employed_during(period.start, period.end)]
    ids = {p.id for p in staff}
    metrics = metrics_used(plan, period.kind, registry)
    months = plan.months_needed(period)
    values = load_values(store, metrics, months, ids)
    pairs = load_pairs(store, ratios_read(plan, period.kind), months, ids)
    targets = {k: v for k, v in store.awards.targets([m.key for m in metrics], list(months)).items() if k[0] in ids}
    part = part_months(staff, months)
    scaled = part if prorate else {}
    by_id = {s.id: s for s in staff}
    summed = {m.key for m in metrics if m.target_prorates}
    targets_set = {k: v for k, v in targets.items() if (k[0], k[2]) in scaled and k[1] in summed}
    targets = {(sid, metric, m): prorated(v, by_id[sid], _month(m)) if (sid, metric, m) in targets_set else v
               for (sid, metric, m), v in targets.items()}
    events = tuple(e for e in store.events.between(period.start, period.end) if e.staff_id in ids)
    facts = Facts(
        period=period, today=today, staff=tuple(staff), values=values, targets=targets, events=events,
        flowers={sid: n for sid, n in flowers.items() if sid in ids},
        departments=dept_facts(departments, staff, targets), manual=manual,
        prorated=scaled, targets_set=targets_set, part_months=part, pairs=pairs, in_force_from=in_force_from or {},
        dept_names=rule_departments_read(store, plan, period.kind),
    )
    return facts, metrics


def rule_departments_read(store: Store, plan: Plan, period_kind: str) -> dict[str, str]:
    """Each name the period's rules give as 适用部门 that means a department, → that department's name today:
    itself, or for a name no department has now, the department that last had it (a rename keeps the
    department's rules without rewriting the plan)."""
    named = {name for rule in plan.rules_for(period_kind) for name in rule.departments}
    if not named:
        return {}
    departments = store.departments.list()
    current = {d.name for d in departments}
    meaning = names_meaning(departments, store.departments.former_names())
    return {name: name if name in current else meaning[name].name for name in sorted(named)
            if name in current or name in meaning}


def ratios_read(plan: Plan, period_kind: str) -> set[tuple[str, str]]:
    """The rates of two summed metrics the period's rules read, as (a, b): only those may need their own
    parts — a plan reading 付款人数 and 询单人数 each on its own reads no 询单转化率 (nor its fingerprint)."""
    return {(o.metric.key, o.b.key) for o in rule_objects(plan, period_kind)
            if isinstance(o, Measure) and o.source == "derived" and o.op == "ratio" and o.metric is not None
            and o.b is not None and o.metric.aggregation == "sum" and o.b.aggregation == "sum"}


def load_pairs(store: Store, ratios: set[tuple[str, str]], months: tuple[str, ...], staff_ids: set[int]
               ) -> dict[tuple[int, str, str, str], tuple[int | None, int | None]]:
    """(staff_id, a, b, month) → the parts of a rate of two summed metrics the rules read, where the month's
    values of a and b do not rest on the same imported totals: their daily values on the days both have one."""
    pairs = {}
    for a, b in sorted(ratios):
        for month, start, end in month_spans(months):
            for sid, pair in store.values.unpaired_ratio_parts(a, b, start, end).items():
                if sid in staff_ids:
                    pairs[(sid, a, b, month)] = pair
    return pairs


def part_months(staff: list[Staff], months: tuple[str, ...]) -> dict[tuple[int, str], tuple[int, int]]:
    """(staff_id, month) → (days employed, days in the month) for the months someone was hired or left in."""
    scaled = {}
    for key in months:
        month = _month(key)
        for s in staff:
            days = s.days_employed(month.start, month.end)
            if days < month.days:
                scaled[s.id, key] = (days, month.days)
    return scaled


def _month(key: str) -> Month:
    return Month(int(key[:4]), int(key[5:7]))
