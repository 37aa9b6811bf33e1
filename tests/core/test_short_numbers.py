"""Amounts and counts shortened for narrow columns (万/亿/万亿; K/M/B/T): the right unit at every unit's edge."""

from contextlib import contextmanager
from decimal import Decimal

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from app.i18n import set_language
from app.money import MAX_ABS_FEN, SHORT_FROM, format_number_short, format_yuan_short, round_half_up_div

UNITS = {"zh": ((10**4, "万"), (10**8, "亿"), (10**12, "万亿")), "en": ((10**6, "M"), (10**9, "B"), (10**12, "T"))}
COUNT_UNITS = {"zh": UNITS["zh"], "en": ((10**3, "K"), *UNITS["en"])}


def reference(hundredths_of_base: int, units) -> str:
    """A non-negative amount given in hundredths of its base (fen; a count × 100) in the smallest unit whose
    figure, rounded half up to two decimals, stays below one of the next unit, worked out on integers alone."""
    for index, (size, unit) in enumerate(units):
        hundredths = round_half_up_div(hundredths_of_base, size)
        if index == len(units) - 1 or hundredths < units[index + 1][0] // size * 100:
            return f"{hundredths // 100:,}.{hundredths % 100:02d}{unit}"
    raise AssertionError("no units")


@contextmanager
def language(lang: str):
    set_language(lang)
    try:
        yield
    finally:
        set_language("zh")


@given(fen=st.one_of(st.integers(SHORT_FROM, MAX_ABS_FEN), st.integers(-MAX_ABS_FEN, -SHORT_FROM),
                     st.sampled_from([10**k for k in range(10, 16)]).flatmap(
                         lambda edge: st.integers(edge - edge // 100, edge + edge // 100)).filter(
                         lambda fen: SHORT_FROM <= fen <= MAX_ABS_FEN)))
@example(fen=9_950_000_000)  # ¥99,500,000: ¥9,950.00万, not ¥1.00亿
@example(fen=9_999_995_000)  # ¥99,999,950: ¥1.00亿, not ¥10,000.00万
@example(fen=99_950_000_000)  # ¥999,500,000: ¥999.50M, not ¥1.00B
@example(fen=99_999_950_000)  # ¥999,999,500: ¥1.00B
@example(fen=999_950_000_000_000)  # ¥9,999.5亿, ¥999.95B
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_shortened_amount_is_in_the_smallest_unit_that_holds_it_once_rounded(fen, lang):
    with language(lang):
        assert format_yuan_short(fen) == ("-" if fen < 0 else "") + "¥" + reference(abs(fen), UNITS[lang])


@given(count=st.one_of(st.integers(100_000, 10**15), st.sampled_from([10**k for k in range(5, 15)]).flatmap(
    lambda edge: st.integers(edge - edge // 100, edge + edge // 100)).filter(lambda n: n >= 100_000)))
@example(count=999_995)  # 1.00M in English, 99.9995万 → 100.00万 in Chinese
@example(count=99_995_000)  # 9,999.50万
@example(count=99_999_999)  # 1.00亿
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_large_count_is_shortened_the_same_way(count, lang):
    with language(lang):
        assert format_number_short(Decimal(count), str(count)) == reference(count * 100, COUNT_UNITS[lang])


@pytest.mark.parametrize(("fen", "zh", "en"), [
    (9_950_000_000, "¥9,950.00万", "¥99.50M"),
    (9_999_994_999, "¥9,999.99万", "¥100.00M"),
    (9_999_995_000, "¥1.00亿", "¥100.00M"),
    (99_950_000_000, "¥10.00亿", "¥999.50M"),
    (99_999_500_000, "¥10.00亿", "¥1.00B"),
    (99_999_950_000_000, "¥1.00万亿", "¥1.00T"),
])
def test_amounts_at_the_edges_of_the_units(fen, zh, en):
    assert format_yuan_short(fen) == zh
    with language("en"):
        assert format_yuan_short(fen) == en


@pytest.mark.parametrize(("count", "zh", "en"), [
    (99_999, "99999", "99999"), (100_000, "10.00万", "100.00K"), (1_234_567, "123.46万", "1.23M"),
    (2_000_000, "200.00万", "2.00M"), (-1_234_567, "-123.46万", "-1.23M"),
])
def test_counts_below_a_hundred_thousand_stay_exact(count, zh, en):
    assert format_number_short(Decimal(count), str(count)) == zh
    with language("en"):
        assert format_number_short(Decimal(count), str(count)) == en
