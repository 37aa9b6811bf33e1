"""方案模拟 (what-if): run a draft plan over the last approved periods of its period kinds and compare, period
by period, with what was approved — the cost per pay month (cash, goods, deductions, team funds, net), who
gains and who loses, and how the ranking by net pay moves. Nothing is written.

    sim = simulate(shop, "draft.json", periods=6)            # a plan file, one of the shop's plans, a preset
    sim.periods[0].before.net_fen, sim.periods[0].after.net_fen, sim.people, sim.months

The draft is evaluated on today's data, with the period's manual lines whose award is a manual rule of the
draft and with its adjustments; an approved run whose data changed since approval says so, because its
differences then mix the plan change with the data change (a plan put in force since is no data change).

Like is compared with like: the draft runs for the departments its plan (the shop's plan of the same name or key)
was in force for in each period, and the departments on another plan keep it and are left out of the comparison
(`Simulation.scope_lines` says which, with their people). A draft no department uses runs for every department, as
it does with `all_depts`; with `dept`, only that department runs the draft and only its people and team are compared.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from app import settings as declared
from app.awards.computing import _adjustment
from app.awards.facts import build_facts
from app.awards.model import Line, dept_totals, person_totals
from app.awards.plans import is_preset_source
from app.errors import Cancelled, UserError
from app.i18n import cut_list, joined, t
from app.periods import Month, Period, parse_period
from app.rules import ManualEntry, Plan, evaluate

if TYPE_CHECKING:
    from app.shop import Shop

KIND_WORDS = {"month": "月度", "quarter": "季度", "half": "半年", "year": "年度"}
# which departments run the draft: those of its plan, every department (asked, or no department uses the plan), one
SCOPE_PLAN, SCOPE_ALL, SCOPE_UNUSED, SCOPE_DEPT = "plan", "all", "unused", "dept"
NAMED_PEOPLE = 8  # people named in the scope lines before 「等 N 人」


@dataclass(frozen=True)
class Cost:
    cash_fen: int = 0
    goods_fen: int = 0  # people's and departments' goods
    deduction_fen: int = 0  # positive
    team_fen: int = 0  # team funds (department lines, cash less deductions)

    @property
    def net_fen(self) -> int:
        """What people are paid in cash: cash less deductions (goods and team funds are listed apart)."""
        return self.cash_fen - self.deduction_fen

    def __add__(self, other: Cost) -> Cost:
        return Cost(self.cash_fen + other.cash_fen, self.goods_fen + other.goods_fen,
                    self.deduction_fen + other.deduction_fen, self.team_fen + other.team_fen)

    def as_dict(self) -> dict[str, int]:
        return {"cash_fen": self.cash_fen, "goods_fen": self.goods_fen, "deduction_fen": self.deduction_fen,
                "team_fen": self.team_fen, "net_fen": self.net_fen}


def cost_of(lines: list[Line]) -> Cost:
    people = person_totals(lines)
    teams = dept_totals(lines)
    return Cost(sum(p.cash_fen for p in people), sum(x.goods_fen for x in [*people, *teams]),  # a team's goods cost too
                sum(p.deduction_fen for p in people), sum(d.net_fen for d in teams))


@dataclass(frozen=True)
class PersonChange:
    staff_id: int
    staff: str
    before_net_fen: int
    after_net_fen: int
    before_goods_fen: int = 0
    after_goods_fen: int = 0

    @property
    def diff_fen(self) -> int:
        return self.after_net_fen - self.before_net_fen

    def as_dict(self) -> dict[str, object]:
        return {"staff_id": self.staff_id, "staff": self.staff, "before_net_fen": self.before_net_fen,
                "after_net_fen": self.after_net_fen, "diff_fen": self.diff_fen,
                "before_goods_fen": self.before_goods_fen, "after_goods_fen": self.after_goods_fen}


@dataclass(frozen=True)
class RankChange:
    staff_id: int
    staff: str
    before: int
    after: int
    diff_fen: int = 0  # the person's own change of net pay: a rise can still lose a rank to a bigger one

    def as_dict(self) -> dict[str, object]:
        return {"staff_id": self.staff_id, "staff": self.staff, "before": self.before, "after": self.after,
                "diff_fen": self.diff_fen}


@dataclass(frozen=True)
class PeriodComparison:
    period: Period
    approved_at: str
    before: Cost
    after: Cost
    people: list[PersonChange]  # everyone with a line in either, by staff id
    ranking: list[RankChange]  # only those whose rank by net pay moved
    data_changed: bool
    notes: list[str] = field(default_factory=list)
    before_lines: list[Line] = field(default_factory=list)
    after_lines: list[Line] = field(default_factory=list)
    depts: tuple[str | None, ...] = ()  # the departments run on the draft (None: people without one)
    kept: tuple[tuple[str | None, str], ...] = ()  # (department, its plan) left on their own plan, not compared
    kept_staff: tuple[tuple[int, str], ...] = ()  # (staff id, name) of the people approved on those plans

    @property
    def kept_people(self) -> tuple[str, ...]:
        return tuple(name for _sid, name in self.kept_staff)

    @property
    def gains(self) -> list[PersonChange]:
        return [p for p in self.people if p.diff_fen > 0]

    @property
    def losses(self) -> list[PersonChange]:
        return [p for p in self.people if p.diff_fen < 0]

    def as_dict(self) -> dict[str, object]:
        return {"period": str(self.period), "label": self.period.label(), "approved_at": self.approved_at,
                "data_changed": self.data_changed, "before": self.before.as_dict(), "after": self.after.as_dict(),
                "people": [p.as_dict() for p in self.people], "ranking": [r.as_dict() for r in self.ranking],
                "notes": self.notes, "depts": list(self.depts),
                "kept": [{"dept": d, "plan": plan} for d, plan in self.kept], "kept_people": list(self.kept_people)}


@dataclass(frozen=True)
class Simulation:
    plan: str
    dept: str | None
    periods: list[PeriodComparison]  # oldest first
    scope: str = SCOPE_ALL

    @property
    def depts(self) -> list[str | None]:
        """The departments run on the draft in any compared period."""
        return list(dict.fromkeys(d for c in self.periods for d in c.depts))

    @property
    def kept(self) -> list[tuple[str | None, str]]:
        """(department, plan) left on their own plan in any compared period and not compared."""
        return list(dict.fromkeys(k for c in self.periods for k in c.kept if k[0] not in self.depts))

    @property
    def kept_people(self) -> list[str]:
        compared = {p.staff_id for p in self.people}
        kept = dict(sorted({k for c in self.periods for k in c.kept_staff}))
        return [name for sid, name in kept.items() if sid not in compared]

    def scope_lines(self) -> list[str]:
        """Which departments and people were simulated on the draft, and which kept their own plan."""
        depts = joined(_dept_name(d) for d in self.depts if d is not None or self._has_unassigned())
        people = [p.staff for p in sorted(self.people, key=lambda p: p.staff_id)]
        who = _who(people) or t("无人")
        lines = [{SCOPE_PLAN: t("按草案模拟的部门：{depts}（本方案现用于这些部门），{who}", depts=depts, who=who),
                  SCOPE_ALL: t("按草案模拟的部门：全部部门，{who}", who=who),
                  SCOPE_UNUSED: t("店里没有部门在用方案「{plan}」，全部部门按草案模拟，{who}",
                                  plan=self.plan, who=who),
                  SCOPE_DEPT: t("只模拟{depts}，{who}", depts=depts, who=who)}[self.scope]]
        if self.kept:
            by_plan: dict[str, list[str]] = {}
            for d, plan in self.kept:
                by_plan.setdefault(plan, []).append(_dept_name(d))
            plans = joined(t("{depts}（{plan}）", depts=joined(depts), plan=plan) for plan, depts in by_plan.items())
            kept_people = self.kept_people
            lines.append(t("保留自己的方案、不参与对比：{plans}", plans=plans)
                         + (t("，{who}", who=_who(kept_people)) if kept_people else ""))
        return lines

    def _has_unassigned(self) -> bool:
        return any(x.dept is None for c in self.periods for x in [*c.before_lines, *c.after_lines]
                   if x.staff_id is not None)

    @property
    def months(self) -> list[tuple[Month, Cost, Cost]]:
        """(pay month, approved cost, simulated cost): every period is paid in the month it ends."""
        acc: dict[Month, tuple[Cost, Cost]] = {}
        for comp in self.periods:
            month = Month(comp.period.end.year, comp.period.end.month)
            before, after = acc.get(month, (Cost(), Cost()))
            acc[month] = (before + comp.before, after + comp.after)
        return [(m, *acc[m]) for m in sorted(acc)]

    @property
    def people(self) -> list[PersonChange]:
        """Each person's total over all compared periods, biggest gain first, biggest loss last."""
        acc: dict[int, list] = {}
        for comp in self.periods:
            for p in comp.people:
                row = acc.setdefault(p.staff_id, [p.staff, 0, 0, 0, 0])
                row[1] += p.before_net_fen
                row[2] += p.after_net_fen
                row[3] += p.before_goods_fen
                row[4] += p.after_goods_fen
        result = [PersonChange(sid, *row) for sid, row in acc.items()]
        return sorted(result, key=lambda p: (-p.diff_fen, p.staff_id))

    @property
    def before(self) -> Cost:
        return sum((c.before for c in self.periods), Cost())

    @property
    def after(self) -> Cost:
        return sum((c.after for c in self.periods), Cost())

    def as_json(self) -> dict[str, object]:
        return {"plan": self.plan, "dept": self.dept, "scope": self.scope, "depts": self.depts,
                "kept": [{"dept": d, "plan": plan} for d, plan in self.kept], "kept_people": self.kept_people,
                "scope_lines": self.scope_lines(), "periods": [c.as_dict() for c in self.periods],
                "months": [{"month": m.key(), "before": b.as_dict(), "after": a.as_dict()} for m, b, a in self.months],
                "people": [p.as_dict() for p in self.people],
                "total": {"before": self.before.as_dict(), "after": self.after.as_dict()}}


