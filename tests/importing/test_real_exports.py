"""Untidy real exports an audit brought in: periods in title lines and file names, sub-accounts written without
(or with another) shop prefix, a second table in a sheet, several sheets, totals named otherwise, spans in the
date column, CSV "keep as text" marks, one person on two sub-accounts with only a rate, leavers' rows."""

from __future__ import annotations

from datetime import date

import openpyxl
import pytest

from app.domain import StaffDraft
from app.importing.note_groups import flagged, is_important

from .conftest import dump, values, write_csv

D1 = date(2026, 10, 1)
OCT = (date(2026, 10, 1), date(2026, 10, 31))


@pytest.fixture
def shop_staff(shop):
    """The audit's shop: 孙悦 is 小橙子旗舰店:小美, 刘佳怡 is 小鹿 in both shops, 王丽娟 is 小橙子旗舰店:阿杰."""
    ids = {}
    for name, aliases in (("孙悦", ("小橙子旗舰店:小美",)), ("刘佳怡", ("小橙子旗舰店:小鹿", "小橙子母婴专营店:小鹿")),
                          ("王丽娟", ("小橙子旗舰店:阿杰",)), ("张伟", ())):
        ids[name] = shop.staff.add(StaffDraft(name, aliases=aliases)).id
    return ids


def period_totals(shop, metric: str, start: date, end: date) -> dict[int, int]:
    return shop.store.imports.period_totals(metric, start, end)


# ---- 1. the period of a month-to-date report, from its title lines or its file name
@pytest.mark.parametrize("title", [
    "统计时间：2026/10/01 00:00:00 - 2026/10/18 23:59:59",
    "统计时间：2026年10月1日-10月18日",
])
def test_a_month_to_date_total_is_stored_over_its_period_not_as_one_day(tmp_path, shop, run, shop_staff, title):
    path = write_csv(tmp_path / "t.csv", [["客服绩效报表"], [title], ["客服", "销售额"], ["小橙子旗舰店:小美", "12,500.50"]])
    plan, import_id = run(path)
    assert import_id and plan.files[0].target == "period"
    assert plan.files[0].period == (date(2026, 10, 1), date(2026, 10, 18))
    assert period_totals(shop, "sales", date(2026, 10, 1), date(2026, 10, 18)) == {shop_staff["孙悦"]: 1250050}
    assert shop.store.values.count() == 0  # not one day's sales


def test_the_export_time_above_the_period_is_not_the_period(tmp_path, shop, run, shop_staff):
    titles = [["客服绩效报表"], ["导出时间：2026-10-20 09:30:12"], ["统计时间：2026-10-01 ~ 2026-10-19"]]
    dated = write_csv(tmp_path / "日.csv", [*titles, ["日期", "客服", "销售额"], ["2026-10-01", "小橙子旗舰店:小美", "100"],
                                            ["2026-10-02", "小橙子旗舰店:小美", "200"]])
    plan, import_id = run(dated)
    assert not plan.errors and import_id  # was: every row 「日期不在报表的统计时间 2026-10-20 之内」
    assert plan.files[0].period == (date(2026, 10, 1), date(2026, 10, 19))
    total = write_csv(tmp_path / "合计.csv", [*titles, ["客服", "销售额"], ["小橙子旗舰店:小美", "100"]])
    plan, _ = run(total)
    assert plan.files[0].target == "period"
    assert period_totals(shop, "sales", date(2026, 10, 1), date(2026, 10, 19)) == {shop_staff["孙悦"]: 10000}
    assert shop.store.values.get("sales", date(2026, 10, 20), shop_staff["孙悦"]) is None


def test_a_download_date_in_the_file_name_is_not_the_period(tmp_path, shop, run, shop_staff):
    path = write_csv(tmp_path / "客服日报 下载于2026-10-20.csv", [["日期", "客服", "销售额"],
                                                            ["2026-10-01", "小橙子旗舰店:小美", "100"],
                                                            ["2026-10-02", "小橙子旗舰店:小美", "200"]])
    plan, import_id = run(path)
    assert not plan.errors and import_id
    assert plan.files[0].period == (date(2026, 10, 1), date(2026, 10, 2))


# ---- 2. sub-accounts written without the shop prefix, or with another shop's
@pytest.mark.parametrize("written", ["小美", "旗舰店:小美", "小橙子母婴专营店：小美", " 旗舰店：小美 "])
def test_a_sub_account_matches_the_alias_by_its_nickname(tmp_path, shop, run, shop_staff, written):
    plan, import_id = run(write_csv(tmp_path / "r.csv", [["日期", "客服", "销售额"], ["2026-10-01", written, "100"]]),
                          create_staff=True)
    assert import_id and not plan.unknown_staff
    assert shop.store.values.get("sales", D1, shop_staff["孙悦"]) == 10000
    assert len(shop.staff.list()) == 4  # nobody created


