"""Periods the shop plans in: Month, Quarter, HalfYear, Year — with day counts, labels and as-of maths."""

from __future__ import annotations

import calendar
import functools
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from app.errors import UserError
from app.i18n import t

_CN_DIGITS = "〇一二三四五六七八九"
_QUARTER_NAMES = {1: "一", 2: "二", 3: "三", 4: "四"}
YEARS = (1900, 9999)  # the years a period may fall in


@dataclass(frozen=True, order=True)
class Period:
    """A span of whole months: first_month .. first_month + months - 1."""

    year: int
    first_month: int
    months: int

    # kept once worked out: the board asks a month for its first and last day thousands of times per refresh
    @functools.cached_property
    def start(self) -> date:
        return date(self.year, self.first_month, 1)

    @functools.cached_property
    def end(self) -> date:
        last = self.first_month + self.months - 1
        return date(self.year, last, calendar.monthrange(self.year, last)[1])

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def contains(self, day: date) -> bool:
        return self.start <= day <= self.end

    def month_list(self) -> list[Month]:
        return [Month(self.year, m) for m in range(self.first_month, self.first_month + self.months)]

    def day_list(self) -> list[date]:
        return [self.start + timedelta(days=i) for i in range(self.days)]

    @property
    def kind(self) -> str:
        return {1: "month", 3: "quarter", 6: "half", 12: "year"}[self.months]

    def label(self) -> str:
        """The period as Chinese documents write it (奖状, 计算单, posters): `2026年10月`."""
        raise NotImplementedError

    def shown_label(self) -> str:
        """The period in the user's language, for messages and the window (`2026年10月`; `2026-10` in English)."""
        raise NotImplementedError


