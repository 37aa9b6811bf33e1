"""The year the 红花榜 opens on, shared by the 小红花 page and `honghua flowers board` without --year."""

from datetime import date

from app.recognition.standings import opening_board_year

JAN_2 = date(2027, 1, 2)


def test_early_in_january_last_years_final_list():
    assert opening_board_year([date(2026, 3, 1), date(2026, 12, 30)], JAN_2) == 2026


def test_this_years_list_once_a_flower_is_given_this_year():
    assert opening_board_year([date(2026, 12, 30), date(2027, 1, 2)], JAN_2) == 2027


def test_this_year_for_a_shop_whose_flowers_begin_this_year_or_that_has_none():
    assert opening_board_year([date(2027, 1, 1)], JAN_2) == 2027
    assert opening_board_year([], JAN_2) == 2027


def test_not_last_year_when_it_had_no_flower():
    """A shop whose flowers stopped two years ago: last year's list is empty, so this year's is shown (and the
    command line names no year with nothing in it)."""
    assert opening_board_year([date(2025, 5, 1)], date(2027, 7, 15)) == 2027
    assert opening_board_year([date(2026, 5, 1)], date(2027, 7, 15)) == 2026  # mid-year, as the page always did
