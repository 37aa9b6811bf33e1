"""Readers: a report file → rows of cells, streamed, with the row numbers Excel shows.

`sources(path)` yields the ways the file could be read (a CSV in each encoding that decodes it, an
Excel workbook sheet by sheet, first sheet first); the planner keeps the first one whose header it
recognises. The file's kind is decided by its content, not its name: a PNG renamed `.xlsx` is a PNG,
the "xls" many seller tools export is often plain text, and so, now and then, is an "xlsx".
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from app import os_errors
from app.errors import UserError
from app.i18n import t
from app.importing import encoding as enc
from app.importing import markup

ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ENCRYPTED_MARK = "EncryptionInfo".encode("utf-16-le")
IMAGE_MAGIC = {
    b"\x89PNG": "PNG 图片", b"\xff\xd8\xff": "JPEG 图片", b"GIF87a": "GIF 图片", b"GIF89a": "GIF 图片",
    b"%PDF": "PDF 文件", b"Rar!": "RAR 压缩包", b"7z\xbc\xaf": "7z 压缩包",
}
EXCEL_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".xlsb", ".ods")
ZIP_SUFFIXES = (".xlsx", ".xlsm", ".xlsb", ".ods")  # a workbook is always a ZIP inside (unlike .xls, often text)
DELIMITERS = (",", "\t", ";", "|")


@dataclass
class Source:
    """One way of reading a file: its rows, how far the reading got, how much there is."""

    path: Path
    encoding: str | None = None  # None for Excel
    sheet: str | None = None
    delimiter: str = ","
    total: int = 0  # progress units: bytes for text, rows for Excel
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)  # (row0, col0, row1, col1), 1-based rows
    markup: str | None = None  # "html": an HTML table (encoding set); "xml": a sheet of an XML spreadsheet
    first_column: int = 0  # the column of the rows' first cell: a sheet is read from its used range, which may start at C
    _done: int = 0
    _rows: object = None

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def done(self) -> int:
        return self._done

    def rows(self) -> Iterator[tuple[int, list[object]]]:
        """(row number as Excel shows it, cells) for every row, blank ones included."""
        if self.markup == "html":
            yield from self._html_rows()
        elif self.markup == "xml":
            for number, cells in self._rows:  # type: ignore[attr-defined]
                self._done = number
                yield number, cells
        elif self.encoding is not None:
            yield from self._text_rows()
        else:
            yield from self._sheet_rows()

    def _text_rows(self) -> Iterator[tuple[int, list[object]]]:
        assert self.encoding is not None
        with _open(self.path) as raw:
            text = io.TextIOWrapper(raw, encoding=self.encoding, errors="strict", newline="")
            reader = csv.reader(text, delimiter=self.delimiter)
            number = 0
            try:
                for number, cells in enumerate(reader, start=1):
                    if number % 512 == 0:
                        self._done = raw.tell()
                    yield number, cells  # type: ignore[misc]
            except csv.Error as e:
                if "field limit" in str(e):
                    raise UserError(t("「{file}」第 {row} 行有一个单元格超过 {limit} 个字符，无法读取：多半是某处的引号 \" "
                                      "没有配对，之后的内容都连成了一个单元格。请在 Excel 中打开检查后另存，再导入。",
                                      file=self.name, row=number + 1, limit=csv.field_size_limit())) from None
                raise UserError(t("「{file}」第 {row} 行无法读取：CSV 格式有误（{error}）", file=self.name,
                                  row=number + 1, error=e)) from None
            except UnicodeDecodeError as e:
                raise UserError(t("「{file}」第 {row} 行无法读取：{error}", file=self.name, row=number + 1,
                                  error=e)) from None
            self._done = self.total

    def _html_rows(self) -> Iterator[tuple[int, list[object]]]:
        assert self.encoding is not None
        self.merged.clear()  # filled again as the rows are read
        try:
            yield from markup.html_rows(self.path, self.encoding, self.merged, self._advance)
        except UnicodeDecodeError as e:
            raise UserError(t("「{file}」无法读取：{error}", file=self.name, error=e)) from None
        self._done = self.total

    def _advance(self, done: int) -> None:
        self._done = done

    def _sheet_rows(self) -> Iterator[tuple[int, list[object]]]:
        sheet = self._rows
        for number, cells in enumerate(sheet.iter_rows(), start=1):  # type: ignore[attr-defined]
            self._done = number
            yield number, cells


def sources(path: Path) -> Iterator[Source]:
    """The candidate readings of a file, most likely first. Raises UserError when none is possible."""
    head = _head(path)
    if not head:
        raise UserError(t("「{file}」是空文件，没有可导入的内容", file=path.name))
    for magic, what in IMAGE_MAGIC.items():
        if head.startswith(magic):
            raise UserError(t("「{file}」是 {what}，不是 Excel 或 CSV 表格（可能只是改了扩展名）", file=path.name,
                              what=t(what)))
    if head.startswith((ZIP_MAGIC, OLE_MAGIC)):
        yield from _workbook_sources(path, head)
        return
    if path.name.startswith("~$") and len(head) < 1024:  # Excel's and WPS's lock file beside an open workbook
        raise UserError(t("「{file}」是 Excel 或 WPS 打开报表时自动生成的临时文件（文件名以 ~$ 开头），不是报表本身："
                          "请选择报表文件（多半是「{report}」），不要选这个临时文件。", file=path.name,
                          report=path.name[2:]))
    # not a workbook: read as text (CSV text saved under an Excel name by some seller tools and users); when it is
    # not readable text either, it is no Excel file (`tables` says so too when the text has no header)
    yield from _text_sources(path, head, not_excel(path) if excel_named(path) else None)


def excel_named(path: Path) -> bool:
    """Named as a workbook that is always a ZIP inside (unlike .xls, whose text form is common)."""
    return path.suffix.lower() in ZIP_SUFFIXES


def not_excel(path: Path) -> UserError:
    return UserError(t("「{file}」不是有效的 Excel 文件（可能已损坏，或是改了扩展名的其他文件）", file=path.name))


def _open(path: Path) -> io.BufferedReader:
    try:
        return path.open("rb")
    except FileNotFoundError:
        raise UserError(t("找不到文件 {path}", path=path.absolute())) from None
    except IsADirectoryError:
        raise UserError(t("「{file}」是一个文件夹，请选择报表文件", file=path.name)) from None
    except PermissionError:
        raise UserError(t("无法读取「{file}」：文件正被其他程序（如 Excel、WPS）打开，或没有读取权限。"
                          "请关闭该文件后再导入。", file=path.name)) from None
    except OSError as e:
        raise UserError(t("无法读取「{file}」：{error}", file=path.name, error=os_errors.reason(e))) from None


def _head(path: Path) -> bytes:
    with _open(path) as f:
        try:
            return f.read(enc.SAMPLE)
        except OSError as e:  # a sharing violation can also surface on the first read
            if isinstance(e, PermissionError):
                raise UserError(t("无法读取「{file}」：文件正被其他程序（如 Excel、WPS）打开，或没有读取权限。"
                                  "请关闭该文件后再导入。", file=path.name)) from None
            raise UserError(t("无法读取「{file}」：{error}", file=path.name, error=os_errors.reason(e))) from None


def _workbook_sources(path: Path, head: bytes) -> Iterator[Source]:
    import python_calamine as calamine

    if head.startswith(OLE_MAGIC) and _is_encrypted(path):
        raise UserError(t("「{file}」设置了打开密码。请在 Excel 中打开它，取消密码（文件 → 信息 → 保护工作簿）"
                          "并另存后再导入。", file=path.name))
    try:
        book = _open_book(calamine, path, head)
    except calamine.PasswordError:
        raise UserError(t("「{file}」设置了打开密码。请取消密码并另存后再导入。", file=path.name)) from None
    except PermissionError:
        raise UserError(t("无法读取「{file}」：文件正被其他程序（如 Excel、WPS）打开，或没有读取权限。"
                          "请关闭该文件后再导入。", file=path.name)) from None
    except _calamine_errors(calamine) as e:  # a damaged file surfaces through several error types
        raise UserError(t("「{file}」不是有效的 Excel 文件，或文件已损坏。请在 Excel 中打开并另存为 .xlsx 后再试。"
                          "（技术信息：{error}）", file=path.name, error=_short(e))) from None
    names = [m.name for m in book.sheets_metadata if str(m.visible).endswith("Visible")] or book.sheet_names
    for name in names:
        try:
            sheet = book.get_sheet_by_name(name)
        except _calamine_errors(calamine) as e:
            raise UserError(t("「{file}」的工作表「{sheet}」无法读取，文件可能已损坏（{error}）", file=path.name,
                              sheet=name, error=_short(e))) from None
        col0 = sheet.start[1] if sheet.start else 0
        merged = [(r0 + 1, c0 - col0, r1 + 1, c1 - col0) for (r0, c0), (r1, c1) in (sheet.merged_cell_ranges or [])]
        yield Source(path, sheet=name, total=sheet.total_height or 0, merged=merged, first_column=col0, _rows=sheet)


def _open_book(calamine, path: Path, head: bytes):
    """The workbook, read as its name says; one under another Excel name (an .xlsx named .xls, .xlsb or .ods,
    an .ods named .xlsx, an old .xls named .xlsx), which calamine opened by its name takes for a damaged file,
    is read by its content."""
    def by_content():
        with _open(path) as f:
            return calamine.CalamineWorkbook.from_filelike(io.BytesIO(f.read()))

    suffix = path.suffix.lower()
    if suffix in EXCEL_SUFFIXES and (suffix in ZIP_SUFFIXES) != head.startswith(ZIP_MAGIC):
        return by_content()
    try:
        return calamine.CalamineWorkbook.from_path(str(path))
    except _calamine_errors(calamine) as by_name:
        if not head.startswith(ZIP_MAGIC):  # the ZIP workbooks' kinds are told apart only by their content
            raise
        try:
            return by_content()
        except _calamine_errors(calamine):
            raise by_name from None  # a damaged workbook: what its own reader found


def _calamine_errors(calamine) -> tuple[type[BaseException], ...]:
    names = ("CalamineError", "XmlError", "ZipError", "WorksheetNotFound", "PasswordError")
    return (*(getattr(calamine, n) for n in names if hasattr(calamine, n)), ValueError, OSError)


def _is_encrypted(path: Path) -> bool:
    with _open(path) as f:
        data = f.read(1 << 20)
    return ENCRYPTED_MARK in data


def _text_sources(path: Path, head: bytes, not_text: UserError | None = None) -> Iterator[Source]:
    """`not_text`: the error when the file is no text at all (instead of saying so in the words for a CSV)."""
    found = enc.candidates(path, head)
    if not found and b"\x00" in head:  # neither text with a BOM nor UTF-16 without one: no text at all
        raise not_text or UserError(t("「{file}」不是 Excel 或 CSV 表格（无法识别的文件格式）", file=path.name))
    if not found:
        raise not_text or UserError(t("「{file}」的文字编码无法识别（不是 UTF-8、GBK/GB18030 或 UTF-16）。请在 Excel 中另存为"
                          " .xlsx 或「CSV UTF-8」后再导入。", file=path.name))
    size = path.stat().st_size
    for name in found:
        sample = head.decode(name, errors="ignore")
        kind = markup.kind_of(sample)
        if kind == "xml":  # Excel's XML Spreadsheet 2003, saved as .xls by some back-ends
            yield from _xml_sources(path)
            return
        if kind == "html":  # an HTML table saved as .xls: what many web back-ends export
            yield Source(path, encoding=name, total=size, markup="html")
            continue
        yield Source(path, encoding=name, delimiter=_sniff_delimiter(sample), total=size)


def _xml_sources(path: Path) -> Iterator[Source]:
    with _open(path) as f:
        data = f.read()
    try:
        sheets = markup.xml_sheets(data)
    except ValueError as e:
        raise UserError(t("「{file}」是 XML 格式的表格，但内容不完整或已损坏，无法读取。请在 Excel 中打开并另存为 .xlsx 后再导入。"
                          "（技术信息：{error}）", file=path.name, error=_short(e))) from None
    for name, rows, merged in sheets:
        yield Source(path, sheet=name, total=len(rows), merged=merged, markup="xml", _rows=rows)


_QUOTED = re.compile(r'"(?:[^"]|"")*"')


def _sniff_delimiter(sample: str) -> str:
    """Counted outside quotes: a quoted cell may hold tabs or commas ("\t2026-10-03", Excel's "keep as text")."""
    lines = [line for line in _QUOTED.sub('""', sample).splitlines()[:30] if line.strip()]
    if max((line.count("\t") for line in lines), default=0) >= 2:
        return "\t"  # "Unicode text" exports: tab-separated, and their numbers may contain commas
    best, best_count = ",", 0
    for delimiter in DELIMITERS:
        count = max((line.count(delimiter) for line in lines), default=0)
        if count > best_count:
            best, best_count = delimiter, count
    return best


def _short(error: Exception) -> str:
    text = str(error).strip() or type(error).__name__
    return text if len(text) <= 80 else text[:77] + "…"
