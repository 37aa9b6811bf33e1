"""A lone row dated without its year (10月5日) in a file whose other dates carry it (2026-10-04, 2026-10-06) and which
states no period: it takes the year of the others, when they all have the same; across two years, the one year in
which that day lies among them, else it is refused naming the row."""

from __future__ import annotations

from datetime import date

import pytest

from app.importing import ImportOptions
from app.periods import Month

from .conftest import write_csv

HEADER = ["日期", "客服", "销售额"]


def _export(tmp_path, dates, name="日报.csv"):
    return write_csv(tmp_path / name, [HEADER, *[[day, "小美", str(100 + i)] for i, day in enumerate(dates)]])


@pytest.mark.parametrize("dates", [
    ["2026-10-04", "10月5日", "2026-10-06"],
    ["10月5日", "2026-10-04", "2026-10-06"],  # before any dated row: it waits for them
    ["2026-10-04", "2026-10-06", "10-05"],
])
def test_a_lone_day_without_its_year_takes_the_year_of_the_others(tmp_path, shop, people, run, dates):
    plan, import_id = run(_export(tmp_path, dates))
    assert plan.errors == [] and not plan.files[0].needs_month and import_id is not None
    assert plan.files[0].period == (date(2026, 10, 4), date(2026, 10, 6))
    assert not any("年份" in note for note in plan.files[0].notes)  # obvious: said nowhere
    lone = dates.index(next(d for d in dates if not d.startswith("2026")))
    assert shop.store.values.get("sales", date(2026, 10, 5), people["小美"]) == (100 + lone) * 100


def test_the_row_keeps_its_place_in_the_file_s_totals(tmp_path, shop, people, run):
    """A totals row under them adds up the lone row too: it is read as the file's total, not as a person's row."""
    rows = [["2026-10-04", "小美", "100"], ["10月5日", "阿强", "50"], ["2026-10-06", "晓雯", "25"], ["2026-10-06", "", "175"]]
    plan, import_id = run(write_csv(tmp_path / "日报.csv", [HEADER, *rows]))
    assert plan.errors == [] and import_id is not None, [e.message() for e in plan.errors]
    assert shop.store.values.get("sales", date(2026, 10, 5), people["阿强"]) == 5000
    assert plan.files[0].totals_rows == [5]


def test_across_two_years_the_one_year_it_lies_among_them(tmp_path, shop, people, run):
    plan, import_id = run(_export(tmp_path, ["2025-12-30", "12月31日", "2026-01-01", "1月2日", "2026-01-03"]))
    assert plan.errors == [] and import_id is not None, [e.message() for e in plan.errors]
    assert shop.store.values.get("sales", date(2025, 12, 31), people["小美"]) == 10100
    assert shop.store.values.get("sales", date(2026, 1, 2), people["小美"]) == 10300


def test_across_two_years_a_day_lying_in_neither_is_refused_naming_the_row(tmp_path, people, imports):
    plan = imports.preview([_export(tmp_path, ["2025-12-30", "2026-01-02", "3月1日"])])
    [error] = plan.errors
    assert error.message() == ("日报.csv 第 4 行「日期」列：「3月1日」没有年份，文件里其他日期从 2025年12月30日 到 "
                               "2026年1月2日，跨了两年，看不出是哪一年：请在文件里写上年份（如「2026-03-01」）")
    assert not plan.files[0].needs_month and plan.rows_to_skip()  # no month to choose would say it: a row to skip


def test_across_two_years_a_day_lying_in_both_is_refused(tmp_path, people, imports):
    plan = imports.preview([_export(tmp_path, ["2025-03-01", "2026-05-01", "4月1日"])])
    assert [(e.row, e.value) for e in plan.errors] == [(4, "4月1日")] and "跨了两年" in plan.errors[0].reason


def test_with_no_other_date_the_month_is_still_asked_for(tmp_path, people, imports):
    plan = imports.preview([_export(tmp_path, ["10月5日", "10月6日"])])
    assert plan.files[0].needs_month and [e.rows for e in plan.errors] == [(2, 3)]
    chosen = imports.preview([_export(tmp_path, ["10月5日", "10月6日"])],
                             ImportOptions(month=Month(2026, 10), month_where_needed=True))
    assert chosen.errors == [] and chosen.files[0].period == (date(2026, 10, 5), date(2026, 10, 6))


def test_a_stated_period_still_gives_the_year(tmp_path, people, imports):
    """The period in the file's name wins over its other dates, as before."""
    plan = imports.preview([_export(tmp_path, ["2026-10-04", "10月5日"], name="日报_2026-10-01至2026-10-31.csv")])
    assert plan.errors == [] and plan.files[0].period == (date(2026, 10, 1), date(2026, 10, 31))


def test_a_name_no_one_has_is_said_from_its_first_row_though_that_row_waited(tmp_path, people, imports):
    rows = [["10月5日", "新来的", "50"], ["2026-10-06", "新来的", "25"], ["2026-10-07", "新来的", "25"]]
    plan = imports.preview([write_csv(tmp_path / "日报.csv", [HEADER, *rows])])
    assert plan.files[0].unknown_rows == {"新来的": [2, 3]}
    assert "第 2 行「客服」列：找不到客服「新来的」（共 3 行）" in plan.first_errors()


@pytest.mark.parametrize(("dates", "day"), [
    (["2026-01-01", "2026-01-02", "12月31日"], date(2025, 12, 31)),  # the eve of the file's year, not its end
    (["2025-12-30", "2025-12-31", "1月1日"], date(2026, 1, 1)),
    (["2026-10-04", "2026-10-06", "3月1日"], date(2026, 3, 1)),  # 2027's is nearer, but still to come
    (["2026-10-04", "2026-10-06", "10月7日"], date(2026, 10, 7)),
])
def test_with_one_year_the_day_goes_where_it_is_nearest_the_others(tmp_path, shop, people, run, dates, day):
    plan, import_id = run(_export(tmp_path, dates))
    assert plan.errors == [] and import_id is not None, [e.message() for e in plan.errors]
    assert shop.store.values.get("sales", day, people["小美"]) == 10200
