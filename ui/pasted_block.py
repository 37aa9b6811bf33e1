"""A block pasted into a grid (数据, 目标) as copied from the owner's own sheet: with its title row and a column
of names or not. Titles are left out and names say whose row each line is, so a block copied with them lands
where the values belong instead of being refused cell by cell, shifted one column to the right."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication

from app.domain import normalize_alias
from app.periods import shown_date


@dataclass(frozen=True)
class Labelled:
    rows: list[list[str]]  # the values alone
    names: list[str] | None  # each row's name (spaces folded), when the block's first column named people
    header: bool  # the first row held titles (姓名, 1日, 2日 …), left out
    sums: int = 0  # columns the title row calls a sum (合计, 小计), left out: a sum is no day's value
    titles: tuple[str, ...] = ()  # the title row's cells above the values (the name and sum columns left out)


def strip_labels(block: list[list[str]], is_value: Callable[[str], bool],
                 is_name: Callable[[str], bool], is_title: Callable[[str], bool] | None = None) -> Labelled:
    """Leave out a name column — a first column without values, naming at least one person of the grid — and,
    with it, a title row: the first of several rows, with text and not one value in it, nor a person's name.
    Without names a title cannot be told from a line of text marks (「请假」, 「待定」): left out, it would move
    every line under it onto the row above, another person's, so such a line is pasted where it lands — unless
    each of its titles names a day (1日, 10月1日, 2026-10-01, 周六) or their sum (合计), or one of them names a
    column the grid can show (`is_title`: 销售额 on 目标, beside a 备注 of the sheet), which no mark does."""
    filled = [cell for cell in block[0] if cell.strip()] if block else []
    header = len(block) > 1 and bool(filled) and not any(is_value(cell) for cell in filled) and not is_name(
        " ".join(block[0][0].split())) or _numbered_days(block, is_value, is_name)
    rows = block[1:] if header else block
    sums = {i for i, cell in enumerate(block[0]) if cell.strip() in _SUM_TITLES} if header else set()
    firsts = [" ".join(row[0].split()) for row in rows]
    if any(is_name(first) for first in firsts) and not any(first and is_value(first) for first in firsts):
        return Labelled([_without(row, sums)[1:] for row in rows], firsts, header, len(sums),
                        tuple(_without(block[0], sums)[1:]) if header else ())
    cells = [cell.strip() for cell in filled]
    days = all(_DAY_TITLE.fullmatch(c) or c in _SUM_TITLES for c in cells) and any(_DAY_TITLE.fullmatch(c) for c in cells)
    if header and (days or (is_title is not None and any(is_title(c) for c in cells))):
        return Labelled([_without(row, sums) for row in rows], None, True, len(sums),  # 1日 2日 … 合计: not marks
                        tuple(_without(block[0], sums)))
    return Labelled(block, None, False)


def _numbered_days(block: list[list[str]], is_value: Callable[[str], bool], is_name: Callable[[str], bool]) -> bool:
    """Whether the first row is days numbered alone (姓名 1 2 3 …, 合计 aside) over lines naming people: titles,
    though each reads as a value. Its first cell names no one of the grid, so as a line it would be left out all
    the same; without names a row of 1 2 3 is a line of small counts."""
    first = " ".join(block[0][0].split()) if block else ""
    numbers = [cell.strip() for cell in block[0][1:] if cell.strip() not in _SUM_TITLES] if block else []
    if len(block) < 2 or len(numbers) < 2 or is_name(first) or (first and is_value(first)) or not all(
            re.fullmatch(r"\d{1,2}", number) for number in numbers):
        return False
    days = [int(number) for number in numbers]
    return days[0] >= 1 and days == list(range(days[0], days[0] + len(days))) and days[-1] <= 31 and any(
        is_name(" ".join(row[0].split())) for row in block[1:])


def _without(row: list[str], columns: set[int]) -> list[str]:
    return [cell for i, cell in enumerate(row) if i not in columns]


# a column title naming a day (1日, 10月1日, 2026-10-01, 周六): a row of them is titles, never a line of marks
_SUM_TITLES = {"合计", "总计", "小计", "平均", "月合计"}
_WEEKDAY = r"(?:星期|周)([一二三四五六日天])"
_WEEKDAYS = "一二三四五六日"  # Monday first, as `date.weekday()` counts; 天 is 日, Sunday
# a year only before a month: 2026-10 names October, never its 10th
_DAY_PARTS = re.compile(rf"(?:(?:(\d{{4}})[-/.年])?(\d{{1,2}})[-/.月])?(\d{{1,2}})[日号]?(?:\s*[(（]?{_WEEKDAY}[)）]?)?")
_DAY_TITLE = re.compile(rf"{_DAY_PARTS.pattern}|{_WEEKDAY}")


@dataclass(frozen=True)
class TitledDay:
    title: str
    year: int | None
    month: int | None
    day: int
    weekday: int | None = None  # the day of the week the title names too (3日（周六）), Monday 0

    def weekday_wrong(self, year: int, month: int) -> bool:
        """Whether the title's day of the week is not that day's in `year`-`month`: the sheet of another month
        (September's 1日（周二） pasted on October, whose 1st is a Thursday)."""
        try:
            return self.weekday is not None and date(year, month, self.day).weekday() != self.weekday
        except ValueError:  # 31日 in September: no day to compare, cut as past the grid
            return False

    def weekday_refusal(self, year: int, month: int) -> str | None:
        """What to say when the day of the week is wrong (`weekday_wrong`), the values then written nowhere."""
        if not self.weekday_wrong(year, month):
            return None
        return _tr("标题行「{title}」写的星期几与{day}不符：这可能是别的月份的表，没有粘贴。请换到那个月再粘贴。").format(
            title=self.title, day=shown_date(date(year, month, self.day)))

    def outside(self, year: int, month: int) -> bool:
        """Whether the title names a day of another month than `year`-`month` (a day alone names none)."""
        return (self.year is not None and self.year != year) or (self.month is not None and self.month != month)

    def month_named(self, year: int) -> date | None:
        """The first of the month the title names, when it names one."""
        try:
            return date(self.year or year, self.month, 1) if self.month is not None else None
        except ValueError:
            return None


def titled_days(labelled: Labelled) -> list[TitledDay] | None:
    """The day each value column's title names (1日, 10月1日, 2026-10-01, 3日（周六）), when every one names a
    different day: the values then belong to those days, wherever the cursor stood. None otherwise (no title row,
    a title without a day number such as 周六 or 销售额, a day named twice): the block is placed from the cursor."""
    found = [(title.strip(), _DAY_PARTS.fullmatch(title.strip())) for title in labelled.titles]
    if not labelled.header or not found or any(match is None for _title, match in found):
        return None
    days = [TitledDay(title, *(int(part) if part else None for part in match.groups()[:2]), int(match.group(3)),
                      _weekday(match.group(4))) for title, match in found if match is not None]
    named = {(day.year, day.month, day.day) for day in days}
    return days if len(named) == len(days) and all(1 <= day.day <= 31 for day in days) else None


def _weekday(name: str | None) -> int | None:
    return None if name is None else _WEEKDAYS.index(name.replace("天", "日"))


def _tr(text: str) -> str:
    return QCoreApplication.translate("PastedBlock", text)


class RowsNamed:
    """The grid rows of each name (namesakes have several), names compared as the import compares them
    (`normalize_alias`): 「张 伟」 or 张伟 with a zero-width space copied along is the row of 张伟."""

    def __init__(self, names: list[str], away: dict[str, str] | None = None):
        self._rows: dict[str, list[int]] = {}
        for row, name in enumerate(names):
            self._rows.setdefault(normalize_alias(name), []).append(row)
        # people of the shop not on the grid's team, by name: since when (2026年8月31日离职)
        self._away = {normalize_alias(name): when for name, when in (away or {}).items()}

    def away(self, name: str) -> str | None:
        """Why someone of the shop by this name has no row: when they left or joined."""
        return self._away.get(normalize_alias(name)) if name else None

    def knows(self, name: str) -> bool:
        return normalize_alias(name) in self._rows

    def rows_of(self, name: str) -> list[int]:
        return self._rows.get(normalize_alias(name), []) if name else []


def place_lines(labelled: Labelled, first_row: int, named: RowsNamed) -> tuple[list[tuple[int, list[str]]], list[str]]:
    """(grid row, values) for each line of a block pasted from `first_row` on, and why the lines left out were:
    with names, a line goes to that person's row — among namesakes the one it lands on by its place in the
    block —, and a line naming no one of the grid, or namesakes it does not land on, is left out. Lines naming one
    person twice (her sub-accounts' rows, a row copied again) are all left out: the later would overwrite the
    earlier without a word, and which one holds her figures the block does not say."""
    if labelled.names is None:
        return [(first_row + r, line) for r, line in enumerate(labelled.rows)], []
    placed: list[tuple[int, list[str]]] = []
    unplaced: list[str] = []
    rows_of = [_row_of(named.rows_of(name), first_row + r) for r, name in enumerate(labelled.names)]
    twice = {row for row in rows_of if row is not None and rows_of.count(row) > 1}
    said_twice: set[int] = set()
    for name, line, row in zip(labelled.names, labelled.rows, rows_of, strict=True):
        rows = named.rows_of(name)
        if row in twice:
            if row not in said_twice:  # said once, at the first of those lines
                said_twice.add(row)
                unplaced.append(_tr("「{name}」：粘贴的内容里有 {n} 行是这个人，都没有粘贴；"
                                    "同一人的几行（如几个子账号）请先在表里加成一行").format(name=name, n=rows_of.count(row)))
        elif row is not None:
            placed.append((row, line))
        elif not name:
            unplaced.append(_tr("有一行没有姓名，没有粘贴"))
        elif rows:
            unplaced.append(_tr("「{name}」：表格里有 {n} 位同名的人，请从要填的那一位的行开始单独粘贴这一行").format(
                name=name, n=len(rows)))
        elif named.away(name):
            unplaced.append(_tr("「{name}」：{when}，这个月不在职，这一行没有粘贴").format(name=name, when=named.away(name)))
        else:
            unplaced.append(_tr("「{name}」：这个月的表格里没有这个人，这一行没有粘贴").format(name=name))
    return placed, unplaced


def _row_of(rows: list[int], landing: int) -> int | None:
    """The grid row of a line: its person's, or among namesakes the one it lands on."""
    return rows[0] if len(rows) == 1 else landing if landing in rows else None


def read_as(labelled: Labelled) -> list[str]:
    """What the page says it left out or read as names, after a paste's counts."""
    return ([_tr("第一行是标题，没有粘贴")] if labelled.header else []) + (
        [_tr("合计列没有粘贴")] if labelled.sums else []) + (
        [_tr("按第一列的姓名填到各人的行")] if labelled.names is not None else [])
