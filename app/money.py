"""Money is an int number of fen (分) from the moment it is parsed until it is formatted.

This module is the only place where yuan text becomes an integer and back. Text goes straight
to Decimal (never through float). Typed amounts must be exact to the fen (`parse_yuan`); figures a file
brings in are rounded ROUND_HALF_UP to the fen (`decimal_to_fen`).
"""

from __future__ import annotations

import re
import unicodedata
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from itertools import pairwise

from app.domain import without_invisible
from app.errors import FinerThanKept, UserError
from app.i18n import language, opening_sentence, t

Fen = int

SHORT_FROM = 10_000_000 * 100  # fen: from ¥10,000,000 (13 characters) a narrow column shows 万 or 亿
_SHORT_UNITS = {"zh": ((10**4, "万"), (10**8, "亿"), (10**12, "万亿")),
                "en": ((10**6, "M"), (10**9, "B"), (10**12, "T"))}
NUMBER_SHORT_FROM = 100_000  # a count from 100,000 (订单数, 询单人数) is shown in 万/亿 (K/M/B in English)
_NUMBER_UNITS = {"zh": _SHORT_UNITS["zh"], "en": ((10**3, "K"), *_SHORT_UNITS["en"])}
MAX_ABS_FEN = 10**15  # ten trillion yuan: anything larger is a typing mistake
# compiled by `re` on first use (and cached there), not at import: the window's start parses no amount
_GROUPED = r"^\d{1,3}(,\d{3})+(\.\d*)?$"
_PLAIN = r"^(\d+(\.\d*)?|\.\d+)$"
_CURRENCY_MARKS = ("¥", "元", "RMB", "CNY")
# 1.2w, 1.5k: how 1.2万 and 1.5千 are written in chats and on the shop floor; the figure times the unit in Decimal,
# so 1.555千 is exactly 1555
_UNIT_MARKS = {"千": Decimal(1000), "k": Decimal(1000), "K": Decimal(1000), "万": Decimal(10_000),
               "w": Decimal(10_000), "W": Decimal(10_000), "亿": Decimal(100_000_000)}


def normalize_number_text(text: str) -> str:
    """Full-width digits, signs and punctuation become ASCII; spaces go, and so do the characters that show nothing
    (a zero-width space or a byte-order mark copied along from a web page or WeChat)."""
    text = unicodedata.normalize("NFKC", without_invisible(str(text))).strip()
    text = text.replace("，", ",").replace("−", "-").replace("－", "-")
    return re.sub(r"\s+", "", text)


def parse_decimal(text: str, *, field: str = "") -> Decimal:
    """A plain or grouped decimal number (`12500`, `-12,500.5`, `1.5千`, `1.5k`, `1.2万`, `1.2w`, `3亿`). Exponents are
    refused."""
    raw = str(text)
    s = normalize_number_text(raw)
    negative = False
    if s.startswith(("-", "+")):
        negative = s[0] == "-"
        s = s[1:]
    multiplier = Decimal(1)
    if s[-1:] in _UNIT_MARKS:
        multiplier, s = _UNIT_MARKS[s[-1]], s[:-1]
    if not (re.match(_PLAIN, s) or re.match(_GROUPED, s)):
        raise UserError(_bad_number(raw, field))
    try:
        value = Decimal(s.replace(",", "")) * multiplier
    except InvalidOperation:
        raise UserError(_bad_number(raw, field)) from None
    return -value if negative else value


def _bad_number(raw: str, field: str) -> str:
    if field:
        return t("{field}：「{value}」不是有效的数字", field=opening_sentence(field), value=raw)
    return t("「{value}」不是有效的数字", value=raw)


def parse_yuan(text: str, *, field: str = "", exact: bool = True) -> Fen:
    """`12500`, `12,500.50`, `¥12,500`, `￥12,500`, `-0.01`, `1.5千`, `1.2万` → fen (int); `0.005` is refused
    (`FinerThanKept`; an import rounds the figures a file brings in with `decimal_to_fen`). `exact=False`
    rounds it instead: an amount the shop kept before typed amounts had to be exact (a stored plan)."""
    s = normalize_number_text(text)
    if not s:
        raise UserError(t("{field}：金额不能为空", field=opening_sentence(field)) if field else t("金额不能为空"))
    try:
        value = parse_decimal(without_currency(s), field=field)
    except UserError:
        raise UserError(
            t("{field}：「{value}」不是有效的金额（例如 12500、12,500.50 或 ¥12,500）", field=opening_sentence(field), value=text)
            if field
            else t("「{value}」不是有效的金额（例如 12500、12,500.50 或 ¥12,500）", value=text)
        ) from None
    fen = decimal_to_fen(value, field=field)
    if exact and value != value.quantize(Decimal("0.01")):  # a typed amount is not guessed at: money is kept to the fen
        raise FinerThanKept(
            t("{field}最多两位小数（到分）：「{value}」", field=opening_sentence(field), value=text)
            if field
            else t("金额最多两位小数（到分）：「{value}」", value=text)
        )
    return fen


