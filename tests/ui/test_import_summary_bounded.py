"""The import preview's summary above the files has a height limit: a workbook whose notes are long (or many
people not found, many moved hire dates) scrolls within it, and the files' table and the wizard's buttons stay on
a short screen. The summary grew with its text and pushed the table off a laptop at 150 %.
Screens: tests/artifacts/screens/import_summary_*.png."""

from __future__ import annotations

from datetime import date

import import_wizard_support as support
import pytest
from import_wizard_support import preview, shoot
from PySide6.QtCore import QRect, QSize

from tests.importing.note_files import OCTOBER_OVER, add_people, two_store_book
from ui.dialogs import common

make_wizard = support.make_wizard  # the fixture

ROOM = QSize(895, 432)  # a 1366×768 laptop at 150 %


@pytest.fixture
def today() -> date:
    return OCTOBER_OVER


@pytest.fixture
def small_screen(monkeypatch):
    monkeypatch.setattr(common, "available_geometry", lambda _window: QRect(0, 0, 911, 472))


def test_a_long_summary_scrolls_and_keeps_the_files_and_buttons_on_a_short_screen(qtbot, tmp_path, shop, make_wizard,
                                                                                  small_screen):
    add_people(shop)
    wizard = make_wizard([two_store_book(tmp_path / "两店10月.xlsx")])
    plan = preview(qtbot, wizard)
    step = wizard.preview_step
    # the summary as a workbook of many sheets would give it: the notes of the first sheet said ten times over
    step.status.setText(step.status.text() + step._notes_text(plan) * 10)
    qtbot.wait(20)
    need = wizard.minimumSizeHint()
    assert need.height() <= ROOM.height(), need
    wizard.resize(ROOM)
    qtbot.wait(20)
    area = step.summary_area
    assert area.height() < step.status.height() and area.verticalScrollBar().maximum() > 0  # it scrolls
    table = step.file_table
    assert table.isVisible() and table.height() >= step._file_table_height(2)
    assert wizard.rect().contains(wizard.next_button.geometry())
    shoot(wizard, "summary_laptop")


def test_a_short_summary_shows_whole_without_a_scroll_bar(qtbot, tmp_path, shop, make_wizard):
    add_people(shop)
    wizard = make_wizard([two_store_book(tmp_path / "两店10月.xlsx")])
    wizard.resize(1024, 700)
    preview(qtbot, wizard)
    qtbot.wait(20)
    area = wizard.preview_step.summary_area
    assert area.verticalScrollBar().maximum() == 0 and area.height() >= wizard.preview_step.status.height()


def test_the_wizard_dragged_to_a_short_screen_keeps_fewer_file_rows_and_summary_lines(qtbot, tmp_path, shop,
                                                                                     make_wizard, monkeypatch):
    """Chosen once when the wizard was made: opened on an office monitor and dragged to the laptop, its file table
    kept four rows at the least and pushed the buttons off the screen."""
    from ui.importing.preview_step import (
        FILE_ROWS_AT_LEAST,
        FILE_ROWS_ON_A_SHORT_SCREEN,
        SUMMARY_LINES,
        SUMMARY_LINES_ON_A_SHORT_SCREEN,
    )

    add_people(shop)
    wizard = make_wizard([two_store_book(tmp_path / "两店10月.xlsx")])
    wizard.resize(1024, 700)
    preview(qtbot, wizard)
    step = wizard.preview_step
    assert step.file_table.minimumHeight() == step._file_table_height(FILE_ROWS_AT_LEAST)
    monkeypatch.setattr(common, "available_geometry", lambda _window: QRect(0, 0, 911, 472))
    wizard.windowHandle().screenChanged.emit(wizard.screen())  # dragged to the laptop: larger than its room
    assert step.file_table.minimumHeight() == step._file_table_height(FILE_ROWS_ON_A_SHORT_SCREEN)
    assert step.summary_lines == SUMMARY_LINES_ON_A_SHORT_SCREEN
    monkeypatch.setattr(common, "available_geometry", lambda _window: QRect(0, 0, 1920, 1040))
    wizard.windowHandle().screenChanged.emit(wizard.screen())  # and back
    assert step.summary_lines == SUMMARY_LINES
    assert wizard.minimumSizeHint().height() <= ROOM.height()
