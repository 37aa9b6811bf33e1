"""The 计算单 shows every amount that makes up what a person is paid — fixed pay, cash awards, deductions and
the 应发合计 — as the payout sheet adds them, and says when deductions exceed the awards or the pay."""

import shutil
import subprocess
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from app.awards.payout import write_payout
from app.awards.receipt import people_paid, receipt_payslip, write_receipt
from app.i18n import set_language
from app.periods import Quarter

from .conftest import SEP

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts" / "pdf"


@pytest.fixture
def paid(shop, team):
    """丙 (售后部, base pay ¥3,000.00) praised once → ¥30.00, and ¥120.50 taken off for a broken part."""
    shop.awards.adjust(SEP, team["丙"], -12_050, "损坏配件赔偿")
    shop.awards.approve(SEP)
    shop.awards.approve(Quarter(2026, 3))
    return team


def _pdf_text(path):
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def test_the_payslip_adds_up_as_the_payout_sheet(shop, paid):
    _sections, draft, slip = receipt_payslip(shop, SEP, paid["丙"])
    assert not draft
    assert slip.rows() == [("基本工资", 300_000), ("奖金（现金）", 3_000), ("扣款", -12_050), ("应发合计", 290_950)]
    assert slip.warning() == "扣款超过奖励，差额从固定工资中扣除（见应发合计），发放时不要再扣。"
    _s, _d, without_pay = receipt_payslip(shop, SEP, paid["乙"])  # 客服部: no fixed pay in its plan
    assert without_pay.rows()[-1] == ("奖金实发", -20_000) and "奖金实发为负数（-¥200.00）" in without_pay.warning()


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="needs poppler's pdftotext")
def test_the_receipt_pdf_lists_pay_awards_deductions_and_total(shop, paid, tmp_path):
    path = write_receipt(shop, SEP, paid["丙"], tmp_path / "丙.pdf")
    text = _pdf_text(path)
    for words in ("基本工资", "¥3,000.00", "奖金（现金）", "¥30.00", "扣款", "-¥120.50", "应发合计", "¥2,909.50",
                  "发放时不要再扣"):
        assert words in text, words
    write_payout(shop, SEP, tmp_path / "pay.xlsx")  # the sheet's 应发合计 of the same person agrees
    rows = list(openpyxl.load_workbook(tmp_path / "pay.xlsx")["发放表"].iter_rows(values_only=True))
    header = next(r for r in rows if r[0] == "编号")
    row = next(r for r in rows if r[1] == "丙")
    assert row[header.index("应发合计")] == Decimal("2909.50")
    if shutil.which("pdftoppm"):
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        subprocess.run(["pdftoppm", "-r", "60", "-png", "-singlefile", str(path), str(ARTIFACTS / "receipt-pay")],
                       check=True)


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="needs poppler's pdftotext")
def test_deductions_beyond_the_pay_are_said_on_the_receipt(shop, team, tmp_path):
    shop.awards.adjust(SEP, team["丙"], -400_000, "赔偿")
    shop.awards.approve(SEP)
    shop.awards.approve(Quarter(2026, 3))
    text = _pdf_text(write_receipt(shop, SEP, team["丙"], tmp_path / "丙.pdf"))
    assert "应发合计为负数（-¥970.00）" in text


def test_someone_paid_only_fixed_pay_has_a_receipt(shop, team):
    shop.awards.approve(SEP)
    shop.awards.approve(Quarter(2026, 3))
    shop.events.delete_many([e.id for e in shop.events.between(SEP.start, SEP.end) if e.staff_id == team["丙"]],
                            confirm_approved=True)
    shop.awards.approve(SEP)  # again: 丙 has his base pay and no award
    assert team["丙"] in people_paid(shop, SEP)
    _sections, _draft, slip = receipt_payslip(shop, SEP, team["丙"])
    assert slip.rows()[-1] == ("应发合计", 300_000)


def test_deductions_beyond_awards_or_pay_are_said_before_approval(shop, team):
    """Before approving (the review's notes, which the 评奖 page and `awards compute` show), not only under the
    payout sheet afterwards: 乙 has no fixed pay, 丙's deductions exceed his base pay and his award."""
    shop.awards.adjust(SEP, team["丙"], -400_000, "赔偿")
    review = shop.awards.compute(SEP)
    assert review.owing(computed=True) == review.owing() == (
        "注意：扣款超过奖励，奖金实发为负数：乙 -¥200.00（发放时从工资中扣除或按店铺规定处理）；"
        "扣款超过了工资和奖励，应发合计为负数：丙 -¥970.00（请按店铺规定处理）")
    assert review.owing() in review.notes


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="needs poppler's pdftotext")
def test_the_receipt_pdf_names_its_periods_in_chinese_when_the_window_is_english(shop, paid, tmp_path):
    """The printed 计算单 is a Chinese document: its period headings stay 「2026年9月（… 批准）」 in an English
    window, while the receipt dialog shows them in English."""
    set_language("en")
    try:
        sections, _draft, _slip = receipt_payslip(shop, SEP, paid["丙"])
        on_screen, english_month = sections[0].title, SEP.shown_label()
        text = _pdf_text(write_receipt(shop, SEP, paid["丙"], tmp_path / "丙.pdf"))
    finally:
        set_language("zh")
    approved_at = shop.store.awards.current_run(SEP.key()).approved_at  # the clock's time of day
    minute = approved_at[11:16]
    assert f"2026年9月（2026年10月20日 {minute} 批准）" in text  # the day as the certificates write it, to the minute
    assert english_month != "2026年9月" and on_screen == f"{english_month} (approved 2026-10-20 {minute})"


GIFTS_PLAN = {
    "name": "生日方案", "key": "gifts-test",
    "rules": [
        {"name": "生日福利", "kind": "benefit", "period": "month", "pays": "cash", "benefit": "birthday",
         "amount": 100, "gift": "生日蛋糕"},
        {"name": "月度心愿奖", "kind": "manual", "period": "month", "pays": "goods", "item": "心愿礼物"},
    ],
}


def gifts_team(shop, folder) -> dict[str, int]:
    """丁: a September birthday (¥100.00 and a 生日蛋糕, an item without a value); 戊: a 心愿礼物 worth ¥150.00."""
    import json
    from datetime import date

    from app.domain import Birthday, StaffDraft

    ids = {name: shop.staff.add(StaffDraft(name, dept="客服部", hired=date(2026, 1, 5), birthday=birthday)).id
           for name, birthday in (("丁", Birthday(9, 15)), ("戊", None))}
    plan = folder / "gifts.json"
    plan.write_text(json.dumps(GIFTS_PLAN, ensure_ascii=False), encoding="utf-8")
    shop.awards.plans.use(str(plan))
    shop.awards.add_manual(SEP, "月度心愿奖", staff_id=ids["戊"], amount_fen=15_000, reason="团队投票")
    shop.awards.approve(SEP)
    return ids


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="needs poppler's pdftotext")
def test_the_receipt_names_an_item_without_a_value_of_zero(shop, tmp_path):
    ids = gifts_team(shop, tmp_path)
    cake = "".join(_pdf_text(write_receipt(shop, SEP, ids["丁"], tmp_path / "丁.pdf")).split())
    assert "实物与物品（不计入现金）：生日福利：生日蛋糕" in cake and "价值¥0.00" not in cake
    gift = "".join(_pdf_text(write_receipt(shop, SEP, ids["戊"], tmp_path / "戊.pdf")).split())
    assert "实物与物品（不计入现金）：价值¥150.00；月度心愿奖：心愿礼物（¥150.00）" in gift
