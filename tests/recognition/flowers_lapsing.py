"""A shop whose flowers lapse at different times, built on the days they were given: 小美 holds three that lapse
within a month of 2026-10-20 (two on 10月25日, one on 11月10日), 小刚 one (11月10日); 阿花's lapsed on 10月1日,
a flower of 小刚's was revoked, and 小美's September one lapses on 12月1日, too far off to be said."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from app.domain import StaffDraft
from app.shop import Shop

TODAY = date(2026, 10, 20)


def _on(path: Path, day: date, act) -> None:
    shop = Shop.open(path, day)
    try:
        act(shop)
    finally:
        shop.close()


def lapsing_shop(path: Path) -> dict[str, int]:
    """Builds the shop at `path`; the ids by name."""
    ids: dict[str, int] = {}
    hired = date(2025, 1, 1)

    def staff(shop):
        for name, role in (("王店长", "店长"), ("赵组长", "组长"), ("小美", "客服"), ("小刚", "客服"), ("阿花", "客服")):
            ids[name] = shop.staff.add(StaffDraft(name=name, role=role, dept="客服部", hired=hired)).id

    def july_first(shop):
        shop.flowers.issue(ids["赵组长"], ids["阿花"], "七月初的好评")

    def july(shop):
        shop.flowers.issue(ids["王店长"], ids["小美"], "挽回差评")
        shop.flowers.issue(ids["王店长"], ids["小美"], "帮同事顶班")

    def august(shop):
        shop.flowers.issue(ids["王店长"], ids["小美"], "大促加班")
        shop.flowers.issue(ids["王店长"], ids["小刚"], "大促加班")
        mistaken = shop.flowers.issue(ids["赵组长"], ids["小刚"], "发错了")
        shop.flowers.revoke(mistaken.number, "发错人")

    def september(shop):
        shop.flowers.issue(ids["赵组长"], ids["小美"], "九月的好评")

    _on(path, date(2025, 1, 1), staff)
    _on(path, date(2026, 7, 1), july_first)
    _on(path, date(2026, 7, 25), july)
    _on(path, date(2026, 8, 10), august)
    _on(path, date(2026, 9, 1), september)
    return ids
