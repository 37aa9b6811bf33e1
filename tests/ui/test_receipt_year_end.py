"""The 计算单 window in January says what the payout sheet's 备注 says: someone paid the year's award left in
November."""

from app.periods import Month
from tests.awards.test_year_end import today, year_end  # noqa: F401 (fixtures)
from ui.dialogs.award_dialogs import ReceiptDialog


def test_the_receipt_window_says_who_left_before_the_pay_month(qtbot, shop, year_end):  # noqa: F811
    gone = ReceiptDialog(shop, Month(2026, 12), year_end["丙"])
    qtbot.addWidget(gone)
    assert not gone.note.isHidden() and gone.note.text() == "备注：11月15日离职"
    still = ReceiptDialog(shop, Month(2026, 12), year_end["乙"])
    qtbot.addWidget(still)
    assert still.note.isHidden()
