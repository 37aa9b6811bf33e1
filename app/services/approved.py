"""Changes to the data of a period whose awards are approved are made only when confirmed, whether they come
from an import (or its undo), the grid, `data set` or an event: the approved result stays as it was, and the
period then shows "批准后数据有变" until it is approved again. The values and targets of the period before
count too when a rule of the plan the period was approved with compares with it (a step bonus over last
month, the best growth): they are that period's baseline."""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from app.domain import Staff
from app.errors import UserError
from app.i18n import cut_list, joined, t
from app.periods import Period, month_keys, newest_first, parse_period, previous_period
from app.store import Store

if TYPE_CHECKING:
    from app.awards.reads import PlanReads
    from app.rules import Plan


class ApprovedPeriodChange(UserError):
    """The change touches approved periods and was not confirmed: the command line names --confirm-approved,
    a window asks and tries again confirmed. Nothing was written."""

    def __init__(self, message: str, periods: list[Period], consequence: str = ""):
        super().__init__(message)
        self.periods = periods
        # what the change does to them, when it is not only the usual mark (批准后数据有变): a window says it
        self.consequence = consequence


def approved_holding(store: Store, days: Iterable[date], *, baselines: bool = True) -> list[Period]:
    """The approved award periods (month, quarter, half-year, year) that hold any of `days` — and, with
    `baselines`, those whose approved plan reads a month holding one of them as its baseline."""
    return [p for p, _base in _approved_reading(store, days, baselines)]


def _approved_reading(store: Store, days: Iterable[date], baselines: bool,
                      parsed: dict[int, Plan] | None = None,
                      metrics: Collection[str] | None = None, people: Collection[Staff] | None = None,
                      event_types: Collection[str] | None = None,
                      known: dict[str, list[_EntryReads] | _WholeRun] | None = None) -> list[tuple[Period, bool]]:
    """(period, True when only its baseline holds one of the days), newest first. `parsed`: plans already read,
    by id (`PlansRead`). `metrics`: the change is to these metrics' values or targets only — a period whose
    approved plans read none of them is left out (None: any, as for a person's dates). `people`: the change is to
    these people's values, targets or (with `event_types`) events of those types only: a period none of whose
    plans reads it of them is left out (`reads_person`; `known`: what the periods' plans read, kept for one
    question)."""
    wanted = set(days)
    if not wanted:
        return []
    first, last = min(wanted), max(wanted)
    months = {d.strftime("%Y-%m") for d in wanted}
    found = []
    for key in store.awards.approved_periods():
        period = parse_period(key)
        if period.start <= last and first <= period.end and any(period.start <= d <= period.end for d in wanted):
            found.append((period, False))
        elif baselines and months & set(month_keys(previous_period(period))) and \
                months & set(months_read(store, period, parsed)):
            found.append((period, True))
    if people is not None:
        parsed = {} if parsed is None else parsed
        known = {} if known is None else known
        found = [(period, base) for period, base in found if any(
            reads_person(store, period, person, metrics, event_types, parsed, known) for person in people)]
    elif metrics is not None:
        found = [(period, base) for period, base in found if reads_any(store, period, metrics, parsed)]
    return _newest_first(found)


def _newest_first(found: Iterable[tuple[Period, bool]]) -> list[tuple[Period, bool]]:
    """(period, flag) pairs in the order the app lists periods (`periods.newest_first`)."""
    flags = dict(found)
    return [(period, flags[period]) for period in newest_first(flags)]


def approved_reading_month(store: Store, month: Period, parsed: dict[int, Plan] | None = None,
                           metrics: Collection[str] | None = None) -> list[tuple[Period, bool, date]]:
    """What a change to `month`'s values or targets would touch, to be said before one is made (the 数据 and 目标
    grids' note): (period, True when only as its baseline, the day it was approved) — the periods
    `check_confirmed` asks about for such a change. `parsed`: plans already read, by id (`PlansRead`).
    `metrics`: only the periods whose plans read one of these (the metric the grid shows)."""
    return with_approval_day(store, _approved_reading(store, [month.start], True, parsed, metrics))


