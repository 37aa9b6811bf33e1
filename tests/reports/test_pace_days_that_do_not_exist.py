"""A day the calendar does not have (02-30, 2027-02-29) typed on 设置 → 看板 is refused naming the field, what was
typed and why: the month has no such day, not a form the owner did follow."""

from __future__ import annotations

import pytest

from app.errors import UserError
from app.reports.pace import WORKDAYS, DayWeights


@pytest.mark.parametrize(("typed", "why"), [("02-30:2", "2月没有30日"), ("4-31：3", "4月没有31日"),
                                            ("13-01:2", "一年只有 12 个月"), ("00-10:2", "一年只有 12 个月")])
def test_a_promotion_day_the_calendar_lacks_says_so(typed, why):
    with pytest.raises(UserError, match=why) as refused:
        DayWeights.parse(WORKDAYS, ["11-11:5", typed])
    assert "大促日" in refused.value.message and typed in refused.value.message
    assert "格式不对" not in refused.value.message


def test_the_29th_of_february_is_a_promotion_day_of_leap_years():
    assert DayWeights.parse(WORKDAYS, ["02-29:2"]).promotions == ((2, 29, 2),)


@pytest.mark.parametrize(("typed", "why"), [("2027-02-29", "2月没有29日"), ("2027-2-30~2027-03-02", "2月没有30日"),
                                            ("2027-03-01~2027年4月31日", "4月没有31日"), ("20270631", "6月没有31日"),
                                            ("2027-13-01", "一年只有 12 个月")])
def test_a_typed_day_the_calendar_lacks_says_so(typed, why):
    for field, given in (("另算放假的日子", {"days_off": [typed]}), ("另算上班的日子", {"days_on": [typed]})):
        with pytest.raises(UserError, match=why) as refused:
            DayWeights.parse(WORKDAYS, [], **given)
        assert field in refused.value.message and typed in refused.value.message


def test_a_form_not_followed_is_still_said_to_be_one():
    with pytest.raises(UserError, match="格式不对"):
        DayWeights.parse(WORKDAYS, ["11.11:3"])
    with pytest.raises(UserError, match="格式不对"):
        DayWeights.parse(WORKDAYS, [], days_off=["2027-02"])


@pytest.mark.parametrize("typed", ["11-11", "6-18：", "11-11:"])
def test_a_promotion_day_without_its_weight_is_refused(typed):
    """「11-11」 alone counted as one ordinary day: the board changed nothing, and nobody said why."""
    with pytest.raises(UserError, match="没有写倍数") as refused:
        DayWeights.parse(WORKDAYS, [typed])
    assert typed in refused.value.message and "11-11:3" in refused.value.message.replace("6-18:3", "11-11:3")


def test_a_weightless_day_stored_before_is_still_read_as_one_day():
    assert DayWeights.parse(WORKDAYS, ["11-11"], typed=False).promotions == ((11, 11, 1),)


@pytest.mark.parametrize(("typed", "example"), [("11-11 5", "11-11:5"), ("6-18　3", "6-18:3")])
def test_a_weight_typed_after_a_space_is_shown_where_it_goes(typed, example):
    """「11-11 5」 was told to write 「11-11 5:3」, which is refused in turn: the example puts the 5 after a colon."""
    with pytest.raises(UserError, match="没有写倍数") as refused:
        DayWeights.parse(WORKDAYS, [typed])
    assert f"例如 {example}" in refused.value.message


@pytest.mark.parametrize("typed", ["11-11 500", "11-11 0", "6-18 101"])
def test_the_example_for_a_weight_out_of_range_is_itself_accepted(typed):
    """「11-11 500」 was told to write 「11-11:500」, refused in turn as past 100: the example takes a weight the
    field accepts and the message says the range."""
    with pytest.raises(UserError, match="没有写倍数") as refused:
        DayWeights.parse(WORKDAYS, [typed])
    example = refused.value.message.partition("例如 ")[2].strip()
    assert DayWeights.parse(WORKDAYS, [example]).promotions  # taken as it is shown
    assert "1 到 100" in refused.value.message and typed.split()[0] in example


@pytest.mark.parametrize("typed", ["11-11:1.5", "6-18：2.5"])
def test_a_weight_that_is_no_whole_number_says_so(typed):
    """A day weighing one and a half ordinary days was refused as 「格式不对」, though the form was followed."""
    with pytest.raises(UserError, match="整数") as refused:
        DayWeights.parse(WORKDAYS, [typed])
    assert typed in refused.value.message and "格式不对" not in refused.value.message
