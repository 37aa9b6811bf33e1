"""The board's words read whole and as the window names things: the empty board names the 文件 menu's item as the
menu writes it, the leaderboard's one-line note fits its table, a month to come says only what is so, and the
target dialog opened from the board shows its example whole."""

import re

from board_support import make_board_shop
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionFrame

from ui.dialogs.common import LINE_EDIT_MARGIN
from ui.pages.dashboard import DashboardPage


def shown_text(menu_text: str) -> str:
    """A menu's text as the owner reads it: 文件(&F) is 文件, &File is File."""
    return re.sub(r"\(&\w\)", "", menu_text).replace("&", "")


def test_the_empty_board_names_the_demo_menu_item_as_the_menu_writes_it(lang, make_window):
    window = make_window(start_page="dashboard")
    window.show()
    QApplication.processEvents()
    file_menu = window.menuBar().actions()[0].text()
    said = window.current_page().empty_label.text()
    assert f"{shown_text(file_menu)} → {shown_text(window.demo_action.text())}" in said, said


def test_the_leaderboards_note_that_nobody_has_a_value_is_not_cut(qtbot, shop):
    """The note spans the table's columns, which were sized to the names and values: it was cut with "…" in a
    table with room to spare."""
    make_board_shop(shop)
    page = DashboardPage(shop)
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    qtbot.waitExposed(page)
    page.refresh()
    board = page.leaderboard
    page.tabs.setCurrentWidget(board)
    board.metric_box.setCurrentIndex(board.metric_box.findText("订单数"))
    table = board.table
    note = table.item(0, 0)
    room = table.visualRect(table.model().index(0, 0)).width()
    needed = table.fontMetrics().horizontalAdvance(note.text())
    assert room > needed, (room, needed, note.text())


def test_a_month_to_come_without_targets_does_not_say_the_targets_are_below(qtbot, shop):
    from app.periods import Month

    people = make_board_shop(shop)[1]
    page = DashboardPage(shop)
    qtbot.addWidget(page)
    page.picker.setMonth(Month(2026, 12))
    assert page.banner.text().startswith("2026年12月还没有开始。有 4 人未设目标"), page.banner.text()
    shop.targets.set_staff(Month(2026, 12), people["小美"].id, shop.metrics.get("sales"), 3_000_000)
    page.refresh()
    assert page.banner.text().startswith("2026年12月还没有开始，下面是已设的目标。有 3 人未设目标"), page.banner.text()


def test_the_target_dialogs_example_is_shown_whole(lang, qtbot, shop):
    """Double-clicking 未设目标 on the board asks for the target; its example was cut (「e.g. 30000 or ¥30…」)."""
    from app.periods import Month
    from ui.dialogs.target_input import TargetInputDialog

    person = make_board_shop(shop)[1]["阿花"]
    dialog = TargetInputDialog(shop, person, Month(2026, 10))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    edit = dialog.value
    option = QStyleOptionFrame()
    edit.initStyleOption(option)
    text_area = edit.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, edit)
    room = text_area.width() - 2 * LINE_EDIT_MARGIN  # Qt's own margin inside the text area
    assert edit.fontMetrics().horizontalAdvance(edit.placeholderText()) <= room
