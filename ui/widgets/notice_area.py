"""The 评奖 page's notices above its tables (the state, the changed-since-approval banner, the notes): as tall as
they are where the window has room; in a short window (a 1366×768 laptop at 150 %) a few lines that scroll, so the
tables and the buttons stay on the screen, whatever the banner and notes shown at once. They never ask for more
than those few lines as their least, so the window's smallest size fits any screen."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QSizePolicy, QWidget

from ui.dialogs.common import tab_stop_only_to_scroll

LEAST_LINES = 4.5  # the state's line and the start of the banner or the notes; half a line shows that more scrolls


class NoticeArea(QScrollArea):
    def __init__(self, content: QWidget, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWidget(content)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.short = False  # the window is short: the few lines are all the area asks for
        content.installEventFilter(self)  # a text set, the banner shown: the area's height follows
        tab_stop_only_to_scroll(self)

    def set_short(self, short: bool) -> None:
        if short != self.short:
            self.short = short
            self.updateGeometry()

    def _least(self) -> int:
        return min(self._content_height(), int(LEAST_LINES * self.fontMetrics().lineSpacing()))

    def _content_height(self) -> int:
        content = self.widget()
        width = self.viewport().width() if self.isVisible() else content.sizeHint().width()
        return content.heightForWidth(width) if content.hasHeightForWidth() else content.sizeHint().height()

    def sizeHint(self) -> QSize:
        return QSize(self.widget().sizeHint().width(), self._least() if self.short else self._content_height())

    def minimumSizeHint(self) -> QSize:
        return QSize(self.widget().minimumSizeHint().width(), self._least())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()
        return super().eventFilter(watched, event)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():  # the wrapped text's height follows the width
            self.updateGeometry()
