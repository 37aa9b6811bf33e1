"""The chart's target line is due by each day as the board's pace counts the days (`series.due_by_day`)."""

from datetime import date
from fractions import Fraction

import pytest

from app.domain import Staff
from app.periods import Month
from app.reports.pace import DayWeights
from app.reports.series import due_by_day, shop_target_due_by_day

NOV = Month(2026, 11)
DOUBLE_11 = DayWeights.parse("calendar", ["11-11:5"])


def person(hired: date | None = None) -> Staff:
    return Staff(id=1, name="小美", hired=hired)


def test_a_promotion_day_weighs_in_the_line_as_in_the_pace():
    due = due_by_day(NOV, [(person(), 3_400_000)], DOUBLE_11)
    for day in (10, 11, 12, 30):
        share = DOUBLE_11.elapsed_share(NOV, date(2026, 11, day))
        assert due[day - 1] == pytest.approx(3_400_000 * share)
    assert due[10] - due[9] == pytest.approx(5 * (due[9] - due[8]))  # 双11 adds five days' worth


def test_a_mid_month_hire_owes_from_her_first_day_on_the_weighted_days():
    hired = date(2026, 11, 11)
    due = due_by_day(NOV, [(person(hired), 2_400_000)], DOUBLE_11)
    assert due[9] == 0
    share = DOUBLE_11.elapsed_share(NOV, date(2026, 11, 11), start=hired)
    assert share == Fraction(5, 24) and due[10] == pytest.approx(2_400_000 * share)


def test_a_shop_target_climbs_over_the_working_days_of_a_holiday_month():
    october, workdays = Month(2026, 10), DayWeights.parse("workdays", [])
    due = shop_target_due_by_day(october, 1_800_000, workdays)
    assert due[:7] == [0.0] * 7  # 国庆
    assert due[9] == pytest.approx(1_800_000 * workdays.elapsed_share(october, date(2026, 10, 10)))  # 调休 Saturday
    assert due[10] == due[9] and due[30] == pytest.approx(1_800_000)


def test_calendar_days_keep_the_straight_line():
    assert due_by_day(NOV, [(person(), 3_000_000)]) == [3_000_000 * day / 30 for day in range(1, 31)]
