"""证书 page: the list follows approvals made after it was loaded, keeps what the owner unticked, and says why it is
empty."""

from __future__ import annotations

import pytest
from certificates_page_support import add_by_hand, list_row
from PySide6.QtCore import Qt

from tests.ui.test_awards_page import SEP, team  # noqa: F401  (the fixture)
from ui.pages.certificates import CertificatesPage


def _page(qtbot, shop):
    page = CertificatesPage(shop)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    return page


def _october_by_hand(qtbot, shop, names):
    """The page on October's winners, with a 服务之星 certificate added by hand for each of `names`."""
    page = _page(qtbot, shop)
    page.refresh()  # first show
    page.period.setCurrentText("2026-10")
    page.load_requests()
    for name in names:
        add_by_hand(page, name, "服务之星")
    return page


@pytest.mark.usefixtures("team")
def test_page_shows_an_approval_made_after_it_was_loaded(qtbot, shop, messages):
    page = _page(qtbot, shop)
    page.period.setCurrentText(SEP.key())
    page.refresh()
    assert page.approved is False  # not approved yet: drafts only
    drafted = [(r.recipient, r.award) for r in page.requests]
    shop.awards.approve(SEP, confirm=True)  # 评奖 page → 批准 (or the CLI)
    page.refresh()  # the owner switches back to 证书
    try:
        assert page.approved is True, f"still '{page.status.text()}' after the period was approved"
        assert [(r.recipient, r.award) for r in page.requests] == drafted  # the same winners, now to be numbered
    finally:
        page.close()


def test_unchecked_certificates_stay_unchecked_after_a_manual_one_is_added(qtbot, shop, messages):
    page = _october_by_hand(qtbot, shop, ("甲", "乙", "丙"))
    page.list.item(list_row(page, "甲")).setCheckState(Qt.CheckState.Unchecked)   # the owner does not want 甲 printed
    add_by_hand(page, "丁", "服务之星")
    try:
        assert [r.recipient for r in page.checked_requests()] == ["丙", "丁", "乙"]  # bing, ding, yi
    finally:
        page.close()


def test_unchecked_certificates_stay_unchecked_after_the_page_refreshes(qtbot, shop, messages):
    page = _october_by_hand(qtbot, shop, ("甲", "乙"))
    page.list.item(0).setCheckState(Qt.CheckState.Unchecked)
    page.refresh()  # another page shown and back, or another process wrote (data_version poll)
    try:
        assert [r.recipient for r in page.checked_requests()] == ["乙"]
    finally:
        page.close()


def test_winners_without_a_certificate_award_are_explained_not_a_silent_empty_list(qtbot, shop, messages):
    """October's winners got only cash (阶段目标奖 gives no 奖状): 载入获奖名单 says why the list stays empty and
    what can still be done, instead of showing an empty list with 「已批准：证书将编号并记录」."""
    from datetime import date

    from app.domain import StaffDraft

    person = shop.staff.add(StaffDraft(name="王小美", dept="客服部", role="客服", hired=date(2026, 1, 1))).id
    sales = shop.metrics.get("sales")
    shop.data.set_value(date(2026, 9, 10), person, sales, 8_100_000)
    shop.targets.set_staff(SEP, person, sales, 8_000_000)
    shop.awards.plans.use("taobao-kefu")
    assert [line.award for line in shop.awards.status(SEP).lines] == ["阶段目标奖"]
    shop.awards.approve(SEP, confirm=True)
    page = _page(qtbot, shop)
    page.period.setCurrentText(SEP.key())
    page.load_button.click()
    try:
        assert page.list.count() == 0
        assert "获奖者得奖状" in page.status.text() and "手工添加" in page.status.text()
    finally:
        page.close()


def test_the_empty_list_message_goes_once_a_certificate_is_added_by_hand(qtbot, shop, messages):
    """The no-winners note says to use 手工添加; once the owner has done so it must not stay beside a list that
    is no longer empty: the line tells what happens to the certificates now listed."""
    from datetime import date

    from app.domain import StaffDraft

    person = shop.staff.add(StaffDraft(name="王小美", dept="客服部", role="客服", hired=date(2026, 1, 1))).id
    sales = shop.metrics.get("sales")
    shop.data.set_value(date(2026, 9, 10), person, sales, 8_100_000)
    shop.targets.set_staff(SEP, person, sales, 8_000_000)
    shop.awards.plans.use("taobao-kefu")
    shop.awards.approve(SEP, confirm=True)
    page = _page(qtbot, shop)
    page.period.setCurrentText(SEP.key())
    page.load_button.click()
    try:
        assert "手工添加" in page.status.text()
        add_by_hand(page, "王小美", "九月销售冠军")
        assert page.list.count() == 1
        assert page.status.text() == "已批准：证书将编号并记录"
    finally:
        page.close()
