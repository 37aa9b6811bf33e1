"""An approved run beside the period as it computes now: whether its fingerprint still holds (in the form the
run was stamped with), how the plans in force differ from those it was approved with, and its departments by
id (kept with a run since `dept_ids`), named as today."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from app.awards.model import Line
from app.awards.reads import READ_ONLY
from app.i18n import every_language, joined, t
from app.periods import Period
from app.store import Store
from app.store.awards import RunRecord

if TYPE_CHECKING:
    from app.awards.computing import Computation


def unchanged(comp: Computation, run: RunRecord, renamed: frozenset[tuple[str, str]] = frozenset()) -> bool:
    """Whether the run's fingerprint is the computation's in the form the run was stamped with: with the fixed
    pay for runs that did not keep it; in today's form, or the one before (`Computation.fingerprint_as`): with
    the departments the run covered, those without anyone too (not one added since), and with leave dates
    after the period — none, when they were entered after the approval. `renamed` (`renamed_since`): the
    departments renamed since the approval, read with the names they had then. A run kept with `READ_ONLY` was
    stamped without what no rule reads (`reads.narrowed`), one approved before with all of it."""
    with_pay = run.fixed_pay is None
    read_only = bool(run.plans) and all(entry.get(READ_ONLY) for entry in run.plans)
    if run.fingerprint == comp.fingerprint_as(with_pay=with_pay, renamed=renamed, read_only=read_only):
        return True
    depts = Departments(comp.dept_ids)
    covered = frozenset(depts.label(key) for entry in run.plans for key in depts.keys(entry)
                        if key is not None) if run.plans else None
    return any(run.fingerprint == comp.fingerprint_as(with_pay=with_pay, later_leaves=later, empty_departments=covered,
                                                      renamed=renamed, read_only=read_only)
               for later in (True, False))


def renamed_since(store: Store, run: RunRecord) -> frozenset[tuple[str, str]]:
    """(today's name, the name at the run's approval) of each department renamed since: a rename keeps the
    department's rules (its former names mean it), so it changes no result of the run."""
    then = store.departments.names_at(run.approved_at)
    holder: dict[str, int] = {}
    for dept_id in sorted(then):  # a name two departments are read with: the older one had it then (ids grow)
        holder.setdefault(then[dept_id], dept_id)
    # a department added since with a name one had then is not that one: a name no approval was stamped with
    return frozenset((d.name, then[d.id] if holder[then[d.id]] == d.id else f"{then[d.id]}#{d.id}")
                     for d in store.departments.list() if then[d.id] != d.name or holder[then[d.id]] != d.id)


def plans_shown(store: Store, plans: list[dict], depts: Departments) -> list[dict]:
    """A run's kept plan entries as the review shows them: the departments by today's names, each plan version by
    its label in the language of the moment (kept in the language the run was approved in)."""
    shown = []
    for entry in plans:
        stored = store.plans.get(entry["plan_id"]) if entry.get("plan_id") else None
        shown.append({**depts.relabelled(entry), **({"plan": stored.label} if stored else {})})
    return shown


def plan_difference(store: Store, approved: list[dict], now: list[dict], depts: Departments, period: Period) -> str:
    """How the plans in force differ from those a run was approved with, per department ("" : the same):
    「淘宝客服激励方案 第1版 → 第2版」, with the departments (by today's names) when they differ in how they
    changed. Departments are compared by id, not by the label kept for showing; one the run did not cover
    with no one on the team in the period (added since), or one removed since, is no change."""
    if any(p.get("plan_id") is None for p in approved):
        return ""  # an old run that did not keep its plan versions: only its fingerprint tells
    staffed = {p.dept_id for p in store.staff.list() if p.employed_during(period.start, period.end)}
    before: dict[int | None, int | None] = {}
    labels: dict[int | None, str] = {}
    unknown: list[int | None] = []  # plan ids of departments kept by a name no department has now
    for p in approved:
        for key, label in zip(depts.keys(p), p["departments"], strict=True):
            if isinstance(key, str):
                unknown.append(p.get("plan_id"))
            elif key is None or key in depts.names:  # one removed since had nobody in it (`remove_department`)
                before[key] = p.get("plan_id")
                labels[key] = label
    after = {key: p.get("plan_id") for p in now for key in depts.keys(p)
             if key in before or key in staffed}
    for key in [k for k in after if k not in before]:
        # a run kept before ids were (by name) whose department was renamed since: the department it names
        # no longer exists, so one the run does not name is taken to be it when its plan is the same — and
        # when not, it cannot be told: not said as a change
        if after[key] in unknown:
            unknown.remove(after[key])
            before[key] = after[key]
        elif unknown:
            before[key] = after[key]
    moves: dict[tuple[int | None, int | None], list[str]] = {}
    for dept in [*before, *(d for d in after if d not in before)]:
        if before.get(dept) != after.get(dept):
            moves.setdefault((before.get(dept), after.get(dept)), []).append(depts.label(dept, labels.get(dept)))
    texts = []
    for (old_id, new_id), names in moves.items():
        old = store.plans.get(old_id) if old_id else None
        new = store.plans.get(new_id) if new_id else None
        if old is not None and new is not None and old.name == new.name:
            text = t("{plan} 第{old}版 → 第{new}版", plan=new.name, old=old.version, new=new.version)
        else:
            text = t("{old} → {new}", old=old.label if old else t("（无）"), new=new.label if new else t("（无）"))
        named = len(moves) > 1 or old is None or new is None  # 「（无） → …」 says whose plan only with the name
        texts.append(t("{depts}：{change}", depts=joined(names), change=text) if named else text)
    return "；".join(texts)



_NO_DEPARTMENT = every_language("未分部门")  # as a run keeps it: the label of the language it was approved in


class Departments:
    """A run's departments by id: kept with it since `dept_ids`; a run kept before that names them by the label
    of the language it was approved in, read back by today's names ("未分部门"/"no department": None)."""

    def __init__(self, ids: dict[str, int]):
        self.ids = ids
        self.names = {i: name for name, i in ids.items()}

    def keys(self, entry: dict) -> list[int | None | str]:
        """Each department of a kept plan entry: its id, None (no department), or its label when no department
        is called so today (not known)."""
        kept = entry.get("dept_ids")
        if isinstance(kept, list) and len(kept) == len(entry["departments"]):
            return list(kept)
        return [None if d in _NO_DEPARTMENT else self.ids.get(d, d) for d in entry["departments"]]

    def label(self, key: int | None | str, kept: str | None = None) -> str:
        """Today's name (a department removed since: the name kept)."""
        if key is None:
            return t("未分部门")
        if isinstance(key, str):
            return key
        return self.names.get(key) or kept or str(key)

    def named_as_today(self, lines: list[Line], plans: list[dict]) -> list[Line]:
        """An approved run's lines with each team line's department named as today, found by its id through the
        run's plans (the label kept beside each id): a department renamed since approval is the same one, not
        a line removed and another added. A department removed since keeps the name it had."""
        kept = {label: key for entry in plans
                for label, key in zip(entry["departments"], self.keys(entry), strict=True) if isinstance(key, int)}
        return [replace(x, dept=self.names.get(kept.get(x.dept or ""), x.dept))  # type: ignore[arg-type]
                if x.recipient_type == "department" else x for x in lines]

    def relabelled(self, entry: dict) -> dict:
        """A kept plan entry with its departments named as today."""
        return {**entry, "departments": [self.label(k, d) for k, d in zip(self.keys(entry), entry["departments"],
                                                                           strict=True)]}
