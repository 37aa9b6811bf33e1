"""Columns with the same header (客服 | 日期 | 客服): one of them is read at most. Which one is said by its column
letter, as Excel shows it, wherever the file's columns are listed, and in a note."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.i18n import joined, t

if TYPE_CHECKING:
    from app.importing.header import Layout
    from app.importing.model import FilePlan


@dataclass(frozen=True)
class Twins:
    """The columns headed alike, by letter."""

    read: str | None  # the one read; None when none is
    not_read: tuple[str, ...]  # the others, in the file's order


def column_letter(index: int) -> str:
    """0 → A, 25 → Z, 26 → AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def twins_of(layout: Layout, first_column: int) -> dict[str, Twins]:
    """Header → its columns, for each header two or more columns carry. `first_column`: the letter of the rows'
    first cell (a sheet read from its used range may start at C)."""
    read = {c.index for c in layout.columns}
    by_header: dict[str, list[int]] = {}
    for column in layout.all_headers():
        by_header.setdefault(column.header, []).append(column.index)
    return {header: Twins(next((column_letter(first_column + i) for i in indexes if i in read), None),
                          tuple(column_letter(first_column + i) for i in indexes if i not in read))
            for header, indexes in by_header.items() if len(indexes) > 1}


def twin_notes(twins: dict[str, Twins]) -> list[str]:
    return [t("有 {n} 列的表头都是「{header}」：读取的是 {read} 列，{others} 列没有读取", n=len(twin.not_read) + 1,
              header=header, read=twin.read, others=joined(twin.not_read))
            for header, twin in twins.items() if twin.read]


def read_shown(plan: FilePlan, header: str) -> str:
    """A column read, as listed: with its letter when another column has its header."""
    twin = plan.twins.get(header)
    return t("{header}（{letter} 列）", header=header, letter=twin.read) if twin and twin.read else header


def not_read_shown(plan: FilePlan) -> list[str]:
    """The columns not read, as listed: each with its letter when another column has its header."""
    left = {header: list(twin.not_read) for header, twin in plan.twins.items()}
    return [t("{header}（{letter} 列）", header=header, letter=left[header].pop(0)) if left.get(header) else header
            for header in plan.ignored_columns]
