"""Hint text: dimmer than the window's text but readable on a light and a dark window alike.

A fixed grey (#666) is fine on a light window and nearly invisible on a dark one, where Windows' dark mode
hands out a dark palette the app's light-scheme request does not undo. The hint colour is mixed from the
palette's own text and window colours instead, and mixed again whenever the palette changes.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

TEXT_SHARE = 0.62  # of the text colour in the mix: about 5:1 against the window in a light and a dark palette

_ROLE = QPalette.ColorRole


def hint_colour(palette: QPalette) -> QColor:
    """The window text moved part of the way towards the window colour."""
    text, window = palette.color(_ROLE.WindowText), palette.color(_ROLE.Window)
    return QColor(*(round(TEXT_SHARE * a + (1 - TEXT_SHARE) * b) for a, b in (
        (text.red(), window.red()), (text.green(), window.green()), (text.blue(), window.blue()))))


class _HintColour(QObject):
    """Keeps a widget's text at the hint colour of the palette around it."""

    WATCHED = (QEvent.Type.PaletteChange, QEvent.Type.ParentChange, QEvent.Type.ApplicationPaletteChange)

    def __init__(self, widget: QWidget):
        super().__init__(widget)
        self.applying = False
        widget.installEventFilter(self)
        self.apply(widget)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in self.WATCHED and not self.applying and isinstance(watched, QWidget):
            self.apply(watched)
        return False

    def apply(self, widget: QWidget) -> None:
        parent = widget.parentWidget()
        around = parent.palette() if parent is not None else QApplication.palette(widget)
        colour = hint_colour(around)
        palette = widget.palette()
        if palette.color(_ROLE.WindowText) == colour:
            return
        palette.setColor(_ROLE.WindowText, colour)
        palette.setColor(_ROLE.Text, colour)
        self.applying = True
        try:
            widget.setPalette(palette)
        finally:
            self.applying = False


def dim_text(widget: QWidget) -> QWidget:
    """Shows the widget's text (a label's hint, an empty-list note) in the hint colour; returns the widget."""
    _HintColour(widget)
    return widget
