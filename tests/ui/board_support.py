"""Shared pieces of the board (看板) tests: a shop with four people and October's data."""

from datetime import date
from pathlib import Path

from app.domain import StaffDraft
from app.periods import Month

ARTIFACTS = Path(__file__).resolve().parent.parent / "artifacts" / "screens"
OCT = Month(2026, 10)


def make_board_shop(shop):
    """Four people in October with sales, 询单人数 and 付款人数 for 1–19 October; 阿花 without a target."""
    sales = shop.metrics.get("sales")
    people = {}
    for name, target, daily in (("小美", 3_100_000, 100_000), ("小刚", 3_100_000, 50_000), ("阿花", None, 30_000),
                                ("欧阳娜娜娜", 1_000_000, 60_000)):
        person = shop.staff.add(StaffDraft(name=name, dept="客服部"))
        people[name] = person
        if target:
            shop.targets.set_staff(OCT, person.id, sales, target)
        for day in range(1, 20):
            shop.data.set_value(date(2026, 10, day), person.id, sales, daily)
            shop.data.set_value(date(2026, 10, day), person.id, shop.metrics.get("inquiries"), 20)
            shop.data.set_value(date(2026, 10, day), person.id, shop.metrics.get("paying"), 5)
    return shop, people
