"""A column the import recognised can be changed in the wizard, as `honghua import --map` and 设置 → 导入 can:
更改列的对应… lists the value columns recognised; one read as another metric or ignored is read so by the next
check (the preview follows), written so, and remembered for files with the same header."""

from __future__ import annotations

from datetime import date

import import_wizard_support as support
from import_wizard_support import commit, daily, preview, shoot

from ui.importing import wizard as steps
from ui.importing.resolve_step import IGNORE_ALWAYS

make_wizard = support.make_wizard  # fixture
people = support.people  # fixture
D1 = date(2026, 10, 1)


def _export(tmp_path):
    return daily(tmp_path, [["2026-10-01", "小美", "100", "3"], ["2026-10-01", "阿强", "80", "5"]])


def test_a_recognised_column_is_read_as_another_metric_or_dropped(qtbot, shop, people, make_wizard, tmp_path):
    wizard = make_wizard([_export(tmp_path)])
    plan = preview(qtbot, wizard)
    assert plan.files[0].columns["询单人数"] == "inquiries" and plan.files[0].columns["销售额"] == "sales"
    assert not wizard.resolve_button.isVisible() and wizard.columns_button.isVisible()
    wizard.go_columns()
    resolve = wizard.resolve_step
    assert wizard.step() == steps.RESOLVE and resolve.recognised_box.isVisibleTo(resolve)
    # nothing was left unrecognised: the step is named for what it shows, without 没有需要处理的项目 above it
    assert "3 更改列的对应" in wizard.steps_label.text() and "处理未识别项" not in wizard.steps_label.text()
    assert not resolve.nothing.isVisibleTo(resolve)
    assert sorted(resolve.recognised) == ["询单人数", "销售额"]  # not 日期 or 客服: the reader finds those itself
    assert resolve.recognised["销售额"].currentText() == "按识别：销售额"
    resolve.set_column_choice("询单人数", "consults")
    resolve.set_column_choice("销售额", IGNORE_ALWAYS)
    shoot(wizard, "3_resolve_recognised_columns")
    plan = preview(qtbot, wizard)  # 应用并重新检查
    assert plan.files[0].columns.get("询单人数") == "consults" and "销售额" not in plan.files[0].columns
    assert "询单人数 → 咨询人数" in wizard.preview_step.layout_text.toPlainText()
    assert sorted(resolve.recognised) == ["询单人数", "销售额"] and not resolve.columns  # listed once, as chosen
    assert resolve.recognised["销售额"].currentData() == IGNORE_ALWAYS
    commit(qtbot, wizard)
    values = shop.store.values
    assert values.get("consults", D1, people["小美"]) == 3 and values.get("inquiries", D1, people["小美"]) is None
    assert values.get("sales", D1, people["小美"]) is None
    assert "记住的列：销售额 → 忽略、询单人数 → 咨询人数" in wizard.result_step.details.toPlainText()
    # the next file with this header is read so without asking
    again = make_wizard([daily(tmp_path, [["2026-10-02", "小美", "100", "4"]], name="日报2.csv")])
    plan = preview(qtbot, again)
    assert plan.files[0].columns.get("询单人数") == "consults" and "销售额" not in plan.files[0].columns


def test_left_as_recognised_nothing_is_remembered(qtbot, shop, people, make_wizard, tmp_path):
    wizard = make_wizard([_export(tmp_path)])
    preview(qtbot, wizard)
    wizard.go_columns()
    assert wizard.resolve_step.options(wizard.options()).column_map == {}


def test_a_column_in_several_files_names_each_file_its_choice_changes(qtbot, shop, people, make_wizard, tmp_path):
    """The choice is by header, so it changes the column in every file that has it: each is named, not the first."""
    first = daily(tmp_path, [["2026-10-01", "小美", "100", "3"]], name="旗舰店.csv")
    second = daily(tmp_path, [["2026-10-01", "阿强", "80", "5"]], name="分店.csv")
    wizard = make_wizard([first, second])
    preview(qtbot, wizard)
    wizard.go_columns()
    table = wizard.resolve_step.recognised_table
    files = {table.item(row, 0).text(): table.item(row, 1).text() for row in range(table.rowCount())}
    assert files == {"销售额": "旗舰店.csv、分店.csv", "询单人数": "旗舰店.csv、分店.csv"}
    wizard.resolve_step.set_column_choice("询单人数", IGNORE_ALWAYS)
    preview(qtbot, wizard)
    assert table.rowCount() == 2 and table.item(1, 1).text() == "旗舰店.csv、分店.csv"  # a re-check adds no name twice


def test_the_guide_names_every_part_of_step_3_and_the_buttons_that_open_it(make_wizard):
    """The import chapter tells the owner what each box of step 3 is for, the recognised columns too."""
    from pathlib import Path

    from PySide6.QtWidgets import QGroupBox

    guide = (Path(__file__).resolve().parents[2] / "docs" / "guide" / "导入报表.md").read_text(encoding="utf-8")
    wizard = make_wizard()
    boxes = [box.title() for box in wizard.resolve_step.findChildren(QGroupBox)]
    assert "识别的列" in boxes
    shown = [*boxes, wizard.resolve_button.text(), wizard.columns_button.text()]
    assert [name for name in shown if f"「{name}」" not in guide] == []
