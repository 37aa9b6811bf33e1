"""Step 3 of the import wizard: what the preview could not decide alone.

- each name that matches nobody: map it to an existing person (the name is kept as that person's alias),
  create a new person, or skip its rows — skipped, 以后导入也跳过这个账号 (checked unless unchecked) has every later
  import skip it too (a shop's robot account: `ImportOptions.remember_skip`);
- each sub-account no one has that was counted for a person by the part after its colon (别家店:小美 → 小美):
  confirm it as hers (remembered as her sub-account), map it to another person, or skip its rows — left as it
  is, its rows stay counted for her and nothing is remembered;
- each column that maps to nothing: map it to a metric or ignore it (remembered for files with the same
  header once the import is committed);
- each value column the import recognised (更改列的对应…): read it as another metric, or ignore it — a 销售额
  column that is really another figure — remembered the same way (as `honghua import --map` does);
- the month, when a file has no date column and no period in its title or name.

Choices survive re-checks: a name resolved by a choice no longer appears in the next preview, but it stays
listed here with its choice so it can be changed.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain import Staff
from app.i18n import joined
from app.importing import ImportOptions, ImportPlan
from app.importing.remembered import metric_label
from app.metrics import MetricRegistry
from app.periods import Month
from ui.dialogs.common import scrolling
from ui.importing.name_choices import (
    CHOICE,
    CREATE,
    NAME,
    PERSON,
    REMEMBER,
    ROWS,
    SKIP,
    UNDECIDED,
    NameChoices,
    NameChoicesView,
    NameRow,
)
from ui.person_choice import person_choice
from ui.widgets.hint_text import dim_text
from ui.widgets.period_picker import PeriodPicker

IGNORE_ALWAYS = "ignore-always"
NOT_REMAPPED = ("staff", "date", "date_end", "ratings")  # roles the reader finds itself, as `--map` refuses them
TABLE_ROWS = 4  # rows each table keeps however short the window (the step scrolls instead)


def keep_rows(table: QTableView, rows: int) -> None:
    """Never less tall than `rows` rows (all of them when fewer)."""
    shown = min(rows, max(table.model().rowCount(), 1))
    height = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth()
    table.setMinimumHeight(height + shown * table.verticalHeader().defaultSectionSize())


def _hinted(box: QGroupBox, table: QTableView, hint_text: str) -> QVBoxLayout:
    """The box's layout: a quiet hint over the table."""
    layout = QVBoxLayout(box)
    hint = QLabel(hint_text)
    hint.setWordWrap(True)
    dim_text(hint)
    layout.addWidget(hint)
    layout.addWidget(table)
    return layout


