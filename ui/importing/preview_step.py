"""Step 2 of the import wizard: what the preview found — per file its layout and counts, every error
highlighted, the values that would change — and the 跳过有错误的行 choice."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFrame,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import i18n
from app.errors import UserError
from app.i18n import joined
from app.importing import FilePlan, ImportPlan
from app.importing.note_groups import IMPORTANT, flagged, grouped, is_important
from app.importing.period import span_label
from app.importing.twin_columns import not_read_shown, read_shown
from app.metrics import MetricRegistry
from ui.dialogs.common import is_short, window_room
from ui.models.import_models import ChangeModel, ErrorModel, FileSummaryModel, NewValueModel
from ui.widgets.room_watch import RoomWatch
from ui.widgets.table_keys import table_keys


def _table(model) -> QTableView:  # type: ignore[no-untyped-def]
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)
    table_keys(view)
    view.verticalHeader().hide()
    view.setWordWrap(False)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setMinimumSectionSize(48)
    return view


REASON_COLUMN = 4  # of the error table: 文件, 行, 列, 值, 原因
NOTES_SHOWN = 2  # notes in the summary, the most important first; all of them are in the 说明 tab
FILE_ROWS_SHOWN = 6  # files the table shows without scrolling, when the window has the room
FILE_ROWS_AT_LEAST = 4  # … and at the least, on a 1024×700 screen
FILE_ROWS_ON_A_SHORT_SCREEN = 2  # … and on a short screen (1366×768 at 150 %), the wizard's buttons on it
SUMMARY_LINES = 8  # lines of the summary above the files shown at the most; a longer one scrolls
SUMMARY_LINES_ON_A_SHORT_SCREEN = 4
BLOCKING_LINES, BLOCKING_LINES_ON_A_SHORT_SCREEN = 6, 2  # reasons 导入 waits shown before they scroll
NAMES_SHOWN = 10  # unknown names in the summary (a new shop's first import has them all); all are in the next step


def _lines_area(label: QLabel) -> QScrollArea:
    """A frameless area scrolling `label` up and down once it is taller than the area (see `fit_summary`)."""
    area = QScrollArea()
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(label)
    return area


class PreviewStep(QWidget):
    skip_errors_changed = Signal(bool)

    def __init__(self, metrics: MetricRegistry, parent: QWidget | None = None):
        super().__init__(parent)
        self.metrics = metrics
        self.plan: ImportPlan | None = None
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        # the summary scrolls past a few lines: long notes, or many people not found, would push the files' table
        # and the wizard's buttons off a short screen
        self.summary_area = _lines_area(self.status)
        self.summary_lines = SUMMARY_LINES
        self.blocking = QLabel()
        self.blocking.setWordWrap(True)
        self.blocking.setStyleSheet("color: #a61b1b;")
        # why 导入 waits scrolls past a few lines too: on a short screen its four reasons pushed the buttons off it
        self.blocking_area = _lines_area(self.blocking)
        self.blocking_lines = BLOCKING_LINES

        self.file_model = FileSummaryModel(self)
        self.file_table = _table(self.file_model)
        self.file_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.file_table.horizontalHeader().setStretchLastSection(False)
        self.file_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.file_table.selectionModel().currentRowChanged.connect(self._show_file)
        rows = self.file_table.verticalHeader()
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)  # compact rows: more files in view

        self.layout_text = QPlainTextEdit()
        self.layout_text.setReadOnly(True)
        self.error_model = ErrorModel(self)
        self.error_table = _table(self.error_model)
        self.change_model = ChangeModel(self)
        self.change_table = _table(self.change_model)
        self.new_model = NewValueModel(self)
        self.new_table = _table(self.new_model)
        for table in (self.change_table, self.new_table):  # 新值 beside 原值; the file's name takes the spare width
            table.horizontalHeader().setStretchLastSection(False)
            table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.notes_text = QPlainTextEdit()  # every note of every file, grouped, to scroll through
        self.notes_text.setReadOnly(True)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.layout_text, self.tr("文件结构"))
        self.tabs.addTab(self.error_table, self.tr("错误"))
        self.tabs.addTab(self.change_table, self.tr("将修改的数值"))
        self.file_table.setAccessibleName(self.tr("要导入的文件"))
        self.error_table.setAccessibleName(self.tr("错误"))
        self.change_table.setAccessibleName(self.tr("将修改的数值"))
        self.tabs.addTab(self.new_table, self.tr("新增的数值"))
        self.new_table.setAccessibleName(self.tr("新增的数值"))
        self.tabs.addTab(self.notes_text, self.tr("说明"))
        for index in range(self.tabs.count()):  # a screen reader says a tab's title for what it shows
            self.tabs.widget(index).setAccessibleName(self.tabs.tabText(index))
        # the selected error's whole reason, below the table when its column shows it cut short (only then:
        # a reason the row shows whole would be read twice)
        self.error_detail = QLabel()
        self.error_detail.setWordWrap(True)
        self.error_detail.setTextFormat(Qt.TextFormat.PlainText)
        self.error_detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_detail.setStyleSheet("color: #a61b1b;")
        self.error_table.selectionModel().currentRowChanged.connect(self._show_error)
        self.tabs.currentChanged.connect(self._error_detail_shown)
        self.error_table.horizontalHeader().sectionResized.connect(self._error_detail_shown)
        scroll = self.error_table.horizontalScrollBar()  # its range follows the table's width
        scroll.valueChanged.connect(self._error_detail_shown)
        scroll.rangeChanged.connect(self._error_detail_shown)

        self.split = split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.file_table)
        split.addWidget(self.tabs)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 3)
        split.setChildrenCollapsible(False)

        self.skip_errors = QCheckBox(self.tr("跳过有错误的行（只导入没有错误的行，跳过的行会在结果里列出）"))
        self.skip_errors.toggled.connect(self.skip_errors_changed.emit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)  # the wizard's own margins are enough: on a short screen rows count
        layout.addWidget(self.summary_area)
        layout.addWidget(split, 1)
        layout.addWidget(self.error_detail)
        layout.addWidget(self.skip_errors)
        layout.addWidget(self.blocking_area)
        self.clear(self.tr("正在检查文件…"))
        self.fit_room(window_room(self))
        self.room_watch = RoomWatch(self, self.fit_room)

    def fit_room(self, room: QSize) -> None:
        """Fewer file rows at the least in a short window (the wizard dragged to a laptop at 150 %), so its
        buttons stay on the screen."""
        short = is_short(room)
        self.file_rows_least = FILE_ROWS_ON_A_SHORT_SCREEN if short else FILE_ROWS_AT_LEAST
        self.file_table.setMinimumHeight(self._file_table_height(self.file_rows_least))
        self.summary_lines = SUMMARY_LINES_ON_A_SHORT_SCREEN if short else SUMMARY_LINES
        self.blocking_lines = BLOCKING_LINES_ON_A_SHORT_SCREEN if short else BLOCKING_LINES
        self.fit_summary()

    def fit_summary(self) -> None:
        """The summary as tall as its text, up to `summary_lines` lines, and the reasons 导入 waits up to
        `blocking_lines`: past them they scroll."""
        for area, label, lines in ((self.summary_area, self.status, self.summary_lines),
                                   (self.blocking_area, self.blocking, self.blocking_lines)):
            width = area.viewport().width() if area.isVisible() else self.contentsRect().width()
            most = lines * label.fontMetrics().lineSpacing()
            area.setFixedHeight(min(max(label.heightForWidth(width), 0), most))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit_summary()  # a narrower window wraps the summary into more lines

    # ---- content
    def clear(self, message: str) -> None:
        self.plan = None
        self.status.setText(message)
        self.fit_summary()
        self.set_blocking([])
        for model in (self.file_model, self.error_model):
            model.set_plan(None)
        for values in (self.change_model, self.new_model):
            values.set_plan(None, self.metrics)
        self.layout_text.clear()
        self.notes_text.clear()
        self.error_detail.clear()
        self.skip_errors.setVisible(False)
        self._tab_titles()

    def show_plan(self, plan: ImportPlan) -> None:
        self.plan = plan
        self.file_model.set_plan(plan)
        self.error_model.set_plan(plan)
        for values in (self.change_model, self.new_model):
            values.set_plan(plan, self.metrics)
        for view in (self.error_table, self.change_table, self.new_table):
            view.resizeColumnsToContents()
        header = self.file_table.horizontalHeader()
        for column in range(1, self.file_model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        t = plan.totals()
        failed = plan.failed_files()  # a whole file is not a row: said as files
        self.status.setText(i18n.fill(self.tr("共 {files} 个文件：新增 {new} 行，修改 {changed} 行，未变 {unchanged} 行，"
                                              "跳过 {skipped} 行，出错 {errors} 行。"),
                                      files=len({f.path for f in plan.files}), **t)
                            + (i18n.fill(self.tr("{n} 个文件无法导入（原因见「错误」）。"), n=failed) if failed else "")
                            + self._unknown_text(plan) + self._nickname_text(plan) + self._not_imported_text(plan)
                            + "".join(self.tr("\n{move}。").format(move=move.message()) for move in plan.hire_moves)
                            + self._notes_text(plan))
        self.fit_summary()
        self.skip_errors.setVisible(self.has_row_errors())
        self._tab_titles()
        self.fit_file_table()
        if plan.files:
            self.file_table.selectRow(0)
            self._show_file(self.file_model.index(0, 0))
        self.error_detail.clear()
        if plan.errors:
            self.error_table.selectRow(0)
        self.notes_text.setPlainText(self._all_notes(plan))
        self.tabs.setCurrentWidget(self.error_table if plan.errors else
                                   self.notes_text if self._notes(plan) else self.layout_text)
        self._error_detail_shown()

    def set_blocking(self, reasons: list[str]) -> None:
        # each reason a line of its own: a sentence, though app/ words it as a part of one (English "some staff…")
        self.blocking.setText("\n".join(reason[:1].upper() + reason[1:] for reason in reasons))
        self.blocking.setVisible(bool(reasons))  # an empty line would take the room of a file row
        self.blocking_area.setVisible(bool(reasons))
        self.fit_summary()

    def _file_table_height(self, rows: int) -> int:
        view = self.file_table
        return (view.horizontalHeader().sizeHint().height() + rows * view.verticalHeader().defaultSectionSize()
                + 2 * view.frameWidth())

    def fit_file_table(self) -> None:
        """Give the file table the room for its files (up to FILE_ROWS_SHOWN), the details below the rest."""
        total = sum(self.split.sizes())
        if not total:
            return
        rows = max(self.file_rows_least, min(self.file_model.rowCount(), FILE_ROWS_SHOWN))
        table = min(self._file_table_height(rows), total - self.tabs.minimumSizeHint().height())
        table = max(table, self.file_table.minimumHeight())
        self.split.setSizes([table, total - table])

    def has_row_errors(self) -> bool:
        return self.plan is not None and self.plan.rows_to_skip()

    def _unknown_text(self, plan: ImportPlan) -> str:
        if plan.options.create_staff:  # chosen in the next step: said here, before 导入, not only after it
            created = [person.name for person in plan.stand_ins.values()]
            if not created:
                return ""
            return i18n.fill(self.tr("\n导入时新建员工 {n} 个：{names}。"), n=len(created), names=self._few(created))
        if not plan.unknown_staff:
            return ""
        return i18n.fill(self.tr("\n找不到的客服 {n} 个：{names}。请在下一步处理。"),
                         n=len(plan.unknown_staff), names=self._few(plan.unknown_staff))

    def _nickname_text(self, plan: ImportPlan) -> str:
        """Sub-accounts no one has, counted for a person by the part after the colon: possibly another shop's."""
        matches = plan.nickname_matches
        if not matches:
            return ""
        return i18n.fill(self.tr("\n按昵称对应、未登记为子账号的客服 {n} 个，已暂计入对应的员工：{pairs}。"
                                 "请在下一步确认是谁的子账号，或改选、跳过。"),
                         n=len(matches), pairs=self._few([found.pair() for found in matches]))

    def _not_imported_text(self, plan: ImportPlan) -> str:
        """The accounts set not to be imported whose rows were skipped: said, never silent."""
        said = plan.set_not_imported_said()
        return self.tr("\n{said}（可在「设置 → 导入」里恢复导入）").format(said=said) if said else ""

    def _few(self, names: list[str]) -> str:
        return joined(names[:NAMES_SHOWN]) + (self.tr("……") if len(names) > NAMES_SHOWN else "")

    @staticmethod
    def _notes(plan: ImportPlan) -> list[tuple[str, str]]:
        """(file, note) of every file, each file's notes grouped (a note per day said once for its days), the
        important ones of all files first."""
        notes = [(f.name, note) for f in plan.files for note in grouped(f.notes)]
        return sorted(notes, key=lambda pair: getattr(pair[1], "rank", None) != IMPORTANT)

    def _notes_text(self, plan: ImportPlan) -> str:
        """What a file's numbers will (not) be used for, e.g. a month total beside daily data: said up front.
        A few at most, the important first; the 说明 tab lists them all."""
        notes = self._notes(plan)
        text = "".join(self.tr("\n{file}：{note}").format(file=name, note=flagged(note)) for name, note in notes[:NOTES_SHOWN])
        if len(notes) > NOTES_SHOWN:
            text += i18n.fill(self.tr("\n……另有 {n} 条说明，见「说明」"), n=len(notes) - NOTES_SHOWN)
        return text

    def _all_notes(self, plan: ImportPlan) -> str:
        """Each file's notes under its name, a note a line."""
        files = [(f.name, grouped(f.notes)) for f in plan.files if f.notes]
        return "\n\n".join("\n".join([name, *(self.tr("• {note}").format(note=flagged(note)) for note in notes)])
                             for name, notes in files)

    def _tab_titles(self) -> None:
        errors = self.error_model.rowCount()
        notes = len(self._notes(self.plan)) if self.plan else 0
        self.tabs.setTabText(1, self.tr("错误（{n}）").format(n=errors))
        self.tabs.setTabText(2, self.tr("将修改的数值（{n}）").format(n=self.change_model.counted()))
        self.tabs.setTabText(3, self.tr("新增的数值（{n}）").format(n=self.new_model.counted()))
        self.tabs.setTabText(4, self.tr("说明（{n}）").format(n=notes))

    def _show_error(self, index: QModelIndex, _previous: QModelIndex | None = None) -> None:
        self.error_detail.setText(self.error_model.text(index.row(), REASON_COLUMN) if index.isValid() else "")
        self._error_detail_shown()

    def _error_detail_shown(self, *_changed: object) -> None:
        self.error_detail.setVisible(self.tabs.currentWidget() is self.error_table and bool(self.error_detail.text())
                                     and self._reason_cut_short())

    def _reason_cut_short(self) -> bool:
        """Whether the selected error's reason runs past the table's edge, or starts scrolled out of it."""
        current = self.error_table.currentIndex()
        if not current.isValid():
            return False
        reason = current.siblingAtColumn(REASON_COLUMN)
        cell = self.error_table.visualRect(reason)
        needed = self.error_table.sizeHintForIndex(reason).width()
        return cell.left() < 0 or needed > cell.width() or cell.left() + needed > self.error_table.viewport().width()

    def _show_file(self, index: QModelIndex, _previous: QModelIndex | None = None) -> None:
        if self.plan is None or not index.isValid() or index.row() >= len(self.plan.files):
            return
        self.layout_text.setPlainText(self.describe(self.plan.files[index.row()]))

    def describe(self, f: FilePlan) -> str:
        """The detected layout of one file, as the 文件结构 tab shows it."""
        lines = [f.name]
        if f.sheet:
            lines.append(self.tr("工作表：{sheet}").format(sheet=f.sheet))
        if f.encoding:
            lines.append(self.tr("编码：{encoding}").format(encoding=f.encoding.upper()))
        if f.header_row is not None:
            rows = self.tr("第 {row} 行").format(row=f.header_row) if f.header_rows == 1 else \
                self.tr("第 {first}–{last} 行（分组表头已合并）").format(first=f.header_row,
                                                                 last=f.header_row + f.header_rows - 1)
            lines.append(self.tr("表头：{rows}").format(rows=rows))
            if f.period is None and "date" not in f.columns.values():  # no period at all: neither daily nor a total
                lines.append(self.tr("统计时间：未知（标题、文件名和各列中都没有找到日期）"))
            else:
                kind = self.tr("每日数据") if f.target == "daily" else self.tr("整段时间的合计")
                span = span_label(f.period) if f.period else self.tr("见日期列")
                lines.append(self.tr("统计时间：{span}（{kind}）").format(span=span, kind=kind))
            lines.append(self.tr("识别的列："))
            for header, role in f.columns.items():
                lines.append("    " + self.tr("{header} → {metric}").format(header=read_shown(f, header),
                                                                           metric=self._role(role, f)))
        if f.ignored_columns:
            lines.append(self.tr("未读取的列（已忽略）：{columns}").format(columns=joined(not_read_shown(f))))
        lines += f.skipped_said()
        for name, (row, count) in f.unknown_rows.items():
            lines.append(i18n.fill(self.tr("找不到的客服：{name}（第 {row} 行起，共 {n} 行）"), name=name, row=row, n=count))
        for found in f.nickname_rows.values():
            lines.append(i18n.fill(self.tr("按昵称对应：{said}（第 {row} 行起，共 {n} 行）"), said=found.said(),
                                   row=found.first_row, n=found.rows))
        for note in grouped(f.notes):
            lines.append((self.tr("注意：{note}") if is_important(note) else self.tr("说明：{note}")).format(note=note))
        return "\n".join(lines)

    def _role(self, role: str, f: FilePlan) -> str:
        if role == "staff":
            return self.tr("客服")
        if role == "date":  # the start of a span in two columns (开始日期 | 结束日期), or the rows' date
            return self.tr("起始日期") if "date_end" in f.columns.values() else self.tr("日期")
        if role == "date_end":
            return self.tr("截止日期")
        if role == "ratings":
            return self.tr("评价数 / 满意数（五级评价合计）")
        try:
            return self.metrics.get(role).shown_name
        except UserError:
            return role
