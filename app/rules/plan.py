"""Plans: ordered rules loaded from JSON files (data/presets/*.json or the shop's own copies),
validated on load with Chinese errors that name the rule and the field."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from app import os_errors
from app.errors import UserError
from app.i18n import joined, t
from app.metrics import AGGREGATIONS, UNITS, DerivedMetric, Metric, MetricRegistry
from app.periods import Period, month_keys, previous_period
from app.resources import data_path
from app.rules.fields import Fields
from app.rules.kinds import KIND_WORDS, KINDS, uses_previous
from app.rules.measure import MetricTable
from app.rules.rule import ACTIVE, PAYS, PERIOD_KINDS, RECIPIENTS, Rule

FIXED_PAY = {"base_pay": "base_pay", "基本工资": "base_pay", "post_pay": "post_pay", "岗位工资": "post_pay",
             "allowance": "allowance", "补贴": "allowance"}
_KEY = re.compile(r"^[a-z][a-z0-9_]*$")


@dataclass(frozen=True, eq=False)
class Plan:
    name: str
    key: str
    description: str
    rules: tuple[Rule, ...]
    fixed_pay: tuple[str, ...] = ()  # staff-profile pay components the payout sheet lists
    metrics: tuple[Metric, ...] = ()  # metrics the plan declares (the shop adds them when it uses the plan)
    derived: tuple[DerivedMetric, ...] = ()
    data: dict[str, Any] = field(default_factory=dict)  # the file's content, for export and editing

    def rules_for(self, period_kind: str) -> tuple[Rule, ...]:
        return tuple(r for r in self.rules if r.period == period_kind)

    def rule(self, name: str) -> Rule | None:
        return next((r for r in self.rules if r.name == name), None)

    def months_needed(self, period: Period) -> tuple[str, ...]:
        """The months whose values and targets an evaluation of `period` reads."""
        months = month_keys(period)
        if any(uses_previous(r.kind, r.params) for r in self.rules_for(period.kind)):
            months = month_keys(previous_period(period)) + months
        return months


def parse_plan(data: object, *, registry: MetricRegistry | None = None, source: str = "",
               stored: bool = False) -> Plan:
    """`stored`: the plan is one the shop keeps, read again (see `Fields.stored`), not a file read now."""
    top = Fields(data, t("方案{source}", source=f"「{source}」" if source else ""), stored=stored)
    name = top.text("name")
    top.where = t("方案「{name}」", name=name)
    key = top.text("key", "")
    description = top.text("description", "")
    fixed = tuple(FIXED_PAY[w] if w in FIXED_PAY else _bad_fixed(top, w)
                  for w in top.strings("fixed_pay", ()))
    registry = registry or MetricRegistry()
    plan_metrics = tuple(_metric(sub) for sub in top.objects("metrics", required=False))
    stored = {m.key: m for m in plan_metrics}
    stored.update({m.key: m for m in registry.stored})
    plan_derived = tuple(_derived(sub, stored) for sub in top.objects("derived", required=False))
    derived = {d.key: d for d in plan_derived}
    derived.update({d.key: d for d in registry.derived})
    table = MetricTable(stored, derived, registry.former)
    rules: list[Rule] = []
    for i, sub in enumerate(top.objects("rules")):
        rule = _rule(sub, i + 1, name, table)
        if any(r.name == rule.name for r in rules):
            raise UserError(t("方案「{plan}」：规则名称「{rule}」重复", plan=name, rule=rule.name))
        rules.append(rule)
    top.finish()
    return Plan(name, key, description, tuple(rules), fixed, plan_metrics, plan_derived, data)  # type: ignore[arg-type]


def _bad_fixed(f: Fields, word: str) -> str:
    raise f.error("fixed_pay", t("的值「{w}」无效，可选：base_pay、post_pay、allowance", w=word))


def _metric(f: Fields) -> Metric:
    key = f.text("key")
    if not _KEY.match(key):
        raise f.error("key", t("应为小写英文字母、数字和下划线"))
    unit = f.choice("unit", {u: u for u in UNITS})
    metric = Metric(key=key, name=f.text("name"), unit=unit, decimals=f.integer("decimals", 0, minimum=0),
                    higher_is_better=f.boolean("higher_is_better", True),
                    aggregation=f.choice("aggregation", {a: a for a in AGGREGATIONS}, "sum"), builtin=False)
    if metric.decimals > 6:
        raise f.error("decimals", t("不能大于 6"))
    f.finish()
    return metric


def _derived(f: Fields, stored: dict[str, Metric]) -> DerivedMetric:
    key = f.text("key")
    op = f.choice("op", {"ratio": "ratio", "difference": "difference"})
    a, b = f.text("a"), f.text("b")
    for word, fld in ((a, "a"), (b, "b")):
        if word not in stored:
            raise f.error(fld, t("的指标「{w}」不存在", w=word))
    d = DerivedMetric(key=key, name=f.text("name"), unit=f.choice("unit", {u: u for u in UNITS}), op=op,
                      a=a, b=b,
                      higher_is_better=f.boolean("higher_is_better", True))
    f.finish()
    return d


def _rule(f: Fields, index: int, plan: str, table: MetricTable) -> Rule:
    f.where, f.prefix = t("方案「{plan}」第 {n} 条规则", plan=plan, n=index), ""
    name = f.text("name")
    f.where = t("方案「{plan}」第 {n} 条规则「{rule}」", plan=plan, n=index, rule=name)
    kind = f.choice("kind", KIND_WORDS)
    module = KINDS[kind]
    period = f.choice("period", PERIOD_KINDS)
    pays = f.choice("pays", PAYS)
    if pays not in module.PAYS:
        raise f.error("pays", t("此类规则不能用「{pays}」，可选：{ok}", pays=pays, ok=joined(module.PAYS)))
    recipient = f.choice("recipient", RECIPIENTS, "staff")
    if recipient not in module.RECIPIENTS:
        raise f.error("recipient", t("此类规则只能发给个人"))
    item = f.text("item", None)
    if pays == "item" and item is None:
        raise f.error("item", t("缺失：发放物品时应写明物品名称"))
    departments: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    if f.has("eligible"):
        sub = f.sub("eligible")
        departments, roles = sub.strings("departments", ()), sub.strings("roles", ())
        sub.finish()
    rule = Rule(
        index=index, name=name, kind=kind, period=period, pays=pays,
        certificate=f.boolean("certificate", False), item=item, departments=departments, roles=roles,
        active=f.choice("active", ACTIVE, module.DEFAULT_ACTIVE), recipient=recipient,
        params=module.parse(f, table, pays), note=f.text("note", ""), min_days=f.integer("min_days", 0, minimum=0),
    )
    f.finish()
    return rule


def read_plan_json(text: str, *, source: str = "") -> object:
    try:
        return json.loads(text, parse_float=Decimal)
    except json.JSONDecodeError as e:
        if not text.strip():
            raise UserError(t("方案文件「{source}」是空的", source=source)) from None
        where = _where_broken(text, e.pos)
        if where is None:
            raise UserError(t("方案文件「{source}」不是有效的方案文件：第 {line} 行第 {col} 列附近格式不对（少了逗号、引号或括号？）。"
                              "请用记事本检查，或重新导出一份", source=source, line=e.lineno, col=e.colno)) from None
        raise UserError(t("方案文件「{source}」不是有效的方案文件：第 {line} 行第 {col} 列附近、{where}处格式不对"
                          "（少了逗号、引号或括号？）。请用记事本检查，或重新导出一份",
                          source=source, line=e.lineno, col=e.colno, where=where)) from None


# what a plan file is read for a fault's place: a key (a string followed by its colon), a string, a bracket
_TOKEN = re.compile(r'"((?:[^"\\\n]|\\.)*)"(\s*:)?|[{}\[\]]')
_IN_A_RULE = [None, "rules", None]  # the keys of the containers a rule's own fields are in


def _where_broken(text: str, pos: int) -> str | None:
    """The last field named before a syntax error, and the rule it is in: a line and column alone are hard to find
    in Notepad, a field's name (every rule has an amount) less so beside its rule's. The rule is the one the
    fault is in or just after — never one for a field of the plan's own (a description after the rules) or of a
    metric it declares, nor the rule before one whose name comes after the fault."""
    path: list[str | None] = []  # the key of each container open at the fault (None: the top, a list's item)
    key: str | None = None  # the key whose value comes next
    field = rule = None
    naming = False  # the next string is a rule's name
    for token in _TOKEN.finditer(text, 0, pos):
        if token[1] is not None:
            if token[2]:
                key = field = token[1]
                naming = path == _IN_A_RULE and key == "name"
            elif naming:
                rule, naming = token[1], False
        elif token[0] in "{[":
            path.append(key)
            key = None
            rule = None if path == _IN_A_RULE else rule
        elif path:
            path.pop()
            key = None
            rule = rule if path[:2] == _IN_A_RULE[:2] else None
    if field is None:
        return None
    if rule is not None and field != "rules":
        return t("规则「{rule}」的字段「{field}」", rule=rule, field=field)
    return t("字段「{field}」", field=field)


def load_plan(path: str | Path, *, registry: MetricRegistry | None = None,
              taken_in: Callable[[object], object] | None = None) -> Plan:
    """A plan file read; `taken_in` turns its data into the shop's words first (`PlanService._taken_in`)."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8-sig")
    except OSError as e:
        raise UserError(t("无法读取方案文件「{path}」：{err}", path=p, err=os_errors.reason(e))) from None
    except UnicodeDecodeError:
        raise UserError(t("方案文件「{path}」不是 UTF-8 文本", path=p)) from None
    data = read_plan_json(text, source=p.name)
    return parse_plan(taken_in(data) if taken_in else data, registry=registry, source=p.name)


