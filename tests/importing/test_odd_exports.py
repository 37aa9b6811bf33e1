"""Exports an owner tidied or a tool laid out oddly: a GBK CSV under title lines, an xlsx with merged header cells
and with a day's date merged down over its rows, totals lines between the rows."""

from __future__ import annotations

from datetime import date

import openpyxl
import pytest

from app.domain import StaffDraft

from .conftest import write_csv

D15 = date(2026, 10, 15)
STAFF = (("刘佳怡", "小橙子旗舰店:小鹿"), ("孙悦", "小橙子旗舰店:小美"), ("王丽娟", "小橙子旗舰店:阿杰"))


@pytest.fixture
def staff(shop):
    return {name: shop.staff.add(StaffDraft(name, aliases=(alias,))).id for name, alias in STAFF}


def test_a_gbk_csv_under_a_title_and_an_export_time(tmp_path, shop, run, staff):
    rows = [["客服绩效报表（2026-10-14 至 2026-10-15）", "", ""], ["导出时间：2026-10-19 09:12:33"], [],
            ["日期", "客服", "销售额", "询单->最终付款人数"]]
    rows += [[f"2026-10-{d}", alias, f"{1234.5 + d:,.2f}", str(d)] for d in (14, 15) for _, alias in STAFF]
    plan, import_id = run(write_csv(tmp_path / "客服绩效.csv", rows, "gbk"))
    assert import_id and not plan.errors
    f = plan.files[0]
    assert (f.encoding, f.header_row, f.period, f.new) == ("gb18030", 4, (date(2026, 10, 14), D15), 6)
    assert shop.store.values.get("sales", D15, staff["孙悦"]) == 124950


def _merged_header_book(path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["小橙子旗舰店 客服绩效日报 统计时间：2026-10-15"])
    sheet.append(["客服", "日期", "询单->最终付款", None, "服务满意度评价", None])
    sheet.append([None, None, "人数", "金额", "很满意", "满意"])
    for cells in ("A1:F1", "A2:A3", "B2:B3", "C2:D2", "E2:F2"):
        sheet.merge_cells(cells)
    for i, (_, alias) in enumerate(STAFF):
        sheet.append([alias, "2026-10-15", 10 + i, 1500.5 + i, 5 + i, 2])
    book.save(path)
    return path


def test_an_xlsx_with_merged_header_cells(tmp_path, shop, run, staff):
    plan, import_id = run(_merged_header_book(tmp_path / "合并表头.xlsx"))
    assert import_id and not plan.errors
    f = plan.files[0]
    assert (f.header_row, f.header_rows, f.new) == (2, 2, 3)
    assert f.columns["询单->最终付款/金额"] == "sales" and f.columns["服务满意度评价/很满意"] == "ratings"
    assert shop.store.values.get("paying", D15, staff["王丽娟"]) == 12
    assert shop.store.values.get("ratings", D15, staff["王丽娟"]) == 9


def _day_merged_down(path, days=(14, 15)):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["日期", "客服", "销售额"])
    for n, day in enumerate(days):
        for i, (_, alias) in enumerate(STAFF):
            sheet.append([f"2026-10-{day}" if i == 0 else None, alias, 100 * (i + 1)])
        first = 2 + n * len(STAFF)
        sheet.merge_cells(f"A{first}:A{first + len(STAFF) - 1}")
    book.save(path)
    return path


def test_a_date_merged_down_over_a_days_rows_is_each_rows_date(tmp_path, shop, run, staff):
    plan, import_id = run(_day_merged_down(tmp_path / "日期合并.xlsx"))
    assert import_id and not plan.errors  # was: 「日期为空」 on every row under the first of each day
    assert plan.files[0].new == 6
    assert shop.store.values.get("sales", D15, staff["王丽娟"]) == 30000
    assert shop.store.values.get("sales", date(2026, 10, 14), staff["孙悦"]) == 20000
    assert "「日期」列有合并的单元格（如第 2–4 行）：合并范围内的每一行都按它的值读取" in plan.files[0].notes


def test_an_empty_date_outside_any_merge_is_still_an_error(tmp_path, shop, imports, staff):
    path = _day_merged_down(tmp_path / "日期合并.xlsx", days=(15,))
    book = openpyxl.load_workbook(path)
    book.active.append([None, "小橙子旗舰店:小鹿", 5])
    book.save(path)
    [error] = imports.preview([path]).errors
    assert (error.row, error.reason) == (5, "日期为空")


