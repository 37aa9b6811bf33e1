"""A period approved again after an edit: the payout sheet pays the latest approval and says so — which approval
it is and, per person, what changed since the one before — so a sheet printed earlier can be told apart from it."""

import re
import shutil
import subprocess
from datetime import date, time

import openpyxl
import pytest

from app.awards.payout import write_payout
from app.awards.receipt import receipt_sections, write_receipt
from app.i18n import set_language

from .conftest import SEP, draft_of
from .test_payout_receipt import Q3, _find, _rows


def _sheet(shop, tmp_path, name="pay.xlsx"):
    write_payout(shop, SEP, tmp_path / name)
    return _rows(openpyxl.load_workbook(tmp_path / name)["发放表"])


def _notes(rows):
    return [r[0] for r in rows if isinstance(r[0], str) and all(v is None for v in r[1:])]


def test_a_reapproved_month_is_paid_as_reapproved_and_its_changes_are_said(shop, team, tmp_path):
    shop.awards.approve(SEP)
    shop.awards.approve(Q3)
    first = _sheet(shop, tmp_path, "first.xlsx")
    assert not any("重新批准" in note or "次批准" in note for note in _notes(first))
    shop.events.add(date(2026, 9, 20), team["甲"], "投诉", confirm_approved=True)
    shop.events.add(date(2026, 9, 21), team["丙"], "表扬", confirm_approved=True)
    shop.awards.approve(SEP)

    rows = _sheet(shop, tmp_path)
    header = _find(rows, "编号")
    col = {name: i for i, name in enumerate(header) if name}
    by_name = {r[1]: r for r in rows if isinstance(r[0], int)}
    assert by_name["甲"][col["奖金实发"]] == 2140 - 200  # the current figures: the complaint is deducted
    notes = _notes(rows)
    included = next(n for n in notes if n.startswith("包含："))
    assert "2026年9月（" in included and "第 2 次批准）" in included
    assert "2026年第三季度（" in included and "第 2 次" not in included.split("2026年第三季度")[1]
    said = next(i for i, n in enumerate(notes) if n.startswith("2026年9月 是第 2 次批准"))
    assert "上次批准" in notes[said] and "的变化" in notes[said]
    changes = notes[said + 1:said + 4]
    assert changes == ["  甲：奖金实发 ¥640.00 → ¥440.00（新增 投诉扣款 -¥200.00）",
                       "  丙：奖金实发 ¥30.00 → ¥60.00（表扬奖 ¥30.00 → ¥60.00）",
                       "  2026年9月 个人奖金实发合计 ¥470.00 → ¥300.00"]  # 甲 ¥640 − 乙's complaint ¥200 + 丙 ¥30


def _pdf_text(path):
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return out.replace("\n", "")


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="needs poppler's pdftotext")
def test_the_receipt_of_a_reapproved_month_names_the_approval_and_the_persons_change(shop, team, tmp_path):
    shop.awards.approve(SEP)
    shop.awards.approve(Q3)
    shop.events.add(date(2026, 9, 20), team["甲"], "投诉", confirm_approved=True)
    shop.awards.approve(SEP)
    jia = _pdf_text(write_receipt(shop, SEP, team["甲"], tmp_path / "甲.pdf"))
    assert "2026年9月（" in jia and "第 2 次批准）" in jia
    assert re.search(r"与上次批准（[^）]+）相比：奖金实发 ¥640\.00 → ¥440\.00（新增 投诉扣款 -¥200\.00）", jia), jia
    yi = _pdf_text(write_receipt(shop, SEP, team["乙"], tmp_path / "乙.pdf"))
    assert "第 2 次批准" in yi and "相比" not in yi  # 乙's lines are as they were


def test_the_receipt_window_names_the_approval_in_its_language(shop, team, approval_times):
    approval_times.extend([time(9, 5), time(9, 6), time(16, 40)])
    shop.awards.approve(SEP)
    shop.awards.approve(Q3)
    shop.events.add(date(2026, 9, 20), team["甲"], "投诉", confirm_approved=True)
    shop.awards.approve(SEP)
    sections, _draft = receipt_sections(shop, SEP, team["甲"])
    assert [s.title for s in sections] == ["2026年9月（2026年10月20日 16:40 第 2 次批准）",
                                         "2026年第三季度（2026年10月20日 09:06 批准）"]
    set_language("en")
    try:
        assert sections[0].title == "2026-09 (approved 2026-10-20 16:40, approval 2)"
    finally:
        set_language("zh")


