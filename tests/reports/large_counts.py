"""A month where 订单数 runs past what a narrow cell holds: 小美 at 1,234,567 of 2,000,000 and 小刚 at 47,500,000
of a target of 100 (a share of 47,500,000 %). Shared by the board's table, the TV, the poster and the PDF tests."""

from __future__ import annotations

from datetime import date

from app.domain import Staff, StaffDraft
from app.periods import Month

OCT = Month(2026, 10)


def add_large_counts(shop) -> dict[str, Staff]:
    orders = shop.metrics.get("orders")
    added = {}
    for name, target, daily in (("小美", 2_000_000, 64_977), ("小刚", 100, 2_500_000)):
        person = added[name] = shop.staff.add(StaffDraft(name=name, dept="客服部"))
        shop.targets.set_staff(OCT, person.id, orders, target)
        for day in range(1, 20):
            shop.data.set_value(date(2026, 10, day), person.id, orders, daily + (4 if day == 19 and target > 100 else 0))
    return added
