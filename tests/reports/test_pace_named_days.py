"""Promotion days typed by the names owners call them (618, 双11, 双十二) on 设置 → 看板: they were refused as a
format not followed, while the refusal of 「双11」 without its weight told the owner to write 「双11:3」."""

from __future__ import annotations

import pytest

from app.errors import UserError
from app.reports.pace import WORKDAYS, DayWeights


def test_a_promotion_day_is_read_by_its_name():
    parsed = DayWeights.parse(WORKDAYS, ["618:3", "双11:5", "双十二:2", "0520 : 4"])
    assert parsed.promotions == ((6, 18, 3), (11, 11, 5), (12, 12, 2), (5, 20, 4))
    assert DayWeights.parse(WORKDAYS, ["双十一：5"]).promotions == ((11, 11, 5),)


def test_a_named_day_and_its_date_are_one_day():
    with pytest.raises(UserError, match="11-11 写了两次") as refused:
        DayWeights.parse(WORKDAYS, ["双11:3", "11-11:5"])
    assert "双11:3" in refused.value.message


@pytest.mark.parametrize("typed", ["双11", "618", "双十二："])
def test_the_example_given_for_a_named_day_without_its_weight_is_accepted(typed):
    with pytest.raises(UserError, match="没有写倍数") as refused:
        DayWeights.parse(WORKDAYS, [typed])
    example = refused.value.message.partition("例如 ")[2].strip()
    assert DayWeights.parse(WORKDAYS, [example]).promotions


@pytest.mark.parametrize("typed", ["双13:2", "1332:2", "双:2", "6188:2", "双十三:2"])
def test_a_name_that_is_no_day_is_refused(typed):
    with pytest.raises(UserError, match="大促日"):
        DayWeights.parse(WORKDAYS, [typed])


@pytest.mark.parametrize(("typed", "one", "other"), [("111:3", "1-11", "11-1"), ("101:3", "1-01", "10-1"),
                                                     ("122:2", "1-22", "12-2"), ("111", "1-11", "11-1")])
def test_three_digits_read_as_two_days_are_asked_about(typed, one, other):
    """111 was taken as January 11th, 101 as January 1st: a presale's 11-1 or the national day weighed on the wrong
    day, with nothing said."""
    with pytest.raises(UserError, match=f"既可以是 {one}，也可以是 {other}") as refused:
        DayWeights.parse(WORKDAYS, [typed])
    assert typed in refused.value.message
    assert DayWeights.parse(WORKDAYS, ["618:3", "520:2", "110:2", "1111:5"]).promotions == (
        (6, 18, 3), (5, 20, 2), (1, 10, 2), (11, 11, 5))


def test_a_list_stored_before_three_digits_were_asked_about_is_still_read():
    assert DayWeights.parse(WORKDAYS, ["111:3"], typed=False).promotions == ((1, 11, 3),)
