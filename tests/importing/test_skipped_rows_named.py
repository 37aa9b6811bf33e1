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
