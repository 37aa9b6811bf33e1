"""小红花 → 红花榜: the table fills its pane (no blank band beside its last column, whether 部门 is shown or
not), and the English window names a month as English does (October, Received in October)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from flowers_support import make_team, pick
from PySide6.QtWidgets import QApplication

from ui.main import install_translators

SCREENS = Path(__file__).resolve().parents[1] / "artifacts" / "screens"


@pytest.fixture
def flowered(shop):
    shop, ids = make_team(shop)
    shop.flowers.issue(ids["王店长"], ids["小美"], "主动跟进差评客户并挽回", day=date(2026, 10, 2))
    shop.flowers.issue(ids["王店长"], ids["小刚"], "帮同事顶班", day=date(2026, 10, 3))
    return shop, ids


def _board_page(make_window, size):
    window = make_window(start_page="flowers")
    window.resize(*size)
    window.show()
    QApplication.processEvents()
    return window, window.current_page()


def _blank_band(board) -> int:
    """The width the visible columns leave empty in the table's viewport."""
    header = board.horizontalHeader()
    shown = sum(header.sectionSize(c) for c in range(header.count()) if not header.isSectionHidden(c))
    return board.viewport().width() - shown


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
def test_the_flower_board_fills_its_pane(qapp, make_window, flowered, lang, size):
    install_translators(qapp, lang)
    try:
        window, page = _board_page(make_window, size)
        assert page.board.isColumnHidden(4)  # no namesakes: 部门 is not shown, 当前有效 is the last column
        assert _blank_band(page.board) <= 0
        pick(page.board_span, "M10")
        QApplication.processEvents()
        assert _blank_band(page.board) <= 0
        SCREENS.mkdir(parents=True, exist_ok=True)
        assert window.grab().save(str(SCREENS / f"flower_board_{lang}_{size[0]}.png"))
    finally:
        install_translators(qapp, "zh")


def test_the_english_board_names_the_month(qapp, make_window, flowered):
    install_translators(qapp, "en")
    try:
        _window, page = _board_page(make_window, (1366, 768))
        pick(page.board_span, "M10")
        assert page.board_span.currentText() == "October"
        assert page.board.horizontalHeaderItem(2).text() == "Received in October"
        pick(page.board_span, "Q4")
        assert page.board.horizontalHeaderItem(2).text() == "Received in Q4"
    finally:
        install_translators(qapp, "zh")


def test_the_chinese_board_keeps_its_month_words(make_window, flowered):
    _window, page = _board_page(make_window, (1366, 768))
    pick(page.board_span, "M10")
    assert page.board_span.currentText() == "10月"
    assert page.board.horizontalHeaderItem(2).text() == "10月获得"