@dataclass(frozen=True, order=True)
class Month(Period):
    def __init__(self, year: int, month: int):
        if not 1 <= month <= 12 or not YEARS[0] <= year <= YEARS[1]:
            raise UserError(t("月份无效：{year}-{month}", year=year, month=month))
        object.__setattr__(self, "year", year)
        object.__setattr__(self, "first_month", month)
        object.__setattr__(self, "months", 1)

    @property
    def month(self) -> int:
        return self.first_month

    @classmethod
    def of(cls, day: date) -> Month:
        return cls(day.year, day.month)

    def next(self) -> Month:
        return Month(self.year + (self.month == 12), self.month % 12 + 1)

    def previous(self) -> Month:
        return Month(self.year - (self.month == 1), (self.month - 2) % 12 + 1)

    def shift(self, months: int) -> Month:
        index = self.year * 12 + self.month - 1 + months
        return Month(index // 12, index % 12 + 1)

    def key(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"

    def label(self) -> str:
        return f"{self.year}年{self.month}月"

    def shown_label(self) -> str:
        return t("{year}年{month}月", year=self.year, month=self.month)

    def __str__(self) -> str:
        return self.key()


@dataclass(frozen=True, order=True)
class Quarter(Period):
    def __init__(self, year: int, quarter: int):
        if not 1 <= quarter <= 4:
            raise UserError(t("季度无效：{q}", q=quarter))
        object.__setattr__(self, "year", year)
        object.__setattr__(self, "first_month", 3 * quarter - 2)
        object.__setattr__(self, "months", 3)

    @property
    def quarter(self) -> int:
        return (self.first_month + 2) // 3

    def key(self) -> str:
        return f"{self.year:04d}-Q{self.quarter}"

    def label(self) -> str:
        return f"{self.year}年第{_QUARTER_NAMES[self.quarter]}季度"

    def shown_label(self) -> str:
        return t("{year}年{part}", year=self.year, part=t(f"第{_QUARTER_NAMES[self.quarter]}季度"))

    def __str__(self) -> str:
        return self.key()


@dataclass(frozen=True, order=True)
class HalfYear(Period):
    def __init__(self, year: int, half: int):
        if half not in (1, 2):
            raise UserError(t("半年无效：{h}", h=half))
        object.__setattr__(self, "year", year)
        object.__setattr__(self, "first_month", 1 if half == 1 else 7)
        object.__setattr__(self, "months", 6)

    @property
    def half(self) -> int:
        return 1 if self.first_month == 1 else 2

    def key(self) -> str:
        return f"{self.year:04d}-H{self.half}"

    def label(self) -> str:
        return f"{self.year}年{'上' if self.half == 1 else '下'}半年"

    def shown_label(self) -> str:
        return t("{year}年{part}", year=self.year, part=t("上半年" if self.half == 1 else "下半年"))

    def __str__(self) -> str:
        return self.key()


@dataclass(frozen=True, order=True)
class Year(Period):
    def __init__(self, year: int):
        object.__setattr__(self, "year", year)
        object.__setattr__(self, "first_month", 1)
        object.__setattr__(self, "months", 12)

    def key(self) -> str:
        return f"{self.year:04d}"

    def label(self) -> str:
        return f"{self.year}年度"

    def shown_label(self) -> str:
        return t("{year}年度", year=self.year)

    def __str__(self) -> str:
        return self.key()


# Patterns as text, compiled by `re` on first use (and cached there): compiling them all at import cost the
# window's start a few milliseconds for periods it does not parse.
_MONTH_PATTERN = r"^(\d{4})-(\d{1,2})$"
_PERIOD_PATTERNS = [
    (_MONTH_PATTERN, lambda y, n: Month(y, n)),
    (r"(?i)^(\d{4})-?Q([1-4])$", lambda y, n: Quarter(y, n)),
    (r"(?i)^(\d{4})-?H([12])$", lambda y, n: HalfYear(y, n)),
    (r"^(\d{4})$", lambda y, _n: Year(y)),
]


# A period written as the app shows it (2026年10月, 2026年第四季度, 2026年下半年, 2026年度; in English 2026 Q4), or
# as an owner types it (2026.10, 2026年10, 2026年Q4, 2026年4季度, 2026下半年, 2026年H2), so what a box shows can be
# typed back.
_SHOWN_FORMS = [
    (r"^(\d{4})\s*[年.]\s*(\d{1,2})\s*月?$", lambda y, n: f"{y}-{n}"),
    (r"^(\d{4})\s*年?\s*第?\s*([一二三四1-4])\s*季度$", lambda y, n: f"{y}-Q{_QUARTER_NUMBERS.get(n, n)}"),
    (r"^(\d{4})\s*年?\s*([上下])\s*半年$", lambda y, n: f"{y}-H{1 if n == '上' else 2}"),
    (r"^(\d{4})\s*年(?:度|\s*全年)?$", lambda y, _n: y),
    (r"(?i)^(\d{4})\s*年?\s*([QH]\s*[1-4])$", lambda y, n: f"{y}-{n.replace(' ', '')}"),
]
_QUARTER_NUMBERS = {"一": "1", "二": "2", "三": "3", "四": "4"}
PERIOD_FORMS_SHOWN = "2026年10月、2026.10、2026年第4季度、2026Q4、2026年下半年、2026H2、2026年度"


def _key_form(text: str) -> str:
    s = unicodedata.normalize("NFKC", str(text)).strip().replace("/", "-")
    for pattern, key in _SHOWN_FORMS:
        m = re.match(pattern, s)
        if m:
            return key(m.group(1), m.group(2) if m.lastindex and m.lastindex > 1 else "")
    return s


def parse_period(text: str) -> Period:
    """`2026-10`, `2026-Q4`, `2026-H2`, `2026` (also written with a slash: `2026/10`, or as the app shows a
    period: `2026年10月`, `2026年第四季度`, `2026 Q4`)."""
    s = _key_form(text)
    for pattern, make in _PERIOD_PATTERNS:
        m = re.match(pattern, s)
        if m:
            year = int(m.group(1))
            number = int(m.group(2)) if m.lastindex and m.lastindex > 1 else 0
            if problem := _out_of_range(year, number if pattern == _MONTH_PATTERN else None):
                raise UserError(t("期间「{text}」无效（{problem}），应为 2026-10、2026-Q4、2026-H2 或 2026（也可写作 {forms}）",
                                  text=text, problem=problem, forms=PERIOD_FORMS_SHOWN))
            return make(year, number)
    raise UserError(t("期间「{text}」无效，应为 2026-10、2026-Q4、2026-H2 或 2026（也可写作 {forms}）", text=text,
                      forms=PERIOD_FORMS_SHOWN))


def _out_of_range(year: int, month: int | None) -> str | None:
    """Why numbers that have the right shape still name no period (a month of 13, the year 0)."""
    if month is not None and not 1 <= month <= 12:
        return t("月份应为 1–12")
    if not YEARS[0] <= year <= YEARS[1]:
        return t("年份应为 {first}–{last}", first=YEARS[0], last=YEARS[1])
    return None


def parse_month(text: str) -> Month:
    """`2026-10` (also `2026/10` or `2026年10月`)."""
    s = _key_form(text)
    m = re.match(_MONTH_PATTERN, s)
    if m is None:
        raise UserError(t("月份「{text}」无效，应为 YYYY-MM，例如 2026-10", text=text))
    year, month = int(m.group(1)), int(m.group(2))
    if problem := _out_of_range(year, month):
        raise UserError(t("月份「{text}」无效（{problem}），应为 YYYY-MM，例如 2026-10", text=text, problem=problem))
    return Month(year, month)


def parse_date(text: str, *, field: str = "") -> date:
    """`2026-10-01` (also `2026/10/1`)."""
    s = str(text).strip().replace("/", "-")
    m = re.match(r"^(\d{4})-(\d{1,2})-(\d{1,2})$", s)
    label = f"{field}：" if field else ""
    if m:
        year, month, day = (int(g) for g in m.groups())
        if problem := _out_of_range(year, month):
            raise UserError(t("{label}日期「{text}」无效（{problem}），应为 YYYY-MM-DD", label=label, text=text,
                              problem=problem))
        days = calendar.monthrange(year, month)[1]
        if 1 <= day <= days:
            return date(year, month, day)
        raise UserError(t("{label}日期「{text}」无效（{year}年{month}月只有 {days} 天），应为 YYYY-MM-DD", label=label,
                          text=text, year=year, month=month, days=days))
    raise UserError(t("{label}日期「{text}」无效，应为 YYYY-MM-DD", label=label, text=text))


def period_of_kind(kind: str, day: date) -> Period:
    """The period of a kind that contains `day`."""
    if kind == "month":
        return Month(day.year, day.month)
    if kind == "quarter":
        return Quarter(day.year, (day.month + 2) // 3)
    if kind == "half":
        return HalfYear(day.year, 1 if day.month <= 6 else 2)
    if kind == "year":
        return Year(day.year)
    raise ValueError(kind)


def clamp_as_of(period: Period, as_of: date) -> date:
    """The last day whose data counts, kept within the period.

    After the period → its last day. Before the period → the day before its first day,
    which means nothing has elapsed yet.
    """
    if as_of > period.end:
        return period.end
    if as_of < period.start:
        return period.start - timedelta(days=1)
    return as_of


def elapsed_days(period: Period, as_of: date) -> int:
    """Calendar days of the period through the end of `as_of` (0 .. days)."""
    return (clamp_as_of(period, as_of) - period.start).days + 1


def days_left(period: Period, as_of: date) -> int:
    """Calendar days of the period after `as_of`."""
    return period.days - elapsed_days(period, as_of)


def chinese_date(day: date) -> str:
    """2026-11-01 → 二〇二六年十一月一日 (how certificates write the date)."""
    year = "".join(_CN_DIGITS[int(c)] for c in str(day.year))
    return f"{year}年{_cn_number(day.month)}月{_cn_number(day.day)}日"


def _cn_number(n: int) -> str:
    if n < 10:
        return _CN_DIGITS[n]
    tens, ones = divmod(n, 10)
    head = "十" if tens == 1 else _CN_DIGITS[tens] + "十"
    return head + (_CN_DIGITS[ones] if ones else "")


def date_label(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def shown_date(day: date) -> str:
    """A day in the user's language, for messages and the window (`2026年10月19日`; `2026-10-19` in English)."""
    return t("{year}年{month}月{day}日", year=day.year, month=day.month, day=day.day)


def shown_month_day(day: date) -> str:
    """A day without its year in the user's language: `10月1日`; `10-01` in English."""
    return t("{month}月{day}日", month=day.month, day=day.day)


MONTH_NAMES = ("1月", "2月", "3月", "4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月")


def shown_month_name(month: int) -> str:
    """A month of the year without its year, in the user's language: `10月`, `Oct`."""
    return t(MONTH_NAMES[month - 1])


def add_months(day: date, months: int) -> date:
    """The same day `months` later, clamped to the end of a shorter month (01-31 + 1 → 02-28)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def previous_period(period: Period) -> Period:
    """The period of the same kind just before (the month, quarter, half-year or year before)."""
    if isinstance(period, Month):
        return period.previous()
    if isinstance(period, Quarter):
        if period.quarter == 1:
            return Quarter(period.year - 1, 4)
        return Quarter(period.year, period.quarter - 1)
    if isinstance(period, HalfYear):
        return HalfYear(period.year - 1, 2) if period.half == 1 else HalfYear(period.year, 1)
    if isinstance(period, Year):
        return Year(period.year - 1)
    raise ValueError(period)


def newest_first(periods: Iterable[Period]) -> list[Period]:
    """Periods by when they end, newest first, the longer first of those ending together: in January 2026年度,
    下半年, 第四季度, 12月, 11月 … (their keys' spelling would put the year after January)."""
    return sorted(periods, key=lambda p: (p.end, p.months), reverse=True)


def month_keys(period: Period) -> tuple[str, ...]:
    """`("2026-10", "2026-11", "2026-12")` for 2026 Q4."""
    return tuple(m.key() for m in period.month_list())
