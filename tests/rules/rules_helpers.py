"""Small builders for rule tests: staff, events, facts and one-rule plans."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from itertools import count

from app.domain import Birthday, Staff
from app.events import Event
from app.periods import Month, Period
from app.rules import Facts, Plan, parse_plan

_ids = count(1000)


def person(sid: int, name: str | None = None, *, dept: str = "客服部", role: str = "客服",
           hired: date | None = date(2020, 1, 1), left: date | None = None,
           birthday: Birthday | None = None) -> Staff:
    return Staff(id=sid, name=name or f"员工{sid}", dept=dept, role=role, hired=hired, left=left, birthday=birthday)


def ev(staff_id: int, day: date, type_: str, *, amount_fen: int | None = None, value: str | None = None,
       **attrs: str) -> Event:
    return Event(id=next(_ids), day=day, staff_id=staff_id, type=type_, amount_fen=amount_fen,
                 value=Decimal(value) if value is not None else None, attrs=dict(attrs))


def facts(period: Period, staff: list[Staff] | tuple[Staff, ...], *, today: date | None = None, **kw) -> Facts:
    return Facts(period=period, today=today or date(2030, 1, 1), staff=tuple(staff), **kw)


def plan_of(*rules: dict, **top) -> Plan:
    return parse_plan({"name": "测试方案", "rules": list(rules), **top})


OCT = Month(2026, 10)
SEP = "2026-09"
OCT_KEY = "2026-10"


def lines_by_staff(result) -> dict[int, list[int]]:
    out: dict[int, list[int]] = {}
    for line in result.lines:
        out.setdefault(line.staff_id, []).append(line.amount_fen)
    return out


def reason(result, staff_id: int) -> str:
    found = [n.reason for n in result.not_awarded if n.staff_id == staff_id]
    assert len(found) == 1, found
    return found[0]