def test_a_nickname_two_people_share_is_ambiguous_and_never_creates_anyone(tmp_path, shop, imports, shop_staff):
    from app.importing import ImportOptions

    shop.staff.add(StaffDraft("宋佳", aliases=("小橙子母婴专营店:小美",)))
    path = write_csv(tmp_path / "r.csv", [["日期", "客服", "销售额"], ["2026-10-01", "小美", "100"],
                                          ["2026-10-01", "小鹿", "200"]])
    before = dump(shop)
    plan = imports.preview([path], ImportOptions(create_staff=True))
    [error] = plan.errors
    assert (error.row, error.column, error.value) == (2, "客服", "小美")
    assert "孙悦（小橙子旗舰店:小美）" in error.reason and "宋佳（小橙子母婴专营店:小美）" in error.reason
    assert "无法判断是谁" in error.reason
    assert not plan.unknown_staff and not plan.stand_ins  # 小鹿: both aliases are 刘佳怡's, so no doubt
    assert plan.blocking()
    assert dump(shop) == before


def test_the_column_whose_values_are_sub_accounts_names_the_people(tmp_path, shop, run, shop_staff):
    path = write_csv(tmp_path / "r.csv", [["日期", "客服昵称", "子账号", "销售额"],
                                          ["2026-10-01", "美美", "小橙子旗舰店:小美", "100"],
                                          ["2026-10-01", "杰哥", "小橙子旗舰店:阿杰", "200"]])
    plan, import_id = run(path)
    assert import_id and not plan.unknown_staff
    assert plan.files[0].columns["子账号"] == "staff" and "客服昵称" in plan.files[0].ignored_columns
    assert shop.store.values.get("sales", D1, shop_staff["王丽娟"]) == 20000


def test_the_shipped_samples_match_the_demo_shops_staff(shop, imports):
    from pathlib import Path

    from app.demo import generate_demo

    generate_demo(shop)
    mei = next(p for p in shop.staff.list() if "小橙子旗舰店:小美" in p.aliases)
    samples = sorted((Path(__file__).resolve().parents[2] / "data" / "samples").iterdir())
    plan = imports.preview(samples)
    assert not plan.errors
    assert "旗舰店:小美" not in plan.unknown_staff and "旗舰店:阿强" not in plan.unknown_staff
    assert any(c.staff_id == mei.id for c in plan.changes)  # the samples' 旗舰店:小美 is the demo's 小美


# ---- 3. a second table in the same sheet
def test_a_second_table_with_other_columns_is_read_by_its_own_header(tmp_path, shop, run, shop_staff):
    path = write_csv(tmp_path / "two.csv", [["售前客服"], ["日期", "客服", "销售额", "询单人数"],
                                            ["2026-10-01", "小橙子旗舰店:小美", "100", "10"], [],
                                            ["售后客服"], ["日期", "客服", "完成退款金额", "退款笔数"],
                                            ["2026-10-01", "小橙子旗舰店:阿杰", "5000", "3"],
                                            ["2026-10-01", "小橙子旗舰店:小美", "20", "1"]])
    plan, import_id = run(path)
    assert import_id and not plan.errors
    assert any("第 6 行起是另一张表「售后客服」" in note for note in plan.files[0].notes)
    jie, mei = shop_staff["王丽娟"], shop_staff["孙悦"]
    assert shop.store.values.get("refunds", D1, jie) == 500000
    assert shop.store.values.get("sales", D1, jie) is None  # was: the refunds stored as sales
    assert shop.store.values.get("sales", D1, mei) == 10000  # 小美 in both tables: both kept
    assert shop.store.values.get("refunds", D1, mei) == 2000
    assert "退款笔数" in plan.files[0].ignored_columns


def test_a_title_line_in_the_staff_column_is_not_a_person(tmp_path, shop, run, shop_staff):
    path = write_csv(tmp_path / "two.csv", [["统计时间：2026-09-01 ~ 2026-09-30"], ["客服", "销售额"], ["小橙子旗舰店:小美", "100"],
                                            ["售后客服"], ["客服", "完成退款金额"], ["小橙子旗舰店:阿杰", "5000"]])
    plan, import_id = run(path, create_staff=True)
    assert import_id and not plan.unknown_staff and len(shop.staff.list()) == 4  # nobody called 售后客服
    assert "第 5 行起是另一张表「售后客服」，按它自己的表头读取：客服、完成退款金额" in plan.files[0].notes
    sep = (date(2026, 9, 1), date(2026, 9, 30))
    assert period_totals(shop, "refunds", *sep) == {shop_staff["王丽娟"]: 500000}
    assert period_totals(shop, "sales", *sep) == {shop_staff["孙悦"]: 10000}


