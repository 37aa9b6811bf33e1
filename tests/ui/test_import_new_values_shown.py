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


def test_the_tab_titles_say_when_more_values_than_listed_are_new_and_none_when_none_are(qtbot, shop, people,
                                                                                        make_wizard):
    """Past the first 200 the tab said 200 of 240 new values (or of a month's 6,000): it says 200+."""
    days = [f"2026-10-{day:02d}" for day in range(1, 16)]  # 15 days × 4 people × 4 values
    path = write_csv(shop.store.path.parent / "日报.csv", [["日期", "客服", "销售额", "询单人数", "询单->最终付款人数", "平均响应(秒)"],
                                                          *([day, name, "100", "3", "1", "20"] for day in days
                                                            for name in ("小美", "阿强", "晓雯", "大刘"))])
    wizard = make_wizard([path])
    preview(qtbot, wizard)
    step = wizard.preview_step
    assert step.new_model.rowCount() == 200 and sum(f.new for f in wizard.plan.files) == 60
    assert step.tabs.tabText(step.tabs.indexOf(step.new_table)) == "新增的数值（200+）"
    assert step.tabs.tabText(step.tabs.indexOf(step.change_table)) == "将修改的数值（0）"
    commit(qtbot, wizard)
    again = make_wizard([path])
    preview(qtbot, again)
    assert again.preview_step.tabs.tabText(again.preview_step.tabs.indexOf(again.preview_step.new_table)) == "新增的数值（0）"
