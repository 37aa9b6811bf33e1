"""Dates without their year (10-05) wait for the month to be chosen: the preview says so once per column, naming
the rows, not once per row — an export of a month listed thirty identical errors."""

from __future__ import annotations

from app.importing import ImportOptions
from app.periods import Month

from .conftest import write_csv

HEADER = ["日期", "客服", "销售额"]


def _export(tmp_path, days=range(1, 31), extra=()):
    rows = [[f"10-{day:02d}", "小美", "100"] for day in days]
    return write_csv(tmp_path / "日报.csv", [HEADER, *rows, *extra])


def test_year_less_rows_are_one_error_naming_them(tmp_path, people, imports):
    plan = imports.preview([_export(tmp_path)])
    [error] = plan.errors
    assert (error.row, error.column, error.rows) == (2, "日期", tuple(range(2, 32)))
    assert error.message() == ("日报.csv 第 2–31 行「日期」列：日期没有年份（如「10-01」），看不出是哪一年："
                               "请指定数据所属的月份")
    assert plan.files[0].needs_month and plan.files[0].counts()["errors"] == 30
    assert not plan.rows_to_skip()  # they wait for the month, they are not rows to skip
    assert error.as_json()["rows"] == list(range(2, 32))


def test_other_errors_keep_their_rows_and_the_month_reads_them_all(tmp_path, people, imports):
    path = _export(tmp_path, days=(1, 2, 3, 5), extra=[["10-06", "小美", "abc"]])
    plan = imports.preview([path])
    assert [e.message() for e in plan.errors] == [
        "日报.csv 第 2–6 行「日期」列：日期没有年份（如「10-01」），看不出是哪一年：请指定数据所属的月份"]
    chosen = imports.preview([path], ImportOptions(month=Month(2026, 10), month_where_needed=True))
    assert [(e.row, e.column) for e in chosen.errors] == [(6, "销售额")]


def test_a_single_year_less_row_is_said_as_before(tmp_path, people, imports):
    plan = imports.preview([_export(tmp_path, days=(5,))])
    [error] = plan.errors
    assert error.rows == () and error.message() == ("日报.csv 第 2 行「日期」列：「10-05」只有月和日，无法确定年份："
                                                    "请指定数据所属的月份")


def test_in_english_several_year_less_rows_are_rows(tmp_path, people, imports):
    from app.i18n import set_language

    rows = [[f"10-{day:02d}", "小美", "100"] for day in (1, 2, 3, 4, 6, 7, 8, 9)]
    rows.insert(4, ["合计", "", "800"])  # a totals row between them: rows 2–5 and 7–10
    plan = imports.preview([write_csv(tmp_path / "日报.csv", [HEADER, *rows])])
    set_language("en")
    try:
        [several] = [e.message() for e in plan.errors]
        single = imports.preview([_export(tmp_path, days=(5,))]).errors[0].message()
    finally:
        set_language("zh")
    assert several.startswith("日报.csv rows 2–5, 7–10, column"), several  # was "row 2–5, 7–10"
    assert single.startswith("日报.csv row 2, column"), single
