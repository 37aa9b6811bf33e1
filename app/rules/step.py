"""阶梯 step bonus: each full step above a baseline pays a fixed amount, with an optional cap.

Baseline: a fixed value, the person's own value last period, or their target. A person with no data
at all in the baseline period gets nothing, with the reason naming it (`9月销售额无数据`). For a metric where lower is better
(退款金额, 平均响应时间) the steps are counted below the baseline."""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from app.i18n import t
from app.metrics import Metric
from app.rules.context import Ctx
from app.rules.fields import Fields
from app.rules.measure import MetricTable
from app.rules.rule import Rule
from app.rules.text import mean_units, no_previous_value, period_short, previous_short, trim, yuan, yuan_short

KIND = "step"
NAMES = ("step", "阶梯")
PAYS = ("cash", "goods")
RECIPIENTS = ("staff",)
DEFAULT_ACTIVE = "period_end"
BASELINES = {"fixed": "fixed", "固定": "fixed", "previous": "previous", "上期": "previous",
             "target": "target", "目标": "target"}


@dataclass(frozen=True)
class Params:
    metric: Metric
    baseline: str  # fixed | previous | target
    base_value: int  # fixed baseline, stored units
    step: int  # stored units, > 0
    amount_fen: int  # per full step
    cap_fen: int | None


def parse(f: Fields, table: MetricTable, pays: str) -> Params:
    word = f.text("metric")
    metric = table.find_stored(word)
    if metric is None:
        raise f.error("metric", t("的指标「{word}」不存在", word=word))
    baseline = f.choice("baseline", BASELINES)
    base_value = _units(f, "base_value", metric) if baseline == "fixed" else 0
    step = _units(f, "step", metric, positive=True)
    return Params(metric, baseline, base_value, step, f.money("amount", positive=True),
                  f.money("cap", None, positive=True))


def _units(f: Fields, field: str, metric: Metric, *, positive: bool = False) -> int:
    """A baseline or step in the metric's stored units; one finer than the metric is kept is refused, not
    rounded (a step of 0.5 orders would silently become 1)."""
    number = f.decimal(field, positive=positive, yuan=metric.is_money)
    units = metric.to_units(number)
    if units != number * 10**metric.decimals:
        raise f.error(field, t("的值「{value}」应为整数（{name}只记整数）", value=trim(number), name=metric.shown_name)
                      if metric.decimals == 0 else
                      t("的值「{value}」比{name}记录的更细（最多 {n} 位小数）", value=trim(number),
                        name=metric.shown_name, n=metric.decimals))
    return units


def uses_previous(params: Params) -> bool:
    return params.baseline == "previous"


def step_bonus(value: int | Fraction, base: int | Fraction, step: int, amount_fen: int,
               cap_fen: int | None) -> tuple[int, int, bool]:
    """(full steps, amount, capped) for `value` against `base`, exactly (a mean of targets may be a fraction)."""
    steps = (value - base) // step if value > base else 0
    pay = steps * amount_fen
    if cap_fen is not None and pay > cap_fen:
        return steps, cap_fen, True
    return steps, pay, False


def evaluate(rule: Rule, ctx: Ctx) -> None:
    p: Params = rule.params
    m = p.metric
    for s in ctx.candidates(rule):
        value = ctx.metric_sum(s.id, m, ctx.months)
        if value is None:
            ctx.skip(rule, s.id, t("{p}{name}无数据", p=period_short(ctx.period), name=m.shown_name))
            continue
        if gaps := ctx.gaps_flatter(s.id, m, ctx.months):
            ctx.skip(rule, s.id, gaps)
            continue
        if p.baseline == "previous":
            base = ctx.metric_sum(s.id, m, ctx.prev_months)
            base_label = previous_short(ctx.period)
            if base is None:
                ctx.skip(rule, s.id, no_previous_value(s, ctx.period, ctx.prev_period, m.shown_name))
                continue
        elif p.baseline == "target":
            targets = [ctx.facts.targets.get((s.id, m.key, k)) for k in ctx.months]
            if any(v is None for v in targets):
                ctx.skip(rule, s.id, t("未设目标"))
                continue
            base, base_label = sum(v for v in targets if v is not None), t("目标")
            if m.aggregation != "sum" and len(ctx.months) > 1:  # a mean is held to the mean of the months' targets,
                base = Fraction(base, len(ctx.months))  # exactly, not rounded before comparing
                base_label = t("各月平均目标")
        else:
            base, base_label = p.base_value, t("基数")
        scaled = ctx.target_note(s.id, ctx.months, m) if p.baseline == "target" else ""
        head = t("{p}{name} {value}，{label} {base}", p=period_short(ctx.period), name=m.shown_name,
                 value=m.format(value) + ctx.missing_note(s.id, m, ctx.months), label=base_label,
                 base=mean_units(m, base) + (ctx.missing_note(s.id, m, ctx.prev_months) if p.baseline == "previous" else "")
                 ) + scaled
        better, than = (value, base) if m.higher_is_better else (base, value)  # lower is better: steps below it
        steps, pay, capped = step_bonus(better, than, p.step, p.amount_fen, p.cap_fen)
        if better <= than:
            ctx.skip(rule, s.id, t("{head}，未超过{label}", head=head, label=base_label) if m.higher_is_better
                     else t("{head}，未低于{label}（越低越好）", head=head, label=base_label))
            continue
        excess = mean_units(m, better - than)
        if steps == 0:
            ctx.skip(rule, s.id, t("{head}，超出 {excess}，不足 1 档（每档 {step}）", head=head, excess=excess,
                                   step=m.format(p.step)) if m.higher_is_better
                     else t("{head}，低于{label} {excess}，不足 1 档（每档 {step}）", head=head, label=base_label,
                            excess=excess, step=m.format(p.step)))
            continue
        fields = {"head": head, "excess": excess, "step": m.format(p.step), "steps": steps,
                  "amount": yuan_short(p.amount_fen), "pay": yuan(steps * p.amount_fen)}
        text = (t("{head}，超出 {excess}，每 {step} 一档，满 {steps} 档 × {amount} = {pay}", **fields)
                if m.higher_is_better else
                t("{head}，低于{label} {excess}（越低越好），每 {step} 一档，满 {steps} 档 × {amount} = {pay}",
                  label=base_label, **fields))
        if capped:
            text += t("，封顶 {cap}", cap=yuan(pay))
        ctx.award(rule, s.id, pay, text)
