"""Manual award lines and pay adjustments of a period: the part of `AwardService` (service.py) that adds and
removes them, each with its reason, in one audited transaction."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.awards.left_before_end import away_in
from app.awards.plans import PlanInForce, PlanService
from app.clock import stamp_on
from app.domain import Staff
from app.errors import UserError
from app.i18n import joined, t
from app.money import format_yuan
from app.periods import Period, parse_period
from app.rules import ManualEntry
from app.rules.manual import check_entry
from app.store.awards import ManualRow

if TYPE_CHECKING:
    from collections.abc import Callable

    from app.awards.computing import Computation
    from app.awards.model import Review
    from app.shop import Shop


LINE_LIMIT_FEN = 100_000_000  # ¥1,000,000.00: no small shop pays or deducts that in one line; beyond, a typing slip


def check_line_amount(amount_fen: int, adjustment: bool) -> None:
    """Refuses an adjustment or a manual line beyond `LINE_LIMIT_FEN` either way (-99999999999 typed for -99.99),
    naming the field and the limit: the window's dialogs and the commands come through here."""
    if abs(amount_fen) <= LINE_LIMIT_FEN:
        return
    if adjustment:
        raise UserError(t("金额：一行调整最多加发或扣减 {limit}，填写的是 {amount}，请检查是不是多打了数字",
                          limit=format_yuan(LINE_LIMIT_FEN), amount=format_yuan(amount_fen)))
    raise UserError(t("金额：一行手动奖项最多 {limit}，填写的是 {amount}，请检查是不是多打了数字",
                      limit=format_yuan(LINE_LIMIT_FEN), amount=format_yuan(amount_fen)))


