"""On a 1366×768 laptop at 150 % the check step of one file with errors shows several of its errors: the file
table, one row long, gave three empty rows to itself and left the errors a row and a half.
Screen: tests/artifacts/screens/import_errors_in_view.png."""

from __future__ import annotations

import import_wizard_support as support
import laptop_support as laptop
from import_wizard_support import daily, preview, shoot

people, make_wizard = support.people, support.make_wizard  # fixtures
small_screen = laptop.small_screen  # the fixture


def rows_in_view(table) -> int:
    return table.viewport().height() // table.verticalHeader().defaultSectionSize()


def test_one_files_errors_are_in_view_on_a_laptop_at_150_percent(qtbot, shop, people, make_wizard, small_screen, lang):
    bad = daily(shop.store.path.parent, [["2026-10-01", "小美", "待定", "1"], ["2026-11-02", "阿强", "100", "1"],
                                         ["2026-10-02", "晓雯", "-50", "1"], ["2026-10-03", "大刘", "x", "1"]])
    wizard = make_wizard([bad])
    preview(qtbot, wizard)
    qtbot.wait(20)  # the splitter's sizes settle after the window is laid out
    step = wizard.preview_step
    assert wizard.height() <= laptop.ROOM.height() and wizard.rect().contains(wizard.next_button.geometry())
    assert step.tabs.currentWidget() is step.error_table and step.error_model.rowCount() == 4
    assert rows_in_view(step.error_table) >= 3, (rows_in_view(step.error_table), step.split.sizes())
    assert rows_in_view(step.file_table) >= 1  # its one file stays in view
    shoot(wizard, f"errors_in_view_{lang}")