def test_the_same_value_in_two_tables_of_a_sheet_is_an_error(tmp_path, shop, imports, shop_staff):
    path = write_csv(tmp_path / "two.csv", [["日期", "客服", "销售额", "询单人数"], ["2026-10-01", "小橙子旗舰店:小美", "100", "1"],
                                            ["日期", "客服", "销售额"], ["2026-10-01", "小橙子旗舰店:小美", "90"]])
    plan = imports.preview([path])
    assert {(e.row, e.column) for e in plan.errors} == {(2, "销售额"), (4, "销售额")}
    assert "两张表里都有「销售额」" in plan.errors[0].reason


def test_the_header_repeated_below_is_still_skipped(tmp_path, shop, run, shop_staff):
    header = ["日期", "客服", "销售额"]
    plan, import_id = run(write_csv(tmp_path / "r.csv", [header, ["2026-10-01", "小橙子旗舰店:小美", "1"], header,
                                                         ["2026-10-02", "小橙子旗舰店:小美", "2"]]))
    assert import_id and plan.files[0].skipped == 1 and plan.files[0].new == 2
    assert not any("另一张表" in note for note in plan.files[0].notes)


# ---- 4. every sheet of a workbook with a header
def test_every_sheet_with_a_header_is_imported_and_the_others_are_listed(tmp_path, shop, run, shop_staff):
    book = openpyxl.Workbook()
    book.active.title = "说明"
    book.active.append(["本报表由千牛导出"])
    book.active.append(["指标说明", "销售额：客服促成的付款金额"])
    for title, name, sales in (("旗舰店", "小橙子旗舰店:小美", 100), ("母婴专营店", "小橙子母婴专营店:小鹿", 200)):
        sheet = book.create_sheet(title)
        sheet.append(["日期", "客服", "销售额"])
        sheet.append(["2026-10-01", name, sales])
    book.create_sheet("Sheet3")
    path = tmp_path / "两店.xlsx"
    book.save(path)
    plan, import_id = run(path)
    assert import_id
    assert [(f.sheet, f.new) for f in plan.files] == [("旗舰店", 1), ("母婴专营店", 1)]
    assert [f.name for f in plan.files] == ["两店.xlsx 工作表「旗舰店」", "两店.xlsx 工作表「母婴专营店」"]
    assert "未读取的工作表：说明（没有可识别的表头）、Sheet3（空白）" in plan.files[0].notes
    assert [f.index for f in plan.files] == [0, 1]
    assert shop.store.values.get("sales", D1, shop_staff["刘佳怡"]) == 20000
    assert shop.store.values.get("sales", D1, shop_staff["孙悦"]) == 10000


def _book_of_two_stores(path, first: tuple, second: tuple, header=("日期", "客服", "销售额")):
    book = openpyxl.Workbook()
    for i, (title, *row) in enumerate((first, second)):
        sheet = book.active if i == 0 else book.create_sheet(title)
        sheet.title = title
        sheet.append(list(header))
        sheet.append(["2026-10-01", *row])
    book.save(path)
    return path


def test_one_persons_sub_accounts_in_two_sheets_of_a_workbook_are_added_up(tmp_path, shop, run, shop_staff):
    """A sheet per store: 小鹿 served in both stores that day, as two sub-accounts in one sheet would be."""
    path = _book_of_two_stores(tmp_path / "两店.xlsx", ("旗舰店", "小橙子旗舰店:小鹿", 100),
                               ("母婴专营店", "小橙子母婴专营店:小鹿", 200))
    plan, import_id = run(path)
    assert import_id and not plan.errors
    assert shop.store.values.get("sales", D1, shop_staff["刘佳怡"]) == 30000
    assert "工作表「旗舰店」第 2 行、工作表「母婴专营店」第 2 行 是刘佳怡的不同子账号，已合并为一人一天" in plan.files[0].notes
    assert [(f.new, f.unchanged) for f in plan.files] == [(1, 0), (1, 0)]
    plan, _ = run(path)  # the same workbook again: nothing new, nothing in conflict
    assert not plan.errors and [(f.new, f.unchanged) for f in plan.files] == [(0, 1), (0, 1)]
    plan, _ = run(path, path)  # chosen twice: a copy, kept once, not added to itself
    assert not plan.errors and shop.store.values.get("sales", D1, shop_staff["刘佳怡"]) == 30000


