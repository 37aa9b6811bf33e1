"""Totals rows of real exports: a whole-shop row named 全部客服 / 全店 / (全部), and a totals row with a blank name
cell — skipped with a note, never read as a person nor refused as a row in error."""

from __future__ import annotations

import json
from datetime import date

import openpyxl
import pytest

from app.cli.parser import Parser
from app.importing import commands, totals_rows

from .conftest import dump, write_csv

D1 = date(2026, 10, 1)


def cli(shop, *words: str) -> int:
    parser = Parser(prog="honghua")
    commands.register(parser.add_subparsers(dest="command", parser_class=Parser))
    args = parser.parse_args(list(words))
    return args.handler(shop, args)


@pytest.mark.parametrize("label", ["全部客服", "全店", "所有客服", "全体客服", "(全部)", "【全部客服】", "全部：", "全店客服"])
def test_a_row_naming_the_whole_shop_is_a_totals_row_not_a_person(tmp_path, shop, run, people, label):
    path = write_csv(tmp_path / "日报.csv", [["日期", "客服", "销售额"], ["2026-10-01", "旗舰店:小美", "100"],
                                            ["2026-10-01", "阿强", "50"], ["2026-10-01", label, "150"]])
    plan, import_id = run(path, create_staff=True)
    assert import_id and not plan.unknown_staff
    assert (plan.files[0].new, plan.files[0].skipped, plan.files[0].totals_rows) == (2, 1, [4])
    assert len(shop.staff.list()) == 3  # nobody called 全部客服 was created


def test_all_in_a_shop_column_is_a_filter_not_a_totals_row(tmp_path, shop, run, people):
    path = write_csv(tmp_path / "日报.csv", [["店铺", "日期", "客服", "销售额"], ["全部", "2026-10-01", "旗舰店:小美", "100"],
                                            ["全部", "2026-10-01", "阿强", "50"]])
    plan, import_id = run(path)
    assert import_id and plan.files[0].new == 2 and plan.files[0].totals_rows == []


def test_a_blank_named_row_adding_up_the_rows_above_is_skipped_with_a_note(tmp_path, shop, run, people):
    path = write_csv(tmp_path / "日报.csv", [["统计时间：2026-10-01 ~ 2026-10-02"], ["日期", "客服", "销售额", "询单人数", "平均响应(秒)"],
                                            ["2026-10-01", "旗舰店:小美", "¥1,200.50", "30", "20"],
                                            ["2026-10-01", "阿强", "800", "20", "30"],
                                            ["2026-10-01", "", "2,000.50", "50", "25"],  # a day's subtotal
                                            ["2026-10-02", "旗舰店:小美", "100", "3", "20"],
                                            ["", "", "2100.50", "53", "23"]])  # the grand total
    plan, import_id = run(path)
    f = plan.files[0]
    assert import_id and not plan.errors
    assert (f.new, f.skipped, f.totals_rows) == (3, 2, [5, 7])
    assert "第 5、7 行没有客服名称，数字等于上面各行之和：是合计行，已跳过" in f.notes
    assert shop.store.values.get("sales", D1, people["小美"]) == 120050


def test_the_last_row_without_a_name_as_large_as_every_row_is_a_total(tmp_path, shop, run, people):
    # a month report totals rows it did not list (the tool's filter): the sums differ, it is still the total
    path = write_csv(tmp_path / "客服绩效_2026-10-01至2026-10-18.csv", [["客服", "销售额", "询单人数"],
                                                                        ["旗舰店:小美", "12500", "300"],
                                                                        ["阿强", "8000", "200"], ["", "23456", "612"]])
    plan, import_id = run(path)
    assert import_id and not plan.errors
    assert plan.files[0].totals_rows == [4]
    assert any(n.startswith("第 4 行没有客服名称，是表格的最后一行") for n in plan.files[0].notes)


@pytest.mark.parametrize(("rows", "bad_row"), [
    ([["2026-10-01", "旗舰店:小美", "100"], ["2026-10-01", "", "900"], ["2026-10-02", "阿强", "50"]], 3),  # not last
    ([["2026-10-01", "旗舰店:小美", "100"], ["2026-10-01", "阿强", "50"], ["2026-10-01", "", "60"]], 4),  # smaller
])
def test_a_blank_named_row_that_is_no_total_stays_an_error(tmp_path, shop, imports, people, rows, bad_row):
    plan = imports.preview([write_csv(tmp_path / "日报.csv", [["日期", "客服", "销售额"], *rows])])
    [error] = plan.errors
    assert error.message() == f"日报.csv 第 {bad_row} 行「客服」列：客服名称为空"
    assert plan.files[0].totals_rows == []


