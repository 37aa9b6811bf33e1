"""The 评奖 page's 未获奖原因 kept each reason on one line: in English at 150 % (a 1366×768 laptop) a reason was cut
with "…" at the table's edge. A long reason wraps in a higher row, as the award lines' 说明 does."""

from __future__ import annotations

import pytest
from awards_page_support import SCREENS, column_texts, computed, texts_not_whole
from laptop_support import ROOM, demo_shop  # noqa: F401  # the fixture is used by name
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication

from ui.widgets.award_lines_table import TEXT_MARGINS, WrappedColumn
from ui.widgets.award_tabs import fill_table, make_table

REASON = 2  # the table's column of reasons


@pytest.mark.usefixtures("demo_shop")
def test_a_long_reason_wraps_whole_on_a_laptop_at_150_percent(qtbot, make_window, lang):
    window = make_window(start_page="awards")
    window.resize(ROOM)
    window.show()
    page = window.current_page()
    computed(qtbot, page)
    tabs = page.tabs
    tabs.setCurrentWidget(tabs.why_not)
    QApplication.processEvents()
    table = tabs.why_not
    reasons = column_texts(table, REASON)
    longest = max(range(len(reasons)), key=lambda row: len(reasons[row]))
    table.scrollTo(table.model().index(longest, REASON), table.ScrollHint.PositionAtTop)
    QApplication.processEvents()
    SCREENS.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(SCREENS / f"awards-why-not-{lang}.png"))
    room = table.columnWidth(REASON) - TEXT_MARGINS
    if lang == "en":  # in Chinese the demo's reasons fit this room
        assert any(table.fontMetrics().horizontalAdvance(text) > room for text in reasons), reasons
    assert texts_not_whole(table, REASON) == []


def test_a_table_filled_cell_by_cell_measures_each_reason_about_once(qtbot, monkeypatch):
    """A QTableWidget says of each cell set that its data changed: measuring every row's reason at each took
    seconds for a year's reasons (400 rows: 1,200 signals of 400 rows each)."""
    table = make_table(["奖项", "员工或部门", "未获奖原因"])
    WrappedColumn(table, REASON)
    qtbot.addWidget(table)
    table.resize(600, 300)
    table.show()
    measured = []
    real = QFontMetrics.horizontalAdvance
    monkeypatch.setattr(QFontMetrics, "horizontalAdvance", lambda self, *args: measured.append(1) or real(self, *args))
    fill_table(table, [["阶梯奖励", f"客服{n}", "9月销售额未达目标，" * (1 + n % 7)] for n in range(400)])
    assert len(measured) <= 2 * 400
    QApplication.processEvents()
    assert table.rowHeight(6) > table.rowHeight(0)  # seven times the words: wrapped


def test_a_reason_that_fitted_its_row_wraps_once_the_font_grows(qtbot):
    """Each reason's width was kept from the font it was measured in: once the table's font grew (Windows' text
    size changed with the window open), a reason that had fitted on one line stayed on one line, cut."""
    table = make_table(["奖项", "员工或部门", "未获奖原因"])
    WrappedColumn(table, REASON)
    qtbot.addWidget(table)
    table.resize(600, 300)
    table.show()
    qtbot.waitExposed(table)
    fill_table(table, [["阶梯奖励", "客服1", ""]])
    QApplication.processEvents()
    room, reason = table.columnWidth(REASON) - TEXT_MARGINS, "9月销售额未达目标"
    while table.fontMetrics().horizontalAdvance(reason + "，未达目标") <= room * 0.8:  # room to spare: no wrap
        reason += "，未达目标"
    table.item(0, REASON).setText(reason)
    QApplication.processEvents()
    assert table.rowHeight(0) == table.verticalHeader().defaultSectionSize()  # it fits on one line
    font = table.font()
    font.setPointSize(round(font.pointSize() * 1.5))
    table.setFont(font)
    qtbot.waitUntil(lambda: texts_not_whole(table, REASON) == [], timeout=1000)
