"""A block pasted into a grid (数据, 目标) as copied from the owner's own sheet: with its title row and a column
of names or not. Titles are left out and names say whose row each line is, so a block copied with them lands
where the values belong instead of being refused cell by cell, shifted one column to the right."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Labelled:
    rows: list[list[str]]  # the values alone
    names: list[str] | None  # each row's name, when the block's first column named people
    header: bool  # the first row held titles (姓名, 1日, 2日 …), left out


def strip_labels(block: list[list[str]], is_value: Callable[[str], bool],
                 is_name: Callable[[str], bool]) -> Labelled:
    """Leave out a title row — the first of several rows, with text and not one value in it — and a name column:
    a first column without values, naming at least one person of the grid."""
    filled = [cell for cell in block[0] if cell.strip()] if block else []
    header = len(block) > 1 and bool(filled) and not any(is_value(cell) for cell in filled)
    rows = block[1:] if header else block
    firsts = [row[0].strip() for row in rows]
    if any(is_name(first) for first in firsts) and not any(first and is_value(first) for first in firsts):
        return Labelled([row[1:] for row in rows], firsts, header)
    return Labelled(rows, None, header)


def row_of_name(name: str, rows_named: dict[str, list[int]], expected: int) -> int | None:
    """The grid row a line named `name` goes to: that person's row; among namesakes the one the line would land
    on by its place in the block (`expected`). None when no row, or no single one, has that name."""
    rows = rows_named.get(name, [])
    if len(rows) == 1:
        return rows[0]
    return expected if expected in rows else None
