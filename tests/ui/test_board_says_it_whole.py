"""The board's words read whole and as the window names things: the empty board names the 文件 menu's item as the
menu writes it, and the leaderboard's one-line note fits its table."""

import re

from board_support import OCT, make_board_shop
from PySide6.QtWidgets import QApplication

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
