"""Table models of the import wizard and the import history: files of a preview, errors, changed values,
past imports. Read-only; every cell is text prepared once when the rows are set."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from app.importing import FilePlan, ImportPlan
from app.importing.model import VALUES_LISTED, files_listed
from app.importing.period import shown_days
from app.metrics import MetricRegistry
from app.periods import Month
from app.store.import_log import ImportRecord
from app.store.import_staging import CellChange
from ui.models.audit_model import at_label

ERROR_BACKGROUND = QColor("#fde2e1")
ERROR_FOREGROUND = QColor("#a61b1b")
UNDONE_FOREGROUND = QColor("#888888")


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportModels", text)


class _TextRows(QAbstractTableModel):
    """Rows of ready-made strings under translated headers; `highlight(row)` marks a row in red."""

    HEADERS: tuple[str, ...] = ()
    NUMERIC: frozenset[int] = frozenset()

    def __init__(self, parent: object | None = None):
        super().__init__(parent)  # type: ignore[arg-type]
        self._rows: list[tuple[str, ...]] = []

    def _set_rows(self, rows: list[tuple[str, ...]]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def text(self, row: int, column: int) -> str:
        return self._rows[row][column]

    def highlight(self, row: int) -> bool:
        return False

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.HEADERS):
            return _tr(self.HEADERS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows) \
                or not 0 <= index.column() < len(self.HEADERS):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and self.highlight(index.row()):
            return QBrush(ERROR_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole and self.highlight(index.row()):
            return QBrush(self.highlight_color())
        return None

    def highlight_color(self) -> QColor:
        return ERROR_FOREGROUND


def _kind(f: FilePlan) -> str:
    """Daily figures, a total of a month (a row a month) or of another span; nothing while the period is not known."""
    dated = "date" in f.columns.values()
    if f.header_row is None or (f.period is None and not dated):
        return ""
    if f.target == "daily":
        return _tr("每日数据")
    if dated:  # each row's span is its date cell's
        whole = f.month_totals
    else:
        month = Month.of(f.period[0]) if f.period else None
        whole = month is not None and f.period == (month.start, month.end)
    return _tr("整月合计") if whole else _tr("期间合计")


class FileSummaryModel(_TextRows):
    """One row per file of a preview: what it holds and what the import would do with each row."""

    HEADERS = ("文件", "内容", "新增", "修改", "未变", "跳过", "出错")
    NUMERIC = frozenset({2, 3, 4, 5, 6})

    def __init__(self, parent: object | None = None):
        super().__init__(parent)
        self.files: list[FilePlan] = []

    def set_plan(self, plan: ImportPlan | None) -> None:
        self.files = list(plan.files) if plan else []
        rows = []
        for f in self.files:
            c = f.counts()
            kind = _kind(f)
            errors = _tr("整个文件") if f.file_error and not c["errors"] else str(c["errors"])
            rows.append((f.name, kind, str(c["new"]), str(c["changed"]), str(c["unchanged"]), str(c["skipped"]),
                         errors))
        self._set_rows(rows)

    def highlight(self, row: int) -> bool:
        f = self.files[row]
        return bool(f.errors)


class ErrorModel(_TextRows):
    """Every error of a preview: 文件, 行 (as Excel shows it), 列, 值, 原因 — all highlighted."""

    HEADERS = ("文件", "行", "列", "值", "原因")
    NUMERIC = frozenset({1})

    def set_plan(self, plan: ImportPlan | None) -> None:
        rows = []
        for e in plan.errors if plan else []:
            # app/ words a reason to follow its value (English: lower case); without a value it stands alone
            reason = e.reason if e.value else e.reason[:1].upper() + e.reason[1:]
            rows.append((e.file, e.rows_shown(), e.column or "", e.value, reason))
        self._set_rows(rows)

    def highlight(self, row: int) -> bool:
        return True


class ChangeModel(_TextRows):
    """Values the import would change, from what to what."""

    HEADERS = ("文件", "行", "员工", "日期", "指标", "原值", "新值")
    NUMERIC = frozenset({1, 5, 6})

    more = False  # the plan holds more values than are listed

    def set_plan(self, plan: ImportPlan | None, metrics: MetricRegistry) -> None:
        rows = []
        cells = self._cells(plan) if plan else []
        self.more = len(cells) > VALUES_LISTED
        for c in cells[:VALUES_LISTED]:
            metric = metrics.get(c.metric)
            who = plan.staff_names.get(c.staff_id, f"#{c.staff_id}")
            rows.append((plan.files[c.file].name, str(c.row), who, shown_days(c.start, c.end), metric.shown_name,
                         *(metric.format(value, empty=_tr("空")) for value in self._values(c))))
        self._set_rows(rows)

    def counted(self) -> str:
        """The rows listed for a tab's title: 200+ when there are more than are listed."""
        return f"{self.rowCount()}+" if self.more else str(self.rowCount())

    def _cells(self, plan: ImportPlan) -> list[CellChange]:
        return plan.changes

    def _values(self, change: CellChange) -> tuple[int | None, ...]:
        return change.old, change.new


class NewValueModel(ChangeModel):
    """Values the import would write where the shop has none (what a first import of a month read)."""

    HEADERS = ("文件", "行", "员工", "日期", "指标", "新值")
    NUMERIC = frozenset({1, 5})

    def _cells(self, plan: ImportPlan) -> list[CellChange]:
        return plan.new_values

    def _values(self, change: CellChange) -> tuple[int | None, ...]:
        return (change.new,)


class HistoryModel(_TextRows):
    """Past imports, newest first: 编号, 时间, 文件, counts, 状态."""

    HEADERS = ("编号", "时间", "文件", "新增", "修改", "未变", "跳过", "出错", "状态")
    NUMERIC = frozenset({0, 3, 4, 5, 6, 7})

    def __init__(self, parent: object | None = None):
        super().__init__(parent)
        self.records: list[ImportRecord] = []

    def set_records(self, records: list[ImportRecord]) -> None:
        self.records = list(records)
        rows = []
        for r in self.records:
            status = _tr("已撤销（{at}）").format(at=at_label(r.undone_at or "")) if r.status == "undone" \
                else _tr("有效")
            rows.append((str(r.id), at_label(r.at), files_listed(r), str(r.new), str(r.changed), str(r.unchanged),
                         str(r.skipped), str(r.errors), status))
        self._set_rows(rows)

    def record(self, row: int) -> ImportRecord:
        return self.records[row]

    def highlight(self, row: int) -> bool:
        return False

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid() and index.row() < len(self.records) \
                and self.records[index.row()].status == "undone":
            return QBrush(UNDONE_FOREGROUND)
        return super().data(index, role)
