from datetime import date

import pytest

from app.domain import Birthday, StaffDraft
from app.errors import UserError


def dump(shop):
    return list(shop.store.db.conn.iterdump())


def test_add_staff_creates_department_and_logs(svc_shop):
    person = svc_shop.staff.add(StaffDraft(name=" 小美 ", aliases=("旗舰店：小美", "二店:小美"), dept="客服部",
                                           role="组长", hired=date(2025, 3, 1),
                                           birthday=Birthday.parse("03-18"), base_pay_fen=350000))
    assert person.name == "小美"
    assert person.aliases == ("旗舰店:小美", "二店:小美")  # full-width colon normalised
    assert person.dept == "客服部"
    assert [d.name for d in svc_shop.staff.departments()] == ["客服部"]
    assert [a.action for a in svc_shop.store.audit.recent()] == ["staff.add", "department.add"]


@pytest.mark.parametrize(
    ("draft", "message"),
    [
        (StaffDraft(name="  "), "姓名不能为空"),
        (StaffDraft(name="小王", hired=date(2026, 10, 21)), "入职日期"),
        (StaffDraft(name="小王", aliases=("旗舰店:小美",)), "已属于"),
        (StaffDraft(name="小王", aliases=("a", "a")), "重复"),
        (StaffDraft(name="小王", aliases=(" : ",)), "子账号「:」的冒号前后都要有内容"),
        (StaffDraft(name="小王", aliases=("小王", "旗舰店 ：")), "子账号「旗舰店:」的冒号前后都要有内容"),
        (StaffDraft(name="小王", aliases=("：小王",)), "子账号「:小王」的冒号前后都要有内容"),
        (StaffDraft(name="小王", base_pay_fen=-1), "不能为负数"),
        (StaffDraft(name="王" * 41), "太长"),
    ],
)
def test_invalid_staff_is_refused_and_nothing_written(svc_shop, draft, message):
    svc_shop.staff.add(StaffDraft(name="小美", aliases=("旗舰店:小美",)))
    before = dump(svc_shop)
    with pytest.raises(UserError, match=message):
        svc_shop.staff.add(draft)
    assert dump(svc_shop) == before


@pytest.mark.parametrize(("refused", "what_to_do"), [
    (lambda shop: shop.staff.add(StaffDraft(name="小王", hired=date(2026, 10, 21))),
     "请填今天或更早的日期，以后才入职的人到入职那天再添加"),
    (lambda shop: shop.staff.add(StaffDraft(name="小王", aliases=("旗舰店：小美",))),
     "一个子账号只能属于一个人，请换一个子账号，或先在 小美（#1） 的资料里删掉它"),
    (lambda shop: shop.staff.leave(1, date(2024, 12, 31)), "请改正离职日期，或先改正入职日期"),
    (lambda shop: Birthday(2, 30), "公历2月最多 29 日，请改正日期"),
    (lambda shop: Birthday.parse("12-00"), "日要在 1 到 31 之间，请改正日期"),  # not 「最多 31 日」: 0 is too few
    (lambda shop: Birthday(13, 1, lunar=True), "月份要在 1 到 12 之间"),
    (lambda shop: shop.staff.add(StaffDraft(name="小王", aliases=("二店:小王", "二店：小王"))), "重复填写了，请只留一个"),
    (lambda shop: shop.staff.add_department("客服部"), "部门「客服部」已存在：请换一个名称"),  # in 部门管理: nothing to 选用
    (lambda shop: shop.staff.rename_department(shop.staff.add_department("售后部").id, "客服部"),
     "请换一个名称；要把两个部门合成一个，请在员工资料里把人改到「客服部」"),
    (lambda shop: shop.metric_service.add_custom("销售额"), "指标「销售额」已存在：请换一个名称"),
    (lambda shop: shop.events.add_type("表扬", "positive"), "请换一个名称，或直接选用它"),
])
def test_a_refused_entry_says_what_to_do(svc_shop, refused, what_to_do):
    svc_shop.staff.add(StaffDraft(name="小美", aliases=("旗舰店:小美",), dept="客服部", hired=date(2025, 1, 1)))
    with pytest.raises(UserError) as caught:
        refused(svc_shop)
    assert caught.value.message.endswith(what_to_do)


