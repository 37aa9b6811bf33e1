"""The wizard names each skipped row and why, in the preview and in the result: a footer line 「注：…」 and a
header repeated on a page were counted as 跳过 without a word on which rows they were."""

from __future__ import annotations

import import_wizard_support as support
from import_wizard_support import HEADER, TITLE, commit, preview, write_csv

people, make_wizard = support.people, support.make_wizard  # fixtures


def test_the_preview_and_the_result_name_the_skipped_rows(qtbot, shop, people, make_wizard, tmp_path):
    path = write_csv(tmp_path / "日报.csv", [TITLE, HEADER, ["2026-10-01", "小美", "100", "3"], HEADER,
                                           ["2026-10-01", "阿强", "50", "2"], ["注：数据来自生意参谋"]])
    wizard = make_wizard([path])
    plan = preview(qtbot, wizard)
    assert plan.files[0].skipped == 2
    said = ["跳过的文字行（只有一格文字，不是数据）：第 6 行「注：数据来自生意参谋」", "跳过的重复表头：第 4 行"]
    layout = wizard.preview_step.layout_text.toPlainText().splitlines()
    assert all(line in layout for line in said), layout
    commit(qtbot, wizard)
    result = wizard.result_step.details.toPlainText().splitlines()
    assert all("    " + line in result for line in said), result
