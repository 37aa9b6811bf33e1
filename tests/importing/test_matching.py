"""Staff matching: aliases, names, the 店铺:名字 form, and the nickname part of the aliases."""

from __future__ import annotations

from app.domain import Staff
from app.importing.matching import StaffMatcher

PEOPLE = [Staff(1, "孙悦", aliases=("小橙子旗舰店:小美",)), Staff(2, "刘佳怡", aliases=("小橙子旗舰店:小鹿", "小橙子母婴专营店:小鹿")),
          Staff(3, "王丽娟", aliases=("小橙子旗舰店:阿杰",)), Staff(4, "宋佳", aliases=("小橙子母婴专营店:阿杰",)),
          Staff(5, "阿杰")]


def test_a_sub_account_without_its_shop_or_with_another_matches_by_nickname():
    m = StaffMatcher(PEOPLE)
    for written in ("小美", "旗舰店:小美", "小橙子母婴专营店：小美", "别的店:小美"):
        assert m.match(written).staff_id == 1, written
    assert m.match("小鹿").staff_id == 2  # both 小鹿 aliases are one person's


def test_a_nickname_of_two_peoples_aliases_is_ambiguous():
    m = StaffMatcher(PEOPLE[:4])
    match = m.match("旗舰店:阿杰".replace("旗舰店", "某店"))
    assert match.staff_id is None
    assert "王丽娟（小橙子旗舰店:阿杰）" in match.reason and "宋佳（小橙子母婴专营店:阿杰）" in match.reason


def test_exact_aliases_and_names_still_come_first():
    m = StaffMatcher(PEOPLE)
    assert m.match("小橙子母婴专营店:阿杰").staff_id == 4
    assert m.match("阿杰").staff_id == 5  # a person called 阿杰 before the nickname of two aliases
    assert m.match("无名").staff_id is None and not m.match("无名").reason


def test_a_sub_account_that_is_also_another_persons_name_is_ambiguous():
    """Refused by the staff service; an older shop file may still hold one. Never guessed, in either form."""
    m = StaffMatcher([Staff(1, "孙悦"), Staff(2, "测试丙", aliases=("孙悦",))])
    for written in ("孙悦", "旗舰店:孙悦"):
        match = m.match(written)
        assert match.staff_id is None, written
        assert match.reason.endswith("既是 测试丙（#2） 的子账号，又是员工 孙悦（#1） 的姓名，无法判断是谁：请在员工资料里"
                                     "删掉 测试丙（#2） 的这个子账号")
    own = StaffMatcher([Staff(1, "孙悦", aliases=("孙悦",))])
    assert own.match("孙悦").staff_id == 1  # one's own name as one's sub-account is no question


def test_two_namesakes_are_told_apart_by_renaming_not_by_a_bare_name_sub_account():
    m = StaffMatcher([Staff(1, "张伟"), Staff(2, "张伟")])
    assert "修改其中一位的姓名" in m.match("张伟").reason  # a sub-account 张伟 would hide the other 张伟
    assert "为其中一位填写这个子账号" in m.match("旗舰店:张伟").reason


def test_a_namesake_whose_sub_account_is_his_own_name_is_the_one_meant():
    """What the import once advised for two 张三: the sub-account 张三 on one of them. That one gets the rows."""
    m = StaffMatcher([Staff(1, "张三", aliases=("张三",)), Staff(2, "张三"), Staff(3, "张三")])
    for written in ("张三", "旗舰店:张三"):
        match = m.match(written)
        assert (match.staff_id, match.reason) == (1, ""), written
    older = StaffMatcher([Staff(1, "孙悦"), Staff(2, "孙悦"), Staff(3, "测试丙", aliases=("孙悦",))])
    assert older.match("孙悦").staff_id is None  # only other people's name: still never guessed
    assert "既是 测试丙（#3） 的子账号，又是员工 孙悦（#1）、孙悦（#2） 的姓名" in older.match("孙悦").reason


def test_only_a_sub_account_no_one_has_is_found_by_nickname():
    """What the preview asks about: a shop's sub-account found by the part after its colon alone (another shop's
    account, or the wrong shop's export); a registered sub-account and a name without a shop are exact."""
    m = StaffMatcher(PEOPLE)
    verdicts = {written: (m.match(written).staff_id, m.match(written).by_nickname) for written in (
        "别的店:小美", "旗舰店:孙悦", "小橙子旗舰店:小美", "小橙子旗舰店：小美", "孙悦", "小美", "别的店:无名", "某店:阿杰")}
    assert verdicts == {
        "别的店:小美": (1, True),  # the nickname of 孙悦's sub-account 小橙子旗舰店:小美
        "旗舰店:孙悦": (1, True),  # her name after another shop's name
        "小橙子旗舰店:小美": (1, False), "小橙子旗舰店：小美": (1, False),  # her registered sub-account
        "孙悦": (1, False),  # her name
        "小美": (1, False),  # a nickname without a shop: what a 客服昵称 export holds
        "别的店:无名": (None, False),  # nobody's: a name the next step asks about anyway
        "某店:阿杰": (5, True),  # a person called 阿杰 before two people's …:阿杰 sub-accounts
    }


def test_a_row_refused_as_ambiguous_quotes_its_name_once(tmp_path, shop):
    """The row's message quotes the cell, then the reason: a reason beginning with the same name read
    「小美」「小美」可能是 孙悦… (and 「孙悦」「孙悦」既是…)."""
    from app.domain import StaffDraft
    from app.importing import ImportOptions, ImportService

    from .conftest import write_csv

    shop.staff.add(StaffDraft("孙悦", aliases=("小橙子旗舰店:小美",)))
    shop.staff.add(StaffDraft("王丽", aliases=("专营店:小美",)))
    path = write_csv(tmp_path / "昵称.csv", [["统计时间：2026-10-01 ~ 2026-10-31"], ["日期", "客服昵称", "销售额"],
                                           ["2026-10-01", "小美", "100"]])
    [error] = ImportService(shop.store, shop.ctx, shop.metrics).preview([path], ImportOptions()).errors
    message = error.message()
    assert message.startswith("昵称.csv 第 3 行「客服昵称」列：「小美」可能是 孙悦（小橙子旗舰店:小美）、王丽（专营店:小美） 的子账号"), message
    assert message.count("「小美」") == 2, message  # the cell, and what to add as a sub-account


def test_a_name_that_is_also_a_sub_account_is_quoted_once_when_written_so():
    m = StaffMatcher([Staff(1, "孙悦"), Staff(2, "测试丙", aliases=("孙悦",))])
    assert m.match("孙悦").reason.startswith("既是 测试丙（#2） 的子账号")  # the row quotes 「孙悦」 before it
    assert m.match("旗舰店:孙悦").reason.startswith("「孙悦」既是 测试丙（#2） 的子账号")  # which part of the name is meant
