"""A period approved again after an edit is paid from its latest approval; the payout sheet says which approval it
is and, per person, what changed since the approval before it, so that a sheet printed from the earlier one is
told apart from it and the difference can be checked. The sheet is a Chinese document: these notes are Chinese."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from app.awards.approved_runs import Departments
from app.awards.model import KIND_LABELS, Line, PersonDiff, differences
from app.clock import document_stamp, shown_stamp
from app.i18n import bracketed, joined, t
from app.money import format_yuan

if TYPE_CHECKING:
    from app.awards.paymonth import PaidRun
    from app.shop import Shop


def approval_state(run: PaidRun) -> str:
    """`2026年10月28日 14:05 批准`, or `2026年11月2日 09:30 第 2 次批准` for a period approved again."""
    assert run.run is not None
    day = document_stamp(run.run.approved_at)
    return f"{day} 批准" if run.previous is None else f"{day} 第 {run.approval_number} 次批准"


def reapproval_notes(shop: Shop, runs: list[PaidRun], who: Callable[[int | None, str], str]) -> list[str]:
    """For each period approved again: a heading, then a line per person (or team) whose lines changed since the
    approval before, and the period's change in the people's net."""
    notes: list[str] = []
    depts = Departments({d.name: d.id for d in shop.store.departments.list()})
    names = {p.id: p.name for p in shop.store.staff.list()}  # as the sheet's rows name people: today's names
    for run in runs:
        if run.run is None or run.previous is None:
            continue
        # team lines by today's department names: one renamed between the approvals is no line removed and added
        before = depts.named_as_today(shop.store.awards.lines(run.previous.id), run.previous.plans)
        now = depts.named_as_today(run.lines, run.run.plans)
        period, day = run.period.label(), document_stamp(run.run.approved_at)
        was = document_stamp(run.previous.approved_at)
        changed = differences(before, now)
        if not changed:
            notes.append(f"{period} 是第 {run.approval_number} 次批准（{day}），结果与上次批准（{was}）相同。")
            continue
        notes.append(f"{period} 是第 {run.approval_number} 次批准（{day}），本表按这次批准的结果；"
                     f"上次批准（{was}）以来的变化：")
        notes += [f"  {who(diff.staff_id, names.get(diff.staff_id or 0, diff.recipient))}：{_change(diff)}"
                  for diff in changed]
        notes.append(f"  {period} {_net_change(before, now)}")
    return notes


def receipt_change(run: PaidRun, before: list[Line], staff_id: int) -> str:
    """What the 计算单 of a period approved again says under the period, in the language of the moment (Chinese
    on the printed one, made inside `in_chinese`; the 查看计算单 window's own): 与上次批准（…）相比：奖金实发 … → …（…）;
    empty when the person's lines are as they were."""
    if run.run is None or run.previous is None:
        return ""

    def own(lines: list[Line]) -> list[Line]:
        return [x for x in lines if x.recipient_type == "staff" and x.staff_id == staff_id]

    changed = differences(own(before), own(run.lines))
    if not changed:
        return ""
    was = shown_stamp(run.previous.approved_at)
    return t("与上次批准（{day}）相比：{change}", day=was, change=_change(changed[0]))


def _change(diff: PersonDiff) -> str:
    """奖金实发 ¥640.00 → ¥440.00（新增 投诉扣款 -¥200.00）; an award whose amount changed reads
    表扬奖 ¥30.00 → ¥60.00. In the language of the moment (the payout sheet asks it in Chinese)."""
    awards = list(dict.fromkeys(x.award for x in (*diff.removed, *diff.added)))
    parts = []
    for award in awards:
        gone = [x for x in diff.removed if x.award == award]
        new = [x for x in diff.added if x.award == award]
        if len(gone) == 1 and len(new) == 1:
            parts.append(t("{award} {old} → {new}", award=award, old=_amount(gone[0]), new=_amount(new[0])))
            continue
        parts += [t("取消 {award} {amount}", award=award, amount=_amount(x)) for x in gone]
        parts += [t("新增 {award} {amount}", award=award, amount=_amount(x)) for x in new]
    listed = joined(parts, separator="，")
    person = diff.staff_id is not None
    if diff.old_net_fen == diff.new_net_fen:  # a prize went or came: 奖金实发不变 ¥1,000.00（取消 最佳进步奖 奖品（¥100.00））
        net = format_yuan(diff.new_net_fen)
        return bracketed(t("奖金实发不变 {net}", net=net) if person else t("团队金额不变 {net}", net=net), listed)
    old, new = format_yuan(diff.old_net_fen), format_yuan(diff.new_net_fen)
    moved = t("奖金实发 {old} → {new}", old=old, new=new) if person else t("团队金额 {old} → {new}", old=old, new=new)
    return bracketed(moved, listed)


def _amount(line: Line) -> str:
    if line.kind == "goods":
        return bracketed(line.item or t(KIND_LABELS["goods"]), format_yuan(line.amount_fen))
    if line.kind in ("item", "honour"):
        return line.item or t(KIND_LABELS[line.kind])
    return format_yuan(line.amount_fen)


def _net_change(before: list[Line], now: list[Line]) -> str:
    """个人奖金实发合计 ¥1,340.00 → ¥1,140.00; 个人奖金实发合计不变 ¥1,340.00 when only goods, items or team lines
    changed, as a person's line says it."""
    then, paid = _staff_net(before), _staff_net(now)
    if then == paid:
        return f"个人奖金实发合计不变 {format_yuan(paid)}"
    return f"个人奖金实发合计 {format_yuan(then)} → {format_yuan(paid)}"


def _staff_net(lines: list[Line]) -> int:
    return sum(x.amount_fen for x in lines if x.recipient_type == "staff" and x.kind in ("cash", "deduction"))
