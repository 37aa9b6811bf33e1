"""The 证书 page's form for a certificate made by hand: a name (or a department) and an award, added to the
list with 手工添加 for the period chosen on the page."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QWidget

from app.certificates.checks import hand_made
from app.errors import HonghuaError
from app.periods import parse_period


class ManualForm(QWidget):
    """姓名或部门, 奖项 and 手工添加: `made` gives the certificate (the fields are emptied), `refused` says why
    there is none (the fields are kept)."""

    made = Signal(object)  # CertificateRequest
    refused = Signal(str)

    def __init__(self, period_text: Callable[[], str], parent: QWidget | None = None):
        super().__init__(parent)
        self._period_text = period_text
        self.name = QLineEdit(placeholderText=self.tr("姓名或部门"))
        self.award = QLineEdit(placeholderText=self.tr("奖项"))
        for edit in (self.name, self.award):  # a screen reader does not say a placeholder
            edit.setAccessibleName(edit.placeholderText())
        self.add_button = QPushButton(self.tr("手工添加"))
        self.add_button.clicked.connect(self.add)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.name, self.award, self.add_button):
            layout.addWidget(widget)

    def add(self) -> None:
        try:
            request = hand_made(self.name.text(), self.award.text(), parse_period(self._period_text()))
        except HonghuaError as e:
            self.refused.emit(e.message)
            return
        self.made.emit(request)
        self.name.clear()
        self.award.clear()
