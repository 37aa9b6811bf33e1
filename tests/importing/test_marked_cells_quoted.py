"""A CSV saved from Excel marks cells to keep as text (="2026-10-01", '100): Excel shows them without the mark, so
a refusal quotes the cell as the owner sees it when she opens the file, not the mark around it."""

from __future__ import annotations

from app.importing import ImportOptions

from .conftest import write_csv

TITLE = ["统计时间：2026-10-01 ~ 2026-10-31"]
HEADER = ["日期", "客服", "销售额", "询单人数"]


def _errors(imports, path):
    plan = imports.preview([path], ImportOptions())
    return {(e.row, e.column): e.value for f in plan.files for e in f.errors}


def test_a_refused_cell_is_quoted_without_the_keep_as_text_mark(tmp_path, imports, people):
    path = write_csv(tmp_path / "赤兔.csv", [TITLE, HEADER,
                                            ['="2026-13-01"', '="旗舰店:小美"', "100", "5"],
                                            ['="2026-10-02"', '="旗舰店:小美"', '="abc"', "'五"],
                                            ['="2026-10-40"', "阿强", "100", "5"]], "gbk")
    errors = _errors(imports, path)
    assert errors == {(3, "日期"): "2026-13-01", (4, "销售额"): "abc", (4, "询单人数"): "五",
                      (5, "日期"): "2026-10-40"}, errors


def test_a_date_outside_the_report_is_quoted_as_shown(tmp_path, imports, people):
    path = write_csv(tmp_path / "日报.csv", [TITLE, HEADER, ['="2026-11-02"', "阿强", "100", "5"]])
    assert _errors(imports, path) == {(3, "日期"): "2026-11-02"}
