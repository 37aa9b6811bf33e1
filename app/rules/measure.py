"""What a rule measures for a person (or a department) over some months: a stored metric, a rate
derived from sums, target achievement, an aggregate of events, or red flowers received.

Values are exact: ints in stored units, or Fractions for rates (and for a plan's threshold finer than the
metric is kept, 评价数 > 29.5). Unknown is None with a reason."""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING

from app.i18n import joined, list_separator, t
from app.metrics import DerivedMetric, Metric
from app.money import format_yuan
from app.rules.fields import Fields
from app.rules.rates import difference_gaps, difference_parts, half_known, summed_ratio_parts
from app.rules.text import finer_units, month_label, pct, period_short, trim, yuan_apart

if TYPE_CHECKING:
    from app.rules.context import Ctx

Value = int | Fraction
EVENT_AGGS = {"count": "count", "次数": "count", "amount": "amount", "金额": "amount",
              "value": "value", "数值": "value", "max_value": "max_value", "最高数值": "max_value"}


@dataclass(frozen=True)
class MetricTable:
    """The metrics a plan can name: the shop's (built-in and custom) plus those the plan declares."""

    stored: dict[str, Metric]
    derived: dict[str, DerivedMetric]
    former: dict[str, Metric]  # a custom metric by a name it had before a rename

    def find_stored(self, word: str) -> Metric | None:
        return self.stored.get(word) or next((m for m in self.stored.values() if m.name == word), self.former.get(word))

    def find_derived(self, word: str) -> DerivedMetric | None:
        return self.derived.get(word) or next((d for d in self.derived.values() if d.name == word), None)


@dataclass(frozen=True)
class Reading:
    value: Value | None
    text: str = ""  # the value as shown
    reason: str = ""  # why the value is unknown
    detail: str = ""  # the sums a rate came from: `（满意数 30 / 评价数 30）`

    @property
    def full(self) -> str:
        return self.text + self.detail

    def noted(self, note: str) -> Reading:
        """The reading with `note` added inside its bracketed detail (`（满意数 30 / 评价数 30，…）`)."""
        close = "）" if self.detail.endswith("）") else ")"  # the bracket of the language the detail was written in
        return replace(self, detail=self.detail.removesuffix(close) + note + close) if note and self.detail else self


