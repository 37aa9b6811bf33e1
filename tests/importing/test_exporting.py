"""Excel export: formats, frozen header, fitted widths, and no formula injection from user text."""

from __future__ import annotations

import zipfile
from dataclasses import replace
from datetime import date

import openpyxl
import pytest

from app.domain import StaffDraft
from app.exporting import export_month, needs_escape
from app.periods import Month


@pytest.mark.parametrize("text, escape", [
    ("=HYPERLINK(\"http://x\")", True), ("+1+1", True), ("-2+3", True), ("@SUM(A1)", True), ("\tx", True),
    ("\r=1", True), ("-12.5", False), ("+3", False), ("小美", False), ("a=b", False),
])
def test_needs_escape(text, escape):
    assert needs_escape(text) is escape


def test_user_text_never_becomes_a_formula(tmp_path, shop):
    evil = shop.staff.add(StaffDraft("=cmd|' /C calc'!A0", dept="@SUM(1+1)"))
    shop.data.set_value(date(2026, 10, 1), evil.id, shop.metrics.get("sales"), 12345)
    path = export_month(shop.store, shop.metrics, Month(2026, 10), tmp_path / "out.xlsx", daily=True)
    with zipfile.ZipFile(path) as z:
        sheets = [z.read(n).decode() for n in z.namelist() if n.startswith("xl/worksheets/sheet")]
    assert all("<f>" not in xml for xml in sheets)
    book = openpyxl.load_workbook(path)
    cell = book.worksheets[0]["A2"]
    assert cell.value == "=cmd|' /C calc'!A0" and cell.data_type == "s" and cell.quotePrefix
    assert book.worksheets[0]["B2"].quotePrefix


def test_formats_frozen_header_and_widths(tmp_path, shop):
    person = shop.staff.add(StaffDraft("小美"))
    for metric, value in (("sales", 1250000), ("paying", 4), ("inquiries", 10), ("satisfied", 9), ("ratings", 10)):
        shop.data.set_value(date(2026, 10, 1), person.id, shop.metrics.get(metric), value)
    path = export_month(shop.store, shop.metrics, Month(2026, 10), tmp_path / "out.xlsx")
    sheet = openpyxl.load_workbook(path).worksheets[0]
    headers = [c.value for c in sheet[1]]
    row = dict(zip(headers, sheet[2], strict=True))
    assert row["销售额"].value == 12500 and row["销售额"].number_format == "¥#,##0.00"
    assert row["询单转化率"].value == pytest.approx(0.4) and row["询单转化率"].number_format == "0.00%"
    assert row["满意率"].value == pytest.approx(0.9)
    assert row["客单价"].value == 3125 and row["客单价"].number_format == "¥#,##0.00"
    assert sheet.freeze_panes == "A2"
    assert sheet.column_dimensions["C"].width >= len("12,500.00")


def test_month_totals_fill_in_where_daily_data_is_absent(tmp_path, shop, imports):
    from .conftest import write_csv
    shop.staff.add(StaffDraft("小美"))
    path = write_csv(tmp_path / "月报_2026-10-01至2026-10-31.csv", [["客服", "销售额"], ["小美", "300"]])
    imports.ctx = replace(imports.ctx, today=date(2026, 11, 2))  # October has ended
    imports.commit(imports.preview([path]))
    out = export_month(shop.store, shop.metrics, Month(2026, 10), tmp_path / "out.xlsx")
    sheet = openpyxl.load_workbook(out).worksheets[0]
    assert sheet["C2"].value == 300


def test_export_needs_xlsx_name(tmp_path, shop):
    from app.errors import UserError
    with pytest.raises(UserError, match=".xlsx"):
        export_month(shop.store, shop.metrics, Month(2026, 10), tmp_path / "out.csv")


def test_a_full_disk_during_export_leaves_no_half_file_and_says_so(tmp_path, shop, monkeypatch):
    from app.errors import UserError

    shop.staff.add(StaffDraft("小美"))
    before = list(shop.store.db.conn.iterdump())

    def full(self, filename):
        with open(filename, "wb") as f:
            f.write(b"PK")  # a few bytes, then the disk is full
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("openpyxl.workbook.workbook.Workbook.save", full)
    with pytest.raises(UserError, match="out.xlsx」：磁盘空间不足"):  # the file named, the reason in Chinese
        export_month(shop.store, shop.metrics, Month(2026, 10), tmp_path / "out.xlsx")
    assert list(tmp_path.glob("*.xlsx")) == [] and list(tmp_path.glob(".*")) == []
    assert list(shop.store.db.conn.iterdump()) == before


def test_audit_log_export(tmp_path, shop):
    from app.exporting import export_audit

    shop.staff.add(StaffDraft("=小美"))
    path = export_audit(shop.store, tmp_path / "操作日志.xlsx")
    sheet = openpyxl.load_workbook(path).worksheets[0]
    assert [c.value for c in sheet[1]] == ["时间", "操作人", "操作", "内容", "用了店主密码"]
    assert sheet["C2"].value == "staff.add" and "=小美" in sheet["D2"].value
    assert sheet.max_row == 1 + shop.store.audit.count()


def test_the_audit_export_names_whom_a_departments_target_changed(tmp_path, shop):
    from app.exporting import export_audit
    from app.periods import Month

    for name in ("宋佳", "刘佳怡"):
        shop.staff.add(StaffDraft(name, dept="客服部"))
    sales = shop.metrics.get("sales")
    shop.targets.set_department(Month(2026, 10), "客服部", sales, 500_000)
    sheet = openpyxl.load_workbook(export_audit(shop.store, tmp_path / "操作日志.xlsx")).worksheets[0]
    assert sheet["C2"].value == "target.set_department"
    assert sheet["D2"].value.endswith("（涉及：宋佳（#1）、刘佳怡（#2））")


def test_the_export_counts_what_the_board_counts(tmp_path, shop):
    person = shop.staff.add(StaffDraft("小美"))
    shop.set_today(date(2026, 11, 2))
    shop.data.set_value(date(2026, 10, 5), person.id, shop.metrics.get("sales"), 999)  # held by the report below
    with shop.store.atomic():
        shop.store.db.execute("INSERT INTO period_value (metric, start, end, staff_id, value) "
                              "VALUES ('sales', '2026-10-01', '2026-10-19', ?, 190000)", [person.id])
    shop.data.set_value(date(2026, 10, 25), person.id, shop.metrics.get("sales"), 10_000)
    out = export_month(shop.store, shop.metrics, Month(2026, 10), tmp_path / "out.xlsx")
    sheet = openpyxl.load_workbook(out).worksheets[0]
    assert sheet["C2"].value == 2000  # ¥1,900 reported for 1–19 + ¥100 on the 25th
    assert shop.progress(Month(2026, 10), as_of=date(2026, 10, 31)).people[0].line.value == 200_000
