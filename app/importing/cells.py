"""Cell values of a report → stored integer units, one parser per column, chosen once.

Text goes straight to Decimal (never through float); an Excel number arrives as a float and goes
through its shortest repr, so 12500.1 stays 12500.1. Missing (`--`, `-`, empty) is None, never zero;
`延迟统计` (not counted yet) is PENDING.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from decimal import ROUND_HALF_UP, Context, Decimal, InvalidOperation

from app.domain import without_invisible
from app.durations import seconds_in
from app.errors import UserError
from app.i18n import t
from app.importing.period import month_of, span_of_cell
from app.metrics import Metric
from app.money import decimal_to_fen, normalize_number_text, parse_decimal

PENDING = "pending"
_NOT_CACHED = object()


class CellError(Exception):
    """A cell that cannot be read; the message is the reason, in Chinese."""


class NeedsMonth(CellError):
    """A date cell without its year (10月1日) in a file that does not say its period: the month must be given."""


class Rounded(int):
    """Stored units of a cell whose figure was finer than the shop keeps it (1234.567 yuan → 123457 fen): rounded
    half up, which the preview says (`app/importing/rounding.py`)."""


Parser = Callable[[object], object]  # → int | None | PENDING | (int, bool) for rates

_MARKS = "='"  # how a CSV keeps a cell as text: ="2026-10-01", '2026-10-01 (a leading tab is stripped as space)
_UNIT_WORDS = ("人次", "人", "单", "件", "个", "次", "笔", "天", "分", "元")
_EXCEL_EPOCH = date(1899, 12, 30)


def make_parser(kind: str, metric: Metric | None, missing: frozenset[str], provisional: frozenset[str],
                *, max_percent: int | None = 100, factor: int = 1, percent: bool = False, scale: int = 1) -> Parser:
    """A parser for one column. Text results are cached: reports repeat the same few values a lot.
    `factor`: a duration column's bare numbers are in that many seconds (60 for a column in minutes).
    `percent`: a rate column whose header says (%): its bare numbers are percents, however small.
    `scale`: a money column's numbers are in that many yuan (10000 for a column in 万元)."""
    convert = _percent if kind == "rate" and percent else _CONVERTERS[kind]
    if factor != 1:
        def convert(raw: object, decimals: int, _max: int | None) -> object:
            return _duration(raw, decimals, _max, factor)
    if scale != 1 and kind == "money":
        def convert(raw: object, decimals: int, _max: int | None) -> object:
            return _money(raw, decimals, _max, scale)
    decimals = metric.decimals if metric else 0
    cache: dict[str, object] = {}
    # amounts as most reports write them (￥12,500.50) are read before any normalising; exact only while no word
    # for "missing" or "not counted yet" looks like an amount
    plain = _plain_fen if kind == "money" and scale == 1 and not any(
        _plain_fen(word) is not None for word in missing | provisional) else None

    def parse(raw: object) -> object:
        if raw is None:
            return None
        if isinstance(raw, str):
            hit = cache.get(raw, _NOT_CACHED)
            if hit is not _NOT_CACHED:
                return hit
            result: object = plain(raw) if plain else None
            if result is None:
                text = unicodedata.normalize("NFKC", without_invisible(raw)).strip()  # a byte-order mark alone: empty
                if text and text[0] in _MARKS:
                    text = unmark(text)
                if kind == "money" and text[:1] == "¥" and text[1:].strip() in missing:  # NFKC made ￥ a ¥
                    # Excel's accounting format shows a zero as "¥ -", and a CSV saved from it keeps that text:
                    # no value, as the 数据 grid reads it (services.data.parse_cell)
                    text = text[1:].strip()
                if text not in missing:
                    result = PENDING if text in provisional else convert(text, decimals, max_percent)
            if len(cache) < 4096:
                cache[raw] = result
            return result
        if isinstance(raw, bool):
            raise CellError(t("不是数字"))
        result = convert(raw, decimals, max_percent)
        if isinstance(raw, float) and _was_rounded(result):
            # Excel keeps 15 significant digits and shows no more: 0.1 + 0.2 is 0.30000000000000004 to Python but
            # 0.3 in the sheet, which is kept exactly; only a figure the owner can see is finer is said rounded
            return result if _was_rounded(convert(_as_excel_shows(raw), decimals, max_percent)) else _unmarked(result)
        return result

    parse.cache = cache  # type: ignore[attr-defined]  # text → result: a row reader looks there before calling
    return parse


