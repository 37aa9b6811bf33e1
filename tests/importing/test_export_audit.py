"""What a second audit of real seller-tool exports (千牛 客服绩效, 赤兔 月度, 生意参谋) found: a rate column whose
header says it is in percent, ratios above 100 % written bare, timestamps with fractions of a second, an Excel
lock file picked with the reports, names with an invisible character or a rare character lost to GBK."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain import StaffDraft
from app.importing import ImportOptions
from app.periods import Month

from .conftest import write_csv

D1 = date(2026, 10, 1)
OCT = (date(2026, 10, 1), date(2026, 10, 31))


# ---- a rate column whose header carries its unit: 退款率(%) with 0.85 is 0.85 %, not 85 %
@pytest.mark.parametrize("header", ["退款率(%)", "退款率（%）", "退款率%", "退款率 (%)"])
def test_small_bare_numbers_under_a_percent_header_are_percents(tmp_path, shop, run, people, header):
    path = write_csv(tmp_path / "r.csv", [["日期", "客服", header], ["2026-10-01", "旗舰店:小美", "0.85"],
                                          ["2026-10-01", "阿强", "0.12"]])
    plan, import_id = run(path)
    assert import_id and plan.files[0].columns[header] == "refund_rate"
    assert shop.store.values.get("refund_rate", D1, people["小美"]) == 85  # 0.85 %, in hundredths of a percent
    assert shop.store.values.get("refund_rate", D1, people["阿强"]) == 12


def test_a_percent_header_still_reads_percent_signs_and_large_numbers(tmp_path, shop, run, people):
    path = write_csv(tmp_path / "r.csv", [["日期", "客服", "回复率(%)", "询单转化率(%)"],
                                          ["2026-10-01", "旗舰店:小美", "99.5", "35.00%"], ["2026-10-01", "阿强", "100", "40"]])
    _, import_id = run(path)
    assert import_id
    assert shop.store.values.get("reply_rate", D1, people["小美"]) == 9950
    assert shop.store.values.get("conversion_rate", D1, people["小美"]) == 3500
    assert shop.store.values.get("conversion_rate", D1, people["阿强"]) == 4000


# ---- 答问比 (replies per question) is mostly above 1: 1.25 written bare is 125 %, not 1.25 %
def test_an_answer_ratio_written_as_a_plain_ratio(tmp_path, shop, run, people):
    path = write_csv(tmp_path / "r.csv", [["日期", "客服", "答问比"], ["2026-10-01", "旗舰店:小美", "1.25"],
                                          ["2026-10-01", "阿强", "1.8"], ["2026-10-02", "阿强", "0.9"]])
    plan, import_id = run(path)
    assert import_id
    assert shop.store.values.get("answer_ratio", D1, people["小美"]) == 12500
    assert shop.store.values.get("answer_ratio", D1, people["阿强"]) == 18000
    assert shop.store.values.get("answer_ratio", date(2026, 10, 2), people["阿强"]) == 9000
    assert not any("按百分数读取" in note for note in plan.files[0].notes)


def test_an_answer_ratio_written_in_percent_numbers(tmp_path, shop, run, people):
    path = write_csv(tmp_path / "r.csv", [["日期", "客服", "答问比"], ["2026-10-01", "旗舰店:小美", "125.5"],
                                          ["2026-10-01", "阿强", "180.00%"]])
    _, import_id = run(path)
    assert import_id
    assert shop.store.values.get("answer_ratio", D1, people["小美"]) == 12550
    assert shop.store.values.get("answer_ratio", D1, people["阿强"]) == 18000


# ---- timestamps with a fraction of a second (2026-10-01 00:00:00.0, as Java and database exports print them)
def test_a_period_title_with_fractions_of_a_second_is_the_whole_period(tmp_path, shop, run, people):
    path = write_csv(tmp_path / "月度.csv", [["客服绩效（月度）"], ["统计时间：2026-10-01 00:00:00.0 ~ 2026-10-31 23:59:59.0"],
                                           ["客服", "销售额"], ["旗舰店:小美", "80,320.15"]])
    plan, import_id = run(path)
    assert import_id and plan.files[0].target == "period" and plan.files[0].period == OCT
    assert shop.store.imports.period_totals("sales", *OCT) == {people["小美"]: 8032015}
    assert shop.store.values.count() == 0  # was: the month's sales stored as 1 October's


def test_date_cells_with_fractions_of_a_second(tmp_path, shop, run, people):
    path = write_csv(tmp_path / "日报.csv", [["日期", "客服", "销售额"], ["2026-10-01 00:00:00.0", "旗舰店:小美", "100"],
                                           ["2026-10-02 00:00:00.000", "旗舰店:小美", "200"]])
    plan, import_id = run(path)
    assert import_id and not plan.errors
    assert shop.store.values.get("sales", date(2026, 10, 2), people["小美"]) == 20000


# ---- Excel's lock file (~$报表.xlsx) picked or dropped with the report
def test_an_excel_lock_file_is_named_as_such_not_as_a_damaged_report(tmp_path, shop, imports, people):
    lock = tmp_path / "~$千牛_客服绩效.xlsx"
    lock.write_bytes(b"\x0bAdministrator" + b" " * 40 + b"\x0d\x00" + "Administrator".encode("utf-16-le")
                     + b"\x20\x00" * 44)
    [error] = imports.preview([lock]).errors
    assert "临时文件" in error.reason and "千牛_客服绩效.xlsx" in error.reason
    assert "损坏" not in error.reason


# ---- names as they arrive
def test_an_invisible_character_in_a_name_does_not_make_a_stranger(tmp_path, shop, run, people):
    path = write_csv(tmp_path / "r.csv", [["日期", "客服", "销售额"], ["2026-10-01", "旗舰店:小美\u200b", "100"],
                                          ["2026-10-01", "\ufeff阿强", "200"]])
    plan, import_id = run(path)
    assert import_id and not plan.unknown_staff
    assert shop.store.values.get("sales", D1, people["小美"]) == 10000
    assert shop.store.values.get("sales", D1, people["阿强"]) == 20000


def test_a_rare_character_lost_to_gbk_is_explained(tmp_path, shop, imports):
    """Excel saves 𠮷 (outside GBK) in a plain CSV as ?: the name then matches nobody."""
    shop.staff.add(StaffDraft("𠮷祥", aliases=("旗舰店:𠮷祥",)))
    path = write_csv(tmp_path / "r.csv", [["日期", "客服", "销售额"], ["2026-10-01", "旗舰店:?祥", "100"]], "gbk")
    plan = imports.preview([path])
    assert plan.unknown_staff == ["旗舰店:?祥"]
    [note] = [n for n in plan.files[0].notes if "?" in n]
    assert "生僻字" in note and "CSV UTF-8" in note


def test_a_gb18030_csv_keeps_the_rare_character(tmp_path, shop, run):
    ji = shop.staff.add(StaffDraft("𠮷祥", aliases=("旗舰店:𠮷祥",))).id
    path = write_csv(tmp_path / "r.csv", [["日期", "客服", "销售额"], ["2026-10-01", "旗舰店:𠮷祥", "1,000.50"]], "gb18030")
    plan, import_id = run(path)
    assert import_id and plan.files[0].encoding == "gb18030"
    assert shop.store.values.get("sales", D1, ji) == 100050


# ---- dates without a year: the month is asked for, in words that fit both the window and the command line
def test_month_and_day_dates_ask_for_the_month_and_read_with_it(tmp_path, shop, imports, run, people):
    path = write_csv(tmp_path / "客服日报.csv", [["日期", "客服", "销售额"], ["10月1日", "旗舰店:小美", "100"],
                                             ["10月2日", "旗舰店:小美", "200"]])
    plan = imports.preview([path])
    assert plan.files[0].needs_month
    assert all("--month" not in e.reason and "请指定数据所属的月份" in e.reason for e in plan.errors)
    plan, import_id = run(path, month=Month(2026, 10))
    assert import_id and shop.store.values.get("sales", date(2026, 10, 2), people["小美"]) == 20000


def test_rows_waiting_for_the_month_are_not_offered_to_be_skipped(tmp_path, shop, imports, people):
    """Every row of a file dated 10月1日 waits for the month; 「可以选择跳过出错的行」 offered to throw the whole file
    away, and on the command line --skip-errors did not help. A row wrong in itself is still offered so."""
    path = write_csv(tmp_path / "客服日报.csv", [["日期", "客服", "销售额"], ["10月1日", "旗舰店:小美", "100"],
                                             ["10月2日", "旗舰店:小美", "200"]])
    plan = imports.preview([path])
    assert plan.blocking() == ["有文件看不出是哪一年、哪个月的数据（请指定数据所属的月份）"]
    assert not plan.rows_to_skip()
    write_csv(tmp_path / "客服日报.csv", [["日期", "客服", "销售额"], ["10月1日", "旗舰店:小美", "100"],
                                      ["10月2日", "旗舰店:小美", "abc"]])
    plan = imports.preview([path], ImportOptions(month=Month(2026, 10)))
    assert plan.blocking() == ["有出错的行（可以选择跳过出错的行）"] and plan.rows_to_skip()


def test_a_total_without_any_period_asks_for_the_month(tmp_path, shop, imports, people):
    path = write_csv(tmp_path / "客服合计.csv", [["客服", "销售额"], ["旗舰店:小美", "100"]])
    plan = imports.preview([path])
    assert plan.files[0].needs_month
    [error] = plan.errors
    assert "--month" not in error.reason and "请指定数据所属的月份" in error.reason


def test_the_command_line_says_which_option_gives_the_month(tmp_path, shop, people, capsys):
    from .test_commands import cli

    path = write_csv(tmp_path / "客服日报.csv", [["日期", "客服", "销售额"], ["10月1日", "旗舰店:小美", "100"]])
    code = cli(shop, "import", str(path), "--dry-run")
    err = capsys.readouterr().err
    assert code == 2 and "--month YYYY-MM" in err


# ---- one person's sub-accounts in a month report are one person over the month, not "one day"
def test_sub_accounts_added_up_in_a_month_report_are_said_as_the_period(tmp_path, shop, run, people):
    path = write_csv(tmp_path / "月.csv", [["统计时间：2026-10-01 ~ 2026-10-31"], ["客服", "销售额", "客户满意率"],
                                          ["旗舰店:晓雯", "1,000.00", "95%"], ["分店:晓雯", "500.50", "90%"]])
    plan, import_id = run(path, skip_errors=True)
    assert import_id
    assert shop.store.imports.period_totals("sales", *OCT) == {people["晓雯"]: 150050}
    notes = "\n".join(plan.files[0].notes)
    assert "一人一天" not in notes and "这一天" not in notes
    assert "2026年10月1日 至 2026年10月31日" in notes


# ---- one person's two sub-accounts put together, then found to differ from another file of the import
def test_a_conflict_on_rows_put_together_says_so_and_counts_every_row_it_stops(tmp_path, shop, imports, people):
    import openpyxl

    daily = write_csv(tmp_path / "千牛.csv", [["日期", "客服", "询单人数"], ["2026-10-01", "晓雯", "40"]])
    book = openpyxl.Workbook()
    book.active.title = "旗舰店"
    for row in (["日期", "客服", "询单人数"], ["2026-10-01", "旗舰店:晓雯", 300]):
        book.active.append(row)
    other = book.create_sheet("分店")
    for row in (["日期", "客服", "询单人数"], ["2026-10-01", "分店:晓雯", 20]):
        other.append(row)
    book.save(tmp_path / "生意参谋.xlsx")
    plan = imports.preview([daily, tmp_path / "生意参谋.xlsx"])
    first, second = plan.errors
    assert (first.file, first.row, first.value) == ("生意参谋.xlsx 工作表「旗舰店」", 2, "320")
    assert "（本行与工作表「分店」第 2 行合并后的值）" in first.reason  # 320 is in no cell of the file
    assert (second.file, second.row) == ("生意参谋.xlsx 工作表「分店」", 2)
    assert [f.counts()["errors"] for f in plan.files] == [0, 1, 1]
    assert [f.counts()["unchanged"] for f in plan.files] == [0, 0, 0]  # was: 分店's row counted as 未变


# ---- "xls" files that are markup inside: an HTML table, Excel's XML Spreadsheet 2003 (were refused)
HTML_MONTH = """<html xmlns:x="urn:schemas-microsoft-com:office:excel"><head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}"><title>导出</title>
<style>td {{ mso-number-format: "\\@"; }}</style></head><body>
<table border="1">
<tr><td colspan="5">赤兔名品 客服绩效</td></tr>
<tr><td colspan="5">统计时间：2026-10-01 ~ 2026-10-31</td></tr>
<tr><th rowspan="2">客服昵称</th><th colspan="2">询单-&gt;最终付款</th><th rowspan="2">销售额</th><th rowspan="2">平均响应(秒)</th></tr>
<tr><th>人数</th><th>成功率</th></tr>
<tr><td>旗舰店:小美</td><td>641</td><td>40.98%</td><td>80,320.15</td><td>25</td></tr>
<tr><td>旗舰店:阿强&nbsp;</td><td>654</td><td>40.95%</td><td>82,778.62</td><td>1分05秒</td></tr>
<tr><td>晓雯</td><td>12</td><td>1.00%</td><td>一百</td><td>-</td></tr>
<tr><td>合计</td><td>1295</td><td></td><td>163,098.77</td><td></td></tr>
</table></body></html>"""


@pytest.mark.parametrize("encoding", ["utf-8", "gbk"])
def test_an_html_table_saved_as_xls_is_read(tmp_path, shop, imports, run, people, encoding):
    path = tmp_path / "赤兔_客服绩效.xls"
    path.write_bytes(HTML_MONTH.format(charset=encoding).encode(encoding))
    plan = imports.preview([path])
    f = plan.files[0]
    assert (f.header_row, f.header_rows, f.target, f.period) == (3, 2, "period", OCT)
    assert f.columns["询单->最终付款/人数"] == "paying"
    [error] = plan.errors  # the row and column as Excel shows the file
    assert (error.row, error.column, error.value) == (7, "销售额", "一百")
    plan, import_id = run(path, skip_errors=True)
    assert import_id and plan.files[0].skipped == 1
    assert shop.store.imports.period_totals("sales", *OCT) == {people["小美"]: 8032015, people["阿强"]: 8277862}
    assert shop.store.imports.period_totals("response_s", *OCT) == {people["小美"]: 2500, people["阿强"]: 6500}
    assert shop.store.imports.period_totals("paying", *OCT)[people["阿强"]] == 654


XML_BOOK = """<?xml version="1.0" encoding="UTF-8"?>
<?mso-application progid="Excel.Sheet"?>
<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">
 <Worksheet ss:Name="旗舰店"><Table>
  <Row><Cell ss:MergeAcross="3"><Data ss:Type="String">统计时间：2026-10-01 ~ 2026-10-02</Data></Cell></Row>
  <Row><Cell><Data ss:Type="String">日期</Data></Cell><Cell><Data ss:Type="String">旺旺</Data></Cell>
   <Cell><Data ss:Type="String">销售额</Data></Cell><Cell><Data ss:Type="String">询单人数</Data></Cell></Row>
  <Row><Cell><Data ss:Type="DateTime">2026-10-01T00:00:00.000</Data></Cell><Cell><Data ss:Type="String">旗舰店:小美</Data></Cell>
   <Cell><Data ss:Type="Number">1372.5</Data></Cell><Cell><Data ss:Type="Number">40</Data></Cell></Row>
  <Row ss:Index="5"><Cell><Data ss:Type="DateTime">2026-10-02T00:00:00.000</Data></Cell><Cell><Data ss:Type="String">旗舰店:阿强</Data></Cell>
   <Cell ss:Index="4"><Data ss:Type="String">四十七</Data></Cell></Row>
 </Table></Worksheet>
 <Worksheet ss:Name="母婴店"><Table>
  <Row><Cell><Data ss:Type="String">日期</Data></Cell><Cell><Data ss:Type="String">旺旺</Data></Cell>
   <Cell><Data ss:Type="String">销售额</Data></Cell></Row>
  <Row><Cell><Data ss:Type="String">2026-10-01</Data></Cell><Cell><Data ss:Type="String">母婴店:小美</Data></Cell>
   <Cell><Data ss:Type="Number">0.05</Data></Cell></Row>
 </Table></Worksheet>
