"""A report's footer (「注：数据来自生意参谋」, a 合计 row) and a header repeated on every page were counted as 跳过
without a word on which rows they were: the owner saw 跳过 3 行 and wondered what was left out. Each skipped row is
named with its row number and why, in the preview, the command's summary, its --json and the wizard's result."""

from __future__ import annotations

import json

from app.importing import ImportOptions

from .conftest import write_csv
from .test_commands import cli

HEADER = ["日期", "客服", "销售额", "询单人数"]
NOTE = "注：数据来自生意参谋，仅供参考，以店铺后台为准"  # longer than the preview quotes


def _report(tmp_path):
    return write_csv(tmp_path / "日报.csv", [
        HEADER, ["2026-10-05", "小美", "100", "10"], HEADER, ["2026-10-05", "阿强", "50", "5"],
        ["合计", "", "150", "15"], [NOTE]])


def test_the_preview_names_each_skipped_row_and_why(tmp_path, people, imports):
    [f] = imports.preview([_report(tmp_path)], ImportOptions()).files
    assert f.counts()["skipped"] == 3 and f.new == 2
    assert f.skipped_said() == ["跳过的合计行（不计入，以免重复）：第 5 行",
                                "跳过的文字行（只有一格文字，不是数据）：第 6 行「注：数据来自生意参谋，仅供参考，以店铺后…」",
                                "跳过的重复表头：第 3 行"]
    assert f.as_json()["text_rows"] == [{"row": 6, "text": NOTE}] and f.as_json()["header_again_rows"] == [3]


def test_the_commands_summary_says_them_under_its_counts(tmp_path, shop, people, capsys):
    assert cli(shop, "import", str(_report(tmp_path))) == 0
    out = capsys.readouterr().out
    assert "跳过 3 行" in out
    assert "\n  跳过的文字行（只有一格文字，不是数据）：第 6 行「注：数据来自生意参谋，仅供参考，以店铺后…」\n" in out
    assert "\n  跳过的重复表头：第 3 行\n" in out
    assert cli(shop, "import", str(_report(tmp_path)), "--json") == 0
    assert json.loads(capsys.readouterr().out)["files"][0]["text_rows"] == [{"row": 6, "text": NOTE}]


def test_a_long_footer_is_named_by_its_first_lines_and_counted_not_quoted_whole(tmp_path, people, imports):
    """An export with 500 footer lines (or a header repeated on 500 pages) gave one line of some 15,000 characters
    in the preview, the wizard's result and the command's summary; --json still lists every row."""
    footer = [[f"注：第 {i} 条说明，数据来自生意参谋"] for i in range(500)]
    paged = [row for i in range(300) for row in (HEADER, ["2026-10-05", "小美" if i % 2 else "阿强", "1", "1"])][1:]
    path = write_csv(tmp_path / "日报.csv", [HEADER, *paged, *footer])
    [f] = imports.preview([path], ImportOptions()).files
    assert len(f.text_rows) == 500 and len(f.header_again_rows) == 299
    said = f.skipped_said()
    assert all(len(line) < 300 for line in said), [len(line) for line in said]
    assert "第 601 行「注：第 0 条说明，数据来自生意参谋」" in said[0] and "共 500 行" in said[0]
    assert said[1].startswith("跳过的重复表头：第 3、5、7") and "共 299 行" in said[1]
    assert len(f.as_json()["text_rows"]) == 500
