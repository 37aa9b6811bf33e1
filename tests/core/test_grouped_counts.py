"""Counts shown to people carry thousands separators from 10,000 (the person detail read 1987654): in messages,
the grids and explanations alike, while what a program reads (`import --json`) keeps the plain figure."""

from fractions import Fraction

from app.metrics import Metric, builtin_metrics
from app.rules.text import finer_units

METRICS = {m.key: m for m in builtin_metrics()}


def test_counts_from_ten_thousand_are_grouped_smaller_ones_not():
    orders = METRICS["orders"]
    assert [orders.format(n) for n in (0, 9_999, 10_000, 1_987_654, -12_345)] == \
        ["0", "9999", "10,000", "1,987,654", "-12,345"]
    assert METRICS["work_days"].format(123_455) == "12,345.5"  # a count kept with a decimal
    assert Metric("score", "评分", unit="score", decimals=2, builtin=False).format(1_234_500) == "12,345"
    assert finer_units(orders, Fraction(1_234_567, 100)) == "12,345.67"  # a plan's mean target between two counts


def test_money_rates_and_durations_keep_their_own_writing_and_programs_get_the_plain_figure():
    assert METRICS["sales"].format(198_765_400) == "¥1,987,654.00"
    assert METRICS["reply_rate"].format(1_234_567) == "12345.67%"
    assert METRICS["response_s"].format(1_234_567) == "12345.67秒"
    assert METRICS["orders"].format(1_987_654, grouped=False) == "1987654"


def test_a_grouped_count_reads_back_as_typed():
    orders = METRICS["orders"]
    assert orders.parse(orders.format(1_987_654)) == 1_987_654
