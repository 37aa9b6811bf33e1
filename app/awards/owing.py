"""Deductions beyond a person's awards, in one wording wherever pay is shown: the 评奖 review before approval,
the payout sheet's notes, the 计算单 (PDF and window). Three cases, each with what happened and what to do."""

from __future__ import annotations

from app.i18n import joined, t

NEGATIVE = "negative"  # no fixed pay beside the awards: 奖金实发 below zero
NETTED = "netted"  # taken off the fixed pay in 应发合计
BELOW = "below"  # more than the pay and the awards together: 应发合计 below zero

_TEXTS = {
    NEGATIVE: ("扣款超过奖励，奖金实发为负数", "发放时从工资中扣除或按店铺规定处理"),
    NETTED: ("扣款超过奖励，差额从固定工资中扣除（见应发合计）", "发放时不要再扣"),
    BELOW: ("扣款超过了工资和奖励，应发合计为负数", "请按店铺规定处理"),
}


def owing_kind(net_fen: int, fixed_fen: int) -> str | None:
    """Which case a person's net (awards less deductions) and fixed pay are; None when nothing is owed."""
    if net_fen >= 0:
        return None
    if not fixed_fen:
        return NEGATIVE
    return BELOW if fixed_fen + net_fen < 0 else NETTED


def _say(template: str, chinese: bool, **fields: str) -> str:
    return template.format(**fields) if chinese else t(template, **fields)


def owing_sentence(kind: str, amount: str = "", *, chinese: bool = False, note: bool = False) -> str:
    """One person's case: 「扣款超过奖励，奖金实发为负数（-¥200.00），发放时从工资中扣除或按店铺规定处理。」
    (`chinese`: for a Chinese document, whatever the language; `note`: after 「注意：」)."""
    what, advice = (_say(text, chinese) for text in _TEXTS[kind])
    if amount:
        text = _say("{what}（{amount}），{advice}。", chinese, what=what, amount=amount, advice=advice)
    else:
        text = _say("{what}，{advice}。", chinese, what=what, advice=advice)
    return _say("注意：{parts}", chinese, parts=text) if note else text


def owing_notice(groups: list[tuple[str, list[str]]], *, chinese: bool = False) -> str:
    """Several people by case, each named with an amount (「乙 -¥200.00」): 「注意：扣款超过奖励，奖金实发为负数：
    乙 -¥200.00（发放时从工资中扣除或按店铺规定处理）；…」. Empty when no group has anyone."""
    parts = []
    for kind, people in groups:
        if people:
            what, advice = (_say(text, chinese) for text in _TEXTS[kind])
            listed = "、".join(people) if chinese else joined(people)
            parts.append(_say("{what}：{people}（{advice}）", chinese, what=what, people=listed, advice=advice))
    if not parts:
        return ""
    return _say("注意：{parts}", chinese, parts="；".join(parts) if chinese else joined(parts, separator="；"))