def test_rows_put_together_in_a_sheet_and_then_across_sheets_count_once_each(tmp_path, shop, run, shop_staff):
    shop.staff.edit(shop_staff["刘佳怡"], StaffDraft("刘佳怡", aliases=("小橙子旗舰店:小鹿", "小橙子母婴专营店:小鹿", "分店:小鹿")))
    book = openpyxl.Workbook()
    book.active.title = "旗舰店"
    for row in (["日期", "客服", "销售额"], ["2026-10-01", "小橙子旗舰店:小鹿", 100], ["2026-10-01", "小橙子母婴专营店:小鹿", 50]):
        book.active.append(row)
    other = book.create_sheet("分店")
    for row in (["日期", "客服", "销售额"], ["2026-10-01", "分店:小鹿", 200]):
        other.append(row)
    path = tmp_path / "三店.xlsx"
    book.save(path)
    plan, import_id = run(path)
    assert import_id and shop.store.values.get("sales", D1, shop_staff["刘佳怡"]) == 35000
    assert [(f.new, f.unchanged) for f in plan.files] == [(2, 0), (1, 0)]
    plan, _ = run(path)
    assert not plan.errors and [(f.new, f.unchanged) for f in plan.files] == [(0, 2), (0, 1)]


def test_store_sheets_naming_someone_by_shop_and_name_are_added_up_without_sub_accounts(tmp_path, shop, run):
    # 王芳 has no sub-accounts: 旗舰店:王芳 and 母婴店:王芳 are found by her name after the colon, in two sheets
    # as in one sheet — added up, not a conflict
    wang = shop.staff.add(StaffDraft("王芳")).id
    path = _book_of_two_stores(tmp_path / "两店.xlsx", ("旗舰店", "旗舰店:王芳", 100), ("母婴店", "母婴店:王芳", 200))
    plan, import_id = run(path)
    assert import_id and not plan.errors
    assert shop.store.values.get("sales", D1, wang) == 30000


def test_sheets_of_a_workbook_weigh_an_average_as_one_sheet_does(tmp_path, shop, run, shop_staff):
    header = ("日期", "客服", "询单人数", "平均响应(秒)")
    path = _book_of_two_stores(tmp_path / "两店.xlsx", ("旗舰店", "小橙子旗舰店:小鹿", 30, 10),
                               ("母婴专营店", "小橙子母婴专营店:小鹿", 10, 30), header)
    _, import_id = run(path)
    assert import_id
    assert shop.store.values.get("response_s", D1, shop_staff["刘佳怡"]) == 1500  # (30·10 + 10·30) / 40 s


def test_the_same_sub_account_in_two_sheets_or_two_files_is_still_a_conflict(tmp_path, shop, imports, shop_staff):
    same = _book_of_two_stores(tmp_path / "两店.xlsx", ("旗舰店", "小橙子旗舰店:小鹿", 100),
                               ("母婴专营店", "小橙子旗舰店:小鹿", 200))
    [error] = imports.preview([same]).errors
    assert "与「两店.xlsx 工作表「旗舰店」」第 2 行的值 ¥100.00 不同" in error.reason
    a = write_csv(tmp_path / "a.csv", [["日期", "客服", "销售额"], ["2026-10-01", "小橙子旗舰店:小鹿", "100"]])
    b = write_csv(tmp_path / "b.csv", [["日期", "客服", "销售额"], ["2026-10-01", "小橙子旗舰店:小鹿", "200"]])
    [error] = imports.preview([a, b]).errors  # two exports of one account and day: which is right cannot be told
    assert (error.file, error.row) == ("b.csv", 2) and "与「a.csv」第 2 行的值 ¥100.00 不同" in error.reason


def test_one_persons_sub_accounts_in_two_files_of_one_import_are_added_up(tmp_path, shop, run, shop_staff):
    """Each store's export as its own file, chosen together: added up as two sheets of a workbook are."""
    a = write_csv(tmp_path / "旗舰店.csv", [["日期", "客服", "销售额"], ["2026-10-01", "小橙子旗舰店:小鹿", "100"]])
    b = write_csv(tmp_path / "专营店.csv", [["日期", "客服", "销售额"], ["2026-10-01", "小橙子母婴专营店:小鹿", "200"]])
    plan, import_id = run(a, b)
    assert import_id and not plan.errors
    assert shop.store.values.get("sales", D1, shop_staff["刘佳怡"]) == 30000
    assert plan.files[0].notes == ["「旗舰店.csv」第 2 行、「专营店.csv」第 2 行 是刘佳怡的不同子账号，已合并为一人一天"]
    plan, _ = run(a, b)  # the same two files again: nothing new, nothing in conflict
    assert not plan.errors and [(f.new, f.unchanged) for f in plan.files] == [(0, 1), (0, 1)]


