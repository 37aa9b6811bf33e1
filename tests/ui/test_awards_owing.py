"""评奖 page: deductions beyond a person's awards are said on the page and in the approval question, before the
result is locked — not only in a note under the payout sheet."""

from __future__ import annotations

import pytest
from awards_page_support import SCREENS, SEP, _run, make_team, open_page, wait_idle
from PySide6.QtWidgets import QApplication


@pytest.fixture
def page(qtbot, shop, tmp_path):
    make_team(shop, tmp_path)  # 乙: one complaint −¥200 and no award
    widget = open_page(qtbot, shop)
    yield widget
    wait_idle(qtbot, widget)


def test_a_negative_net_is_said_before_approval(qtbot, page, shop, messages):
    _run(qtbot, page, page.compute)
    warning = "注意：扣款超过奖励，奖金实发为负数：乙 -¥200.00（发放时从工资中扣除或按店铺规定处理）"
    assert warning in page.notes.text() and page.notes.isVisible()
    QApplication.processEvents()
    SCREENS.mkdir(parents=True, exist_ok=True)
    page.grab().save(str(SCREENS / "awards_owing.png"))
    messages.answer = False
    page.approve()
    assert warning in messages.of("confirm")[-1]
    assert shop.awards.status(SEP).approved is None


def test_the_receipt_window_adds_up_and_warns(qtbot, page, shop, messages):
    from ui.dialogs.award_dialogs import ReceiptDialog

    shop.awards.approve(SEP)
    person = next(p.id for p in shop.staff.list() if p.name == "乙")
    dialog = ReceiptDialog(shop, SEP, person, page)
    qtbot.addWidget(dialog)
    assert dialog.total.text() == "奖金 ¥0.00 − 扣款 ¥200.00 = 本月奖金实发（现金，税前）：-¥200.00"
    assert not dialog.warning.isHidden()
    assert dialog.warning.text() == "注意：扣款超过奖励，奖金实发为负数，发放时从工资中扣除或按店铺规定处理。"
    dialog.show()
    QApplication.processEvents()
    dialog.grab().save(str(SCREENS / "receipt_owing.png"))


def test_the_receipt_window_names_the_items_as_the_pdf_does(qtbot, shop, tmp_path):
    """A birthday cake alone is named, not shown as 「价值 ¥0.00」; a gift with a value keeps its value."""
    from tests.awards.test_receipt_pay import gifts_team
    from ui.dialogs.award_dialogs import ReceiptDialog

    ids = gifts_team(shop, tmp_path)
    cake = ReceiptDialog(shop, SEP, ids["丁"])
    qtbot.addWidget(cake)
    assert cake.total.text().splitlines()[-1] == "实物与物品（不计入现金）：生日福利：生日蛋糕"
    gift = ReceiptDialog(shop, SEP, ids["戊"])
    qtbot.addWidget(gift)
    assert gift.total.text().splitlines()[-1] == "实物与物品（不计入现金）：价值 ¥150.00；月度心愿奖：心愿礼物（¥150.00）"
