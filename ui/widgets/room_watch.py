"""Tells a widget the room its window has inside whenever that may have changed: the window resized, maximized or
restored, shown, or dragged to another screen (a laptop at 150 % beside an office monitor). A page that arranges
itself for a short or narrow window follows the window with it, not only the screen it started on."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QSize
from PySide6.QtGui import QWindow
from PySide6.QtWidgets import QWidget

from ui.dialogs.common import window_room

WINDOW_EVENTS = (QEvent.Type.Resize, QEvent.Type.WindowStateChange, QEvent.Type.Show)


class RoomWatch(QObject):
    """Calls `changed(room)` (`window_room`) for `widget`'s window; the widget may be given a window later."""

    def __init__(self, widget: QWidget, changed: Callable[[QSize], None]):
        super().__init__(widget)
        self.widget = widget
        self.changed = changed
        self.window: QWidget | None = None
        self.handle: QWindow | None = None
        widget.installEventFilter(self)
        self._watch_window()

    def _watch_window(self) -> None:
        window = self.widget.window()
        if window is not self.window:
            if self.window is not None:
                self.window.removeEventFilter(self)
            self.window = window
            if window is not self.widget:  # the widget's own events come here already
                window.installEventFilter(self)
        handle = window.windowHandle()  # made when the window is first shown
        if handle is not None and handle is not self.handle:
            self.handle = handle
            handle.screenChanged.connect(self.tell)

    def tell(self, *_args: object) -> None:
        self.changed(window_room(self.widget))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self.widget and kind == QEvent.Type.ParentChange:
            self._watch_window()
            self.tell()
        elif watched is self.window and kind in WINDOW_EVENTS:
            if kind == QEvent.Type.Show:
                self._watch_window()
            self.tell()
        return False
