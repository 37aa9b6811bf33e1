"""The 证书 page's form for a certificate made by hand: a name (or a department) and an award, added to the
list with 手工添加 for the period chosen on the page. A refusal (奖项名称不能为空) is said under the fields and
stays until they change: the line under the preview is redrawn with each preview."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from app.certificates.checks import hand_made
from app.errors import HonghuaError
from app.periods import parse_period
from ui.widgets.error_label import ErrorLabel


class ManualForm(QWidget):
    """姓名或部门, 奖项 and 手工添加: `made` gives the certificate (the fields are emptied); a refusal keeps the
    fields and says why in `refusal`, under them."""

    made = Signal(object)  # CertificateRequest

    def __init__(self, period_text: Callable[[], str], parent: QWidget | None = None):
        super().__init__(parent)
        self._period_text = period_text
        self.name = QLineEdit(placeholderText=self.tr("姓名或部门"))
        self.award = QLineEdit(placeholderText=self.tr("奖项"))
        for edit in (self.name, self.award):  # a screen reader does not say a placeholder
            edit.setAccessibleName(edit.placeholderText())
        self.add_button = QPushButton(self.tr("手工添加"))
        self.add_button.clicked.connect(self.add)
        self.refusal = ErrorLabel()
        self.refusal.setTextFormat(Qt.TextFormat.PlainText)  # the name is shown as typed, never as markup
        for edit in (self.name, self.award):
            edit.textChanged.connect(lambda _text: self._say(""))
        fields = QHBoxLayout()
        for widget in (self.name, self.award, self.add_button):
            fields.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(fields)
        layout.addWidget(self.refusal)

    def add(self) -> None:
        try:
            request = hand_made(self.name.text(), self.award.text(), parse_period(self._period_text()))
        except HonghuaError as e:
            self._say(e.message)
            return
        self._say("")
        self.made.emit(request)
        self.name.clear()
        self.award.clear()

    def _say(self, refusal: str) -> None:
        self.refusal.show_message(refusal)
