"""The staff's refusals and log rows write days as the window does (2026年12月3日; 2026-12-03 in English), not
as they are stored: 「入职日期 2026-12-03 在今天（2026-11-20）之后」 read as a code in a Chinese sentence."""

from datetime import date

import pytest

from app import i18n
from app.domain import StaffDraft
from app.errors import UserError


def test_a_hire_date_to_come_is_said_as_a_day(shop):
    with pytest.raises(UserError) as refused:
        shop.staff.add(StaffDraft("小夏", hired=date(2026, 12, 3)))
    assert refused.value.message.startswith("入职日期 2026年12月3日 在今天（2026年10月20日）之后")


def test_a_leaving_and_a_rehire_are_logged_and_refused_with_days(shop):
    mei = shop.staff.add(StaffDraft("小美", hired=date(2026, 3, 1)))
    with pytest.raises(UserError) as refused:
        shop.staff.leave(mei.id, date(2026, 2, 1))
    assert refused.value.message.startswith("离职日期 2026年2月1日 早于入职日期 2026年3月1日")
    shop.staff.leave(mei.id, date(2026, 9, 30))
    shop.staff.rehire(mei.id, date(2026, 10, 12))
    summaries = [e.summary for e in shop.store.audit.recent(2)]
    assert summaries == ["小美（#1）重新入职，入职日期 2026年10月12日", "小美（#1）离职，离职日期 2026年9月30日"]


def test_english_keeps_the_iso_day(shop):
    i18n.set_language("en")
    try:
        with pytest.raises(UserError) as refused:
            shop.staff.add(StaffDraft("小夏", hired=date(2026, 12, 3)))
    finally:
        i18n.set_language("zh")
    assert "2026-12-03" in refused.value.message and "2026-10-20" in refused.value.message
