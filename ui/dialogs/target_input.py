"""Set one person's target for a month from the board (where "未设目标" shows), in the board's metric."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from app.domain import Staff
from app.errors import UserError
from app.metrics import Metric
from app.periods import Month
from app.shop import Shop


class TargetInputDialog(QDialog):
    def __init__(self, shop: Shop, person: Staff, month: Month, parent: QWidget | None = None,
                 metric: Metric | None = None):
        super().__init__(parent)
        self.shop, self.person, self.month = shop, person, month
        self.target_metric = metric or shop.metrics.get("sales")
        self.setWindowTitle(self.tr("设置目标"))
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("{name} {m} 的{metric}目标").format(name=person.name, m=month.shown_label(),
                                                                     metric=self.target_metric.shown_name)))
        self.value = QLineEdit()
        if self.target_metric.is_money:
            self.value.setPlaceholderText(self.tr("例如 30000 或 ¥30,000"))
            form.addRow(self.tr("目标（元）"), self.value)
        else:
            form.addRow(self.tr("目标"), self.value)
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
            metric = self.target_metric
            self.shop.targets.set_staff(self.month, self.person.id, metric, metric.parse(self.value.text()))
        except UserError as e:
            self.error.setText(e.message)
            return
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, shop: Shop, person: Staff, month: Month, metric: Metric | None = None) -> bool:
        return cls(shop, person, month, parent, metric).exec() == QDialog.DialogCode.Accepted