def metrics_read(store: Store, period: Period, parsed: dict[int, Plan] | None = None) -> set[str] | None:
    """The stored metrics whose values and targets an approved period's plans read (`awards.facts.metrics_used`:
    what its run loads, and so what its fingerprint holds); None when not known (no plan versions kept, or one
    no longer reads)."""
    plans = _approved_plans(store, period, parsed)
    if plans is None:
        return None
    from app.awards.facts import metrics_used  # the award run's module, only for this question

    registry = store.custom_metrics.registry()
    return {m.key for plan in plans for m in metrics_used(plan, period.kind, registry)}


def reads_any(store: Store, period: Period, metrics: Collection[str], parsed: dict[int, Plan] | None = None) -> bool:
    """Whether a change to `metrics`' values or targets changes the approved period's results: its plans read one
    of them, or what they read is not known (asked about, as before)."""
    read = metrics_read(store, period, parsed)
    return read is None or not read.isdisjoint(metrics)


def reads_person(store: Store, period: Period, person: Staff, metrics: Collection[str] | None = None,
                 event_types: Collection[str] | None = None, parsed: dict[int, Plan] | None = None,
                 known: dict[str, list[_EntryReads] | _WholeRun] | None = None) -> bool:
    """Whether a change to the person's values or targets of `metrics` (None: any) — with `event_types`, to their
    events of those types — can change the approved period's results: they are among its people (on the team in
    it, in a department one of its plans covered) and a rule of that plan applying to their department (its
    适用部门) reads it. A run approved before its plans kept `READ_ONLY` holds every event and person of the
    departments it covered in its fingerprint: asked about for them. Not known (a plan that no longer reads):
    asked about. `known`: what each period's plans read, kept by its key for one question."""
    if not person.employed_during(period.start, period.end):
        return False
    known = {} if known is None else known
    if period.key() not in known:
        known[period.key()] = _entries_read(store, period, parsed)
    entries = known[period.key()]
    if isinstance(entries, _WholeRun):
        if entries.covered is not None and person.dept_id not in entries.covered:
            return False
        return event_types is not None or metrics is None or entries.metrics is None or \
            not entries.metrics.isdisjoint(metrics)
    for dept_ids, reads, metrics_of_plan in entries:
        if person.dept_id not in dept_ids:
            continue
        if event_types is not None:
            if any(reads.reads_event(kind, person.dept) for kind in event_types):
                return True
        elif reads.applies_to(person.dept) and (metrics is None or not metrics_of_plan.isdisjoint(metrics)):
            return True
    return False


_EntryReads = tuple[list[int | None], "PlanReads", frozenset[str]]


@dataclass(frozen=True)
class _WholeRun:
    """A run approved before `READ_ONLY`, or whose plans no longer read: the departments it covered (ids; None:
    not kept) and the metrics its plans read (`metrics_read`; None: not known), read once for a question."""
    covered: set[int | None] | None
    metrics: set[str] | None


def _entries_read(store: Store, period: Period, parsed: dict[int, Plan] | None) -> list[_EntryReads] | _WholeRun:
    """Per plan entry of the period's approved run: the departments it covered (ids), what its rules read of whom
    and the metrics its plan reads; a `_WholeRun` when the run was approved before `READ_ONLY` or a plan no
    longer reads."""
    from app.awards.facts import metrics_used, rule_departments_read  # the award run's modules, only for this
    from app.awards.reads import READ_ONLY, plan_reads

    entries = store.awards.current_plans(period.key()) or []
    plans = _approved_plans(store, period, parsed)
    if plans is None or len(plans) != len(entries) or \
            not all(entry.get(READ_ONLY) and isinstance(entry.get("dept_ids"), list) for entry in entries):
        return _WholeRun(_departments_covered(store, period.key()), metrics_read(store, period, parsed))
    registry = store.custom_metrics.registry()
    return [(entry["dept_ids"], plan_reads(plan, period.kind, rule_departments_read(store, plan, period.kind)),
             frozenset(m.key for m in metrics_used(plan, period.kind, registry)))
            for entry, plan in zip(entries, plans, strict=True)]


