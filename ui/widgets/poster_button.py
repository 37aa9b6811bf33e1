"""生成战报海报: a click makes the phone-sized poster; the arrow beside it offers the other sizes (A4, 16:9), as
`honghua poster --size` does."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QMenu, QSizePolicy, QToolButton, QWidget

DEFAULT_SIZE = "phone"


class PosterButton(QToolButton):
    sizeChosen = Signal(str)  # a key of `poster_layout.SIZES`

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setText(self.tr("生成战报海报"))
        self.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # a Tab stop as the buttons beside it
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        menu = QMenu(self)
        menu.setToolTipsVisible(True)
        self.size_actions = {}
        for size, label in (("phone", self.tr("手机竖图 1080×1920（默认）")), ("a4", self.tr("A4 竖图 1240×1754")),
                            ("wide", self.tr("宽屏 16:9 1920×1080"))):
            action = menu.addAction(label)
            action.triggered.connect(lambda _checked=False, size=size: self.sizeChosen.emit(size))
            self.size_actions[size] = action
        self.setMenu(menu)
        self.clicked.connect(lambda _checked=False: self.sizeChosen.emit(DEFAULT_SIZE))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # the arrow beside the button opens its menu only with a mouse: ↓ (or Alt+↓) opens it, as a combo box's list
        if event.key() == Qt.Key.Key_Down:
            self.showMenu()
        else:
            super().keyPressEvent(event)
