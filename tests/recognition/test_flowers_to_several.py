"""One fact, a flower each for several people (a team effort): one action, all given or none."""

from datetime import date

import pytest

from app import settings as declared
from app.errors import UserError


def _dump(shop):
    return list(shop.store.db.conn.iterdump())


def test_several_people_get_a_flower_each_for_one_fact(small_team):
    shop, p = small_team
    given = shop.flowers.issue_to_several(p["赵组长"], [p["小美"], p["小刚"], p["小美"]], "大促一起加班到深夜",
                                          category="帮助同事")
    assert [(f.number, f.recipient_id) for f in given] == [("HF-2026-0001", p["小美"]), ("HF-2026-0002", p["小刚"])]
    assert {(f.reason, f.category, f.issuer_id) for f in given} == {("大促一起加班到深夜", "帮助同事", p["赵组长"])}
    assert shop.flowers.quota(shop.staff.get(p["赵组长"]), shop.current_month()).left == 28


def test_too_few_flowers_left_for_everyone_gives_none(small_team):
    shop, p = small_team
    before = _dump(shop)
    with pytest.raises(UserError) as refused:
        shop.flowers.issue_to_several(p["王店长"], [p["小美"], p["小刚"], p["阿花"]], "大促一起加班")
    assert refused.value.message == "王店长 2026年10月还可发 2 朵，不够发给 3 人：请少选几人"
    assert _dump(shop) == before
    shop.settings.set(declared.FLOWER_POOL_SIZE, 1)
    before = _dump(shop)
    with pytest.raises(UserError) as refused:
        shop.flowers.issue_to_several(p["赵组长"], [p["小美"], p["小刚"]], "大促一起加班")
    assert refused.value.message == "管理人员名额池2026年10月还剩 1 朵，不够发给 2 人：请少选几人"
    assert _dump(shop) == before


def test_one_refused_among_several_gives_none(small_team):
    shop, p = small_team
    shop.staff.leave(p["阿花"], date(2026, 10, 10))
    before = _dump(shop)
    with pytest.raises(UserError, match="阿花 2026年10月20日 不在职"):
        shop.flowers.issue_to_several(p["赵组长"], [p["小美"], p["小刚"], p["阿花"]], "大促一起加班")
    assert _dump(shop) == before and shop.flowers.ledger() == []


def test_several_flowers_in_an_approved_month_are_asked_about_once_naming_everyone(small_team):
    from app.periods import Month
    from app.services.approved import ApprovedPeriodChange

    shop, p = small_team
    shop.awards.plans.use("taobao-kefu")  # its 月度红花奖 counts flowers
    shop.set_today(date(2026, 11, 1))
    shop.awards.approve(Month(2026, 10), confirm=True)
    shop.set_today(date(2026, 11, 2))  # a late flower for October, approved yesterday
    before = _dump(shop)
    with pytest.raises(ApprovedPeriodChange) as refused:
        shop.flowers.issue_to_several(p["赵组长"], [p["小美"], p["小刚"]], "月底一起加班", day=date(2026, 10, 31))
    assert "2026年10月31日 发给 小美、小刚 的小红花" in refused.value.message
    assert _dump(shop) == before
    given = shop.flowers.issue_to_several(p["赵组长"], [p["小美"], p["小刚"]], "月底一起加班", day=date(2026, 10, 31),
                                          confirm_approved=True)
    assert len(given) == 2


def test_too_few_flowers_left_is_said_in_english(small_team):
    from app.i18n import set_language

    shop, p = small_team
    set_language("en")
    try:
        with pytest.raises(UserError) as refused:
            shop.flowers.issue_to_several(p["王店长"], [p["小美"], p["小刚"], p["阿花"]], "teamwork")
    finally:
        set_language("zh")
    assert refused.value.message == "王店长 has 2 flowers left for 2026-10, too few for 3 people: choose fewer"


@pytest.mark.parametrize("case", ["no fact", "the giver among them", "one who left", "a date too early"])
def test_what_refuses_the_flowers_is_said_before_an_approved_month_is_asked_about(small_team, case):
    """The owner is not asked to change an approved month for flowers that would be refused anyway."""
    from app.periods import Month
    from app.services.approved import ApprovedPeriodChange

    shop, p = small_team
    shop.awards.plans.use("taobao-kefu")  # its 月度红花奖 counts flowers
    shop.set_today(date(2026, 11, 1))
    shop.awards.approve(Month(2026, 9), confirm=True)
    shop.awards.approve(Month(2026, 10), confirm=True)
    shop.staff.leave(p["阿花"], date(2026, 10, 10), confirm_approved=True)
    shop.set_today(date(2026, 11, 2))
    recipients, fact, day = [p["小美"], p["小刚"]], "月底一起加班", date(2026, 10, 31)
    expected = {"no fact": "请写明发放小红花的事实依据", "the giver among them": "赵组长 不能给自己发小红花",
                "one who left": "阿花 2026年10月31日 不在职", "a date too early": "发放日期 2026年9月30日 太早"}[case]
    if case == "no fact":
        fact = " "
    elif case == "the giver among them":
        recipients.append(p["赵组长"])
    elif case == "one who left":
        recipients.append(p["阿花"])
    else:
        day = date(2026, 9, 30)
    before = _dump(shop)
    with pytest.raises(UserError) as refused:
        shop.flowers.issue_to_several(p["赵组长"], recipients, fact, day=day)
    assert not isinstance(refused.value, ApprovedPeriodChange)
    assert expected in refused.value.message
    assert _dump(shop) == before


def test_none_left_for_several_says_the_quota_is_spent_not_to_choose_fewer(small_team):
    """「还可发 0 朵…请少选几人」 asked for fewer people where no number of them could be given a flower."""
    shop, p = small_team
    for name in ("小美", "小刚"):
        shop.flowers.issue(p["王店长"], p[name], "挽回差评")
    before = _dump(shop)
    with pytest.raises(UserError) as refused:
        shop.flowers.issue_to_several(p["王店长"], [p["小美"], p["小刚"]], "大促一起加班")
    assert refused.value.message == "王店长 2026年10月的小红花名额已用完（2 朵），下月再发"
    assert _dump(shop) == before
