"""A shop that started this month: the 证书 page opens on the month the 评奖 page opens on (this one), not on last
month, which has no data and whose empty list said no one won an award that gives a 奖状."""

from __future__ import annotations

from datetime import date

from app.domain import StaffDraft
from ui.pages.certificates import CertificatesPage


def test_a_shop_started_this_month_opens_on_this_month(qtbot, shop):
    person = shop.staff.add(StaffDraft("王小美"))
    shop.data.set_value(date(2026, 10, 5), person.id, shop.metrics.get("sales"), 1200)
    shop.awards.plans.use("taobao-kefu")
    widget = CertificatesPage(shop)
    qtbot.addWidget(widget)
    widget.refresh()
    assert widget.period_text() == shop.awards.month_to_open().key() == "2026-10"
    assert "2026年9月" not in widget.status.text()
    # last month can still be chosen from the list
    assert "2026-09" in [widget.period.itemData(i) for i in range(widget.period.count())]


def test_a_shop_with_last_months_data_still_opens_on_last_month(qtbot, shop):
    person = shop.staff.add(StaffDraft("王小美"))
    shop.data.set_value(date(2026, 9, 5), person.id, shop.metrics.get("sales"), 1200)
    shop.data.set_value(date(2026, 10, 5), person.id, shop.metrics.get("sales"), 1300)
    widget = CertificatesPage(shop)
    qtbot.addWidget(widget)
    widget.refresh()
    assert widget.period_text() == "2026-09"
