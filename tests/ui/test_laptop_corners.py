"""The last cramped corners on a 1366×768 laptop at 150 % (911×472 beside the taskbar), in Chinese and English:
what each shows is read from sizes, visible rows and models. Screens: tests/artifacts/screens/corner_*.png."""

from __future__ import annotations

import pytest
from import_wizard_support import SCREENS
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QTableWidget

from app.demo import generate_demo
from app.periods import Month
from ui.dialogs import common
from ui.dialogs.person_detail import PersonDetailDialog
from ui.main import install_translators

LAPTOP_AT_150 = QRect(0, 0, 911, 472)
OCT = Month(2026, 10)
EVENT_ROWS = 4


@pytest.fixture
def small_screen(monkeypatch):
    monkeypatch.setattr(common, "available_geometry", lambda _window: LAPTOP_AT_150)


@pytest.fixture(params=["zh", "en"])
def lang(request, qapp):
    install_translators(qapp, request.param)
    yield request.param
    install_translators(qapp, "zh")


@pytest.fixture
def demo_shop(shop):
    generate_demo(shop)
    return shop


def shoot(widget, name: str) -> None:
    SCREENS.mkdir(parents=True, exist_ok=True)
    assert widget.grab().save(str(SCREENS / f"corner_{name}.png"))


def rows_shown(table: QTableWidget) -> int:
    """Rows whose whole height shows in the table's viewport."""
    bottom = table.viewport().height()
    return sum(1 for r in range(table.rowCount()) if table.rowViewportPosition(r) + table.rowHeight(r) <= bottom)


def busy_person(shop):
    """The person with most events this month."""
    counts = {}
    for event in shop.events.between(OCT.start, OCT.end):
        counts[event.staff_id] = counts.get(event.staff_id, 0) + 1
    return shop.staff.get(max(counts, key=counts.get))


def test_the_person_detail_shows_rows_of_events_on_a_laptop_at_150_percent(qtbot, demo_shop, small_screen, lang):
    """Its events table showed a row and a half: the dialog now scrolls, and the table keeps its rows."""
    person = busy_person(demo_shop)
    dialog = PersonDetailDialog(demo_shop, person, OCT)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    events = dialog.events
    assert events.rowCount() >= EVENT_ROWS
    assert rows_shown(events) >= EVENT_ROWS, (events.height(), events.rowCount())
    assert rows_shown(dialog.awards) >= min(dialog.awards.rowCount(), 3)
    shoot(dialog, f"person_detail_{lang}")


def test_the_person_detail_header_uses_the_language_s_separator(qtbot, demo_shop, lang):
    person = demo_shop.staff.list()[0]
    dialog = PersonDetailDialog(demo_shop, person, OCT)
    qtbot.addWidget(dialog)
    text = dialog.facts.text()
    assert person.dept in text and person.role in text
    if lang == "en":
        assert "\u3000" not in text and " · " in text, text
    else:
        assert "\u3000" in text, text
