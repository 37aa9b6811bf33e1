"""阶段目标 stage target: achievement of a metric against the person's target; the highest stage
reached pays (≥100% → ¥200, ≥120% → ¥500). Compared exactly: actual × 100 ≥ target × stage%.

For a metric where lower is better (平均响应时间, 退款金额) achievement is target ÷ actual, the usual reading of
such a target: 25秒 against a 30秒 target is 120%, 40秒 is 75%; nothing at all (0) reaches every stage."""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from app.i18n import joined, t
from app.metrics import Metric
from app.rules.context import Ctx, payout_phrase
from app.rules.fields import Fields
from app.rules.measure import MetricTable
from app.rules.rule import Rule
from app.rules.text import mean_units, month_label, pct, pct_rule, period_short

KIND = "stage"
NAMES = ("stage", "阶段目标")
PAYS = ("cash", "goods", "honour")
RECIPIENTS = ("staff",)
DEFAULT_ACTIVE = "period_end"


@dataclass(frozen=True)
class Stage:
    percent: Fraction  # 1 = 100%
    amount_fen: int


@dataclass(frozen=True)
class Params:
    metric: Metric
    stages: tuple[Stage, ...]  # ascending


def parse(f: Fields, table: MetricTable, pays: str) -> Params:
    word = f.text("metric")
    metric = table.find_stored(word)
    if metric is None:
        raise f.error("metric", t("的指标「{word}」不存在或不能设目标", word=word))
    stages = []
    for sub in f.objects("stages"):
        percent = sub.percent("percent")
        if percent <= 0:
            raise sub.error("percent", t("应大于 0"))
        amount = sub.money("amount", positive=True) if pays != "honour" else sub.money("amount", 0)
        sub.finish()
        if stages and percent <= stages[-1].percent:
            raise sub.error("percent", t("应比上一档高（各档按从低到高排列）"))
        stages.append(Stage(percent, amount))
    return Params(metric, tuple(stages))


def evaluate(rule: Rule, ctx: Ctx) -> None:
    p: Params = rule.params
    metric = p.metric
    for s in ctx.candidates(rule):
        targets = [ctx.facts.targets.get((s.id, metric.key, m)) for m in ctx.months]
        missing = [month_label(m) for m, v in zip(ctx.months, targets, strict=True) if v is None]
        if len(missing) == len(ctx.months):
            ctx.skip(rule, s.id, t("未设目标"))
            continue
        if missing:
            ctx.skip(rule, s.id, t("{months}未设目标", months=joined(missing)))
            continue
        target: int | Fraction = sum(v for v in targets if v is not None)
        averaged = metric.aggregation != "sum" and len(ctx.months) > 1
        if averaged:  # a mean (平均响应时间) over several months is held to the mean of their targets, not their sum
            target = Fraction(target, len(ctx.months))
        if target <= 0:
            ctx.skip(rule, s.id, t("目标为 0"))
            continue
        actual = ctx.metric_sum(s.id, metric, ctx.months)
        if actual is None:
            ctx.skip(rule, s.id, t("{name}无数据", name=metric.shown_name))
            continue
        if gaps := ctx.gaps_flatter(s.id, metric, ctx.months):
            ctx.skip(rule, s.id, gaps)
            continue
        done = _achievement(actual, target, metric.higher_is_better)
        reached = [st for st in p.stages if done is None or done >= st.percent]
        no_data = ctx.missing_months(s.id, metric, ctx.months)
        shown = metric.format(actual) + (t("（{parts}）", parts=no_data) if no_data else "")
        head = t("{p}{name} {actual}，目标 {target}", p=period_short(ctx.period), name=metric.shown_name,
                 actual=shown, target=mean_units(metric, target)
                 ) + (t("（各月目标的平均）") if averaged else "") + ctx.target_note(s.id, ctx.months, metric)
        if not metric.higher_is_better:
            head += t("，越低越好（完成率 = 目标 ÷ 实际）")
        if done is None:
            stage = reached[-1]
            ctx.award(rule, s.id, stage.amount_fen, t(
                "{head}，实际为 0，达到 ≥{need} 档 → {pay}", head=head, need=pct_rule(stage.percent),
                pay=payout_phrase(rule, stage.amount_fen)))
            continue
        if not reached:
            first = p.stages[0].percent
            ctx.skip(rule, s.id, t("{head}，完成 {done}，未达 {need}", head=head,
                                   done=pct(done, against=first), need=pct_rule(first)))
            continue
        stage = reached[-1]
        # shown apart from the next stage, not reached: 119.9999% is not written 120.0% beside ≥100% 档
        above = p.stages[len(reached)].percent if len(reached) < len(p.stages) else stage.percent
        ctx.award(rule, s.id, stage.amount_fen, t(
            "{head}，完成 {done}，达到 ≥{need} 档 → {pay}", head=head, done=pct(done, against=above),
            need=pct_rule(stage.percent), pay=payout_phrase(rule, stage.amount_fen)))


def _achievement(actual: int, target: int | Fraction, higher_is_better: bool) -> Fraction | None:
    """actual ÷ target; where lower is better target ÷ actual, None (every stage reached) for nothing at all."""
    if higher_is_better:
        return actual / Fraction(target)
    return Fraction(target) / actual if actual > 0 else None
