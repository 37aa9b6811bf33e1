from datetime import date

import pytest

from app.errors import UserError
from app.periods import (
    HalfYear,
    Month,
    Quarter,
    Year,
    add_months,
    chinese_date,
    clamp_as_of,
    days_left,
    elapsed_days,
    parse_date,
    parse_month,
    parse_period,
)


@pytest.mark.parametrize(("year", "month", "days"), [(2026, 1, 31), (2026, 2, 28), (2024, 2, 29), (2000, 2, 29),
                                                      (1900, 2, 28), (2026, 4, 30), (2026, 12, 31)])
def test_month_lengths(year, month, days):
    assert Month(year, month).days == days


def test_period_parsing_and_labels():
    assert parse_period("2026-10") == Month(2026, 10)
    assert parse_period("2026-Q4") == Quarter(2026, 4)
    assert parse_period("2026-H2") == HalfYear(2026, 2)
    assert parse_period("2026") == Year(2026)
    assert Month(2026, 10).label() == "2026年10月"
    assert Quarter(2026, 4).label() == "2026年第四季度"
    assert HalfYear(2026, 2).label() == "2026年下半年"
    assert Year(2026).label() == "2026年度"
    assert Quarter(2026, 4).month_list() == [Month(2026, 10), Month(2026, 11), Month(2026, 12)]
    assert Year(2024).days == 366


@pytest.mark.parametrize("text", ["2026-13", "2026-Q5", "26-10", "2026-H3", "十月", ""])
def test_bad_periods_are_refused(text):
    with pytest.raises(UserError):
        parse_period(text)


def test_parse_month_refuses_a_quarter():
    with pytest.raises(UserError):
        parse_month("2026-Q4")


def test_month_navigation():
    assert Month(2026, 1).previous() == Month(2025, 12)
    assert Month(2026, 12).next() == Month(2027, 1)
    assert Month(2026, 10).shift(-10) == Month(2025, 12)


def test_elapsed_share_on_first_and_last_day():
    october = Month(2026, 10)
    assert elapsed_days(october, date(2026, 10, 1)) == 1
    assert days_left(october, date(2026, 10, 1)) == 30
    assert elapsed_days(october, date(2026, 10, 31)) == 31
    assert days_left(october, date(2026, 10, 31)) == 0


def test_as_of_clamping():
    october = Month(2026, 10)
    # after the month: its last day
    assert clamp_as_of(october, date(2026, 11, 5)) == date(2026, 10, 31)
    # before the month: nothing elapsed
    assert clamp_as_of(october, date(2026, 9, 30)) == date(2026, 9, 30)
    assert clamp_as_of(october, date(2026, 1, 1)) == date(2026, 9, 30)
    assert elapsed_days(october, date(2026, 1, 1)) == 0
    assert days_left(october, date(2026, 1, 1)) == 31


def test_leap_february_elapsed():
    feb = Month(2024, 2)
    assert elapsed_days(feb, date(2024, 2, 29)) == 29
    assert days_left(feb, date(2024, 2, 28)) == 1


def test_add_months_clamps_to_month_end():
    assert add_months(date(2026, 1, 31), 3) == date(2026, 4, 30)
    assert add_months(date(2026, 1, 10), 3) == date(2026, 4, 10)
    assert add_months(date(2024, 2, 29), 12) == date(2025, 2, 28)
    assert add_months(date(2026, 11, 30), 3) == date(2027, 2, 28)


def test_chinese_dates():
    assert chinese_date(date(2026, 11, 1)) == "二〇二六年十一月一日"
    assert chinese_date(date(2026, 10, 20)) == "二〇二六年十月二十日"
    assert chinese_date(date(2026, 12, 31)) == "二〇二六年十二月三十一日"


def test_parse_date():
    assert parse_date("2026/10/1") == date(2026, 10, 1)
    with pytest.raises(UserError):
        parse_date("2026-02-30")


def test_every_period_may_be_written_with_a_slash():
    assert [parse_period(text).key() for text in ("2026/10", "2026/Q4", "2026/h2", "2026")] == \
        ["2026-10", "2026-Q4", "2026-H2", "2026"]


def test_parse_month_takes_a_slash_and_names_only_month_formats():
    assert parse_month("2026/11") == Month(2026, 11)
    with pytest.raises(UserError) as caught:
        parse_month("11月")
    assert "YYYY-MM" in caught.value.message and "Q4" not in caught.value.message


def test_a_period_written_as_the_app_shows_it_is_read_back():
    from app import i18n

    periods = [Month(2026, 1), Month(2026, 12), Quarter(2026, 4), HalfYear(2026, 1), HalfYear(2026, 2), Year(2026)]
    assert [parse_period(p.label()) for p in periods] == periods
    i18n.set_language("en")
    try:
        shown = [p.shown_label() for p in periods]
    finally:
        i18n.set_language("zh")
    assert shown == ["2026-01", "2026-12", "2026 Q4", "2026 H1", "2026 H2", "2026"]
    assert [parse_period(text) for text in shown] == periods
    assert parse_period("2026年第4季度") == Quarter(2026, 4) and parse_period("2026年") == Year(2026)
    assert parse_month("2026年10月") == Month(2026, 10)


@pytest.mark.parametrize("text", ["2026年13月", "2026年第五季度", "2026 H3", "2026年中半年"])
def test_a_shown_form_naming_no_period_is_refused(text):
    with pytest.raises(UserError) as caught:
        parse_period(text)
    assert text in caught.value.message


@pytest.mark.parametrize(("text", "key"), [
    ("2026下半年", "2026-H2"), ("2026年Q4", "2026-Q4"), ("2026年第4季度", "2026-Q4"), ("2026Q4", "2026-Q4"),
    ("2026 年度", "2026"), ("2026年10月", "2026-10"), ("2026.10", "2026-10"), ("2026/10", "2026-10"),
    ("2026年10", "2026-10"), ("2026年4季度", "2026-Q4"), ("2026第四季度", "2026-Q4"), ("2026年H2", "2026-H2"),
    ("2026年全年", "2026"), ("２０２６．１０", "2026-10"), ("2026年ｑ４", "2026-Q4"),
])
def test_a_period_as_an_owner_types_it_is_read(text, key):
    """`2026下半年`, `2026年Q4` and `2026.10` were refused while `2026年下半年`, `2026Q4` and `2026/10` were read."""
    assert parse_period(text).key() == key


def test_a_refused_period_names_the_forms_an_owner_may_type():
    with pytest.raises(UserError) as caught:
        parse_period("2026-10-01")
    assert "2026年第4季度" in caught.value.message and "2026年下半年" in caught.value.message
    assert "2026.10" in caught.value.message
