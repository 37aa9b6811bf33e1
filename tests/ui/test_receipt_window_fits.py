"""The 计算单 window on the demo shop: its rows were measured before the window had its width, so a one-line
explanation stood in a row two or three lines high and a two-line one in three (刘佳怡's October: 58, 77, 39, 58, 39
px for rows of one or two lines), the tables showing half as many lines as they could; and a month paying one
period repeated its long title (「2026年10月（2026年11月28日 第 2 次批准）」) on every row of both tables, a third
of the window's width, which left the 说明 column narrow. One period is now said once above the tables."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

from app.demo import generate_demo
from app.periods import Month, Quarter
from ui.dialogs.award_dialogs import ReceiptDialog


@pytest.fixture
def demo(shop):
    generate_demo(shop)
    return shop


def _shown(qtbot, shop, month, name):
    person = next(p for p in shop.staff.list() if p.name == name)
    dialog = ReceiptDialog(shop, month, person.id)
    qtbot.addWidget(dialog)
    dialog.resize(860, 600)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.wait(50)  # the layout settled
    return dialog


def _fitted(table) -> bool:
    """The rows as high as measuring them again at the table's width makes them."""
    heights = [table.rowHeight(r) for r in range(table.rowCount())]
    table.resizeRowsToContents()
    return heights == [table.rowHeight(r) for r in range(table.rowCount())]


def test_each_row_is_as_high_as_its_text_at_the_windows_width(qtbot, demo, lang):
    demo.awards.approve(Month(2026, 9), confirm=True)
    dialog = _shown(qtbot, demo, Month(2026, 9), "刘佳怡")
    assert _fitted(dialog.lines) and _fitted(dialog.inputs)
    dialog.resize(1400, 600)  # wider: the explanations take fewer lines, and the rows follow
    qtbot.wait(50)
    assert _fitted(dialog.lines)


def test_one_period_is_said_once_above_the_tables(qtbot, demo, lang):
    dialog = _shown(qtbot, demo, Month(2026, 10), "刘佳怡")
    assert len(dialog.sections) == 1
    title = dialog.sections[0].title
    assert dialog.lines.isColumnHidden(0) and dialog.inputs.isColumnHidden(0)
    assert [label for label in dialog.findChildren(QLabel) if label.text() == title and label.isVisible()]


def test_a_month_paying_a_quarter_too_keeps_the_period_on_each_row(qtbot, demo, lang):
    dialog = _shown(qtbot, demo, Month(2026, 9), "刘佳怡")  # September pays the month and Q3
    assert len(dialog.sections) == 2
    assert not dialog.lines.isColumnHidden(0) and not dialog.inputs.isColumnHidden(0)


def test_a_month_changed_since_its_approval_says_the_statement_shows_the_approval(qtbot, demo, lang):
    """刘佳怡's September approved, then her sales typed higher: the window showed the approved lines as if they
    were the month's, where the page's banner said the data had changed."""
    from datetime import date

    person = next(p for p in demo.staff.list() if p.name == "刘佳怡")
    for period in (Month(2026, 9), Quarter(2026, 3)):
        demo.awards.approve(period, confirm=True)
    dialog = _shown(qtbot, demo, Month(2026, 9), "刘佳怡")
    assert not dialog.changed_note.isVisible()
    demo.data.set_value(date(2026, 9, 10), person.id, demo.metrics.get("sales"), 2_000_000, confirm_approved=True)
    dialog = _shown(qtbot, demo, Month(2026, 9), "刘佳怡")
    said = {"zh": "注意：2026年9月、2026年第三季度 批准后数据有变化，计算单仍按批准时的结果；如需更新请重新计算并再次批准。",
            "en": "Note: the data of 2026-09, 2026 Q3 changed since approval; the statements still use the approved "
                  "results. To update them, compute and approve again."}[lang]
    assert dialog.changed_note.isVisible() and dialog.changed_note.text() == said, dialog.changed_note.text()
