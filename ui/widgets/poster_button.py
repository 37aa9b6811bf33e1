"""生成战报海报: a click makes the phone-sized poster; the arrow beside it offers the other sizes (A4, 16:9), as
`honghua poster --size` does."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMenu, QWidget

from ui.widgets.menu_button import MenuButton

DEFAULT_SIZE = "phone"


class PosterButton(MenuButton):
    sizeChosen = Signal(str)  # a key of `poster_layout.SIZES`

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent=parent)
        self.setText(self.tr("生成战报海报"))
        menu = QMenu(self)
        menu.setToolTipsVisible(True)
        self.size_actions = {}
        for size, label in (("phone", self.tr("手机竖图 1080×1920（默认）")), ("a4", self.tr("A4 竖图（打印张贴）")),
                            ("wide", self.tr("宽屏 16:9 1920×1080"))):
            action = menu.addAction(label)
            action.triggered.connect(lambda _checked=False, size=size: self.sizeChosen.emit(size))
            self.size_actions[size] = action
        self.setMenu(menu)
        self.clicked.connect(lambda _checked=False: self.sizeChosen.emit(DEFAULT_SIZE))
