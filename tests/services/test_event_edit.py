"""An event corrected in place: a mistyped amount, attribute or day fixed without deleting and typing it again,
checked as a new one is, audited, and asked about when it touches an approved period (the old day or the new)."""

from datetime import date
from decimal import Decimal

import pytest

from app.domain import StaffDraft
from app.errors import UserError
from app.periods import Month
from app.services.approved import ApprovedPeriodChange


@pytest.fixture
def person(svc_shop):
    return svc_shop.staff.add(StaffDraft(name="小美", dept="客服部", hired=date(2026, 3, 10)))


def test_an_event_is_corrected_in_place_and_the_change_is_audited(svc_shop, person):
    sale = svc_shop.events.add(date(2026, 10, 5), person.id, "备件销售", amount_fen=7_350, attrs={"margin": "25%"})
    fixed = svc_shop.events.edit(sale.id, date(2026, 10, 6), person.id, "备件销售", amount_fen=73_500,
                                 value="2", attrs={"margin": "28%", "paid": "是"}, note=" 客户补款 ")
    assert svc_shop.events.between(date(2026, 10, 1), date(2026, 10, 31)) == [fixed]
    assert (fixed.id, fixed.day, fixed.amount_fen, fixed.value, fixed.attrs, fixed.note) == (
        sale.id, date(2026, 10, 6), 73_500, Decimal(2), {"margin": "28%", "paid": "是"}, "客户补款")
    [row] = svc_shop.store.audit.recent(1, "event.edit")
    # the log says what was corrected: its detail, which holds the event before and after, is not shown
    assert row.summary == (f"修改事件 #{sale.id}（2026年10月6日 小美（#{person.id}）：备件销售）：日期 2026年10月5日 → "
                           "2026年10月6日；金额 ¥73.50 → ¥735.00；数值 空 → 2；属性 毛利率 25% → 毛利率 28%，全款 是；"
                           "备注 空 → 客户补款")


def test_the_log_names_the_person_an_event_was_moved_from(svc_shop, person):
    other = svc_shop.staff.add(StaffDraft(name="李娜", dept="客服部", hired=date(2026, 3, 10)))
    event = svc_shop.events.add(date(2026, 10, 5), person.id, "表扬")
    svc_shop.events.edit(event.id, event.day, other.id, "投诉")
    [row] = svc_shop.store.audit.recent(1, "event.edit")
    assert row.summary == (f"修改事件 #{event.id}（2026年10月5日 李娜（#{other.id}）：投诉）：员工 小美（#{person.id}） → "
                           f"李娜（#{other.id}）；类型 表扬 → 投诉")


def test_an_event_saved_unchanged_writes_nothing(svc_shop, person):
    event = svc_shop.events.add(date(2026, 10, 5), person.id, "表扬", note="好评")
    svc_shop.events.edit(event.id, event.day, person.id, "表扬", note="好评")
    assert svc_shop.store.audit.recent(5, "event.edit") == []


@pytest.mark.parametrize(("day", "type_name", "refused"), [
    (date(2026, 10, 21), "表扬", "事件日期 2026年10月21日 在今天之后"),
    (date(2026, 3, 9), "表扬", "小美 2026年3月9日 不在职（2026年3月10日入职），不能记录事件"),
    (date(2026, 10, 5), "不存在的类型", "没有事件类型「不存在的类型」"),
])
def test_a_refused_correction_keeps_the_event_as_it_was(svc_shop, person, day, type_name, refused):
    event = svc_shop.events.add(date(2026, 10, 5), person.id, "表扬")
    with pytest.raises(UserError, match=refused):
        svc_shop.events.edit(event.id, day, person.id, type_name)
    assert svc_shop.events.between(date(2026, 3, 1), date(2026, 10, 31)) == [event]


def test_moving_an_event_out_of_an_approved_month_asks_first(svc_shop, person):
    awards = svc_shop.awards
    awards.plans.use("taobao-kefu", from_month="2026-09")
    event = svc_shop.events.add(date(2026, 9, 8), person.id, "表扬")
    awards.approve(Month(2026, 9), confirm=True)
    with pytest.raises(ApprovedPeriodChange):
        svc_shop.events.edit(event.id, date(2026, 10, 8), person.id, "表扬")
    assert svc_shop.events.between(date(2026, 9, 1), date(2026, 9, 30)) == [event]
    svc_shop.events.edit(event.id, date(2026, 10, 8), person.id, "表扬", confirm_approved=True)
    [row] = svc_shop.store.audit.recent(1, "event.edit")
    assert row.approved_periods == ("2026-09",)
