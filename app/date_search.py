"""A date typed into a search box, found in rows whichever way they write it.

The window writes dates the Chinese way (2026年10月5日, `shown_stamp`; ISO in English), while CSV exports, the
command line and file names write 2026-10-05. A search box reads what is typed as a day (2026-10-05, 2026/10/5,
2026年10月5日, optionally with a time: 2026-10-05 09:15), a month (2026-10, 2026年10月) or a day of any year
(10-05, 10月5日), or a span of days of any length (2026-10-01~2026-10-07, 2026年10月1日至2026年10月7日: the
week asked about; a row's days are read and compared with its ends), and finds it written either way — as a
whole date, so 2026-1 is not found in 2026年10月.
"""

from __future__ import annotations

import re
import unicodedata
from calendar import monthrange
from dataclasses import dataclass
from datetime import date

_TIME = r"(?:[ T](?P<time>\d{1,2}(?::\d{0,2}){0,2}))?"
_TYPED = [re.compile(pattern) for pattern in (
    r"(?P<year>\d{4})([-/])(?P<month>\d{1,2})(?:\2(?P<day>\d{1,2})" + _TIME + ")?",
    r"(?P<month>\d{1,2})[-/](?P<day>\d{1,2})",
    r"(?P<year>\d{4})年(?P<month>\d{1,2})月(?:(?P<day>\d{1,2})[日号]" + _TIME + ")?",
    r"(?P<month>\d{1,2})月(?P<day>\d{1,2})[日号]",
)]


_SPAN = re.compile(r"(?P<first>.+?)\s*(?:~|〜|至|到)\s*(?P<last>.+)")
# a whole day written in a row, either way: a span's days are found by reading the row's, not by looking for each
# of its days in turn (a year's 730 forms in each of 2,000 rows took 0.4 s for every key typed)
_WRITTEN_DAY = re.compile(r"(?<!\d)(\d{4})(?:年(\d{1,2})月(\d{1,2})日|-(\d{2})-(\d{2})(?!\d))")


@dataclass(frozen=True)
class TypedDate:
    """The typed date as the window and ISO write it (`forms`); `open_end`: a time is typed, perhaps in part
    (09:1 is the start of 09:15), so a form may go on with digits where it is found."""

    forms: tuple[str, ...]
    open_end: bool = False
    span: tuple[date, date] | None = None  # a span of days typed: its first and last, `forms` empty

    def found_in(self, text: str) -> bool:
        if self.span is not None:
            return any(self._within(found) for found in _WRITTEN_DAY.finditer(text))
        return any(self._found(form, text) for form in self.forms)

    def _within(self, found: re.Match[str]) -> bool:
        year, month, day = (int(part) for part in found.groups() if part)
        try:
            return self.span[0] <= date(year, month, day) <= self.span[1]
        except ValueError:  # 2026-02-30 is no day
            return False

    def _found(self, form: str, text: str) -> bool:
        """`form` with no digit right before or after it: 1月5日 is not found in 11月5日, nor 10-05 in 2010-05."""
        closed = form[-1].isdigit() and not self.open_end
        at = text.find(form)
        while at >= 0:
            end = at + len(form)
            if not (at and text[at - 1].isdigit()) and not (closed and end < len(text) and text[end].isdigit()):
                return True
            at = text.find(form, at + 1)
        return False


def typed_date(text: str) -> TypedDate | None:
    """What is typed read as a date, a month, a day of any year or a span of days; None when it is none of them
    (2026, 10月, 2026-13, 2-30)."""
    typed = unicodedata.normalize("NFKC", text).strip()
    span = _SPAN.fullmatch(typed)
    if span is not None:
        return _typed_span(span["first"], span["last"])
    parts = _date_parts(typed)
    if parts is None:
        return None
    year, month, day, time = parts
    if day is None:
        return TypedDate((f"{year}年{month}月", f"{year}-{month:02d}"))
    if year is None:
        return TypedDate((f"{month}月{day}日", f"{month:02d}-{day:02d}"))
    forms = _day_forms(date(year, month, day))
    if not time:
        return TypedDate(forms)
    hour, colon, rest = time.partition(":")
    if colon or int(hour) > 2:  # 9 is 09 as the window writes it; a lone 1 or 2 may begin 10–23
        hour = f"{hour:0>2}"
    time = f"{hour}{colon}{rest}"
    return TypedDate(tuple(f"{form} {time}" for form in forms), open_end=True)


def _date_parts(typed: str) -> tuple[int | None, int, int | None, str | None] | None:
    """The year, month, day and time typed (those not typed None); None when it is no date."""
    found = next((m for m in (pattern.fullmatch(typed) for pattern in _TYPED) if m), None)
    if found is None:
        return None
    parts = found.groupdict()
    year = int(parts["year"]) if parts.get("year") else None
    month = int(parts["month"])
    day = int(parts["day"]) if parts.get("day") else None
    if year == 0 or not 1 <= month <= 12:
        return None
    if day is not None and not 1 <= day <= monthrange(year or 2024, month)[1]:
        return None  # without a year, as in 2024 (a leap year): 02-29 is a day of some years
    return year, month, day, parts.get("time")


def _day_forms(day: date) -> tuple[str, str]:
    return f"{day.year}年{day.month}月{day.day}日", day.isoformat()


def _typed_span(first: str, last: str) -> TypedDate | None:
    """The days from one typed day to the other (either first), however many; None unless both are whole days of
    a year, without a time."""
    ends = [_date_parts(end) for end in (first, last)]
    days = sorted(date(*end[:3]) for end in ends if end is not None and None not in end[:3] and not end[3])
    return TypedDate((), span=(days[0], days[1])) if len(days) == 2 else None


def date_found(typed: str, text: str) -> bool:
    """Whether `text` (a row's cell) holds the date typed into a search box, written either way."""
    wanted = typed_date(typed)
    return wanted is not None and wanted.found_in(text)
