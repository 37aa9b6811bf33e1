"""Set one person's target for a month from the board (where "未设目标" shows), in the board's metric.

The cells it changed are handed back, so the 目标 page's 撤销 (Ctrl+Z) can take the target away again."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from app.domain import Staff
from app.errors import UserError
from app.metrics import Metric
from app.periods import Month
from app.services.targets import TargetCell
from app.shop import Shop
from ui.approved_change import Declined, write_asking
from ui.dialogs.common import fit_placeholder


class TargetInputDialog(QDialog):
    def __init__(self, shop: Shop, person: Staff, month: Month, parent: QWidget | None = None,
                 metric: Metric | None = None):
        super().__init__(parent)
        self.shop, self.person, self.month = shop, person, month
        self.target_metric = metric or shop.metrics.get("sales")
        self.changes: list[TargetCell] = []  # filled by a save, once it has committed
        self.setWindowTitle(self.tr("设置目标"))
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("{name} {m} 的{metric}目标").format(name=person.name, m=month.shown_label(),
                                                                     metric=self.target_metric.shown_name)))
        self.value = QLineEdit()
        if self.target_metric.is_money:
            self.value.setPlaceholderText(self.tr("例如 30000 或 ¥30,000"))
            fit_placeholder(self.value)
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
        metric = self.target_metric
        try:
            value = metric.parse(self.value.text())
            write_asking(self, lambda confirm: self.shop.targets.set_staff(
                self.month, self.person.id, metric, value, changes=self.changes, confirm_approved=confirm))
        except UserError as e:
            self.error.setText(e.message)
            return
        except Declined:  # an approved month the owner chose to leave as it is
            return
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, shop: Shop, person: Staff, month: Month,
            metric: Metric | None = None) -> list[TargetCell]:
        """The cells the target set changed; none when the dialog was cancelled."""
        dialog = cls(shop, person, month, parent, metric)
        return dialog.changes if dialog.exec() == QDialog.DialogCode.Accepted else []
