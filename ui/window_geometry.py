"""Where the main window goes on the screen: the first run's size and place, and a remembered geometry kept within
the screen it is on now (a laptop after a big monitor). The guide's window places itself the same way."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QMargins, QPoint, QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from ui.dialogs.common import FRAME_ALLOWANCE

DEFAULT_SIZE = QSize(1200, 760)  # the first run's size on a screen with room for it


def available_geometry(point: QPoint | None = None) -> QRect:
    """The room for windows (the taskbar left out) on the screen holding `point`, or the primary screen."""
    screen = QGuiApplication.screenAt(point) if point is not None else None
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def fit_geometry(geometry: QRect, available: QRect, frame: QMargins = FRAME_ALLOWANCE) -> QRect:
    """A window's inside `geometry`, shrunk and moved as little as needed for it and its frame to lie within
    `available` (a geometry remembered on a bigger or another screen)."""
    room = available.marginsRemoved(frame)
    width, height = min(geometry.width(), room.width()), min(geometry.height(), room.height())
    x = min(max(geometry.x(), room.left()), room.left() + room.width() - width)
    y = min(max(geometry.y(), room.top()), room.top() + room.height() - height)
    return QRect(x, y, width, height)


def first_run_geometry(available: QRect) -> QRect:
    """The first window: DEFAULT_SIZE where the screen has room for it, else as much as the screen gives
    (1024×700 leaves 1008×660 inside the frame), centred."""
    size = DEFAULT_SIZE.boundedTo(available.marginsRemoved(FRAME_ALLOWANCE).size())
    geometry = QRect(QPoint(0, 0), size)
    geometry.moveCenter(available.marginsRemoved(FRAME_ALLOWANCE).center())
    return fit_geometry(geometry, available)


def restore_geometry(window: QWidget, saved: object) -> None:
    """Put `window` where it was (`saved`: what `saveGeometry()` gave, as read back from the settings), kept within
    the screen it is on now; with nothing saved, fitted to the screen."""
    if isinstance(saved, QByteArray) and not saved.isEmpty() and window.restoreGeometry(saved):
        if not (window.isMaximized() or window.isFullScreen()):
            available = available_geometry(window.geometry().center())
            fitted = fit_geometry(window.geometry(), available)
            if fitted != window.geometry():
                window.setGeometry(fitted)
        return
    window.setGeometry(first_run_geometry(available_geometry()))
