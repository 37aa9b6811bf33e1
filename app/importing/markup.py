"""The "Excel" files that are markup inside: an HTML table saved as `.xls` (what many web back-ends export) and
Excel's XML Spreadsheet 2003 (`<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">`). Both become rows
of cells numbered as Excel shows them when it opens the file, with their merged cells (colspan / rowspan,
MergeAcross / MergeDown) so a two-row grouped header is read as in a workbook.

HTML is read in chunks as it arrives (memory does not grow with the file); an XML spreadsheet is small and read
whole, sheet by sheet.

The HTML is split into tags and text by one regular expression (`_Tables.feed`) rather than by `html.parser`, whose
per-tag work made an 18,000-row export take about four times as long to read. It gives the events `html.parser`
gives for the markup these exports are made of (tags in any case, quoted attributes, entities, comments, Excel's
`<![if …]>` marks, <script>/<style> bodies); tests compare the two on odd HTML.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Iterator
from datetime import datetime
from html import unescape
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
_TOKEN = re.compile(
    r"(?i:<t[dh](\s(?:[^>\"']|\"[^\"]*\"|'[^']*')*)?>([^<]*)</t[dh]\s*>)"  # 1, 2: a cell of text alone (most are)
    r"|([^<]+)"  # 3: text
    r"|<(/?)([a-zA-Z][^\t\n\r\f />\x00]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>"  # 4, 5, 6: a tag, its attributes
    r"|(<!--.*?--\s*>|<!(?!--)[^>]*>|<\?[^>]*>|</[^a-zA-Z>][^>]*>|</>)"  # 7: a comment, <!DOCTYPE>, <![if …]>,
    # <?…?>, </ …>
    r"|(<)",  # 8: a "<" that starts none of them: text, or a comment not closed yet
    re.DOTALL)
_ATTR = re.compile(r"""([^\s/>"'=][^\s/>=]*)(\s*=+\s*("[^"]*"|'[^']*'|[^\s>]*))?""")
_RAW = ("script", "style")  # their content is not markup: read up to their end tag
_RAW_END = {tag: re.compile(rf"</{tag}(?=[\t\n\r\f />])", re.IGNORECASE) for tag in _RAW}
_HELD = 4096  # what starts this close to the end of the text read so far waits for the next chunk (a tag cut off)


def _attributes(text: str) -> list[tuple[str, str | None]]:
    """A tag's attributes as `html.parser` gives them: names in lower case, values unquoted and unescaped."""
    found: list[tuple[str, str | None]] = []
    for name, equals, value in _ATTR.findall(text):
        if value[:1] in ("'", '"'):
            value = value[1:-1]
        found.append((name.lower(), unescape(value) if equals else None))
    return found


class _Tables:
    """Collects the rows of every table (and the text lines around them, such as a title) as they complete."""

    def __init__(self, merged: Merged):
        self.pending = ""  # the end of the last chunk that could not be read yet (a tag or text cut off)
        self.raw: str | None = None  # inside <script> or <style>: up to its end tag
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
            column = len(self.row)
            self.below[column] -= 1
            if not self.below[column]:
                del self.below[column]  # an empty `below`: no rowspan reaches this row
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

    # the tokens
    def feed(self, chunk: str, final: bool = False) -> None:
        text = self.pending + chunk
        self.pending = text[self._scan(text, final):]

    def _scan(self, text: str, final: bool) -> int:
        """Hands the tags and text of `text` to the handlers; returns where it stopped (the rest waits for more).
        Until the last chunk, what starts in its last `_HELD` characters waits: a tag there may be cut off."""
        pos, end = 0, len(text)
        limit = end if final else end - _HELD
        while pos < end:
            if self.raw is not None:
                close = _RAW_END[self.raw].search(text, pos)
                if close is None:  # its content is never shown: skipped, but a cut-off end tag is kept
                    return end if final else max(pos, end - len(self.raw) - 3)
                pos, self.raw = close.start(), None
            for m in _TOKEN.finditer(text, pos):
                start = m.start()
                if start >= limit:
                    return start
                kind = m.lastindex
                if kind == 2:
                    data = m.group(2)
                    self._whole_cell(m.group(1), unescape(data) if "&" in data else data)
                elif kind == 3:
                    if not final and m.end() == end:  # text may go on (or end in a cut-off &entity;)
                        return start
                    data = m.group(3)
                    self.handle_data(unescape(data) if "&" in data else data)
                elif kind == 6:
                    name = m.group(5).lower()
                    if m.group(4):
                        self.handle_endtag(name)
                        continue
                    attrs = m.group(6)
                    self.handle_starttag(name, _attributes(attrs) if attrs and name in ("td", "th") else [])
                    if attrs.endswith("/"):
                        self.handle_endtag(name)
                    elif name in _RAW:
                        self.raw = name
                        pos = m.end()
                        break
                elif kind == 8:
                    if not final and (text.startswith("<!--", start) or ">" not in text[start:]):
                        return start  # a comment not closed yet, or a tag longer than `_HELD` cut off
                    self.handle_data("<")
            else:
                return end
        return end

    def _whole_cell(self, attrs: str | None, data: str) -> None:
        """<td …>text</td> in one go: what its start tag, text and end tag do one by one."""
        if self.depth != 1:
            self.handle_starttag("td", _attributes(attrs) if attrs else [])
            self.handle_data(data)
            self.handle_endtag("td")
            return
        if self.row is None:
            self._start_row()
        elif self.cell is not None:
            self._end_cell()
        if not self.below and (not attrs or "span" not in attrs.lower()):  # the common cell: its text, nothing
            # merged (a style or class attribute alone), no rowspan from above to skip
            self.row.append(" ".join(data.split()) if not self.skip else "")
            return
        if attrs:
            found = dict(_attributes(attrs))
            self.span = (_count(found.get("colspan")), _count(found.get("rowspan")))
        else:
            self.span = (1, 1)
        self.cell = [data] if data and not self.skip else []
        self._end_cell()

    def finish(self) -> None:
        self.feed("", final=True)
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
