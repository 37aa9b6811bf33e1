"""The "Excel" files that are markup inside: an HTML table saved as `.xls` (what many web back-ends export) and
Excel's XML Spreadsheet 2003 (`<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">`). Both become rows
of cells numbered as Excel shows them when it opens the file, with their merged cells (colspan / rowspan,
MergeAcross / MergeDown) so a two-row grouped header is read as in a workbook.

HTML is read in chunks as it arrives (memory does not grow with the file); an XML spreadsheet is small and read
whole, sheet by sheet.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from datetime import datetime
from html.parser import HTMLParser
from pathlib import Path

Merged = list[tuple[int, int, int, int]]  # (row0, col0, row1, col1): 1-based rows, 0-based columns

XML_SPREADSHEET = "urn:schemas-microsoft-com:office:spreadsheet"
MAX_COLUMNS, MAX_ROWS = 16384, 1048576  # Excel's own limits: a larger index or merge is damage, not data
_HTML_MARKS = ("<html", "<table", "<!doctype html")
_BLOCKS = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "caption", "li"}
_HIDDEN = ("script", "style", "title", "head")  # text Excel does not show


def kind_of(sample: str) -> str | None:
    """'xml' for an XML spreadsheet, 'html' for an HTML page or table, None for anything else (plain text)."""
    low = sample[:4000].lower()
    if XML_SPREADSHEET in low and "<workbook" in low:
        return "xml"
    if any(mark in low for mark in _HTML_MARKS):
        return "html"
    return None


# ---- HTML
class _Tables(HTMLParser):
    """Collects the rows of every table (and the text lines around them, such as a title) as they complete."""

    def __init__(self, merged: Merged):
        super().__init__(convert_charrefs=True)
        self.rows: list[list[str]] = []  # completed, not yet handed out
        self.merged = merged
        self.number = 0  # rows handed to `rows` so far (the next one is number + 1)
        self.depth = 0  # table nesting: cells of a table inside a cell are read as that cell's text
        self.row: list[str] | None = None
        self.cell: list[str] | None = None
        self.span = (1, 1)
        self.below: dict[int, int] = {}  # column → rows still covered by a rowspan from above
        self.loose: list[str] = []  # text outside any table
        self.skip = 0  # inside <head>, <script>, <style>: not shown

    # rows
    def _emit(self, cells: list[str]) -> None:
        self.rows.append(cells)
        self.number += 1

    def _flush_loose(self) -> None:
        text = " ".join("".join(self.loose).split())  # runs of spaces and line breaks as one space
        self.loose = []
        if text:
            self._emit([text])

    def _start_row(self) -> None:
        self._end_row()
        self.row = []
        self._skip_covered()

    def _skip_covered(self) -> None:
        assert self.row is not None
        while self.below.get(len(self.row), 0) > 0:
            self.below[len(self.row)] -= 1
            self.row.append("")

    def _end_cell(self) -> None:
        if self.cell is None or self.row is None:
            return
        text = " ".join("".join(self.cell).split())
        self.cell = None
        cols, rows = self.span
        col = len(self.row)
        self.row.append(text)
        self.row.extend([""] * (cols - 1))
        if cols > 1 or rows > 1:
            first = self.number + 1
            self.merged.append((first, col, first + rows - 1, col + cols - 1))
        if rows > 1:
            for c in range(col, col + cols):
                self.below[c] = rows - 1
        self._skip_covered()

    def _end_row(self) -> None:
        self._end_cell()
        if self.row is not None:
            while self.row and not self.row[-1]:
                self.row.pop()
            self._emit(self.row)
            self.row = None

    # parser events
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HIDDEN:
            self.skip += 1
            return
        if tag in ("body", "table"):  # whatever was left open before (a <head> never closed) is over
            self.skip = 0
        if tag == "table":
            if self.depth == 0:
                self._flush_loose()
                self.below = {}
            self.depth += 1
        elif self.depth == 1 and tag == "tr":
            self._start_row()
        elif self.depth == 1 and tag in ("td", "th"):
            if self.row is None:
                self._start_row()
            self._end_cell()
            if attrs:
                found = dict(attrs)
                self.span = (_count(found.get("colspan")), _count(found.get("rowspan")))
            else:  # the common cell: no attribute to look at
                self.span = (1, 1)
            self.cell = []
        elif tag == "br":
            self._text(" ")
        elif self.depth == 0 and tag in _BLOCKS:
            self._flush_loose()

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN:
            self.skip = max(0, self.skip - 1)
        elif tag == "table" and self.depth:
            self.depth -= 1
            if self.depth == 0:
                self._end_row()
                self._emit([])  # a blank line between tables, as Excel shows them
        elif self.depth == 1 and tag == "tr":
            self._end_row()
        elif self.depth == 1 and tag in ("td", "th"):
            self._end_cell()
        elif self.depth == 0 and tag in _BLOCKS:
            self._flush_loose()

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self._text(data)

    def _text(self, data: str) -> None:
        if self.depth and self.cell is not None:
            self.cell.append(data)
        elif self.depth == 0:
            self.loose.append(data)

    def finish(self) -> None:
        self.close()
        self._end_row()
        self._flush_loose()


def _count(value: str | None) -> int:
    if value is None:
        return 1
    try:
        return max(1, min(int(str(value).strip()), 1000))  # a colspan or rowspan beyond that is damage
    except ValueError:
        return 1


def html_rows(path: Path, encoding: str, merged: Merged, done: Callable[[int], None]) -> Iterator[tuple[int, list]]:
    """(row number, cells) of an HTML table file; `merged` fills up as rows are read; `done(bytes read)`."""
    parser = _Tables(merged)
    number = 0
    with path.open("rb") as raw:
        text = io.TextIOWrapper(raw, encoding=encoding, errors="strict", newline="")
        while chunk := text.read(1 << 16):
            parser.feed(chunk)
            done(raw.tell())
            for cells in parser.rows:
                number += 1
                yield number, cells
            parser.rows = []
        parser.finish()
        for cells in parser.rows:
            number += 1
            yield number, cells


# ---- XML Spreadsheet 2003
def xml_sheets(data: bytes) -> list[tuple[str, list[tuple[int, list]], Merged]]:
    """(sheet name, rows, merged) of each worksheet. Raises ValueError when the XML cannot be read."""
    import xml.etree.ElementTree as ET

    ns = "{" + XML_SPREADSHEET + "}"
    try:
        root = ET.fromstring(data)
    except (ET.ParseError, LookupError) as e:  # LookupError: an encoding no one knows in its declaration
        raise ValueError(str(e)) from None
    sheets = []
    for number, sheet in enumerate(root.iter(ns + "Worksheet"), start=1):
        name = sheet.get(ns + "Name") or f"Sheet{number}"
        rows: list[tuple[int, list]] = []
        merged: Merged = []
        row_no = 0
        for table in sheet.iter(ns + "Table"):
            for row in table.iter(ns + "Row"):
                row_no = _index(row.get(ns + "Index"), row_no + 1)
                cells: list = []
                for cell in row.iter(ns + "Cell"):
                    col = min(_index(cell.get(ns + "Index"), len(cells) + 1), MAX_COLUMNS) - 1
                    cells.extend([None] * (col - len(cells)))
                    data_node = cell.find(ns + "Data")
                    cells.append(_value(data_node, ns) if data_node is not None else None)
                    across = min(_index(cell.get(ns + "MergeAcross"), 0), MAX_COLUMNS - len(cells))
                    down = min(_index(cell.get(ns + "MergeDown"), 0), MAX_ROWS)
                    cells.extend([None] * across)
                    if across or down:
                        merged.append((row_no, col, row_no + down, col + across))
                rows.append((row_no, cells))
        sheets.append((name, rows, merged))
    return sheets


def _index(value: str | None, default: int) -> int:
    try:
        return max(0, int(value)) if value is not None else default
    except ValueError:
        return default


def _value(node, ns: str) -> object:  # type: ignore[no-untyped-def]
    text = "".join(node.itertext())
    kind = node.get(ns + "Type")
    if kind == "Number":
        try:
            number = float(text)
        except ValueError:
            return text
        return int(number) if number.is_integer() and abs(number) < 1e15 else number
    if kind == "DateTime":
        try:
            return datetime.fromisoformat(text.strip().rstrip("Z"))
        except ValueError:
            return text
    return text
