"""Step 1 of the import wizard: the files to import, picked (several at once) or dropped."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.importing.drop import accept_drag, take_drop
from ui.widgets.hint_text import dim_text


class FilesStep(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAcceptDrops(True)
        intro = QLabel(self.tr(
            "选择从千牛、赤兔或生意参谋导出的客服绩效报表（.xlsx、.xls、.csv，或后台导出、Excel 另存的“Unicode 文本” .txt），"
            "可以一次选多个文件，也可以把文件直接拖到这里。下一步会先检查文件，检查时不会写入任何数据。"))
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("要导入的文件"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setMinimumHeight(160)
        self.add_button = QPushButton(self.tr("添加文件…"))
        self.add_button.clicked.connect(self.pick_files)
        self.remove_button = QPushButton(self.tr("移除选中的文件"))
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        self.empty_hint = QLabel(self.tr("还没有选择文件"))
        dim_text(self.empty_hint)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(buttons)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty_hint)
        self._update()

    def paths(self) -> list[Path]:
        return [Path(self.list.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(self.list.count())]

    def add_files(self, paths: Iterable[str | Path]) -> int:
        """Add files not in the list yet; returns how many were added."""
        known = {p.resolve() for p in self.paths()}
        added = 0
        for raw in paths:
            path = Path(raw)
            if path.resolve() in known:
                continue
            known.add(path.resolve())
            item = QListWidgetItem(path.name)
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            item.setToolTip(str(path))
            self.list.addItem(item)
            added += 1
        if added:
            self._update()
            self.changed.emit()
        return added

    def pick_files(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("选择要导入的报表"), "", self.tr("报表文件 (*.xlsx *.xls *.csv *.txt *.xlsm *.xlsb *.ods);;所有文件 (*)"))
        self.add_files(names)

    def remove_selected(self) -> None:
        rows = sorted((self.list.row(i) for i in self.list.selectedItems()), reverse=True)
        for row in rows:
            self.list.takeItem(row)
        if rows:
            self._update()
            self.changed.emit()

    def _update(self) -> None:
        self.empty_hint.setVisible(self.list.count() == 0)
        self.remove_button.setEnabled(self.list.count() > 0)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        accept_drag(event)

    def dropEvent(self, event: QDropEvent) -> None:
        self.add_files(take_drop(event))
