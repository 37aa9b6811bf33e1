"""What the rule form shows for each rule kind: the kind's own fields with their labels and widget types
(no Qt here). Fields a kind has that are not listed (attribute filters, qualify conditions, unless …) stay
in the rule's 高级（JSON） box, so nothing in a plan file is lost by editing it.

Labels are Chinese source strings; the widgets translate them with tr()."""

from __future__ import annotations

import re
from dataclasses import dataclass

KIND_ORDER = ("stage", "step", "ranking", "best", "threshold", "per_event", "commission", "points", "benefit",
              "flowers", "manual")
KIND_NAMES = {"stage": "阶段目标", "step": "阶梯", "ranking": "排名", "best": "单项冠军", "threshold": "达标",
              "per_event": "按次", "commission": "提成", "points": "超额积分", "benefit": "福利", "flowers": "红花",
              "manual": "手动"}
PERIODS = (("month", "月"), ("quarter", "季度"), ("half", "半年"), ("year", "年"))
PAYS = (("cash", "现金"), ("goods", "实物"), ("item", "物品"), ("honour", "荣誉"), ("deduction", "扣款"))
ACTIVE = (("", "默认"), ("period_end", "期末在职"), ("any_time", "期间内在职过"))
RECIPIENTS = (("staff", "个人"), ("department", "部门"))
OPS = ((">=", "≥"), (">", ">"), ("<=", "≤"), ("<", "<"), ("==", "="))


@dataclass(frozen=True)
class Col:
    """A column of a small table (stages, bands, conditions, tiers, deductions)."""

    key: str
    label: str
    type: str  # int | money | decimal | percent | threshold (a number, `100%` read as 100) | text | choice | bool
    #            | metric | event
    choices: tuple[tuple[str, str], ...] = ()
    unit_of: str = ""  # as Spec.unit_of, the column of the row's metric


@dataclass(frozen=True)
class Spec:
    """One of a kind's fields: `type` picks the widget; `when` shows it only while another field of the
    kind has one of the given values (a hidden field is left out of the file)."""

    key: str
    label: str
    type: str  # text | attribute | money | decimal | percent | int | choice | bool | metric | event | measure | table
    choices: tuple[tuple[str, str], ...] = ()
    when: tuple[str, tuple[str, ...]] | None = None
    columns: tuple[Col, ...] = ()
    hint: str = ""
    new: object = None  # the value a new rule of this kind starts with
    optional: bool = False  # a choice the file may leave out (the first choice is then meant)
    tip: str = ""  # what the field does, said on hover (the hint when there is none)
    note: str = ""  # a short line under the field, for a label that does not explain itself
    unit_of: str = ""  # the field of the metric whose unit the number is in: yuan may be typed when it is money


BANDS = (Col("from", "从第几名", "int"), Col("to", "到第几名", "int"), Col("amount", "金额（元）", "money"),
         Col("certificate", "奖状", "bool"))
BANDS_TIP = "每行一段名次：从第几名到第几名的人各发多少，是否发奖状"
TIES_TIP = "几人并列时：每人都得全额，还是平分这笔金额"
# a band's 奖状 left unticked is the rule's own 获奖者得奖状 (红花榜 gives certificates with no band ticked)
BANDS_CERTIFICATE_HINT = "「奖状」不勾的名次按上面的「获奖者得奖状」"

