"""手动 manual: lines the owner adds in review (最佳建议奖, 降本奖 ¥200–500, 月度心愿奖, 办公室评比
team fund, half-year and annual bonuses), each with a required reason and within the rule's range."""

from __future__ import annotations

from dataclasses import dataclass

from app.errors import UserError
from app.i18n import t
from app.rules.context import Ctx
from app.rules.facts import ManualEntry
from app.rules.fields import Fields
from app.rules.measure import MetricTable
from app.rules.rule import Rule
from app.rules.text import yuan

KIND = "manual"
NAMES = ("manual", "手动")
PAYS = ("cash", "goods", "item", "honour", "deduction")
RECIPIENTS = ("staff", "department")
DEFAULT_ACTIVE = "period_end"


class AmountNeeded(UserError):
    """A manual line for a rule without a default amount was given none: the caller names its own field."""

    def __init__(self, message: str, award: str, bounds: str):
        super().__init__(message)
        self.award = award
        self.bounds = bounds  # 「¥200.00–¥500.00」 when the rule has a range, else ""


@dataclass(frozen=True)
class Params:
    amount_fen: int | None  # the default amount
    min_fen: int | None
    max_fen: int | None


def parse(f: Fields, table: MetricTable, pays: str) -> Params:
    amount = f.money("amount", None)
    low, high = f.money("min", None), f.money("max", None)
    if low is not None and high is not None and low > high:
        raise f.error("min", t("不能大于 max"))
    for value, field in ((amount, "amount"),):
        if value is not None and ((low is not None and value < low) or (high is not None and value > high)):
            raise f.error(field, t("不在 min–max 范围内"))
    return Params(amount, low, high)


def check_entry(rule: Rule, entry: ManualEntry, staff_ids: set[int]) -> int:
    """The entry's amount in fen once checked; UserError naming the award when it is not acceptable."""
    p: Params = rule.params
    if not entry.reason or not entry.reason.strip():
        raise UserError(t("「{award}」：手动添加必须填写理由", award=rule.name))
    if rule.recipient == "department":
        if not entry.dept:
            raise UserError(t("「{award}」：应指定部门", award=rule.name))
    elif entry.staff_id is None or entry.staff_id not in staff_ids:
        raise UserError(t("「{award}」：员工 #{id} 不存在", award=rule.name, id=entry.staff_id))
    amount = entry.amount_fen if entry.amount_fen is not None else p.amount_fen
    if rule.pays in ("item", "honour"):
        if rule.pays == "item" and not (entry.item or rule.item):
            raise UserError(t("「{award}」：应写明发放的物品", award=rule.name))
        return 0
    if amount is None:
        bounds = ""
        if p.min_fen is not None or p.max_fen is not None:
            low = yuan(p.min_fen) if p.min_fen is not None else "—"
            bounds = f"{low}–{yuan(p.max_fen) if p.max_fen is not None else '—'}"
        message = t("「{award}」：应填写金额", award=rule.name)
        raise AmountNeeded(message + t("（{bounds}）", bounds=bounds) if bounds else message, rule.name, bounds)
    if amount <= 0:
        raise UserError(t("「{award}」：金额应大于 0（扣款项目会自动记为负数）", award=rule.name))
    if (p.min_fen is not None and amount < p.min_fen) or (p.max_fen is not None and amount > p.max_fen):
        low = yuan(p.min_fen) if p.min_fen is not None else "—"
        high = yuan(p.max_fen) if p.max_fen is not None else "—"
        raise UserError(t("「{award}」：金额 {amount} 不在 {low}–{high} 范围内", award=rule.name,
                          amount=yuan(amount), low=low, high=high))
    return amount


def evaluate(rule: Rule, ctx: Ctx) -> None:
    staff_ids = set(ctx.staff_by_id)
    entries = [e for e in ctx.facts.manual if e.rule == rule.name]
    entries.sort(key=lambda e: (e.dept or "", e.staff_id or 0, e.reason))
    for entry in entries:
        person = ctx.staff_by_id.get(entry.staff_id) if rule.recipient == "staff" and entry.staff_id else None
        if person is not None and not person.in_awards:
            ctx.skip(rule, person.id, t("不参与评奖"))
            continue
        amount = check_entry(rule, entry, staff_ids)
        text = t("手动添加：{reason}", reason=entry.reason.strip())
        if rule.recipient == "department":
            ctx.award(rule, None, amount, text, dept=entry.dept, item=entry.item)
        else:
            ctx.award(rule, entry.staff_id, amount, text, item=entry.item)
