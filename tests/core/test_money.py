import re
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.errors import FinerThanKept, UserError
from app.money import (
    ceil_div, format_yuan, format_yuan_short, parse_yuan, round_half_up_div, scale_fen, split_largest_remainder,
)


@pytest.mark.parametrize(
    ("text", "fen"),
    [
        ("12500", 1_250_000),
        ("12,500.50", 1_250_050),
        ("¥12,500", 1_250_000),
        ("￥12,500", 1_250_000),
        ("¥1,234.5", 123_450),
        ("-0.01", -1),
        ("2.67", 267),
        ("2.670", 267),  # a trailing zero is no finer
        ("1.2345万", 1_234_500),  # decimals of 万 are fine as long as the amount is whole fen
        ("１２，５００", 1_250_000),  # full-width digits and comma
        (" 12500 元", 1_250_000),
        ("1.2万", 1_200_000),
        ("1.2w", 1_200_000),  # 万 as chats write it
        ("¥1.5W", 1_500_000),
        ("10000000000", 10**12),  # 10^10 yuan = 10^12 fen
        ("-¥12.00", -1200),
        ("¥-12.00", -1200),
    ],
)
def test_parse_yuan_accepts_the_forms_people_type(text, fen):
    assert parse_yuan(text) == fen


@pytest.mark.parametrize("text", ["1e3", "abc", "", "  ", "w", "1.2ww", "12,50", "1,2,3", "¥", "--5", "NaN", "inf", "1.2.3"])
def test_parse_yuan_refuses_what_is_not_an_amount(text):
    with pytest.raises(UserError):
        parse_yuan(text)


@pytest.mark.parametrize("text", ["\u200b12,500", "12,500\u200b", "\ufeff12500", "12\u2060500", "\u200e¥12,500"])
def test_an_amount_copied_with_an_invisible_character_reads_as_shown(text):
    """A figure copied from a web report or WeChat carries a zero-width space or a byte-order mark: the grid
    refused 「12500」 (a zero-width space before it) as no amount, which reads 12500 on the screen."""
    assert parse_yuan(text) == 1_250_000


def test_parse_yuan_message_names_the_field_and_value():
    with pytest.raises(UserError) as e:
        parse_yuan("12元5角", field="销售额")
    assert "销售额" in e.value.message and "12元5角" in e.value.message


@pytest.mark.parametrize("field", ["", "销售额"])
def test_a_refused_amount_shows_examples_that_are_themselves_taken(field):
    """「「1e3」不是有效的金额」 did not say how an amount is written."""
    with pytest.raises(UserError) as e:
        parse_yuan("1e3", field=field)
    examples = re.search(r"（例如 (.+)）", e.value.message)
    assert examples is not None, e.value.message
    written = re.split(r"、| 或 ", examples.group(1))
    assert len(written) == 3
    for text in written:
        parse_yuan(text)


@pytest.mark.parametrize("text", ["0.005", "3500.555", "¥-12.001", "1.2345678万"])
def test_parse_yuan_refuses_an_amount_finer_than_the_fen(text):
    with pytest.raises(FinerThanKept) as e:
        parse_yuan(text, field="固定工资")
    assert e.value.message == f"固定工资最多两位小数（到分）：「{text}」"


def test_parse_yuan_refuses_absurd_amounts():
    with pytest.raises(UserError):
        parse_yuan("100000000000000")  # 10^14 yuan


@pytest.mark.parametrize(
    ("fen", "text"),
    [(1_250_000, "¥12,500.00"), (-1, "-¥0.01"), (0, "¥0.00"), (10**12, "¥10,000,000,000.00"), (5, "¥0.05")],
)
def test_format_yuan(fen, text):
    assert format_yuan(fen) == text


@given(st.integers(min_value=-(10**14), max_value=10**14))
def test_format_then_parse_round_trips(fen):
    assert parse_yuan(format_yuan(fen)) == fen


def test_integer_rounding_helpers():
    assert round_half_up_div(5, 2) == 3
    assert round_half_up_div(-5, 2) == -3
    assert round_half_up_div(4, 3) == 1
    assert ceil_div(10, 3) == 4
    assert ceil_div(9, 3) == 3
    assert scale_fen(12345, Decimal("0.03")) == 370  # 370.35 → 370
    assert scale_fen(12350, Decimal("0.03")) == 371  # 370.5 → 371


