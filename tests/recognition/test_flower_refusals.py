"""A refused flower, transfer, revocation or red flag says which person and why: the day someone left or
joins, how many characters a too-long text has against the most kept; nothing is written."""

from datetime import date

import pytest

from app.domain import StaffDraft
from app.errors import UserError
from app.i18n import set_language


def _dump(shop):
    return list(shop.store.db.conn.iterdump())


def test_a_flower_for_someone_who_left_names_the_day_they_left(small_team):
    shop, p = small_team
    shop.staff.leave(p["小刚"], date(2026, 10, 10))
    before = _dump(shop)
    with pytest.raises(UserError) as refused:
        shop.flowers.issue(p["王店长"], p["小刚"], "好")
    assert refused.value.message == "小刚 2026年10月20日 不在职（2026年10月10日离职），不能获得小红花"
    assert _dump(shop) == before


def test_a_late_flower_for_someone_not_yet_joined_names_the_day_they_join(small_team):
    shop, p = small_team
    shop.set_today(date(2026, 11, 2))  # last month's flowers may still be recorded
    new = shop.staff.add(StaffDraft(name="小新", role="客服", dept="客服部", hired=date(2026, 11, 1))).id
    with pytest.raises(UserError) as refused:
        shop.flowers.issue(p["王店长"], new, "好", day=date(2026, 10, 31))
    assert refused.value.message == "小新 2026年10月31日 不在职（2026年11月1日入职），不能获得小红花"


def test_an_issuer_or_a_new_holder_who_left_is_named_with_the_day(small_team):
    shop, p = small_team
    flower = shop.flowers.issue(p["王店长"], p["小美"], "挽回差评")
    shop.staff.leave(p["小刚"], date(2026, 10, 10))
    with pytest.raises(UserError) as refused:
        shop.flowers.transfer(flower.number, p["小刚"], signed="小美")
    assert refused.value.message == "小刚 2026年10月20日 不在职（2026年10月10日离职），不能接收小红花"
    shop.staff.leave(p["王店长"], date(2026, 10, 12))
    with pytest.raises(UserError) as refused:
        shop.flowers.issue(p["王店长"], p["小美"], "好")
    assert refused.value.message == "王店长 2026年10月20日 不在职（2026年10月12日离职），不能发放小红花"
    set_language("en")
    try:
        with pytest.raises(UserError) as refused:
            shop.flowers.issue(p["王店长"], p["小美"], "好")
    finally:
        set_language("zh")
    assert refused.value.message == "王店长 was not on the team on 2026-10-20 (left 2026-10-12): cannot give red flowers"


def test_a_flower_to_oneself_names_the_person(small_team):
    shop, p = small_team
    with pytest.raises(UserError) as refused:
        shop.flowers.issue(p["王店长"], p["王店长"], "好")
    assert refused.value.message == "王店长 不能给自己发小红花"


def test_a_text_too_long_says_how_many_characters_it_has(small_team):
    shop, p = small_team
    before = _dump(shop)
    with pytest.raises(UserError) as refused:
        shop.flowers.issue(p["王店长"], p["小美"], "好" * 230)
    assert refused.value.message == "事实依据太长：写了 230 个字，最多 200 个字"
    assert _dump(shop) == before
    flower = shop.flowers.issue(p["王店长"], p["小美"], "好" * 200)  # the most kept is kept
    with pytest.raises(UserError) as refused:
        shop.flowers.transfer(flower.number, p["小刚"], signed="小美", reason="谢" * 201)
    assert refused.value.message == "转让理由太长：写了 201 个字，最多 200 个字"
    with pytest.raises(UserError) as refused:
        shop.flowers.revoke(flower.number, "错" * 300)
    assert refused.value.message == "撤销原因太长：写了 300 个字，最多 200 个字"
    with pytest.raises(UserError) as refused:
        shop.flowers.issue_red_flag(p["王店长"], "客服部", "旗" * 201)
    assert refused.value.message == "小红旗的理由太长：写了 201 个字，最多 200 个字"
    set_language("en")
    try:
        with pytest.raises(UserError) as refused:
            shop.flowers.issue(p["王店长"], p["小刚"], "好" * 230)
    finally:
        set_language("zh")
    assert refused.value.message == "The fact is too long: 230 characters written, at most 200"
    assert shop.flowers.get(flower.number).holder_id == p["小美"] and shop.flowers.red_flags() == []


def test_a_revocation_without_a_reason_names_the_flower_or_flag(small_team):
    shop, p = small_team
    flower = shop.flowers.issue(p["王店长"], p["小美"], "挽回差评")
    flag = shop.flowers.issue_red_flag(p["王店长"], "客服部", "双11零差评")
    with pytest.raises(UserError) as refused:
        shop.flowers.revoke(flower.number, "   ")
    assert refused.value.message == f"撤销小红花 {flower.number} 需要写明原因"
    with pytest.raises(UserError) as refused:
        shop.flowers.revoke_red_flag(flag.number, "")
    assert refused.value.message == f"撤销小红旗 {flag.number} 需要写明原因"


def test_a_red_flag_for_a_department_not_there_lists_the_departments(small_team):
    shop, p = small_team
    shop.staff.add(StaffDraft(name="阿强", role="售后", dept="售后部", hired=date(2025, 1, 1)))
    with pytest.raises(UserError) as refused:
        shop.flowers.issue_red_flag(p["王店长"], "客服", "好")
    assert refused.value.message == "没有部门「客服」。现有部门：客服部、售后部"
    assert shop.flowers.red_flags() == []
