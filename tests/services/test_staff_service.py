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


def test_birthday_validation():
    with pytest.raises(UserError, match="02-30"):
        Birthday.parse("02-30")
    assert Birthday.parse("02-29").in_year(2026) == date(2026, 2, 28)
    assert Birthday.parse("2月29日").in_year(2028) == date(2028, 2, 29)
    assert Birthday.parse("02-30", lunar=True).lunar  # lunar months have 30 days
    with pytest.raises(UserError):
        Birthday.parse("13-01")


def test_lunar_birthday_converts_each_year():
    # 农历八月十五 (mid-autumn): 2025-10-06, 2026-09-25 (published calendars)
    mid_autumn = Birthday(8, 15, lunar=True)
    assert mid_autumn.in_year(2025) == date(2025, 10, 6)
    assert mid_autumn.in_year(2026) == date(2026, 9, 25)
    # 农历正月初一 2026 = 2026-02-17
    assert Birthday(1, 1, lunar=True).in_year(2026) == date(2026, 2, 17)


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
