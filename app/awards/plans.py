"""The shop's plans and which one is in force for whom from when.

`use(word, dept, from_month)`: `word` is a plan file, one of the shop's plans, or a preset. The plan is
validated and stored as JSON text; a plan whose content changed becomes a new version, so periods keep
the plan that was in force for them. For a department and a period, the department's own assignments
win over the every-department ones; among them, the latest `from` that is not after the period's first
month. A quarter, half-year or year with no plan in its first month (the shop began mid-year) takes the
first plan that comes into force within it, and counts its data from the period's start all the same
(`PlanInForce.late`, said on the lines). Departments sharing a plan are evaluated together (rankings and
best-of rules span them).
"""

from __future__ import annotations

import copy
import hashlib
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from app.atomic_file import replaced_atomically
from app.errors import UserError
from app.i18n import every_language, joined, language, t
from app.periods import Period, parse_month, parse_period
from app.rules import Plan, dump_plan, list_presets, load_preset, parse_plan
from app.rules.fraction_rates import FractionRate, fraction_rates
from app.rules.plan import load_plan, preset_dir, read_plan_json
from app.services.catalog import reads_as
from app.store.awards import Assignment, StoredPlan

if TYPE_CHECKING:
    from app.metrics import Metric, MetricRegistry
    from app.shop import Shop

ALL = None  # the every-department key of an assignment


@dataclass(frozen=True)
class PlanInForce:
    stored: StoredPlan
    plan: Plan
    departments: tuple[str | None, ...]  # None: people without a department
    # departments whose plan came into force only after the period's first month, with that month
    late: tuple[tuple[str | None, str], ...] = ()

    def late_from(self, dept: str | None) -> str | None:
        """The month (YYYY-MM) the plan came into force within the period for this department, if it did."""
        return dict(self.late).get(dept)


@dataclass(frozen=True)
class UseResult:
    stored: StoredPlan
    dept: str | None
    from_month: str | None
    created: bool  # a new plan or a new version was stored
    replaced: StoredPlan | None
    added_metrics: tuple[str, ...]
    overridden: tuple[str, ...]  # departments whose own plan still wins over an every-department one
    approved: tuple[Period, ...] = ()  # approved periods whose plan this changed: they show as changed
    fraction_rates: tuple[FractionRate, ...] = ()  # rates' thresholds of at most 1 %: 0.95 typed for 95 %?


@dataclass(frozen=True)
class SaveResult:
    stored: StoredPlan
    created: bool  # False: an identical version was already stored (nothing written)


