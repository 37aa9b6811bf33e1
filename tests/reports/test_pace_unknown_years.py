"""A workday pace in a year whose public holidays the chinese-calendar package does not know (2027 for the
package installed today): the board is told what is assumed, and the owner can type the days off and the
make-up working days."""

from datetime import date
from fractions import Fraction

import pytest

from app import settings as declared
from app.errors import UserError
from app.periods import Month
from app.reports.pace import CALENDAR, WORKDAYS, DayWeights, holidays_known, shop_day_weights
from app.shop import Shop

JAN, FEB, OCT = Month(2027, 1), Month(2027, 2), Month(2026, 10)


pytestmark = pytest.mark.usefixtures("holidays_known_to_2026")


def test_a_year_the_package_does_not_know_is_said_for_a_workday_pace_only():
    assert not holidays_known(2027) and holidays_known(2026)
    assert DayWeights(WORKDAYS).unknown_holidays(JAN) == 2027
    assert DayWeights(WORKDAYS).unknown_holidays(Month(2026, 12)) is None
    assert DayWeights(CALENDAR).unknown_holidays(JAN) is None


def test_spring_festival_days_the_owner_typed_are_days_off():
    """February 2027 has 20 weekdays. Guessed: Monday–Friday, so 1–5 February are 5 of 20. With 8–12 February
    typed as days off and Saturday 20 February as a make-up working day: 5 of 16."""
    assert DayWeights(WORKDAYS).elapsed_share(FEB, date(2027, 2, 5)) == Fraction(5, 20)
    weights = DayWeights.parse(WORKDAYS, [], days_off=["2027-02-08~2027-02-12"], days_on=["2027-02-20"])
    assert weights.weight(date(2027, 2, 8)) == 0 and weights.weight(date(2027, 2, 20)) == 1
    assert weights.elapsed_share(FEB, date(2027, 2, 5)) == Fraction(5, 16)
    assert weights.unknown_holidays(FEB) is None  # the owner has said what 2027 is
    assert weights.unknown_holidays(Month(2028, 2)) == 2028


def test_typed_days_come_before_the_package_in_a_year_it_knows():
    """Saturday 10 October 2026 is a make-up working day by the calendar; a shop closed that day says so."""
    weights = DayWeights.parse(WORKDAYS, [], days_off=["2026-10-10"])
    assert weights.elapsed_share(OCT, date(2026, 10, 10)) == Fraction(2, 17)


def test_typed_days_are_read_as_typed_with_a_chinese_input_method():
    weights = DayWeights.parse(WORKDAYS, [], days_off=["２０２７－０２－０８至2027-02-09", " 2027-02-10 "],
                               days_on=["2027-02-20"])
    assert weights.days_off == {date(2027, 2, 8), date(2027, 2, 9), date(2027, 2, 10)}
    assert weights.days_on == {date(2027, 2, 20)}


@pytest.mark.parametrize(("bad", "words"), [("2027-2-30", "2月没有30日"), ("02-08", "格式不对"),
                                            ("2027-02-12~2027-02-08", "结束日"), ("2027-01-01~2028-06-01", "最长一年")])
def test_bad_days_are_refused_naming_the_field(bad, words):
    with pytest.raises(UserError, match=words) as refused:
        DayWeights.parse(WORKDAYS, [], days_off=[bad])
    assert "另算放假的日子" in refused.value.message and bad in refused.value.message
    with pytest.raises(UserError, match="另算上班的日子"):
        DayWeights.parse(WORKDAYS, [], days_on=[bad])


def test_the_shops_settings_give_the_typed_days(tmp_path):
    shop = Shop.open(tmp_path / "shop.db", date(2027, 1, 2))
    shop.settings.set(declared.BOARD_DAY_WEIGHTS, WORKDAYS)
    assert shop_day_weights(shop.settings).unknown_holidays(JAN) == 2027
    shop.settings.set(declared.OWN_DAYS_OFF, ["2027-01-01"])
    shop.settings.set(declared.OWN_WORKDAYS, ["2027-01-02"])
    weights = shop_day_weights(shop.settings)
    assert weights.weight(date(2027, 1, 1)) == 0 and weights.weight(date(2027, 1, 2)) == 1
    assert weights.unknown_holidays(JAN) is None
    shop.close()


def test_days_are_read_as_an_owner_types_them_without_leading_zeros():
    weights = DayWeights.parse(WORKDAYS, [], days_off=["2027-2-8~2027-2-9", "2027/2/10", "2027.2.11", "2027年2月12日",
                                                       "20270215"])
    assert weights.days_off == {date(2027, 2, 8), date(2027, 2, 9), date(2027, 2, 10), date(2027, 2, 11),
                                date(2027, 2, 12), date(2027, 2, 15)}


def test_a_day_typed_both_off_and_on_is_refused_naming_it():
    with pytest.raises(UserError, match="2027-02-10 既写在「另算放假的日子」里，又写在「另算上班的日子」里"):
        DayWeights.parse(WORKDAYS, [], days_off=["2027-02-08~2027-02-12"], days_on=["2027-2-10"])


def test_a_month_without_a_public_holiday_is_guessed_right_and_not_warned_of():
    """March, July, August, November and December 2027 hold no public holiday: Monday–Friday is right there.
    June 2027 holds 端午 (9 June); in 2028 端午 is 28 May, and June holds none."""
    weights = DayWeights(WORKDAYS)
    assert [m for m in range(1, 13) if weights.unknown_holidays(Month(2027, m))] == [1, 2, 4, 5, 6, 9, 10]
    assert weights.unknown_holidays(Month(2028, 6)) is None and weights.unknown_holidays(Month(2028, 5)) == 2028


def test_a_day_typed_in_one_month_does_not_answer_for_the_others():
    """A shop's own day off on 1 June 2027 says nothing of 国庆: October 2027 is still guessed, and said so."""
    weights = DayWeights.parse(WORKDAYS, [], days_off=["2027-06-01"])
    assert weights.unknown_holidays(Month(2027, 6)) is None
    assert weights.unknown_holidays(Month(2027, 10)) == 2027
    assert "2027" in weights.guessed_holidays_note(Month(2027, 10))
