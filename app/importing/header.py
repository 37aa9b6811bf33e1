"""Finding the header of a report by its content: title lines above it, a one- or two-row header
(a group row such as `询单->最终付款` above `人数 | 成功率` is flattened to `group/field`), and which
column is which. Columns are matched by name through the synonym table, never by position."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from app.importing.cells import cell_text
from app.importing.synonyms import ColumnRule, Synonyms, normalize_header, signed_header

SCAN_ROWS = 30
_LINE_BREAKS = re.compile(r"\s*[\r\n]+\s*")


@dataclass(frozen=True)
class Column:
    index: int
    header: str  # as shown to the user (flattened `group/field` for two-row headers)
    rule: ColumnRule | None


@dataclass
class Layout:
    header_row: int  # 1-based, the first header row
    header_rows: int  # 1 or 2
    columns: list[Column]  # recognised columns that will be read
    ignored: list[str] = field(default_factory=list)  # headers that map to nothing (or duplicates): can be mapped
    not_read: list[str] = field(default_factory=list)  # all headers not read, in order (`ignored` and 序号, 店铺…)
    titles: list[str] = field(default_factory=list)  # text of the lines above the header
    staff: Column | None = None
    date: Column | None = None  # the day (or span, or month) of each row; the start of a span in two columns
    date_end: Column | None = None  # the end of a span in two columns (开始日期 | 结束日期)
    staff_options: list[Column] = field(default_factory=list)  # every staff-like column, preferred first
    header_texts: list[tuple[str, ...]] = field(default_factory=list)  # row_key() of each header row
    unsure: list[Column] = field(default_factory=list)  # headers that may be one of several metrics (金额): not read
    read_as: dict[str, str] = field(default_factory=dict)  # header → why it is read as its metric (its context)
    unsure_why: dict[str, str] = field(default_factory=dict)  # header of `unsure` → why it could not be read so
    displaced: list[str] = field(default_factory=list)  # notes: a column not read, its metric mapped by hand to another

    @property
    def data_start(self) -> int:
        return self.header_row + self.header_rows

    def signature(self) -> str:
        """Identifies "files with the same header", for remembered column mappings."""
        return signature_of(c.header for c in sorted(self.all_headers(), key=lambda c: c.index))

    def all_headers(self) -> list[Column]:
        return self._all

    def use_staff(self, column: Column) -> None:
        """Read the people from another of the staff-like columns (客服昵称 vs 子账号: the one that names them)."""
        old = self.staff
        if old is None or column is old:
            return
        self._read([c for c in self.columns if c is not old] + [column])
        self.staff = column
        self.ignored = [h for h in self.ignored if h != column.header] + [old.header]

    def drop_span(self) -> None:
        """Leave the two columns of a span unread (开始时间 | 结束时间 holding a shift's times of day)."""
        pair = (self.date, self.date_end)
        self._read([c for c in self.columns if c not in pair])
        self.date = self.date_end = None

    def leave_unread(self, headers: set[str]) -> None:
        """Leave the value columns of these (normalised) headers unread: each set to be ignored by hand."""
        self._read([c for c in self.columns
                    if not (c.rule and c.rule.role in ("metric", "rating") and normalize_header(c.header) in headers)])

    def _read(self, columns: list[Column]) -> None:
        self.columns = sorted(columns, key=lambda c: c.index)
        read = {c.index for c in self.columns}
        self.not_read = [c.header for c in self._all if c.index not in read]

    _all: list[Column] = field(default_factory=list)


def signature_of(headers: Iterable[str]) -> str:
    """The signature of a header row's (non-empty) headers, in their order."""
    text = "|".join(signed_header(h) for h in headers)
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def detect(rows: list[tuple[int, list[object]]], synonyms: Synonyms,
           merged: list[tuple[int, int, int, int]] | None = None,
           manual: dict[str, ColumnRule] | None = None,
           remembered: Callable[[str], dict[str, ColumnRule]] | None = None) -> Layout | None:
    """The best header among the first rows, or None when no row has a staff column and a value column.
    `manual` rules, and the rules `remembered` gives for a row's signature (mappings kept for that header), win
    over the synonyms; `manual` over both."""
    rows = rows[:SCAN_ROWS + 1]
    best: tuple[int, int, int] | None = None  # (score, -height, -index)
    best_layout: Layout | None = None
    for i, (number, cells) in enumerate(rows):
        texts = [one_line(cell_text(c)) for c in cells]
        if sum(1 for x in texts if x) < 2:
            continue
        candidates = [(1, texts)]
        if i + 1 < len(rows):
            below = [one_line(cell_text(c)) for c in rows[i + 1][1]]
            candidates.append((2, _flatten(texts, below, number, merged or [])))
        for height, headers in candidates:
            rules = {**(remembered(signature_of(h for h in headers if h)) if remembered else {}), **(manual or {})}
            layout = _layout(headers, synonyms, rules)
            if layout is None:
                continue
            score = (len(layout.columns), -height, -i)
            if best is None or score > best:
                best = score
                layout.header_row, layout.header_rows = number, height
                layout.titles = [" ".join(cell_text(c).strip() for c in r if cell_text(c).strip()) for _, r in rows[:i]]
                layout.header_texts = [row_key(r) for _, r in rows[i:i + height]]
                best_layout = layout
    return best_layout


def one_line(text: str) -> str:
    """A header wrapped in its cell (询单⏎人数, Alt+Enter in Excel) as one line, as it is named in every message:
    joined without a space beside a Chinese character (询单人数, 销售额(元)), with one between words (Reply rate).
    Headers are compared and signed without spaces, so this changes no match nor remembered column."""
    def joint(m: re.Match[str]) -> str:
        before, after = m.string[m.start() - 1:m.start()], m.string[m.end():m.end() + 1]
        return " " if before.isascii() and after.isascii() else ""
    return _LINE_BREAKS.sub(joint, text.strip())


def row_key(cells: list[object]) -> tuple[str, ...]:
    """A row's texts as headers are compared: a header row met again below the data is recognised by it."""
    key = [normalize_header(cell_text(c)) for c in cells]
    while key and not key[-1]:
        key.pop()
    return tuple(key)


def _flatten(group: list[str], fields: list[str], group_row: int,
             merged: list[tuple[int, int, int, int]]) -> list[str]:
    width = max(len(group), len(fields))
    group = group + [""] * (width - len(group))
    fields = fields + [""] * (width - len(fields))
    filled = list(group)
    for r0, c0, r1, c1 in merged:  # a group cell merged across columns
        if r0 == group_row and r1 == group_row and 0 <= c0 < width:
            for c in range(c0 + 1, min(c1 + 1, width)):
                filled[c] = group[c0]
    if not any(r0 <= group_row <= r1 and c1 > c0 for r0, c0, r1, c1 in merged):
        # no cell merged across in this row (a CSV, or a workbook that merges only its title): carry a group over
        # the empty cells to its right
        current = ""
        for c in range(width):
            if group[c]:
                current = group[c] if fields[c] else ""
            elif fields[c] and current:
                filled[c] = current
            else:
                current = ""
    headers = []
    for g, f in zip(filled, fields, strict=True):
        if g and f and g != f:
            headers.append(f"{g}/{f}")
        else:
            headers.append(g or f)
    return headers


def _layout(headers: list[str], synonyms: Synonyms, manual: dict[str, ColumnRule]) -> Layout | None:
    chosen: dict[tuple[str, object], Column] = {}
    all_columns: list[Column] = []
    ignored: list[str] = []
    unsure: list[Column] = []
    for index, header in enumerate(headers):
        if not header:
            continue
        rule = manual.get(normalize_header(header)) or synonyms.lookup(header)
        column = Column(index, header, rule)
        all_columns.append(column)
        if rule is None or rule.role in ("ignore", "ambiguous"):  # unknown, known to carry nothing to import
            # (序号, 店铺), or one of several metrics (金额)
            if rule is None or rule.role == "ambiguous":
                ignored.append(header)
            if rule is not None and rule.role == "ambiguous":
                unsure.append(column)
            continue
        slot = rule.slot
        other = chosen.get(slot)
        if other is None or (rule.priority < other.rule.priority):  # type: ignore[union-attr]
            if other is not None:
                ignored.append(other.header)
            chosen[slot] = column
        else:
            ignored.append(header)
    staff = chosen.get(("staff", None))
    values = [c for c in chosen.values() if c.rule and c.rule.role in ("metric", "rating")]
    if staff is None or not (values or unsure):  # 客服 | 金额 is a header, even before 金额 is known
        return None
    start, end = chosen.pop(("date", "start"), None), chosen.pop(("date", "end"), None)
    in_two = ("date", None) not in chosen and start is not None and end is not None
    if in_two:  # a span in two columns; one of them alone, or both beside a 日期 column, is not read
        chosen[("date", None)] = start
    columns = sorted([*chosen.values(), *([end] if in_two else [])], key=lambda c: c.index)
    read = {c.index for c in columns}
    not_read = [c.header for c in all_columns if c.index not in read]
    options = sorted((c for c in all_columns if c.rule and c.rule.role == "staff"), key=lambda c: c.rule.priority)  # type: ignore[union-attr]
    layout = Layout(header_row=0, header_rows=1, columns=columns, ignored=ignored, not_read=not_read, staff=staff,
                    date=chosen.get(("date", None)), staff_options=options, unsure=unsure,
                    date_end=end if in_two else None)
    layout._all = all_columns
    return layout