class PlansRead:
    """Stored plan versions read once and kept by id, for a question asked again and again (the grids' note, on
    each month switch: reading the plans of a quarter's and a year's approvals took ~14 ms of a big shop's
    switch). A version's text never changes; whether it still reads depends on the custom metrics, so a change
    to them forgets what was read."""

    def __init__(self) -> None:
        self._metrics: list | None = None
        self._parsed: dict[int, Plan] = {}

    def of(self, store: Store) -> dict[int, Plan]:
        metrics = store.custom_metrics.list()
        if metrics != self._metrics:
            self._metrics, self._parsed = metrics, {}
        return self._parsed


def with_approval_day(store: Store, found: Iterable[tuple[Period, bool]]) -> list[tuple[Period, bool, date]]:
    """Each (approved period, flag) with the day its current approval was made."""
    approved = store.awards.approval_days()
    return [(period, flag, date.fromisoformat(approved[period.key()][:10])) for period, flag in found
            if period.key() in approved]


def days_of(spans: Iterable[tuple[date, date]]) -> set[date]:
    """Every day of the spans (a month report's every day, not only its first and last)."""
    return {first + timedelta(days=n) for first, last in spans for n in range((last - first).days + 1)}


def months_read(store: Store, period: Period, parsed: dict[int, Plan] | None = None) -> tuple[str, ...]:
    """The months an approved period's plans read (its own, and the period before when a rule compares with
    it). A run that kept no plan versions, or whose plan no longer reads, is taken to read the period before.
    `parsed`: plans already read, by id, shared between calls."""
    plans = _approved_plans(store, period, parsed)
    if plans is None:
        return month_keys(previous_period(period)) + month_keys(period)
    return tuple(sorted({month for plan in plans for month in plan.months_needed(period)}))


def counts_flowers(store: Store, period: Period) -> bool:
    """Whether the plans an approved period was approved with count the red flowers received (a 红花 rule or
    a flowers measure): a flower given or revoked in it then changes its awards. Taken to, when not known."""
    from app.awards.facts import uses_flowers  # the award run's module, only for this question

    plans = _approved_plans(store, period)
    return plans is None or any(uses_flowers(plan, period.kind) for plan in plans)


def _approved_plans(store: Store, period: Period, parsed: dict[int, Plan] | None = None) -> list[Plan] | None:
    """The plan versions an approved period's run kept; None when it kept none or one no longer reads."""
    ids = [entry.get("plan_id") for entry in store.awards.current_plans(period.key()) or []]
    if not ids or None in ids:
        return None
    return _read_plans(store, ids, {} if parsed is None else parsed)


def plans_in_use(store: Store) -> list[Plan]:
    """The plan versions put in force for some department from some month (those that still read)."""
    parsed: dict[int, Plan] = {}
    ids = sorted({a.plan_id for a in store.plans.assignments()})
    return [plan for plan_id in ids for plan in (_read_plans(store, [plan_id], parsed) or [])]


def _read_plans(store: Store, ids: list[int], parsed: dict[int, Plan]) -> list[Plan] | None:
    """The stored plan versions `ids`, read (kept in `parsed`, by id); None when one no longer reads."""
    for plan_id in ids:
        if plan_id not in parsed:
            stored = store.plans.get(plan_id)
            if stored is None:
                return None
            from app.rules import parse_plan  # the plans are read only now: not before the first paint
            from app.rules.plan import read_plan_json

            try:
                parsed[plan_id] = parse_plan(read_plan_json(stored.content, source=stored.name),
                                             registry=store.custom_metrics.registry(), stored=True)
            except UserError:  # e.g. a custom metric it names was removed since: it cannot be told
                return None
    return [parsed[plan_id] for plan_id in ids]


def reading_spans(store: Store) -> list[tuple[str, date, date]]:
    """Each approved period's key with the first and last day of the months it reads (for an import, which
    knows the span of the values it changes)."""
    spans = []
    parsed: dict[int, Plan] = {}
    for key in store.awards.approved_periods():
        period = parse_period(key)
        first = min(months_read(store, period, parsed))
        spans.append((key, date(int(first[:4]), int(first[5:7]), 1), period.end))
    return spans


