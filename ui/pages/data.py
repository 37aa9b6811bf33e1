"""数据 page: one metric × one month (people × days), typed or pasted from Excel, plus the month's events."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, QSignalBlocker, QSize, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import i18n
from app.errors import HonghuaError, UserError
from app.events import Event
from app.metrics import Metric
from app.periods import Month, shown_date
from app.services.data import CellInput, PasteResult, typed_small_rate
from app.shop import Shop
from ui import errors
from ui.approved_change import Declined, write_asking
from ui.dialogs.common import buddy_label, is_short
from ui.dialogs.event_dialog import EventDialog
from ui.importing import drop
from ui.importing.actions import ImportActions
from ui.models.event_model import EventModel
from ui.models.month_grid_model import MonthGridModel
from ui.pages.data_paste import DataPaste
from ui.pages.data_refusals import Refusal, RefusalWords, listed
from ui.widgets.approved_note import ApprovedNote
from ui.widgets.elided_label import ElidedLabel
from ui.widgets.grid_table import GridTable
from ui.widgets.grid_undo import UndoHistory, UndoStep
from ui.widgets.hint_text import dim_text
from ui.widgets.no_staff_notice import NoStaffNotice
from ui.widgets.period_picker import PeriodPicker
from ui.widgets.room_watch import RoomWatch
from ui.widgets.row_finder import RowFinder
from ui.widgets.status_line import StatusLine
from ui.widgets.table_keys import block_text, table_keys


class DataPage(DataPaste, QWidget):
    title = "数据"
    keeps_month_while_shown = True  # past midnight into a new month: the next keys go where they went
    navigate = Signal(str)  # asks the main window to open another page (the 员工 page while there is nobody)

    def __init__(self, shop: Shop, parent: QWidget | None = None):
        super().__init__(parent)
        self.shop = shop

        self.picker = PeriodPicker(shop.current_month())
        self.picker.monthChanged.connect(lambda _m: self.reload())
        self.metric_combo = QComboBox()
        self.metric_combo.setMinimumWidth(140)
        self.metric_combo.currentIndexChanged.connect(self._metric_changed)
        top = QHBoxLayout()
        top.addWidget(self.picker)
        top.addSpacing(16)
        top.addWidget(buddy_label(self.tr("指标"), self.metric_combo))
        top.addWidget(self.metric_combo)
        top.addStretch()  # what 找人 (stretch 1, up to its whole hint) leaves over
        self.imports = ImportActions(shop, self, self.month)  # 导入… / 导入记录 / 导出…
        self.imports.changed.connect(self.refresh)
        self.imports.wrote.connect(self.show_written)
        top.addWidget(self.imports.buttons())
        self.setAcceptDrops(True)

        self.model = MonthGridModel(self)
        self.model.commit = self._commit_cell
        self.model.span_source = shop.data.span_source
        self.model.refused.connect(lambda message: self.show_error(message))
        self.words = RefusalWords(self.model)  # refused cells named as the grid names their people
        self.table = GridTable()
        self.table.setAccessibleName(self.tr("每日数据"))
        self.table.setModel(self.model)
        self.table.horizontalHeader().setMinimumSectionSize(40)
        self.table.verticalHeader().setMinimumWidth(64)
        self.model.dataChanged.connect(lambda *_args: self._fit_columns())
        self.table.copyRequested.connect(self.copy_selection)
        self.table.pasteRequested.connect(self.paste_clipboard)
        self.table.clearRequested.connect(self.clear_selection)
        self.table.offer_undo()
        self.table.readOnlyTyped.connect(self._say_why_read_only)
        self.table.undoRequested.connect(lambda: self.undo())
        self.table.redoRequested.connect(lambda: self.redo())
        self.history = UndoHistory()  # steps of (staff_id, day, value before, value written), scoped by metric,
        # placed at (month, metric key): an undo first shows that month and metric
        self.hint = QLabel(self.tr("直接输入数值（金额可写 12500、12,500.50、¥12,500；比率可写 98.5%）。"
                                   "Ctrl+V 粘贴从 Excel 复制的整块数据，Ctrl+C 复制，Delete 清空，Ctrl+Z 撤销，Ctrl+Y 重做。"
                                   "灰色格子不能录入（日期还没到，或那天不在职；鼠标停在格子上可看原因）。"))
        self.hint.setWordWrap(True)
        dim_text(self.hint)
        self.short_hint = dim_text(ElidedLabel(self.hint.text()))  # in a short window: one line, whole in its tooltip
        self.short_hint.hide()
        self.summary = StatusLine()
        self.approved_note = ApprovedNote()  # the month counts in approved awards: said before typing
        self.imported_note = QLabel(wordWrap=True)  # a month report's days are yellow: say why, above the grid
        self.imported_note.hide()
        grid_tab = QWidget()
        grid_layout = QVBoxLayout(grid_tab)
        grid_layout.addWidget(self.approved_note)
        grid_layout.addWidget(self.imported_note)
        grid_layout.addWidget(self.table, 1)
        grid_layout.addWidget(self.summary)
        grid_layout.addWidget(self.hint)
        grid_layout.addWidget(self.short_hint)

        self.event_model = EventModel(self)
        self.event_table = QTableView()
        self.event_table.setAccessibleName(self.tr("本月事件"))
        self.event_table.setModel(self.event_model)
        self.event_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.event_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.event_table.setTabKeyNavigation(False)
        self.event_table.verticalHeader().hide()
        self.event_table.horizontalHeader().setStretchLastSection(True)
        self.event_table.horizontalHeader().setMinimumSectionSize(64)
        table_keys(self.event_table, open_row=self.edit_event, delete_rows=self.delete_events)  # Delete asks first
        self.event_table.doubleClicked.connect(self.edit_event)
        self.add_event_button = QPushButton(self.tr("新增事件…"))
        self.add_event_button.clicked.connect(self.add_event)
        self.edit_event_button = QPushButton(self.tr("修改…"))
        self.edit_event_button.clicked.connect(lambda: self.edit_event(self.event_table.currentIndex()))
        self.delete_event_button = QPushButton(self.tr("删除"))
        self.delete_event_button.clicked.connect(self.delete_events)
        event_bar = QHBoxLayout()
        event_bar.addWidget(self.add_event_button)
        event_bar.addWidget(self.edit_event_button)
        event_bar.addWidget(self.delete_event_button)
        event_bar.addStretch(1)
        event_tab = QWidget()
        event_layout = QVBoxLayout(event_tab)
        event_layout.addLayout(event_bar)
        event_layout.addWidget(self.event_table, 1)
        self.event_status = StatusLine()  # where a corrected event went when it left the month shown
        event_layout.addWidget(self.event_status)

        self.tabs = QTabWidget()
        self.tabs.addTab(grid_tab, self.tr("每日数据"))
        self.tabs.addTab(event_tab, self.tr("事件"))
        self.finder = RowFinder(self.table, lambda: self.model.people, self._finding_column)  # 找人, as on 目标
        whole = self.finder.fontMetrics().horizontalAdvance(self.finder.placeholderText()) + 48
        self.finder.setMaximumWidth(whole)  # narrower in a laptop's window at 150 %, where the top row is full
        self.finder.setMinimumWidth(whole // 2)
        self.finder.notFound.connect(lambda typed: self.summary.setText(self.tr("表格里没有「{typed}」").format(
            typed=typed)))
        self.finder.found.connect(lambda: self.summary.clear())
        top.insertWidget(top.count() - 1, self.finder, 1)  # before 导入…: the grid keeps its rows on a laptop
        top.insertSpacing(top.count() - 1, 12)
        self.tabs.currentChanged.connect(lambda tab: self.finder.setVisible(tab == 0))
        self.no_staff = NoStaffNotice(self.tr("还没有员工：先到「员工」页添加客服并填上子账号（如 旗舰店:小美）；"
                                              "也可以直接点「导入…」，把报表里认不出的子账号新建为员工。"))
        self.no_staff.addStaff.connect(lambda: self.navigate.emit("staff"))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.no_staff)
        layout.addWidget(self.tabs, 1)
        self.room_watch = RoomWatch(self, self.fit_room)
        self.refresh()

    def fit_room(self, room: QSize) -> None:
        """In a short window (a 1366×768 laptop at 150 %) the typing hint is one line, so the grid keeps rows."""
        short = is_short(room)
        self.hint.setVisible(not short)
        self.short_hint.setVisible(short)

    # ---- loading
    def month(self) -> Month:
        return self.picker.month()

    def show_written(self, span: tuple[date, date]) -> None:
        """After an import, a month it wrote: the one shown if it holds some of it, else the last one (October's
        report imported on 2 November shows October, not an empty November)."""
        first, last = span
        month = self.month()
        if last < month.start or first > month.end:
            self.picker.setMonth(Month.of(last))

    def current_metric(self) -> Metric | None:
        key = self.metric_combo.currentData()
        return next((m for m in self.shop.metrics.stored if m.key == key), None)

    def set_metric(self, key: str) -> None:
        index = self.metric_combo.findData(key)
        if index < 0:
            raise KeyError(key)
        self.metric_combo.setCurrentIndex(index)

    def refresh(self) -> None:
        """Reload everything: the metric list (custom metrics may have been added), the grid, the events."""
        current = self.metric_combo.currentData() or "sales"
        self.metric_combo.blockSignals(True)
        self.metric_combo.clear()
        for m in self.shop.metrics.stored:
            suffix = "" if m.builtin else self.tr("（自定义）")
            self.metric_combo.addItem(m.shown_name + suffix, m.key)
        self.metric_combo.setCurrentIndex(max(self.metric_combo.findData(current), 0))
        self.metric_combo.blockSignals(False)
        self.reload()

    def reload(self) -> None:
        self.reload_grid()
        self.reload_events()
        self.show_approved_note()

    def _metric_changed(self) -> None:
        self.reload_grid()
        self.show_approved_note()

    def show_approved_note(self) -> None:
        """The approved periods a change to the metric shown in the month shown would touch."""
        metric = self.current_metric()
        found = self.shop.data.approved_reading(self.month(), [metric.key] if metric else None)
        self.approved_note.show_periods(found, self.shop.today)

    def reload_grid(self) -> None:
        self.table.commit_open_editor()  # a value being typed belongs to the month and metric it was typed in
        metric = self.current_metric()
        if metric is None:
            return
        month = self.month()
        people = self.shop.staff.active_during(month.start, month.end)
        self.no_staff.setVisible(not self.shop.staff.list())
        values = self.shop.data.month_grid(metric, month)
        spans = self.shop.data.imported_totals(metric, month.start, month.end)
        self.model.set_content(metric, month, people, values, self.shop.today, self._weights(metric, month), spans,
                               self.shop.data.imported_cells(metric, month))
        held = sum(1 for p in people if spans.get(p.id)) if metric.aggregation == "sum" else 0
        self.imported_note.setText(i18n.fill(self.tr(
            "本月有 {n} 人的{metric}来自导入的期间合计（如月报），不是逐日数据：黄色的日期已包含在合计里，"
            "合计列与看板一致；这些日期不能再逐日录入。"), n=held, metric=metric.shown_name))
        self.imported_note.setVisible(held > 0)
        self.summary.clear()
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Every day column as wide as the widest day (an even grid); the total column fits its own text."""
        header = self.table.horizontalHeader()
        days = self.model.total_column
        if self.model.columnCount() == 0:
            return
        # the widest cell of each column measured, not all 200 × 31 (a typed cell refits the grid too)
        rows = self.model.widest_rows() if self.model.rowCount() else []
        widths = [max(self.table.cell_width(self.model.index(row, c)) if rows else 0, header.sectionSizeHint(c))
                  for c, row in enumerate(rows or [0] * (days + 1))]
        day_width = max(widths[:days] + [header.minimumSectionSize()])
        for column in range(days):
            if header.sectionSize(column) != day_width:
                header.resizeSection(column, day_width)
        header.resizeSection(days, widths[days])

    def _weights(self, metric: Metric, month: Month) -> dict[tuple[int, date], int]:
        if metric.aggregation != "weighted" or not metric.weight:
            return {}
        return self.shop.data.month_grid(self.shop.metrics.get(metric.weight), month)

    def _update_values(self) -> None:
        """Re-read the month's values after a write, keeping the selection."""
        metric, month = self.model.metric, self.month()
        if metric is not None:
            self.model.update_values(self.shop.data.month_grid(metric, month), self._weights(metric, month),
                                     self.shop.data.imported_cells(metric, month))

    # ---- typing, pasting, copying, clearing
    def _commit_cell(self, staff_id: int, day: date, metric: Metric, text: str) -> int | None:
        try:
            value = self.shop.data.parse_cell(metric, text)
        except UserError as e:  # said as a refused pasted cell is: whose day it was
            raise UserError(self.words.one(staff_id, day, e.message)) from None
        try:
            old = write_asking(self, lambda confirm: self.shop.data.set_value(day, staff_id, metric, value,
                                                                             confirm_approved=confirm))
        except Declined:
            return self.shop.data.month_grid(metric, Month.of(day)).get((staff_id, day))  # the cell as it was
        except UserError as e:  # a refusal of this person's day (past 100%, off the team): said as a paste says it
            if not e.message.startswith(f"{self.words.plain_name(staff_id)} {shown_date(day)}"):
                raise
            raise UserError(self.words.one(staff_id, day, e.message)) from None
        # the cell's own month: an editor left open is committed while the picker already shows the next one
        self.history.remember(metric, self.tr("输入 1 格"), [(staff_id, day, old, value)],
                              place=(Month.of(day), metric.key))
        self.summary.clear()  # what it said was about an earlier action
        source = self.model.imported.get((staff_id, day))
        if source is not None and old != value:  # an imported value is now the owner's own
            self.summary.setText(self.tr("{month}月{day}日：手动录入的数值替换了导入的 {old}（{source}）").format(
                month=day.month, day=day.day, old=metric.format(old, empty=self.tr("空")), source=source))
        if typed_small_rate(metric, text):  # told as a paste of such rates is
            self.summary.setText(self.words.one(staff_id, day, self.tr(
                "注意：输入的比率在 0–1 之间，已照原样保存（{typed} 即 {stored}）；"
                "如果原意是小数形式（0.97 表示 97%），请带上 % 号或乘以 100 后重新输入").format(
                typed=text.strip(), stored=metric.format(value))))
        return value

    def undo(self) -> int:
        """Put back what the last typing, paste or clearing replaced — where no one has changed it since. The
        grid first shows the month and metric the step was made in, and selects the cells it puts back."""
        self.table.commit_open_editor()  # a value being typed is a step of its own, the newest
        return self._put_back(self.history.undo, redo=False)

    def redo(self) -> int:
        """Write again what the last 撤销 put back — where no one has changed it since —, shown as 撤销 shows it."""
        self.table.commit_open_editor()  # a value being typed is a write of its own: nothing undone is left to redo
        return self._put_back(self.history.redo, redo=True)

    def _put_back(self, walk, *, redo: bool) -> int:
        """One step of 撤销 or 重做 (`walk`: the history's undo or redo), shown in the month it was made in."""
        done = walk(self, lambda step, confirm: self.shop.data.restore(
            step.scope, step.cells, confirm_approved=confirm, redo=redo), self._go_to)
        if done is None:
            return 0
        if done.step is not None:
            self._update_values()
            self._select(done.step)
        self.summary.setText(done.message)
        return done.back

    def _shows(self, place: tuple[Month, str]) -> bool:
        month, key = place
        return self.model.month == month and self.model.metric is not None and self.model.metric.key == key

    def _go_to(self, step: UndoStep) -> str | None:
        """Show the month and metric a step was made in; their name when the grid showed something else."""
        if self._shows(step.where):
            return None
        month, key = step.where
        with QSignalBlocker(self.picker), QSignalBlocker(self.metric_combo):
            self.picker.setMonth(month)
            index = self.metric_combo.findData(key)
            if index >= 0:  # (a custom metric deleted since: its month is still shown)
                self.metric_combo.setCurrentIndex(index)
        self.reload()
        return self.tr("{year}年{month}月 {metric}").format(year=month.year, month=month.month,
                                                           metric=step.scope.shown_name)

    def _select(self, step: UndoStep) -> None:
        """Select the cells of a step, where the grid shows them."""
        if not self._shows(step.where):
            return
        rows = {person.id: row for row, person in enumerate(self.model.people)}
        columns = {day: column for column, day in enumerate(self.model.days)}
        self.table.select_cells([self.model.index(rows[sid], columns[day]) for sid, day, _old, _new in step.cells
                                 if sid in rows and day in columns])

    def copy_selection(self) -> str:
        box = self.table.selected_rectangle()
        if box is None:
            return ""
        top, left, bottom, right = box
        selected = {(i.row(), i.column()) for i in self.table.selectedIndexes()} or {(top, left)}
        percent = self.model.metric is not None and self.model.metric.unit == "percent"

        def copied(r: int, c: int) -> str:  # a rate keeps its % sign: pasted back, or into Excel, it reads the same
            text = self.model.edit_text(r, c) if (r, c) in selected else ""
            return f"{text}%" if percent and text else text

        rows = [[copied(r, c) for c in range(left, right + 1)] for r in range(top, bottom + 1)]
        text = block_text(rows)
        QApplication.clipboard().setText(text)
        return text

    def _write(self, metric: Metric, cells: list[CellInput], label: str) -> PasteResult | None:
        """Write the cells in one go and remember what they replaced, for 撤销."""
        try:
            result = write_asking(self, lambda confirm: self.shop.data.paste(metric, cells, confirm_approved=confirm)) \
                if cells else PasteResult()
        except Declined:
            return None
        except HonghuaError as e:  # a locked shop: the message offers to unlock
            errors.show_error(self, e.message)
            return None
        self.history.remember(metric, label, result.changes, place=(self.model.month, metric.key))
        return result

    def clear_selection(self) -> PasteResult | None:
        metric = self.model.metric
        if metric is None:
            return None
        cells = []
        for index in self.table.selectedIndexes() or [self.table.currentIndex()]:
            # any day cell with a value, greyed ones too: a value an import put on a future or off-duty day can go
            if index.isValid() and self.model.day_at(index.column()) is not None:
                person, day = self.model.staff_at(index.row()), self.model.days[index.column()]
                if (person.id, day) in self.model.values:
                    cells.append(CellInput(person.id, day, ""))
        if not cells:
            return None
        result = self._write(metric, cells, self.tr("清空"))
        if result is None:
            return None
        self._after_write(result, [(c.staff_id, c.day, reason) for c, reason in result.refused], 0)
        return result

    def _after_write(self, result: PasteResult, refusals: list[Refusal], cut: int, notes: list[str] | None = None,
                     unplaced: list[str] | None = None, written: UndoStep | None = None) -> None:
        """Say what a write did; the cells of `written` (a paste's step of 撤销) are selected and Ctrl+Z said."""
        self._update_values()
        self.model.mark_refused({(sid, day): reason for sid, day, reason in refusals})
        parts = [i18n.fill(self.tr("保存 {n} 格"), n=result.stored)]
        if result.cleared:
            parts.append(i18n.fill(self.tr("清空 {n} 格"), n=result.cleared))
        parts.append(i18n.fill(self.tr("拒绝 {n} 格"), n=len(refusals)))
        summary = self.tr("，").join(parts)
        if result.small_rates:
            summary += self.tr("。注意：粘贴的比率都在 0–1 之间，已照原样保存（0.97 即 0.97%）；"
                               "如果原表是小数形式（0.97 表示 97%），请带上 % 号或乘以 100 后重新粘贴")
        if cut:
            summary += i18n.fill(self.tr("；超出表格或落在合计列的 {n} 格已忽略"), n=cut)
        for note in notes or []:
            summary += self.tr("；") + note
        if written is not None:
            self._select(written)
            summary += self.tr("；已选中改动的格子，Ctrl+Z 撤销") if self.table.selectedIndexes() else ""
        self.summary.setText(summary)
        unplaced = unplaced or []
        if refusals or cut or unplaced:
            details = [(line, 1) for line in unplaced] + self.words.lines(refusals)
            errors.show_lines(self, summary, listed(details), self.tr("粘贴结果"))

    def _say_why_read_only(self, index: QModelIndex) -> None:
        """A key typed on a grey cell or a total: whose cell it is and why it takes nothing (its tooltip), under
        the grid."""
        reason = self.model.data(index, Qt.ItemDataRole.ToolTipRole)
        if not reason:
            return
        person, day = self.model.staff_at(index.row()), self.model.day_at(index.column())
        if day is not None:  # the tooltip names the person, for itself: the line names them once, first
            self.summary.setText(self.words.one(person.id, day, reason.removeprefix(f"{person.name} ")))
            return
        column = self.model.headerData(index.column(), Qt.Orientation.Horizontal)  # 合计, 平均 …
        self.summary.setText(self.tr("{name} {column}：{reason}").format(name=self.words.row_name(person.id), column=column,
                                                                        reason=reason))

    # ---- events
    def reload_events(self, corrected: Event | None = None, *, added: bool = False) -> None:
        """The month's events; one just `corrected` (or `added`) is selected, or said where it went."""
        month = self.month()
        events = self.shop.events.between(month.start, month.end)
        self.event_model.set_content(events, self.shop.staff.list(), self.shop.events.types())
        self.event_table.resizeColumnsToContents()
        self.tabs.setTabText(1, self.tr("事件（{n}）").format(n=len(events)))
        self.event_status.clear()
        row = next((i for i, event in enumerate(events) if corrected and event.id == corrected.id), None)
        if row is not None:
            self.event_table.selectRow(row)
        elif corrected is not None:
            said = (self.tr("{name}的「{type}」记在 {day}，不在 {month}的列表里：选择 {moved} 可以看到它。") if added
                    else self.tr("{name}的「{type}」改到了 {day}，不在 {month}的列表里：选择 {moved} 可以看到它。"))
            self.event_status.setText(said.format(
                name=self.event_model.names.get(corrected.staff_id, ""), type=corrected.type,
                day=shown_date(corrected.day), month=month.shown_label(), moved=Month.of(corrected.day).shown_label()))

    def add_event(self) -> None:
        current = self.table.currentIndex()
        staff_id = day = None
        if current.isValid() and self.model.day_at(current.column()) is not None:
            staff_id = self.model.staff_at(current.row()).id
            day = self.model.day_at(current.column())
            day = day if day and day <= self.shop.today else None
        saved = EventDialog.ask(self.shop, self.month(), self, staff_id=staff_id, day=day)
        if saved is not None:  # selected in the list, or, dated in another month, said where it went
            self.reload_events(corrected=saved, added=True)

    def edit_event(self, index: QModelIndex) -> None:
        """Correct the event of a row (double-click, Enter, 修改…) in the dialog that records one."""
        rows = {i.row() for i in self.event_table.selectionModel().selectedRows()}
        row = index.row() if index.isValid() else min(rows, default=-1)
        if row < 0:
            errors.show_info(self, self.tr("请先选中要修改的事件"))
            return
        saved = EventDialog.ask(self.shop, self.month(), self, event=self.event_model.event_at(row))
        if saved is not None:
            self.reload_events(corrected=saved)

    def delete_events(self) -> None:
        rows = sorted({i.row() for i in self.event_table.selectionModel().selectedRows()})
        if not rows:
            errors.show_info(self, self.tr("请先选中要删除的事件"))
            return
        events = [self.event_model.event_at(r) for r in rows]
        question = i18n.fill(self.tr("删除选中的 {n} 条事件？删除后不能恢复。"), n=len(events))
        if not errors.confirm(self, question, self.tr("删除事件"), yes_text=self.tr("删除")):
            return
        try:
            write_asking(self, lambda confirm: self.shop.events.delete_many([event.id for event in events],
                                                                            confirm_approved=confirm))
        except Declined:
            return
        except UserError as e:
            self.show_error(e.message)
        self.reload_events()

    def search_field(self) -> RowFinder:
        """Ctrl+F: 找人 in the grid, shown first when the events were."""
        self.tabs.setCurrentIndex(0)
        return self.finder

    def _finding_column(self) -> int:
        """The column a person found is shown in: the day being typed, else today's (or the month's first)."""
        column = self.table.currentIndex().column()
        if column >= 0:
            return column
        return next((c for c, day in enumerate(self.model.days) if day == self.shop.today), 0)

    # ---- report files dropped on the page open the import wizard
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        drop.accept_drag(event)

    def dropEvent(self, event: QDropEvent) -> None:
        paths = drop.take_drop(event)
        if paths:
            self.imports.open_import(paths)

    def show_error(self, message: str) -> None:
        errors.show_error(self, message, self.tr("无法保存"))

    # ---- a value being typed when the window closes
    def pending_changes(self) -> list[str]:
        return [self.tr("正在输入的单元格")] if self.table.editing() else []

    def save_pending(self) -> bool:
        return self.table.commit_open_editor_accepted(self.model.refused)
