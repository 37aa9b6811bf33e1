"""按次 per event: count, sum of amounts or sum of values of an event type (optionally filtered by
attributes, optionally leaving out events whose attribute value has a later 'spoiling' event, e.g.
a project with a repeat service) × an amount: praise +¥20, complaint −¥200."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from fractions import Fraction

from app.event_attrs import condition_values, describe_attr_name, describe_attr_value
from app.events import Event
from app.i18n import joined, t
from app.money import scale_fen
from app.rules.context import Ctx
from app.rules.fields import Fields
from app.rules.measure import MetricTable
from app.rules.rule import Rule
from app.rules.text import period_short, trim, yuan, yuan_short

KIND = "per_event"
NAMES = ("per_event", "按次")
PAYS = ("cash", "goods", "item", "deduction")
RECIPIENTS = ("staff",)
DEFAULT_ACTIVE = "period_end"
FILTERS_EVENTS = True  # reads a "where" attribute filter (the plan editor says it in words)
PER = {"count": "count", "次数": "count", "amount": "amount", "金额": "amount", "value": "value",
       "数值": "value"}


@dataclass(frozen=True)
class Filter:
    """Attribute filter: every named attribute must have one of the listed values (case-insensitive; numbers
    compare as numbers, so margin=38, 38% and 38.0% are the same)."""

    where: tuple[tuple[str, tuple[str, ...]], ...] = ()

    def matches(self, event: Event) -> bool:
        return all(_one_of(event.attrs.get(attr, ""), allowed) for attr, allowed in self.where)

    def text(self, names: dict[str, str] | None = None) -> str:
        """In words, as an owner says it: 「全款 为 是」 for `paid: yes, 是, 全款`, 「毛利率 为 40% 或 50%」; an attribute the
        plan names (`names`) by that name, another by the name the event list shows it under (`paid` → 全款), never
        by its key; its values as the list shows them (`condition_values`)."""
        return t("，且").join(t("{name} 为 {values}", name=(names or {}).get(a) or describe_attr_name(a),
                               values=either(condition_values(a, v))) for a, v in self.where)


    def unmet(self, event: Event, names: dict[str, str] | None = None) -> str:
        """What the event has where it fails the filter: 「全款 为 否」, 「未填全款」 — so the owner knows whether
        to correct the record or whether it rightly pays nothing."""
        said = []
        for attr, allowed in self.where:
            value = str(event.attrs.get(attr, "")).strip()
            if _one_of(value, allowed):
                continue
            name = (names or {}).get(attr) or describe_attr_name(attr)
            shown = describe_attr_value(value)
            if _one_of(shown, allowed):  # typed yes, shown 是, where only 是 is listed: 「为 是」 would contradict it
                shown = value
            said.append(t("{name} 为 {values}", name=name, values=shown) if value else t("未填{name}", name=name))
        return t("，且").join(said)


def either(values: tuple[str, ...]) -> str:
    """是 → 是; 是, 部分 → 是 或 部分; 38%, 40%, 50% → 38%、40% 或 50%."""
    if len(values) < 2:
        return "".join(values)
    return t("{some} 或 {last}", some=joined(values[:-1]), last=values[-1])


def _norm(value: object) -> str:
    return unicodedata.normalize("NFKC", str(value)).strip().lower()


def _number(text: str) -> Decimal | None:
    try:
        value = Decimal(text.removesuffix("%").strip().replace(",", ""))
    except InvalidOperation:
        return None
    return value if value.is_finite() else None


def _one_of(value: object, allowed: tuple[str, ...]) -> bool:
    text = _norm(value)
    if text in allowed:
        return True
    number = _number(text)
    return number is not None and any(_number(a) == number for a in allowed)


def parse_filter(f: Fields, field: str = "where") -> Filter:
    if not f.has(field):
        f.raw(field, None)
        return Filter()
    sub = f.sub(field)
    where = []
    for attr in list(sub.data):
        where.append((attr, tuple(_norm(v) for v in sub.strings(attr))))
    sub.finish()
    return Filter(tuple(where))


@dataclass(frozen=True)
class Params:
    event: str
    per: str  # count | amount | value
    amount_fen: int  # per event, or per unit of value
    rate: Fraction  # per: amount (1 = 100%)
    where: Filter
    unless_event: str | None  # leave out events whose `unless_attr` value also has an event of this type
    unless_attr: str | None


def parse(f: Fields, table: MetricTable, pays: str) -> Params:
    event = f.text("event")
    per = f.choice("per", PER, "count")
    if per == "amount":
        rate = f.percent("rate")
        if rate <= 0:
            raise f.error("rate", t("应大于 0"))
        amount = 0
    else:
        rate = Fraction(0)
        amount = f.money("amount", positive=True) if pays != "item" else f.money("amount", 0)
    where = parse_filter(f)
    unless_event = unless_attr = None
    if f.has("unless"):
        sub = f.sub("unless")
        unless_event, unless_attr = sub.text("event"), sub.text("same_attr")
        sub.finish()
    return Params(event, per, amount, rate, where, unless_event, unless_attr)


def evaluate(rule: Rule, ctx: Ctx) -> None:
    p: Params = rule.params
    label = period_short(ctx.period)
    spoiled: set[str] = set()
    if p.unless_event and p.unless_attr:
        for e in ctx.all_events(p.unless_event):
            if p.unless_attr in e.attrs:
                spoiled.add(_norm(e.attrs[p.unless_attr]))
    for s in ctx.candidates(rule):
        recorded = ctx.events(p.event, s.id)
        events = [e for e in recorded if p.where.matches(e)]
        unmatched, left_out = len(recorded) - len(events), []
        if spoiled:  # named, so the owner can tell which projects were counted
            left_out = [str(e.attrs[p.unless_attr or ""]).strip() for e in events
                        if _norm(e.attrs.get(p.unless_attr or "", "")) in spoiled]
            events = [e for e in events if _norm(e.attrs.get(p.unless_attr or "", "")) not in spoiled]
        note = t("（另有 {n} 次不满足条件「{cond}」，不计）", n=unmatched, cond=p.where.text()) if unmatched else ""
        note += t("（{names} 有{event}，不计）", names=joined(dict.fromkeys(left_out)), event=p.unless_event) \
            if left_out else ""
        if not events and unmatched == len(recorded) and recorded:
            ctx.skip(rule, s.id, t("{p}{event} {n} 次，都不满足条件「{cond}」", p=label, event=p.event, n=unmatched,
                                   cond=p.where.text()))
            continue
        if not events:
            ctx.skip(rule, s.id, t("{p}无{event}记录", p=label, event=p.event) + note)
            continue
        n = len(events)
        if p.per == "count":
            pay = n * p.amount_fen
            text = t("{p}{event} {n} 次{note} × {amount} = {pay}", p=label, event=p.event, n=n, note=note,
                     amount=yuan_short(p.amount_fen), pay=yuan(pay))
        elif p.per == "value":
            total = sum((e.value for e in events if e.value is not None), Decimal(0))
            pay = scale_fen(p.amount_fen, total)
            text = t("{p}{event}合计 {v}（{n} 次）× {amount} = {pay}", p=label, event=p.event, v=trim(total),
                     n=n,
                     amount=yuan_short(p.amount_fen), pay=yuan(pay))
        else:
            total_fen = sum(e.amount_fen or 0 for e in events)
            pay = scale_fen(total_fen, Decimal(p.rate.numerator) / Decimal(p.rate.denominator))
            text = t("{p}{event}金额合计 {v}（{n} 笔）× {rate} = {pay}", p=label, event=p.event,
                     v=yuan(total_fen), n=n, rate=_rate(p.rate), pay=yuan(pay))
        if rule.pays == "item":
            ctx.award(rule, s.id, 0, t("{p}{event} {n} 次 → {item} × {n}", p=label, event=p.event, n=n,
                                       item=rule.item), item=f"{rule.item} × {n}")
            continue
        if pay <= 0:
            ctx.skip(rule, s.id, text)
            continue
        ctx.award(rule, s.id, pay, text)


def _rate(rate: Fraction) -> str:
    return trim(Decimal(rate.numerator * 100) / Decimal(rate.denominator)) + "%"
