"""Screenshots of every page of the main window, to look at: tests/artifacts/screens/*.png.

A test can pass while the screen shows boxes instead of Chinese, so the font in use is checked too.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QFontInfo, QRawFont
from PySide6.QtWidgets import QApplication

from app.domain import StaffDraft
from ui.dialogs.staff_dialog import StaffDialog
from ui.fonts import BUNDLED_FAMILY
from ui.navigation import PAGES

SCREENS = Path(__file__).resolve().parents[1] / "artifacts" / "screens"


@pytest.fixture(scope="module")
def screens() -> Path:
    SCREENS.mkdir(parents=True, exist_ok=True)
    return SCREENS


def _save(widget, path: Path) -> None:
    QApplication.processEvents()
    assert widget.grab().save(str(path)), path
    assert path.stat().st_size > 5000, f"{path.name} looks blank"


def test_the_ui_font_draws_chinese():
    font = QApplication.font()
    if sys.platform.startswith("linux"):
        assert QFontInfo(font).family() == BUNDLED_FAMILY
    raw = QRawFont.fromFont(font)
    missing = [ch for ch in "红花榜员工离职农历¥" if not raw.supportsCharacter(ord(ch))]
    assert missing == []


def test_screenshots_of_every_page(make_window, staffed_shop, screens, messages):
    staffed_shop.staff.add(StaffDraft("欧阳娜娜", aliases=("旗舰店:欧阳",), dept="客服部", role="客服"))
    window = make_window(start_page="staff")
    window.resize(1200, 760)
    window.show()
    for index, spec in enumerate(PAGES):
        window.show_page(index)
        _save(window, screens / f"main-{index + 1:02d}-{spec.key}.png")
    settings = window.page(len(PAGES) - 1)
    window.show_page(len(PAGES) - 1)
    for tab in range(settings.tabs.count()):
        settings.tabs.setCurrentIndex(tab)
        _save(window, screens / f"main-08-settings-tab{tab + 1}.png")
    assert messages.shown == []


def test_screenshot_of_a_new_shop(make_window, screens, shop):
    window = make_window(start_page="staff")
    window.resize(1200, 760)
    window.show()
    page = window.current_page()
    assert page.empty_label.isVisible() and not page.table.isVisible()
    _save(window, screens / "main-02-staff-empty.png")


def test_screenshot_of_the_staff_dialog_with_a_refusal(qtbot, staffed_shop, screens):
    person = staffed_shop.staff.list()[1]
    dialog = StaffDialog(staffed_shop, person)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.birthday_edit.check.setChecked(True)
    dialog.birthday_edit.month.setValue(2)
    dialog.birthday_edit.day.setValue(30)
    dialog.accept()
    assert dialog.error_label.isVisible()
    _save(dialog, screens / "main-dialog-staff.png")