def test_birthday_validation():
    with pytest.raises(UserError, match="02-30"):
        Birthday.parse("02-30")
    assert Birthday.parse("02-29").dates_in(2026) == [date(2026, 2, 28)]
    assert Birthday.parse("2月29日").dates_in(2028) == [date(2028, 2, 29)]
    assert Birthday.parse("02-30", lunar=True).lunar  # lunar months have 30 days
    with pytest.raises(UserError):
        Birthday.parse("13-01")


def test_lunar_birthday_converts_each_year():
    # 农历八月十五 (mid-autumn): 2025-10-06, 2026-09-25 (published calendars)
    mid_autumn = Birthday(8, 15, lunar=True)
    assert mid_autumn.dates_in(2025) == [date(2025, 10, 6)]
    assert mid_autumn.dates_in(2026) == [date(2026, 9, 25)]
    # 农历正月初一 2026 = 2026-02-17
    assert Birthday(1, 1, lunar=True).dates_in(2026) == [date(2026, 2, 17)]


def test_two_people_with_the_same_name_resolve_by_id_only(svc_shop):
    a = svc_shop.staff.add(StaffDraft(name="张伟", dept="客服部"))
    b = svc_shop.staff.add(StaffDraft(name="张伟", dept="售后部", role="售后"))
    with pytest.raises(UserError) as e:
        svc_shop.staff.resolve("张伟")
    assert f"#{a.id}" in e.value.message and f"#{b.id}" in e.value.message
    assert svc_shop.staff.resolve(str(b.id)) == b
    assert svc_shop.staff.resolve(f"#{a.id}") == a


def test_resolve_by_alias_with_full_width_colon(svc_shop):
    p = svc_shop.staff.add(StaffDraft(name="小美", aliases=("旗舰店:小美",)))
    assert svc_shop.staff.resolve("旗舰店：小美") == p
    with pytest.raises(UserError, match="找不到"):
        svc_shop.staff.resolve("小明")


def test_a_sub_account_typed_with_spaces_around_its_colon_is_the_exports_account(svc_shop):
    """「旗舰店 ： 小美」 typed with a Chinese input method was kept with its spaces, and the export's 旗舰店:小美 matched
    no one (or the nickname of two people) at the import."""
    from app.importing.matching import StaffMatcher

    p = svc_shop.staff.add(StaffDraft(name="王小美", aliases=(" 旗舰店 ： 小美 ",)))
    q = svc_shop.staff.add(StaffDraft(name="李小美", aliases=("专营店 : 小美",)))
    assert (p.aliases, q.aliases) == (("旗舰店:小美",), ("专营店:小美",))
    assert StaffMatcher(svc_shop.staff.list()).match("旗舰店:小美").staff_id == p.id
    with pytest.raises(UserError, match="已属于 王小美"):
        svc_shop.staff.add(StaffDraft(name="小王", aliases=("旗舰店:小美",)))


def test_leave_and_rehire_keep_history(svc_shop):
    p = svc_shop.staff.add(StaffDraft(name="小美", hired=date(2025, 1, 1)))
    left = svc_shop.staff.leave(p.id, date(2026, 10, 15))
    assert left.left == date(2026, 10, 15)
    assert not left.is_current(date(2026, 10, 20))
    assert left.employed_during(date(2026, 10, 1), date(2026, 10, 31))
    assert svc_shop.staff.list(include_left=False) == []
    back = svc_shop.staff.rehire(p.id)
    assert back.left is None and back.is_current(date(2026, 10, 20))
    with pytest.raises(UserError, match="早于入职日期"):
        svc_shop.staff.leave(p.id, date(2024, 12, 31))