def competition_ranks(values: dict[int, int]) -> dict[int, int]:
    """Rank by value, highest first; ties share the rank and the next rank skips (1, 1, 3)."""
    ordered = sorted(values.values(), reverse=True)
    first = {}
    for i, value in enumerate(ordered):
        first.setdefault(value, i + 1)
    return {sid: first[value] for sid, value in values.items()}


def _people(before: list[Line], after: list[Line]) -> tuple[list[PersonChange], list[RankChange]]:
    old = {p.staff_id: p for p in person_totals(before)}
    new = {p.staff_id: p for p in person_totals(after)}
    changes = []
    for sid in sorted(old.keys() | new.keys()):
        a, b = old.get(sid), new.get(sid)
        name = (b or a).staff  # type: ignore[union-attr]
        changes.append(PersonChange(sid, name, a.net_fen if a else 0, b.net_fen if b else 0,
                                    a.goods_fen if a else 0, b.goods_fen if b else 0))
    old_ranks = competition_ranks({c.staff_id: c.before_net_fen for c in changes})
    new_ranks = competition_ranks({c.staff_id: c.after_net_fen for c in changes})
    moves = [RankChange(c.staff_id, c.staff, old_ranks[c.staff_id], new_ranks[c.staff_id], c.diff_fen)
             for c in changes if old_ranks[c.staff_id] != new_ranks[c.staff_id]]
    return changes, sorted(moves, key=lambda r: (r.after, r.before, r.staff_id))  # tied now: the one above before first


