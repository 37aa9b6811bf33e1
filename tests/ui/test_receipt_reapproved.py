"""The 计算单 window of someone whose awards all went when the period was approved again still says the month
has none of their awards (the period is kept for the printed 计算单, which says what went)."""

from datetime import date

from PySide6.QtWidgets import QLabel

from app.periods import Quarter
from tests.awards.conftest import SEP, team  # noqa: F401 (fixture)
from ui.dialogs.award_dialogs import ReceiptDialog


def test_the_receipt_window_of_a_person_left_without_awards_says_so(qtbot, shop, team):  # noqa: F811
    shop.awards.approve(SEP)
    shop.awards.approve(Quarter(2026, 3))
    praise = shop.events.between(date(2026, 9, 1), date(2026, 9, 30), team["丙"])
    shop.events.delete(praise[0].id, confirm_approved=True)
    shop.awards.approve(SEP, confirm=True)
    dialog = ReceiptDialog(shop, SEP, team["丙"])
    qtbot.addWidget(dialog)
    assert dialog.lines.model().rowCount() == 0
    assert "这个月没有此人的奖项" in [label.text() for label in dialog.findChildren(QLabel)]