def approved_by_values(store: Store, cells: Iterable[tuple[int, str, date, date]]) -> list[tuple[Period, bool]]:
    """(period, True when only as its baseline) of the approved periods a change to these values alters, each
    given as (staff id, metric, first, last day): asked by the people and metrics changed (`reads_person`), as a
    value typed in is — for an import (its staged values) and its undo. The periods holding any of the days are
    found once, then tried person by person."""
    spans: dict[int, tuple[set[str], set[tuple[date, date]]]] = {}
    for staff_id, metric, first, last in cells:
        metrics, held = spans.setdefault(staff_id, (set(), set()))
        metrics.add(metric)
        held.add((first, last))
    # a person's metrics of one import mostly share their days: each span is made into days once
    changed = {staff_id: (metrics, days_of(held)) for staff_id, (metrics, held) in spans.items()}
    parsed: dict[int, Plan] = {}
    known: dict[str, list[_EntryReads] | _WholeRun] = {}
    candidates = [p for p, _base in _approved_reading(store, {d for _m, days in changed.values() for d in days},
                                                      True, parsed)]
    months_of = {p.key(): set(months_read(store, p, parsed)) & set(month_keys(previous_period(p)))
                 for p in candidates}
    found: dict[str, tuple[Period, bool]] = {}
    people = {p.id: p for p in store.staff.list()} if candidates else {}
    for staff_id, (metrics, days) in sorted(changed.items()):
        person = people.get(staff_id)
        months = {f"{year:04d}-{month:02d}" for year, month in {(d.year, d.month) for d in days}}
        for period in candidates:
            own = any(period.start <= d <= period.end for d in days)
            if not own and not months & months_of[period.key()]:
                continue
            if reads_any(store, period, metrics, parsed) if person is None else \
                    reads_person(store, period, person, metrics, None, parsed, known):
                before = found.get(period.key())
                found[period.key()] = (period, not own and (before is None or before[1]))
    return _newest_first(found.values())


def employment_changed(store: Store, before: Staff | None, after: Staff) -> list[date]:
    """The days of the approved periods (and of the periods before them, which a plan may compare with) on which
    the person is on the team in one record and not in the other: a leave, rehire or hire date that changes who
    counts in them, or for how many days a target counts. `before` None: someone just added."""
    periods = [parse_period(key) for key in store.awards.approved_periods()]
    if not periods:
        return []
    first = min(previous_period(p).start for p in periods)
    last = max(p.end for p in periods)
    days = (first + timedelta(days=n) for n in range((last - first).days + 1))
    return [d for d in days if (before is not None and before.employed_on(d)) != after.employed_on(d)]


def approved_by_employment(store: Store, before: Staff, after: Staff) -> list[tuple[Period, bool]]:
    """(period, True when only as its baseline) of the approved periods a change to the person's dates alters: the
    days they are on the team (`employment_changed`) and what the fingerprint keeps of them (`details_changed`) —
    for a change made without the staff form (an import moving a hire date back, its undo)."""
    found = {p.key(): (p, base) for p, base in _approved_reading(store, employment_changed(store, before, after), True,
                                                                 people=[before, after])}
    found.update((p.key(), (p, False)) for p in details_changed(store, before, after))
    return [found[key] for key in sorted(found)]


def staff_digest(person: Staff, fixed_pay: tuple[str, ...] = (), until: date | None = None) -> list[object]:
    """What an award run's fingerprint keeps of a person who counts in its period, as of the stint that held
    it (`app.awards.model.facts_digest`): a change to any of it changes the fingerprint (`details_changed`).
    With `until` (the period's last day) a leave dated after it is left out: nothing in the period reads it."""
    left = person.left if until is None or person.left is None or person.left <= until else None
    return [person.id, person.name, person.dept, person.role, person.hired, left,
            person.birthday.text() if person.birthday else None, bool(person.birthday and person.birthday.lunar)] + \
        [getattr(person, f"{k}_fen") for k in fixed_pay]


