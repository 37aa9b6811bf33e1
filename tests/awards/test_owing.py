"""Deductions beyond the awards are worded in one place (app.awards.owing) for the review, the payout sheet's
notes, the 计算单 and its window: the same case reads the same everywhere, in the language asked for."""

from __future__ import annotations

import pytest

from app.awards.owing import BELOW, NEGATIVE, NETTED, owing_kind, owing_notice, owing_sentence
from app.awards.payout import netted_note, owing_note
from app.awards.receipt import Payslip
from app.i18n import set_language


@pytest.fixture
def english():
    set_language("en")
    yield
    set_language("zh")


def test_the_case_follows_the_net_and_the_fixed_pay():
    assert owing_kind(0, 0) is None and owing_kind(500, 0) is None
    assert owing_kind(-200, 0) == NEGATIVE
    assert owing_kind(-200, 300_000) == NETTED
    assert owing_kind(-300_001, 300_000) == BELOW


def test_a_payslip_and_the_sheet_say_each_case_alike():
    no_pay = Payslip((), 0, 20_000, 0)
    netted = Payslip((("base_pay", 300_000),), 3_000, 12_050, 0)
    below = Payslip((("base_pay", 300_000),), 3_000, 310_000, 0)
    assert (no_pay.owing, netted.owing, below.owing) == (NEGATIVE, NETTED, BELOW)
    assert no_pay.warning() == "扣款超过奖励，奖金实发为负数（-¥200.00），发放时从工资中扣除或按店铺规定处理。"
    assert below.warning() == "扣款超过了工资和奖励，应发合计为负数（-¥70.00），请按店铺规定处理。"
    assert "扣款超过奖励，奖金实发为负数：乙 -¥200.00（发放时从工资中扣除或按店铺规定处理）" in owing_note([("乙", -20_000)])
    sheet = netted_note([("丙", -307_000, -7_000)])
    assert "扣款超过奖励，差额从固定工资中扣除（见应发合计）：丙 -¥3,070.00（发放时不要再扣）" in sheet
    assert "扣款超过了工资和奖励，应发合计为负数：丙 -¥70.00（请按店铺规定处理）" in sheet


def test_messages_follow_the_language_and_the_payslip_stays_chinese(english):
    assert owing_sentence(NEGATIVE, note=True) == (
        "Note: deductions exceed the awards, the net bonus is negative; deduct it from the wages when paying, "
        "or as the shop's rules say.")
    assert owing_notice([(NETTED, ["丙 -¥30.70", "丁 -¥1.00"]), (BELOW, [])]) == (
        "Note: deductions exceed the awards, the difference is taken off the fixed pay (see the total payable): "
        "丙 -¥30.70, 丁 -¥1.00 (do not deduct it again when paying)")
    assert owing_note([("乙", -20_000)]).endswith("; the net total already subtracts these amounts (together -¥200.00).")
    assert Payslip((), 0, 20_000, 0).warning().startswith("扣款超过奖励，奖金实发为负数（-¥200.00）")


def test_someone_with_no_fixed_pay_typed_reads_the_same_case_on_the_sheet_as_in_the_review(shop, team, tmp_path):
    # 丁 joins 售后部, whose plan lists the base pay, with none typed: the sheet shows his row with an empty 基本工资.
    # Deductions beyond his awards have no pay to come off: the sheet said 「差额从固定工资中扣除…发放时不要再扣」
    # while the review and his 计算单 said to deduct them from his wages
    from datetime import date

    import openpyxl

    from app.awards.payout import write_payout
    from app.awards.receipt import receipt_payslip
    from app.domain import StaffDraft
    from app.periods import Quarter

    from .conftest import SEP

    ding = shop.staff.add(StaffDraft(name="丁", dept="售后部", hired=date(2026, 3, 1))).id
    shop.awards.adjust(SEP, ding, -5_000, "赔偿")
    review = shop.awards.approve(SEP).review
    shop.awards.approve(Quarter(2026, 3))
    assert review.owing().startswith("注意：扣款超过奖励，奖金实发为负数：乙 -¥200.00、丁 -¥50.00（")
    assert receipt_payslip(shop, SEP, ding)[2].owing == NEGATIVE
    summary = write_payout(shop, SEP, tmp_path / "pay.xlsx")
    assert (summary.owing, summary.netted) == ([("乙", -20_000), ("丁", -5_000)], [])
    notes = [r[0] for r in openpyxl.load_workbook(tmp_path / "pay.xlsx")["发放表"].iter_rows(values_only=True)
             if isinstance(r[0], str) and r[0].startswith("注意：")]
    assert notes == [owing_note(summary.owing)]


def test_approving_again_asks_with_the_fixed_pay_the_month_keeps(shop, team, tmp_path):
    # 丙 (售后部, base pay ¥3,000.00) is approved with deductions beyond her awards, taken off that pay. Her pay is
    # removed since and a deduction added: approved again, the month keeps the ¥3,000.00, so the sheet says not to
    # deduct again, while the approval's question said to deduct it from her wages
    from app.awards.payout import write_payout
    from app.awards.receipt import receipt_payslip
    from app.periods import Quarter

    from .conftest import SEP, draft_of

    bing = team["丙"]
    shop.awards.adjust(SEP, bing, -5_000, "赔偿")
    shop.awards.approve(SEP)
    shop.awards.approve(Quarter(2026, 3))
    shop.staff.edit(bing, draft_of(shop.staff.get(bing), base_pay_fen=None))
    shop.awards.adjust(SEP, bing, -1_000, "再扣")
    asked = shop.awards.status(SEP).owing(computed=True)
    approved = shop.awards.approve(SEP, confirm=True).review
    assert approved.fixed_pay[bing] == 300_000
    assert receipt_payslip(shop, SEP, bing)[2].owing == NETTED
    assert write_payout(shop, SEP, tmp_path / "pay.xlsx").netted == [("丙", -3_000, 297_000)]
    assert asked == approved.owing()
    assert "差额从固定工资中扣除（见应发合计）：丙 -¥30.00（发放时不要再扣）" in asked
