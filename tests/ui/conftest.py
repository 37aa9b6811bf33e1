"""Qt test fixtures: messages captured instead of modal boxes, window settings in a temp file, the
bundled font and Qt's Chinese strings installed as the app does at start-up."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field

import pytest
from PySide6.QtCore import QSettings

from app import i18n
from app.domain import Birthday, StaffDraft
from ui import errors
from ui.fonts import install_fonts
from ui.main import install_translators


@dataclass
class Messages:
    """What ui.errors would have shown. `answer` is the reply to confirmations."""

    shown: list[tuple[str, str, str]] = field(default_factory=list)
    answer: bool = True

    def __call__(self, kind: str, title: str, text: str) -> bool:
        self.shown.append((kind, title, text))
        return self.answer if kind == "confirm" else True

    def of(self, kind: str) -> list[str]:
        return [text for k, _title, text in self.shown if k == kind]


@pytest.fixture(scope="session", autouse=True)
def _app_look(qapp):
    install_fonts(qapp)
    install_translators(qapp, "zh")
    yield
    i18n.set_language("zh")


@pytest.fixture(autouse=True)
def _full_hd_screen(monkeypatch):
    """Dialogs size themselves within the screen (ui.dialogs.common); the offscreen screen is 800×800, so
    tests see them as on a 1920×1080 screen unless a test gives a smaller one (tests/ui/test_small_laptop.py)."""
    from PySide6.QtCore import QRect

    from ui.dialogs import common

    monkeypatch.setattr(common, "available_geometry", lambda _window: QRect(0, 0, 1920, 1040))


@pytest.fixture(autouse=True)
def _no_modifier_held(qapp):
    """Each test starts with no Ctrl or Shift held. Qt takes the modifiers held from the last key event, so a test's
    Ctrl+F (QTest) left Ctrl "held" for the next test on the same worker, whose `setCurrentIndex` then toggled the
    cell out of the selection instead of choosing it (a paste landing a row lower, now and then)."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QWidget

    if QApplication.keyboardModifiers() != Qt.KeyboardModifier.NoModifier:
        QTest.keyRelease(QWidget(), Qt.Key.Key_Control)  # a release carrying no modifier: none held
    assert QApplication.keyboardModifiers() == Qt.KeyboardModifier.NoModifier


@pytest.fixture(autouse=True)
def messages(monkeypatch) -> Messages:
    """Every UI test runs with dialogs captured: a modal box would hang an offscreen test."""
    recorder = Messages()
    monkeypatch.setattr(errors, "handler", recorder)
    monkeypatch.setattr(errors, "pin_prompt", None)  # set again by any window the test opens, reset after it
    return recorder


@pytest.fixture(params=["zh", "en"])
def lang(request, qapp):
    """The test once with the window in Chinese, once in English (a test parametrizing "lang" itself overrides it)."""
    install_translators(qapp, request.param)
    yield request.param
    install_translators(qapp, "zh")


@pytest.fixture
def qsettings(tmp_path) -> QSettings:
    return QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def make_window(qtbot, shop, qsettings):
    """MainWindow factory (the window is closed, and so saves its state, at the end of the test)."""
    from ui.main_window import MainWindow

    windows = []

    def make(**kwargs):
        kwargs.setdefault("settings", qsettings)
        window = MainWindow(shop, **kwargs)
        qtbot.addWidget(window)
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.stop_polling()


@pytest.fixture
def staffed_shop(shop):
    """A shop with a few people in two departments, one of whom has left."""
    s = shop.staff
    s.add(StaffDraft("张伟", aliases=("旗舰店:小张",), dept="客服部", role="客服", birthday=Birthday(3, 18)))
    s.add(StaffDraft("李娜", aliases=("旗舰店:娜娜", "专营店:娜娜"), dept="客服部", role="组长"))
    s.add(StaffDraft("王芳", dept="售后部", role="售后", birthday=Birthday(8, 15, lunar=True)))
    left = s.add(StaffDraft("赵磊", dept="售后部", role="售后"))
    s.leave(left.id, shop.today.replace(day=1))
    return shop


@pytest.fixture
def other_program(db_path):
    """Another program's connection to the shop file, to hold its lock in a test; rolled back and closed after."""
    conn = sqlite3.connect(db_path, isolation_level=None, check_same_thread=False)
    yield conn
    if conn.in_transaction:
        conn.execute("ROLLBACK")
    conn.close()