def details_changed(store: Store, before: Staff | None, after: Staff) -> list[Period]:
    """The approved periods whose fingerprint a change to one person's record alters: those the person counts
    in (on the team at some time in the period, in a department its approved plans cover and, since runs keep
    `READ_ONLY`, one a rule of them applies to — as the award run picks its people, `reads.narrowed`) in one
    record and not in the other, or in both with something the fingerprint keeps of them changed
    (`staff_digest`: name, department, role, the stint's dates, birthday). `before` None: someone just added."""
    found = []
    parsed: dict[int, Plan] = {}
    known: dict[str, list[_EntryReads] | _WholeRun] = {}
    for key in store.awards.approved_periods():
        period = parse_period(key)
        if not any(p is not None and p.employed_during(period.start, period.end) for p in (before, after)):
            continue
        if _kept(store, before, period, parsed, known) != _kept(store, after, period, parsed, known):
            found.append(period)
    return found


def _kept(store: Store, person: Staff | None, period: Period, parsed: dict[int, Plan],
          known: dict[str, list[_EntryReads] | _WholeRun]) -> list[object] | None:
    """What the period's fingerprint keeps of the person; None when they are not among the people it reads
    (`reads_person`: on the team in it, in a department its plans cover and a rule of them applies to)."""
    if person is None or not reads_person(store, period, person, parsed=parsed, known=known):
        return None
    return staff_digest(person.stint_during(period.start, period.end), until=period.end)


def department_renamed(store: Store, dept_id: int | None, new: str) -> tuple[list[Period], str]:
    """Before renaming department `dept_id` to `new` (None: before adding a department named `new`): the approved
    periods that changes and what it does to them, said for the owner. A renamed department keeps its rules (a
    name it had still means it, `domain.names_meaning`) and the approved results their fingerprint
    (`approved_runs.renamed_since`); only a rule written for departments named `new` changes hands: it applies to
    this department from now on — and no longer to the one that had that name before. Those periods are the ones
    such a rule of their plans reads this department or that one in. A period whose plans cannot be read is not
    known: it is asked about, its fingerprint tells after."""
    before = store.departments.former_holder(new)
    losing = before if before is not None and before.id != dept_id else None  # the department the name leaves
    concerned = {dept_id} | ({losing.id} if losing else set())
    members = [p for p in store.staff.list() if p.dept_id is not None and p.dept_id in concerned]
    periods: list[Period] = []
    rules: dict[str, None] = {}  # 「plan」的「rule」 written for `new`
    known = True
    for key in store.awards.approved_periods():
        period = parse_period(key)
        covered = _departments_covered(store, key)
        counted = any(p.employed_during(period.start, period.end) and (covered is None or p.dept_id in covered)
                      for p in members)
        if not counted or (before is not None and not losing):
            continue
        plans = _approved_plans(store, period)
        if plans is None:
            known = False
            periods.append(period)
            continue
        named = [t("「{plan}」的「{rule}」", plan=plan.name, rule=rule.name)
                 for plan in plans for rule in plan.rules_for(period.kind) if new in rule.departments]
        if named:
            periods.append(period)
            rules.update(dict.fromkeys(named))
    if not periods:
        return [], ""
    said = []
    if rules:
        said.append(renamed_rules_note(new, list(rules), losing.name if losing else None) if dept_id is not None else
                    added_rules_note(new, list(rules), losing.name if losing else ""))
        said.append(t("这些期间重新计算的金额会变，会标记为“批准后数据有变”。"))
    if not known:
        said.append(t("有的期间批准时用的方案已读不出，无法判断改名是否改变金额；若改变，这些期间会标记为“批准后数据有变”。"))
    return periods, "".join(said)


def added_rules_note(name: str, rules: list[str], losing: str) -> str:
    """What adding a department named as another one was called before does to the rules written for that name."""
    return t("方案里写明适用于「{name}」的奖项（{rules}）原本按旧名称适用于「{losing}」，现在改为适用于新部门「{name}」。",
             name=name, rules=joined(rules), losing=losing)


def renamed_rules_note(new: str, rules: list[str], losing: str | None) -> str:
    """What taking the name `new` does to the rules written for departments named so."""
    if losing:
        return t("方案里写明适用于「{new}」的奖项（{rules}）原本按「{new}」这个旧名称适用于「{losing}」；改名后「{new}」"
                 "指这个部门，这些奖项改为适用于这个部门，不再适用于「{losing}」。", new=new, rules=joined(rules),
                 losing=losing)
    return t("方案里写明适用于「{new}」的奖项（{rules}）改名后适用于这个部门。", new=new, rules=joined(rules))