def _book(path, *sheets: tuple, header=("日期", "客服", "销售额")):
    """sheets: (title, name, sales, ...) each one row on 2026-10-01 under `header`."""
    book = openpyxl.Workbook()
    for i, (title, *row) in enumerate(sheets):
        sheet = book.active if i == 0 else book.create_sheet(title)
        sheet.title = title
        sheet.append(list(header))
        sheet.append(["2026-10-01", *row])
    book.save(path)
    return path


def test_a_sub_account_repeated_in_a_further_sheet_does_not_stop_the_others_being_added_up(tmp_path, shop, imports,
                                                                                           run, shop_staff):
    """Sheets A, B, A for one person and day: A and B are added up; the second A is a copy (kept once) or, when
    it differs, the one conflict."""
    copy = _book(tmp_path / "三表.xlsx", ("旗舰店", "小橙子旗舰店:小鹿", 100), ("母婴专营店", "小橙子母婴专营店:小鹿", 200),
                 ("旗舰店备份", "小橙子旗舰店:小鹿", 100))
    plan, import_id = run(copy)
    assert import_id and not plan.errors
    assert shop.store.values.get("sales", D1, shop_staff["刘佳怡"]) == 30000
    assert "工作表「旗舰店」第 2 行、工作表「母婴专营店」第 2 行 是刘佳怡的不同子账号，已合并为一人一天" in plan.files[0].notes
    differs = _book(tmp_path / "三表2.xlsx", ("旗舰店", "小橙子旗舰店:小鹿", 110), ("母婴专营店", "小橙子母婴专营店:小鹿", 200),
                    ("旗舰店备份", "小橙子旗舰店:小鹿", 150))
    plan = imports.preview([differs])
    [error] = plan.errors
    assert (error.file, error.row) == ("三表2.xlsx 工作表「旗舰店备份」", 2)
    assert "与「三表2.xlsx 工作表「旗舰店」」第 2 行的值 ¥110.00 不同" in error.reason
    plan, import_id = run(differs, skip_errors=True)
    assert import_id and shop.store.values.get("sales", D1, shop_staff["刘佳怡"]) == 31000  # 110 + 200, not a conflict


def test_a_sub_account_already_put_together_in_a_sheet_is_not_added_again_from_another(tmp_path, shop, imports,
                                                                                      shop_staff):
    book = openpyxl.Workbook()
    book.active.title = "两店"
    for row in (["日期", "客服", "销售额"], ["2026-10-01", "小橙子旗舰店:小鹿", 100], ["2026-10-01", "小橙子母婴专营店:小鹿", 50]):
        book.active.append(row)
    again = book.create_sheet("母婴专营店")
    for row in (["日期", "客服", "销售额"], ["2026-10-01", "小橙子母婴专营店:小鹿", 50]):
        again.append(row)
    book.save(tmp_path / "重复.xlsx")
    [error] = imports.preview([tmp_path / "重复.xlsx"]).errors  # not 100 + 50 + 50
    assert (error.file, error.row) == ("重复.xlsx 工作表「母婴专营店」", 2)


def test_a_summary_sheet_by_bare_nickname_is_not_added_to_the_store_sheets(tmp_path, shop, imports, run, shop_staff):
    """A 汇总 sheet naming people by bare name or nickname gives their total over the stores: adding it to the
    per-store sheets would count the day twice. It is a conflict unless it equals what the stores add up to."""
    for summary in ("小鹿", "刘佳怡"):  # the nickname of both sub-accounts, and the name
        path = _book(tmp_path / f"汇总{summary}.xlsx", ("汇总", summary, 250), ("旗舰店", "小橙子旗舰店:小鹿", 100),
                     ("母婴专营店", "小橙子母婴专营店:小鹿", 200))
        plan = imports.preview([path])
        assert plan.errors, summary
        assert all(("与「" in e.reason and "不同" in e.reason) or "随它一起出错" in e.reason for e in plan.errors), \
            plan.errors
        assert shop.store.values.get("sales", D1, shop_staff["刘佳怡"]) is None
    same = _book(tmp_path / "汇总一致.xlsx", ("汇总", "小鹿", 300), ("旗舰店", "小橙子旗舰店:小鹿", 100),
                 ("母婴专营店", "小橙子母婴专营店:小鹿", 200))
    plan, import_id = run(same)
    assert import_id and not plan.errors
    assert shop.store.values.get("sales", D1, shop_staff["刘佳怡"]) == 30000  # once, not 600
    nickname_sheet = _book(tmp_path / "分店.xlsx", ("旗舰店", "小橙子旗舰店:小鹿", 100), ("分店", "分店:小鹿", 50))
    assert imports.preview([nickname_sheet]).errors  # 分店:小鹿 is no sub-account of hers, only her nickname