def events_named_as_stored(data: object, stored: dict[str, str]) -> object:
    """`data` with every "event" a rule (or a part of one) names by a key of `stored` named by its value."""
    if isinstance(data, list):
        return [events_named_as_stored(x, stored) for x in data]
    if not isinstance(data, dict):
        return data
    return {key: stored.get(value.strip(), value) if key == "event" and isinstance(value, str)
            else events_named_as_stored(value, stored) for key, value in data.items()}


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class PlanService:
    def __init__(self, shop: Shop):
        self.shop = shop
        # by content too: a version rolled back gives its number to the next one stored (`Shop.one_action`); by
        # language too: a plan's measures are named in it
        self._parsed: dict[tuple[int, str, str], Plan] = {}
        self._read_with: MetricRegistry | None = None  # the metrics the plans were read with

    @property
    def store(self):
        return self.shop.store

    # ---- reading
    def presets(self) -> list[tuple[str, str]]:
        return list_presets()

    def stored(self) -> list[StoredPlan]:
        return self.store.plans.all()

    def assignments(self) -> list[Assignment]:
        return self.store.plans.assignments()

    def parsed(self, stored: StoredPlan) -> Plan:
        if self._read_with is not self.shop.metrics:  # a metric added or renamed since: its measures are named anew
            self._read_with, self._parsed = self.shop.metrics, {}
        key = (stored.id, stored.content_hash, language())
        plan = self._parsed.get(key)
        if plan is None:
            plan = parse_plan(read_plan_json(stored.content, source=stored.name), registry=self.shop.metrics,
                              source=stored.name, stored=True)
            self._parsed[key] = plan
        return plan

    def find(self, word: str) -> tuple[Plan, str, str]:
        """(plan, JSON text, source) for a file path, one of the shop's plans (newest version) or a preset."""
        word = str(word).strip()
        if not word:
            raise UserError(t("请指定方案名称或方案文件"))
        path = Path(word).expanduser()
        if path.is_file():
            plan = load_plan(path, registry=self.shop.metrics, taken_in=self._taken_in)
            return plan, dump_plan(plan), path.name
        own = self.store.plans.latest(word)
        if own is not None:
            return self.parsed(own), own.content, own.source
        if word.lower().endswith(".json"):
            raise UserError(t("找不到方案文件「{path}」", path=word))
        plan = load_preset(word, registry=self.shop.metrics)
        return plan, dump_plan(plan), t("预设 {key}", key=plan.key or word)

    def in_force(self, period: Period) -> list[PlanInForce]:
        """The plans in force for the period (see `for_period`), each with the departments it covers."""
        assignments = self.store.plans.assignments()
        by_plan: dict[int, list[str | None]] = {}
        late: dict[int, list[tuple[str | None, str]]] = {}
        names = [d.name for d in self.store.departments.list()]
        for dept in [*names, None]:
            pick, since = for_period(assignments, period, dept)
            if pick is not None:
                by_plan.setdefault(pick.plan_id, []).append(dept)
                if since is not None:
                    late.setdefault(pick.plan_id, []).append((dept, since))
        result = []
        for plan_id, depts in sorted(by_plan.items()):
            stored = self.store.plans.get(plan_id)
            assert stored is not None
            result.append(PlanInForce(stored, self.parsed(stored), tuple(depts), tuple(late.get(plan_id, ()))))
        return result

    def own_plans(self, month: str, but: str | None = None) -> dict[str, str]:
        """Departments with a plan of their own from `month` (YYYY-MM) on — the own assignment in force then and
        every later one naming another plan than `but` — each with the name of the one in force then. A
        department's own plan beats the every-department one (`_chosen`), so no rule of `but` reaches its people."""
        assignments = self.store.plans.assignments()
        own: dict[str, str] = {}
        for dept in sorted({a.dept for a in assignments if a.dept is not None}):
            its = [a for a in assignments if a.dept == dept]
            now = _latest([a for a in its if a.from_month is None or a.from_month <= month])
            if now is None:
                continue
            ahead = [now, *(a for a in its if a.from_month is not None and a.from_month > month)]
            if all(self._stored(a.plan_id).name != but for a in ahead):
                own[dept] = self._stored(now.plan_id).name
        return own

    def changed_within(self, period: Period) -> list[str]:
        """Notes for the plans put in force after the period's first month: the period keeps the plan of its first
        month (2026年度 that of January), which a plan put in force from July does not change."""
        assignments = self.store.plans.assignments()
        months = [m.key() for m in period.month_list()]
        names = [d.name for d in self.store.departments.list()]
        changes: dict[tuple[int, int, str], list[str | None]] = {}
        for dept in [*names, None]:
            pick, since = for_period(assignments, period, dept)
            if pick is None or since is not None:
                continue
            later = next(((a, m) for m in months[1:] if (a := _chosen(assignments, m, dept)) is not None
                          and a.plan_id != pick.plan_id), None)
            if later is not None:
                changes.setdefault((pick.plan_id, later[0].plan_id, later[1]), []).append(dept)
        notes = []
        for (old, new, month), depts in sorted(changes.items(), key=lambda c: (c[0][2], c[0][1], c[0][0])):
            note = t("方案「{new}」自 {month} 起生效，{period}仍按期初生效的方案「{old}」评奖",
                     new=self._stored(new).label, month=parse_month(month).shown_label(),
                     period=period.shown_label(), old=self._stored(old).label)
            if len(depts) < len(names) + 1:
                note = t("{depts}：{change}", depts=joined(d or t("未分部门") for d in depts), change=note)
            notes.append(note)
        return notes

    def first_after(self, period: Period) -> str | None:
        """The first month (YYYY-MM) after the period from which a plan is in force, if one is put in force later."""
        last = period.month_list()[-1].key()
        later = [a.from_month for a in self.store.plans.assignments() if a.from_month and a.from_month > last]
        return min(later) if later else None

    def approved_periods_from(self, month: str | None, dept: str | None = None,
                              plan_id: int | None = None) -> list[Period]:
        """The approved periods whose plan would change if `plan_id` (None: any other plan) were put in force
        for `dept` (None: every department) from `month` (None: every period): a period's plan is the one in
        force in its first month, so the month itself, a quarter, half or year starting with it, and later
        approved periods. Their approved lines stay as approved; they show as changed until approved again."""
        assignments = self.store.plans.assignments()
        names = [d.name for d in self.store.departments.list()]
        dept_id = None
        if dept is not None:
            found = self.store.departments.by_name(dept)
            if found is None:
                return []
            dept_id = found.id
        after = [a for a in assignments if not (a.dept_id == dept_id and a.from_month == month)]
        after.append(Assignment(0, dept_id, dept, month, -1 if plan_id is None else plan_id, ""))
        affected = []
        for key in self.store.awards.approved_periods():
            period = parse_period(key)
            for who in ([dept] if dept is not None else [*names, None]):
                before, now = for_period(assignments, period, who)[0], for_period(after, period, who)[0]
                if (before.plan_id if before else None) != (now.plan_id if now else None):
                    affected.append(period)
                    break
        return sorted(affected, key=lambda p: (p.start, p.months))

    # ---- writing
    def use(self, word: str, dept: str | None = None, from_month: str | None = None) -> UseResult:
        """`word`: a plan file, one of the shop's plans by name or by the number `plan list` shows, or a preset."""
        numbered = self._numbered(word)
        if numbered is not None:
            return self.use_stored(numbered.id, dept, from_month)
        plan, text, source = self.find(word)
        return self._use(plan, text, source, dept, from_month)

    def use_stored(self, plan_id: int, dept: str | None = None, from_month: str | None = None) -> UseResult:
        """Put this exact stored version in force (not the plan's newest version)."""
        stored = self._stored(plan_id)
        return self._use(self.parsed(stored), stored.content, stored.source, dept, from_month)

    def _use(self, plan: Plan, text: str, source: str, dept: str | None, from_month: str | None) -> UseResult:
        month = parse_month(from_month).key() if from_month else None
        department = None
        if dept is not None:
            department = self.store.departments.by_name(dept.strip())
            if department is None:
                names = joined(d.name for d in self.store.departments.list()) or t("（无）")
                raise UserError(t("没有部门「{name}」。现有部门：{names}", name=dept, names=names))
        digest = content_hash(text)
        known = {m.key for m in self.shop.metrics.stored} | {d.key for d in self.shop.metrics.derived}
        new_metrics = [m for m in plan.metrics if m.key not in known and m.aggregation in ("sum", "mean")]
        _refuse_metrics_named_alike(new_metrics, self.shop.metrics)
        ctx = self.shop.ctx
        with self.store.atomic():
            stored = self.store.plans.with_hash(plan.name, digest)
            created = stored is None
            if stored is None:
                stored = self.store.plans.add(plan.name, plan.key, source, text, digest)
            approved = self.approved_periods_from(month, department.name if department else None, stored.id)
            for metric in new_metrics:
                self.store.custom_metrics.add(metric)
            previous = self.store.plans.assign(department.id if department else None, month, stored.id)
            replaced = self.store.plans.get(previous) if previous is not None and previous != stored.id else None
            who = department.name if department else t("全部部门")
            since = t("自 {m} 起", m=month) if month else t("所有期间")
            self.store.audit.add(ctx.user, "plan.use", t("方案「{plan}」用于{who}，{since}", plan=stored.label,
                                 who=who, since=since),
                                 {"plan_id": stored.id, "plan": stored.label, "dept": department.name if department
                                  else None, "from": month, "replaced": replaced.id if replaced else None,
                                  "new_version": created, "metrics": [m.key for m in new_metrics]},
                                 pin_used=ctx.pin_used)
        if new_metrics:
            self.shop.reload_metrics()
            self._parsed.clear()
        overridden: tuple[str, ...] = ()
        if department is None:
            overridden = tuple(sorted({a.dept for a in self.store.plans.assignments() if a.dept is not None}))
        return UseResult(stored, department.name if department else None, month, created, replaced,
                         tuple(m.name for m in new_metrics), overridden, tuple(approved), tuple(fraction_rates(plan)))

    def export(self, word: str, path: str | Path) -> Path:
        numbered = self._numbered(word)
        if numbered is not None:
            return self.export_stored(numbered.id, path)
        _plan, text, _source = self.find(word)
        return write_text_atomic(Path(path), text)

    def _numbered(self, word: str) -> StoredPlan | None:
        """The stored version `word` names by the number `plan list` shows (`3`, `#3`), unless a plan file or
        one of the shop's plans is called so; a number no version has is refused naming the numbers there are."""
        text = unicodedata.normalize("NFKC", str(word)).strip().removeprefix("#")
        if not text.isdigit() or Path(str(word)).expanduser().is_file() or self.store.plans.latest(str(word).strip()):
            return None
        stored = self.store.plans.get(int(text))
        if stored is None:
            numbers = joined(f"{p.id}（{p.label}）" for p in self.store.plans.all()) or t("（无）")
            raise UserError(t("店铺没有编号为 {id} 的方案。现有方案：{plans}", id=text, plans=numbers))
        return stored

    def export_stored(self, plan_id: int, path: str | Path) -> Path:
        """Write this exact stored version as a plan file."""
        return write_text_atomic(Path(path), self._stored(plan_id).content)

    # ---- editing (the GUI plan editor)
    def editable(self, plan_id: int) -> dict:
        """A stored version's content as a plan dict to edit (amounts stay exact Decimals)."""
        stored = self._stored(plan_id)
        data = read_plan_json(stored.content, source=stored.name)
        assert isinstance(data, dict)
        return data

    def preset_data(self, key: str) -> dict:
        return copy.deepcopy(load_preset(key, registry=self.shop.metrics).data)

    def check(self, data: object) -> Plan:
        """Validate an edited plan with the shop's metrics; UserError names the rule and the field."""
        return parse_plan(self._taken_in(data), registry=self.shop.metrics)

    def _taken_in(self, data: object) -> object:
        """A plan the shop takes in (a file, the editor's), its rules' event types named by the name the events
        hold: a type renamed (`EventService.rename_type`) may be typed by its new name, which no event holds, and
        a later rename must not change what the stored plan counts."""
        stored = {e.label: e.name for e in self.shop.events.types() if e.label != e.name}
        return events_named_as_stored(data, stored) if stored else data

    def failing_rule(self, data: object) -> int | None:
        """The 0-based position of the first rule that is refused on its own (None: every rule alone is
        accepted, so the problem lies between rules or in the plan's own fields), to point the editor at it."""
        if not isinstance(data, dict) or not isinstance(data.get("rules"), list):
            return None
        name = data.get("name")
        named = name if isinstance(name, str) and name.strip() else "方案"  # an empty plan name is not rule 1's fault
        for i, rule in enumerate(data["rules"]):
            try:
                parse_plan({**data, "name": named, "rules": [rule]}, registry=self.shop.metrics)
            except UserError:
                return i
        return None

    def save_edited(self, data: object, *, source: str | None = None) -> SaveResult:
        """Validate and store an edited plan. A plan whose content equals a stored version of the same name
        is not stored again; otherwise it becomes that name's next version (assignments keep their version)."""
        plan = self.check(data)
        return self._store(plan, source or t("方案编辑器"), "plan.save",
                           t("保存方案「{plan}」（{n} 条规则）", plan=plan.name, n=len(plan.rules)))

    def copy_preset(self, key: str, name: str | None = None) -> SaveResult:
        """Store a preset as one of the shop's plans. Without a name it keeps the preset's name, unless the
        newest version of the shop's plan of that name differs from the preset (the shop edited it): then the
        copy is named 「…（副本）」. A copy equal to that newest version is not stored again."""
        preset = load_preset(key, registry=self.shop.metrics)
        data = copy.deepcopy(preset.data)
        wanted = (name or "").strip()
        if not wanted:
            stored = self.stored()
            wanted = preset.name
            newest = [p for p in stored if p.name == preset.name][-1:]
            if newest and read_plan_json(newest[0].content) != read_plan_json(dump_plan(preset)):
                wanted = self._free_name(t("{name}（副本）", name=preset.name), {p.name for p in stored})
        if wanted != preset.name:
            data["name"] = wanted
            data.pop("key", None)  # the preset's key keeps finding the preset or its own copy
        plan = self.check(data)
        return self._store(plan, t("预设「{name}」的副本", name=preset.name), "plan.copy",
                           t("把预设「{preset}」复制为本店方案「{plan}」", preset=preset.name, plan=plan.name))

    def import_file(self, path: str | Path) -> SaveResult:
        """Store a plan file as one of the shop's plans (a new version when the name exists)."""
        p = Path(path).expanduser()
        if not p.is_file():
            raise UserError(t("找不到方案文件「{path}」", path=p))
        plan = load_plan(p, registry=self.shop.metrics, taken_in=self._taken_in)
        return self._store(plan, p.name, "plan.import", t("从文件「{file}」导入方案「{plan}」", file=p.name,
                                                           plan=plan.name))

    def _store(self, plan: Plan, source: str, action: str, summary: str) -> SaveResult:
        text = dump_plan(plan)
        same = self._same(plan.name, text)
        if same is not None:
            return SaveResult(same, False)
        ctx = self.shop.ctx
        with self.store.atomic():
            stored = self.store.plans.add(plan.name, plan.key, source, text, content_hash(text))
            self.store.audit.add(ctx.user, action, t("{summary}，存为「{label}」", summary=summary, label=stored.label),
                                 {"plan_id": stored.id, "plan": stored.name, "version": stored.version,
                                  "rules": [r.name for r in plan.rules], "source": source},
                                 pin_used=ctx.pin_used)
        return SaveResult(stored, True)

    def _same(self, name: str, text: str) -> StoredPlan | None:
        """The newest stored version of `name` with this content (byte for byte, or the same JSON)."""
        exact = self.store.plans.with_hash(name, content_hash(text))
        if exact is not None:
            return exact
        wanted = read_plan_json(text)
        versions = [p for p in self.stored() if p.name == name]
        return next((p for p in reversed(versions) if read_plan_json(p.content, source=p.name) == wanted), None)

    @staticmethod
    def _free_name(base: str, taken: set[str]) -> str:
        if base not in taken:
            return base
        n = 2
        while f"{base} {n}" in taken:
            n += 1
        return f"{base} {n}"

    def _stored(self, plan_id: int) -> StoredPlan:
        stored = self.store.plans.get(plan_id)
        if stored is None:
            raise UserError(t("方案 #{id} 不存在", id=plan_id))
        return stored