KIND_SPECS: dict[str, tuple[Spec, ...]] = {
    "stage": (
        Spec("metric", "指标", "metric", hint="按这个指标的目标达成率分档", new="sales"),
        Spec("stages", "各档", "table", columns=(Col("percent", "达成率 ≥（%）", "percent"),
                                              Col("amount", "金额（元）", "money")),
             hint="达到的最高一档发放；各档从低到高", new=[{"percent": 100, "amount": 200}]),
    ),
    "step": (
        Spec("metric", "指标", "metric", new="sales", tip="按这个指标超出基准的部分分档"),
        Spec("baseline", "基准", "choice", (("previous", "本人上期"), ("fixed", "固定值"), ("target", "本人目标")),
             new="previous", tip="从哪里算起超出：本人上期的数值、一个固定值，或本人的目标"),
        Spec("base_value", "基准值", "decimal", when=("baseline", ("fixed",)), hint="按指标的单位，如销售额写元", unit_of="metric",
             tip="超出这个数的部分才分档（按指标的单位，如销售额写元）"),
        Spec("step", "每档", "decimal", note="超出基准每满这么多算一档（按指标的单位）", new=2000, unit_of="metric"),
        Spec("amount", "每档金额（元）", "money", new=100, tip="每满一档发的金额"),
        Spec("cap", "封顶（元）", "money", hint="不填：不封顶", tip="每人最多发这么多；不填：不封顶"),
    ),
    "ranking": (
        Spec("measure", "排名依据", "measure", new={"metric": "sales"},
             tip="按什么排名次：一个指标、某类事件的次数或金额，或收到的小红花"),
        Spec("bands", "名次档", "table", columns=BANDS, tip=BANDS_TIP,
             hint="并列的人名次相同，每人都得该名次的全额：两人并列第 1 名，各得第 1 名的金额，下一位是第 3 名。"
                  + BANDS_CERTIFICATE_HINT,
             new=[{"from": 1, "to": 3, "amount": 500}]),
    ),
    "best": (
        Spec("measure", "评比依据", "measure", new={"metric": "orders"},
             tip="比什么：一个指标、某类事件的次数或金额，或收到的小红花"),
        Spec("mode", "比什么", "choice", (("value", "最高值"), ("growth", "比上期增长最多")), optional=True,
             tip="最高的人得奖，还是比上期增长最多的人得奖"),
        Spec("min_base", "上期最低基数", "decimal", when=("mode", ("growth",)), hint="上期低于这个数不参加",
             unit_of="measure"),
        Spec("amount", "金额（元）", "money", new=100, tip="得奖的人发多少"),
        Spec("ties", "并列时", "choice", (("all", "都得全额"), ("split", "平分")), optional=True, tip=TIES_TIP),
    ),
    "threshold": (
        Spec("conditions", "条件（全部满足）", "table",
             columns=(Col("metric", "指标", "metric"), Col("op", "比较", "choice", OPS),
                      Col("value", "数值", "threshold", unit_of="metric")),
             hint="比率和百分数写百分数（100 即 100%），金额写元", new=[{"metric": "ratings", "op": ">=", "value": 30}],
             tip="每行一个条件，全部满足才算达标"),
        Spec("amount", "金额（元）", "money", new=100, tip="达标的人每人发多少"),
        Spec("each_month", "每个月都要达标", "bool",
             tip="季度、半年或年度的规则：勾上时每个月都要满足条件，期间内有整月不在职的人（如季度中途入职）不发；不勾时按整个期间合计"),
    ),
    "per_event": (
        Spec("event", "事件", "event", new="表扬", tip="按哪类事件计，如 表扬、投诉"),
        Spec("per", "计法", "choice", (("count", "每次"), ("value", "按数值"), ("amount", "按金额的比例")),
             new="count", optional=True, tip="每次发一笔，按事件的数值发，或按事件金额的比例发"),
        Spec("amount", "每次（每单位）金额（元）", "money", when=("per", ("count", "value")), new=20,
             tip="每次（按数值时每 1 个单位）发多少；扣款规则写要扣的数",
             note="计法为每次时每次发多少，为按数值时每 1 个单位发多少"),
        Spec("rate", "比例（%）", "percent", when=("per", ("amount",)), tip="按事件金额的百分之几发"),
    ),
    "commission": (
        Spec("event", "事件", "event", new="备件销售", tip="按哪类事件的金额提成，如 备件销售"),
        Spec("attr", "分档属性", "attribute", hint="事件的属性名，如 毛利率",  # a new rule: the shop's own (new_rule)
             tip="按事件的哪个属性分档：写事件列表里显示的属性名，如 毛利率"),
        Spec("attr_name", "属性名称", "text", hint="说明里显示的名字，如 毛利率"),
        Spec("tiers", "提成档", "table", columns=(Col("min", "属性 ≥（%）", "percent"),
                                               Col("rate", "提成（%）", "percent")),
             new=[{"min": 35, "rate": 3}], tip="属性达到哪一档，按那一档的比例提成；各档从低到高"),
    ),
    "points": (
        Spec("event", "积分事件", "event", new="服务积分", tip="哪类事件记积分（事件的数值即积分）"),
        Spec("base", "基数（积分）", "decimal", new=17, tip="积分超出这个基数的部分才发钱"),
        Spec("rate", "每积分金额（元）", "money", new=270, tip="超出基数的积分，每 1 积分发多少元"),
        Spec("deductions", "先扣积分", "table",
             columns=(Col("event", "事件", "event"),
                      Col("per", "计法", "choice", (("count", "每次"), ("value", "按数值"))),
                      Col("points", "分数", "decimal")),
             tip="这些事件先从积分中扣除：每次扣几积分，或按事件的数值扣",
             hint="每次：每发生一次扣「分数」积分；按数值：扣事件的数值 ×「分数」积分（如二次服务扣它的工作系数，分数写 1）"),
    ),
    "benefit": (
        Spec("benefit", "福利", "choice", (("tenure", "工龄"), ("birthday", "生日")), new="tenure",
             tip="工龄：在职满几个月起每期都发；生日：生日在这个期间的人发"),
        Spec("months", "满几个月", "int", when=("benefit", ("tenure",)), new=12, tip="入职满这么多个月才发"),
        Spec("amount", "金额（元）", "money", new=100, tip="每人发多少"),
        Spec("gift", "礼物", "text", when=("benefit", ("birthday",)), hint="如 生日蛋糕（不填：没有礼物）",
             tip="过生日的人得的礼物，如 生日蛋糕；不填：没有礼物"),
    ),
    "flowers": (
        Spec("mode", "评法", "choice", (("top", "收到最多的前几名"), ("most", "收到最多的人")), new="most",
             tip="按收到的小红花排名次发，还是只发给收到最多的人"),
        Spec("bands", "名次档", "table", columns=BANDS, when=("mode", ("top",)), tip=BANDS_TIP,
             hint=BANDS_CERTIFICATE_HINT),
        Spec("amount", "金额（元）", "money", when=("mode", ("most",)), new=100, tip="收到最多的人发多少"),
        Spec("ties", "并列时", "choice", (("all", "都得全额"), ("split", "平分")), when=("mode", ("most",)),
             optional=True, tip=TIES_TIP),
    ),
    "manual": (
        Spec("amount", "默认金额（元）", "money", hint="不填：评审时填写", tip="评审时先填上的金额；不填：评审时填写"),
        Spec("min", "最低（元）", "money", tip="评审时填的金额不能低于这个数"),
        Spec("max", "最高（元）", "money", tip="评审时填的金额不能高于这个数"),
    ),
}

