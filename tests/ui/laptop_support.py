"""A 1366×768 laptop at 150 % display scaling: 911×472 beside the taskbar, 895×432 inside a window's frame;
the fixtures that put a test on it, with the demo shop."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, QSize

from app.demo import generate_demo
from ui.dialogs import common

LAPTOP_AT_150 = QRect(0, 0, 911, 472)
ROOM = QSize(911 - 16, 472 - 40)  # inside the window's frame


@pytest.fixture
def small_screen(monkeypatch):
    monkeypatch.setattr(common, "available_geometry", lambda _window: LAPTOP_AT_150)


@pytest.fixture
def demo_shop(shop):
    generate_demo(shop)
    return shop


def box_to_be_seen() -> dict:
    """What the next modal box shows, filled when it opens and closed then: its size and the text of its lists
    (`errors.show_lines`'s)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QPlainTextEdit

    seen: dict = {}

    def look():
        box = QApplication.activeModalWidget()
        seen["size"] = box.size()
        seen["text"] = "\n".join(view.toPlainText() for view in box.findChildren(QPlainTextEdit))
        box.close()

    QTimer.singleShot(0, look)
    return seen