def _resolve(shop: Shop, plan: Plan | str) -> tuple[Plan, str]:
    if isinstance(plan, Plan):
        return plan, plan.name
    found, text, source = shop.awards.plans.find(plan)
    if is_preset_source(source):  # not its file's key (预设 after-sales): named as the window lists it
        return found, t("{plan}（预设）", plan=found.name)
    own = shop.store.plans.latest(plan.strip())
    if own is not None and (own.source, own.content) == (source, text):  # not a file of that name
        return found, own.label  # the version simulated, as the plans dialog lists it, not 「方案编辑器」
    return found, t("{plan}（{source}）", plan=found.name, source=source)


def approved_periods(shop: Shop, kinds: set[str], count: int) -> list[Period]:
    """The last `count` approved periods of these kinds, oldest first (by end, then length), with the others
    paid in the month the oldest of them is paid in: a pay month is compared whole (the year with December)."""
    periods = [parse_period(key) for key in shop.store.awards.approved_periods()]
    chosen = sorted((p for p in periods if p.kind in kinds), key=lambda p: (p.end, p.months))
    if count <= 0 or not chosen:
        return []
    first = max(len(chosen) - count, 0)
    while first > 0 and chosen[first - 1].end == chosen[first].end:  # the same last day: the same pay month
        first -= 1
    return chosen[first:]