def preset_dir() -> Path:
    return data_path("presets")


# The order the presets are offered in: the customer-service plan most shops start from first, as the README and the
# guide list them; a preset file not named here comes after them, by key.
PRESET_ORDER = ("taobao-kefu", "after-sales", "ecommerce-pay")


def _offered_first(path: Path) -> tuple[int, str]:
    return (PRESET_ORDER.index(path.stem) if path.stem in PRESET_ORDER else len(PRESET_ORDER), path.stem)


def list_presets() -> list[tuple[str, str]]:
    """[(key, name)] of the shipped presets, in the order they are offered (`PRESET_ORDER`)."""
    result = []
    for path in sorted(preset_dir().glob("*.json"), key=_offered_first):
        data = read_plan_json(path.read_text(encoding="utf-8-sig"), source=path.name)
        result.append((path.stem, str(data.get("name", path.stem)) if isinstance(data, dict) else path.stem))
    return result


def load_preset(key_or_name: str, *, registry: MetricRegistry | None = None) -> Plan:
    for key, name in list_presets():
        if key_or_name in (key, name):
            return load_plan(preset_dir() / f"{key}.json", registry=registry)
    names = joined(f"{k}（{n}）" for k, n in list_presets())
    raise UserError(t("没有预设方案「{word}」。可用：{names}", word=key_or_name, names=names))


def dump_plan(plan: Plan) -> str:
    """The plan as JSON text (amounts as written: whole numbers stay numbers, others become strings)."""
    def default(value: object) -> object:
        if isinstance(value, Decimal):
            return int(value) if value == value.to_integral_value() else str(value)
        raise TypeError(type(value).__name__)

    return json.dumps(plan.data, ensure_ascii=False, indent=2, default=default) + "\n"
