"""修改… a remembered column: which metric the column of a report is read as, or that it is ignored. Written on OK
(one audited transaction); the values already imported stay as they are."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QLabel, QVBoxLayout, QWidget

from app.errors import HonghuaError
from app.importing.remembered import RememberedColumn, RememberedColumns, RememberedReport
from app.shop import Shop
from ui.dialogs.common import ok_cancel
from ui.widgets.error_label import ErrorLabel
from ui.widgets.hint_text import dim_text

IGNORE = ""  # the combo's data for 忽略这一列 (a metric's key is never empty)


class ColumnChoiceDialog(QDialog):
    def __init__(self, shop: Shop, report: RememberedReport, column: RememberedColumn, parent: QWidget | None = None):
        super().__init__(parent)
        self.shop = shop
        self.report = report
        self.column = column
        self.changed = False
        self.setWindowTitle(self.tr("修改记住的列"))
        self.setMinimumWidth(420)
        self.combo = QComboBox()
        self.combo.addItem(self.tr("忽略这一列"), IGNORE)
        for metric in shop.metrics.stored:
            self.combo.addItem(metric.shown_name, metric.key)
        self.combo.setCurrentIndex(max(self.combo.findData(column.metric or IGNORE), 0))
        report_label = QLabel(report.label())
        report_label.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("报表"), report_label)
        form.addRow(self.tr("列名"), QLabel(column.shown_header))
        form.addRow(self.tr("读作"), self.combo)
        note = QLabel(self.tr("已导入的数据不变；下次导入时生效。"))
        note.setWordWrap(True)
        dim_text(note)
        self.error_label = ErrorLabel()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.error_label)
        layout.addWidget(ok_cancel(self, self.tr("保存")))

    @classmethod
    def ask(cls, parent: QWidget | None, shop: Shop, report: RememberedReport, column: RememberedColumn) -> bool:
        """True when the choice was changed (and written)."""
        dialog = cls(shop, report, column, parent)
        return dialog.exec() == QDialog.DialogCode.Accepted and dialog.changed

    def choose(self, metric: str | None) -> None:
        self.combo.setCurrentIndex(self.combo.findData(metric or IGNORE))

    def accept(self) -> None:
        metric = self.combo.currentData() or None
        try:
            self.changed = RememberedColumns(self.shop.store, self.shop.ctx, self.shop.metrics).change(
                self.report.signature, self.column.header, metric)
        except HonghuaError as e:
            self.error_label.show_message(e.message)
            return
        super().accept()
