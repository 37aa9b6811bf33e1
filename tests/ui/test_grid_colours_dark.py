"""The 目标 and 数据 grids paint some cells on light backgrounds of their own (the sums, 全店目标, the total
column): their text carries its own dark colour there, so a dark palette's white text does not vanish on
them. Weekends are a tint of the palette itself, with the palette's text."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette

from app.domain import StaffDraft
from app.periods import Month
from tests.ui.test_hint_text import SCREENS, contrast, palette_of
from ui.models.month_grid_model import weekend_tint
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


def _palette(base: str, text: str, highlight: str) -> QPalette:
    """A window palette as a platform hands it out: the light one, or Windows' dark mode."""
    palette = QPalette()
    for role, colour in ((QPalette.ColorRole.Window, base), (QPalette.ColorRole.Base, base),
                         (QPalette.ColorRole.AlternateBase, base), (QPalette.ColorRole.Button, base),
                         (QPalette.ColorRole.WindowText, text), (QPalette.ColorRole.Text, text),
                         (QPalette.ColorRole.ButtonText, text), (QPalette.ColorRole.Highlight, highlight)):
        palette.setColor(role, QColor(colour))
    return palette


WINDOW_PALETTES = {"light": ("#ffffff", "#000000", "#0078d4"), "dark": ("#1e1e1e", "#ffffff", "#0078d4")}


@pytest.mark.parametrize("scheme", sorted(WINDOW_PALETTES))
def test_weekend_cells_are_a_gentle_tint_of_the_palette(qtbot, shop, qapp, scheme):
    """A weekend column is told apart from the base by a little, in a light and a dark palette alike: it was
    a fixed near-white, which a dark palette showed as stark white columns."""
    person = shop.staff.add(StaffDraft(name="刘佳怡", dept="客服部", hired=date(2025, 1, 1)))
    shop.data.set_value(date(2026, 10, 4), person.id, shop.metrics.get("sales"), 50_000)  # a Sunday
    before = qapp.palette()
    qapp.setPalette(_palette(*WINDOW_PALETTES[scheme]))
    try:
        page = DataPage(shop)
        qtbot.addWidget(page)
        page.resize(1024, 420)
        page.refresh()
        model, palette = page.model, qapp.palette()
        sunday, monday = model.index(0, 3), model.index(0, 4)  # 4 and 5 October
        base, text = palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Text)
        weekend = model.data(sunday, ROLES.BackgroundRole).color()
        assert model.data(monday, ROLES.BackgroundRole) is None  # a weekday is the base itself
        assert weekend == weekend_tint(palette)
        channels = [abs(a - b) for a, b in zip(weekend.getRgb()[:3], base.getRgb()[:3], strict=True)]
        assert 3 <= max(channels) <= 20, channels  # seen, but only just
        assert contrast(weekend, base) < 1.25
        assert model.data(sunday, ROLES.ForegroundRole) is None  # the palette's own text, readable on it
        assert contrast(text, weekend) >= 7
        page.show()
        qtbot.waitExposed(page)
        SCREENS.mkdir(parents=True, exist_ok=True)
        assert page.grab().save(str(SCREENS / f"data_weekends_{scheme}.png"))
    finally:
        qapp.setPalette(before)