class ManualLines:
    """`AwardService`'s manual lines and adjustments."""

    shop: Shop
    plans: PlanService
    calculate: Callable[..., Computation]  # of `Computing` and `AwardService`, the classes beside it
    _review: Callable[[Computation], Review]

    @property
    def store(self):
        return self.shop.store

    def manual_lines(self, period: Period) -> list[ManualRow]:
        return self.store.awards.manual(period.key())

    def approved_change_note(self, period: Period) -> str:
        """A manual line or an adjustment of an approved period is paid from its next approval: said before it is
        added (the 评奖 page's dialogs) and after (the CLI); "" for a period not approved."""
        if self.store.awards.current_run(period.key()) is None:
            return ""
        return t("{period} 已批准：这次修改会在重新批准后生效", period=period.shown_label())

    def approval_note(self, period: Period) -> str:
        """After a manual line or an adjustment of an approved period was added or removed (the CLI): whether the
        period now waits for its next approval, or is again as approved (a line added after the approval removed),
        computed; "" for a period not approved."""
        return self._approval_note_of(period, frozenset())

    def removal_note(self, manual_id: int) -> str:
        """Before a manual line or an adjustment of an approved period is removed (the 评奖 page's question): the
        same, for the period computed without it."""
        row = self.store.awards.manual_get(manual_id)
        return self._approval_note_of(parse_period(row.period), frozenset({manual_id}), removing=True) if row else ""

    def _approval_note_of(self, period: Period, leaving_out: frozenset[int], removing: bool = False) -> str:
        if self.store.awards.current_run(period.key()) is None:
            return ""
        if self._review(self.calculate(period, leaving_out=leaving_out)).changed:
            return t("{period} 已批准：这次修改会在重新批准后生效", period=period.shown_label())
        if removing:
            return t("{period} 已批准：删除后结果与批准时相同，无需重新批准", period=period.shown_label())
        return t("{period} 已批准：现在的结果与批准时相同，无需重新批准", period=period.shown_label())

    def add_manual(self, period: Period, rule: str, *, staff_id: int | None = None, dept: str | None = None,
                   amount_fen: int | None = None, item: str | None = None, reason: str = "") -> int:
        """A line for a manual rule of the plan in force for the recipient; the reason is required."""
        reason = " ".join(str(reason).split())
        if not reason:
            raise UserError(t("请填写理由：手动添加的奖项必须说明理由"))
        if amount_fen is not None:
            check_line_amount(amount_fen, adjustment=False)
        people = {p.id: p for p in self.store.staff.list()}
        force = self._force_for(period, staff_id, dept, people)
        found = force.plan.rule(rule)
        if found is None or found.kind != "manual":
            names = joined(r.name for r in force.plan.rules_for(period.kind) if r.kind == "manual") or t("（无）")
            raise UserError(t("方案「{plan}」没有手动奖项「{award}」。本期可用：{names}", plan=force.stored.label,
                              award=rule, names=names))
        if found.period != period.kind:
            raise UserError(t("手动奖项「{award}」不属于本期类型", award=rule))
        if found.recipient == "department" and dept is None:
            raise UserError(t("「{award}」发给部门，请指定部门", award=rule))
        if found.recipient == "staff" and staff_id is None:
            raise UserError(t("「{award}」发给个人，请指定员工", award=rule))
        group_ids = {p.id for p in people.values() if p.dept in force.departments
                     and p.employed_during(period.start, period.end)}
        entry = ManualEntry(rule, reason, staff_id if found.recipient == "staff" else None,
                            dept if found.recipient == "department" else None, amount_fen, item)
        person = people[entry.staff_id] if entry.staff_id is not None else None
        if person is not None and not person.employed_during(period.start, period.end):  # not "no such person"
            raise UserError(t("{who}{period}不在职（{when}），不能添加奖项", who=person.display(),
                              period=period.shown_label(), when=away_in(person, period)))
        amount = check_entry(found, entry, group_ids)
        if person is not None and not person.in_awards:
            raise UserError(t("{who}不参与评奖（员工资料中未勾选「参与评奖」），不能添加奖项", who=person.display()))
        who = people[staff_id].name if entry.staff_id is not None and staff_id is not None else str(entry.dept)
        return self._write_manual(period, rule, entry.staff_id, entry.dept, amount_fen, item, reason,
                                  t("{period} 手动奖项「{award}」给 {who}（{amount}）：{reason}", period=period.shown_label(),
                                    award=rule, who=who, amount=format_yuan(amount), reason=reason))

    def adjust(self, period: Period, staff_id: int, amount_fen: int, reason: str) -> int:
        """An adjustment to a person's pay for the period: positive adds cash, negative deducts. It corrects pay
        and is no award, so it is taken for someone out of the awards too (`adjustment_note` says so), where a
        manual award line is refused."""
        reason = " ".join(str(reason).split())
        if not reason:
            raise UserError(t("请填写理由：调整必须说明理由"))
        if amount_fen == 0:
            raise UserError(t("调整金额不能为 0"))
        check_line_amount(amount_fen, adjustment=True)
        person = self.store.staff.get(staff_id)
        if person is None:
            raise UserError(t("没有编号为 {id} 的员工", id=staff_id))
        if not person.employed_during(period.start, period.end):
            raise UserError(t("{who}{period}不在职（{when}），不能调整", who=person.display(),
                              period=period.shown_label(), when=away_in(person, period)))
        return self._write_manual(period, None, staff_id, None, amount_fen, None, reason,
                                  t("{period} 调整 {who} {amount}：{reason}", period=period.shown_label(), who=person.name,
                                    amount=format_yuan(amount_fen), reason=reason))

    def remove_manual(self, manual_id: int) -> ManualRow:
        row = self.store.awards.manual_get(manual_id)
        if row is None:
            raise UserError(t("没有编号为 {id} 的手动行", id=manual_id))
        ctx = self.shop.ctx
        with self.store.atomic():
            self.store.awards.manual_delete(manual_id)
            self.store.audit.add(ctx.user, "awards.manual_remove",
                                 t("删除 {period} 的手动行 #{id}（{award}）：{reason}", period=row.period, id=row.id,
                                   award=row.rule or t("调整"), reason=row.reason),
                                 {"row": row.__dict__}, pin_used=ctx.pin_used)
        return row

    def _write_manual(self, period: Period, rule: str | None, staff_id: int | None, dept: str | None,
                      amount_fen: int | None, item: str | None, reason: str, summary: str) -> int:
        ctx = self.shop.ctx
        with self.store.atomic():
            manual_id = self.store.awards.manual_add(period.key(), rule, staff_id, dept, amount_fen, item, reason,
                                                     ctx.user, at=stamp_on(ctx.today))
            self.store.audit.add(ctx.user, "awards.manual_add" if rule else "awards.adjust", summary,
                                 {"id": manual_id, "period": period.key(), "rule": rule, "staff_id": staff_id,
                                  "dept": dept, "amount_fen": amount_fen, "item": item, "reason": reason},
                                 pin_used=ctx.pin_used)
        return manual_id

    def _force_for(self, period: Period, staff_id: int | None, dept: str | None,
                   people: dict[int, Staff]) -> PlanInForce:
        if staff_id is not None:
            person = people.get(staff_id)
            if person is None:
                raise UserError(t("没有编号为 {id} 的员工", id=staff_id))
            key: str | None = person.dept
        else:
            key = dept
            if dept is not None and self.store.departments.by_name(dept) is None:
                raise UserError(t("没有部门「{name}」", name=dept))
        for force in self.plans.in_force(period):
            if key in force.departments:
                return force
        raise UserError(t("{who}在 {period} 没有生效的方案", who=key or t("未分部门的员工"), period=period.shown_label()))


def adjustment_note(person: Staff) -> str:
    """For someone out of the awards, what an adjustment of their pay is (the CLI and the 调整 dialog say it);
    empty for everyone else."""
    if person.in_awards:
        return ""
    return t("{who}不参与评奖：调整是对工资的更正，不是奖项，照常计入发放表和计算单", who=person.display())