def simulate(shop: Shop, plan: Plan | str, *, periods: int = 6, dept: str | None = None, all_depts: bool = False,
             progress: Callable[[int, int], None] | None = None, cancel: Callable[[], bool] | None = None
             ) -> Simulation:
    """Compare the draft plan with the last `periods` approved periods of its period kinds (read only), for the
    departments its plan is in force for (see the module's note), every department or `dept` alone."""
    if periods < 1:
        raise UserError(t("模拟的期间数应至少为 1"))
    draft, label = _resolve(shop, plan)
    kinds = {r.period for r in draft.rules}
    if not kinds:
        raise UserError(t("方案「{plan}」没有任何规则，无法模拟", plan=draft.name))
    names = [d.name for d in shop.store.departments.list()]
    if dept is not None and dept not in names:
        raise UserError(t("没有部门「{name}」。现有部门：{names}", name=dept, names=joined(names) or t("（无）")))
    chosen = approved_periods(shop, kinds, periods)
    if not chosen:
        kinds_text = joined(t(KIND_WORDS[k]) for k in sorted(kinds, key=list(KIND_WORDS).index))
        raise UserError(t("还没有已批准的{kinds}期间，无法模拟。请先在「评奖」页批准至少一个期间", kinds=kinds_text))
    in_force = {period: shop.awards.plans.in_force(period) for period in chosen}
    scope, scopes = _scopes(draft, in_force, names, dept, all_depts)
    compared = []
    for done, period in enumerate(chosen):
        if cancel is not None and cancel():
            raise Cancelled()
        kept = tuple((d, pf.plan.name) for pf in in_force[period] for d in pf.departments if d not in scopes[period])
        compared.append(_compare(shop, draft, period, scopes[period], kept))
        if progress is not None:
            progress(done + 1, len(chosen))
    if scope == SCOPE_PLAN:
        for comparison in compared:
            _note_period_on_another_plan(draft, in_force[comparison.period], comparison)
    if scope in (SCOPE_ALL, SCOPE_UNUSED):
        _note_departments_on_other_plans(draft, in_force[chosen[-1]], compared[-1])
    elif scope == SCOPE_DEPT:
        _note_department_on_another_plan(draft, in_force[chosen[-1]], compared[-1], dept)
    return Simulation(label, dept, compared, scope)


def _same_plan(plan: Plan, draft: Plan) -> bool:
    """A shop's plan the draft is a version of: the same name, or the same key (a preset's or an exported file's)."""
    return plan.name == draft.name or bool(draft.key) and plan.key == draft.key


def _scopes(draft: Plan, in_force: dict[Period, list], names: list[str], dept: str | None, all_depts: bool
            ) -> tuple[str, dict[Period, tuple[str | None, ...]]]:
    """How the departments were chosen, and the departments run on the draft in each period: those its plan was
    in force for then (a period it was in force for none takes those of the others)."""
    every: tuple[str | None, ...] = (*names, None)
    if dept is not None:
        return SCOPE_DEPT, dict.fromkeys(in_force, (dept,))
    own = {period: tuple(d for pf in plans if _same_plan(pf.plan, draft) for d in pf.departments)
           for period, plans in in_force.items()}
    anywhere = tuple(dict.fromkeys(d for depts in own.values() for d in depts))
    if all_depts or not anywhere:
        return (SCOPE_ALL if all_depts else SCOPE_UNUSED), dict.fromkeys(in_force, every)
    return SCOPE_PLAN, {period: depts or anywhere for period, depts in own.items()}


def _who(names: list[str]) -> str:
    """「共 3 人：甲、乙、丙」, a longer list cut short: 「A、B … H等 12 人」."""
    if len(names) > NAMED_PEOPLE:
        return cut_list(names, NAMED_PEOPLE)
    return t("共 {n} 人：{names}", n=len(names), names=joined(names)) if names else ""


def _dept_name(dept: str | None) -> str:
    return dept if dept is not None else t("未分部门")


def _note_departments_on_other_plans(draft: Plan, in_force: list, latest: PeriodComparison) -> None:
    """Every department is simulated on the draft: say which of them were approved on another plan, since
    part of the difference comes from that (a department can be simulated alone)."""
    others = [(pf.plan.name, d) for pf in in_force if not _same_plan(pf.plan, draft)
              for d in pf.departments if d is not None]
    if others:
        latest.notes.append(t("全部部门都按本方案模拟，但{depts}现在用的是其他方案（{plans}），差额中也包含换方案的影响；"
                              "可以只选一个部门模拟", depts=joined(d for _plan, d in others),
                              plans=joined(sorted({plan for plan, _d in others}))))


