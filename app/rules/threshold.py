"""达标 threshold: conditions on metrics (derived rates included) pay a fixed amount.

A condition on an unknown value is not met, with the reason (`评价数无数据`). Comparisons are exact:
rates are Fractions of the sums, never rounded percentages."""

from __future__ import annotations

import operator
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from app.i18n import joined, t
from app.metrics import derived_metrics
from app.rules.context import Ctx, payout_phrase
from app.rules.fields import Fields
from app.rules.measure import Measure, MetricTable, Reading, Value, parse_measure
from app.rules.rule import Rule
from app.rules.text import month_label, pct_rule, period_short

KIND = "threshold"
NAMES = ("threshold", "达标")
PAYS = ("cash", "goods", "item", "honour", "deduction")
RECIPIENTS = ("staff",)
DEFAULT_ACTIVE = "period_end"

OPS: dict[str, tuple[Callable[[object, object], bool], str, str]] = {
    ">=": (operator.ge, "≥", "<"), "≥": (operator.ge, "≥", "<"),
    ">": (operator.gt, ">", "≤"),
    "<=": (operator.le, "≤", ">"), "≤": (operator.le, "≤", ">"),
    "<": (operator.lt, "<", "≥"),
    "==": (operator.eq, "=", "≠"), "=": (operator.eq, "=", "≠"),
}


@dataclass(frozen=True)
class Condition:
    measure: Measure
    op: str
    value: Value

    @property
    def in_percent(self) -> bool:
        """Its threshold is written in per cent (95 for 95 %)."""
        return self.measure.is_rate or self.measure.unit == "percent"

    def threshold_text(self) -> str:
        if self.in_percent:
            return pct_rule(Fraction(self.value))
        return self.measure.format(self.value)

    def check(self, reading: Reading) -> tuple[bool, str]:
        """(met, text): `评价数 30 ≥ 30` when met, `评价数 12 < 30` or `评价数无数据` when not."""
        if reading.value is None:
            return False, reading.reason
        test, shown, negated = OPS[self.op]
        met = bool(test(reading.value, self.value))
        value_text = self.measure.format(reading.value, against=self.value)
        gap = "" if reading.detail.endswith("）") else " "  # English: 「(… / …) ≥ 100%」
        sign = shown if met else negated
        return met, f"{self.measure.name} {value_text}{reading.detail}{gap}{sign} {self.threshold_text()}"


def parse_condition(f: Fields, table: MetricTable) -> Condition:
    measure = parse_measure(f, table)
    op = f.text("op", ">=")
    if op not in OPS:
        raise f.error("op", t("的值「{op}」无效，可选：>=、>、<=、<、==", op=op))
    value = measure.parse_value(f, "value")
    if value is None:
        raise f.error("value", t("缺失"))
    _refuse_past_100(f, table, measure, value)
    f.finish()
    return Condition(measure, op, value)


# built-in rates that do pass 100 %: 答问比 is replies per question, mostly above it (its import has no ceiling)
UNBOUNDED_RATES = frozenset({"answer_ratio"})


def _refuse_past_100(f: Fields, table: MetricTable, measure: Measure, value: Value) -> None:
    """A rate such as 满意率 is never above 100 %: a threshold past it (101 typed for 100) no one could meet.
    Only the built-in rates are known to stop there: a plan's or the shop's own percent (a growth, a ratio of
    its choosing) may pass it, and a plan the shop stored is read as kept."""
    if f.stored:
        return
    metric = measure.metric
    if measure.source == "derived" and measure.op == "ratio" and measure.unit == "percent":
        if table.find_derived(str(f.data.get("metric"))) not in derived_metrics():  # a plan's own ratio
            return
        limit: Value = Fraction(1)
    elif (measure.source == "metric" and metric is not None and metric.unit == "percent" and metric.builtin
          and metric.key not in UNBOUNDED_RATES):
        limit = metric.to_units(Decimal(100))
    else:  # 目标达成率 and a growth pass 100 %
        return
    if value > limit:
        raise f.error("value", t("的值「{value}」超过 100%：{name}最高 100%，请填 0 到 100 之间的数",
                                 value=f.data["value"], name=measure.name))


def parse_conditions(f: Fields, table: MetricTable, field: str, *,
                     required: bool = True) -> tuple[Condition, ...]:
    return tuple(parse_condition(sub, table) for sub in f.objects(field, required=required))


def check_all(ctx: Ctx, conditions: tuple[Condition, ...], staff_id: int,
              months: tuple[str, ...]) -> tuple[bool, list[str]]:
    """All conditions over the months; returns (met, texts): every text when met, the failures when not."""
    met_texts, failed = [], []
    for cond in conditions:
        ok, text = cond.check(cond.measure.read(ctx, staff_id, months))
        target = met_texts if ok else failed
        if text not in target:
            target.append(text)
    return (not failed), (met_texts if not failed else failed)


@dataclass(frozen=True)
class Params:
    conditions: tuple[Condition, ...]
    amount_fen: int
    each_month: bool


def parse(f: Fields, table: MetricTable, pays: str) -> Params:
    amount = f.money("amount", positive=True) if pays not in ("item", "honour") else f.money("amount", 0)
    return Params(parse_conditions(f, table, "conditions"), amount, f.boolean("each_month", False))


def evaluate(rule: Rule, ctx: Ctx) -> None:
    p: Params = rule.params
    label = period_short(ctx.period)
    for s in ctx.candidates(rule):
        if p.each_month and len(ctx.months) > 1:
            on_team, months = ctx.months_for(s), ctx.months_for(s, every_month=True)  # each month of the period
            if not on_team:
                ctx.skip(rule, s.id, t("方案生效后不在职"))
                continue
            parts, failed = [], []
            for m in months:
                if m not in on_team:  # a December hire did not keep October's rate below 1%
                    failed.append(t("{month} 不在职", month=month_label(m)))
                    continue
                ok, texts = check_all(ctx, p.conditions, s.id, (m,))
                (parts if ok else failed).append(f"{month_label(m)} {joined(texts, separator='，')}")
            said = ctx.months_said(s, months)  # 「第四季度（12月，2026年12月10日入职）：」 when not every month
            head = t("{p}{months}：", p=label, months=said) if said else ""
            if failed:
                ctx.skip(rule, s.id, head + joined(failed, separator="；"))
                continue
            text = head + joined(parts, separator="；")
        else:
            ok, texts = check_all(ctx, p.conditions, s.id, ctx.months)
            if not ok:
                ctx.skip(rule, s.id, joined(texts, separator="，"))
                continue
            text = t("{p}{conditions}", p=label, conditions=joined(texts, separator="，"))
        ctx.award(rule, s.id, p.amount_fen, f"{text} → {payout_phrase(rule, p.amount_fen)}")


def reads_own_months(params: Params) -> bool:
    return params.each_month
