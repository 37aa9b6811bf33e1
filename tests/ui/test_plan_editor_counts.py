"""The plan editor's whole-number boxes (从第几名, 满几个月) read a count as the grids do: `1,000`, `5千`."""

from ui.plans.values import int_value


def test_a_count_is_read_as_the_grids_read_it():
    assert [int_value(text) for text in ("12", "1,000", "5千", "１２", "")] == [12, 1000, 5000, 12, None]


def test_what_is_no_whole_number_is_passed_on_to_be_refused_naming_the_field():
    assert [int_value(text) for text in ("1.5", "abc")] == ["1.5", "abc"]
