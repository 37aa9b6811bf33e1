"""福利 benefits, for people employed at any time in the period by default.

tenure: N full months — the anniversary (hire date + N months, 02-29 → 02-28, 01-31 + 1 → 02-28)
falls on or before the period's last day; pays every period from then on.
birthday: the birthday falls in the period (a lunar birthday converted for the year(s) concerned)
→ cash and/or a gift item (生日蛋糕)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.domain import Birthday
from app.i18n import t
from app.periods import Period, add_months
from app.rules.context import Ctx, payout_phrase
from app.rules.fields import Fields
from app.rules.measure import MetricTable
from app.rules.rule import Rule
from app.rules.text import day_label

KIND = "benefit"
NAMES = ("benefit", "福利", "benefits")  # the key, the Chinese label, then other words
PAYS = ("cash", "goods", "item")
RECIPIENTS = ("staff",)
DEFAULT_ACTIVE = "any_time"
BENEFITS = {"tenure": "tenure", "工龄": "tenure", "birthday": "birthday", "生日": "birthday"}


@dataclass(frozen=True)
class Params:
    benefit: str  # tenure | birthday
    months: int
    amount_fen: int
    gift: str | None  # birthday: an item given besides the amount


def parse(f: Fields, table: MetricTable, pays: str) -> Params:
    benefit = f.choice("benefit", BENEFITS)
    months = f.integer("months", minimum=1) if benefit == "tenure" else 0
    amount = f.money("amount", 0) if pays == "item" else f.money("amount", positive=True)
    gift = f.text("gift", None) if benefit == "birthday" else None
    return Params(benefit, months, amount, gift)


def anniversary(hired: date, months: int) -> date:
    return add_months(hired, months)


def birthday_dates(birthday: Birthday, period: Period) -> list[date]:
    """The Gregorian dates of the birthday that fall in the period."""
    return [day for day in birthday.dates_in(period.year) if period.contains(day)]


def evaluate(rule: Rule, ctx: Ctx) -> None:
    p: Params = rule.params
    for s in ctx.candidates(rule):
        if p.benefit == "tenure":
            if s.hired is None:
                ctx.skip(rule, s.id, t("未填入职日期"))
                continue
            # seniority restarts at a rehire: counted from the hire date of the stint that holds the period
            due = anniversary(s.hired, p.months)
            fields = {"hired": day_label(s.hired), "due": day_label(due), "n": p.months}
            if due > ctx.period.end:
                ctx.skip(rule, s.id, t("{hired}重新入职，{due}才满 {n} 个月", **fields) if s.earlier
                         else t("{hired}入职，{due}才满 {n} 个月", **fields))
                continue
            pay = payout_phrase(rule, p.amount_fen)
            ctx.award(rule, s.id, p.amount_fen, t("{hired}重新入职，{due}满 {n} 个月 → {pay}", pay=pay, **fields)
                      if s.earlier else t("{hired}入职，{due}满 {n} 个月 → {pay}", pay=pay, **fields))
            continue
        if s.birthday is None:
            ctx.skip(rule, s.id, t("未填生日"))
            continue
        days = birthday_dates(s.birthday, ctx.period)
        if not days:
            ctx.skip(rule, s.id, t("生日{label}不在本期", label=s.birthday.shown_label()))
            continue
        employed = [d for d in days if s.employed_on(d)]
        if not employed:
            away = s.away_between(days[0])
            first_hired = s.stints[0].hired
            if away:  # between two stints: both days, not only the rehire
                when = t("{left}离职，{hired}重新入职", left=day_label(away[0]), hired=day_label(away[1]))
            elif first_hired and days[-1] < first_hired:
                when = t("{day}入职", day=day_label(first_hired))
            else:
                when = t("{day}离职", day=day_label(s.left))
            ctx.skip(rule, s.id, t("生日 {day} 不在职（{when}）", day=day_label(days[0]), when=when))
            continue
        day = employed[0]
        lunar = t("（{label}）", label=s.birthday.shown_label()) if s.birthday.lunar else ""
        kept_on = s.birthday.kept_short_on(day)
        if kept_on is not None:  # the day a calendar shows is the 29th: said, so the line can be checked against it
            lunar = t("（{label}：这年{month}只有 29 天，按{kept}）", label=s.birthday.shown_label(),
                      month=s.birthday.shown_month(), kept=kept_on.shown_label())
        head = t("生日 {day}{lunar}", day=day_label(day), lunar=lunar)
        if rule.pays != "item" and p.amount_fen > 0:
            pay = payout_phrase(rule, p.amount_fen)
            ctx.award(rule, s.id, p.amount_fen, t("{head} → {pay}", head=head, pay=pay))
        if rule.pays == "item":
            ctx.award(rule, s.id, 0, t("{head} → {item}", head=head, item=rule.item))
        if p.gift:
            ctx.award(rule, s.id, 0, t("{head} → {item}", head=head, item=p.gift), kind="item", item=p.gift,
                      certificate=False)
