"""提成 commission: a percentage of each event's amount, with tiers by an attribute (parts sales:
margin ≥ 35% → 3%, ≥ 50% → 5%), only for events matching a filter (paid=yes). One line per event,
rounded ROUND_HALF_UP to the fen."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from app.event_attrs import attribute_key, describe_attr_name, parse_percent_attr, percent_readings
from app.i18n import t
from app.money import scale_fen
from app.rules.context import Ctx
from app.rules.fields import Fields
from app.rules.measure import MetricTable
from app.rules.per_event import Filter, parse_filter
from app.rules.rule import Rule
from app.rules.text import pct_rule, period_short, yuan

KIND = "commission"
NAMES = ("commission", "提成")
PAYS = ("cash",)
RECIPIENTS = ("staff",)
# a commission is pay for sales made: someone who left mid-month has earned it for the days worked
DEFAULT_ACTIVE = "any_time"
FILTERS_EVENTS = True  # reads a "where" attribute filter, as 按次 does


@dataclass(frozen=True)
class Tier:
    minimum: Fraction  # attribute at least this (1 = 100%)
    rate: Fraction  # share of the amount (0.03 = 3%)


@dataclass(frozen=True)
class Params:
    event: str
    attr: str
    attr_name: str
    tiers: tuple[Tier, ...]  # ascending by minimum
    where: Filter


def parse(f: Fields, table: MetricTable, pays: str) -> Params:
    event = f.text("event")
    attr = attribute_key(f.text("attr"))  # 毛利率, as the events list names it, is the events' margin
    attr_name = f.text("attr_name", describe_attr_name(attr))
    tiers: list[Tier] = []
    for sub in f.objects("tiers"):
        minimum, rate = sub.percent("min"), sub.percent("rate")
        sub.finish()
        if rate <= 0:
            raise sub.error("rate", t("应大于 0"))
        if tiers and minimum <= tiers[-1].minimum:
            raise sub.error("min", t("应比上一档高（各档按从低到高排列）"))
        tiers.append(Tier(minimum, rate))
    return Params(event, attr, attr_name, tuple(tiers), parse_filter(f))


def evaluate(rule: Rule, ctx: Ctx) -> None:
    p: Params = rule.params
    for s in ctx.candidates(rule):
        events = ctx.events(p.event, s.id)
        if not events:
            ctx.skip(rule, s.id, t("{p}无{event}记录", p=period_short(ctx.period), event=p.event))
            continue
        for e in events:
            head = t("{d}月{day}日 {event} {amount}", d=e.day.month, day=e.day.day, event=p.event,
                     amount=yuan(e.amount_fen) if e.amount_fen is not None else t("（无金额）"))
            if not p.where.matches(e):
                named = {p.attr: p.attr_name}  # the tier attribute by the plan's name for it
                ctx.skip(rule, s.id, t("{head}：{found}，不满足条件「{cond}」，不计提成", head=head,
                                       found=p.where.unmet(e, named), cond=p.where.text(named)))
                continue
            if e.amount_fen is None:
                ctx.skip(rule, s.id, t("{head}：没有金额，不计提成", head=head))
                continue
            if e.amount_fen <= 0:  # a refund recorded as a negative sale: said as it is, not as no amount
                ctx.skip(rule, s.id, t("{head}：金额不大于 0，不计提成", head=head))
                continue
            raw = e.attrs.get(p.attr)
            if raw is not None and (readings := percent_readings(raw)):
                ctx.skip(rule, s.id, t("{head}：{name}「{raw}」没写 %，是 {a} 还是 {b}？请在事件中写明（如 {a}），"
                                       "不计提成", head=head, name=p.attr_name, raw=raw, a=readings[0], b=readings[1]))
                continue
            share = parse_percent_attr(raw) if raw is not None else None
            if share is None:
                ctx.skip(rule, s.id, t("{head}：{name}未填或无效，不计提成", head=head, name=p.attr_name))
                continue
            tier = next((tr for tr in reversed(p.tiers) if share >= tr.minimum), None)
            if tier is None:
                ctx.skip(rule, s.id, t("{head}：{name} {v} 低于 {min}，不计提成", head=head, name=p.attr_name,
                                       v=pct_rule(share), min=pct_rule(p.tiers[0].minimum)))
                continue
            pay = scale_fen(e.amount_fen, Decimal(tier.rate.numerator) / Decimal(tier.rate.denominator))
            if pay <= 0:
                ctx.skip(rule, s.id, t("{head}：提成不足 1 分", head=head))
                continue
            ctx.award(rule, s.id, pay, t("{head}，{name} {v}（≥ {min}）× {rate} = {pay}", head=head,
                                         name=p.attr_name, v=pct_rule(share), min=pct_rule(tier.minimum),
                                         rate=pct_rule(tier.rate), pay=yuan(pay)))
