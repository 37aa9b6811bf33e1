"""The 目标 and 数据 grids paint some cells on light backgrounds of their own (the sums, 全店目标, the total
column, weekends): their text carries its own dark colour there, so a dark palette's white text does not
vanish on them."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from app.domain import StaffDraft
from app.periods import Month
from tests.ui.test_hint_text import contrast, palette_of
from ui.pages.data import DataPage
from ui.pages.targets import TargetsPage

OCT = Month(2026, 10)
ROLES = Qt.ItemDataRole


def readable_on_own_background(model, index, palette) -> bool:
    background = model.data(index, ROLES.BackgroundRole)
    if background is None:
        return True
    foreground = model.data(index, ROLES.ForegroundRole)
    text = foreground.color() if foreground is not None else palette.color(palette.ColorRole.Text)
    return contrast(text, QColor(background.color())) >= 3


def test_cells_on_their_own_background_are_readable_in_a_dark_palette(qtbot, shop, qapp):
    person = shop.staff.add(StaffDraft(name="刘佳怡", dept="客服部", hired=date(2025, 1, 1)))
    shop.targets.set_staff(OCT, person.id, shop.metrics.get("sales"), 1_000_000)
    shop.data.set_value(date(2026, 10, 4), person.id, shop.metrics.get("sales"), 50_000)  # a Sunday
    before = qapp.palette()
    qapp.setPalette(palette_of("dark"))
    try:
        for page in (TargetsPage(shop), DataPage(shop)):
            qtbot.addWidget(page)
            page.refresh()
            model = page.model
            cells = [model.index(r, c) for r in range(model.rowCount()) for c in range(model.columnCount())]
            assert any(model.data(i, ROLES.BackgroundRole) is not None for i in cells)
            unreadable = [(i.row(), i.column()) for i in cells if not readable_on_own_background(model, i, page.palette())]
            assert unreadable == [], type(page).__name__
    finally:
        qapp.setPalette(before)
