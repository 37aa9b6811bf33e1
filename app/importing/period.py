"""The date range a report covers, read from a title line (`统计时间：2026-10-01 ~ 2026-10-31`) or the file
name (`…_2026-10-01至2026-10-31.xlsx`, `…_2026-10-01_2026-10-31.xlsx`, `…_20261001-20261031.csv`).

An export or download time (`导出时间：2026-10-20 09:30:12`, `客服日报 下载于2026-10-20.csv`) says when the file was
made, not what it covers: it is never taken as the period."""

from __future__ import annotations

import calendar
import re
import unicodedata
from datetime import date

from app.i18n import t
from app.periods import shown_date

Span = tuple[date, date]

_DAY = r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?"
_SHORT_DAY = r"(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?"  # the end of a range written without its year
_TIME = r"(?:\s*[T ]?\s*\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?"  # 2026/10/01 00:00:00, 2026-10-01 00:00:00.0
_COMPACT_DAY = r"(\d{4})(\d{2})(\d{2})"
_SEP = r"\s*(?:~|～|至|到|—|–|-|_|\s)\s*"
_RANGES = [
    re.compile(_DAY + _TIME + _SEP + _DAY + _TIME),
    re.compile(r"(?<!\d)" + _COMPACT_DAY + _SEP + _COMPACT_DAY + r"(?!\d)"),
]
_RANGE_SEP = r"\s*(?:~|～|至|到|—|–|-)\s*"  # a short end needs a real range mark, not just a space
_SHORT_RANGE = re.compile(_DAY + _TIME + _RANGE_SEP + _SHORT_DAY + r"(?![\d/.-])" + _TIME)  # 2026年10月1日-10月18日
_SINGLE = [re.compile(_DAY), re.compile(r"(?<!\d)" + _COMPACT_DAY + r"(?!\d)")]
_MONTH = re.compile(r"(?<!\d)(\d{4})\s*(?:年|-|/|\.)\s*(\d{1,2})\s*月?(?![\d/.-])")
_MONTH_CELL = re.compile(r"(\d{4})(?:\s*(?:年|-|/|\.)\s*(\d{1,2})|(\d{2}))\s*月?")
# when the file was made: 导出时间：2026-10-20 09:30:12, 下载于2026-10-20, 生成日期 20261020
_STAMP = re.compile(r"(?:导出|下载|生成|打印|更新|创建)(?:时间|日期|时刻|于)?\s*:?\s*(?:" + _DAY + _TIME
                    + r"|\d{8}(?:\d{4,6})?)")
# words naming the period itself; a line with one of them is read before any other title line
PERIOD_WORDS = ("统计时间", "统计日期", "统计周期", "统计区间", "统计范围", "日期范围", "时间范围", "数据周期", "报表周期")
TIME_WORDS = ("统计", "时间", "日期", "周期")


def span_from_text(text: str) -> Span | None:
    """A range, else a single day, else a month, found in free text; None when there is none."""
    s = _STAMP.sub(" ", unicodedata.normalize("NFKC", str(text)))
    for pattern in _RANGES:
        for m in pattern.finditer(s):
            span = _dates(m.groups())
            if span and span[0] <= span[1]:
                return span
    for m in _SHORT_RANGE.finditer(s):
        span = _short_range(m.groups())
        if span:
            return span
    for pattern in _SINGLE:
        for m in pattern.finditer(s):
            span = _dates(m.groups() * 2)
            if span:
                return span
    for m in _MONTH.finditer(s):
        span = _month(m.group(1), m.group(2))
        if span:
            return span
    return None


def span_of_cell(text: str) -> Span | None:
    """A date cell holding a whole span rather than a day: `2026-10-01~2026-10-18`, `2026年10月1日-10月18日`,
    `20261001-20261018`, or a month `2026-10` / `2026年10月` / `202610`. None for anything else."""
    s = unicodedata.normalize("NFKC", str(text)).strip()
    for pattern in _RANGES:
        m = pattern.fullmatch(s)
        if m:
            span = _dates(m.groups())
            return span if span and span[0] <= span[1] else None
    m = _SHORT_RANGE.fullmatch(s)
    if m:
        return _short_range(m.groups())
    m = _MONTH_CELL.fullmatch(s)
    return _month(m.group(1), m.group(2) or m.group(3)) if m else None


_SHEET_DAY = re.compile(r"^\s*(\d{1,2})\s*[月/.-]\s*(\d{1,2})\s*[日号]?\s*$")


def span_of_sheet(name: str | None, around: Span | None) -> Span | None:
    """The date a sheet's name gives (a workbook with a sheet per day: `2026-10-01`, `2026年10月1日`, `20261002`, or
    `10月1日` / `10-02` with the year of `around`, the file's period); None when its name is no date."""
    if not name:
        return None
    s = unicodedata.normalize("NFKC", name)
    found = span_from_text(s)
    if found:
        return found
    m = _SHEET_DAY.match(s)
    if m and around:
        try:
            day = date(around[0].year, int(m.group(1)), int(m.group(2)))
        except ValueError:
            return None
        return day, day
    return None


def month_of(day: date) -> Span:
    return date(day.year, day.month, 1), date(day.year, day.month, calendar.monthrange(day.year, day.month)[1])


def _month(year_text: str, month_text: str) -> Span | None:
    year, month = int(year_text), int(month_text)
    if 1900 <= year <= 9999 and 1 <= month <= 12:
        return month_of(date(year, month, 1))
    return None


def _dates(groups: tuple[str, ...]) -> Span | None:
    try:
        a = date(int(groups[0]), int(groups[1]), int(groups[2]))
        b = date(int(groups[3]), int(groups[4]), int(groups[5]))
    except ValueError:
        return None
    return a, b


def _short_range(groups: tuple[str, ...]) -> Span | None:
    """2026年10月1日-10月18日: the end takes the start's year (the next year when it would come before it)."""
    year = int(groups[0])
    span = _dates((*groups[:3], str(year), *groups[3:5]))
    if span and span[1] < span[0]:
        span = _dates((*groups[:3], str(year + 1), *groups[3:5]))
    return span if span and span[0] <= span[1] else None


def span_from_titles(titles: list[str]) -> Span | None:
    """Title lines naming the period (统计时间, 统计日期, 统计周期, 日期范围 …) are read first, then other lines
    mentioning 统计/时间/日期/周期, then any other line. Export and download times are never the period."""
    def rank(line: str) -> int:
        if any(word in line for word in PERIOD_WORDS):
            return 0
        return 1 if any(word in line for word in TIME_WORDS) else 2

    for line in sorted(titles, key=rank):  # stable: the file's order within a rank
        span = span_from_text(line)
        if span:
            return span
    return None


def span_label(span: Span) -> str:
    """A span as messages write days (`periods.shown_date`): 2026年10月1日 至 2026年10月7日, one day alone as
    2026年10月1日; in English 2026-10-01 to 2026-10-07."""
    a, b = span
    return shown_date(a) if a == b else t("{first} 至 {last}", first=shown_date(a), last=shown_date(b))


def shown_days(start: str, end: str) -> str:
    """A staged row's days (ISO text, as the staging tables keep them), as `span_label` writes them."""
    return span_label((date.fromisoformat(start), date.fromisoformat(end)))