def _note_department_on_another_plan(draft: Plan, in_force: list, latest: PeriodComparison, dept: str | None) -> None:
    """The one department asked for is on another plan: its differences include the change of plan."""
    own = [pf.plan.name for pf in in_force if dept in pf.departments and not _same_plan(pf.plan, draft)]
    if own:
        latest.notes.append(t("{dept}现在用的是方案「{plan}」，按本方案模拟的差额中也包含换方案的影响",
                              dept=_dept_name(dept), plan=own[0]))


def _note_period_on_another_plan(draft: Plan, in_force: list, comparison: PeriodComparison) -> None:
    """A period the plan was in force for no department runs the departments of the other periods on the draft:
    on another plan then, their difference includes the change of plan."""
    others = [(pf.plan.name, d) for pf in in_force if not _same_plan(pf.plan, draft)
              for d in pf.departments if d in comparison.depts]
    if others:
        comparison.notes.append(t("{period} {depts}用的是其他方案（{plans}），按本方案模拟的差额中也包含换方案的影响",
                                  period=comparison.period.shown_label(),
                                  depts=joined(_dept_name(d) for _plan, d in others),
                                  plans=joined(sorted({plan for plan, _d in others}))))


def _in_scope(line: Line, scope: set[str | None]) -> bool:
    return line.dept in scope


def _compare(shop: Shop, draft: Plan, period: Period, scope_depts: tuple[str | None, ...],
             kept: tuple[tuple[str | None, str], ...] = ()) -> PeriodComparison:
    store = shop.store
    run = store.awards.current_run(period.key())
    assert run is not None
    scope = set(scope_depts)
    approved = store.awards.lines(run.id)
    before = [x for x in approved if _in_scope(x, scope)]
    outside = [x for x in approved if not _in_scope(x, scope)]
    kept_staff = tuple(sorted({(x.staff_id, x.staff_name or "") for x in outside if x.staff_id is not None}))
    if not any(x.dept is None for x in outside):  # no one without a department was approved outside the draft
        kept = tuple(k for k in kept if k[0] is not None)
    people = store.staff.list()
    by_id = {p.id: p for p in people}
    notes: list[str] = []
    manual_rules = {r.name for r in draft.rules_for(period.kind) if r.kind == "manual"}
    entries, adjustments = [], []
    for row in store.awards.manual(period.key()):
        person = by_id.get(row.staff_id) if row.staff_id is not None else None
        in_scope = (person.dept in scope) if person is not None else (row.dept in scope)
        if not in_scope:
            continue
        if row.rule is None:
            if person is not None:
                adjustments.append(_adjustment(row, person))
        elif row.rule in manual_rules:
            entries.append(ManualEntry(row.rule, row.reason, row.staff_id, row.dept, row.amount_fen, row.item))
        else:
            notes.append(t("手动奖项「{award}」（#{id}）不是模拟方案的手动奖项，模拟中未计入", award=row.rule, id=row.id))
    flowers = shop.flowers.received(period)
    facts, _metrics = build_facts(store, shop.metrics, draft, period, shop.today, scope_depts, people, flowers,
                                  tuple(entries), prorate=bool(shop.settings.get(declared.PRORATE_TARGETS)))
    result = evaluate(draft, facts)
    after: list[Line] = []
    for line in result.lines:
        person = by_id.get(line.staff_id) if line.staff_id is not None else None
        after.append(Line(line.recipient_type, line.staff_id, person.name if person else None,
                          person.dept if person else line.dept, line.award, line.rule_kind, line.kind,
                          line.amount_fen, line.item, line.explanation, line.certificate, draft.name))
    after.extend(adjustments)
    data_changed = shop.awards.status(period).data_changed  # a change of plan alone is what is simulated
    if data_changed:
        notes.append(t("{period} 批准后数据有变化：差异中也包含数据的变化", period=period.shown_label()))
    changes, ranking = _people(before, after)
    return PeriodComparison(period, run.approved_at, cost_of(before), cost_of(after), changes, ranking,
                            data_changed, notes, before, after, scope_depts, kept, kept_staff)


__all__ = ["SCOPE_ALL", "SCOPE_DEPT", "SCOPE_PLAN", "SCOPE_UNUSED", "Cost", "PeriodComparison", "PersonChange", "RankChange", "Simulation", "approved_periods",
           "competition_ranks", "cost_of", "simulate"]
