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


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_absurd_amounts_keep_the_boards_columns_in_the_first_window_of_a_1920x1080_screen(lang, translated,
                                                                                         make_window, shop):
    """A target of ¥999,999,999,999 and a day of ¥12,345,678,901 are shown short (¥1.00万亿, ¥123.46亿), not
    scrolled out of sight; the cell's tooltip gives the exact amount."""
    from datetime import date

    from PySide6.QtCore import QRect, Qt

    from app.money import format_yuan
    from app.periods import Month
    from ui.main_window import first_run_geometry
    from ui.models.board_model import ROW_ROLE, BoardModel

    translated(lang)
    generate_demo(shop)
    sales = shop.metrics.get("sales")
    first, second = shop.staff.list()[:2]
    shop.targets.set_staff(Month(2026, 10), first.id, sales, 99_999_999_999_900)
    shop.data.set_value(date(2026, 10, 5), second.id, sales, 1_234_567_890_100)
    window = make_window(start_page="dashboard")
    window.setGeometry(first_run_geometry(QRect(0, 0, 1920, 1040)))  # 1200×760
    window.show()
    QApplication.processEvents()
    table = window.current_page().table
    window.grab().save(str(ARTIFACTS / f"board-absurd-amounts-{lang}.png"))
    assert not table.horizontalScrollBar().isVisible()
    model = table.model()
    cells = {model.index(r, 0).data(ROW_ROLE).staff.id: r for r in range(model.rowCount())}
    target = model.index(cells[first.id], BoardModel.TARGET)
    assert target.data() == ("¥1.00万亿" if lang == "zh" else "¥1.00T")
    assert "¥999,999,999,999.00" in target.data(Qt.ItemDataRole.ToolTipRole)
    done = model.index(cells[second.id], BoardModel.VALUE)
    exact = format_yuan(done.data(ROW_ROLE).line.value)
    assert done.data().endswith("亿" if lang == "zh" else "B")
    assert exact in done.data(Qt.ItemDataRole.ToolTipRole).splitlines()[0]
    ordinary = model.index(cells[second.id], BoardModel.TARGET)  # exact, with the row's tooltip alone
    assert ordinary.data() == format_yuan(ordinary.data(ROW_ROLE).line.target)
    assert "\n" not in ordinary.data(Qt.ItemDataRole.ToolTipRole)
