"""A rule of a plan: the fields every kind shares, plus the kind's own parameters."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

PERIOD_KINDS = {"month": "month", "月": "month", "月度": "month", "quarter": "quarter",
                "季度": "quarter", "half": "half", "半年": "half", "half_year": "half",
                "year": "year", "年": "year", "年度": "year"}
PAYS = {"cash": "cash", "现金": "cash", "goods": "goods", "实物": "goods", "item": "item",
        "物品": "item", "honour": "honour", "honor": "honour", "荣誉": "honour",
        "deduction": "deduction", "扣款": "deduction"}
ACTIVE = {"period_end": "period_end", "期末在职": "period_end", "any_time": "any_time",
          "期间在职": "any_time"}
RECIPIENTS = {"staff": "staff", "个人": "staff", "department": "department", "部门": "department"}


@dataclass(frozen=True)
class Rule:
    index: int  # 1-based position in the plan
    name: str  # the award title, e.g. 最佳服务奖
    kind: str
    period: str  # month | quarter | half | year
    pays: str  # cash | goods | item | honour | deduction
    certificate: bool
    item: str | None  # what goods or an item are (奖品, 生日蛋糕)
    departments: tuple[str, ...]  # empty: every department
    roles: tuple[str, ...]  # empty: every role
    active: str  # period_end: employed on the period's last day; any_time: at any time in it
    recipient: str  # staff | department
    params: Any  # the kind's own frozen dataclass
    note: str = ""
    min_days: int = 0  # days on the team within the period a candidate needs (0: no minimum)