MEASURE_KEYS = ("metric", "event", "agg", "source", "require_target_each_month")
MEASURE_SOURCES = (("metric", "指标"), ("event", "事件"), ("flowers", "小红花"))
EVENT_AGGS = (("count", "次数"), ("amount", "金额合计"), ("value", "数值合计"), ("max_value", "最高数值"))
COMMON_KEYS = ("name", "kind", "period", "pays", "item", "certificate", "eligible", "active", "min_days", "recipient",
               "note")


def kind_keys(kind: str) -> tuple[str, ...]:
    """The plan-file fields the kind's widgets write (a measure writes several)."""
    keys: list[str] = []
    for spec in KIND_SPECS.get(kind, ()):
        keys.extend(MEASURE_KEYS if spec.type == "measure" else (spec.key,))
    return tuple(keys)


def new_rule(kind: str, name: str, period: str = "month",
             percent_attrs: dict[str, list[str]] | None = None) -> dict:
    """A rule of this kind with sensible starting values, as a plan file holds it. A commission tiers by the
    first of `percent_attrs[event]` (the shop's events' percentage attributes), else by nothing yet: another
    shop's attribute (the demo's margin) may not exist in this one."""
    rule: dict = {"name": name, "kind": kind, "period": period, "pays": "cash"}
    if kind == "manual":
        rule["pays"] = "goods"
        rule["item"] = "奖品"
    for spec in KIND_SPECS[kind]:
        if spec.new is None:
            continue
        if spec.type == "measure":
            rule.update(spec.new)  # type: ignore[arg-type]
        else:
            rule[spec.key] = spec.new
    if kind == "commission" and (attrs := (percent_attrs or {}).get(rule["event"])):
        rule["attr"] = attrs[0]
    return rule


COMMON_LABELS = {"name": "名称", "kind": "类型", "period": "期间", "pays": "发放", "item": "物品", "certificate": "奖状",
                 "eligible": "适用部门、岗位", "active": "在职要求", "recipient": "发给", "note": "说明"}
_PART = re.compile(r"^(\w+)(?:\[(\d+)\])?$")


def field_label(kind: str, field: str) -> tuple[str, int | None, str | None] | None:
    """Where a plan-file field is in the form: `stages[2].amount` of a stage rule → ("各档", 2, "金额（元）");
    `step` → ("每档", None, None); None when the form does not show it."""
    head, _, rest = field.partition(".")
    match = _PART.match(head)
    if match is None:
        return None
    key, row = match.group(1), int(match.group(2)) if match.group(2) else None
    if key in COMMON_LABELS:
        return COMMON_LABELS[key], None, None
    for spec in KIND_SPECS.get(kind, ()):
        if spec.key == key or (spec.type == "measure" and key in MEASURE_KEYS):
            column = next((c.label for c in spec.columns if c.key == rest), None) if rest else None
            return spec.label, row, column
    return None


def all_labels() -> list[str]:
    """Every label, hint and choice text above (for the translation catalogue)."""
    texts: list[str] = [*KIND_NAMES.values(), *COMMON_LABELS.values()]
    for choices in (PERIODS, PAYS, ACTIVE, RECIPIENTS, OPS, MEASURE_SOURCES, EVENT_AGGS):
        texts += [label for _key, label in choices]
    for specs in KIND_SPECS.values():
        for spec in specs:
            texts += [spec.label, *(text for text in (spec.hint, spec.tip, spec.note) if text),
                      *(label for _k, label in spec.choices)]
            for col in spec.columns:
                texts += [col.label, *(label for _k, label in col.choices)]
    return list(dict.fromkeys(texts))
