"""Figures finer than the shop keeps them — money below the fen, a rate or a time beyond its decimals — are rounded
half up as an import reads them. That was silent: the owner read 1,234.57 on the board and 1234.567 in the export.
The preview (and the CLI's text and --json) says it once per column, with how many and one example with its row."""

from __future__ import annotations

import json

import openpyxl

from .conftest import dump, write_csv
from .test_commands import cli

HEADER = ["日期", "客服", "销售额", "询单转化率", "平均响应时间"]


def _file(tmp_path, *rows, name="日报.csv"):
    return write_csv(tmp_path / name, [HEADER, *rows], encoding="gb18030")


def test_the_preview_says_which_column_was_rounded_how_often_and_one_example(tmp_path, shop, people, imports):
    from app.importing import ImportOptions

    path = _file(tmp_path, ["2026-10-05", "小美", "1,000.50", "35.5%", "25"],
                 ["2026-10-06", "小美", "1234.567", "0.356789", "25.333"],
                 ["2026-10-07", "小美", "¥100.005", "35.55%", "26"],
                 ["2026-10-08", "阿强", "9.999", "x", "30"])  # a row in error is not imported: not counted either
    plan = imports.preview([path], ImportOptions(skip_errors=True))
    [file] = plan.files
    assert [n for n in file.notes if "比店里记的更细" in n] == [
        "「销售额」列有 2 个数值比店里记的更细（金额记到分），已四舍五入，如第 3 行 1234.567 记为 1,234.57",
        "「询单转化率」列第 3 行的 0.356789 比店里记的更细（百分比记到 2 位小数），已四舍五入记为 35.68%",
        "「平均响应时间」列第 3 行的 25.333 比店里记的更细（记到 2 位小数），已四舍五入记为 25.33秒"]
    assert file.as_json()["rounded"] == [
        {"column": "销售额", "metric": "sales", "count": 2, "row": 3, "value": "1234.567", "kept": "1,234.57"},
        {"column": "询单转化率", "metric": "conversion_rate", "count": 1, "row": 3, "value": "0.356789", "kept": "35.68%"},
        {"column": "平均响应时间", "metric": "response_s", "count": 1, "row": 3, "value": "25.333", "kept": "25.33秒"}]
    assert not plan.blocking()  # a note, not an error


def test_exact_figures_say_nothing(tmp_path, shop, people, imports):
    from app.importing import ImportOptions

    path = _file(tmp_path, ["2026-10-05", "小美", "¥1,234.50", "0.3567", "25.33"])
    [file] = imports.preview([path], ImportOptions()).files
    assert not [n for n in file.notes if "更细" in n] and file.as_json()["rounded"] == []


def test_a_column_of_percents_without_the_sign_is_said_as_rounded_to_its_percent(tmp_path, shop, people, imports):
    """98.567 in a rate column whose numbers are percents (some above 1): exact as a fraction, rounded as percent."""
    from app.importing import ImportOptions

    path = _file(tmp_path, ["2026-10-05", "小美", "1", "98.567", "25"], ["2026-10-06", "小美", "1", "99.5", "25"])
    [file] = imports.preview([path], ImportOptions()).files
    assert "「询单转化率」列第 2 行的 98.567 比店里记的更细（百分比记到 2 位小数），已四舍五入记为 98.57%" in file.notes


def test_an_excel_number_is_judged_as_excel_shows_it(tmp_path, shop, people, imports):
    """0.1 + 0.2 is 0.30000000000000004 in the file and 0.3 in the sheet: nothing finer than the fen to say."""
    from app.importing import ImportOptions

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(HEADER)
    sheet.append(["2026-10-05", "小美", 0.1 + 0.2, 0.35, 25])
    sheet.append(["2026-10-06", "小美", 1234.567, 0.35, 25])
    path = tmp_path / "日报.xlsx"
    book.save(path)
    [file] = imports.preview([path], ImportOptions()).files
    assert [c["row"] for c in file.as_json()["rounded"]] == [3]
    assert "「销售额」列第 3 行的 1234.567 比店里记的更细（金额记到分），已四舍五入记为 1,234.57" in file.notes


def test_the_command_line_says_it_in_text_and_json(tmp_path, shop, people, capsys):
    path = _file(tmp_path, ["2026-10-05", "小美", "1234.567", "35.5%", "25"])
    before = dump(shop)
    assert cli(shop, "import", str(path), "--dry-run") == 0
    assert "说明：「销售额」列第 2 行的 1234.567 比店里记的更细（金额记到分），已四舍五入记为 1,234.57" in capsys.readouterr().out
    assert dump(shop) == before
    assert cli(shop, "import", str(path), "--json") == 0
    [file] = json.loads(capsys.readouterr().out)["files"]
    assert file["rounded"] == [
        {"column": "销售额", "metric": "sales", "count": 1, "row": 2, "value": "1234.567", "kept": "1,234.57"}]
    assert shop.store.db.execute("SELECT metric, value FROM daily_value ORDER BY metric").fetchall() == [
        ("conversion_rate", 3550), ("response_s", 2500), ("sales", 123457)]
