"""Set one person's sales target for a month from the board (where "未设目标" shows)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from app.domain import Staff
from app.errors import UserError
from app.periods import Month
from app.shop import Shop


class TargetInputDialog(QDialog):
    def __init__(self, shop: Shop, person: Staff, month: Month, parent: QWidget | None = None):
        super().__init__(parent)
        self.shop, self.person, self.month = shop, person, month
        self.sales_metric = shop.metrics.get("sales")
        self.setWindowTitle(self.tr("设置目标"))
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("{name} {m} 的销售额目标").format(name=person.name, m=month.label())))
        self.value = QLineEdit()
        self.value.setPlaceholderText(self.tr("例如 30000 或 ¥30,000"))
        form.addRow(self.tr("目标（元）"), self.value)
        self.error = QLabel()
        self.error.setStyleSheet("color: #c0392b;")
        self.error.setWordWrap(True)
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def save(self) -> None:
        try:
            self.shop.targets.set_staff(self.month, self.person.id, self.sales_metric, self.sales_metric.parse(self.value.text()))
        except UserError as e:
            self.error.setText(e.message)
            return
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, shop: Shop, person: Staff, month: Month) -> bool:
        return cls(shop, person, month, parent).exec() == QDialog.DialogCode.Accepted