def _refuse_metrics_named_alike(new_metrics: list[Metric], registry: MetricRegistry) -> None:
    """A plan's own metric the shop would add under a name one of the shop's metrics has with another code (the
    owner's own 考核得分): two metrics reading alike, of which the database keeps one name once."""
    for metric in new_metrics:
        same = next((m for m in [*registry.stored, *registry.derived] if reads_as(metric.name, m)), None)
        if same is not None:
            raise UserError(t("方案自带的指标「{name}」与本店已有的指标「{shop}」同名：请先到「设置 → 指标」把本店的指标"
                              "改个名称，再设为生效", name=metric.name, shop=same.shown_name))


def for_period(assignments: list[Assignment], period: Period, dept: str | None
               ) -> tuple[Assignment | None, str | None]:
    """The assignment a department's period is computed with, and the month it came into force when that is
    after the period's first month: the one in force in the first month, else (a quarter, half-year or year
    the shop began the plan in) the first one to come into force within the period."""
    months = [m.key() for m in period.month_list()]
    for month in months:
        pick = _chosen(assignments, month, dept)
        if pick is not None:
            return pick, (month if month != months[0] else None)
    return None, None


def _chosen(assignments: list[Assignment], first: str, dept: str | None) -> Assignment | None:
    """The assignment in force for a department in a month: its own beats the every-department one; among
    them, the latest `from` not after the month."""
    live = [a for a in assignments if a.from_month is None or a.from_month <= first]
    return _latest([a for a in live if a.dept is not None and a.dept == dept]) or \
        _latest([a for a in live if a.dept_id is None])


