"""Period reports (生意参谋, 赤兔) that give each row's span in two columns, 开始日期 | 结束日期 (统计开始时间 |
统计结束时间 …): read as the span a 统计周期 column's 2026-10-01~2026-10-18 gives, by the same rules. They were
read as having no date at all: refused for want of a month, or with --month stored as the whole month's totals."""

from __future__ import annotations

import shutil
from datetime import date, time

import openpyxl
import pytest

from app.domain import StaffDraft

from .conftest import FIXTURES, write_csv

STAFF = (("刘佳怡", "小橙子旗舰店:小鹿"), ("孙悦", "小橙子旗舰店:小美"), ("王丽娟", "小橙子旗舰店:阿杰"))
CHITU = "赤兔_客服绩效_自定义时间段.xlsx"  # 开始日期 | 结束日期 as Excel dates, a title, the shop line, 合计
SYCM = "生意参谋_客服绩效_统计开始结束.csv"  # GBK, 统计开始时间 | 统计结束时间 with times, ￥ amounts, 合计


@pytest.fixture
def staff(shop):
    return {name: shop.staff.add(StaffDraft(name, aliases=(alias,))).id for name, alias in STAFF}


def _stored(shop, metric="sales"):
    return shop.store.db.execute("SELECT staff_id, start, end, value FROM period_value WHERE metric = ? "
                                 "ORDER BY staff_id", (metric,)).fetchall()


@pytest.mark.parametrize("name", [CHITU, SYCM])
def test_a_period_report_with_its_span_in_two_columns_is_stored_for_that_span(tmp_path, shop, run, staff, name):
    path = tmp_path / name
    shutil.copyfile(FIXTURES / name, path)
    plan, import_id = run(path)
    assert import_id and not plan.errors
    f = plan.files[0]
    assert (f.period, f.target, f.new, f.totals_rows) == ((date(2026, 10, 1), date(2026, 10, 18)), "period", 3,
                                                          [7 if name == CHITU else 6])
    start, end = ("开始日期", "结束日期") if name == CHITU else ("统计开始时间", "统计结束时间")
    assert (f.columns[start], f.columns[end]) == ("date", "date_end")
    assert start not in f.ignored_columns and end not in f.ignored_columns
    assert _stored(shop) == [(staff["刘佳怡"], "2026-10-01", "2026-10-18", 5231050),
                             (staff["孙悦"], "2026-10-01", "2026-10-18", 8032015),
                             (staff["王丽娟"], "2026-10-01", "2026-10-18", 3187700)]


@pytest.mark.parametrize("headers", [("开始日期", "结束日期"), ("起始日期", "截止日期"), ("统计开始", "统计结束"),
                                     ("开始时间", "结束时间")])
def test_each_pair_of_headers_reads_as_the_single_period_column_does(tmp_path, shop, run, staff, headers):
    two = write_csv(tmp_path / "两列.csv", [[*headers, "客服", "销售额"],
                                          ["2026/10/1", "2026/10/18", "小橙子旗舰店:小美", "80,320.15"]], "gbk")
    one = write_csv(tmp_path / "一列.csv", [["统计周期", "客服", "销售额"],
                                          ["2026-10-01~2026-10-18", "小橙子旗舰店:小美", "80,320.15"]], "gbk")
    plan, import_id = run(two)
    assert import_id and not plan.errors
    again, _ = run(one)
    assert (again.files[0].new, again.files[0].unchanged) == (0, 1)  # the very same row
    assert _stored(shop) == [(staff["孙悦"], "2026-10-01", "2026-10-18", 8032015)]


