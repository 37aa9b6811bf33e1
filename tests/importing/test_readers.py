"""Readers: encodings decided per file, Excel by content not by name, clear Chinese errors."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from unittest import mock

import openpyxl
import pytest

from app.errors import UserError
from app.importing import readers
from app.importing.encoding import candidates

from .conftest import FIXTURES, write_csv

ROWS = [["统计时间：2026-10-01 ~ 2026-10-31"], ["日期", "客服", "销售额"], ["2026-10-01", "小美", "￥1,200.50"]]


def _rows(path: Path) -> tuple[str | None, list[list[object]]]:
    source = next(readers.sources(path))
    return source.encoding, [cells for _, cells in source.rows()]


@pytest.mark.parametrize("encoding, expected", [
    ("utf-8", "utf-8"), ("utf-8-sig", "utf-8-sig"), ("gbk", "gb18030"), ("gb18030", "gb18030"), ("utf-16", "utf-16"),
])
def test_each_encoding_is_read(tmp_path, encoding, expected):
    path = write_csv(tmp_path / "r.csv", ROWS, encoding, delimiter="\t" if encoding == "utf-16" else ",")
    found, rows = _rows(path)
    assert found == expected
    assert rows[1] == ["日期", "客服", "销售额"]
    assert rows[2][2] == "￥1,200.50"


def test_utf8_chinese_is_not_taken_for_gb18030(tmp_path):
    # UTF-8 Chinese also "decodes" as GB18030 (into garbage): UTF-8 must be tried first
    path = write_csv(tmp_path / "r.csv", [["客服", "询单人数"], ["小美", "10"]], "utf-8")
    assert path.read_bytes().decode("gb18030").startswith("瀹㈡湇")  # the trap exists
    assert candidates(path, path.read_bytes()) == ["utf-8", "gb18030"]
    assert _rows(path) == ("utf-8", [["客服", "询单人数"], ["小美", "10"]])


def test_gbk_file_that_looks_like_ascii_is_read_as_gbk(tmp_path, imports, people):
    # mostly ASCII with a few Chinese characters: a detector's guess is unreliable, the strict checks are not
    rows = [["日期", "客服", "销售额", "note"]] + [
        [f"2026-10-{i // 3 + 1:02d}", ("小美", "阿强", "晓雯")[i % 3], str(100 + i), "ok-" * 10] for i in range(50)]
    path = write_csv(tmp_path / "gbk.csv", rows, "gbk")
    assert candidates(path, path.read_bytes()) == ["gb18030"]
    plan = imports.preview([path])
    assert plan.files[0].encoding == "gb18030"
    assert plan.files[0].new == 50 and not plan.errors
    assert plan.files[0].ignored_columns == ["note"]


def test_when_several_encodings_decode_the_one_with_a_recognisable_header_wins(tmp_path, imports, people):
    path = write_csv(tmp_path / "日报_2026-10-05.csv", [["客服", "询单人数"], ["小美", "10"]], "utf-8")
    with mock.patch("app.importing.encoding.candidates", return_value=["gb18030", "utf-8"]):
        plan = imports.preview([path])
    assert plan.files[0].encoding == "utf-8"  # gb18030 gave 瀹㈡湇 (no header); utf-8 gave 客服
    assert plan.files[0].new == 1
    assert plan.files[0].period == (date(2026, 10, 5), date(2026, 10, 5))  # one day, from the file name


def test_undecodable_text_is_refused_clearly(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_bytes(bytes(range(0x80, 0x100)) * 3 + b"\x81\x30")
    with mock.patch("charset_normalizer.from_bytes") as detector, pytest.raises(UserError, match="bad.csv.*编码"):
        detector.return_value.best.return_value = None
        list(readers.sources(path))


def test_png_renamed_xlsx(tmp_path):
    path = tmp_path / "报表.xlsx"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    with pytest.raises(UserError, match="报表.xlsx.*PNG 图片"):
        list(readers.sources(path))


def test_corrupt_xlsx(tmp_path):
    good = tmp_path / "good.xlsx"
    openpyxl.Workbook().save(good)
    path = tmp_path / "坏.xlsx"
    path.write_bytes(good.read_bytes()[:300])
    with pytest.raises(UserError, match="坏.xlsx.*损坏"):
        list(readers.sources(path))


def test_password_protected_xlsx():
    with pytest.raises(UserError, match="password_protected.xlsx.*密码"):
        list(readers.sources(FIXTURES / "password_protected.xlsx"))


def test_file_open_in_excel_on_windows(tmp_path):
    path = write_csv(tmp_path / "r.csv", ROWS)
    sharing_violation = PermissionError(13, "The process cannot access the file because it is being used by "
                                            "another process")
    with mock.patch.object(Path, "open", side_effect=sharing_violation), \
            pytest.raises(UserError, match="r.csv.*正被其他程序.*关闭"):
        list(readers.sources(path))


def test_missing_file(tmp_path):
    with pytest.raises(UserError, match="找不到文件 .*nope.csv"):
        list(readers.sources(tmp_path / "nope.csv"))


def test_excel_rows_are_numbered_as_excel_shows_them(tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet["C3"] = "客服"
    sheet["D3"] = "日期"
    sheet["C4"] = "小美"
    sheet["D4"] = date(2026, 10, 1)
    path = tmp_path / "r.xlsx"
    book.save(path)
    source = next(readers.sources(path))
    rows = {number: cells for number, cells in source.rows()}
    assert rows[3] == ["客服", "日期"]
    assert rows[4] == ["小美", date(2026, 10, 1)]
    assert source.encoding is None


def test_xls_that_is_really_text_is_read_as_text(tmp_path):
    path = write_csv(tmp_path / "报表.xls", ROWS, "gbk", delimiter="\t")
    found, rows = _rows(path)
    assert found == "gb18030"
    assert rows[2] == ["2026-10-01", "小美", "￥1,200.50"]


def test_a_workbook_under_the_other_excel_name_is_read_by_its_content(tmp_path):
    """Some back-ends name an .xlsx workbook ".xls", and an old BIFF .xls gets renamed ".xlsx": Excel opens both,
    so the import must not call them damaged."""
    xlwt = pytest.importorskip("xlwt")
    book = openpyxl.Workbook()
    for row in ROWS:
        book.active.append(row)
    book.save(tmp_path / "生意参谋.xls")
    legacy = xlwt.Workbook(encoding="utf-8")
    sheet = legacy.add_sheet("客服绩效")
    for r, row in enumerate(ROWS):
        for c, value in enumerate(row):
            sheet.write(r, c, value)
    legacy.save(str(tmp_path / "旧报表.xlsx"))
    for name in ("生意参谋.xls", "旧报表.xlsx"):
        found, rows = _rows(tmp_path / name)
        assert found is None and rows[1:] == ROWS[1:], name


@pytest.mark.parametrize("name", ["导出.xlsb", "导出.ods"])
def test_an_xlsx_workbook_named_as_another_zip_workbook_is_read_by_its_content(tmp_path, name):
    """.xlsx, .xlsb and .ods are all ZIP files: opened by its name, an .xlsx saved as .xlsb or .ods was refused
    as damaged ("File not found: 'xl/workbook.bin'", "'mimetype' file not found")."""
    book = openpyxl.Workbook()
    for row in ROWS:
        book.active.append(row)
    book.save(tmp_path / name)
    found, rows = _rows(tmp_path / name)
    assert found is None and rows[1:] == ROWS[1:]


def test_html_disguised_as_xls_is_read_as_its_table(tmp_path):
    path = tmp_path / "r.xls"
    path.write_text("<html><body><table><tr><td>客服</td><td>销售额</td></tr><tr><td>小美</td><td>1,200.50</td></tr>"
                    "</table></body></html>", encoding="utf-8")
    [source] = readers.sources(path)
    assert (source.markup, source.encoding) == ("html", "utf-8")
    assert list(source.rows())[:2] == [(1, ["客服", "销售额"]), (2, ["小美", "1,200.50"])]


def test_a_real_legacy_xls_is_read(tmp_path, imports, people, shop):
    """A BIFF .xls as older seller-tool versions export it (written with xlwt), with a title line above the
    header and an Excel date serial in the date column."""
    xlwt = pytest.importorskip("xlwt")
    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("客服绩效")
    sheet.write(0, 0, "客服绩效报表")
    for col, header in enumerate(["日期", "客服", "销售额", "询单人数"]):
        sheet.write(1, col, header)
    dated = xlwt.easyxf(num_format_str="YYYY-MM-DD")
    for row, (day, name, sales, asked) in enumerate(
            [(date(2026, 10, 1), "旗舰店:小美", "¥1,234.50", 40), (date(2026, 10, 1), "阿强", 980, 35)], start=2):
        sheet.write(row, 0, day, dated)
        sheet.write(row, 1, name)
        sheet.write(row, 2, sales)
        sheet.write(row, 3, asked)
    path = tmp_path / "客服日报 2026-10.xls"
    book.save(str(path))
    plan = imports.preview([path])
    assert not plan.errors and plan.files[0].header_row == 2 and plan.files[0].new == 2
    imports.commit(plan)
    assert shop.store.values.get("sales", date(2026, 10, 1), people["小美"]) == 123_450
    assert shop.store.values.get("inquiries", date(2026, 10, 1), people["阿强"]) == 35


def test_tabs_inside_quotes_do_not_decide_the_delimiter():
    sample = '日期,客服,销售额\r\n"\t2026-10-03","\t小美","\t1"\r\n"\t2026-10-04","\t小美","\t2"\r\n'
    assert readers._sniff_delimiter(sample) == ","
    assert readers._sniff_delimiter("日期\t客服\t销售额\r\n2026-10-01\t小美\t\"1,000\"\r\n") == "\t"


def test_an_empty_first_sheet_does_not_hide_the_next_one(tmp_path, imports, people):
    book = openpyxl.Workbook()
    book.create_sheet("数据").append(["日期", "客服", "销售额"])
    book["数据"].append(["2026-10-01", "小美", 1])
    path = tmp_path / "r.xlsx"
    book.save(path)
    plan = imports.preview([path])
    assert not plan.errors and plan.files[0].sheet == "数据" and plan.files[0].new == 1


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_text_without_a_byte_order_mark_is_read(tmp_path, run, shop, people, encoding):
    """Some back-ends write "Unicode text" without its BOM: it was refused as no table at all. 销 is 00 95 in
    little-endian, so the NULs are not all where the ASCII characters put them."""
    path = write_csv(tmp_path / "客服日报.txt", ROWS, encoding, delimiter="\t")
    assert not path.read_bytes().startswith((b"\xff\xfe", b"\xfe\xff"))
    plan, import_id = run(path)
    assert import_id and not plan.errors
    assert plan.files[0].encoding == encoding
    assert shop.store.values.get("sales", date(2026, 10, 1), people["小美"]) == 120050


@pytest.mark.parametrize("content", [
    bytes(range(256)) * 8,  # NULs at even offsets only
    b"".join(bytes([i % 32, 0]) for i in range(600)),  # NULs at odd offsets only: control characters as UTF-16
    "日期\t客服\n".encode("utf-16-le") + b"\x00\x00" * 200 + bytes(range(1, 256)) * 4,
])
def test_binary_content_with_nul_bytes_is_still_no_table(tmp_path, content):
    path = tmp_path / "乱码.csv"
    path.write_bytes(content)
    with pytest.raises(UserError, match="「乱码.csv」不是 Excel 或 CSV 表格（无法识别的文件格式）"):
        list(readers.sources(path))


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("odd", ["\u3000", "\u00a0", "\u200b"])  # full-width space, no-break space, zero-width space
def test_utf16_without_a_byte_order_mark_may_hold_spaces_of_every_kind(tmp_path, encoding, odd):
    """A full-width space after a name, a no-break space in an amount, a zero-width space pasted into a name: text
    the reader keeps or cleans. They are not printable to Python, and the file was refused as no table."""
    path = write_csv(tmp_path / "客服日报.txt", [*ROWS[:2], ["2026-10-01", f"小美{odd}", "1200.50"]], encoding,
                     delimiter="\t")
    found, rows = _rows(path)
    assert found == encoding and rows[2][1] == f"小美{odd}"
