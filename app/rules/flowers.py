"""红花 recognition: by little red flowers received in the period. `top`: ranks with amounts
(yearly top 3 → ¥500 / ¥300 / ¥200, competition ranking); `most`: the most received, ties all win
(or split). Nobody wins with zero flowers."""

from __future__ import annotations

from dataclasses import dataclass

from app.i18n import t
from app.money import split_largest_remainder
from app.rules.context import Ctx, named, payout_phrase, split_phrase
from app.rules.fields import Fields
from app.rules.measure import Measure, MetricTable, Reading
from app.rules.ranking import Band, award_ranked, parse_bands
from app.rules.rule import Rule
from app.rules.text import period_short

KIND = "flowers"
NAMES = ("flowers", "红花")
PAYS = ("cash", "goods", "honour")
RECIPIENTS = ("staff",)
DEFAULT_ACTIVE = "period_end"
MODES = {"top": "top", "前几名": "top", "most": "most", "最多": "most"}
MEASURE = Measure("flowers", "收到小红花")


@dataclass(frozen=True)
class Params:
    mode: str
    bands: tuple[Band, ...]
    amount_fen: int
    split: bool


def parse(f: Fields, table: MetricTable, pays: str) -> Params:
    mode = f.choice("mode", MODES)
    if mode == "top":
        return Params(mode, parse_bands(f, pays), 0, False)
    amount = f.money("amount", positive=True) if pays != "honour" else f.money("amount", 0)
    ties = f.choice("ties", {"all": "all", "split": "split", "平分": "split", "并列均得": "all"}, "all")
    split = ties == "split"
    return Params(mode, (), amount, split)


def evaluate(rule: Rule, ctx: Ctx) -> None:
    p: Params = rule.params
    counts: dict[int, Reading] = {}
    for s in ctx.candidates(rule):
        n = ctx.facts.flowers.get(s.id, 0)
        if n <= 0:
            ctx.skip(rule, s.id, t("{p}未收到小红花", p=period_short(ctx.period)))
            continue
        counts[s.id] = Reading(n, t("{n} 朵", n=n))
    if p.mode == "top":
        award_ranked(rule, ctx, MEASURE, counts, p.bands)
        return
    if not counts:
        return
    best = max(int(r.value or 0) for r in counts.values())
    winners = sorted(sid for sid, r in counts.items() if r.value == best)
    n = len(winners)
    shares = split_largest_remainder(p.amount_fen, [1] * n) if p.split else [p.amount_fen] * n
    word = t("并列最多") if len(winners) > 1 else t("最多")
    for sid, share in zip(winners, shares, strict=True):
        text = t("{p}收到小红花 {n} 朵，{word}", p=period_short(ctx.period), n=best, word=word)
        if p.split and len(winners) > 1:
            text += split_phrase(p.amount_fen, named([ctx.staff_by_id[w] for w in winners]))
        ctx.award(rule, sid, share, text + " → " + payout_phrase(rule, share))
    for sid in sorted(counts):
        if counts[sid].value != best:
            ctx.skip(rule, sid, t("{p}收到小红花 {n}，未达最多 {best} 朵", p=period_short(ctx.period),
                                   n=counts[sid].text, best=best))
