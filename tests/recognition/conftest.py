"""The small team the flower tests share: a 店长 with his own quota, a 组长 on the managers' pool, three agents."""

from datetime import date

import pytest

from app.domain import StaffDraft
from app.shop import Shop

TODAY = date(2026, 10, 20)


@pytest.fixture
def small_team(tmp_path):
    """(shop, ids by name) on TODAY: 王店长 (店长), 赵组长 (组长), 小美, 小刚 and 阿花 (客服), all of 客服部."""
    shop = Shop.open(tmp_path / "shop.db", TODAY)
    hired = date(2025, 1, 1)
    people = {name: shop.staff.add(StaffDraft(name=name, role=role, dept="客服部", hired=hired)).id
              for name, role in (("王店长", "店长"), ("赵组长", "组长"), ("小美", "客服"), ("小刚", "客服"),
                                 ("阿花", "客服"))}
    yield shop, people
    shop.close()

