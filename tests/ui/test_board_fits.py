"""The board's table fits a 1280×800 window in English and Chinese: no column cut off behind a sideways scroll."""

import pytest
from board_support import ARTIFACTS
from PySide6.QtWidgets import QApplication

from app.demo import generate_demo
from ui.main import install_translators


@pytest.fixture
def translated(qapp):
    yield lambda lang: install_translators(qapp, lang)
    install_translators(qapp, "zh")


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_boards_columns_fit_a_1280x800_window(lang, translated, make_window, shop):
    translated(lang)
    generate_demo(shop)
    window = make_window(start_page="dashboard")
    window.resize(1280, 800)
    window.show()
    QApplication.processEvents()
    table = window.current_page().table
    header = table.horizontalHeader()
    widths = [header.sectionSize(i) for i in range(header.count())]
    window.grab().save(str(ARTIFACTS / f"board-1280-{lang}.png"))
    assert sum(widths) <= table.viewport().width(), (widths, table.viewport().width())
    assert not table.horizontalScrollBar().isVisible()


@pytest.mark.parametrize("rows", [3, 60], ids=["no-scroll-bar", "scroll-bar"])
@pytest.mark.parametrize("size", [(900, 600), (420, 260)], ids=["wide", "narrow"])
def test_the_tables_viewport_width_is_worked_out_as_qt_lays_it_out(qtbot, rows, size):
    """BoardTable.viewport_width stands in for viewport().width() (see test_startup's first-paint classes)."""
    from PySide6.QtGui import QStandardItemModel

    from ui.pages.dashboard import BoardTable

    table = BoardTable()
    qtbot.addWidget(table)
    table.setModel(QStandardItemModel(rows, 6, table))
    table.resize(*size)
    table.show()
    QApplication.processEvents()
    assert table.verticalScrollBar().isVisible() == (rows == 60)
    assert table.viewport_width() == table.viewport().width()