def test_a_workbook_with_a_blank_named_total_imports_through_the_command_line(tmp_path, shop, people, capsys):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["赤兔 客服绩效（月度）"])
    sheet.append(["统计时间：2026-10-01 ~ 2026-10-18"])
    sheet.append(["客服昵称", "销售额", "销售订单数", "询单->最终付款成功率"])
    sheet.append(["旗舰店:小美", 12500.5, 120, 0.42])
    sheet.append(["阿强", 8000, 80, 0.38])
    sheet.append([None, 20500.5, 200, 0.4])
    path = tmp_path / "赤兔_客服绩效_月度.xlsx"
    book.save(path)
    before = dump(shop)
    assert cli(shop, "import", str(path), "--json") == 0
    [f] = json.loads(capsys.readouterr().out)["files"]
    assert (f["new"], f["skipped"], f["errors"], f["totals_rows"]) == (2, 1, [], [6])
    assert "第 6 行没有客服名称，数字等于上面各行之和：是合计行，已跳过" in f["notes"]
    assert dump(shop) != before


def test_a_blank_named_row_followed_by_another_is_not_lost(tmp_path, shop, imports, people):
    # two people whose names the export left out, both larger than the rows above: only the last can be the
    # table's total; the other is someone's data and must stay an error, not vanish from the counts
    plan = imports.preview([write_csv(tmp_path / "日报.csv", [["日期", "客服", "销售额"],
                                                              ["2026-10-01", "旗舰店:小美", "100"],
                                                              ["2026-10-01", "阿强", "50"],
                                                              ["2026-10-01", "", "300"],
                                                              ["2026-10-01", "", "400"]])])
    f = plan.files[0]
    assert [e.message() for e in plan.errors] == ["日报.csv 第 4 行「客服」列：客服名称为空"]
    assert f.totals_rows == [5] and f.skipped == 1


def test_a_total_still_adds_up_over_a_row_with_a_wrong_date_above_it(tmp_path, shop, run, people):
    # the wrong date is said, and the day's subtotal is still seen as the sum of the file's rows, no second error
    path = write_csv(tmp_path / "日报.csv", [["日期", "客服", "销售额"],
                                            ["2026-10-01", "旗舰店:小美", "100"], ["2026-13-01", "阿强", "70"],
                                            ["2026-10-01", "", "170"],
                                            ["2026-10-02", "旗舰店:小美", "40"], ["2026-10-02", "阿强", "50"],
                                            ["2026-10-02", "", "90"]])
    plan, import_id = run(path, skip_errors=True)
    assert [e.row for e in plan.errors] == [3]
    assert plan.files[0].totals_rows == [4, 7] and import_id


def test_a_total_still_adds_up_when_a_person_above_it_is_skipped(tmp_path, shop, run, people):
    # the owner chose to skip 新来的 (not on the team): the day's subtotal includes that row all the same
    path = write_csv(tmp_path / "日报.csv", [["日期", "客服", "销售额"],
                                            ["2026-10-01", "旗舰店:小美", "100"], ["2026-10-01", "新来的", "70"],
                                            ["2026-10-01", "", "170"],
                                            ["2026-10-02", "旗舰店:小美", "40"], ["2026-10-02", "阿强", "50"],
                                            ["2026-10-02", "", "90"]])
    plan, import_id = run(path, skip_staff=["新来的"])
    assert import_id and not plan.errors
    assert plan.files[0].totals_rows == [4, 7] and plan.files[0].new == 3


@pytest.mark.parametrize("batch", [1, 2, 3, 1024])
def test_totals_rows_see_every_row_above_them_whatever_rows_are_added_up_at_once(tmp_path, run, people, monkeypatch,
                                                                                 batch):
    # the rows read are added to the sums a batch of rows at a time (UNSUMMED_ROWS): a blank-named total, a worded
    # 合计 and the grand total each see every row above them, wherever a batch ends
    monkeypatch.setattr(totals_rows, "UNSUMMED_ROWS", batch)
    path = write_csv(tmp_path / "日报.csv", [["日期", "客服", "销售额", "询单人数"],
                                            ["2026-10-01", "旗舰店:小美", "100", "3"], ["2026-10-01", "阿强", "50", "2"],
                                            ["2026-10-01", "", "150", "5"],  # the day's total
                                            ["2026-10-02", "旗舰店:小美", "40", "1"], ["2026-10-02", "合计", "40", "1"],
                                            ["2026-10-03", "阿强", "20", "9"], ["2026-10-03", "旗舰店:小美", "30", "1"],
                                            ["2026-10-03", "", "50", "10"],  # the rows since 合计
                                            ["", "", "240", "16"]])  # every row
    plan, import_id = run(path)
    assert import_id and not plan.errors
    assert (plan.files[0].new, plan.files[0].totals_rows) == (5, [4, 6, 9, 10])
