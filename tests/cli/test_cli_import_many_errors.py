"""`honghua import` of a file with a column wrong on every row prints the first errors and then how many more there
are and in which columns, not one line per row: a scheduled import's log stays readable. --json keeps them all."""

from __future__ import annotations

import json

from app.importing.commands import ERRORS_PRINTED

BAD_ROWS = ERRORS_PRINTED + 10
AFTER = "2026-11-20"  # every day of the report is past


def _report(tmp_path):
    lines = ["日期,客服,销售额,询单人数"]
    lines += [f"2026-10-{day:02d},小美,12a3,10" for day in range(1, BAD_ROWS)]
    lines.append("2026-10-31,小美,100,1x")  # the last bad row's error is in another column
    path = tmp_path / "日报.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _error_lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.startswith("  错误：")]


def test_the_text_output_lists_the_first_errors_then_counts_the_rest_by_column(cli, add, tmp_path):
    add("小美")
    result = cli("import", str(_report(tmp_path)), today=AFTER)
    assert result.code == 2
    assert len(_error_lines(result.err)) == ERRORS_PRINTED
    assert "日报.csv 第 2 行「销售额」列：「12a3」不是有效的金额" in result.err
    more = BAD_ROWS - ERRORS_PRINTED
    assert f"  ……另有 {more} 条错误（「销售额」列 {more - 1} 条、「询单人数」列 1 条；--json 列出全部）" in result.err


def test_the_json_output_has_every_error_and_its_stderr_says_so(cli, add, tmp_path):
    add("小美")
    result = cli("import", "--json", str(_report(tmp_path)), today=AFTER)
    assert result.code == 2
    (file,) = json.loads(result.out)["files"]
    assert len(file["errors"]) == BAD_ROWS
    assert len(_error_lines(result.err)) == ERRORS_PRINTED
    assert "；JSON 输出列出全部）" in result.err


def test_english_counts_the_rest_in_english(cli, add, tmp_path):
    add("小美")
    result = cli("import", str(_report(tmp_path)), lang="en", today=AFTER)
    more = BAD_ROWS - ERRORS_PRINTED
    assert f"and {more} more errors ({more - 1} in column \"销售额\", 1 in column \"询单人数\"; --json lists them all)" \
        in result.err
