"""A leaving date before records the person holds (a date picked a month early, or an account another person took
over): what stays after it is said before it is saved."""

from datetime import date

from app import i18n
from app.domain import StaffDraft


def _mei(shop):
    mei = shop.staff.add(StaffDraft("小美", hired=date(2026, 3, 1)))
    for day in (9, 11, 15):
        shop.store.values.set("sales", date(2026, 10, day), mei.id, 100_00)
    shop.events.add(date(2026, 10, 12), mei.id, "表扬")
    return mei


def test_the_days_and_events_after_the_leaving_date_are_said(shop):
    mei = _mei(shop)
    assert shop.staff.kept_after_leaving(mei.id, date(2026, 10, 10)) == (
        "小美（#1） 在离职日期 2026年10月10日 之后还有 2 天的数据（2026年10月11日 至 2026年10月15日）、1 条事件："
        "离职后这些记录仍然保留，仍算在此人名下（看板照样计入）。")
    assert shop.staff.kept_after_leaving(mei.id, date(2026, 10, 15)) == ""


def test_in_english(shop):
    mei = _mei(shop)
    i18n.set_language("en")
    try:
        said = shop.staff.kept_after_leaving(mei.id, date(2026, 10, 12))
    finally:
        i18n.set_language("zh")
    assert said.startswith("小美 (#1) still has data on 2026-10-15 after the leaving date 2026-10-12")
