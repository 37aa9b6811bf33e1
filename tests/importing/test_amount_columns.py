"""Money columns headed by a bare word: 成交额 is the sales of 生意参谋/千牛; 金额 alone may be sales or refunds, so
it is read only where the report says which (its title, sheet or file name, or a group header above it), and
otherwise the preview names the column the owner can map."""

from __future__ import annotations

from datetime import date

import openpyxl
import pytest

from app.domain import StaffDraft
from app.importing import ImportOptions, synonyms

from .conftest import dump, write_csv

D5 = date(2026, 10, 5)
SYN = synonyms.load()
UNSURE_NOTE = ("「金额」列没有读取：看不出是「销售额」还是「退款金额」{why}。如要导入，"
               "请在导入向导的「处理未识别项」里指定它对应的指标（命令行加 --map 金额=指标；导入后记住，表头相同的文件以后自动使用），"
               "或把表头改为其中一个名称")
NOT_SAID = "（标题、工作表名和文件名里都没有说明）"


@pytest.fixture
def xiaomei(shop):
    return shop.staff.add(StaffDraft("小美")).id


@pytest.mark.parametrize("header, scale", [("成交额", 1), ("销售金额", 1), ("成交额（万元）", 10000)])
def test_sales_headers_of_the_seller_tools(header, scale):
    rule = SYN.lookup(header)
    assert (rule.role, rule.metric, rule.kind, rule.scale) == ("metric", "sales", "money", scale)


def test_amount_alone_is_not_taken_for_a_metric():
    assert SYN.lookup("金额").role == "ambiguous"
    assert SYN.lookup("金额（千元）").scale == 1000


def test_sales_alone_under_its_seller_tool_header_is_imported(tmp_path, shop, run, xiaomei):
    plan, import_id = run(write_csv(tmp_path / "日报.csv", [["日期", "客服", "成交额"], ["2026-10-05", "小美", "1,234.50"]]))
    assert import_id and not plan.errors  # was: 找不到表头
    assert shop.store.values.get("sales", D5, xiaomei) == 123450


@pytest.mark.parametrize("name, title, metric, said", [
    ("客服销售日报.csv", None, "sales", "「金额」列读作「销售额」（文件名里有「销售」）"),
    ("日报.csv", "客服退款统计 2026-10-05", "refunds", "「金额」列读作「退款金额」（标题里有「退款」）"),
    ("日报.csv", "成交明细（按客服）", "sales", "「金额」列读作「销售额」（标题里有「成交」）"),
])
def test_amount_is_read_where_the_report_says_what_it_is(tmp_path, shop, run, xiaomei, name, title, metric, said):
    rows = ([[title]] if title else []) + [["日期", "客服", "金额"], ["2026-10-05", "小美", "88"]]
    plan, import_id = run(write_csv(tmp_path / name, rows))
    assert import_id and not plan.errors
    assert shop.store.values.get(metric, D5, xiaomei) == 8800
    assert said in plan.files[0].notes
    assert plan.files[0].columns["金额"] == metric


def test_amount_in_a_sheet_named_for_refunds(tmp_path, shop, run, xiaomei):
    book = openpyxl.Workbook()
    book.active.title = "售后退款"
    for row in (["日期", "客服", "金额"], ["2026-10-05", "小美", 20]):
        book.active.append(row)
    book.save(tmp_path / "日报.xlsx")
    plan, import_id = run(tmp_path / "日报.xlsx")
    assert import_id and shop.store.values.get("refunds", D5, xiaomei) == 2000
    assert "「金额」列读作「退款金额」（工作表名里有「退款」）" in plan.files[0].notes


@pytest.mark.parametrize("group, metric", [("销售", "sales"), ("退款", "refunds")])
def test_amount_under_a_group_header_is_that_groups(tmp_path, shop, run, xiaomei, group, metric):
    path = write_csv(tmp_path / "日报.csv", [["日期", "客服", group], ["", "", "金额"], ["2026-10-05", "小美", "5"]])
    plan, import_id = run(path)
    assert import_id and not plan.errors
    assert shop.store.values.get(metric, D5, xiaomei) == 500


