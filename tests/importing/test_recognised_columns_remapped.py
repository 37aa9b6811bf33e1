"""Columns the import recognised, changed by hand (the wizard's 更改列的对应…, `import --map`): every value column set
to be ignored reads none of them, and a column mapped to the metric another column gives says which one it left
unread."""

from __future__ import annotations

from app.importing import ImportOptions

from .conftest import dump, write_csv

HEADER = ["日期", "客服", "销售额", "询单人数"]


def _report(tmp_path):
    return write_csv(tmp_path / "日报.csv", [HEADER, ["2026-10-01", "小美", "100", "3"]])


def test_every_value_column_ignored_reads_none_of_them(tmp_path, shop, imports, people):
    before = dump(shop)
    plan = imports.preview([_report(tmp_path)], ImportOptions(column_map={"销售额": None, "询单人数": None}))
    [error] = plan.errors
    assert error.message() == "日报.csv：没有可读取的数据列：数据列都设为了忽略"
    assert not {"sales", "inquiries"} & set(plan.files[0].columns.values()) and plan.blocking()
    assert dump(shop) == before


def test_a_column_mapped_to_the_metric_another_gives_says_which_it_left_unread(tmp_path, imports, people):
    plan = imports.preview([_report(tmp_path)], ImportOptions(column_map={"询单人数": "sales"}))
    assert plan.files[0].columns == {"日期": "date", "客服": "staff", "询单人数": "sales"}
    assert "「销售额」列没有读取：「询单人数」列指定为了同一个指标「销售额」" in plan.files[0].notes


def test_two_columns_mapped_to_one_metric_say_the_one_left_unread(tmp_path, imports, people):
    plan = imports.preview([_report(tmp_path)], ImportOptions(column_map={"销售额": "consults", "询单人数": "consults"}))
    assert plan.files[0].columns == {"日期": "date", "客服": "staff", "销售额": "consults"}
    assert "「询单人数」列没有读取：「销售额」列指定为了同一个指标「咨询人数」" in plan.files[0].notes
