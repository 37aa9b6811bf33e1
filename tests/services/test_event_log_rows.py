"""The 操作日志 rows of an event added or deleted say what it held — amount, number, attributes, note — as the row
of a correction does: the log shows no detail, so a deleted 备件销售 ¥1,280.50 could not be typed again from it."""

from datetime import date

import pytest

from app.domain import StaffDraft


@pytest.fixture
def person(svc_shop):
    return svc_shop.staff.add(StaffDraft(name="小美", dept="客服部", hired=date(2026, 3, 10)))


def test_an_added_and_a_deleted_event_are_logged_with_what_they_held(svc_shop, person):
    sale = svc_shop.events.add(date(2026, 10, 5), person.id, "备件销售", amount_fen=128_050, value="3",
                               attrs={"margin": "38%", "paid": "yes"}, note=" 客户点名 ")
    [added] = svc_shop.store.audit.recent(1, "event.add")
    assert added.summary == ("2026年10月5日 小美（#1）：备件销售（金额 ¥1,280.50；数值 3；属性 毛利率 38%，全款 是；"
                             "备注 客户点名）")
    svc_shop.events.delete(sale.id)
    [deleted] = svc_shop.store.audit.recent(1, "event.delete")
    assert deleted.summary == (f"删除事件 #{sale.id}（2026年10月5日 小美（#1）：备件销售；金额 ¥1,280.50；数值 3；"
                               "属性 毛利率 38%，全款 是；备注 客户点名）")


def test_an_event_holding_nothing_more_is_logged_as_before(svc_shop, person):
    praise = svc_shop.events.add(date(2026, 10, 5), person.id, "表扬")
    assert svc_shop.store.audit.recent(1, "event.add")[0].summary == "2026年10月5日 小美（#1）：表扬"
    svc_shop.events.delete_many([praise.id])
    assert svc_shop.store.audit.recent(1, "event.delete")[0].summary == f"删除事件 #{praise.id}（2026年10月5日 小美（#1）：表扬）"
