"""Cell values: money, counts, rates, durations and dates as the seller tools write them."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.i18n import set_language
from app.importing.cells import PENDING, CellError, Rounded, make_parser, parse_day
from app.metrics import MetricRegistry

REG = MetricRegistry()
MISSING = frozenset({"", "-", "--", "—"})
PROVISIONAL = frozenset({"延迟统计"})


def parser(kind: str, metric: str, max_percent: int | None = 100):
    return make_parser(kind, REG.get(metric), MISSING, PROVISIONAL, max_percent=max_percent)


@pytest.mark.parametrize("raw, fen", [
    ("¥12,500.00", 1250000), ("￥12,500.00", 1250000), ("12,500", 1250000), ("1.2万", 1200000),
    ("12500.5", 1250050), (12500.1, 1250010), (3000, 300000), ("0.015", 2), ("１２３", 12300), (" 88元 ", 8800),
])
def test_money(raw, fen):
    assert parser("money", "sales")(raw) == fen


@pytest.mark.parametrize("raw, fen", [("1.5千", 150000), ("1.555千", 155500), ("2千元", 200000), ("1.2k", 120000),
                                      ("¥1.5千", 150000), ("1.5万", 1500000)])
def test_money_in_thousands_is_read_exactly(raw, fen):
    """「1.5千」 in a 销售额 cell was refused as no amount, though 「1.5万」 was read."""
    assert parser("money", "sales")(raw) == fen


def test_money_in_thousands_finer_than_the_fen_is_rounded_and_said_as_other_figures_are():
    read = parser("money", "sales")("1.000005千")
    assert read == 100001 and isinstance(read, Rounded)


def test_a_count_in_thousands_is_read():
    assert parser("count", "orders")("2千") == 2000 and parser("count", "orders")("1.5千单") == 1500
    with pytest.raises(CellError, match="整数"):
        parser("count", "orders")("1.0005千")


@given(st.decimals(min_value=0, max_value=10**9, places=2, allow_nan=False))
def test_money_text_is_exact(value):
    assert parser("money", "sales")(f"￥{value:,.2f}") == int(value * 100)


@pytest.mark.parametrize("raw", ["--", "-", "", "—", None])
def test_missing_is_none_not_zero(raw):
    assert parser("money", "sales")(raw) is None
    assert parser("count", "orders")(raw) is None


def test_not_counted_yet_is_pending():
    assert parser("count", "orders")("延迟统计") is PENDING


@pytest.mark.parametrize("raw, reason", [("-5", "负数"), ("abc", "数字"), ("12.5", "整数"), (True, "数字")])
def test_bad_counts(raw, reason):
    with pytest.raises(CellError, match=reason):
        parser("count", "orders")(raw)


def test_a_bad_amount_says_what_is_read_as_the_data_grid_does():
    with pytest.raises(CellError) as refused:
        parser("money", "sales")("一百块")
    assert str(refused.value) == "不是有效的金额（例如 12500、12,500.50 或 ¥12,500）"
    set_language("en")
    try:
        with pytest.raises(CellError) as refused:
            parser("money", "sales")("一百块")
    finally:
        set_language("zh")
    assert str(refused.value) == "is not a valid amount of money (e.g. 12500, 12,500.50 or ¥12,500)"
    for example in ("12500", "12,500.50", "¥12,500"):  # the examples are what the import reads
        assert parser("money", "sales")(example) is not None


def test_negative_money_is_refused():
    with pytest.raises(CellError, match="负数"):
        parser("money", "sales")("-12.00")


@pytest.mark.parametrize("raw, units, bare", [
    ("98.5%", 9850, False), ("100%", 10000, False), ("0.985", 9850, True), ("1.0", 10000, True), (0.985, 9850, True),
    ("98.5", 985000, True),
])
def test_rates(raw, units, bare):
    assert parser("rate", "reply_rate")(raw) == (units, bare)


def test_rate_over_100_percent():
    with pytest.raises(CellError, match="超过 100%"):
        parser("rate", "reply_rate")("100.5%")
    assert parser("rate", "answer_ratio", max_percent=None)("120%") == (12000, False)


@pytest.mark.parametrize("raw, centis", [
    ("25秒", 2500), ("1分05秒", 6500), ("1分钟5秒", 6500), ("00:01:05", 6500), ("01:05", 6500), ("65", 6500),
    ("25.5s", 2550), (time(0, 1, 5), 6500), (timedelta(seconds=65), 6500), (25, 2500), ("1小时", 360000),
])
def test_durations(raw, centis):
    assert parser("duration", "response_s")(raw) == centis


def test_bad_duration():
    with pytest.raises(CellError, match="时长"):
        parser("duration", "response_s")("很快")


OCT = (date(2026, 10, 1), date(2026, 10, 31))


@pytest.mark.parametrize("raw, day", [
    ("2026-10-01", date(2026, 10, 1)), ("2026/10/1", date(2026, 10, 1)), ("20261001", date(2026, 10, 1)),
    ("10月1日", date(2026, 10, 1)), ("2026年10月1日", date(2026, 10, 1)), (46296, date(2026, 10, 1)),
    (46296.0, date(2026, 10, 1)), (datetime(2026, 10, 1, 8, 30), date(2026, 10, 1)),
    ("2026-10-01 00:00:00", date(2026, 10, 1)), ("２０２６－１０－０１", date(2026, 10, 1)),
    ("2026.10.01", date(2026, 10, 1)), ("2026/10/01", date(2026, 10, 1)), (20261001, date(2026, 10, 1)),
])
def test_dates(raw, day):
    assert parse_day(raw, OCT) == day


def test_month_day_takes_the_year_from_the_range():
    assert parse_day("1月2日", (date(2026, 12, 25), date(2027, 1, 5))) == date(2027, 1, 2)
    with pytest.raises(CellError, match="年份"):
        parse_day("10月1日", None)


@pytest.mark.parametrize("raw", ["2026-13-01", "2026-02-30", "昨天", 12.5, "10000", 10000, 99999.0, "99999"])
def test_bad_dates(raw):
    with pytest.raises(CellError, match="日期"):
        parse_day(raw, OCT)


@pytest.mark.parametrize("raw", ["10/01/2026", "10/13/2026", "13/10/2026", "01-10-2026", "10.01.2026 08:30"])
def test_a_date_with_the_year_last_is_refused_saying_why_and_what_to_write(raw):
    # month-first or day-first cannot be told apart in a file holding both 10/13 and 10/01: never guessed
    with pytest.raises(CellError) as refused:
        parse_day(raw, OCT)
    assert str(refused.value).startswith("年份写在最后的日期（月/日/年 或 日/月/年）看不出哪个是月份")
    assert "2026-10-01、2026/10/1、20261001 或 10月1日" in str(refused.value)


def test_money_never_goes_through_float():
    # 0.285 as a float is 0.28499999…; from text it must round half up to 29 fen
    assert parser("money", "sales")("0.285") == 29
    assert Decimal("0.285") * 100 == 28.5


@pytest.mark.parametrize("raw, day", [
    ("2026/10/04 星期六", date(2026, 10, 4)), ("2026-10-08(周四)", date(2026, 10, 8)), ("2026-10-08（周四）", date(2026, 10, 8)),
    ("46296", date(2026, 10, 1)), ('="2026-10-01"', date(2026, 10, 1)), ("'2026-10-02", date(2026, 10, 2)),
    ("\t2026-10-03", date(2026, 10, 3)),
])
def test_dates_with_a_weekday_a_text_serial_or_a_keep_as_text_mark(raw, day):
    assert parse_day(raw, OCT) == day


def test_a_date_cell_may_hold_a_span_and_a_month_column_a_month():
    from app.importing.cells import parse_dates

    assert parse_dates("2026-10-03", OCT) == (date(2026, 10, 3), date(2026, 10, 3))
    assert parse_dates("2026-10-01~2026-10-18", OCT) == (date(2026, 10, 1), date(2026, 10, 18))
    assert parse_dates("2026-10", None) == OCT
    assert parse_dates(datetime(2026, 10, 1), None, whole_month=True) == OCT
    assert parse_dates("10月", OCT, whole_month=True) == OCT
    with pytest.raises(CellError, match="年份"):
        parse_dates("10月", None, whole_month=True)
    with pytest.raises(CellError, match="日期"):
        parse_dates("10月", OCT)  # a day column: a month alone is not a day


@pytest.mark.parametrize("raw", ['="12,500.50"', "'12500.50", "\t12,500.50"])
def test_keep_as_text_marks_on_numbers(raw):
    assert parser("money", "sales")(raw) == 1250050


def test_a_duration_column_in_minutes():
    minutes = make_parser("duration", REG.get("avg_session_s"), MISSING, PROVISIONAL, factor=60)
    assert minutes("5") == 30000 and minutes(2.5) == 15000
    assert minutes("1分05秒") == 6500 and minutes(time(0, 1, 5)) == 6500  # a unit written in the cell wins


@pytest.mark.parametrize("raw", ["#DIV/0!", "#N/A", "#VALUE!"])
def test_spreadsheet_error_values_are_missing(raw):
    from app.importing import synonyms

    syn = synonyms.load()
    assert make_parser("rate", REG.get("conversion_rate"), syn.missing, syn.provisional)(raw) is None


@pytest.mark.parametrize("raw", [" ¥ -   ", "￥-", "¥ --", "¥ — "])
def test_a_zero_in_excels_accounting_format_is_no_value_as_in_the_grid(raw):
    """Excel shows a zero formatted as 会计专用 as "¥ -", and a CSV saved from that sheet keeps the text: it was
    refused as 不是有效的金额, while the 数据 grid reads the same cell as no value."""
    from app.importing import synonyms
    from app.services.data import parse_cell

    syn = synonyms.load()
    assert make_parser("money", REG.get("sales"), syn.missing, syn.provisional)(raw) is None
    assert parse_cell(REG.get("sales"), raw) is None
    assert parser("money", "sales")("¥ 1,234.50") == 123450


@pytest.mark.parametrize("raw", ["\ufeff", "\u200b", " \u200b ", "\u200b-", "\ufeff--"])
def test_a_cell_holding_only_what_shows_nothing_is_no_value_as_in_the_grid(raw):
    """A cell copied from a web report or WeChat with a zero-width space or a byte-order mark alone shows empty: the
    grid refused it as 金额不能为空 or 「」不是有效的数字, the import as 不是有效的数字, while a figure with one
    reads as shown (`normalize_number_text`)."""
    from app.importing import synonyms
    from app.services.data import parse_cell

    syn = synonyms.load()
    for kind, metric in (("money", "sales"), ("count", "orders")):
        assert make_parser(kind, REG.get(metric), syn.missing, syn.provisional)(raw) is None
        assert parse_cell(REG.get(metric), raw) is None