def test_amount_under_a_group_header_the_synonyms_do_not_know_is_read_by_its_words(tmp_path, shop, run, xiaomei):
    path = write_csv(tmp_path / "日报.csv", [["日期", "客服", "售后", ""], ["", "", "笔数", "金额"],
                                            ["2026-10-05", "小美", "2", "45"]])
    plan, import_id = run(path)
    assert import_id and not plan.errors
    assert shop.store.values.get("refunds", D5, xiaomei) == 4500
    assert "「售后/金额」列读作「退款金额」（表头里有「售后」）" in plan.files[0].notes


def test_amount_beside_other_columns_is_named_as_mappable_when_unsure(tmp_path, shop, run, imports, xiaomei):
    path = write_csv(tmp_path / "日报.csv", [["客服日报"], ["日期", "客服", "询单人数", "金额"],
                                            ["2026-10-05", "小美", "7", "99"]])
    plan, import_id = run(path)
    assert import_id and not plan.errors
    assert plan.files[0].mappable_columns == ["金额"]
    assert UNSURE_NOTE.format(why=NOT_SAID) in plan.files[0].notes
    assert shop.store.values.get("inquiries", D5, xiaomei) == 7
    assert shop.store.values.get("sales", D5, xiaomei) is None
    plan, import_id = run(path, column_map={"金额": "sales"})
    assert import_id and shop.store.values.get("sales", D5, xiaomei) == 9900
    assert not any("「金额」列没有读取" in n for n in plan.files[0].notes)


def test_amount_is_unsure_where_the_report_names_both(tmp_path, shop, imports, xiaomei):
    path = write_csv(tmp_path / "日报.csv", [["客服销售与退款统计"], ["日期", "客服", "询单人数", "金额"],
                                            ["2026-10-05", "小美", "7", "99"]])
    plan = imports.preview([path])
    assert UNSURE_NOTE.format(why="（标题里既有「销售」，又有「退款」）") in plan.files[0].notes


def test_amount_as_the_only_value_column_is_a_clear_error_and_can_be_mapped(tmp_path, shop, imports, run, xiaomei):
    path = write_csv(tmp_path / "日报.csv", [["日期", "客服", "金额"], ["2026-10-05", "小美", "99"]])
    before = dump(shop)
    plan = imports.preview([path])
    [error] = plan.errors
    assert error.message() == ("日报.csv：没有可读取的数据列：「金额」看不出是「销售额」还是「退款金额」"
                               f"{NOT_SAID}。请在导入向导的「处理未识别项」里指定它对应的指标（命令行加 --map 列名=指标），或把表头改为其中一个名称后重新导入")
    assert plan.files[0].mappable_columns == ["金额"] and plan.blocking()
    assert dump(shop) == before
    plan, import_id = run(path, column_map={"金额": "refunds"})
    assert import_id and shop.store.values.get("refunds", D5, xiaomei) == 9900
    [error] = imports.preview([path], ImportOptions(column_map={"金额": None})).errors
    assert error.reason == "没有可读取的数据列：数据列都设为了忽略"


def test_a_named_sales_column_wins_over_an_amount_read_by_its_context(tmp_path, shop, run, xiaomei):
    path = write_csv(tmp_path / "销售日报.csv", [["日期", "客服", "金额", "销售额"], ["2026-10-05", "小美", "1", "2"]])
    plan, import_id = run(path)
    assert import_id and shop.store.values.get("sales", D5, xiaomei) == 200
    assert not any("读作" in n for n in plan.files[0].notes)
    assert "金额" in plan.files[0].ignored_columns


def test_amount_in_a_further_table_is_read_by_that_tables_title(tmp_path, shop, run, xiaomei):
    path = write_csv(tmp_path / "日报.csv", [["售前客服"], ["日期", "客服", "销售额"], ["2026-10-05", "小美", "100"], [],
                                            ["售后客服"], ["日期", "客服", "金额"], ["2026-10-05", "小美", "30"]])
    plan, import_id = run(path)
    assert import_id and not plan.errors
    assert shop.store.values.get("sales", D5, xiaomei) == 10000
    assert shop.store.values.get("refunds", D5, xiaomei) == 3000
    assert "「金额」列读作「退款金额」（标题里有「售后」）" in plan.files[0].notes