def _latest(assignments: list[Assignment]) -> Assignment | None:
    if not assignments:
        return None
    return max(assignments, key=lambda a: a.from_month or "")


def shown_source(source: str) -> str:
    """Where a stored plan came from, in the owner's words and the window's language: the source is kept as the
    language of the day wrote it (「预设 after-sales」, "copy of the preset …", 方案编辑器, a file's name)."""
    if is_preset_source(source):  # a file's name has its extension
        key = str(_field_of("预设 {key}", source))
        name = dict(list_presets()).get(key, key)
        return t("预设「{name}」", name=name)
    if (name := _field_of("预设「{name}」的副本", source)) is not None:
        return t("复制自预设「{name}」", name=name)
    if source in every_language("方案编辑器"):
        return t("在方案编辑器中编写")
    return t("导入自文件「{file}」", file=source)  # plans come from a preset, the editor or a file


def is_preset_source(source: str) -> bool:
    """Whether `source` says a preset as such (「预设 after-sales」), not a file's name."""
    key = _field_of("预设 {key}", source)
    return key is not None and "." not in key


def _field_of(template: str, text: str) -> str | None:
    """The one field of `template` (「预设 {key}」) in `text` written from it in any language, or None."""
    for form in every_language(template):
        head, _field, tail = form.partition("{")
        tail = tail.partition("}")[2]
        if text.startswith(head) and text.endswith(tail) and len(text) > len(head) + len(tail):
            return text[len(head):len(text) - len(tail)]
    return None


def write_text_atomic(target: Path, text: str) -> Path:
    with replaced_atomically(target, ".json") as tmp:
        tmp.write_text(text, encoding="utf-8")
    return target.expanduser()


__all__ = ["PlanInForce", "PlanService", "SaveResult", "UseResult", "content_hash", "preset_dir", "shown_source"]
