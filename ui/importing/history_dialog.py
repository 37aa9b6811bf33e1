"""数据 → 导入记录: every import (time, files, counts, status), with 撤销.

Undo restores the values the import replaced, exactly, and takes away the sub-accounts it added (the message
says which, and which it kept because a later import still uses them); it is refused — with the reason, naming
the later import — when a later import changed the same values again. It runs in the background on its own
connection; the list is read through the import service on the page's shop.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.importing import ImportService
from app.importing.model import files_listed
from app.shop import Shop
from app.store.import_log import ImportRecord
from ui import errors, tasks
from ui.approved_change import confirm_change
from ui.dialogs.common import resize_within_screen
from ui.models.import_models import HistoryModel
from ui.widgets.hint_text import dim_text
from ui.widgets.table_keys import read_only_rows


class ImportHistoryDialog(QDialog):
    undone = Signal(int)

    def __init__(self, shop: Shop, parent: QWidget | None = None):
        super().__init__(parent)
        self.shop = shop
        self.task: tasks.Task | None = None
        self.setWindowTitle(self.tr("导入记录"))
        resize_within_screen(self, 900, 460)
        self.model = HistoryModel(self)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("导入记录"))
        self.table.setModel(self.model)
        read_only_rows(self.table)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update())
        self.empty = QLabel(self.tr("还没有导入记录。"))
        dim_text(self.empty)
        hint = QLabel(self.tr("撤销会删除这次导入写入的数值，并恢复导入前的原值。如果之后的导入又修改了同样的数值，"
                              "需要先撤销之后的那次导入。"))
        hint.setWordWrap(True)
        dim_text(hint)
        self.undo_button = QPushButton(self.tr("撤销这次导入…"))
        self.undo_button.clicked.connect(self.undo_selected)
        close = QPushButton(self.tr("关闭"))
        close.clicked.connect(self.reject)
        close.setDefault(True)  # Enter closes: 撤销 is never the answer to a key pressed in passing
        buttons = QHBoxLayout()
        buttons.addWidget(self.undo_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(hint)
        layout.addLayout(buttons)
        self.refresh()

    def _service(self) -> ImportService:
        return ImportService(self.shop.store, self.shop.ctx, self.shop.metrics)

    def refresh(self) -> None:
        selected = self.selected()
        self.model.set_records(self._service().history())
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.empty.setVisible(self.model.rowCount() == 0)
        if selected is not None:
            self.select(selected.id)
        self._update()

    def select(self, import_id: int) -> None:
        for row, record in enumerate(self.model.records):
            if record.id == import_id:
                self.table.selectRow(row)
                return
        raise KeyError(import_id)

    def selected(self) -> ImportRecord | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def _update(self) -> None:
        record = self.selected()
        busy = self.task is not None and self.task.running
        self.undo_button.setEnabled(not busy and record is not None and record.status != "undone")

    def undo_selected(self) -> tasks.Task | None:
        record = self.selected()
        if record is None or (self.task is not None and self.task.running):
            return None
        question = self.tr("撤销第 {id} 次导入（{file}）？\n这次导入写入的数值会被删除，导入前的原值会恢复。").format(
            id=record.id, file=files_listed(record))
        if not errors.confirm(self, question, self.tr("撤销导入"), yes_text=self.tr("撤销")):
            return None
        shop = self.shop
        import_id = record.id
        approved = ImportService(shop.store, shop.ctx, shop.metrics).approved_undone(import_id)
        if approved and not confirm_change(self, approved):
            return None

        def work(_progress: Callable[[int, int], None], _cancel: Callable[[], bool]) -> tuple[int, list[str]]:
            worker = shop.reopen()  # this thread's own connection
            try:
                result = ImportService(worker.store, worker.ctx, worker.metrics).undo(
                    import_id, confirm_approved=bool(approved))
            finally:
                worker.close()
            return import_id, result.notes

        self.task = tasks.run_with_progress(self, work, title=self.tr("撤销导入"),
                                            label=self.tr("正在撤销第 {id} 次导入…").format(id=import_id),
                                            on_success=self._undone, on_cancelled=self._cancelled)
        self.task.finished.connect(self._after_task)
        self._update()
        return self.task

    def _undone(self, result: object) -> None:
        assert isinstance(result, tuple)
        import_id, notes = result
        self.refresh()
        self.undone.emit(import_id)
        errors.show_info(self, "\n".join([self.tr("已撤销第 {id} 次导入，数值已恢复为导入前的样子。").format(id=import_id),
                                          *notes]))

    def _cancelled(self) -> None:
        errors.show_info(self, self.tr("已取消撤销：数据没有改动。"))

    def _after_task(self) -> None:
        self.task = None
        self.refresh()