def test_a_sheet_with_a_header_and_no_rows_is_passed_over_when_others_have_data(tmp_path, shop, imports, run,
                                                                              shop_staff):
    book = openpyxl.Workbook()
    book.active.title = "售后"
    book.active.append(["日期", "客服", "完成退款金额"])
    for title, rows in (("售前", [["2026-10-01", "小橙子旗舰店:小美", 100]]), ("备用", [])):
        sheet = book.create_sheet(title)
        sheet.append(["日期", "客服", "销售额"])
        for row in rows:
            sheet.append(row)
    path = tmp_path / "多表.xlsx"
    book.save(path)
    plan, import_id = run(path)
    assert import_id and [f.sheet for f in plan.files] == ["售前"] and plan.files[0].index == 0
    assert "未读取的工作表：售后（只有表头，没有数据）、备用（只有表头，没有数据）" in plan.files[0].notes
    only = tmp_path / "空表.xlsx"
    book.remove(book["售前"])
    book.save(only)
    [error] = imports.preview([only]).errors  # no sheet has data: said, as for a one-sheet file
    assert "只有表头" in error.reason


def test_an_error_in_a_later_sheet_names_the_sheet(tmp_path, shop, imports, shop_staff):
    book = openpyxl.Workbook()
    for i, title in enumerate(("旗舰店", "母婴专营店")):
        sheet = book.active if i == 0 else book.create_sheet(title)
        sheet.title = title
        sheet.append(["日期", "客服", "销售额"])
        sheet.append(["2026-10-01", "小橙子旗舰店:小美" if i == 0 else "小橙子母婴专营店:小鹿", -1 if i else 1])
    path = tmp_path / "两店.xlsx"
    book.save(path)
    [error] = imports.preview([path]).errors
    assert error.message() == "两店.xlsx 工作表「母婴专营店」 第 2 行「销售额」列：「-1」不能为负数"


# ---- 5. rows for someone who had left, or was not hired yet
def test_rows_outside_a_persons_time_on_the_team_are_kept_with_a_warning(tmp_path, shop, run):
    left = shop.staff.add(StaffDraft("吴静怡", aliases=("小橙子旗舰店:阿帆",), hired=date(2025, 2, 3))).id
    shop.staff.leave(left, date(2026, 9, 20))
    new = shop.staff.add(StaffDraft("马晓燕", aliases=("小橙子旗舰店:小糖",), hired=date(2026, 10, 10))).id
    path = write_csv(tmp_path / "r.csv", [["日期", "客服", "销售额"], ["2026-10-05", "小橙子旗舰店:阿帆", "888"],
                                          ["2026-10-06", "小橙子旗舰店:阿帆", "1"], ["2026-10-05", "小橙子旗舰店:小糖", "5"],
                                          ["2026-10-12", "小橙子旗舰店:小糖", "6"]])
    plan, import_id = run(path)
    assert import_id
    assert shop.store.values.get("sales", date(2026, 10, 5), left) == 88800  # still stored: it is the file's data
    warnings = [flagged(n) for n in plan.files[0].notes if is_important(n)]
    assert warnings == [
        ("注意：吴静怡 已于 2026年9月20日 离职，文件里却有 2026年10月5日 至 2026年10月6日 的数据（子账号「小橙子旗舰店:阿帆」，"
         "第 2 行起共 2 行）。已照常导入；这个子账号可能已交给别人使用，请核对后在员工资料里把它改到现在使用它的人名下"),
        ("注意：马晓燕 2026年10月10日 才入职，文件里却有 2026年10月5日 的数据（子账号「小橙子旗舰店:小糖」，第 4 行起共 1 行）。"
         "已照常导入；这个子账号入职前可能由别人使用，请核对员工资料")]
    assert shop.store.values.get("sales", date(2026, 10, 12), new) == 600


# ---- 6. total lines that do not start with 合计
def test_total_lines_named_otherwise_are_skipped_not_people(tmp_path, shop, run, shop_staff):
    path = write_csv(tmp_path / "r.csv", [["日期", "客服", "销售额"], ["2026-10-01", "小橙子旗舰店:小美", "100"],
                                          ["2026-10-01", "全店合计", "100"], ["2026-10-01", "客服团队汇总", "100"],
                                          ["2026-10-01", "总计：", "100"], ["2026-10-01", "售前组 小计", "100"]])
    plan, import_id = run(path, create_staff=True)
    assert import_id and not plan.unknown_staff
    assert (plan.files[0].new, plan.files[0].skipped) == (1, 4)
    assert len(shop.staff.list()) == 4