def test_split_largest_remainder_example():
    # ¥100.00 split three ways: 3334, 3333, 3333 — equal remainders go to the earliest share
    assert split_largest_remainder(10000, [1, 1, 1]) == [3334, 3333, 3333]
    assert split_largest_remainder(-101, [1, 1]) == [-51, -50]


@given(st.integers(min_value=-(10**9), max_value=10**9),
       st.lists(st.integers(min_value=0, max_value=1000), min_size=1, max_size=12).filter(lambda w: sum(w) > 0))
def test_split_shares_add_up(total, weights):
    shares = split_largest_remainder(total, weights)
    assert sum(shares) == total
    assert all(s == 0 for s, w in zip(shares, weights, strict=True) if w == 0)


def test_a_count_must_be_a_whole_number():
    from app.metrics import MetricRegistry

    orders = MetricRegistry().get("orders")
    assert orders.parse("37") == 37
    with pytest.raises(UserError, match="应为整数"):
        orders.parse("1.5")


@pytest.mark.parametrize(("typed", "seconds"), [
    ("25", 25), ("25秒", 25), ("2分", 120), ("1分5秒", 65), ("1分05秒", 65), ("1:05", 65), ("00:01:05", 65),
    ("1小时", 3600), ("26.5秒", 26.5), ("２分", 120), ("1,200", 1200),
])
def test_a_typed_response_time_reads_as_an_imported_one(typed, seconds):
    from app.importing.cells import _duration
    from app.metrics import MetricRegistry

    response = MetricRegistry().get("response_s")
    assert response.parse(typed) == response.to_units(Decimal(str(seconds)))  # 2分 was 2 seconds in the grid
    assert _duration(typed, response.decimals, None) == response.parse(typed)


def test_a_response_time_that_is_not_a_length_of_time_is_refused_with_examples():
    from app.metrics import MetricRegistry

    with pytest.raises(UserError, match="「1分5」不是有效的时长（例如 25秒"):
        MetricRegistry().get("response_s").parse("1分5")


def test_a_whole_seconds_metric_refuses_a_fraction_of_a_second():
    from app.metrics import Metric

    waiting = Metric("wait_s", "等待时长", "seconds", decimals=0, builtin=False)
    assert waiting.parse("2分") == 120
    with pytest.raises(UserError, match="应为整数"):
        waiting.parse("25.5")


@pytest.mark.parametrize(("unit", "decimals", "typed", "message"), [
    ("points", 1, "4.55", "服务积分最多一位小数：「4.55」"),
    ("percent", 2, "97.125%", "服务积分最多两位小数：「97.125%」"),
    ("seconds", 2, "25.125秒", "服务积分最多两位小数：「25.125秒」"),
    ("score", 3, "1.2345", "服务积分最多 3 位小数：「1.2345」"),
    ("yuan", 2, "3500.555", "服务积分最多两位小数（到分）：「3500.555」"),
])
def test_a_typed_value_finer_than_the_metric_keeps_is_refused_not_rounded(unit, decimals, typed, message):
    from app.metrics import Metric

    metric = Metric("custom_1", "服务积分", unit, decimals=decimals, builtin=False)
    with pytest.raises(UserError) as e:
        metric.parse(typed)
    assert e.value.message == message


def test_a_value_as_fine_as_the_metric_keeps_is_taken_with_its_trailing_zeros():
    from app.metrics import Metric

    points = Metric("custom_1", "服务积分", "points", decimals=1, builtin=False)
    assert [points.parse(text) for text in ("4.5", "4.50", "4", "0.1万")] == [45, 45, 40, 10_000]