</Workbook>"""


def test_an_xml_spreadsheet_saved_as_xls_is_read_sheet_by_sheet(tmp_path, shop, imports, run, people):
    path = tmp_path / "客服日报.xls"
    path.write_text(XML_BOOK, encoding="utf-8")
    plan = imports.preview([path])
    assert [(f.sheet, f.header_row) for f in plan.files] == [("旗舰店", 2), ("母婴店", 1)]
    [error] = plan.errors
    assert (error.file, error.row, error.column, error.value) == ("客服日报.xls 工作表「旗舰店」", 5, "询单人数", "四十七")
    _, import_id = run(path, skip_errors=True)
    assert import_id
    assert shop.store.values.get("sales", D1, people["小美"]) == 137255  # 1,372.50 + 0.05 from the two stores
    assert shop.store.values.get("inquiries", D1, people["小美"]) == 40


def test_a_broken_xml_spreadsheet_says_so(tmp_path, shop, imports, people):
    path = tmp_path / "坏.xls"
    path.write_text(XML_BOOK[:700], encoding="utf-8")
    [error] = imports.preview([path]).errors
    assert "XML" in error.reason and "另存为 .xlsx" in error.reason


# ---- a workbook with a sheet per day: the sheet's name is its date
@pytest.mark.parametrize(("file_name", "sheets"), [
    ("客服日报_2026-10.xlsx", ["2026-10-01", "2026-10-02"]),  # the month in the file name, the days on the sheets
    ("客服日报.xlsx", ["2026年10月1日", "20261002"]),
    ("客服日报_2026年10月.xlsx", ["10月1日", "10-02"]),  # the year from the file name
])
def test_each_sheet_named_by_a_day_holds_that_day(tmp_path, shop, run, people, file_name, sheets):
    import openpyxl

    book = openpyxl.Workbook()
    for i, name in enumerate(sheets):
        sheet = book.active if i == 0 else book.create_sheet(name)
        sheet.title = name
        sheet.append(["客服", "销售额"])
        sheet.append(["旗舰店:小美", 100 + i])
    book.save(tmp_path / file_name)
    plan, import_id = run(tmp_path / file_name)
    assert import_id and not plan.errors
    assert [(f.target, f.period) for f in plan.files] == [("daily", (D1, D1)),
                                                          ("daily", (date(2026, 10, 2), date(2026, 10, 2)))]
    assert shop.store.values.get("sales", date(2026, 10, 2), people["小美"]) == 10100  # was: both read as October
    assert shop.store.imports.period_totals("sales", *OCT) == {}


def test_a_title_in_the_sheet_still_comes_before_its_name(tmp_path, shop, run, people):
    import openpyxl

    book = openpyxl.Workbook()
    book.active.title = "2026-10-05"
    for row in (["统计时间：2026-10-01 ~ 2026-10-31"], ["客服", "销售额"], ["旗舰店:小美", 100]):
        book.active.append(row)
    book.save(tmp_path / "r.xlsx")
    plan, import_id = run(tmp_path / "r.xlsx")
    assert import_id and plan.files[0].period == OCT and plan.files[0].target == "period"


def test_sheets_named_by_month_and_day_take_the_year_of_the_chosen_month(tmp_path, shop, imports, run, people):
    import openpyxl

    book = openpyxl.Workbook()
    book.active.title = "10月3日"
    for row in (["客服", "销售额"], ["旗舰店:小美", 100]):
        book.active.append(row)
    book.save(tmp_path / "客服日报.xlsx")
    assert imports.preview([tmp_path / "客服日报.xlsx"]).files[0].needs_month
    plan, import_id = run(tmp_path / "客服日报.xlsx", month=Month(2026, 10))
    assert import_id and plan.files[0].target == "daily"
    assert shop.store.values.get("sales", date(2026, 10, 3), people["小美"]) == 10000


# ---- 千牛 客服绩效's own column names
def test_qianniu_performance_columns_are_recognised(tmp_path, shop, run, people):
    header = ["日期", "客服姓名", "客服销售人数", "客服销售件数", "客服销售订单数", "询单->下单人数", "下单->付款成功率",
              "首响时间", "平响时间", "登录时长"]
    path = write_csv(tmp_path / "千牛_客服绩效.csv", [header, ["2026-10-01", "小美", "12", "30", "14", "20", "70%", "00:00:09",
                                                           "23.5", "8小时"]])
    plan, import_id = run(path)
    f = plan.files[0]
    assert import_id and f.ignored_columns == ["登录时长"]
    got = {m: shop.store.values.get(m, D1, people["小美"]) for m in
           ("buyers", "items", "orders", "ordering", "order_pay_rate", "first_response_s", "response_s")}
    assert got == {"buyers": 12, "items": 30, "orders": 14, "ordering": 20, "order_pay_rate": 7000,
                   "first_response_s": 900, "response_s": 2350}


# ---- the same file again
def test_a_file_imported_before_is_said_so(tmp_path, shop, imports, run, people):
    path = write_csv(tmp_path / "日报.csv", [["日期", "客服", "销售额"], ["2026-10-01", "旗舰店:小美", "100"]])
    _, first = run(path)
    plan = imports.preview([path])
    [note] = [n for n in plan.files[0].notes if "已经导入过" in n]
    assert f"第 {first} 次导入" in note and "不会改变任何数据" in note
    assert plan.files[0].notes[0] == note  # said first: it is what the owner needs to know
    imports.undo(first)
    assert not any("已经导入过" in n for n in imports.preview([path]).files[0].notes)


# ---- a detail report (a row per conversation or order) picked instead of the performance summary
def test_a_detail_report_is_said_as_such_in_messages_of_bounded_size(tmp_path, shop, imports, people):
    rows = [["日期", "客服", "销售额"]] + [[f"2026-10-0{1 + i % 3}", "旗舰店:小美", str(i)] for i in range(3000)]
    plan = imports.preview([write_csv(tmp_path / "接待明细.csv", rows)])
    assert len(plan.errors) == 3000
    longest = max(len(e.reason) for e in plan.errors)
    assert longest < 300  # was 14,000 characters each: every row listed every other row of its day
    reason = plan.errors[0].reason
    assert "出现了 1000 次" in reason and "第 2、5、8、11、14 行等" in reason and "明细" in reason
    two = imports.preview([write_csv(tmp_path / "重复.csv", [["日期", "客服", "销售额"], ["2026-10-01", "阿强", "1"],
                                                           ["2026-10-01", "阿强", "2"]])]).errors[0].reason
    assert "（第 2、3 行）" in two and "明细" not in two


# ---- a grouped header left unmerged in a workbook that merges only its title
def test_an_unmerged_group_in_a_workbook_with_a_merged_title_covers_its_fields(tmp_path, shop, run, people):
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["赤兔 客服绩效"])
    sheet.merge_cells("A1:E1")
    sheet.append(["统计时间：2026-10-01 ~ 2026-10-31"])
    sheet.append(["客服昵称", "询单->最终付款", None, "询单->次日付款", None])
    sheet.append([None, "人数", "成功率", "人数", "成功率"])
    sheet.append(["旗舰店:小美", 641, 0.4098, 300, 0.2])
    book.save(tmp_path / "赤兔.xlsx")
    plan, import_id = run(tmp_path / "赤兔.xlsx")
    assert import_id
    assert plan.files[0].columns == {"客服昵称": "staff", "询单->最终付款/人数": "paying",
                                     "询单->最终付款/成功率": "conversion_rate", "询单->次日付款/成功率": "next_day_rate"}
    assert shop.store.imports.period_totals("conversion_rate", *OCT) == {people["小美"]: 4098}  # was: 成功率 unread
    assert shop.store.imports.period_totals("next_day_rate", *OCT) == {people["小美"]: 2000}


# ---- the wizard's month is for the files that need one, not a filter on the others
def test_the_month_chosen_for_one_file_leaves_the_others_their_own_dates(tmp_path, shop, run, people):
    total = write_csv(tmp_path / "合计.csv", [["客服", "销售额"], ["旗舰店:小美", "100"]])
    september = write_csv(tmp_path / "日报_9月.csv", [["统计时间：2026-09-01 ~ 2026-09-30"], ["日期", "客服", "销售额"],
                                                    ["2026-09-03", "旗舰店:小美", "50"]])
    dated = write_csv(tmp_path / "日报.csv", [["日期", "客服", "销售额"], ["2026-09-04", "阿强", "60"], ["10月2日", "阿强", "70"]])
    plan, import_id = run(total, september, dated, month=Month(2026, 10), month_where_needed=True)
    assert import_id and not plan.errors  # was: 「文件的统计时间 2026-09-01 ~ 2026-09-30 不在所选月份 2026年10月 之内」…
    assert shop.store.imports.period_totals("sales", *OCT) == {people["小美"]: 10000}
    assert shop.store.values.get("sales", date(2026, 9, 3), people["小美"]) == 5000
    assert shop.store.values.get("sales", date(2026, 9, 4), people["阿强"]) == 6000
    assert shop.store.values.get("sales", date(2026, 10, 2), people["阿强"]) == 7000


def test_the_command_lines_month_still_refuses_a_file_stating_another(tmp_path, shop, imports, people):
    september = write_csv(tmp_path / "日报_9月.csv", [["统计时间：2026-09-01 ~ 2026-09-30"], ["日期", "客服", "销售额"],
                                                    ["2026-09-03", "旗舰店:小美", "50"]])
    [error] = imports.preview([september], ImportOptions(month=Month(2026, 10))).errors
    assert "不在所选月份 2026年10月 之内" in error.reason


# ---- undoing an import that created people
def test_undoing_an_import_says_which_people_it_created_are_still_there(tmp_path, shop, imports, run, people):
    path = write_csv(tmp_path / "接待明细.csv", [["日期", "客服", "销售额"], ["2026-10-01", "旗舰店:路人甲", "1"],
                                             ["2026-10-01", "旗舰店:路人乙", "2"], ["2026-10-01", "阿强", "3"]])
    _, import_id = run(path, create_staff=True)
    result = imports.undo(import_id)
    [note] = [n for n in result.notes if "新建" in n]
    assert "路人甲" in note and "路人乙" in note and "阿强" not in note and "离职" in note
    assert shop.store.values.get("sales", D1, people["阿强"]) is None



def test_people_an_undone_import_created_by_mistake_can_be_deleted(tmp_path, shop, imports, run, people):
    """全部新建为员工 by mistake, then 撤销导入: the people it created have nothing left but the undone import's
    names, and 删除 (made for an import's people added by mistake) refused them for 导入记录."""
    path = write_csv(tmp_path / "接待明细.csv", [["日期", "客服", "销售额"], ["2026-10-01", "旗舰店:路人甲", "1"],
                                             ["2026-10-01", "阿强", "3"]])
    _, import_id = run(path, create_staff=True)
    created = next(p.id for p in shop.staff.list() if p.name == "路人甲")
    assert "导入记录" in shop.staff.history(created)  # while the import is in force, its rows are her history
    [note] = [n for n in imports.undo(import_id).notes if "新建" in n]
    assert "删除" in note and "不会被删除" not in note, note
    assert shop.staff.history(created) == []
    shop.staff.remove(created)
    assert [p.name for p in shop.staff.list() if p.id == created] == []
    assert "旗舰店:路人甲" not in {a for p in shop.staff.list() for a in p.aliases}
    assert shop.staff.history(people["阿强"]) == []  # her day of the undone import went with it


def test_a_person_an_import_in_force_names_is_still_kept(tmp_path, shop, imports, run, people):
    first = write_csv(tmp_path / "一.csv", [["日期", "客服", "销售额"], ["2026-10-01", "旗舰店:路人甲", "1"]])
    second = write_csv(tmp_path / "二.csv", [["日期", "客服", "销售额"], ["2026-10-02", "旗舰店:路人甲", "2"]])
    _, undone = run(first, create_staff=True)
    run(second)
    imports.undo(undone)
    created = next(p.id for p in shop.staff.list() if p.name == "路人甲")
    assert "导入记录" in shop.staff.history(created)

def test_a_person_twice_in_a_month_report_is_said_as_the_period_not_a_day(tmp_path, shop, imports, people):
    path = write_csv(tmp_path / "月.csv", [["统计时间：2026-10-01 ~ 2026-10-31"], ["客服", "销售额"], ["旗舰店:小美", "100"],
                                          ["旗舰店:小美", "200"]])
    reason = imports.preview([path]).errors[0].reason
    assert "同一客服在同一段时间（2026年10月1日 至 2026年10月31日）出现了 2 次（第 3、4 行）" in reason  # was: 同一天（2026年10月1日）