# ---- 7. a span in the date column
def test_a_span_in_the_date_column_is_a_total_over_it(tmp_path, shop, run, shop_staff):
    path = write_csv(tmp_path / "r.csv", [["统计日期", "客服", "销售额", "询单人数"],
                                          ["2026-10-01~2026-10-18", "小橙子旗舰店:小美", "12,500.50", "100"],
                                          ["2026-10-01~2026-10-18", "小橙子旗舰店:阿杰", "3000", "50"]])
    plan, import_id = run(path)
    assert import_id and plan.files[0].target == "period"
    assert plan.files[0].period == (date(2026, 10, 1), date(2026, 10, 18))
    assert period_totals(shop, "sales", date(2026, 10, 1), date(2026, 10, 18)) == {
        shop_staff["孙悦"]: 1250050, shop_staff["王丽娟"]: 300000}
    month = write_csv(tmp_path / "m.csv", [["统计日期", "客服", "销售额"], ["2026-10", "小橙子旗舰店:小美", "100"]])
    run(month)
    assert period_totals(shop, "sales", *OCT) == {shop_staff["孙悦"]: 10000}


def test_a_month_column_gives_month_totals(tmp_path, shop, imports, run, shop_staff):
    plan, import_id = run(write_csv(tmp_path / "m.csv", [["月份", "客服", "销售额"], ["2026年10月", "小橙子旗舰店:小美", "100"]]))
    assert import_id and plan.files[0].columns["月份"] == "date" and plan.files[0].target == "period"
    assert period_totals(shop, "sales", *OCT) == {shop_staff["孙悦"]: 10000}
    no_year = imports.preview([write_csv(tmp_path / "n.csv", [["月份", "客服", "销售额"], ["10月", "小橙子旗舰店:小美", "1"]])])
    [error] = no_year.errors
    assert (error.row, error.column) == (2, "月份") and "无法确定年份" in error.reason
    assert no_year.files[0].target == "period"


def test_a_file_without_any_period_is_not_described_as_daily(tmp_path, shop, people, capsys):
    from .test_commands import cli

    path = write_csv(tmp_path / "无期间.csv", [["客服", "销售额"], ["小美", "100"]])
    assert cli(shop, "import", str(path)) == 2
    out = capsys.readouterr().out
    assert "统计时间未知" in out and "每日数据" not in out


# ---- 8. CSV "keep as text" marks
def test_csv_keep_as_text_marks_are_stripped(tmp_path, shop, run, shop_staff):
    path = tmp_path / "marks.csv"
    path.write_text('日期,客服,销售额,询单人数\r\n'
                    '="2026-10-01",="小橙子旗舰店:小美","=""12,500.50""",="100"\r\n'
                    "'2026-10-02,'小橙子旗舰店:小美,'12500.50,'100\r\n"
                    '"\t2026-10-03","\t小橙子旗舰店:小美","\t12,500.50","\t100"\r\n', encoding="utf-8")
    plan, import_id = run(path)
    assert import_id and not plan.errors
    mei = shop_staff["孙悦"]
    for day in (1, 2, 3):
        assert shop.store.values.get("sales", date(2026, 10, day), mei) == 1250050
        assert shop.store.values.get("inquiries", date(2026, 10, day), mei) == 100


def test_tabs_inside_quoted_cells_do_not_make_a_csv_tab_separated(tmp_path, shop, run, shop_staff):
    path = tmp_path / "tabs.csv"
    path.write_text('日期,客服,销售额\r\n"\t2026-10-03","\t小橙子旗舰店:小美","\t1"\r\n"\t2026-10-04","\t小美","\t2"\r\n',
                    encoding="utf-8")
    plan, import_id = run(path)
    assert import_id and plan.files[0].new == 2  # was: 「找不到表头」


# ---- 10. one person on two sub-accounts, in a report with only a rate
def test_two_sub_accounts_with_only_a_rate_add_up_and_leave_the_rate_unknown(tmp_path, shop, run, shop_staff):
    path = write_csv(tmp_path / "r.csv", [["日期", "客服", "销售额", "询单人数", "客户满意率"],
                                          ["2026-10-01", "小橙子旗舰店:小鹿", "100", "10", "90%"],
                                          ["2026-10-01", "小橙子母婴专营店:小鹿", "200", "30", "100%"]])
    plan, import_id = run(path)
    assert import_id and not plan.errors  # was: both rows 「无法合并」, and --skip-errors dropped the sales
    who = shop_staff["刘佳怡"]
    assert shop.store.values.get("sales", D1, who) == 30000
    assert shop.store.values.get("inquiries", D1, who) == 40
    assert shop.store.values.get("satisfaction_rate", D1, who) is None
    assert "第 2、3 行的「满意率（报表）」无法合并（报表里没有用于加权的「评价数」），这一天的「满意率（报表）」留空" in plan.files[0].notes
    assert [row[:4] for row in values(shop)] == [("inquiries", "2026-10-01", who, 40), ("sales", "2026-10-01", who, 30000)]


