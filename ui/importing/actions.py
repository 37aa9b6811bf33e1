"""The 导入… / 导入记录 / 导出… buttons of the 数据 page and the file drop, in one object the page owns.

The main window forwards files dropped anywhere on it to the 数据 page's `ImportActions.open_import`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from app.importing.service import ImportService
from app.periods import Month
from app.shop import Shop
from ui.importing.export_dialog import ExportDialog
from ui.importing.history_dialog import ImportHistoryDialog
from ui.importing.wizard import RESULT, ImportWizard


class ImportActions(QObject):
    changed = Signal()  # an import was committed or undone: views showing data reload
    wrote = Signal(object)  # an import was committed: (first, last) day of what it wrote

    def __init__(self, shop: Shop, parent: QWidget, month: Callable[[], Month]):
        super().__init__(parent)
        self.shop = shop
        self.widget = parent
        self.month = month
        self.wizard: ImportWizard | None = None
        self.history: ImportHistoryDialog | None = None
        self.export_dialog: ExportDialog | None = None

    def buttons(self) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.import_button = QPushButton(self.tr("导入…"))
        self.import_button.setToolTip(self.tr("导入千牛、赤兔、生意参谋导出的客服绩效报表（也可以把文件拖到窗口上）"))
        self.import_button.clicked.connect(lambda: self.open_import())
        self.history_button = QPushButton(self.tr("导入记录"))
        self.history_button.clicked.connect(self.open_history)
        self.export_button = QPushButton(self.tr("导出…"))
        self.export_button.clicked.connect(self.open_export)
        for button in (self.import_button, self.history_button, self.export_button):
            row.addWidget(button)
        return box

    def open_import(self, paths: Iterable[str | Path] = ()) -> ImportWizard:
        """Show the wizard (with these files); files dropped while it is open are added to it."""
        wizard = self.wizard
        if wizard is not None and wizard.isVisible() and wizard.step() != RESULT:
            wizard.add_files(paths)
        else:
            if wizard is not None:
                wizard.close()
                wizard.deleteLater()
            settings = getattr(self.widget.window(), "settings", None)  # the main window's: the size is kept there
            wizard = self.wizard = ImportWizard(self.shop, paths, self.widget,
                                                settings if isinstance(settings, QSettings) else None, self.month())
            wizard.imported.connect(self._imported)
            wizard.history_requested.connect(self.open_history)
            wizard.open()
        return wizard

    def _imported(self, import_id: int) -> None:
        span: tuple[date, date] | None = ImportService(
            self.shop.store, self.shop.ctx, self.shop.metrics).written_span(import_id)
        self.changed.emit()
        if span is not None:
            self.wrote.emit(span)

    def open_history(self) -> ImportHistoryDialog:
        dialog = self.history
        if dialog is None:
            dialog = self.history = ImportHistoryDialog(self.shop, self.widget)
            dialog.undone.connect(lambda _id: self.changed.emit())
        else:
            dialog.refresh()
        dialog.open()
        return dialog

    def open_export(self) -> ExportDialog:
        if self.export_dialog is not None:
            self.export_dialog.deleteLater()
        dialog = self.export_dialog = ExportDialog(self.shop, self.month(), self.widget)
        dialog.open()
        return dialog
