"""超额积分 points over base: (points − deductions − base) × rate, never below zero.

Points come from an event type's values (服务积分), deductions in points first (安全事故 −2 points
each; 二次服务 deducts its work coefficient). Points are kept to two decimals (ROUND_HALF_UP)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from app.i18n import joined, t
from app.money import scale_fen
from app.rules.context import Ctx
from app.rules.fields import Fields
from app.rules.measure import MetricTable
from app.rules.rule import Rule
from app.rules.text import number, period_short, trim, yuan, yuan_short

KIND = "points"
NAMES = ("points", "超额积分")
PAYS = ("cash",)
RECIPIENTS = ("staff",)
DEFAULT_ACTIVE = "period_end"
CENT = Decimal("0.01")


@dataclass(frozen=True)
class Deduction:
    event: str
    per: str  # count: `points` per event | value: the event's value × `points`
    points: Decimal


@dataclass(frozen=True)
class Params:
    event: str
    base: Decimal
    rate_fen: int  # per point
    deductions: tuple[Deduction, ...]


def parse(f: Fields, table: MetricTable, pays: str) -> Params:
    event = f.text("event")
    base = f.decimal("base", minimum=Decimal(0))
    rate = f.money("rate", positive=True)
    deductions = []
    for sub in f.objects("deductions", required=False):
        d_event = sub.text("event")
        per = sub.choice("per", {"count": "count", "次数": "count", "value": "value", "数值": "value"},
                         "count")
        pts = sub.decimal("points", Decimal(1), positive=True)
        sub.finish()
        deductions.append(Deduction(d_event, per, pts))
    return Params(event, base, rate, tuple(deductions))


def _q(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def evaluate(rule: Rule, ctx: Ctx) -> None:
    p: Params = rule.params
    label = period_short(ctx.period)
    for s in ctx.candidates(rule):
        earned = [e.value for e in ctx.events(p.event, s.id) if e.value is not None]
        if not earned:
            ctx.skip(rule, s.id, t("{p}无{event}记录", p=label, event=p.event))
            continue
        points = _q(sum(earned, Decimal(0)))
        parts, deducted = [], Decimal(0)
        for d in p.deductions:
            events = ctx.events(d.event, s.id)
            if not events:
                continue
            if d.per == "count":
                amount = _q(len(events) * d.points)
                parts.append(t("{event} {n} 次 × {pts} 积分", event=d.event, n=len(events),
                               pts=number(d.points)))
            else:
                total = sum((e.value for e in events if e.value is not None), Decimal(0))
                amount = _q(total * d.points)
                parts.append(t("{event}合计 {v} 积分", event=d.event, v=number(amount)) if d.points == 1 else
                             t("{event}合计 {v} × {pts} = {d} 积分", event=d.event, v=number(total), pts=trim(d.points),
                               d=number(amount)))  # the coefficient said, so the points deducted can be redone
            deducted += amount
        net = points - deducted
        detail = t("（{parts}）", parts=joined(parts, separator="；")) if parts else ""
        head = t("{p}{event} {pts} − 扣分 {d}{detail} = {net}", p=label, event=p.event, pts=number(points),
                 d=number(deducted), detail=detail, net=number(net))
        over = net - p.base
        if over <= 0:
            ctx.skip(rule, s.id, t("{head}，未超过基数 {base}", head=head, base=number(p.base)))
            continue
        pay = scale_fen(p.rate_fen, over)
        ctx.award(rule, s.id, pay, t("{head}，超出基数 {base} 共 {over} 积分 × {rate} = {pay}", head=head,
                                     base=number(p.base), over=number(over), rate=yuan_short(p.rate_fen),
                                     pay=yuan(pay)))