def test_departments_rename_and_duplicates(svc_shop):
    dept = svc_shop.staff.add_department("客服部")
    svc_shop.staff.add_department("售后部")
    with pytest.raises(UserError, match="已存在"):
        svc_shop.staff.add_department("客服部")
    with pytest.raises(UserError, match="已存在"):
        svc_shop.staff.rename_department(dept.id, "售后部")
    svc_shop.staff.rename_department(dept.id, "客服一部")
    assert [d.name for d in svc_shop.staff.departments()] == ["客服一部", "售后部"]


def test_department_names_are_compared_without_spaces(svc_shop):
    """「客服 部」 and 「 客服部 」 look like 客服部: the settings refuse them, a staff record joins 客服部."""
    dept = svc_shop.staff.add_department(" 客服部 ")
    assert dept.name == "客服部"
    for written in ("客服 部", "客服\u3000部", " 客 服 部 "):
        with pytest.raises(UserError, match="部门「客服部」已存在"):
            svc_shop.staff.add_department(written)
    person = svc_shop.staff.add(StaffDraft(name="小美", dept="客服 部"))
    assert (person.dept, person.dept_id) == ("客服部", dept.id)
    assert [d.name for d in svc_shop.staff.departments()] == ["客服部"]
    other = svc_shop.staff.add_department("VIP 售后 部")
    assert other.name == "VIP售后部"
    with pytest.raises(UserError, match="部门「客服部」已存在"):
        svc_shop.staff.rename_department(other.id, "客 服部")
    assert svc_shop.staff.add_department("Team  A").name == "Team A"


def test_department_names_are_compared_without_invisible_characters_and_spaces_as_names_are(svc_shop):
    """A zero-width space copied from WeChat (「客服\u200b部」) or a direction mark is no new department; a space
    between Latin words stays, as in names (「Café Team」 is not CaféTeam, 「客服 部」 is 客服部)."""
    dept = svc_shop.staff.add_department("客服部")
    for written in ("客服\u200b部", "\u200e客服 部", "客服\u00ad部"):
        with pytest.raises(UserError, match="部门「客服部」已存在"):
            svc_shop.staff.add_department(written)
        assert svc_shop.staff.add(StaffDraft(name="小美", dept=written)).dept_id == dept.id
    assert svc_shop.staff.add_department("售后\u200b部").name == "售后部"
    assert svc_shop.staff.add_department("Café  Team").name == "Café Team"
    assert [d.name for d in svc_shop.staff.departments()] == ["客服部", "售后部", "Café Team"]


def test_a_department_kept_with_a_space_by_an_older_version_is_found(svc_shop):
    with svc_shop.store.atomic():
        old = svc_shop.store.departments.add("客服 部")
    person = svc_shop.staff.add(StaffDraft(name="小美", dept="客服部"))
    assert person.dept_id == old.id
    with pytest.raises(UserError, match="部门「客服 部」已存在"):
        svc_shop.staff.add_department("客服部")
    svc_shop.staff.rename_department(old.id, "客服部")  # tidying its own name is no clash
    assert [d.name for d in svc_shop.staff.departments()] == ["客服部"]


def test_an_older_file_with_both_spellings_keeps_each_department_its_own(svc_shop):
    """「客服 部」 and 「客服部」 both kept by an older version: saving someone of 「客服 部」 (a role change, the
    dialog's 保存) must not move them into 客服部 — their targets, team awards and payout group would follow."""
    with svc_shop.store.atomic():
        spaced = svc_shop.store.departments.add("客服 部")
        plain = svc_shop.store.departments.add("客服部")
    person = svc_shop.staff.add(StaffDraft(name="小美", dept="客服 部"))
    assert person.dept_id == spaced.id
    edited = svc_shop.staff.edit(person.id, StaffDraft(name="小美", dept="客服 部", role="组长"))
    assert (edited.dept_id, edited.role) == (spaced.id, "组长")
    assert svc_shop.staff.add(StaffDraft(name="小刚", dept=" 客服部 ")).dept_id == plain.id
    assert svc_shop.store.departments.by_name("客服  部").id == plain.id  # the one written without spaces


