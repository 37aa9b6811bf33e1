"""排名 ranking: rank by a measure (lower-is-better respected) and pay by rank bands.

Competition ranking (1, 1, 3): tied people share the rank and every one of them gets that rank's
band. Display order is (rank, staff id), so it never depends on the order staff were given in."""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.i18n import every_language, joined, t
from app.rules.context import Ctx, payout_phrase
from app.rules.fields import Fields
from app.rules.measure import Measure, MetricTable, Reading, Value, parse_measure
from app.rules.rule import Rule
from app.rules.text import month_label, period_short
from app.rules.threshold import Condition, check_all, parse_conditions

KIND = "ranking"
NAMES = ("ranking", "排名")
PAYS = ("cash", "goods", "honour")
RECIPIENTS = ("staff",)
DEFAULT_ACTIVE = "period_end"


@dataclass(frozen=True)
class Band:
    first: int
    last: int
    amount_fen: int
    certificate: bool | None  # None: the rule's setting


@dataclass(frozen=True)
class Params:
    measure: Measure
    bands: tuple[Band, ...]
    qualify: tuple[Condition, ...]


def parse_bands(f: Fields, pays: str) -> tuple[Band, ...]:
    bands: list[Band] = []
    for sub in f.objects("bands"):
        first = sub.integer("from", minimum=1)
        last = sub.integer("to", first, minimum=first)
        amount = sub.money("amount", positive=True) if pays != "honour" else sub.money("amount", 0)
        cert = sub.boolean("certificate", None) if sub.has("certificate") else None
        sub.finish()
        if bands and first <= bands[-1].last:
            raise sub.error("from", t("名次与上一档重叠（各档按名次从前到后排列）"))
        bands.append(Band(first, last, amount, cert))
    return tuple(bands)


def parse(f: Fields, table: MetricTable, pays: str) -> Params:
    measure = parse_measure(f, table)
    return Params(measure, parse_bands(f, pays), parse_conditions(f, table, "qualify", required=False))


def competition_ranks(entries: list[tuple[int, Value]],
                      higher_is_better: bool) -> list[tuple[int, int, Value]]:
    """[(id, value)] → [(rank, id, value)] ordered by (rank, id); equal values share the rank (1, 1, 3)."""
    ordered = sorted(entries, key=lambda e: (-e[1] if higher_is_better else e[1], e[0]))
    ranked: list[tuple[int, int, Value]] = []
    for i, (key, value) in enumerate(ordered):
        rank = ranked[-1][0] if ranked and ranked[-1][2] == value else i + 1
        ranked.append((rank, key, value))
    return ranked


RANKED = "{p}{name} {value}，排名第 {rank}{tie}"


def place_of(rule_kind: str, explanation: str) -> int | None:
    """The place a ranked line (a ranking, or 红花 top N) was awarded for, read back from its explanation in
    whichever language it was computed in (approved lines keep only their text); None for other lines."""
    if rule_kind not in ("ranking", "flowers"):
        return None
    for template in every_language(RANKED):
        before = template.split("{value}", 1)[1].split("{rank}", 1)[0]  # 「，排名第 」, ", rank "
        found = re.search(re.escape(before) + r"(\d+)", explanation)
        if found:
            return int(found.group(1))
    return None


def band_of(bands: tuple[Band, ...], rank: int) -> Band | None:
    return next((b for b in bands if b.first <= rank <= b.last), None)


def band_text(band: Band) -> str:
    if band.first == band.last:
        return t("第 {n} 名", n=band.first)
    return t("第 {a}–{b} 名", a=band.first, b=band.last)


def award_ranked(rule: Rule, ctx: Ctx, measure: Measure, readings: dict[int, Reading],
                 bands: tuple[Band, ...], months_said: dict[int, str] | None = None) -> None:
    """Rank the known readings and pay the bands; others get the reason. `months_said`: the months a person
    was read over, where not all the period's (`Ctx.months_said`)."""
    ranked = competition_ranks([(sid, r.value) for sid, r in readings.items() if r.value is not None],
                               measure.higher_is_better)
    counts: dict[int, int] = {}
    for rank, _, _ in ranked:
        counts[rank] = counts.get(rank, 0) + 1
    label = period_short(ctx.period)
    for i, (rank, sid, value) in enumerate(ranked):
        reading = readings[sid]
        shown = reading.text
        for _, _, other in ranked[max(i - 1, 0):i + 2]:  # a neighbour shown the same but ranked apart: more digits
            if other != value and measure.format(other) == shown:
                shown = measure.format(value, against=other)
        tied = counts[rank] > 1
        p = label + (months_said or {}).get(sid, "")
        band = band_of(bands, rank)
        head = t(RANKED, p=p, name=measure.name, value=shown + reading.detail, rank=rank,
                 tie=t("（并列）") if tied and band is None else "")
        if band is None:
            ctx.skip(rule, sid, t("{head}，未进入获奖名次", head=head))
            continue
        cert = rule.certificate if band.certificate is None else band.certificate
        pay = payout_phrase(rule, band.amount_fen)
        text = (t("{head}，{n} 人并列第 {rank} 名，各得{band}的{pay}", head=head, n=counts[rank], rank=rank,
                  band=band_text(band), pay=pay)  # everyone tied gets the whole band: said, not left to guess
                if tied else t("{head}，{band} → {pay}", head=head, band=band_text(band), pay=pay))
        ctx.award(rule, sid, band.amount_fen, text, certificate=cert)


def evaluate(rule: Rule, ctx: Ctx) -> None:
    p: Params = rule.params
    readings: dict[int, Reading] = {}
    said: dict[int, str] = {}
    every_month = p.measure.each_month_target  # 「only people with a target in all three months」
    for s in ctx.candidates(rule):
        on_team = ctx.months_for(s)
        if not on_team:
            ctx.skip(rule, s.id, t("方案生效后不在职"))
            continue
        months = ctx.months_for(s, every_month=every_month)
        if p.qualify:
            ok, texts = check_all(ctx, p.qualify, s.id, months)
            if not ok:
                ctx.skip(rule, s.id, t("不具备排名资格：{why}", why=joined(texts, separator="，")))
                continue
        reading = p.measure.read(ctx, s.id, months)
        away = joined(month_label(m) for m in months if m not in on_team)
        if reading.value is None:
            ctx.skip(rule, s.id, reading.reason + (t("（{months}不在职，本奖要求每个月都有目标）", months=away) if away else ""))
            continue
        if away:  # a target set before a leave entered later, scaled to 0 days, is no target of a month on the team
            ctx.skip(rule, s.id, t("{months}不在职，本奖要求每个月都有目标", months=away))
            continue
        readings[s.id] = reading
        said[s.id] = ctx.months_said(s, months)
    award_ranked(rule, ctx, p.measure, readings, p.bands, said)


def reads_own_months(_params: Params) -> bool:
    return True

