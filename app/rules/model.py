"""What an evaluation produces: award lines, the reasons people got nothing, and totals."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import NamedTuple

from app.periods import Period

PAYOUT_KINDS = ("cash", "goods", "item", "honour", "deduction")


@dataclass(frozen=True)
class AwardLine:
    """One award (or deduction) for one recipient. A deduction has a negative amount."""

    recipient_type: str  # "staff" | "department"
    staff_id: int | None
    dept: str | None
    award: str
    rule_kind: str
    kind: str  # one of PAYOUT_KINDS
    amount_fen: int
    item: str | None
    explanation: str
    certificate: bool

    def as_dict(self) -> dict[str, object]:
        return {
            "recipient_type": self.recipient_type, "staff_id": self.staff_id, "dept": self.dept,
            "award": self.award, "rule_kind": self.rule_kind, "kind": self.kind,
            "amount_fen": self.amount_fen, "item": self.item, "explanation": self.explanation,
            "certificate": self.certificate,
        }


class NotAwarded(NamedTuple):
    """Why a person (or a department) got nothing from a rule."""

    rule: str
    staff_id: int | None
    reason: str
    dept: str | None = None
    left: date | None = None  # the reason is this leaving day, before the period's last day the rule asks for
    manual_paid: bool = False  # with `left`: the plan has manual awards for people in the period, still paid to them


@dataclass(frozen=True)
class Totals:
    """Per recipient: cash, goods value and deductions (positive); net = cash − deductions."""

    recipient_type: str
    staff_id: int | None
    dept: str | None
    cash_fen: int = 0
    goods_fen: int = 0
    deduction_fen: int = 0
    items: tuple[str, ...] = ()

    @property
    def net_fen(self) -> int:
        return self.cash_fen - self.deduction_fen

    def as_dict(self) -> dict[str, object]:
        return {
            "recipient_type": self.recipient_type, "staff_id": self.staff_id, "dept": self.dept,
            "cash_fen": self.cash_fen, "goods_fen": self.goods_fen, "deduction_fen": self.deduction_fen,
            "net_fen": self.net_fen, "items": list(self.items),
        }


@dataclass(frozen=True)
class Result:
    period: Period
    lines: list[AwardLine] = field(default_factory=list)
    not_awarded: list[NotAwarded] = field(default_factory=list)
    provisional: bool = False  # the period had not ended on `today`: figures may still change

    def totals(self) -> list[Totals]:
        """One row per staff recipient, by staff id."""
        return [t for t in _totals(self.lines) if t.recipient_type == "staff"]

    def dept_totals(self) -> list[Totals]:
        """One row per department recipient (team funds), by name."""
        return [t for t in _totals(self.lines) if t.recipient_type == "department"]


def _totals(lines: list[AwardLine]) -> list[Totals]:
    acc: dict[tuple[str, int | None, str | None], list] = {}
    for line in lines:
        key = (line.recipient_type, line.staff_id if line.recipient_type == "staff" else None,
               line.dept if line.recipient_type == "department" else None)
        row = acc.setdefault(key, [0, 0, 0, []])
        if line.kind == "cash":
            row[0] += line.amount_fen
        elif line.kind == "goods":
            row[1] += line.amount_fen
        elif line.kind == "deduction":
            row[2] -= line.amount_fen
        if line.kind in ("goods", "item") and line.item:
            row[3].append(line.item)
    keys = sorted(acc, key=lambda k: (k[0], k[1] if k[1] is not None else -1, k[2] or ""))
    return [Totals(k[0], k[1], k[2], acc[k][0], acc[k][1], acc[k][2], tuple(acc[k][3])) for k in keys]