def test_totals_lines_between_groups_and_at_the_end_are_skipped(tmp_path, shop, run, staff):
    rows = [["日期", "客服", "销售额", "询单人数"],
            ["2026-10-15", "小橙子旗舰店:小鹿", "800", "20"], ["2026-10-15", "小橙子旗舰店:小美", "900", "21"],
            ["合计", "", "1700", "41"],
            ["2026-10-15", "小橙子旗舰店:阿杰", "300", "5"], ["2026-10-15", "", "300", "5"],
            ["", "总计", "2000", "46"]]
    plan, import_id = run(write_csv(tmp_path / "分组合计.csv", rows, "gbk"))
    assert import_id and not plan.errors
    assert plan.files[0].totals_rows == [4, 6, 7] and plan.files[0].new == 3
    assert "第 4 行是夹在数据中间的合计行（如「合计」「小计」），已跳过，没有计入任何人" in plan.files[0].notes  # was: only counted
    assert shop.store.values.get("sales", D15, staff["王丽娟"]) == 30000


def test_a_date_spanning_rows_of_an_html_table_is_each_rows_date(tmp_path, shop, run, staff):
    page = ("<html><body><table><tr><th>日期</th><th>客服</th><th>销售额</th></tr>"
            "<tr><td rowspan=\"3\">2026-10-15</td><td>小橙子旗舰店:小鹿</td><td>1</td></tr>"
            "<tr><td>小橙子旗舰店:小美</td><td>2</td></tr><tr><td>小橙子旗舰店:阿杰</td><td>3</td></tr></table></body></html>")
    path = tmp_path / "日报.xls"
    path.write_bytes(page.encode("gbk"))
    plan, import_id = run(path)
    assert import_id and not plan.errors
    assert shop.store.values.get("sales", D15, staff["王丽娟"]) == 300


def test_last_decembers_month_and_day_dates_imported_in_january_are_last_december(tmp_path, shop, imports, run,
                                                                                    staff):
    """The wizard offers the current month for a file whose dates have no year: in January, December's report
    (12月1日 …) was read as next December, every row refused as a day still to come."""
    from dataclasses import replace

    from app.periods import Month

    imports.ctx = replace(imports.ctx, today=date(2027, 1, 2))
    report = write_csv(tmp_path / "客服日报.csv", [["日期", "客服", "销售额"], ["12月1日", "小橙子旗舰店:小美", "100"],
                                                   ["12月31日", "小橙子旗舰店:小美", "200"]])
    plan, import_id = run(report, month=Month(2027, 1), month_where_needed=True)
    assert import_id and not plan.errors
    assert shop.store.values.get("sales", date(2026, 12, 1), staff["孙悦"]) == 10000
    assert shop.store.values.get("sales", date(2026, 12, 31), staff["孙悦"]) == 20000


@pytest.mark.parametrize("header", ["统计周期", "日期范围"])
def test_a_column_naming_the_period_as_a_title_line_would_gives_each_rows_span(tmp_path, shop, run, staff, header):
    """A month-to-date export with its span in a 统计周期 column: the column was ignored, the file refused as having
    no dates, and with the month given its 18 days were stored as the whole month's totals."""
    rows = [[header, "客服", "销售额"], ["2026-10-01~2026-10-18", "小橙子旗舰店:小美", "80,320.15"]]
    plan, import_id = run(write_csv(tmp_path / "客服绩效.csv", rows, "gbk"))
    assert import_id and not plan.errors
    assert shop.store.db.execute("SELECT start, end, value FROM period_value WHERE metric = 'sales'").fetchall() == [
        ("2026-10-01", "2026-10-18", 8032015)]


def test_a_daily_export_with_a_period_column_beside_its_date_column_stays_daily(tmp_path, shop, run, staff):
    rows = [["统计周期", "日期", "客服", "销售额"], ["2026-10-01~2026-10-18", "2026-10-15", "小橙子旗舰店:小美", "88"]]
    plan, import_id = run(write_csv(tmp_path / "客服日报.csv", rows, "gbk"))
    assert import_id and plan.files[0].columns["日期"] == "date"
    assert shop.store.values.get("sales", D15, staff["孙悦"]) == 8800
