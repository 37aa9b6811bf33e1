"""The 操作日志's row of a person's edit says what changed, each field from → to: it said only 修改员工 张伟（#1）,
and the log shows nothing more, so whoever moved someone to another department or changed a pay could not be read."""

from __future__ import annotations

from datetime import date

from app.domain import Birthday, StaffDraft


def _edit_summary(shop) -> str:
    return next(entry.summary for entry in shop.store.audit.recent(10) if entry.action == "staff.edit")


def test_the_fields_changed_are_said_from_before_to_after(shop):
    person = shop.staff.add(StaffDraft("张伟", dept="客服部", role="客服", hired=date(2026, 3, 1),
                                       birthday=Birthday(3, 18), base_pay_fen=300000))
    shop.staff.edit(person.id, StaffDraft("张伟", dept="售后部", role="组长", hired=date(2026, 3, 1),
                                          base_pay_fen=320000, aliases=("旗舰店:小张",)))
    assert _edit_summary(shop) == ("修改员工 张伟（#1）：子账号 （空） → 旗舰店:小张；部门 客服部 → 售后部；岗位 客服 → 组长；"
                                   "生日 3月18日 → （空）；基本工资 ¥3,000.00 → ¥3,200.00")


def test_a_name_and_taking_part_in_the_awards(shop):
    person = shop.staff.add(StaffDraft("张伟", hired=date(2026, 3, 1)))
    shop.staff.edit(person.id, StaffDraft("张伟伟", hired=date(2026, 3, 2), in_awards=False))
    assert _edit_summary(shop) == ("修改员工 张伟伟（#1）：姓名 张伟 → 张伟伟；入职日期 2026年3月1日 → 2026年3月2日；"
                                   "参与评奖 是 → 否")


def test_in_english_the_fields_are_words_of_the_sentence(shop):
    from app import i18n

    person = shop.staff.add(StaffDraft("Wei", dept="Service", hired=date(2026, 3, 1)))
    i18n.set_language("en")
    try:
        shop.staff.edit(person.id, StaffDraft("Wei", dept="Returns", hired=date(2026, 3, 1), in_awards=False))
        assert _edit_summary(shop) == "Edited staff member Wei (#1): department Service → Returns; in the awards yes → no"
    finally:
        i18n.set_language("zh")


def test_a_lunar_birthday_pay_to_the_fen_and_sub_accounts_in_english(shop):
    """A birthday moved between calendars, a pay changed by one fen and sub-accounts emptied are each said."""
    from app import i18n

    person = shop.staff.add(StaffDraft("Wei", hired=date(2026, 3, 1), birthday=Birthday(8, 15, lunar=True),
                                       base_pay_fen=300012, aliases=("旗舰店:小张", "专营店:小张")))
    shop.staff.edit(person.id, StaffDraft("Wei", hired=date(2026, 3, 1), birthday=Birthday(8, 15), base_pay_fen=300013,
                                          aliases=("旗舰店:小张", "专营店:小张"), allowance_fen=5))
    assert _edit_summary(shop) == ("修改员工 Wei（#1）：生日 农历八月十五 → 8月15日；基本工资 ¥3,000.12 → ¥3,000.13；"
                                   "津贴/补贴 （空） → ¥0.05")
    i18n.set_language("en")
    try:
        shop.staff.edit(person.id, StaffDraft("Wei", hired=date(2026, 3, 1), birthday=Birthday(8, 15),
                                              base_pay_fen=300013, allowance_fen=5))
        assert _edit_summary(shop) == "Edited staff member Wei (#1): sub-accounts 旗舰店:小张, 专营店:小张 → (empty)"
    finally:
        i18n.set_language("zh")