def _as_excel_shows(number: float) -> str:
    """A float to Excel's 15 significant digits, written out without an exponent."""
    return f"{Context(prec=15).plus(Decimal(repr(number))):f}"


def _was_rounded(result: object) -> bool:
    return isinstance(result[0] if isinstance(result, tuple) else result, Rounded)


def _unmarked(result: object) -> object:
    return (int(result[0]), result[1]) if isinstance(result, tuple) else int(result)  # type: ignore[call-overload]


def _decimal(raw: object) -> Decimal:
    """A number from text or an Excel cell, exactly."""
    if isinstance(raw, int):
        return Decimal(raw)
    if isinstance(raw, float):
        if not math.isfinite(raw):
            raise CellError(t("不是有效的数字"))
        return Decimal(repr(raw))
    if isinstance(raw, (date, time, timedelta)):
        raise CellError(t("应为数字，而不是日期或时间"))
    s = normalize_number_text(str(raw))
    for word in _UNIT_WORDS:
        if s.endswith(word) and len(s) > len(word):
            s = s[: -len(word)]
            break
    try:
        return parse_decimal(s)
    except UserError:
        raise CellError(t("不是有效的数字")) from None


def _non_negative(value: Decimal) -> Decimal:
    if value < 0:
        raise CellError(t("不能为负数"))
    return value


def _count(raw: object, decimals: int, _max: int | None) -> int:
    if isinstance(raw, str) and raw.isdigit():
        count = int(raw)
    else:
        value = _non_negative(_decimal(raw))
        if value != value.to_integral_value():
            raise CellError(t("应为整数"))
        count = int(value)
    if count > 10**15:  # beyond any real count, and beyond what SQLite's INTEGER holds
        raise CellError(t("数值超出范围"))
    return count


def _number(raw: object, decimals: int, _max: int | None) -> int:
    value = _non_negative(_decimal(raw))
    return _units(value, decimals)


def _units(value: Decimal, decimals: int) -> int:
    too_big = abs(value) >= 10**15  # checked before quantize, which fails past 28 digits
    exact = 0 if too_big else value * (10**decimals)
    scaled = 0 if too_big else exact.quantize(Decimal(1), rounding=ROUND_HALF_UP)
    if too_big or abs(scaled) > 10**15:
        raise CellError(t("数值超出范围"))
    return int(scaled) if scaled == exact else Rounded(scaled)


_PLAIN_MONEY = re.compile(r"[¥￥]?([0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.([0-9]{1,2}))?")


def _plain_fen(text: str) -> int | None:
    """The common amount (￥12,500.5, 12500, 0.05) in exact integer arithmetic: ￥12,500.5 → 1250050. None for
    any other text (a sign, a third decimal, 万, spaces …): `_exact_money` reads that."""
    plain = _PLAIN_MONEY.fullmatch(text)
    if plain is None:
        return None
    whole, cents = plain.groups()
    fen = int(whole.replace(",", "")) * 100 + (int(cents.ljust(2, "0")) if cents else 0)
    return fen if fen <= 10**15 else None


def _money(raw: object, decimals: int, _max: int | None, scale: int = 1) -> int:
    if isinstance(raw, str) and scale == 1:
        fen = _plain_fen(raw)
        if fen is not None:
            return fen
    return _exact_money(raw, scale)


