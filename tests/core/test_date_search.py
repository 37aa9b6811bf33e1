"""A date typed into a search box (ISO or as the window writes it) is found in a row written either way, as a
whole date: never inside a longer number."""

from datetime import date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app import i18n
from app.clock import shown_stamp
from app.date_search import date_found, typed_date
from app.domain import Birthday
from app.periods import Month

SHOWN = "2026年10月5日 09:15:02"  # as the 操作日志 writes a time


@pytest.fixture(params=["zh", "en"])
def lang(request):
    i18n.set_language(request.param)
    yield request.param
    i18n.set_language("zh")


@pytest.mark.parametrize("typed", [
    "2026-10-05", "2026-10-5", "2026/10/05", "２０２６－１０－０５", " 2026-10-05 ", "2026年10月5日", "2026年10月5号",
    "2026-10", "2026/10", "2026年10月", "10-05", "10/5", "10月5日",
    "2026-10-05 09:15", "2026-10-05T09:15:02", "2026-10-05 9:15", "2026-10-05 09:1", "2026年10月5日 09:15",
    "2026-10-05 9", "2026年10月5日 9",  # the hour typed without its 0, before the colon: it found nothing
])
def test_a_day_month_or_time_typed_either_way_is_found(typed):
    assert date_found(typed, SHOWN)
    assert date_found(typed, "2026-10-05 09:15:02")  # as the English window, CSV exports and the command line


@pytest.mark.parametrize(("typed", "text"), [
    ("2026-10-06", SHOWN), ("2026-11", SHOWN), ("2025-10-05", SHOWN), ("10-06", SHOWN),
    ("2026-1", SHOWN), ("2026-1", "2026-10-05"),  # January, not October
    ("1-05", "2026年11月5日"), ("1-05", "2026-11-05"),  # 1月5日, not 11月5日
    ("10-05", "2010-05"), ("2026-10-05", "2026-10-050"),
    ("2026-10-05 09:16", SHOWN), ("2026-10-05 10", SHOWN), ("2026-10-05 8", SHOWN),
    ("2026-10", "小美2026号 10月"),  # a 2026 in a name is no year
])
def test_another_date_or_a_longer_number_is_not_found(typed, text):
    assert not date_found(typed, text)


@pytest.mark.parametrize("typed", [
    "2026", "10月", "2026年", "2026-13", "2026-00", "13-01", "02-30", "2025-02-29", "0000-01-01", "2026-10/05",
    "10.05", "1-5-2026", "张伟", "", "2026-10-05 下午",
])
def test_text_that_is_no_date_is_read_as_none(typed):
    assert typed_date(typed) is None
    assert not date_found(typed, SHOWN)


def test_the_29th_of_february_is_a_day_of_some_years():
    assert date_found("02-29", "2024年2月29日") and date_found("2024-02-29", "2024年2月29日")


def test_a_birthday_and_a_month_as_the_window_writes_them(lang):
    assert date_found("10-05", Birthday(10, 5).shown_label())
    assert date_found("2026-10", Month(2026, 10).shown_label())
    assert not date_found("10-05", Birthday(10, 15).shown_label())


stamps = st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2099, 12, 31)).map(
    lambda at: at.replace(microsecond=0).isoformat())


@settings(max_examples=300, deadline=None)
@given(stamp=stamps, seconds=st.booleans(), language=st.sampled_from(["zh", "en"]))
def test_any_shown_time_is_found_by_its_iso_day_month_and_month_day(stamp, seconds, language):
    day = datetime.fromisoformat(stamp).date()
    i18n.set_language(language)
    try:
        shown = shown_stamp(stamp, seconds)
    finally:
        i18n.set_language("zh")
    for typed in (day.isoformat(), day.isoformat()[:7], day.isoformat()[5:], f"{day.year}年{day.month}月{day.day}日",
                  f"{day.month}/{day.day}", stamp[:16]):
        assert date_found(typed, shown), (typed, shown)


@settings(max_examples=300, deadline=None)
@given(stamp=stamps, other=st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31)),
       language=st.sampled_from(["zh", "en"]))
def test_a_shown_time_is_not_found_by_another_day_or_month(stamp, other, language):
    day = datetime.fromisoformat(stamp).date()
    i18n.set_language(language)
    try:
        shown = shown_stamp(stamp, seconds=True)
    finally:
        i18n.set_language("zh")
    assert date_found(other.isoformat(), shown) == (other == day)
    assert date_found(other.isoformat()[:7], shown) == ((other.year, other.month) == (day.year, day.month))
    assert date_found(other.isoformat()[5:], shown) == ((other.month, other.day) == (day.month, day.day))


@pytest.mark.parametrize("typed", ["2026-10-01~2026-10-07", "2026-10-01 ~ 2026-10-07", "2026年10月1日至2026年10月7日",
                                   "2026-10-01到2026-10-07", "2026-10-07~2026-10-01", "2026-10-05~2026-10-05",
                                   "2026-10-01～2026-10-07", "2026-10-01〜2026-10-07"])
def test_a_span_of_days_finds_every_day_within_it(typed):
    """「上周改了什么」: a week typed as a span, as the settings' own days off are (2027-02-08~2027-02-12), not day by day."""
    assert date_found(typed, SHOWN) and date_found(typed, "2026-10-05 09:15:02")
    assert not date_found(typed, "2026年10月8日 09:15:02") and not date_found(typed, "2026-09-30 23:59:59")


@pytest.mark.parametrize("typed", ["2026-10-01~", "2026-10~2026-11", "2026-10-01~2026-13-01", "2026-02-30~2026-03-01",
                                   "2026-10-01 09:00~2026-10-07"])
def test_what_is_no_span_of_days_is_no_date(typed):
    assert typed_date(typed) is None  # searched for as typed text, as before


def test_a_span_of_years_finds_its_days_and_no_others():
    """「去年以来」: a span longer than a year was searched for as text, finding nothing and saying nothing."""
    since = "2025-01-01~2026-10-07"
    assert date_found(since, SHOWN) and date_found(since, "2025-01-01 00:00:00") and date_found(since, "2025年3月9日")
    assert not date_found(since, "2024年12月31日 23:59:59") and not date_found(since, "2026-10-08")
    assert not date_found(since, "2026-02-30") and not date_found(since, "12026-10-05") and not date_found(since, "2026-10-050")


def test_a_span_is_compared_with_the_days_a_row_holds_not_looked_for_day_by_day():
    """A span was searched for one day at a time, each written both ways: a year's, in the 操作日志's 2,000 rows,
    took 0.4 s for every key typed. A span keeps its two ends alone, so its length costs nothing."""
    wanted = typed_date("0001-01-01~9999-12-31")
    assert wanted is not None and wanted.forms == () and wanted.span == (date(1, 1, 1), date(9999, 12, 31))
    assert wanted.found_in("修改员工 张伟（#1）：入职日期 2026年3月1日 → 2026年3月2日") and not wanted.found_in("张伟")
