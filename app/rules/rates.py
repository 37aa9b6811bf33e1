"""A rate of two sums over one or more months (询单转化率 = 付款人数 / 询单人数), from what both are known on:
the months both have a value in, and within a month the days both are known on (daily values alone where an
imported total held one of them and not the other — see Facts.pairs)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.i18n import joined, list_separator, t
from app.metrics import Metric
from app.rules.text import month_label

if TYPE_CHECKING:
    from app.rules.context import Ctx


def summed_ratio_parts(ctx: Ctx, staff_id: int, a: Metric, b: Metric, months: tuple[str, ...]
                       ) -> tuple[int | None, int | None, str, str]:
    """(numerator, denominator, a note for the explanation: months read from daily values, months with only
    one of the two; the reason there is no rate, when the totals do not match and no daily values do)."""
    parts = {m: ctx.ratio_parts(staff_id, a, b, m) for m in months}
    known = {m: (x, y) for m, (x, y, _daily) in parts.items()}
    paired = [(x, y) for x, y in known.values() if x is not None and y is not None]
    if len(months) == 1:
        x, y = known[months[0]]
    else:
        x, y = (sum(p for p, _ in paired), sum(q for _, q in paired)) if paired else (None, None)
    daily = [m for m, (x_, y_, alone) in parts.items() if alone and x_ is not None and y_ is not None]
    unmatched = [m for m, (x_, y_, alone) in parts.items() if alone and (x_ is None or y_ is None)]
    mismatch = t("{months}{a}与{b}的导入合计不是同一段日子", months=joined(month_label(m) for m in daily + unmatched),
                 a=a.shown_name, b=b.shown_name)
    note = t("；{mismatch}，按两者都有的逐日数据", mismatch=mismatch) if daily else ""
    if unmatched and paired and daily:
        note += t("；{months}没有两者都有的逐日数据，不计", months=joined(month_label(m) for m in unmatched))
    elif unmatched and paired:  # the months left out, and why: the mismatch is said nowhere else
        note = t("；{mismatch}，又没有两者都有的逐日数据，不计", mismatch=mismatch)
    why = t("{mismatch}，又没有两者都有的逐日数据", mismatch=mismatch) if unmatched and not paired else ""
    return x, y, note + (half_known(known, a, b) if len(months) > 1 else ""), why


def half_known(known: dict[str, tuple[int | None, int | None]], a: Metric, b: Metric) -> str:
    """The months with only one of the two, said as not counted."""
    half = [(m, b if x is not None else a) for m, (x, y) in known.items() if (x is None) != (y is None)]
    note = joined((t("{p}{name}无数据", p=month_label(m), name=missing.shown_name) for m, missing in half), separator="，")
    return t("；{note}，不计", note=note) if half else ""


def difference_parts(a: Metric, b: Metric | None, a_value: int, b_value: int | None) -> str:
    """`（销售额 ¥10,000.00 − 退款金额 ¥0.01）`: the two parts of a difference (净销售额), so that it can be redone; a
    part with no data is said to count as 0."""
    said = {"a": a.shown_name, "av": a.format(a_value), "b": b.shown_name if b else ""}
    parts = (t("{a} {av} − {b} {bv}", bv=(b or a).format(b_value), **said) if b_value is not None
             else t("{a} {av}，{b}无数据，按 0 计", **said))
    return t("（{parts}）", parts=parts)


def difference_gaps(ctx: Ctx, staff_id: int, a: Metric, b: Metric | None, months: tuple[str, ...]) -> str:
    """`；9月销售额无数据；7月、8月退款金额无数据，按 0 计`: the months of several that a part of a difference has no
    data in — its sum is that of the other months — as a sum over several months says them."""
    notes = [ctx.missing_months(staff_id, a, months)]
    if b is not None and (gaps := ctx.missing_months(staff_id, b, months)):
        notes.append(t("{missing}，按 0 计", missing=gaps))
    return "".join(list_separator("；") + note for note in notes if note)