def without_currency(text: str) -> str:
    """`¥12,500`, `-¥12.00`, `¥-12.00`, `12500元` → the signed figure without its currency mark (text normalized)."""
    s = normalize_number_text(text)
    sign = ""
    if s.startswith(("-", "+")):
        sign, s = s[0], s[1:]
    for mark in _CURRENCY_MARKS:
        if s.startswith(mark):
            s = s[len(mark):]
        if s.endswith(mark):
            s = s[: -len(mark)]
    if s.startswith(("-", "+")) and not sign:  # "¥-12.00"
        sign, s = s[0], s[1:]
    return sign + s


def decimal_to_fen(value: Decimal, *, field: str = "") -> Fen:
    # far out of range is refused before quantize, whose 28-digit precision it could exceed (InvalidOperation)
    fen = None if abs(value) >= MAX_ABS_FEN else int((value * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))
    if fen is None or abs(fen) > MAX_ABS_FEN:
        raise UserError(
            t("{field}：金额 {value} 超出范围", field=opening_sentence(field), value=value)
            if field
            else t("金额 {value} 超出范围", value=value)
        )
    return fen


def fen_to_decimal(fen: Fen) -> Decimal:
    return Decimal(fen) / 100


def format_yuan(fen: Fen | None, *, symbol: bool = True, empty: str = "") -> str:
    """12500 fen → `¥125.00`; negative → `-¥125.00`; None → `empty`."""
    if fen is None:
        return empty
    sign = "-" if fen < 0 else ""
    yuan, cents = divmod(abs(int(fen)), 100)
    return f"{sign}{'¥' if symbol else ''}{yuan:,}.{cents:02d}"


def format_yuan_short(fen: Fen) -> str:
    """An amount for a narrow column: as `format_yuan` below ¥10,000,000, beyond it in 万, 亿 or 万亿 with two
    decimals rounded half up (¥1,234.57万, ¥123.46亿, ¥1.00万亿; in English ¥12.35M, ¥1.23B, ¥1.00T), never
    longer than ¥9,999.99万. Show the exact amount beside it (a tooltip): a hundredth of 亿 is a million yuan."""
    if abs(fen) < SHORT_FROM:
        return format_yuan(fen)
    shown, unit = _shortened(fen_to_decimal(abs(fen)), _SHORT_UNITS[language()])
    return f"{'-' if fen < 0 else ''}¥{shown:,}{unit}"


def format_number_short(value: Decimal, exact: str) -> str:
    """A count or score for a narrow column: `exact` below 100,000, beyond it as `format_yuan_short` shortens
    an amount (123.46万, 1.00亿; in English 123.46K, 1.23M), never longer than 9,999.99万."""
    if abs(value) < NUMBER_SHORT_FROM:
        return exact
    shown, unit = _shortened(abs(value), _NUMBER_UNITS[language()])
    return f"{'-' if value < 0 else ''}{shown:,}{unit}"


def _shortened(amount: Decimal, units: tuple[tuple[int, str], ...]) -> tuple[Decimal, str]:
    """`amount` in the smallest of `units` where it stays below the next unit once rounded to two decimals:
    ¥99,500,000 is 9,950.00万 (not 1.00亿, a 0.5 % error), ¥99,999,999 is 1.00亿 (not 10,000.00万)."""
    for (size, unit), (next_size, _) in pairwise(units):
        shown = (amount / size).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
        if shown < next_size // size:
            return shown, unit
    size, unit = units[-1]
    return (amount / size).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP), unit


def format_plain(fen: Fen) -> str:
    """12500 fen → `125.00`, for editors and exports (no symbol, no grouping)."""
    sign = "-" if fen < 0 else ""
    yuan, cents = divmod(abs(int(fen)), 100)
    return f"{sign}{yuan}.{cents:02d}"


def round_half_up_div(numerator: int, denominator: int) -> int:
    """numerator / denominator rounded half away from zero, exactly, on integers."""
    if denominator == 0:
        raise ZeroDivisionError("denominator")
    if denominator < 0:
        numerator, denominator = -numerator, -denominator
    q, r = divmod(abs(numerator), denominator)
    if 2 * r >= denominator:
        q += 1
    return q if numerator >= 0 else -q


def ceil_div(numerator: int, denominator: int) -> int:
    return -((-numerator) // denominator)


def scale_fen(fen: Fen, ratio: Decimal) -> Fen:
    """fen × ratio rounded ROUND_HALF_UP to the fen (percentages, commissions)."""
    return int((Decimal(fen) * ratio).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def split_largest_remainder(total: Fen, weights: list[int]) -> list[Fen]:
    """Split `total` in proportion to `weights` so that the shares add up to `total` exactly."""
    if not weights:
        return []
    weight_sum = sum(weights)
    if weight_sum <= 0 or any(w < 0 for w in weights):
        raise ValueError("weights must be non-negative with a positive sum")
    sign = -1 if total < 0 else 1
    magnitude = abs(total)
    floors = [magnitude * w // weight_sum for w in weights]
    remainders = [magnitude * w % weight_sum for w in weights]
    left = magnitude - sum(floors)
    order = sorted(range(len(weights)), key=lambda i: (-remainders[i], i))
    for i in order[:left]:
        floors[i] += 1
    return [sign * f for f in floors]


__all__ = [
    "Fen", "parse_yuan", "parse_decimal", "decimal_to_fen", "fen_to_decimal", "format_yuan", "format_yuan_short",
    "format_number_short",
    "format_plain", "round_half_up_div", "ceil_div", "scale_fen", "split_largest_remainder",
    "normalize_number_text", "without_currency",
]
