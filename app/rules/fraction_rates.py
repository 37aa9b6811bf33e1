"""A rate's threshold typed as a fraction: a plan writes percentages as 100 = 100 %, so 满意率 ≥ 0.95 is 0.95 %,
met by nearly everyone, and the award goes to all. Such a threshold is accepted (a file may mean it) and pointed
out: the plan editor asks before saving, `plan use` says a note. How a plan computes does not change."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from app.i18n import t
from app.rules.plan import Plan
from app.rules.text import pct_rule
from app.rules.threshold import OPS, Condition

CONDITION_LISTS = ("conditions", "qualify")  # a threshold's conditions, a ranking's; named as in the plan file
EASY_OPS = frozenset({">=", "≥", ">"})  # met by nearly everyone at 1 % (「差评率 ≤ 0.5%」 is a hard one)
LARGEST_FRACTION = Fraction(1, 100)  # 1 typed is 1 %: at most this, the threshold looks like a fraction


@dataclass(frozen=True)
class FractionRate:
    rule: str  # the award's name
    rule_index: int  # 0-based, among the plan's rules
    field: str  # the rule's list of conditions holding it (conditions | qualify)
    position: int  # 0-based, in that list
    condition: Condition

    @property
    def shown(self) -> str:
        """The condition as the plan says it: 满意率 ≥ 0.95%."""
        return f"{self.condition.measure.name} {OPS[self.condition.op][1]} {self.condition.threshold_text()}"

    @property
    def written(self) -> str:
        return pct_rule(Fraction(self.condition.value))

    @property
    def meant(self) -> str:
        """The threshold read as a fraction: 95%."""
        return pct_rule(Fraction(self.condition.value) * 100)

    @property
    def meant_value(self) -> int | Decimal:
        """The plan file's value for `meant`: 95 (0.955 → 95.5)."""
        value = Fraction(self.condition.value) * 10_000
        exact = Decimal(value.numerator) / Decimal(value.denominator)  # a finite decimal: the file's own ×100
        return int(exact) if exact == exact.to_integral_value() else exact.normalize()

    @property
    def file_field(self) -> str:
        """As the plan file and app.rules' messages name it: conditions[2].value."""
        return f"{self.field}[{self.position + 1}].value"

    def text(self) -> str:
        return t("「{rule}」的条件「{condition}」几乎人人都能达到", rule=self.rule, condition=self.shown)


def fraction_rates(plan: Plan) -> list[FractionRate]:
    """The conditions on a percent measure met from a threshold above 0 and at most 1 %, in the plan's order."""
    found = []
    for index, rule in enumerate(plan.rules):
        for field in CONDITION_LISTS:
            for position, condition in enumerate(getattr(rule.params, field, None) or ()):
                if (isinstance(condition, Condition) and condition.in_percent and condition.op in EASY_OPS
                        and 0 < condition.value <= LARGEST_FRACTION):
                    found.append(FractionRate(rule.name, index, field, position, condition))
    return found
