"""The printed 计算单 is a Chinese document: in an English window or `--lang en` its explanations, inputs,
units, dates and notes are Chinese too, while the receipt dialog and the refusals speak English."""

import re
import shutil
import subprocess
from datetime import date

import pytest

from app.awards.receipt import receipt_payslip, write_receipts
from app.domain import StaffDraft
from app.i18n import set_language

from .conftest import PLAN_A, SEP, put, write_plan

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="needs poppler's pdftotext")

FASTEST = {"name": "响应最快奖", "kind": "best", "period": "month", "pays": "cash", "metric": "response_s",
           "amount": 50}


@pytest.fixture
def english(shop, team, tmp_path):
    """September unapproved (a draft computes it now), a plan reading a length of time, 丁 (售后部, base pay)
    hired on 9月16日."""
    shop.awards.plans.use(str(write_plan(tmp_path, {**PLAN_A, "rules": [*PLAN_A["rules"], FASTEST]})))
    team["丁"] = shop.staff.add(StaffDraft(name="丁", dept="售后部", hired=date(2026, 9, 16),
                                           base_pay_fen=300_000)).id
    for name, seconds in (("甲", 2_000), ("乙", 3_550)):
        put(shop, team[name], date(2026, 9, 17), seconds, metric="response_s")
        put(shop, team[name], date(2026, 9, 17), 10, metric="inquiries")
    set_language("en")
    yield team
    set_language("zh")


def _text(path):
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def test_a_draft_receipt_in_an_english_window_prints_chinese(shop, english, tmp_path):
    sections, draft, _slip = receipt_payslip(shop, SEP, english["甲"], draft=True)
    assert draft and "20 s" in [value for _, value, _ in sections[0].inputs]  # the dialog speaks English
    text = _text(write_receipts(shop, SEP, None, tmp_path / "all.pdf", draft=True))
    for words in ("9月平均响应时间", "20秒", "手工录入（1 天）", "9月销售额目标", "目标设置", "9月16日入职",
                  "9月平均响应时间 20秒，最低", "第三季度销售额 ¥22,000.00"):
        assert words in text, words
    assert re.findall(r"[A-Za-z]{2,}", text) == []  # no English word anywhere on the pages


def test_the_refusal_stays_english(shop, english, tmp_path):
    from app.errors import UserError

    shop.awards.approve(SEP)  # the quarter ending in September is not: the final receipt is refused, in English
    with pytest.raises(UserError, match="not approved"):
        write_receipts(shop, SEP, [english["甲"]], tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()


def test_a_draft_payout_sheet_in_an_english_window_is_chinese(shop, english, tmp_path):
    """The 发放表 is a Chinese document too: its 明细 sheet's explanations and the notes under the table."""
    from openpyxl import load_workbook

    from app.awards.payout import write_payout

    write_payout(shop, SEP, tmp_path / "发放表.xlsx", draft=True)
    book = load_workbook(tmp_path / "发放表.xlsx")
    text = "\n".join(str(cell) for sheet in book for row in sheet.iter_rows(values_only=True) for cell in row
                     if isinstance(cell, str))
    assert "9月平均响应时间 20秒，最低" in text and "9月16日入职" in text
    assert re.findall(r"[A-Za-z]{2,}", text) == []


def test_a_month_approved_in_an_english_window_prints_chinese(shop, english, tmp_path):
    """The approval is the record the 发放表 and 计算单 print: its explanations and inputs are kept in Chinese
    whatever the language it was approved in (an approval in English printed English on both)."""
    from openpyxl import load_workbook

    from app.awards.payout import write_payout
    from app.periods import Quarter

    shop.awards.approve(SEP, confirm=True)
    shop.awards.approve(Quarter(2026, 3), confirm=True)
    text = _text(write_receipts(shop, SEP, None, tmp_path / "all.pdf"))
    for words in ("9月平均响应时间 20秒，最低", "手工录入（1 天）", "9月销售额目标", "目标设置"):
        assert words in text, words
    assert re.findall(r"[A-Za-z]{2,}", text) == []
    write_payout(shop, SEP, tmp_path / "发放表.xlsx")
    book = load_workbook(tmp_path / "发放表.xlsx")
    sheet = "\n".join(str(cell) for ws in book for row in ws.iter_rows(values_only=True) for cell in row
                      if isinstance(cell, str))
    assert "9月平均响应时间 20秒，最低" in sheet
    assert re.findall(r"[A-Za-z]{2,}", sheet) == []


def test_an_approval_in_english_keeps_the_amounts_the_owner_was_shown(shop, english, monkeypatch):
    """The Chinese computation made for the kept texts pays what the English one did; were it ever to differ
    (a rule reading something said in the language of the moment), the approval keeps the lines shown."""
    from dataclasses import replace

    from app.awards.service import AwardService
    from app.i18n import language

    calculate = AwardService.calculate

    def a_fen_more_in_chinese(self, period, *args, **kwargs):
        comp = calculate(self, period, *args, **kwargs)
        if language() == "zh":
            comp.lines[0] = replace(comp.lines[0], amount_fen=comp.lines[0].amount_fen + 1)
        return comp

    shown = shop.awards.calculate(SEP).lines
    monkeypatch.setattr(AwardService, "calculate", a_fen_more_in_chinese)
    run = shop.awards.approve(SEP, confirm=True).run
    assert [x.amount_fen for x in shop.store.awards.lines(run.id)] == [x.amount_fen for x in shown]


def test_an_approved_period_unchanged_since_reads_in_the_windows_language(shop, english):
    """Approvals keep Chinese lines for the Chinese documents; the English window showed them in Chinese. While
    nothing changed since, it shows the same lines computed now, in English, paying exactly what was approved."""
    shop.awards.approve(SEP, confirm=True)
    review = shop.awards.status(SEP)
    stored = shop.store.awards.lines(review.approved.id)
    assert not review.changed and [x.amount_fen for x in review.lines] == [x.amount_fen for x in stored]
    assert all(re.search(r"[\u4e00-\u9fff]", x.explanation) for x in stored)  # kept in Chinese
    assert "20 s" in " ".join(x.explanation for x in review.lines)  # the window's words (in Chinese: 20秒)
    assert not any("20秒" in x.explanation for x in review.lines)
    put(shop, english["甲"], date(2026, 9, 18), 100)  # changed since: the approved lines, as kept
    changed = shop.awards.status(SEP)
    assert changed.changed and [x.explanation for x in changed.lines] == [x.explanation for x in stored]