def test_a_span_over_two_months_says_so_as_in_one_column(tmp_path, shop, run, staff):
    path = write_csv(tmp_path / "跨月.csv", [["开始日期", "结束日期", "客服", "销售额"],
                                           ["2026-09-28", "2026-10-03", "小橙子旗舰店:小美", "1000"]], "gbk")
    plan, _ = run(path)
    assert not plan.errors
    assert [n for n in plan.files[0].notes if "跨了月份" in n] == [
        "统计时间 2026年9月28日 至 2026年10月3日 跨了月份：看板和评奖按自然月计算，跨月的合计不计入任何一个月；请按月导出（每月 1 日起）再导入"]


def test_bad_cells_of_either_column_are_errors_naming_that_column_and_nothing_is_written(tmp_path, shop, imports,
                                                                                         staff):
    rows = [["开始日期", "结束日期", "客服", "销售额"],
            ["2026-10-18", "2026-10-01", "小橙子旗舰店:小美", "1"],  # the end before the start
            ["2026-10-01", "", "小橙子旗舰店:小鹿", "2"],
            ["2026-10-32", "2026-10-18", "小橙子旗舰店:阿杰", "3"],
            ["2026-10-25", "2026-10-31", "小橙子旗舰店:小美", "4"]]  # today is 20 October
    plan = imports.preview([write_csv(tmp_path / "区间.csv", rows, "gbk")])
    assert [e.message() for e in plan.errors] == [
        "区间.csv 第 2 行「结束日期」列：「2026-10-01」早于「开始日期」列的 2026年10月18日，统计时间的结束不能在开始之前",
        "区间.csv 第 3 行「结束日期」列：日期为空",
        "区间.csv 第 4 行「开始日期」列：「2026-10-32」不是有效的日期",
        "区间.csv 第 5 行「开始日期」列：「2026-10-25」日期 2026年10月25日 至 2026年10月31日 还没到（今天是 2026年10月20日），不能导入"]
    assert plan.blocking()
    assert _stored(shop) == []


def test_a_date_column_beside_them_is_read_by_day_and_one_of_them_alone_is_not_read(tmp_path, shop, run, staff):
    daily = write_csv(tmp_path / "日报.csv", [["日期", "开始日期", "结束日期", "客服", "销售额"],
                                            ["2026-10-05", "2026-10-01", "2026-10-18", "小橙子旗舰店:小美", "100"]])
    plan, _ = run(daily)
    assert plan.files[0].target == "daily" and plan.files[0].ignored_columns == ["开始日期", "结束日期"]
    assert shop.store.values.get("sales", date(2026, 10, 5), staff["孙悦"]) == 10000
    alone = write_csv(tmp_path / "只有开始.csv", [["开始日期", "客服", "销售额"], ["2026-10-01", "小橙子旗舰店:小美", "1"]])
    plan, import_id = run(alone)
    assert import_id is None and plan.files[0].ignored_columns == ["开始日期"] and plan.files[0].needs_month


@pytest.mark.parametrize("times", [("09:00:00", "18:00:00"), (time(9), time(18, 30))])
def test_start_and_end_holding_times_of_day_are_not_a_span(tmp_path, shop, run, staff, times):
    """开始时间 | 结束时间 may be a shift's or a session's times of day (text, or Excel times): the report was read by
    its title's period with them left unread, and then refused, every row's 09:00 not being a date."""
    book = openpyxl.Workbook()
    for row in (["统计时间：2026-10-01 至 2026-10-18"], ["客服", "开始时间", "结束时间", "销售额"],
                ["小橙子旗舰店:小美", *times, 100], ["小橙子旗舰店:小鹿", *times, 200]):
        book.active.append(row)
    path = tmp_path / "班次.xlsx"
    book.save(path)
    plan, import_id = run(path)
    assert import_id and not plan.errors
    f = plan.files[0]
    assert (f.target, f.ignored_columns, "开始时间" in f.columns) == ("period", ["开始时间", "结束时间"], False)
    assert _stored(shop) == [(staff["刘佳怡"], "2026-10-01", "2026-10-18", 20000),
                             (staff["孙悦"], "2026-10-01", "2026-10-18", 10000)]
