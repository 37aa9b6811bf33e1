"""The printed 发放表 names the plans its amounts come from, and for whom, under its 包含 line: it named the month
and the approval, the plans only in the 明细 sheet's 方案 column, which is not the page handed round."""

from __future__ import annotations

import openpyxl

from app.awards.payout import write_payout
from app.demo import generate_demo
from app.i18n import set_language
from app.periods import Month

OCT = Month(2026, 10)


def _plans_line(path) -> str:
    cells = [c for row in openpyxl.load_workbook(path).worksheets[0].iter_rows(values_only=True) for c in row]
    included = next(i for i, c in enumerate(cells) if str(c).startswith("包含："))
    return next(str(c) for c in cells[included + 1:] if c)


def test_the_sheet_names_each_plan_with_its_departments(shop, tmp_path):
    generate_demo(shop)
    shop.awards.approve(OCT, confirm=True)
    write_payout(shop, OCT, tmp_path / "pay.xlsx")
    assert _plans_line(tmp_path / "pay.xlsx") == ("方案：淘宝客服激励方案（客服部、美工部、仓库、未分部门）；"
                                                  "售后服务激励制度（售后部）")


def test_a_draft_written_from_an_english_window_names_them_in_chinese(shop, tmp_path):
    generate_demo(shop)
    set_language("en")
    try:
        write_payout(shop, OCT, tmp_path / "draft.xlsx", draft=True)
    finally:
        set_language("zh")
    assert _plans_line(tmp_path / "draft.xlsx") == ("方案：淘宝客服激励方案（客服部、美工部、仓库、未分部门）；"
                                                    "售后服务激励制度（售后部）")