def _exact_money(raw: object, scale: int = 1) -> int:
    """Any amount a cell can hold, through Decimal, rounded half up to the fen."""
    if isinstance(raw, (int, float)):
        value = _decimal(raw)
    else:
        s = normalize_number_text(str(raw))
        for mark in ("¥", "RMB", "CNY"):
            s = s.replace(mark, "")
        s = s.removesuffix("元")
        try:
            value = parse_decimal(s)
        except UserError:
            raise CellError(t("不是有效的金额（例如 12500、12,500.50 或 ¥12,500）")) from None
    _non_negative(value)
    try:
        fen = decimal_to_fen(value * scale)
    except UserError:
        raise CellError(t("金额超出范围")) from None
    return fen if fen == value * scale * 100 else Rounded(fen)


def _rate(raw: object, decimals: int, max_percent: int | None) -> tuple[int, bool]:
    """(units as if a fraction, bare): `98.5%` is a percent; a bare `0.985` is decided per column later."""
    if isinstance(raw, str):
        s = normalize_number_text(raw)
        if s.endswith("%"):
            value = _non_negative(_decimal(s[:-1]))
            if max_percent is not None and value > max_percent:
                raise CellError(t("比率超过 {max}%", max=max_percent))
            return _units(value, decimals), False
        raw = s
    value = _non_negative(_decimal(raw))
    return _units(value * 100, decimals), True


def _percent(raw: object, decimals: int, max_percent: int | None) -> tuple[int, bool]:
    """A rate in a column headed in percent (退款率(%)): `0.85` is 0.85 %, as `0.85%` is."""
    units, bare = _rate(raw, decimals, max_percent)
    if not bare:
        return units, False
    value = _non_negative(_decimal(raw))
    if max_percent is not None and value > max_percent:
        raise CellError(t("比率超过 {max}%", max=max_percent))
    return _units(value, decimals), False


def _duration(raw: object, decimals: int, _max: int | None, factor: int = 1) -> int:
    """Seconds. A bare number is in the column's unit (`factor` seconds); `1分05秒`, `00:01:05` say their own."""
    if isinstance(raw, timedelta):  # an Excel time: its microseconds are the float's noise, not a finer figure
        return int(_units(Decimal(raw.days * 86400 + raw.seconds) + Decimal(raw.microseconds) / 10**6, decimals))
    if isinstance(raw, time):
        return _units(Decimal(raw.hour * 3600 + raw.minute * 60 + raw.second), decimals)
    if isinstance(raw, (int, float)):
        return _units(_non_negative(_decimal(raw)) * factor, decimals)
    s = normalize_number_text(str(raw))
    if factor != 1 and _BARE.match(s):
        return _units(Decimal(s) * factor, decimals)
    seconds = seconds_in(s)
    if seconds is not None:
        return _units(seconds, decimals)
    try:
        return _units(_non_negative(parse_decimal(s)) * factor, decimals)
    except (UserError, InvalidOperation):
        raise CellError(t("不是有效的时长（例如 25秒、1分05秒、00:01:05）")) from None


_BARE = re.compile(r"^\d+(?:\.\d+)?$")

_CONVERTERS: dict[str, Callable[[object, int, int | None], object]] = {
    "count": _count, "number": _number, "money": _money, "rate": _rate, "duration": _duration,
    "rating": _count,
}


