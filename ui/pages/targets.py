"""目标 page: one month's targets, people × metrics, edited in place; the shop-level target; bulk actions;
撤销 (Ctrl+Z) of the last typing, paste, clearing or bulk action."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QModelIndex, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import i18n
from app import settings as declared
from app.errors import FinerThanKept, HonghuaError, UserError
from app.metrics import Metric
from app.periods import Month
from app.services.targets import TargetCell
from app.shop import Shop
from ui import errors
from ui.approved_change import Declined, write_asking
from ui.dialogs import bulk_target_dialog as bulk
from ui.models.month_grid_model import parse_block
from ui.models.target_model import TargetModel
from ui.pages.data_refusals import listed
from ui.pasted_block import Labelled, RowsNamed, place_lines, read_as, strip_labels
from ui.person_choice import told_apart
from ui.widgets.approved_note import ApprovedNote
from ui.widgets.grid_table import GridTable
from ui.widgets.grid_undo import UndoHistory, UndoStep
from ui.widgets.hint_text import dim_text
from ui.widgets.no_staff_notice import NoStaffNotice
from ui.widgets.period_picker import PeriodPicker
from ui.widgets.row_finder import RowFinder
from ui.widgets.status_line import StatusLine
from ui.widgets.table_keys import block_text


class TargetsPage(QWidget):
    title = "目标"
    keeps_month_while_shown = True  # past midnight into a new month: the next keys go where they went
    navigate = Signal(str)  # asks the main window to open another page (the 员工 page while there is nobody)

    def __init__(self, shop: Shop, parent: QWidget | None = None):
        super().__init__(parent)
        self.shop = shop
        self.shown_keys: list[str] = ["sales"]

        self.picker = PeriodPicker(shop.current_month())
        self.picker.monthChanged.connect(lambda _m: self.reload(month_changed=True))
        self.metrics_button = QPushButton(self.tr("显示指标"))
        self.metrics_button.setToolTip(self.tr("选择表格中显示哪些指标的目标"))
        self.metrics_menu = QMenu(self)
        self.metrics_button.setMenu(self.metrics_menu)
        self.copy_button = QPushButton(self.tr("复制上月目标"))
        self.copy_button.clicked.connect(self.copy_previous)
        self.raise_button = QPushButton(self.tr("全部上调…"))
        self.raise_button.clicked.connect(self.raise_all)
        self.dept_button = QPushButton(self.tr("按部门统一设置…"))
        self.dept_button.clicked.connect(self.set_department)

        self.model = TargetModel(self)
        self.model.commit = self._commit
        self.model.refused.connect(lambda message: self.show_error(message))
        self.table = GridTable()
        self.table.setAccessibleName(self.tr("每人目标"))
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setMinimumSectionSize(120)
        self.table.clearRequested.connect(self.clear_selection)
        self.table.pasteRequested.connect(self.paste_clipboard)
        self.table.copyRequested.connect(self.copy_selection)
        self.table.offer_undo()
        self.table.undoRequested.connect(lambda: self.undo())
        self.table.redoRequested.connect(lambda: self.redo())
        self.table.readOnlyTyped.connect(self._say_why_read_only)
        self.finder = RowFinder(self.table, lambda: self.model.people, self._finding_column)
        self.finder.setFixedWidth(self.finder.fontMetrics().horizontalAdvance(self.finder.placeholderText()) + 48)
        self.finder.notFound.connect(lambda typed: self.status.setText(self.tr("表格里没有「{typed}」").format(
            typed=typed)))
        self.finder.found.connect(lambda: self.status.clear())
        top = QHBoxLayout()
        top.addWidget(self.picker)
        top.addSpacing(16)
        top.addWidget(self.metrics_button)
        top.addStretch(1)
        for button in (self.copy_button, self.raise_button, self.dept_button):
            top.addWidget(button)
        self.history = UndoHistory()  # steps of (staff_id or None for 全店目标, metric key, before, written), by month
        self.status = StatusLine()
        self.hint = hint = QLabel(self.tr("直接在表格中输入目标：12500、12,500.50、¥12,500、1.25万 都可以；清空单元格即删除目标。"
                              "Ctrl+Z 撤销上一次输入、粘贴、清空或批量设置，Ctrl+Y 重做。"
                              "「全店目标」设置后作为团队目标，留空时团队目标为个人目标之和。"))
        hint.setWordWrap(True)
        dim_text(hint)
        self.no_staff = NoStaffNotice(self.tr("还没有员工：先到「员工」页添加客服，这里才会有每个人的目标格子。"))
        self.no_staff.addStaff.connect(lambda: self.navigate.emit("staff"))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.no_staff)
        above_grid = QHBoxLayout()  # 找人 beside the hint, which wraps: the top row keeps its buttons whole
        above_grid.addWidget(hint, 1)  # how to type a target, read before typing
        above_grid.addSpacing(12)
        above_grid.addWidget(self.finder, 0, Qt.AlignmentFlag.AlignBottom)
        layout.addLayout(above_grid)
        self.approved_note = ApprovedNote()  # the month counts in approved awards: said before typing
        layout.addWidget(self.approved_note)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        self.refresh()

    # ---- loading
    def month(self) -> Month:
        return self.picker.month()

    def refresh(self) -> None:
        self.reload(month_changed=True)

    def reload(self, *, month_changed: bool = False) -> None:
        self.table.commit_open_editor()  # a target being typed belongs to the month it was typed in
        self.shown_month = month = self.month()  # what the grid shows (the picker may already show the next)
        staff_targets = self.shop.targets.for_month(month)
        shop_targets = self.shop.targets.shop_for_month(month)
        stored = [m.key for m in self.shop.metrics.stored]
        if month_changed:  # metrics that already have targets this month are always shown
            used = {m for (_sid, m) in staff_targets} | set(shop_targets)
            self.shown_keys = [k for k in stored if k in self.shown_keys or k in used]
        self.shown_keys = [k for k in stored if k in self.shown_keys] or stored[:1]
        self._build_metrics_menu()
        people = self.shop.staff.active_during(month.start, month.end)
        prorate = bool(self.shop.settings.get(declared.PRORATE_TARGETS))
        self.model.set_content(people, self.shown_metrics(), staff_targets, shop_targets, month, prorate)
        self.no_staff.setVisible(not self.shop.staff.list())
        # the periods whose plans read the targets of a metric shown (a toggled column changes them)
        self.approved_note.show_periods(self.shop.data.approved_reading(month, self.shown_keys), self.shop.today)

    def shown_metrics(self) -> list[Metric]:
        return [m for m in self.shop.metrics.stored if m.key in self.shown_keys]

    def set_metric_shown(self, key: str, shown: bool) -> None:
        if shown and key not in self.shown_keys:
            self.shown_keys.append(key)
        elif not shown and key in self.shown_keys and len(self.shown_keys) > 1:
            self.shown_keys.remove(key)
        self.reload()

    def _build_metrics_menu(self) -> None:
        """One checkable entry per stored metric; rebuilt only when the metrics themselves changed."""
        actions = self.metrics_menu.actions()
        if [a.data() for a in actions] != [m.key for m in self.shop.metrics.stored]:
            self.metrics_menu.clear()
            for metric in self.shop.metrics.stored:
                label = metric.shown_name if metric.builtin else self.tr("{name}（自定义）").format(name=metric.name)
                action = QAction(label, self.metrics_menu)
                action.setCheckable(True)
                action.setData(metric.key)
                action.toggled.connect(lambda on, key=metric.key: self.set_metric_shown(key, on))
                self.metrics_menu.addAction(action)
            actions = self.metrics_menu.actions()
        for action in actions:
            action.blockSignals(True)
            action.setChecked(action.data() in self.shown_keys)
            action.blockSignals(False)

    # ---- editing
    def _commit(self, staff_id: int | None, metric: Metric, text: str) -> int | None:
        try:
            value = self.shop.data.parse_cell(metric, text)
            self.shop.targets.check(metric, value)  # 0, or a rate past 100%: refused before writing, named too
        except UserError as e:  # said as a refused pasted cell is: whose target it was
            row = next((i for i, p in enumerate(self.model.people) if p.id == staff_id), self.model.shop_row)
            raise UserError(self.tr("{name}：{reason}").format(
                name=self.model.headerData(row, Qt.Orientation.Vertical), reason=e.message)) from None
        changes: list[TargetCell] = []
        month = self.shown_month

        def write(confirm: bool) -> None:
            if staff_id is None:
                self.shop.targets.set_shop(month, metric, value, changes=changes, confirm_approved=confirm)
            else:
                self.shop.targets.set_staff(month, staff_id, metric, value, changes=changes, confirm_approved=confirm)

        try:
            write_asking(self, write)
        except Declined:  # the target as it was
            stored = self.shop.targets.shop_for_month(month) if staff_id is None else \
                {m: v for (sid, m), v in self.shop.targets.for_month(month).items() if sid == staff_id}
            return stored.get(metric.key)
        self.history.remember(self.shown_month, self.tr("输入 1 格"), changes)
        self.status.clear()  # what it said was about an earlier action
        return value

    def remember_target_set(self, month: Month, changes: list[TargetCell]) -> None:
        """A target set on another page (the board's 未设目标), as a step of this page's 撤销."""
        self.history.remember(month, self.tr("看板上设置目标"), changes)

    def undo(self) -> int:
        """Put back what the last typing, paste, clearing or bulk action replaced — where no one has changed it
        since — in the month it was made in. The grid first shows that month (and the metrics the step changed),
        and selects the cells it puts back."""
        self.table.commit_open_editor()  # a target being typed is a step of its own, the newest
        return self._put_back(self.history.undo, redo=False)

    def redo(self) -> int:
        """Write again what the last 撤销 put back — where no one has changed it since —, shown as 撤销 shows it."""
        self.table.commit_open_editor()  # a target being typed is a write of its own: nothing undone is left to redo
        return self._put_back(self.history.redo, redo=True)

    def _put_back(self, walk, *, redo: bool) -> int:
        """One step of 撤销 or 重做 (`walk`: the history's undo or redo), shown in the month it was made in."""
        done = walk(self, lambda step, confirm: self.shop.targets.restore(
            step.scope, step.cells, confirm_approved=confirm, redo=redo), self._go_to)
        if done is None:
            return 0
        if done.step is not None:
            self.reload()
            self._select(done.step)
        self.status.setText(done.message)
        return done.back

    def _go_to(self, step: UndoStep) -> str | None:
        """Show the month a step was made in, with a column for each metric it changed; the month's name when
        the grid showed another."""
        month = step.scope
        hidden = [key for key in dict.fromkeys(metric for _sid, metric, _old, _new in step.cells)
                  if key not in self.shown_keys]
        moved = month != self.shown_month
        if moved:
            with QSignalBlocker(self.picker):
                self.picker.setMonth(month)
        if moved or hidden:
            self.shown_keys += hidden
            self.reload(month_changed=moved)
        return self.tr("{year}年{month}月").format(year=month.year, month=month.month) if moved else None

    def _select(self, step: UndoStep) -> None:
        """Select the cells of a step, where the grid shows them."""
        if step.scope != self.shown_month:
            return
        rows = {person.id: row for row, person in enumerate(self.model.people)}
        columns = {metric.key: self.model.column_of(metric.key) for metric in self.model.metrics}
        self.table.select_cells([
            self.model.index(self.model.shop_row if sid is None else rows[sid], columns[key])
            for sid, key, _old, _new in step.cells if (sid is None or sid in rows) and key in columns])

    def _editable(self, index: QModelIndex) -> bool:
        return bool(self.model.flags(index) & Qt.ItemFlag.ItemIsEditable)

    def clear_selection(self) -> None:
        """Delete: clear the selected targets in one transaction."""
        cells = [(i.row(), i.column(), "") for i in self.table.selectedIndexes()
                 if self._editable(i) and self.model.data(i, Qt.ItemDataRole.EditRole)]
        if cells:
            self._save_cells(cells, self.tr("清空"), deleting=True)

    def copy_selection(self) -> str:
        box = self.table.selected_rectangle()
        if box is None:
            return ""
        top, left, bottom, right = box
        rows = [[str(self.model.data(self.model.index(r, c), Qt.ItemDataRole.EditRole) or "")
                 for c in range(left, right + 1)] for r in range(top, bottom + 1)]
        text = block_text(rows)
        QApplication.clipboard().setText(text)
        return text

    def paste_clipboard(self) -> None:
        self.paste_text(QApplication.clipboard().text())

    def paste_text(self, text: str) -> int:
        """Paste a block from Excel starting at the current cell: the valid cells are saved in one transaction,
        the others refused with their reason."""
        anchor = self.table.anchor()
        if not parse_block(text) or not anchor.isValid():
            return 0
        named = RowsNamed([person.name for person in self.model.people])
        labelled = strip_labels(parse_block(text), self._is_value, named.knows, self._is_metric_title)
        block = labelled.rows
        if len(block) == 1 and len(block[0]) == 1 and len(self.table.selectedIndexes()) > 1 and not labelled.names:
            targets = [(i.row(), i.column(), block[0][0]) for i in self.table.selectedIndexes()]
            unplaced: list[str] = []
        else:
            lines, unplaced = place_lines(labelled, anchor.row(), named)
            columns, notes = self._titled_columns(labelled)
            targets = [(row, columns[c] if columns else anchor.column() + c, cell)
                       for row, line in lines for c, cell in enumerate(line) if not columns or columns[c] is not None]
            if anchor.row() < len(self.model.people):  # a block of people's targets stops at the last person:
                targets = [cell for cell in targets if cell[0] < len(self.model.people)] + [  # never the shop's
                    (-1, -1, cell[2]) for cell in targets if cell[0] >= len(self.model.people)]
            return self._save_cells(targets, self.tr("粘贴"), read_as(labelled) + notes, unplaced, pasted=True)
        return self._save_cells(targets, self.tr("粘贴"), read_as(labelled), unplaced, pasted=True)

    def _titled_columns(self, labelled: Labelled) -> tuple[list[int | None], list[str]]:
        """The grid column of each value column when every title names a metric (销售额, 订单数目标), in the
        sheet's own order — None for a metric the grid does not show, its column left out and said —, and what
        to say; ([], []) otherwise: the block goes where the cursor is. 订单数 before 销售额 made 300 orders a
        sales target of ¥300."""
        titled = [self._metric_titled(title) for title in labelled.titles]
        if not titled or None in titled or len({m.key for m in titled if m}) < len(titled) or any(
                len(line) > len(titled) for line in labelled.rows):
            return [], []
        shown = {m.key for m in self.model.metrics}
        columns = [self.model.column_of(m.key) if m and m.key in shown else None for m in titled]
        notes = [self.tr("「{title}」列：表格没有显示{metric}，没有粘贴（可在「显示指标」里勾选）").format(
            title=title.strip(), metric=m.shown_name) for title, m in zip(labelled.titles, titled, strict=True)
            if m and m.key not in shown]
        moved = columns != list(range(self.table.anchor().column(), self.table.anchor().column() + len(columns)))
        return columns, notes + ([self.tr("按标题行的指标填到各列")] if moved and not notes else [])

    def _metric_titled(self, text: str) -> Metric | None:
        """The metric a column title names (销售额, 销售额目标, Sales), if any."""
        title = text.strip().removesuffix("目标").strip()
        return next((m for m in self.shop.metrics.stored if title and title in (m.name, m.shown_name, m.key)), None)

    def _is_metric_title(self, text: str) -> bool:
        """A column title of the owner's sheet naming a metric the grid can show (销售额, 销售额目标), hidden or
        not, or only 目标."""
        names = {name for m in self.shop.metrics.stored for name in (m.name, m.shown_name, m.key)}
        return text == "目标" or text.removesuffix("目标") in names

    def _is_value(self, text: str) -> bool:
        """Whether a pasted cell reads as a target of a metric shown (a title or a name does not)."""
        for metric in self.model.metrics:
            try:
                self.shop.data.parse_cell(metric, text)
            except FinerThanKept:  # a number all the same, refused where it lands
                return True
            except UserError:
                continue
            return True
        return False

    def _save_cells(self, cells: list[tuple[int, int, str]], label: str, notes: list[str] | None = None,
                    unplaced: list[str] | None = None, pasted: bool = False, deleting: bool = False) -> int:
        entries, rows = [], []
        ignored = 0
        for row, column, text in cells:
            index = self.model.index(row, column)
            metric = self.model.metric_at(column)
            if not index.isValid() or metric is None or not self._editable(index):
                ignored += bool(str(text).strip())  # beyond the grid, or a read-only cell: said below
                continue
            staff_id = self.model.people[row].id if row < len(self.model.people) else None
            entries.append((staff_id, metric, text))
            rows.append(row)
        changes: list[TargetCell] = []
        try:
            saved, refused_at = write_asking(self, lambda confirm: self.shop.targets.set_many(
                self.shown_month, entries, changes=changes, confirm_approved=confirm))
        except Declined:
            return 0
        except HonghuaError as e:
            self.show_error(e.message)
            return 0
        before = self.history.newest()
        self.history.remember(self.shown_month, label, changes)
        refused = (unplaced or []) + [self.tr("{name}：{reason}").format(
            name=self.model.headerData(rows[i], Qt.Orientation.Vertical), reason=reason) for i, reason in refused_at]
        self.reload()
        step = self.history.newest()
        written = pasted and step is not None and step is not before
        if written:
            self._select(step)  # what the paste changed is seen, as after a bulk action
        if deleting and not refused:  # Delete says what it did, not 「保存 200 项」
            self.status.setText(i18n.fill(self.tr("已删除 {n} 项目标"), n=saved) + self._whom(changes)
                                + self.tr("；Ctrl+Z 撤销"))
            return saved
        status = i18n.fill(self.tr("保存 {n} 项，拒绝 {m} 项"), n=saved, m=len(refused))
        if ignored:
            status += i18n.fill(self.tr("；超出表格或落在只读格（合计、部门）的 {n} 格已忽略"), n=ignored)
        if pasted and (cleared := sum(1 for _s, _m, before, after in changes if before is not None and after is None)):
            # an empty cell of a pasted block deletes the target it lands on: said, not done out of sight
            status += i18n.fill(self.tr("；其中 {n} 格是空的，删除了原有目标"), n=cleared)
        for note in notes or []:
            status += self.tr("；") + note
        if written:
            status += self._undo_hint()
        self.status.setText(status)
        if refused:  # a list that scrolls: thirty refused people stay within a laptop's screen
            errors.show_lines(self, status, listed([(line, 1) for line in refused]), self.tr("粘贴结果") if pasted
                              else self.tr("无法保存"))
        return saved

    # ---- bulk actions
    def copy_previous(self) -> int | None:
        month = self.month()
        existing = len(self.shop.targets.for_month(month)) + len(self.shop.targets.shop_for_month(month))
        source = month.previous()
        has_source = bool(self.shop.targets.for_month(source) or self.shop.targets.shop_for_month(source))
        overwrite = False
        if existing and has_source:  # without a source the service explains why nothing can be copied
            answer = bulk.ask_overwrite(self, month, existing)
            if answer is None:
                return None
            overwrite = answer
        changes: list[TargetCell] = []
        try:
            written = write_asking(self, lambda confirm: self.shop.targets.copy_previous(
                month, overwrite=overwrite, changes=changes, confirm_approved=confirm))
        except Declined:
            return None
        except UserError as e:
            self.show_error(e.message)
            return None
        self._show_step(month, self.tr("复制上月目标"), changes, month_changed=True)
        status = i18n.fill(self.tr("已从 {src} 复制 {n} 项目标"), src=source.shown_label(), n=written)
        status += self._whom(changes)
        copied = {key for _sid, key in self.shop.targets.for_month(source)}
        now = self.shop.targets.for_month(month)
        without = [self.model.headerData(row, Qt.Orientation.Vertical) for row, person in enumerate(self.model.people)
                   if copied and not any((person.id, key) in now for key in copied)]  # joined since, say: easily overlooked
        if without:
            status += self.tr("；{names} 上月没有目标，请单独设置").format(names=self.tr("、").join(without))
        if part := self._part_month_in(source, changes):  # a target typed for part of a month, now a whole one
            status += self.tr("；{names} 上月只在职部分天数，复制来的目标请核对").format(names=self.tr("、").join(part))
        if gone := self._left_since(source):  # rightly not copied; the shop target, set with them, still is
            names = self.tr("、").join(gone)
            shop_copied = any(sid is None and new is not None for sid, _key, _old, new in changes)
            status += (self.tr("；{names} 已离职，上月的目标没有复制，全店目标仍是上月的，请核对") if shop_copied
                       else self.tr("；{names} 已离职，上月的目标没有复制")).format(names=names)
        self.status.setText(status + self._undo_hint())
        return written

    def _left_since(self, source: Month) -> list[str]:
        """The people with a target last month who are off the team this month (left): not copied. Named with
        their number where the grid shows a namesake (张伟（#3）), who was copied: 「张伟 已离职」 said him."""
        shown = {person.id: person for person in self.model.people}
        gone = [person for sid in dict.fromkeys(sid for sid, _key in self.shop.targets.for_month(source))
                if sid not in shown and (person := self.shop.staff.get(sid)) is not None]
        names = told_apart([*shown.values(), *gone])
        return [names[person.id] for person in gone]

    def _part_month_in(self, source: Month, changes: list[TargetCell]) -> list[str]:
        """The people given a copied target who were employed only part of `source`, where targets are held as
        typed (not scaled by the days): last month's was most likely typed smaller for the days."""
        if self.shop.settings.get(declared.PRORATE_TARGETS):
            return []
        scaled = {m.key for m in self.shop.metrics.stored if m.target_prorates}  # not a rate's: the same for fewer days
        given = {sid for sid, key, _old, new in changes if sid is not None and new is not None and key in scaled}
        return [self.model.headerData(row, Qt.Orientation.Vertical) for row, person in enumerate(self.model.people)
                if person.id in given and 0 < person.days_employed(source.start, source.end) < source.days]

    def _show_step(self, month: Month, label: str, changes: list[TargetCell], *, month_changed: bool = False) -> None:
        """Keep a bulk write as one step of 撤销, show the month again and select the cells it changed."""
        before = self.history.steps[-1] if self.history.steps else None
        self.history.remember(month, label, changes)
        self.shown_keys += [key for key in dict.fromkeys(key for _s, key, old, new in changes if old != new)
                            if key not in self.shown_keys]  # a hidden metric's column shown: what changed is seen
        self.reload(month_changed=month_changed)
        step = self.history.steps[-1] if self.history.steps else None
        if step is not None and step is not before:
            self._select(step)

    def _whom(self, changes: list[TargetCell]) -> str:
        """Whose targets a bulk write wrote: （9 人和全店目标）, （3 人）, （全店目标）; counted as the targets said
        before it are, also those written again as they were (覆盖 with last month's same value)."""
        people = len({sid for sid, _key, _old, _new in changes if sid is not None})
        shop = any(sid is None for sid, _key, _old, _new in changes)
        if people and shop:
            return i18n.fill(self.tr("（{n} 人和全店目标）"), n=people)
        if people:
            return i18n.fill(self.tr("（{n} 人）"), n=people)
        return self.tr("（全店目标）") if shop else ""

    def _undo_hint(self) -> str:
        return self.tr("；已选中改动的格子，Ctrl+Z 撤销") if self.table.selectedIndexes() else ""

    def raise_all(self) -> int | None:
        month = self.month()
        changes: list[TargetCell] = []
        rounded: list[TargetCell] = []
        rounding: list[str] = []  # 取整到十元 …, when the raised money targets were rounded so
        percent: list[Decimal] = []
        count = bulk.RaiseDialog.ask(self.shop, month, self, metric_key=self._current_metric_key(), changes=changes,
                                     rounded=rounded, rounding=rounding, percent=percent)
        if count is not None:
            lowered = bool(percent) and percent[0] < 0
            self._show_step(month, self._raise_step(changes, percent, rounding), changes)
            if not any(old != new for _sid, _key, old, new in changes):  # 0 %, or rounded back to what they were
                self.status.setText(self.tr("目标都没有变化：下调后（取整后）仍是原来的数") if lowered
                                    else self.tr("目标都没有变化：上调后（取整后）仍是原来的数"))
                return count
            status = (self._raised(count, changes, percent[0]) if percent and changes
                      else i18n.fill(self.tr("已调整 {n} 项目标"), n=count)) + self._whom(changes)
            if rounding:
                status += self.tr("，") + rounding[0]
            elif rounded:  # 订单数 10 raised 5% is 10.5, kept as 11: said, not done out of sight
                status += i18n.fill(self.tr("，其中 {k} 项按比例算出后四舍五入（{kept_to}）"), k=len(rounded),
                                    kept_to=self.shop.metrics.get(rounded[0][1]).kept_to())
            self.status.setText(status + self._undo_hint())
        return count

    def _raised(self, count: int, changes: list[TargetCell], percent: Decimal) -> str:
        """已把 10 项销售额目标上调 8%: what, which way and by how much (the dialog is gone once it is said)."""
        said = self.tr("已把 {n} 项{metric}目标上调 {pct}%") if percent > 0 else self.tr("已把 {n} 项{metric}目标下调 {pct}%")
        return i18n.fill(said, n=count, metric=self._metric_in_sentence(changes), pct=abs(percent))

    def _raise_step(self, changes: list[TargetCell], percent: list[Decimal], rounding: list[str]) -> str:
        """The raise as 撤销 names it, in the status's words: 销售额目标下调 5%（取整到十元）, not 全部上调 for a
        lowering."""
        if percent and changes:
            said = self.tr("{metric}目标上调 {pct}%") if percent[0] > 0 else self.tr("{metric}目标下调 {pct}%")
            step = said.format(metric=self._metric_in_sentence(changes), pct=abs(percent[0]))
        else:
            step = self.tr("全部上调")
        return self.tr("{step}（{rounding}）").format(step=step, rounding=rounding[0]) if rounding else step

    def _metric_in_sentence(self, changes: list[TargetCell]) -> str:
        return i18n.within_sentence(self.shop.metrics.get(changes[0][1]).shown_name)

    def _department_of(self, changes: list[TargetCell]) -> tuple[str, str]:
        """The department a 按部门统一设置 wrote, and its metric's name within a sentence."""
        people = {sid for sid, _key, _old, _new in changes if sid is not None}
        depts = {person.dept for sid in people if (person := self.shop.staff.get(sid)) is not None}
        return self.tr("、").join(sorted(d for d in depts if d)), self._metric_in_sentence(changes)

    def set_department(self) -> int | None:
        month = self.month()
        changes: list[TargetCell] = []
        count = bulk.DepartmentTargetDialog.ask(self.shop, month, self, metric_key=self._current_metric_key(),
                                                changes=changes)
        if count is not None:
            self._show_step(month, self.tr("按部门统一设置"), changes, month_changed=True)
            cleared = sum(old is not None for _sid, _key, old, _new in changes)
            if changes and all(new is None for _sid, _key, _old, new in changes) and not cleared:
                status = self.tr("没有要清除的目标：这个部门的人本月都没有这项目标")
            elif changes and all(new is None for _sid, _key, _old, new in changes):  # an empty value clears them
                dept, metric = self._department_of(changes)
                status = i18n.fill(self.tr("已清除{dept} {n} 人的{metric}目标"), dept=dept, n=cleared, metric=metric)
            elif changes:
                dept, metric = self._department_of(changes)
                value = self.shop.metrics.get(changes[0][1]).format(changes[0][3])
                status = i18n.fill(self.tr("已为{dept} {n} 人设置{metric}目标 {value}"), dept=dept, n=count,
                                   metric=metric, value=value)
            else:
                status = i18n.fill(self.tr("已为 {n} 人设置目标"), n=count)
            if replaced := sum(1 for _sid, _key, old, new in changes if old is not None and new is not None and old != new):
                status += i18n.fill(self.tr("，替换了 {k} 项原有目标"), k=replaced)
            self.status.setText(status + self._undo_hint())
        return count

    def search_field(self) -> RowFinder:
        return self.finder  # Ctrl+F

    def _finding_column(self) -> int:
        """The column a person found is shown in: the metric being typed, else the first metric's."""
        column = self.table.currentIndex().column()
        return column if self.model.metric_at(column) is not None else 1

    def _current_metric_key(self) -> str | None:
        metric = self.model.metric_at(self.table.currentIndex().column())
        return metric.key if metric else None

    def _say_why_read_only(self, index: QModelIndex) -> None:
        """A key typed on a department or on the sum of the targets: where that is changed, under the grid."""
        row = index.row()
        if self.model.metric_at(index.column()) is not None:
            self.status.setText(self.model.data(index, Qt.ItemDataRole.ToolTipRole) or "")
        elif row < len(self.model.people):
            self.status.setText(self.tr("{name}的部门在「员工」页修改").format(
                name=self.model.headerData(row, Qt.Orientation.Vertical)))

    def show_error(self, message: str) -> None:
        errors.show_error(self, message, self.tr("无法保存"))

    # ---- a value being typed when the window closes
    def pending_changes(self) -> list[str]:
        return [self.tr("正在输入的单元格")] if self.table.editing() else []

    def save_pending(self) -> bool:
        return self.table.commit_open_editor_accepted(self.model.refused)