@dataclass(frozen=True)
class Measure:
    source: str  # metric | derived | achievement | event | flowers
    name: str
    higher_is_better: bool = True
    metric: Metric | None = None  # metric source; the numerator of derived / achievement
    b: Metric | None = None  # denominator (ratio) or subtrahend (difference)
    op: str = ""
    unit: str = ""
    event: str = ""
    agg: str = ""
    each_month_target: bool = False

    @property
    def is_rate(self) -> bool:
        # 客单价 (销售额 / 付款人数) is a ratio of amounts per person, not a rate: ¥66.67, not 6666.7%
        return self.source == "achievement" or (self.source == "derived" and self.op == "ratio" and self.unit != "yuan")

    # ---- reading -------------------------------------------------------------------------------
    def read(self, ctx: Ctx, staff_id: int, months: tuple[str, ...]) -> Reading:
        if self.source == "metric":
            assert self.metric is not None
            value = ctx.metric_sum(staff_id, self.metric, months)
            if value is None:
                return Reading(None, reason=t("{name}无数据", name=self.metric.shown_name))
            if gaps := ctx.gaps_flatter(staff_id, self.metric, months):
                return Reading(None, reason=gaps)
            missing = ctx.missing_months(staff_id, self.metric, months)
            return Reading(value, self.metric.format(value), detail=t("（{parts}）", parts=missing) if missing else "")
        if self.source == "derived":
            return self._derived_over(ctx, staff_id, months)
        if self.source == "achievement":
            return self._achievement_over(ctx, staff_id, months)
        if self.source == "flowers":
            count = ctx.facts.flowers.get(staff_id, 0)
            return Reading(count, t("{n} 朵", n=count))
        return self._events(ctx, staff_id, period_short(ctx.period))

    def _derived_over(self, ctx: Ctx, staff_id: int, months: tuple[str, ...]) -> Reading:
        """A rate over several months from the months both of its sums are known in: 付款人数 of a month
        without 询单人数 would otherwise be divided by other months' 询单人数."""
        assert self.metric is not None
        if self.op != "ratio" or self.b is None:  # a difference (净销售额): the months its parts lack are named
            return self._derived(ctx.metric_sum(staff_id, self.metric, months), ctx.metric_sum(staff_id, self.b, months)
                                 if self.b else None).noted(difference_gaps(ctx, staff_id, self.metric, self.b, months))
        if self.metric.aggregation == "sum" and self.b.aggregation == "sum":
            a, b, note, why = summed_ratio_parts(ctx, staff_id, self.metric, self.b, months)
            return Reading(None, reason=why) if why else self._derived(a, b).noted(note)
        if len(months) == 1:
            return self._derived(ctx.metric_sum(staff_id, self.metric, months), ctx.metric_sum(staff_id, self.b, months))
        known = {m: (ctx.metric_sum(staff_id, self.metric, (m,)), ctx.metric_sum(staff_id, self.b, (m,)))
                 for m in months}
        paired = tuple(m for m, (a, b) in known.items() if a is not None and b is not None)
        reading = self._derived(ctx.metric_sum(staff_id, self.metric, paired) if paired else None,
                                ctx.metric_sum(staff_id, self.b, paired) if paired else None)
        return reading.noted(half_known(known, self.metric, self.b))

    def _achievement_over(self, ctx: Ctx, staff_id: int, months: tuple[str, ...]) -> Reading:
        """The results of the months that have a target against those targets: sales of a month without a
        target would otherwise count against the other months' targets."""
        assert self.metric is not None
        targets = [ctx.facts.targets.get((staff_id, self.metric.key, m)) for m in months]
        paired = tuple(m for m, v in zip(months, targets, strict=True) if v is not None)
        actual = ctx.metric_sum(staff_id, self.metric, paired) if paired else None
        no_data = ctx.missing_months(staff_id, self.metric, paired)
        notes = [no_data] if no_data else []
        if paired and len(paired) < len(months):
            unpaired = joined(month_label(m) for m in months if m not in paired)
            notes.append(t("{months}未设目标，不计", months=unpaired))
        return self.achievement(actual, targets, months, note=ctx.target_note(staff_id, paired, self.metric),
                                no_data=joined(notes, separator="；"))

    def _derived(self, a: int | None, b: int | None) -> Reading:
        assert self.metric is not None
        if a is None:
            return Reading(None, reason=t("{name}无数据", name=self.metric.shown_name))
        if self.op == "difference":
            value = a - (b or 0)
            return Reading(value, self.metric.format(value), detail=difference_parts(self.metric, self.b, a, b))
        assert self.b is not None
        if b is None:
            return Reading(None, reason=t("{name}无数据", name=self.b.shown_name))
        if b == 0:
            return Reading(None, reason=t("{b}为 0，无法计算{name}", b=self.b.shown_name, name=self.name))
        value = Fraction(a, b)
        parts = t("{a} {av} / {b} {bv}", a=self.metric.shown_name, av=self.metric.format(a),
                  b=self.b.shown_name, bv=self.b.format(b))
        return Reading(value, self.format(value), detail=t("（{parts}）", parts=parts))

    def achievement(self, actual: int | None, targets: list[int | None], months: tuple[str, ...],
                     dept: bool = False, note: str = "", no_data: str = "") -> Reading:
        assert self.metric is not None
        known = [v for v in targets if v is not None]
        missing = [month_label(m) for m, v in zip(months, targets, strict=True) if v is None]
        label = t("部门目标") if dept else t("目标")
        if not known:
            return Reading(None, reason=t("未设部门目标") if dept else t("未设目标"))
        if missing and self.each_month_target:
            return Reading(None, reason=t("{months}未设目标", months=joined(missing)))
        if actual is None:
            return Reading(None, reason=t("{name}无数据", name=self.metric.shown_name))
        target = sum(known)
        if target <= 0:
            return Reading(None, reason=t("{label}为 0", label=label))
        value = Fraction(actual, target)
        parts = t("{name} {av} / {label} {tv}", name=self.metric.shown_name, av=self.metric.format(actual),
                  label=label, tv=self.metric.format(target))
        if no_data:  # months without the metric's data, counted as they stand
            parts += list_separator("；") + no_data
        return Reading(value, pct(value), detail=t("（{parts}）", parts=parts) + note)

    def _events(self, ctx: Ctx, staff_id: int, label: str) -> Reading:
        events = ctx.events(self.event, staff_id)
        if self.agg == "count":
            return Reading(len(events), t("{n} 次", n=len(events)))
        if self.agg == "amount":
            amounts = [e.amount_fen for e in events if e.amount_fen is not None]
            if not amounts:
                return Reading(None, reason=t("{p}无{event}金额记录", p=label, event=self.event))
            return Reading(sum(amounts), format_yuan(sum(amounts)))
        values = [e.value for e in events if e.value is not None]
        if not values:
            return Reading(None, reason=t("{p}无{event}记录", p=label, event=self.event))
        total = max(values) if self.agg == "max_value" else sum(values, Decimal(0))
        return Reading(Fraction(total), trim(total))

    # ---- formatting and thresholds -------------------------------------------------------------
    def format(self, value: Value, *, against: Value | None = None) -> str:
        if self.is_rate or (self.source == "derived" and self.unit == "percent"):
            return pct(Fraction(value), against=Fraction(against) if against is not None else None)
        if self.source == "derived" and self.unit == "yuan":
            return yuan_apart(Fraction(value), against=Fraction(against) if against is not None else None)
        if self.source in ("metric", "derived"):
            assert self.metric is not None
            exact = Fraction(value)
            return self.metric.format(int(exact)) if exact.denominator == 1 else finer_units(self.metric, exact)
        if self.source == "flowers":
            return t("{n} 朵", n=value)
        if self.agg == "count":
            return t("{n} 次", n=value)
        if self.agg == "amount":
            return format_yuan(int(value))
        v = Fraction(value)
        return trim(Decimal(v.numerator) / Decimal(v.denominator))

    def parse_value(self, f: Fields, field: str, default: object = None) -> Value | None:
        """A plan's threshold in the measure's terms (`100` % for a rate, yuan, counts) → the exact value."""
        if not f.has(field):
            f.raw(field, default)
            return None
        if self.is_rate or self.unit == "percent":
            return f.percent(field)
        if self.source == "derived" and self.unit == "yuan":
            return Fraction(f.money(field, payout=False))
        if self.source in ("metric", "derived"):
            assert self.metric is not None
            number = f.decimal(field, yuan=self.metric.is_money)
            units, rounded = Fraction(number) * 10**self.metric.decimals, self.metric.to_units(number)
            if units != rounded and self.metric.is_money:  # money is whole fen everywhere: finer is a typo
                raise f.error(field, t("的值「{value}」细于 1 分：金额最多两位小数", value=trim(number)))
            return rounded if units == rounded else units  # as written, never rounded: 评价数 > 29.5 is met by 30
        if self.source == "flowers" or self.agg == "count":
            return f.integer(field, minimum=0)
        if self.agg == "amount":
            return f.money(field, payout=False)
        return Fraction(f.decimal(field))


