"""数据 → 导出: a month's data to .xlsx — per-person totals, optionally with a per-day sheet."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app import paths as app_paths
from app.certificates.filenames import shop_stem
from app.periods import Month
from app.shop import Shop
from ui import errors, tasks
from ui.dialogs.common import ok_cancel
from ui.widgets.period_picker import PeriodPicker


class ExportDialog(QDialog):
    def __init__(self, shop: Shop, month: Month, parent: QWidget | None = None):
        super().__init__(parent)
        self.shop = shop
        self.task: tasks.Task | None = None
        self.written: Path | None = None
        self.setWindowTitle(self.tr("导出到 Excel"))
        self.picker = PeriodPicker(month)
        self.picker.monthChanged.connect(lambda _m: self._suggest_name())
        self.totals_radio = QRadioButton(self.tr("每人本月合计"))
        self.daily_radio = QRadioButton(self.tr("每人本月合计 + 每人每天明细（另一张工作表）"))
        self.totals_radio.setChecked(True)
        kinds = QVBoxLayout()
        kinds.addWidget(self.totals_radio)
        kinds.addWidget(self.daily_radio)
        self.path_edit = QLineEdit()
        self.path_edit.setMinimumWidth(420)
        browse = QPushButton(self.tr("浏览…"))
        browse.clicked.connect(self.browse)
        where = QHBoxLayout()
        where.addWidget(self.path_edit, 1)
        where.addWidget(browse)
        form = QFormLayout()
        month_row = QHBoxLayout()
        month_row.addWidget(self.picker)
        month_row.addStretch(1)
        form.addRow(self.tr("月份"), month_row)
        form.addRow(self.tr("内容"), kinds)
        where_label = QLabel(self.tr("保存到"))
        where_label.setBuddy(self.path_edit)  # a label given with a row of widgets names none of them
        form.addRow(where_label, where)
        self.buttons = ok_cancel(self, self.tr("导出"))
        self.buttons.accepted.disconnect()
        self.buttons.accepted.connect(self.export)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._suggested = ""
        self._suggest_name()
        self.path_edit.setCursorPosition(0)

    def _suggest_name(self) -> None:
        """A file name for the chosen month in the exports folder, unless the user typed a path."""
        current = self.path_edit.text().strip()
        if current and current != self._suggested:
            return
        month = self.picker.month()
        name = self.tr("红花榜数据_{shop}_{year}年{month:02d}月.xlsx").format(  # every shop's exports share the folder
            shop=shop_stem(self.shop.name), year=month.year, month=month.month)
        self._suggested = str(app_paths.exports_dir() / name)
        self.path_edit.setText(self._suggested)

    def browse(self) -> None:
        chosen, _filter = QFileDialog.getSaveFileName(self, self.tr("导出到"), self.path_edit.text(),
                                                      self.tr("Excel 工作簿 (*.xlsx)"))
        if chosen:
            self.path_edit.setText(chosen if chosen.lower().endswith(".xlsx") else chosen + ".xlsx")

    def export(self, path: str | Path | None = None) -> tasks.Task | None:
        """Write the file in the background; `path` (tests) replaces the one in the dialog."""
        if self.task is not None and self.task.running:
            return None
        target = Path(path) if path is not None else Path(self.path_edit.text().strip()) \
            if self.path_edit.text().strip() else None
        if target is None:
            errors.show_error(self, self.tr("请选择导出的文件"))
            return None
        month, daily = self.picker.month(), self.daily_radio.isChecked()
        shop = self.shop

        def work(_progress: Callable[[int, int], None], _cancel: Callable[[], bool]) -> Path:
            from app.exporting import export_month
            from app.services.progress import default_as_of

            worker = shop.reopen()  # this thread's own connection
            try:  # counted as on the board: a report of the month still going counts once its last day is in
                return export_month(worker.store, worker.metrics, month, target, daily=daily,
                                    as_of=default_as_of(worker.store, worker.today))
            finally:
                worker.close()

        self.task = tasks.run_with_progress(self, work, title=self.tr("导出"),
                                            label=self.tr("正在导出 {month} 的数据…").format(month=month.shown_label()),
                                            on_success=self._done)
        return self.task

    def _done(self, written: object) -> None:
        assert isinstance(written, Path)
        self.written = written
        errors.show_info(self, self.tr("已导出到：\n{path}").format(path=written), self.tr("导出完成"))
        self.accept()