def _on_the_right(button: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(button)
    return row


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    table.setTabKeyNavigation(False)  # Tab goes from choice to choice and on (the table went round its cells for ever)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _column_row(table: QTableWidget, header: str, file_name: str, combo: QComboBox) -> QTableWidgetItem:
    """A row of a columns table: the header, its file and its choice (named by the header for a screen reader);
    its file's cell, to name more files."""
    row = table.rowCount()
    table.insertRow(row)
    table.setItem(row, 0, QTableWidgetItem(header))
    files = QTableWidgetItem(file_name)
    table.setItem(row, 1, files)
    table.setCellWidget(row, 2, combo)
    combo.setAccessibleName(header)
    return files


class ResolveStep(QWidget):
    def __init__(self, staff: list[Staff], metrics: MetricRegistry, month: Month, parent: QWidget | None = None):
        super().__init__(parent)
        self.staff = staff
        self.metrics = metrics
        self.columns: dict[str, QComboBox] = {}  # header → its metric
        self.recognised: dict[str, QComboBox] = {}  # a value column recognised → as read (UNDECIDED) or changed
        self.column_files: dict[str, tuple[QTableWidgetItem, list[str]]] = {}  # a column listed → its files (cell)
        self.month_needed = False
        self.remember_text = self.tr("以后导入也跳过这个账号")
        # translated once, not for each of a thousand names
        self.words = {"choose": self.tr("请选择…"), "create": self.tr("新建员工「{name}」"), "skip": self.tr("跳过这些行")}
        remember_tip = self.tr("记在店铺文件里：以后导入（包括命令行导入）都跳过这个账号的行，并在预览里说明。"
                               "记错了可以在「设置 → 导入」里恢复导入。")
        people = [(self.tr("对应到 {person}").format(person=person_choice(person.name, person.dept)), person.id)
                  for person in staff]
        # each name in the report (normalised) → its choice; 以后导入也跳过这个账号 offered while it is skipped
        self.names = NameChoices([NAME, ROWS, CHOICE, REMEMBER], [self.tr("报表里的名称"), self.tr("行数"),
                                 self.tr("处理方式"), self.tr("以后导入")], people, self.remember_text, remember_tip)
        # each sub-account found by nickname only → its choice
        self.nicknames = NameChoices([NAME, PERSON, ROWS, CHOICE, REMEMBER], [
            self.tr("报表里的名称"), self.tr("按昵称对应到"), self.tr("行数"), self.tr("处理方式"), self.tr("以后导入")],
            people, self.remember_text, remember_tip)

        self.names_box = QGroupBox(self.tr("找不到的客服"))
        self.names_table = NameChoicesView(self.names)
        self.names_table.setAccessibleName(self.tr("没有对上的名称"))
        names_layout = _hinted(self.names_box, self.names_table,
                               self.tr("对应到已有员工时，这个名称会记为该员工的子账号/别名，以后导入自动识别。"))
        self.create_rest_button = QPushButton(self.tr("其余未选择的全部新建为员工"))
        self.create_rest_button.setToolTip(self.tr("一家新店第一次导入时，报表里的客服都还不是员工：不必一个个选择"))
        self.create_rest_button.clicked.connect(self.create_rest)
        names_layout.addLayout(_on_the_right(self.create_rest_button))

        self.nicknames_box = QGroupBox(self.tr("按昵称对应的子账号"))
        self.nicknames_table = NameChoicesView(self.nicknames)
        self.nicknames_table.setAccessibleName(self.tr("按昵称对应的子账号"))
        nicknames_layout = _hinted(self.nicknames_box, self.nicknames_table, self.tr(
            "这些子账号没有登记在员工资料里，只是冒号后面的昵称与某位员工相同，暂时计入了这位员工。"
            "可能是她在另一个店的账号，也可能是另一个店里别人的账号：确认是她的，会记为她的子账号，"
            "以后导入直接识别；不是她的，请对应到别的员工或跳过。"))
        self.confirm_all_button = QPushButton(self.tr("其余未选择的全部确认为对应员工的子账号"))
        self.confirm_all_button.clicked.connect(self.confirm_nicknames)
        nicknames_layout.addLayout(_on_the_right(self.confirm_all_button))

        self.columns_box = QGroupBox(self.tr("未识别的列"))
        self.columns_table = _table([self.tr("列名"), self.tr("所在文件"), self.tr("对应的指标")])
        self.columns_table.setAccessibleName(self.tr("没有认出的列"))
        _hinted(self.columns_box, self.columns_table, self.tr("不处理的列会被忽略。指定的对应关系在导入后记住，表头相同的文件下次自动"
                                                              "使用；记住的列可以在「设置 → 导入」里修改或忘记。"))

        self.recognised_box = QGroupBox(self.tr("识别的列"))
        self.recognised_table = _table([self.tr("列名"), self.tr("所在文件"), self.tr("对应的指标")])
        self.recognised_table.setAccessibleName(self.tr("认出的列"))
        _hinted(self.recognised_box, self.recognised_table, self.tr(
            "认错了的列可以改为另一个指标，或忽略。改过的对应在导入后记住，表头相同的文件下次自动使用；"
            "可以在「设置 → 导入」里修改或忘记。"))

        self.month_box = QGroupBox(self.tr("数据所属月份"))
        self.month_picker = PeriodPicker(month)
        month_layout = QHBoxLayout(self.month_box)
        label = QLabel(self.tr("报表里看不出数据属于哪一年、哪个月（没有统计时间，日期也没有写年份），请选择月份："))
        label.setWordWrap(True)
        month_layout.addWidget(label, 1)
        month_layout.addWidget(self.month_picker)

        self.nothing = QLabel(self.tr("没有需要处理的项目。"))
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(self.month_box)
        layout.addWidget(self.names_box, 3)
        layout.addWidget(self.nicknames_box, 2)
        layout.addWidget(self.columns_box, 2)
        layout.addWidget(self.nothing)
        layout.addWidget(self.recognised_box, 2)
        layout.addStretch(0)
        # on a short screen (a laptop at 150 %) the step scrolls, so its tables keep rows to choose in: squeezed
        # under the month and the hints, the names showed one row
        self.area = scrolling(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.area)
        self._update()

    # ---- content
    def reset(self) -> None:
        """The file list changed: forget every choice."""
        self.names.clear()
        self.nicknames.clear()
        self.columns.clear()
        self.recognised.clear()
        self.column_files.clear()
        for table in (self.columns_table, self.recognised_table):
            table.setRowCount(0)
        self.month_needed = False
        self._update()

    def load(self, plan: ImportPlan) -> None:
        """Add what this preview could not decide to what is listed already."""
        new_names = {key: stand_in.name for stand_in in plan.stand_ins.values() for key in stand_in.keys}
        unknown_rows: dict[str, int] = {}  # a name in several files: its rows in all of them
        for f in plan.files:
            for name, (_first, rows) in f.unknown_rows.items():
                unknown_rows[name] = unknown_rows.get(name, 0) + rows
        self.names.add([self._name_row(name, new_names.get(name, name), rows) for name, rows in unknown_rows.items()
                        if name not in self.names])
        self.nicknames.add([self._nickname_row(found.name, found.staff_id, found.person, found.rows)
                            for found in plan.nickname_matches if found.name not in self.nicknames])
        for f in plan.files:
            for header in f.mappable_columns:
                if header not in self.columns and header not in self.recognised:  # one ignored here: listed there
                    self._add_column(header, f.name)
            for header, role in f.columns.items():
                if role not in NOT_REMAPPED and header not in f.rating_columns and header not in self.recognised \
                        and header not in self.columns:  # one mapped in 未识别的列 stays there
                    self._add_recognised(header, f.name, role)
            self._name_files(f.name, [*f.mappable_columns, *f.columns])
            if f.needs_month or (f.header_row is not None and f.period is None and "date" not in f.columns.values()):
                self.month_needed = True
        self._update()

    def _name_row(self, name: str, new_name: str, rows: int) -> NameRow:
        return NameRow(name, rows, [(self.words["choose"], UNDECIDED),
                                    (self.words["create"].format(name=new_name), CREATE), (self.words["skip"], SKIP)])

    def _nickname_row(self, name: str, staff_id: int, person: str, rows: int) -> NameRow:
        return NameRow(name, rows, [(self.tr("暂按昵称计入 {person}（不记住）").format(person=person), UNDECIDED),
                                    (self.tr("确认是 {person} 的子账号（记住）").format(person=person), staff_id),
                                    (self.words["skip"], SKIP)], person=person, not_offered=staff_id)

    def _add_column(self, header: str, file_name: str) -> None:
        combo = QComboBox()
        combo.addItem(self.tr("这次不导入"), UNDECIDED)
        combo.addItem(self.tr("以后都忽略这一列"), IGNORE_ALWAYS)
        for metric in self.metrics.stored:
            combo.addItem(metric.shown_name, metric.key)
        self.columns[header] = self._column_row(self.columns_table, header, file_name, combo)

    def _add_recognised(self, header: str, file_name: str, role: str) -> None:
        combo = QComboBox()
        combo.addItem(self.tr("按识别：{metric}").format(metric=metric_label(self.metrics, role)), UNDECIDED)
        combo.addItem(self.tr("以后都忽略这一列"), IGNORE_ALWAYS)
        for metric in self.metrics.stored:
            if metric.key != role:
                combo.addItem(self.tr("改为 {metric}").format(metric=metric.shown_name), metric.key)
        self.recognised[header] = self._column_row(self.recognised_table, header, file_name, combo)

    def _column_row(self, table: QTableWidget, header: str, file_name: str, combo: QComboBox) -> QComboBox:
        self.column_files[header] = (_column_row(table, header, file_name, combo), [file_name])
        return combo

    def _name_files(self, file_name: str, headers: list[str]) -> None:
        """A listed column this file has too names it: the choice, by header, changes the column in each."""
        for header in headers:
            cell, files = self.column_files.get(header, (None, [file_name]))
            if cell is not None and file_name not in files:
                files.append(file_name)
                cell.setText(joined(files))

    def _update(self) -> None:
        self.names_box.setVisible(bool(self.names.rows))
        self.nicknames_box.setVisible(bool(self.nicknames.rows))
        self.columns_box.setVisible(bool(self.columns))
        self.month_box.setVisible(self.month_needed)
        self.recognised_box.setVisible(bool(self.recognised))
        self.nothing.setVisible(not self.has_items() and not self.recognised)  # not above 识别的列 alone
        for table in (self.columns_table, self.recognised_table):
            table.resizeColumnsToContents()
        for view in (self.names_table, self.nicknames_table, self.columns_table, self.recognised_table):
            keep_rows(view, TABLE_ROWS)

    # ---- choices
    def has_items(self) -> bool:
        return bool(self.names.rows or self.nicknames.rows or self.columns or self.month_needed)

    def set_staff_choice(self, name: str, choice: str | int) -> None:
        """CREATE, SKIP, UNDECIDED or a person's id (a sub-account found by nickname: SKIP, UNDECIDED or an id)."""
        (self.names if name in self.names else self.nicknames).choose(name, choice)

    def staff_choice(self, name: str) -> NameRow:
        """A name's row: its choice, the text shown for it (`NameChoices.choice_text`), 以后导入 (`remember`)."""
        return self.names.row_of(name) if name in self.names else self.nicknames.row_of(name)

    def has_recognised(self) -> bool:
        return bool(self.recognised)

    def show_recognised(self) -> None:
        """Scrolled to the recognised columns (更改列的对应…)."""
        self.area.ensureWidgetVisible(self.recognised_box)

    def set_column_choice(self, header: str, metric_key: str | None) -> None:
        """An unrecognised column: UNDECIDED (None), IGNORE_ALWAYS or a metric; a recognised one: UNDECIDED (None: as
        read), IGNORE_ALWAYS or another metric."""
        combo = self.columns[header] if header in self.columns else self.recognised[header]
        index = combo.findData(metric_key or UNDECIDED)
        if index < 0:
            raise KeyError(metric_key)
        combo.setCurrentIndex(index)

    def create_rest(self) -> None:
        """Every name still undecided becomes a new person."""
        self.names.choose_where_undecided(1)

    def confirm_nicknames(self) -> None:
        """Every sub-account found by nickname and still undecided is the sub-account of the person found."""
        self.nicknames.choose_where_undecided(1)

    def set_month(self, month: Month) -> None:
        self.month_picker.setMonth(month)

    def undecided(self) -> list[str]:
        return [row.name for row in self.names.rows if row.choice == UNDECIDED]

    def options(self, base: ImportOptions) -> ImportOptions:
        """`base` with the choices made here (the other flags are kept)."""
        staff_map: dict[str, int] = {}
        skip: set[str] = set()
        remember: set[str] = set()
        create = False
        for row in [*self.names.rows, *self.nicknames.rows]:
            if row.choice == CREATE:
                create = True
            elif row.choice == SKIP:
                skip.add(row.name)
                if row.remember:
                    remember.add(row.name)
            elif isinstance(row.choice, int):
                staff_map[row.name] = row.choice
        # a column left undecided stays unknown (a later import can still map it); "always ignore" is remembered
        column_map: dict[str, str | None] = {
            header: (None if combo.currentData() == IGNORE_ALWAYS else combo.currentData())
            for header, combo in [*self.columns.items(), *self.recognised.items()] if combo.currentData() != UNDECIDED}
        month = self.month_picker.month() if self.month_needed else base.month
        # create_staff creates everyone still unknown, so it is only set once no name is left undecided
        return replace(base, staff_map=staff_map, skip_staff=frozenset(skip), remember_skip=frozenset(remember),
                       column_map=column_map, month=month,
                       month_where_needed=self.month_needed, create_staff=create and not self.undecided())
