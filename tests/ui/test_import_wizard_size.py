"""The import wizard opens larger on a large screen (its tables and notes have room), 920×640 on a 1024×700 one,
within a small laptop's room; the size it was closed at is kept in the window's settings for the next time."""

from __future__ import annotations

import import_wizard_support as support
import laptop_support as laptop
import pytest
from PySide6.QtCore import QRect, QSize

from ui.dialogs import common
from ui.importing.wizard import SIZE_KEY, ImportWizard

make_wizard = support.make_wizard  # fixture
small_screen = laptop.small_screen  # fixture


def _screen(monkeypatch, width: int, height: int) -> None:
    monkeypatch.setattr(common, "available_geometry", lambda _window: QRect(0, 0, width, height))


@pytest.mark.parametrize(("screen", "size"), [
    ((1920, 1040), QSize(1332, 800)),  # a 1920×1080 screen beside its taskbar
    ((1366, 728), QSize(945, 640)),
    ((1024, 700), QSize(920, 640)),
    ((2560, 1400), QSize(1440, 1000)),
])
def test_it_opens_at_a_share_of_a_larger_screen(make_wizard, monkeypatch, screen, size):
    _screen(monkeypatch, *screen)
    assert make_wizard().size() == size


def test_it_opens_within_a_small_laptops_room(make_wizard, small_screen):
    wizard = make_wizard()
    assert wizard.width() <= laptop.ROOM.width() and wizard.height() <= laptop.ROOM.height()


def _wizard(qtbot, shop, settings) -> ImportWizard:
    wizard = ImportWizard(shop, (), None, settings)
    qtbot.addWidget(wizard)
    return wizard


def test_the_size_it_was_closed_at_is_kept(qtbot, shop, qsettings, monkeypatch):
    wizard = _wizard(qtbot, shop, qsettings)
    wizard.show()
    wizard.resize(1500, 950)
    wizard.reject()
    assert qsettings.value(SIZE_KEY) == QSize(1500, 950)
    assert _wizard(qtbot, shop, qsettings).size() == QSize(1500, 950)
    _screen(monkeypatch, 1366, 728)  # the next time on a laptop: within its screen
    assert _wizard(qtbot, shop, qsettings).size() == QSize(1366 - 16, 728 - 40)


def test_the_data_page_gives_it_the_windows_settings(make_window, qsettings, qtbot):
    window = make_window()
    page = window.page(window._index_of("data"))
    wizard = page.imports.open_import()
    assert wizard.settings is qsettings
    wizard.resize(1111, 777)
    wizard.reject()
    assert qsettings.value(SIZE_KEY) == QSize(1111, 777)
