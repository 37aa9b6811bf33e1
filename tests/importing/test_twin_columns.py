"""Two columns with the same header: the first one able to be read is read, and which one — by its letter, as
Excel shows it — is said in the command's words and the plan's notes. The ignored one was listed by its header
alone, which named both."""

from __future__ import annotations

import openpyxl

from app.cli.parser import Parser
from app.i18n import set_language
from app.importing import commands
from app.importing.twin_columns import column_letter, not_read_shown, read_shown

from .conftest import write_csv

ROWS = [["日期", "客服", "询单人数", "客服", "销售额"], ["2026-10-01", "小美", "10", "阿强", "100"]]


def cli(shop, *words: str) -> int:
    parser = Parser(prog="honghua")
    commands.register(parser.add_subparsers(dest="command", parser_class=Parser))
    args = parser.parse_args(list(words))
    return args.handler(shop, args)


def test_the_command_says_which_of_two_columns_alike_it_read(tmp_path, shop, people, capsys):
    path = write_csv(tmp_path / "日报.csv", ROWS, "gbk")
    assert cli(shop, "import", str(path), "--dry-run") == 0
    out = capsys.readouterr().out.splitlines()
    assert "  识别的列：日期、客服（B 列）、询单人数、销售额" in out
    assert "  未读取的列（已忽略）：客服（D 列）" in out
    assert "  说明：有 2 列的表头都是「客服」：读取的是 B 列，D 列没有读取" in out


def test_letters_count_from_where_a_sheet_starts(tmp_path, imports, people):
    """A sheet is read from its used range: a header starting at column C has its first cell there."""
    book = openpyxl.Workbook()
    for r, row in enumerate(ROWS + [["2026-10-02", "晓雯", "5", "小美", "50"]], start=2):
        for c, value in enumerate(row, start=3):
            book.active.cell(r, c, value)
    book.active.cell(2, 8, "客服")  # a third 客服, in column H
    path = tmp_path / "日报.xlsx"
    book.save(path)
    plan = imports.preview([path])
    f = plan.files[0]
    assert (read_shown(f, "客服"), not_read_shown(f)) == ("客服（D 列）", ["客服（F 列）", "客服（H 列）"])
    assert "有 3 列的表头都是「客服」：读取的是 D 列，F、H 列没有读取" in f.notes
    assert not plan.errors and f.new == 2


def test_columns_alike_none_of_which_is_read_are_each_listed_by_letter(tmp_path, imports, people):
    path = write_csv(tmp_path / "日报.csv", [["备注", "日期", "客服", "销售额", "备注"], ["a", "2026-10-01", "小美", "1", "b"]])
    f = imports.preview([path]).files[0]
    assert not_read_shown(f) == ["备注（A 列）", "备注（E 列）"]
    assert not any("备注" in note for note in f.notes)  # nothing was read of them: the list says it all


def test_the_english_words(tmp_path, imports, people):
    set_language("en")
    try:
        f = imports.preview([write_csv(tmp_path / "日报.csv", ROWS, "gbk")]).files[0]
        assert (read_shown(f, "客服"), not_read_shown(f)) == ("客服 (column B)", ["客服 (column D)"])
        assert f.notes == ['2 columns are headed "客服": column B is read, not D']
    finally:
        set_language("zh")


def test_column_letters_as_excel_names_them():
    assert [column_letter(i) for i in (0, 1, 25, 26, 27, 51, 52, 701, 702)] == [
        "A", "B", "Z", "AA", "AB", "AZ", "BA", "ZZ", "AAA"]
