"""Lunar birthdays are written as Chinese calendars write them (农历八月十五), never as 农历8月15日."""

import pytest

from app.domain import Birthday, lunar_month_day


@pytest.mark.parametrize(("month", "day", "written"), [
    (1, 1, "正月初一"), (1, 10, "正月初十"), (2, 11, "二月十一"), (8, 15, "八月十五"), (9, 19, "九月十九"),
    (10, 20, "十月二十"), (11, 21, "十一月廿一"), (12, 23, "腊月廿三"), (12, 29, "腊月廿九"), (3, 30, "三月三十"),
])
def test_lunar_month_and_day_in_calendar_words(month, day, written):
    assert lunar_month_day(month, day) == written


def test_a_lunar_birthday_is_labelled_in_calendar_words_and_a_solar_one_in_numbers():
    assert Birthday(8, 15, lunar=True).label() == "农历八月十五"
    assert Birthday(12, 23, lunar=True).shown_label() == "农历腊月廿三"
    assert Birthday(8, 15).label() == "8月15日"
    assert Birthday(8, 15, lunar=True).text() == "08-15"  # stored and typed as before
