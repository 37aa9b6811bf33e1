"""The audit log viewer: read-only, newest first, with a filter box."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import i18n
from app.shop import Shop
from ui import errors
from ui.models.audit_model import AuditTableModel
from ui.widgets.hint_text import dim_text
from ui.widgets.search_proxy import SearchProxy
from ui.widgets.table_keys import table_keys

RECENT_LIMIT = 2000
# a space between Chinese and a Latin word, which the log's older rows lack (保存证书PDF, now 保存证书 PDF)
_SPACE_BY_LATIN = re.compile(r"(?<=[\u4e00-\u9fff])\s+(?=[A-Za-z])|(?<=[A-Za-z])\s+(?=[\u4e00-\u9fff])")


def search_key(text: str) -> str:
    """A cell or the typed filter as the search compares them: any case, a space beside a Latin word or not."""
    return _SPACE_BY_LATIN.sub("", text).casefold()
# Rows the columns are fitted to: those on screen and the ones around them up to this many (with Qt's default,
# 1000, showing the log asked 1000 rows × 4 columns for their data, twice: ~0.3 s)
FIT_ROWS = 200


class AuditView(QWidget):
    def __init__(self, shop: Shop, parent: QWidget | None = None):
        super().__init__(parent)
        self.shop = shop
        self.model = AuditTableModel(self)
        self.proxy = SearchProxy(search_key, self)  # a day typed 2026-10-05 finds 2026年10月5日 too
        self.proxy.setSourceModel(self.model)
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr(
            "筛选：操作人、操作、内容中的文字或日期（如 2026-10-01，一段日子如 2026-10-01~2026-10-07）"))
        self.filter_edit.setAccessibleName(self.filter_edit.placeholderText())  # a screen reader skips a placeholder
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._filter)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("操作日志"))
        self.table.setModel(self.proxy)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        table_keys(self.table)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setResizeContentsPrecision(FIT_ROWS)
        header.setStretchLastSection(True)
        self.count_label = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.filter_edit, 1)
        top.addWidget(self.count_label)
        self.export_button = QPushButton(self.tr("导出…"))
        self.export_button.setToolTip(self.tr("把全部操作日志导出为 Excel 文件"))
        self.export_button.clicked.connect(lambda: self.export())
        top.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        note = QLabel(self.tr("操作日志只能查看，不能修改或删除。"))
        dim_text(note)
        layout.addWidget(note)

    def refresh(self) -> None:
        entries = self.shop.store.audit.recent(RECENT_LIMIT)
        self.model.set_entries(entries, {p.id: p.display() for p in self.shop.staff.list()})
        self._show_count()

    def _filter(self, text: str) -> None:
        self.proxy.set_search(text)
        self._show_count()

    def _show_count(self) -> None:
        """How many entries were read and, while a filter is typed, how many of them it leaves."""
        total, shown = self.model.rowCount(), self.proxy.rowCount()
        if self.filter_edit.text().strip():
            self.count_label.setText(i18n.fill(self.tr("最近 {n} 条中 {m} 条符合"), n=total, m=shown))
        else:
            self.count_label.setText(i18n.fill(self.tr("最近 {n} 条"), n=total))

    def export(self, path: str | None = None) -> Path | None:
        from app import paths
        from app.errors import HonghuaError
        from app.exporting import export_audit

        if path is None:
            default = paths.suggested_shop_export("操作日志", self.shop.name, self.shop.today.isoformat(), ".xlsx")
            path, _filter = QFileDialog.getSaveFileName(self, self.tr("导出操作日志"), str(default), "Excel (*.xlsx)")
            if not path:
                return None
        try:
            written = export_audit(self.shop.store, path)
        except HonghuaError as e:
            errors.show_error(self, e.message)
            return None
        errors.show_info(self, self.tr("操作日志已导出到 {path}").format(path=written))
        return written

    def visible_summaries(self) -> list[str]:
        return [str(self.proxy.index(r, 3).data()) for r in range(self.proxy.rowCount())]