def test_a_sub_account_equal_to_another_persons_name_is_refused(svc_shop):
    """It would take that person's data: the import and the CLI match a sub-account before a name."""
    sun = svc_shop.staff.add(StaffDraft(name="孙悦"))
    amy = svc_shop.staff.add(StaffDraft(name="Amy"))
    before = dump(svc_shop)
    for written in ("孙悦", " 孙悦 "):
        with pytest.raises(UserError) as refused:
            svc_shop.staff.add(StaffDraft(name="测试丙", aliases=(written,)))
        assert refused.value.message == f"子账号「孙悦」是员工 孙悦（#{sun.id}） 的姓名，不能作为别人的子账号"
    with pytest.raises(UserError, match=f"是员工 Amy（#{amy.id}） 的姓名"):  # full-width letters, normalised alike
        svc_shop.staff.add(StaffDraft(name="测试丁", aliases=("Ａｍｙ",)))
    assert dump(svc_shop) == before
    other = svc_shop.staff.add(StaffDraft(name="测试丙"))
    before = dump(svc_shop)
    with pytest.raises(UserError, match="是员工 孙悦"):
        svc_shop.staff.edit(other.id, StaffDraft(name="测试丙", aliases=("孙悦",)))
    assert dump(svc_shop) == before
    assert svc_shop.staff.resolve("孙悦") == sun


def test_a_name_that_is_another_persons_sub_account_is_refused(svc_shop):
    mei = svc_shop.staff.add(StaffDraft(name="小美", aliases=("旗舰店:小美", "阿美")))
    other = svc_shop.staff.add(StaffDraft(name="小王"))
    before = dump(svc_shop)
    with pytest.raises(UserError) as refused:
        svc_shop.staff.add(StaffDraft(name="阿美"))
    assert refused.value.message == (f"姓名「阿美」是 小美（#{mei.id}） 的子账号，不能作为别人的姓名：请换一个姓名，"
                                     f"或先在 小美（#{mei.id}） 的资料里删掉这个子账号")
    with pytest.raises(UserError, match="是 小美"):
        svc_shop.staff.edit(other.id, StaffDraft(name="旗舰店：小美"))  # renamed: normalised as aliases are
    assert dump(svc_shop) == before
    # a person's own sub-account may equal their own name, and namesakes are still allowed
    svc_shop.staff.edit(mei.id, StaffDraft(name="阿美", aliases=("旗舰店:小美", "阿美")))
    svc_shop.staff.add(StaffDraft(name="小王"))


def test_an_older_files_sub_account_equal_to_a_name_is_not_guessed(svc_shop):
    """Saved before it was refused: neither person is picked, and the message says what to change."""
    sun = svc_shop.staff.add(StaffDraft(name="孙悦"))
    bing = svc_shop.staff.add(StaffDraft(name="测试丙"))
    with svc_shop.store.atomic():
        svc_shop.store.staff.set_aliases(bing.id, ("孙悦",))
    with pytest.raises(UserError) as refused:
        svc_shop.staff.resolve("孙悦")
    assert f"既是 测试丙（#{bing.id}） 的子账号，又是员工 孙悦（#{sun.id}） 的姓名" in refused.value.message
    assert svc_shop.staff.resolve(f"#{sun.id}") == sun
    with pytest.raises(UserError, match="是员工 孙悦"):  # editing 测试丙 asks for the sub-account to go
        svc_shop.staff.edit(bing.id, StaffDraft(name="测试丙", role="售后", aliases=("孙悦",)))
    svc_shop.staff.edit(bing.id, StaffDraft(name="测试丙", role="售后"))
    assert svc_shop.staff.resolve("孙悦") == sun



