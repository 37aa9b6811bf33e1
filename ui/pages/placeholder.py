"""A page that later work fills in: a clear 即将推出 message saying what the page will do."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.shop import Shop
from ui.widgets.hint_text import dim_text


class PlaceholderPage(QWidget):
    title = "即将推出"

    def __init__(self, shop: Shop, parent: QWidget | None = None, *, title: str = "", description: str = ""):
        super().__init__(parent)
        self.shop = shop
        self.title = title or self.title
        heading = QLabel(self.tr("{title} · 即将推出").format(title=self.tr(self.title)))
        heading.setObjectName("placeholderHeading")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        heading.setFont(font)
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.description = QLabel(self.tr(description))
        self.description.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.description.setWordWrap(True)
        dim_text(self.description)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(heading)
        layout.addSpacing(12)
        layout.addWidget(self.description)
        layout.addStretch(2)
        self.heading = heading

    def refresh(self) -> None:
        """Nothing to load yet."""
