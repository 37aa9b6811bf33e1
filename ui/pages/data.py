"""数据 page — to be filled in (stub keeping the page contract)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.shop import Shop


class DataPage(QWidget):
    title = "数据"

    def __init__(self, shop: Shop, parent: QWidget | None = None):
        super().__init__(parent)
        self.shop = shop
        QVBoxLayout(self).addWidget(QLabel(self.tr("数据页面建设中")))

    def refresh(self) -> None:
        pass
