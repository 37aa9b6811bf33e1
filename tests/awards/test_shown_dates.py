"""One way of writing a date where a person reads it: the 评奖 page said 「已于 2026-10-20 21:51:18 由 root 批准」,
the payout sheet 「2026-10-20 批准」 and the certificate 2026年10月20日. In Chinese a day is now 2026年10月20日 (with
21:51 where the time matters: an approval, two of which may fall on one day), in English the ISO form the English
window uses."""

from datetime import time

import openpyxl
import pytest

from app.awards.payout import write_payout
from app.awards.receipt import receipt_payslip
from app.clock import document_stamp, shown_stamp
from app.i18n import set_language
from app.periods import Quarter

from .conftest import SEP


def test_a_stored_time_is_shown_as_the_window_writes_dates():
    assert shown_stamp("2026-11-02T21:51:18") == "2026年11月2日 21:51"
    assert document_stamp("2026-11-02T21:51:18") == "2026年11月2日 21:51"
    set_language("en")
    try:
        assert shown_stamp("2026-11-02T09:05:00") == "2026-11-02 09:05"
        assert document_stamp("2026-11-02T09:05:00") == "2026年11月2日 09:05"  # a Chinese document in any window
    finally:
        set_language("zh")


@pytest.fixture
def approved(shop, team, approval_times):
    approval_times.extend([time(21, 51), time(21, 52)])
    shop.awards.approve(SEP)
    shop.awards.approve(Quarter(2026, 3))
    return team


def test_the_payout_sheet_and_the_receipt_write_the_approval_day_as_the_certificate(shop, approved, tmp_path):
    write_payout(shop, SEP, tmp_path / "pay.xlsx")
    rows = openpyxl.load_workbook(tmp_path / "pay.xlsx")["发放表"].iter_rows(values_only=True)
    included = next(cell for row in rows for cell in row if str(cell).startswith("包含："))
    assert "2026年9月（2026年10月20日 21:51 批准）" in included and "2026-10-20" not in included
    sections, _draft, _slip = receipt_payslip(shop, SEP, approved["丙"])
    assert sections[0].document_title == "2026年9月（2026年10月20日 21:51 批准）"
    assert sections[0].title == "2026年9月（2026年10月20日 21:51 批准）"
