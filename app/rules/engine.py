"""evaluate(plan, facts) → Result: the plan's rules of the period's kind, in plan order."""

from __future__ import annotations

from app.errors import UserError
from app.i18n import t
from app.rules.context import Ctx
from app.rules.facts import Facts
from app.rules.kinds import KINDS
from app.rules.model import Result
from app.rules.plan import Plan


def evaluate(plan: Plan, facts: Facts) -> Result:
    """Pure: reads only `plan` and `facts` (no clock, files or database)."""
    kind = facts.period.kind
    for entry in facts.manual:
        rule = plan.rule(entry.rule)
        if rule is None or rule.kind != "manual":
            raise UserError(t("手动奖项「{award}」不是方案「{plan}」中的手动规则", award=entry.rule,
                              plan=plan.name))
        if rule.period != kind:
            raise UserError(t("手动奖项「{award}」不属于本期类型", award=entry.rule))
    ctx = Ctx(facts)
    for rule in plan.rules_for(kind):
        KINDS[rule.kind].evaluate(rule, ctx)
    not_awarded = ctx.not_awarded
    if any(r.kind == "manual" and r.recipient == "staff" for r in plan.rules_for(kind)):
        not_awarded = [n._replace(manual_paid=True) if n.left is not None else n for n in not_awarded]
    return Result(period=facts.period, lines=ctx.lines, not_awarded=not_awarded,
                  provisional=facts.today < facts.period.end)
