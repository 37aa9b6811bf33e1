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
