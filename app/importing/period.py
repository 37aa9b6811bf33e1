"""The date range a report covers, read from a title line (`统计时间：2026-10-01 ~ 2026-10-31`) or the file
name (`…_2026-10-01至2026-10-31.xlsx`, `…_2026-10-01_2026-10-31.xlsx`, `…_20261001-20261031.csv`)."""

from __future__ import annotations

import calendar
import re
import unicodedata
from datetime import date

Span = tuple[date, date]

_DAY = r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?"
_COMPACT_DAY = r"(\d{4})(\d{2})(\d{2})"
_SEP = r"\s*(?:~|～|至|到|—|–|-|_|\s)\s*"
_RANGES = [
    re.compile(_DAY + _SEP + _DAY),
    re.compile(r"(?<!\d)" + _COMPACT_DAY + _SEP + _COMPACT_DAY + r"(?!\d)"),
]
_SINGLE = [re.compile(_DAY), re.compile(r"(?<!\d)" + _COMPACT_DAY + r"(?!\d)")]
_MONTH = re.compile(r"(?<!\d)(\d{4})\s*(?:年|-|/|\.)\s*(\d{1,2})\s*月?(?![\d/.-])")


def span_from_text(text: str) -> Span | None:
    """A range, else a single day, else a month, found in free text; None when there is none."""
    s = unicodedata.normalize("NFKC", str(text))
    for pattern in _RANGES:
        for m in pattern.finditer(s):
            span = _dates(m.groups())
            if span and span[0] <= span[1]:
                return span
    for pattern in _SINGLE:
        for m in pattern.finditer(s):
            span = _dates(m.groups() * 2)
            if span:
                return span
    for m in _MONTH.finditer(s):
        year, month = int(m.group(1)), int(m.group(2))
        if 1900 <= year <= 9999 and 1 <= month <= 12:
            return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
    return None


def _dates(groups: tuple[str, ...]) -> Span | None:
    try:
        a = date(int(groups[0]), int(groups[1]), int(groups[2]))
        b = date(int(groups[3]), int(groups[4]), int(groups[5]))
    except ValueError:
        return None
    return a, b


def span_from_titles(titles: list[str]) -> Span | None:
    """Title lines mentioning 统计/时间/日期 are read first, then any other line."""
    keyed = [line for line in titles if any(word in line for word in ("统计", "时间", "日期", "周期"))]
    for line in keyed + [line for line in titles if line not in keyed]:
        span = span_from_text(line)
        if span:
            return span
    return None


def span_label(span: Span) -> str:
    a, b = span
    return a.isoformat() if a == b else f"{a.isoformat()} ~ {b.isoformat()}"