def _departments_covered(store: Store, key: str) -> set[int | None] | None:
    """The ids of the departments (None: people without one) an approved period's plans covered; None when
    the run did not keep them (approved by an earlier version): taken to cover every department."""
    run = store.awards.current_run(key)
    entries = run.plans if run else []
    if not entries or any(not isinstance(entry.get("dept_ids"), list) for entry in entries):
        return None
    return {dept_id for entry in entries for dept_id in entry["dept_ids"]}


def approved_counting(store: Store, *people: Staff) -> list[Period]:
    """The approved periods any of `people` (a person's record before and after an edit) is among the people of:
    on the team in it, in a department its approved plans cover and a rule of them applies to. Whether they take
    part in the awards (`Staff.in_awards`) changes those periods' lines; a period whose plans do not cover their
    department never reads it."""
    found = []
    parsed: dict[int, Plan] = {}
    known: dict[str, list[_EntryReads] | _WholeRun] = {}
    for key in store.awards.approved_periods():
        period = parse_period(key)
        if any(_kept(store, person, period, parsed, known) is not None for person in people):
            found.append(period)
    return found


def check_confirmed(store: Store, days: Iterable[date], confirmed: bool, what: str, *,
                    baselines: bool = True, also: Iterable[Period] = (), consequence: str = "",
                    metrics: Collection[str] | None = None, people: Collection[Staff] | None = None,
                    event_types: Collection[str] | None = None, touching: Iterable[tuple[Period, bool]] = ()
                    ) -> list[str]:
    """The keys of the approved periods the change touches (for its audit row); refused with
    `ApprovedPeriodChange` when there are some and the change was not confirmed. `what`: the change, named for
    the owner (「2026-10-05 王小美的销售额」). `baselines`: whether the change is to values or targets, which a
    period after may compare with (events and flowers count only in their own period). `also`: approved
    periods the change touches besides those holding its days (a person's name or a department's). `consequence`:
    what the change does to them, for the window to say (`ApprovedPeriodChange.consequence`). `metrics`: the
    change is to these metrics' values or targets only: a period whose approved plans read none of them is not
    touched (`reads_any`). `people`: the change is to these people's values or targets only, or with
    `event_types` to their events of those types: a period whose plans read it of none of them is not touched
    (`reads_person`); None: anyone's. `touching`: (period, True when only as its baseline) found already
    (`approved_by_values`)."""
    touched = {p.key(): (p, base) for p, base in _approved_reading(store, days, baselines, metrics=metrics,
                                                                    people=people, event_types=event_types)}
    for period, base in touching:
        touched[period.key()] = (period, base and touched.get(period.key(), (period, True))[1])
    touched.update((p.key(), (p, False)) for p in also)
    found = _newest_first(touched.values())
    periods = [p for p, _base in found]
    if periods and not confirmed:
        raise ApprovedPeriodChange(unconfirmed_message(what, found), periods, consequence)
    return [p.key() for p in periods]


def unconfirmed_message(what: str, found: list[tuple[Period, bool]]) -> str:
    """Why a change to approved periods waits for confirming: `found` gives each period, True when the change
    touches only its baseline (the period before, which its plan compares with)."""
    held = _listed([p.shown_label() for p, base in found if not base])
    based = _listed([p.shown_label() for p, base in found if base])
    if not based:
        return t("{what}属于评奖已批准的期间 {periods}（确认后才能修改；评奖结果将标记为批准后数据有变）",
                 what=what, periods=held)
    if not held:
        return t("{what}是评奖已批准的期间 {periods} 对比的上期数据（确认后才能修改；评奖结果将标记为批准后数据有变）",
                 what=what, periods=based)
    return t("{what}属于评奖已批准的期间 {periods}，也是 {based} 对比的上期数据（确认后才能修改；"
             "评奖结果将标记为批准后数据有变）", what=what, periods=held, based=based)


def _listed(labels: list[str], shown: int = 5) -> str:
    """The periods' names, the first few of a long list only: an add without a hire date touches every one."""
    if len(labels) <= shown + 1:
        return joined(labels)
    return cut_list(labels, shown, unit="个期间")