# ---- dates
_ISO = re.compile(r"^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_MONTH_DAY = re.compile(r"^(\d{1,2})[月/-](\d{1,2})日?$")
_MONTH_ONLY = re.compile(r"^(\d{1,2})月$")
_WEEKDAY = re.compile(r"\s*\(?\s*(?:星期|周|礼拜)[一二三四五六日天]\s*\)?$")  # 2026/10/04 星期六, 2026-10-08(周四)
_SERIAL = re.compile(r"^\d{5}(?:\.0+)?$")  # an Excel date serial written out as text (46296)
# 10/01/2026, 13-10-2026: an English-language Excel's order; month-first or day-first cannot be told from the file
_YEAR_LAST = re.compile(r"^\d{1,2}[-/.]\d{1,2}[-/.]\d{4}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$")


def unmark(text: str) -> str:
    """A CSV cell without its "keep as text" mark: ="2026-10-01" → 2026-10-01, '100 → 100."""
    if text.startswith('="') and text.endswith('"') and len(text) >= 3:
        return text[2:-1].strip()
    if text.startswith("'"):
        return text[1:].strip()
    return text


def parse_day(raw: object, span: tuple[date, date] | None) -> date:
    """A date cell: Excel date or serial, 2026-10-01, 2026/10/1, 20261001, 10月1日 (year from `span`)."""
    if isinstance(raw, datetime):
        return raw.date()
    if isinstance(raw, date):
        return raw
    if isinstance(raw, (int, float)) and not isinstance(raw, bool):
        if 20000 <= raw < 80000:
            return _EXCEL_EPOCH + timedelta(days=int(raw))
        if (isinstance(raw, int) or raw == int(raw)) and not _SERIAL.match(str(int(raw))):
            return parse_day(str(int(raw)), span)  # 20261001 read as a number
        raise CellError(t("不是有效的日期"))
    s = unicodedata.normalize("NFKC", str(raw)).strip()
    if s and s[0] in _MARKS:
        s = unmark(s)
    if s and s[-1] in "一二三四五六日天)":
        s = _WEEKDAY.sub("", s)
    if _SERIAL.match(s):
        return parse_day(float(s), span)
    try:
        m = _ISO.match(s) or _COMPACT.match(s)
        if m:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        m = _MONTH_DAY.match(s)
        if m:
            if span is None:
                raise NeedsMonth(t("只有月和日，无法确定年份：请指定数据所属的月份"))
            month, day = int(m.group(1)), int(m.group(2))
            for year in range(span[0].year, span[1].year + 1):
                candidate = date(year, month, day)
                if span[0] <= candidate <= span[1]:
                    return candidate
            # outside it: the latest such day before it (December's report in January), never one still to come
            candidate = date(span[1].year, month, day)
            return candidate if candidate <= span[1] else date(span[1].year - 1, month, day)
    except ValueError:
        raise CellError(t("不是有效的日期")) from None
    if _YEAR_LAST.match(s):  # refused even when the day is over 12: one file can hold both 10/13 and 10/01
        raise CellError(t("年份写在最后的日期（月/日/年 或 日/月/年）看不出哪个是月份：请在 Excel 中把日期列的格式设为"
                          "「2026-10-01」后重新保存，或写成 2026-10-01、2026/10/1、20261001 或 10月1日"))
    raise CellError(t("不是有效的日期（应为 2026-10-01、2026/10/1、20261001 或 10月1日）"))


def parse_dates(raw: object, span: tuple[date, date] | None, whole_month: bool = False) -> tuple[date, date]:
    """What a date cell's row covers: one day, or a span written in the cell (`2026-10-01~2026-10-18`, `2026-10`),
    which is then a total over that span. In a 月份 column (`whole_month`) any date means its whole month."""
    try:
        day = parse_day(raw, span)
    except CellError:
        text = unicodedata.normalize("NFKC", raw).strip() if isinstance(raw, str) else ""
        if text and text[0] in _MARKS:
            text = unmark(text)
        found = span_of_cell(text) if text else None
        if found:
            return found
        only = _MONTH_ONLY.match(text) if whole_month else None
        if only is None:
            raise
        if span is None:
            raise NeedsMonth(t("只有月份，无法确定年份：请指定数据所属的月份")) from None
        try:
            return month_of(date(span[0].year, int(only.group(1)), 1))
        except ValueError:
            raise CellError(t("不是有效的月份")) from None
    return month_of(day) if whole_month else (day, day)


def shown_cell(raw: object) -> str:
    """A cell quoted in a message as Excel shows it: a CSV's keep-as-text mark (="2026-10-01", '100) left out."""
    text = cell_text(raw)
    return unmark(text.strip()) if text.lstrip()[:1] in _MARKS else text


def cell_text(raw: object) -> str:
    """A cell's value as text (for a message, `shown_cell`)."""
    if raw is None:
        return ""
    if isinstance(raw, float) and math.isfinite(raw) and raw == int(raw) and abs(raw) < 1e15:
        return str(int(raw))
    if isinstance(raw, datetime):
        return raw.isoformat(sep=" ")
    return str(raw)
