"""单项冠军 best-of: the single best value (most orders, best 知识考核 score) or the best growth on
last period with a minimum base (where lower is better, 退款金额, the largest fall). The value must be above zero
(growth: positive); ties all win, or
split the amount when the rule says so. A department can be the recipient (优秀部门)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from fractions import Fraction

from app.i18n import t
from app.money import split_largest_remainder
from app.rules.context import Ctx, named, payout_phrase, split_phrase
from app.rules.dept import read_dept
from app.rules.fields import Fields
from app.rules.measure import Measure, MetricTable, Reading, Value, parse_measure
from app.rules.rule import RECIPIENTS as RECIPIENT_WORDS
from app.rules.rule import Rule
from app.rules.text import no_previous_value, pct, period_short, previous_short

KIND = "best"
NAMES = ("best", "单项冠军")
PAYS = ("cash", "goods", "item", "honour")
RECIPIENTS = ("staff", "department")
DEFAULT_ACTIVE = "period_end"
MODES = {"value": "value", "最高值": "value", "growth": "growth", "增长": "growth"}
TIES = {"all": "all", "并列均得": "all", "split": "split", "平分": "split"}


@dataclass(frozen=True)
class Params:
    measure: Measure
    mode: str  # value | growth
    min_base: Value | None  # growth: last period at least this
    amount_fen: int
    ties: str  # all | split


def parse(f: Fields, table: MetricTable, pays: str) -> Params:
    measure = parse_measure(f, table)
    mode = f.choice("mode", MODES, "value")
    if mode == "growth" and measure.source not in ("metric",):
        raise f.error("mode", t("增长只能用于录入的指标（如销售额、订单数）"))
    to_dept = RECIPIENT_WORDS.get(str(f.data.get("recipient", "staff"))) == "department"
    if to_dept and measure.source not in ("metric", "achievement"):
        raise f.error("metric", t("部门奖项只能按录入的指标或目标达成率评比"))
    min_base = measure.parse_value(f, "min_base") if mode == "growth" else None
    amount = f.money("amount", positive=True) if pays not in ("item", "honour") else f.money("amount", 0)
    ties = f.choice("ties", TIES, "all")
    if ties == "split" and pays not in ("cash", "goods"):
        raise f.error("ties", t("只有现金或实物奖可以平分"))
    return Params(measure, mode, min_base, amount, ties)


def uses_previous(params: Params) -> bool:
    return params.mode == "growth"


Say = Callable[[str], str]  # a reading's sentence with its value written as given


def _growth(ctx: Ctx, p: Params, sid: int) -> tuple[Reading, Say | None]:
    m = p.measure.metric
    assert m is not None
    prev_label = previous_short(ctx.period)
    cur = ctx.metric_sum(sid, m, ctx.months)
    prev = ctx.metric_sum(sid, m, ctx.prev_months)
    if prev is None:
        return Reading(None, reason=no_previous_value(ctx.staff_by_id[sid], ctx.period, ctx.prev_period, m.shown_name)), None
    if cur is None:
        return Reading(None, reason=t("{p}{name}无数据", p=period_short(ctx.period), name=m.shown_name)), None
    if gaps := ctx.gaps_flatter(sid, m, ctx.months):
        return Reading(None, reason=gaps), None
    if p.min_base is not None and prev < p.min_base:
        return Reading(None, reason=t("{prev}{name} {v} 低于最低基数 {min}", prev=prev_label, name=m.shown_name,
                                      v=m.format(prev), min=p.measure.format(p.min_base))), None
    if prev <= 0:
        return Reading(None, reason=t("{prev}{name}为 0，无法计算增长", prev=prev_label, name=m.shown_name)), None
    fields = {"p": period_short(ctx.period), "name": m.shown_name, "prev": prev_label,
              "cur": m.format(cur) + ctx.missing_note(sid, m, ctx.months),
              "pv": m.format(prev) + ctx.missing_note(sid, m, ctx.prev_months)}
    growth = Fraction(cur - prev, prev)
    if not m.higher_is_better and cur < prev:  # 退款金额: the progress is the fall
        fall: Say = lambda g: t("{p}{name} {cur}，{prev} {pv}，下降 {g}（越低越好）", g=g, **fields)
        return Reading(-growth, fall(pct(-growth))), fall
    rise: Say = lambda g: t("{p}{name} {cur}，{prev} {pv}，增长 {g}", g=g, **fields)
    return Reading(growth if m.higher_is_better else -growth, rise(pct(growth))), rise


def evaluate(rule: Rule, ctx: Ctx) -> None:
    p: Params = rule.params
    label = period_short(ctx.period)
    readings: dict[object, Reading] = {}
    says: dict[object, Say | None] = {}  # each sentence again with its value written otherwise
    if rule.recipient == "department":
        for d in ctx.dept_candidates(rule):
            r = read_dept(p.measure, ctx, d, ctx.months)
            says[d.name] = say = _said(r.detail, p=label, name=p.measure.name, dept=d.name)
            readings[d.name] = Reading(r.value, say(r.text), r.reason)
    else:
        for s in ctx.candidates(rule):
            if p.mode == "growth":
                readings[s.id], says[s.id] = _growth(ctx, p, s.id)
            else:
                r = p.measure.read(ctx, s.id, ctx.months)
                says[s.id] = say = _said(r.detail, p=label, name=p.measure.name)
                readings[s.id] = Reading(r.value, say(r.text), r.reason)
    _award_best(rule, ctx, p, readings, says)


def _said(detail: str, *, p: str, name: str, dept: str | None = None) -> Say:
    if dept is not None:
        return lambda shown: t("{dept} {p}{name} {v}", dept=dept, p=p, name=name, v=shown + detail)
    return lambda shown: t("{p}{name} {v}", p=p, name=name, v=shown + detail)


def _award_best(rule: Rule, ctx: Ctx, p: Params, readings: dict[object, Reading],
                says: dict[object, Say | None]) -> None:
    dept = rule.recipient == "department"
    lower = p.mode == "value" and not p.measure.higher_is_better
    known: dict[object, Value] = {}
    for key, r in readings.items():
        if r.value is None:
            _skip(rule, ctx, key, r.reason, dept)
        elif r.value <= 0:
            falls = p.mode == "growth" and p.measure.metric is not None and not p.measure.metric.higher_is_better
            _skip(rule, ctx, key, t("{text}，未下降", text=r.text) if falls else _not_above_zero(r.text, p.mode, lower),
                  dept)
        else:
            known[key] = r.value
    if not known:
        return
    best = min(known.values()) if lower else max(known.values())
    winners = sorted((k for k, v in known.items() if v == best), key=_order)
    word = t("最低") if lower else t("最高")
    if len(winners) > 1:
        word = t("并列") + word
    shares = (split_largest_remainder(p.amount_fen, [1] * len(winners)) if p.ties == "split"
              else [p.amount_fen] * len(winners))

    def written(value: Value, against: Value | None) -> str:  # more digits where one would hide the difference
        if p.mode == "growth":
            return pct(Fraction(value), against=None if against is None else Fraction(against))
        return p.measure.format(value, against=against)

    def sentence(key: object, against: Value | None) -> str:
        say = says.get(key)
        return readings[key].text if say is None or against is None else say(written(known[key], against))

    others = [v for v in known.values() if v != best]
    runner_up = (min(others) if lower else max(others)) if others else None
    for key, share in zip(winners, shares, strict=True):
        text = t("{text}，{word}", text=sentence(key, runner_up), word=word)
        if p.ties == "split" and len(winners) > 1:
            names = [str(k) for k in winners] if dept else named([ctx.staff_by_id[int(k)] for k in winners])  # type: ignore[call-overload]
            text += split_phrase(p.amount_fen, names, departments=dept)
        text += " → " + payout_phrase(rule, share)
        if dept:
            ctx.award(rule, None, share, text, dept=str(key))
        else:
            ctx.award(rule, int(key), share, text)  # type: ignore[call-overload]
    for key in sorted(known, key=_order):
        if known[key] != best:
            _skip(rule, ctx, key, t("{text}，未达{word} {best}", text=sentence(key, best),
                                     word=t("最低") if lower else t("最高"), best=written(best, known[key])), dept)


def _not_above_zero(text: str, mode: str, lower: bool) -> str:
    """Why a value of 0 takes no part: the best-of compares values above zero only — for a lowest-wins rule
    (lowest 退款率) too, where the owner would otherwise expect 0 to win."""
    if mode == "growth":
        return t("{text}，未增长", text=text)
    if lower:
        return t("{text}，为 0 不参加评比（本奖取大于 0 的最低值，0 可能只是没有发生或没有统计）", text=text)
    return t("{text}，需大于 0", text=text)


def _order(key: object) -> tuple[int, str]:
    return (key, "") if isinstance(key, int) else (0, str(key))  # type: ignore[return-value]


def _skip(rule: Rule, ctx: Ctx, key: object, reason: str, dept: bool) -> None:
    if dept:
        ctx.skip(rule, None, reason, dept=str(key))
    else:
        ctx.skip(rule, int(key), reason)  # type: ignore[call-overload]