# ---- 11. smaller forms
def test_traditional_headers_weekday_dates_text_serials_and_error_values(tmp_path, shop, run, shop_staff):
    path = write_csv(tmp_path / "r.csv", [["日期", "客服", "銷售額", "詢單人數", "客戶滿意率", "平均響應時間(秒)"],
                                          ["46296", "小橙子旗舰店:小美", "100", "0", "#DIV/0!", "#N/A"],
                                          ["2026/10/04 星期六", "小橙子旗舰店:小美", "1", "1", "90%", "#VALUE!"],
                                          ["2026-10-08(周四)", "小橙子旗舰店:小美", "2", "2", "--", "25"]])
    plan, import_id = run(path)
    assert import_id and not plan.errors
    assert set(plan.files[0].columns.values()) == {"date", "staff", "sales", "inquiries", "satisfaction_rate",
                                                   "response_s"}
    mei = shop_staff["孙悦"]
    assert shop.store.values.get("sales", D1, mei) == 10000
    assert shop.store.values.get("satisfaction_rate", D1, mei) is None  # #DIV/0! is missing, not an error
    assert shop.store.values.get("satisfaction_rate", date(2026, 10, 4), mei) == 9000
    assert shop.store.values.get("response_s", date(2026, 10, 8), mei) == 2500


def test_a_cell_beyond_the_csv_field_limit_is_said_in_chinese(tmp_path, shop, imports, shop_staff):
    path = tmp_path / "big.csv"
    path.write_text('日期,客服,销售额,备注\r\n2026-10-01,小美,100,"' + "x" * 200_000 + '"\r\n', encoding="utf-8")
    [error] = imports.preview([path]).errors
    assert "field" not in error.reason
    assert "big.csv」第 2 行有一个单元格超过 131072 个字符" in error.reason and "引号" in error.reason


def test_a_two_row_header_repeated_below_is_skipped_not_taken_for_a_new_table(tmp_path, shop, run, shop_staff):
    group = ["日期", "旺旺", "询单->最终付款", "", "销售额"]
    fields = ["", "", "人数", "成功率", ""]
    path = write_csv(tmp_path / "r.csv", [group, fields, ["2026-10-01", "小橙子旗舰店:小美", "3", "30%", "100"],
                                          group, fields, ["2026-10-02", "小橙子旗舰店:小美", "4", "40%", "200"]])
    plan, import_id = run(path)
    assert import_id and not plan.errors and plan.files[0].skipped == 2
    assert shop.store.values.get("paying", date(2026, 10, 2), shop_staff["孙悦"]) == 4


def test_a_stores_export_chosen_beside_the_workbook_holding_it_is_a_copy(tmp_path, shop, run, shop_staff):
    """The workbook of both stores, and one store's export chosen with it by mistake: that export repeats its
    sheet (kept once), not the two stores added up (it was called a conflict with ¥300)."""
    book = _book_of_two_stores(tmp_path / "两店.xlsx", ("旗舰店", "小橙子旗舰店:小鹿", 100),
                               ("母婴专营店", "小橙子母婴专营店:小鹿", 200))
    alone = write_csv(tmp_path / "旗舰店.csv", [["日期", "客服", "销售额"], ["2026-10-01", "小橙子旗舰店:小鹿", "100"]])
    plan, import_id = run(book, alone)
    assert not plan.errors and import_id
    assert shop.store.values.get("sales", D1, shop_staff["刘佳怡"]) == 30000
    plan, _ = run(alone, book)  # in the other order: the same, and so nothing to change
    assert not plan.errors and plan.nothing_to_write()
    differs = write_csv(tmp_path / "旗舰店2.csv", [["日期", "客服", "销售额"], ["2026-10-01", "小橙子旗舰店:小鹿", "150"]])
    [error] = run(book, differs)[0].errors  # compared with its own sheet's ¥100, not the two stores' ¥300
    assert (error.file, error.row) == ("旗舰店2.csv", 2)
    assert "与「两店.xlsx 工作表「旗舰店」」第 2 行的值 ¥100.00 不同" in error.reason
