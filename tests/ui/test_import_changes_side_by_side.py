"""The check step's 将修改的数值: a value's new figure stands beside its old one. The last column, 新值, was
stretched over the table's spare width, its figure right-aligned a few hundred pixels from 原值.
Screen: tests/artifacts/screens/import_changes_side_by_side.png."""

from __future__ import annotations

import import_wizard_support as support
from import_wizard_support import commit, daily, preview, shoot

people, make_wizard = support.people, support.make_wizard  # fixtures

OLD, NEW = 5, 6  # the change table's 原值 and 新值


def test_the_new_value_stands_beside_the_old_one(qtbot, shop, people, make_wizard):
    folder = shop.store.path.parent
    wizard = make_wizard([daily(folder, [["2026-10-01", "小美", "1372", "40"]], "一.csv")])
    preview(qtbot, wizard)
    commit(qtbot, wizard)
    wizard = make_wizard([daily(folder, [["2026-10-01", "小美", "1010.50", "41"]], "二.csv")])
    preview(qtbot, wizard)
    step = wizard.preview_step
    step.tabs.setCurrentWidget(step.change_table)
    qtbot.wait(20)
    table, header = step.change_table, step.change_table.horizontalHeader()
    assert step.change_model.rowCount() == 2
    assert header.sectionSize(NEW) <= table.sizeHintForColumn(NEW) + 24, (header.sectionSize(NEW),
                                                                          table.sizeHintForColumn(NEW))
    right = header.sectionViewportPosition(NEW) + header.sectionSize(NEW)
    assert right <= table.viewport().width()  # whole, without scrolling sideways
    assert header.sectionSize(0) >= table.sizeHintForColumn(0)  # the file's name has the room left over
    shoot(wizard, "changes_side_by_side")
