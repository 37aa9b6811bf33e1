"""Two approvals of one period on one day are told apart: wherever an approval is named (the payout sheet's
header and notes, the 计算单 in the window and printed, `awards status`) its time is given to the minute; a
date kept without its time (an older file, another program) is shown as that date alone, never as midnight."""

import json
import sqlite3
from datetime import time

import openpyxl
import pytest

from app.awards.payout import write_payout
from app.awards.receipt import receipt_payslip
from app.cli import main
from app.clock import document_stamp, shown_stamp
from app.i18n import set_language
from app.periods import Quarter

from .conftest import SEP


@pytest.fixture
def twice(shop, team, approval_times):
    """September approved at 09:05, then again at 16:40 the same day after 甲's complaint."""
    approval_times.extend([time(9, 5), time(9, 6), time(16, 40)])
    shop.awards.approve(SEP)
    shop.awards.approve(Quarter(2026, 3))  # paid in September too
    shop.events.add(SEP.start.replace(day=20), team["甲"], "投诉", confirm_approved=True)
    shop.awards.approve(SEP)
    return team


def _sheet_text(path) -> list[str]:
    return [str(cell) for row in openpyxl.load_workbook(path)["发放表"].iter_rows(values_only=True)
            for cell in row if cell]


def test_the_payout_sheet_names_both_approvals_of_one_day_by_their_time(shop, twice, tmp_path):
    write_payout(shop, SEP, tmp_path / "pay.xlsx")
    cells = _sheet_text(tmp_path / "pay.xlsx")
    included = next(cell for cell in cells if cell.startswith("包含："))
    assert "2026年9月（2026年10月20日 16:40 第 2 次批准）" in included
    assert any("第 2 次批准（2026年10月20日 16:40）" in cell and "上次批准（2026年10月20日 09:05）" in cell
               for cell in cells)


def test_the_receipt_names_the_approval_by_its_time(shop, twice):
    sections, _draft, _slip = receipt_payslip(shop, SEP, twice["甲"])
    assert sections[0].document_title == "2026年9月（2026年10月20日 16:40 第 2 次批准）"
    assert sections[0].title == "2026年9月（2026年10月20日 16:40 第 2 次批准）"
    assert sections[0].change.startswith("与上次批准（2026年10月20日 09:05）相比：")
    set_language("en")
    try:
        assert sections[0].title == "2026-09 (approved 2026-10-20 16:40, approval 2)"
        assert sections[0].document_title == "2026年9月（2026年10月20日 16:40 第 2 次批准）"  # a Chinese document
    finally:
        set_language("zh")


def test_the_command_says_the_time_and_its_json_keeps_its_keys(shop, twice, db_path, capsys, monkeypatch):
    monkeypatch.delenv("HONGHUA_TODAY", raising=False)
    shop.close()
    capsys.readouterr()
    assert main(["--db", str(db_path), "--today", "2026-10-20", "awards", "status", "--period", "2026-09"]) == 0
    assert "已于 2026年10月20日 16:40 批准" in capsys.readouterr().out
    assert main(["--db", str(db_path), "--today", "2026-10-20", "awards", "status", "--period", "2026-09",
                 "--json"]) == 0
    status = json.loads(capsys.readouterr().out)
    assert status["approved"] is True and status["approved_at"] == "2026-10-20T16:40:00"


def test_an_approval_kept_without_its_time_shows_the_date_alone(shop, team, db_path, tmp_path, capsys,
                                                                  monkeypatch):
    shop.awards.approve(SEP)
    shop.awards.approve(Quarter(2026, 3))
    shop.close()
    with sqlite3.connect(db_path) as conn:  # as a file written without the time of day keeps it
        conn.execute("UPDATE award_run SET approved_at = '2026-10-20'")
    conn.close()
    assert shown_stamp("2026-10-20") == "2026年10月20日" and document_stamp("2026-10-20") == "2026年10月20日"
    monkeypatch.delenv("HONGHUA_TODAY", raising=False)
    capsys.readouterr()
    assert main(["--db", str(db_path), "--today", "2026-10-20", "awards", "status", "--period", "2026-09"]) == 0
    out = capsys.readouterr().out
    assert "已于 2026年10月20日 批准" in out and "00:00" not in out
    assert main(["--db", str(db_path), "--today", "2026-10-20", "payout", "--month", "2026-09",
                 "-o", str(tmp_path / "pay.xlsx")]) == 0
    included = next(cell for cell in _sheet_text(tmp_path / "pay.xlsx") if cell.startswith("包含："))
    assert "2026年9月（2026年10月20日 批准）" in included and "00:00" not in included
