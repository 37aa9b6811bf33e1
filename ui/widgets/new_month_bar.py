"""The bar above a page that kept the month just ended past midnight (the owner may have been typing in it):
「已是 2027年1月，本页仍显示 2026年12月」 and a button 「转到 2027年1月」, so figures typed for 1 January do not go
into 1 December unnoticed."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from app.periods import Month, Period
from ui.widgets.plain_looks import NoticeFrame


class NewMonthBar(NoticeFrame):
    moveOn = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("newMonthBar")
        self.label = self.own_text(QLabel())
        self.label.setWordWrap(True)
        self.button = QPushButton()
        self.button.clicked.connect(self.moveOn)
        layout = QHBoxLayout(self)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self.hide()

    def show_months(self, current: Month, shown: Period, to: Period) -> None:
        """It is `current` now; the page still shows `shown`, and would show `to` had it moved on."""
        self.label.setText(self.tr("已是 {current}，本页仍显示 {shown}").format(
            current=current.shown_label(), shown=shown.shown_label()))
        self.button.setText(self.tr("转到 {period}").format(period=to.shown_label()))
        self.show()