def test_ones_own_name_as_sub_account_picks_one_of_namesakes_and_takes_no_one_elses(svc_shop):
    """How namesakes were told to be told apart: the sub-account 张三 on one 张三. Allowed, and that one is meant;
    a sub-account that is only someone else's name is still a takeover and refused."""
    first = svc_shop.staff.add(StaffDraft(name="张三"))
    second = svc_shop.staff.add(StaffDraft(name="张三"))
    svc_shop.staff.edit(first.id, StaffDraft(name="张三", aliases=("张三",)))
    svc_shop.staff.edit(first.id, StaffDraft(name="张三", role="组长", aliases=("张三",)))
    svc_shop.staff.edit(second.id, StaffDraft(name="张三", role="售后"))
    assert svc_shop.staff.resolve("张三").id == first.id
    third = svc_shop.staff.add(StaffDraft(name="张三"))  # a further namesake: the sub-account stays #1's own name
    other = svc_shop.staff.add(StaffDraft(name="李四"))
    svc_shop.staff.edit(other.id, StaffDraft(name="张三"))
    assert svc_shop.staff.resolve("张三").id == first.id
    before = dump(svc_shop)
    with pytest.raises(UserError) as refused:  # renamed, #1 would keep 张三 as sub-account: the others' name
        svc_shop.staff.edit(first.id, StaffDraft(name="张三丰", aliases=("张三",)))
    assert refused.value.message == (f"子账号「张三」是员工 张三（#{second.id}）、张三（#{third.id}）、张三（#{other.id}） "
                                     "的姓名，不能作为别人的子账号")
    with pytest.raises(UserError, match=f"子账号「张三」已属于 张三（#{first.id}）"):
        svc_shop.staff.edit(third.id, StaffDraft(name="张三", aliases=("张三",)))
    sun = svc_shop.staff.add(StaffDraft(name="孙悦"))
    bing = svc_shop.staff.add(StaffDraft(name="测试丙"))
    before = dump(svc_shop)
    with pytest.raises(UserError) as refused:  # the takeover stays refused
        svc_shop.staff.edit(bing.id, StaffDraft(name="测试丙", aliases=("孙悦",)))
    assert refused.value.message == f"子账号「孙悦」是员工 孙悦（#{sun.id}） 的姓名，不能作为别人的子账号"
    assert dump(svc_shop) == before
    svc_shop.staff.edit(sun.id, StaffDraft(name="孙悦", aliases=("旗舰店:孙悦",)))
    with pytest.raises(UserError, match=f"是 孙悦（#{sun.id}） 的子账号"):  # a name taken from a sub-account
        svc_shop.staff.edit(bing.id, StaffDraft(name="旗舰店:孙悦"))


def test_an_alias_empty_beside_its_colon_is_refused_on_edit_unless_already_kept(svc_shop):
    person = svc_shop.staff.add(StaffDraft(name="小美", aliases=("旗舰店:小美",)))
    before = dump(svc_shop)
    with pytest.raises(UserError, match="子账号「:」的冒号前后都要有内容"):
        svc_shop.staff.edit(person.id, StaffDraft(name="小美", aliases=("旗舰店:小美", " : ")))
    assert dump(svc_shop) == before
    svc_shop.store.staff.set_aliases(person.id, ("旗舰店:小美", ":"))  # as an older version kept it
    edited = svc_shop.staff.edit(person.id, StaffDraft(name="小美", aliases=("旗舰店:小美", ":"), role="组长"))
    assert (edited.role, edited.aliases) == ("组长", ("旗舰店:小美", ":"))  # another change is not stopped by it


def test_several_sub_accounts_on_one_line_are_each_a_sub_account(svc_shop):
    # 「旗舰店:小美，专营店:小美」 (as the staff list writes them) was kept as one alias, so 专营店:小美 could then be
    # given to someone else as well
    person = svc_shop.staff.add(StaffDraft(name="小美", aliases=("旗舰店:小美，专营店:小美", "二店:小美；三店:小美")))
    assert person.aliases == ("旗舰店:小美", "专营店:小美", "二店:小美", "三店:小美")
    with pytest.raises(UserError, match="子账号「专营店:小美」已属于 小美"):
        svc_shop.staff.add(StaffDraft(name="小丽", aliases=("专营店:小美",)))
    with pytest.raises(UserError, match="子账号「旗舰店:小美」重复填写了"):
        svc_shop.staff.edit(person.id, StaffDraft(name="小美", aliases=("旗舰店:小美, 旗舰店：小美",)))
