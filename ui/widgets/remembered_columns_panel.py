"""设置 → 导入: the columns the import remembers (mapped to a metric by hand, or ignored for good), by report, with
修改… and 忘记. Each change is one audited transaction; values already imported stay as they are."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.clock import shown_stamp
from app.errors import HonghuaError
from app.i18n import joined
from app.importing.remembered import RememberedColumn, RememberedColumns, RememberedReport, metric_label
from app.shop import Shop
from ui import errors
from ui.dialogs.column_choice_dialog import ColumnChoiceDialog
from ui.widgets.hint_text import dim_text

ROLE = Qt.ItemDataRole.UserRole
COLUMN_GAP = 24  # between a column's name and what it is read as


class RememberedColumnsPanel(QWidget):
    def __init__(self, shop: Shop, parent: QWidget | None = None):
        super().__init__(parent)
        self.shop = shop
        self.reports: list[RememberedReport] = []
        hint = QLabel(self.tr(
            "导入报表时，在「处理未识别项」里为认不出的列指定的指标、选了「以后都忽略这一列」的列，以及命令行导入时指定的列"
            "，都按报表的表头记住：表头相同的文件以后自动这样读取，不再询问。对应错了，或者不该忽略的列，"
            "选中后可以修改或忘记。"))
        hint.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("记住的列"))
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("报表和列"), self.tr("读作")])
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setTabKeyNavigation(False)
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.tree.header().setStretchLastSection(True)
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self.tree.itemDoubleClicked.connect(lambda item, _column: self.change_selected() if item.parent() else None)
        self.empty_label = QLabel(self.tr("还没有记住的列。导入时在「处理未识别项」里为认不出的列指定指标或选择忽略后，会在这里列出。"))
        self.empty_label.setWordWrap(True)
        dim_text(self.empty_label)
        self.change_button = QPushButton(self.tr("修改…"))
        self.change_button.setToolTip(self.tr("为选中的列选择另一个指标，或忽略这一列"))
        self.change_button.clicked.connect(lambda: self.change_selected())
        self.forget_button = QPushButton(self.tr("忘记"))
        self.forget_button.setToolTip(self.tr("下次导入时，这一列重新按列名识别；认不出的再询问"))
        self.forget_button.clicked.connect(lambda: self.forget_selected())
        buttons = QHBoxLayout()
        buttons.addWidget(self.change_button)
        buttons.addWidget(self.forget_button)
        buttons.addStretch(1)
        note = QLabel(self.tr("已导入的数据不变；下次导入时生效。"))
        note.setWordWrap(True)
        dim_text(note)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(hint)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        layout.addWidget(note)
        layout.addStretch(0)  # takes the room the list leaves when it is hidden (no column remembered yet)
        self._update_buttons()

    def _service(self) -> RememberedColumns:
        return RememberedColumns(self.shop.store, self.shop.ctx, self.shop.metrics)

    # ---- loading
    def refresh(self) -> None:
        chosen = self.selected()
        keep = (chosen[1].signature, chosen[1].header) if chosen else None
        self.reports = self._service().reports()
        self.tree.clear()
        for index, report in enumerate(self.reports):
            top = QTreeWidgetItem([self._report_text(report)])
            top.setData(0, ROLE, (index, None))
            if report.headers:
                top.setToolTip(0, self.tr("这份报表的列：{columns}").format(columns=joined(report.headers)))
            self.tree.addTopLevelItem(top)
            top.setFirstColumnSpanned(True)
            for position, column in enumerate(report.columns):
                child = QTreeWidgetItem([column.shown_header, self._metric_text(column)])
                child.setData(0, ROLE, (index, position))
                top.addChild(child)
                if keep == (column.signature, column.header):
                    self.tree.setCurrentItem(child)
            top.setExpanded(True)
        self.tree.resizeColumnToContents(0)  # the column names (a report's line spans both columns)
        self.tree.setColumnWidth(0, self.tree.columnWidth(0) + COLUMN_GAP)
        self.tree.setVisible(bool(self.reports))
        self.empty_label.setVisible(not self.reports)
        self._update_buttons()

    def _report_text(self, report: RememberedReport) -> str:
        if report.imported_at is None:
            return self.tr("较早导入的报表（文件名没有记录）")
        return self.tr("{file}（最近导入：{at}）").format(file=report.file_name, at=shown_stamp(report.imported_at))

    def _metric_text(self, column: RememberedColumn) -> str:
        return self.tr("忽略") if column.metric is None else metric_label(self.shop.metrics, column.metric)

    # ---- selection
    def selected(self) -> tuple[RememberedReport, RememberedColumn] | None:
        items = self.tree.selectedItems()
        if not items:
            return None
        index, position = items[0].data(0, ROLE)
        if position is None:
            return None
        report = self.reports[index]
        return report, report.columns[position]

    def select(self, header: str) -> None:
        """Select the column shown as `header` (the first report that has it)."""
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            for j in range(top.childCount()):
                if top.child(j).text(0) == header:
                    self.tree.setCurrentItem(top.child(j))
                    return
        raise KeyError(header)

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        self.change_button.setEnabled(chosen)
        self.forget_button.setEnabled(chosen)

    # ---- actions
    def change_selected(self) -> bool:
        chosen = self.selected()
        if chosen is None:
            return False
        changed = ColumnChoiceDialog.ask(self, self.shop, *chosen)
        self.refresh()
        return changed

    def forget_selected(self) -> bool:
        chosen = self.selected()
        if chosen is None:
            return False
        report, column = chosen
        question = self.tr("忘记「{header}」读作「{metric}」？\n\n下次导入{report}这样的文件时，这一列重新按列名识别，"
                           "认不出的会在导入向导里再询问。已导入的数据不变。").format(
            header=column.shown_header, metric=self._metric_text(column), report=self._report_words(report))
        if not errors.confirm(self, question, self.tr("忘记记住的列"), yes_text=self.tr("忘记")):
            return False
        try:
            self._service().forget(report.signature, column.header)
        except HonghuaError as e:
            errors.show_error(self, e.message)
            self.refresh()
            return False
        self.refresh()
        return True

    def _report_words(self, report: RememberedReport) -> str:
        return self.tr("「{file}」").format(file=report.file_name) if report.file_name else self.tr("同一种报表")