def parse_measure(f: Fields, table: MetricTable, *, allow_events: bool = True) -> Measure:
    """`"metric": "sales"` | `"metric": "satisfaction"` | `"metric": "achievement"` |
    `"event": "知识考核", "agg": "max_value"` | `"source": "flowers"`."""
    if f.has("source"):
        f.choice("source", {"flowers": "flowers", "红花": "flowers", "小红花": "flowers"})
        return Measure("flowers", t("收到小红花"))
    if allow_events and f.has("event"):
        event = f.text("event")
        agg = f.choice("agg", EVENT_AGGS, "count")
        name = {"count": t("{e}次数"), "amount": t("{e}金额"), "value": t("{e}合计"),
                "max_value": t("{e}成绩")}[agg].format(e=event)
        return Measure("event", name, True, event=event, agg=agg)
    word = f.text("metric")
    stored = table.find_stored(word)
    if stored is not None:
        return Measure("metric", stored.shown_name, stored.higher_is_better, metric=stored)
    derived = table.find_derived(word)
    if derived is None:
        names = joined(list(table.stored) + list(table.derived))
        raise f.error("metric", t("的指标「{word}」不存在，可用：{names}", word=word, names=names))
    a = table.find_stored(derived.a)
    if a is None:
        raise f.error("metric", t("的指标「{word}」依赖的「{a}」不存在", word=word, a=derived.a))
    if derived.op == "target_ratio":
        each = f.boolean("require_target_each_month", False)
        return Measure("achievement", t("{name}目标达成率", name=a.shown_name), True, metric=a, each_month_target=each)
    b = table.find_stored(derived.b) if derived.b else None
    if derived.op == "ratio" and b is None:
        raise f.error("metric", t("的指标「{word}」依赖的「{b}」不存在", word=word, b=derived.b))
    return Measure("derived", derived.shown_name, derived.higher_is_better, metric=a, b=b, op=derived.op,
                   unit=derived.unit)