def test_a_department_renamed_between_approvals_is_no_team_line_removed_and_added(shop, team, tmp_path):
    shop.awards.approve(SEP)
    shop.awards.approve(Q3)
    dept = next(d for d in shop.store.departments.list() if d.name == "客服部")
    shop.staff.rename_department(dept.id, "客服一部", confirm_approved=True)
    shop.events.add(date(2026, 9, 22), team["乙"], "投诉", confirm_approved=True)
    shop.awards.approve(SEP, confirm=True)
    notes = _notes(_sheet(shop, tmp_path))
    said = next(i for i, n in enumerate(notes) if n.startswith("2026年9月 是第 2 次批准"))
    assert notes[said + 1:said + 3] == ["  乙：奖金实发 -¥200.00 → -¥400.00（投诉扣款 -¥200.00 → -¥400.00）",
                                           "  2026年9月 个人奖金实发合计 ¥470.00 → ¥270.00"]
    assert not any("（团队）" in n for n in notes)  # 优秀部门 ¥500.00 went to the same department both times


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="needs poppler's pdftotext")
def test_the_receipt_of_a_person_whose_awards_all_went_in_the_approval_again_says_so(shop, team, tmp_path):
    """丙 is still paid (fixed pay): her 计算单 printed from the first approval showed 表扬奖 ¥30.00, the new one
    names the period and what went, rather than only 「本月没有奖项或扣款」."""
    shop.awards.approve(SEP)
    shop.awards.approve(Q3)
    praise = shop.events.between(date(2026, 9, 1), date(2026, 9, 30), team["丙"])
    shop.events.delete(praise[0].id, confirm_approved=True)
    shop.awards.approve(SEP, confirm=True)
    sections, _draft = receipt_sections(shop, SEP, team["丙"])
    assert [s.lines for s in sections] == [[]]
    assert re.fullmatch(r"与上次批准（[^）]+）相比：奖金实发 ¥30\.00 → ¥0\.00（取消 表扬奖 ¥30\.00）", sections[0].change)
    bing = _pdf_text(write_receipt(shop, SEP, team["丙"], tmp_path / "丙.pdf"))
    assert re.search(r"2026年9月（2026年10月20日 \d\d:\d\d 第 2 次批准）", bing) and "取消 表扬奖 ¥30.00" in bing
    assert "本月没有奖项或扣款。" in bing and "计算说明" not in bing  # no table of lines for a period without any


def test_the_notes_name_people_as_the_sheet_rows_do(shop, team, tmp_path):
    """甲, renamed 甲晓 between the approvals: her row and her change are under the one name."""
    shop.awards.approve(SEP)
    shop.awards.approve(Q3)
    shop.staff.edit(team["甲"], draft_of(shop.staff.get(team["甲"]), name="甲晓"), confirm_approved=True)
    shop.events.add(date(2026, 9, 20), team["甲"], "投诉", confirm_approved=True)
    shop.awards.approve(SEP, confirm=True)
    rows = _sheet(shop, tmp_path)
    assert "甲晓" in [r[1] for r in rows if isinstance(r[0], int)]
    assert "  甲晓：奖金实发 ¥640.00 → ¥440.00（新增 投诉扣款 -¥200.00）" in _notes(rows)


def test_the_receipt_names_the_plan_the_persons_lines_came_from(shop, team, tmp_path):
    """甲's lines follow 客服方案 and 丙's 售后方案: the 计算单 named the awards and the rules, not the plan."""
    shop.awards.approve(SEP)
    shop.awards.approve(Q3)
    sections, _draft = receipt_sections(shop, SEP, team["甲"])
    assert sections[0].plans == ("客服方案",)
    assert receipt_sections(shop, SEP, team["丙"])[0][0].plans == ("售后方案",)
    if shutil.which("pdftotext"):
        assert "方案：客服方案" in _pdf_text(write_receipt(shop, SEP, team["甲"], tmp_path / "甲.pdf"))


def test_the_change_since_the_last_approval_is_said_in_the_windows_language_and_printed_in_chinese(
        shop, team, tmp_path, approval_times):
    approval_times.extend([time(9, 5), time(9, 6), time(16, 40)])
    shop.awards.approve(SEP)
    shop.awards.approve(Q3)
    shop.events.add(date(2026, 9, 20), team["甲"], "投诉", confirm_approved=True)
    shop.awards.approve(SEP)
    set_language("en")
    try:
        sections, _draft = receipt_sections(shop, SEP, team["甲"])
        assert sections[0].change == ("Compared with the previous approval (2026-10-20 09:05): net bonus ¥640.00 → ¥440.00 "
                                      "(added 投诉扣款 -¥200.00)")
        if shutil.which("pdftotext"):  # the printed 计算单 is a Chinese document whatever the window's language
            printed = _pdf_text(write_receipt(shop, SEP, team["甲"], tmp_path / "甲.pdf"))
            assert "与上次批准（2026年10月20日 09:05）相比：奖金实发 ¥640.00 → ¥440.00（新增 投诉扣款 -¥200.00）" in printed
    finally:
        set_language("zh")
