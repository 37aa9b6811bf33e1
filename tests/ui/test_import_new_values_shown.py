"""The check step shows the values a first import of a month would write, not only the changed ones: on an empty
month every row is new, and the preview showed nothing of what was read (a 回复率 of 0.985 as 98.5% or 0.99%?)
until it was written. Screen: tests/artifacts/screens/import_new_values.png."""

from __future__ import annotations

import import_wizard_support as support
from import_wizard_support import D1, commit, preview, shoot, write_csv

people, make_wizard = support.people, support.make_wizard  # fixtures


def test_the_values_of_new_rows_are_shown_before_they_are_written(qtbot, shop, people, make_wizard, qtmodeltester):
    path = write_csv(shop.store.path.parent / "日报.csv", [["日期", "客服", "销售额", "回复率"],
                                                          ["2026-10-01", "小美", "1.2万", "0.985"],
                                                          ["2026-10-01", "阿强", "￥12500.50", "0.97"]])
    wizard = make_wizard([path])
    plan = preview(qtbot, wizard)
    assert [f.new for f in plan.files] == [2] and not plan.changes
    step = wizard.preview_step
    model = step.new_model
    qtmodeltester.check(model)
    shown = [[model.text(row, c) for c in range(model.columnCount())] for row in range(model.rowCount())]
    assert shown == [["日报.csv", "2", "小美", "2026年10月1日", "回复率", "98.5%"],
                     ["日报.csv", "2", "小美", "2026年10月1日", "销售额", "¥12,000.00"],
                     ["日报.csv", "3", "阿强", "2026年10月1日", "回复率", "97%"],
                     ["日报.csv", "3", "阿强", "2026年10月1日", "销售额", "¥12,500.50"]]
    index = step.tabs.indexOf(step.new_table)
    assert step.tabs.tabText(index) == "新增的数值（4）"
    step.tabs.setCurrentWidget(step.new_table)
    shoot(wizard, "new_values")
    commit(qtbot, wizard)
    assert shop.store.values.get("sales", D1, people["小美"]) == 1200000