@pytest.mark.parametrize(("fen", "zh", "en"), [
    (999_999_999, "¥9,999,999.99", "¥9,999,999.99"),  # as exact as ever below ¥10,000,000
    (-4_410_00, "-¥4,410.00", "-¥4,410.00"),
    (1_000_000_000, "¥1,000.00万", "¥10.00M"),
    (1_234_567_890, "¥1,234.57万", "¥12.35M"),
    (9_999_995_000, "¥1.00亿", "¥100.00M"),  # 9,999.995万 rounds to 1.00亿, not to 10,000.00万
    (1_234_567_890_100, "¥123.46亿", "¥12.35B"),
    (99_999_999_999_900, "¥1.00万亿", "¥1.00T"),
    (-500_000_000_000, "-¥50.00亿", "-¥5.00B"),
    (10**15, "¥10.00万亿", "¥10.00T"),  # the largest amount kept
])
def test_a_large_amount_is_shortened_to_wan_or_yi_in_chinese_and_millions_or_billions_in_english(fen, zh, en):
    from app.i18n import set_language

    assert format_yuan_short(fen) == zh
    set_language("en")
    try:
        assert format_yuan_short(fen) == en
    finally:
        set_language("zh")


@pytest.mark.parametrize(("key", "typed"), [("conversion_rate", "35秒"), ("orders", "35秒"), ("orders", "3分"),
                                            ("conversion_rate", "35单")])
def test_a_value_typed_with_another_kind_of_unit_is_refused_not_read_as_the_number(key, typed):
    """「35秒」 typed into a rate's cell (the column beside a response time) was kept as 35%."""
    from app.metrics import MetricRegistry

    with pytest.raises(UserError, match=f"「{typed}」"):
        MetricRegistry().get(key).parse(typed)


@pytest.mark.parametrize(("key", "typed", "units"), [("orders", "37单", 37), ("orders", "12人", 12),
                                                     ("orders", "5个", 5), ("conversion_rate", "35%", 3500)])
def test_a_value_typed_with_its_own_unit_is_read(key, typed, units):
    from app.metrics import MetricRegistry

    assert MetricRegistry().get(key).parse(typed) == units


@pytest.mark.parametrize(("key", "typed", "message"), [
    ("orders", "1.5", 'Orders: "1.5" must be a whole number'),
    ("conversion_rate", "abc", 'Conversion (report): "abc" is not a valid number'),
    ("sales", "abc", "Sales"),
    ("response_s", "abc", "Average response time"),
])
def test_a_refused_typed_value_names_the_metric_in_the_language_shown(key, typed, message):
    """In English the refusal said 「订单数: "1.5" must be a whole number」: the metric's stored Chinese name."""
    from app.i18n import set_language
    from app.metrics import MetricRegistry

    set_language("en")
    try:
        with pytest.raises(UserError) as refused:
            MetricRegistry().get(key).parse(typed)
        assert message in refused.value.message and "订单数" not in refused.value.message
    finally:
        set_language("zh")


@pytest.mark.parametrize(("text", "fen"), [
    ("1.5千", 150_000),
    ("2千", 200_000),
    ("1.555千", 155_500),  # exactly ¥1,555.00: no float on the way (1.555 * 1000 is 1554.9999… as a float)
    ("1.00001千", 100_001),  # a thousandth of a yuan per 千's 0.00001: still whole fen
    ("¥1.5千", 150_000),
    ("1.5千元", 150_000),
    ("1,234.5千", 123_450_000),
    ("-0.5千", -50_000),
    ("1.2k", 120_000),  # 千 as chats write it, as 1.2w is 万
    ("1.2K", 120_000),
])
def test_parse_yuan_reads_thousands_as_it_reads_ten_thousands(text, fen):
    assert parse_yuan(text) == fen


@pytest.mark.parametrize("text", ["0.000001千", "1.000005千", "0.000001k"])
def test_thousands_finer_than_the_fen_are_refused_when_typed(text):
    """0.000001千 is a tenth of a fen: refused as any other amount finer than the fen (0.0001千 is 10 fen, kept)."""
    with pytest.raises(FinerThanKept):
        parse_yuan(text, field="固定工资")
    assert parse_yuan("0.0001千") == 10


@pytest.mark.parametrize("text", ["千", "1.2千千", "1.2千万", "k", "1.2kk", "1.2万k"])
def test_a_thousands_mark_alone_or_doubled_is_no_amount(text):
    with pytest.raises(UserError):
        parse_yuan(text)
