"""设置 page: shop name, departments, custom metrics, custom event types, the columns imports remember and the audit
log (read-only)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import settings as declared
from app.errors import HonghuaError
from app.events import EventType
from app.i18n import language
from app.metrics import Metric
from app.shop import Shop
from ui import errors
from ui.dialogs.common import buddy_label, tab_stop_only_to_scroll
from ui.dialogs.event_type_dialog import POLARITY_LABELS, EventTypeDialog, EventTypeNameDialog
from ui.dialogs.metric_dialog import UNIT_LABELS, MetricDialog, MetricNameDialog
from ui.widgets.audit_view import AuditView
from ui.widgets.backup_panel import BackupPanel
from ui.widgets.department_editor import DepartmentEditor
from ui.widgets.error_label import ErrorLabel
from ui.widgets.remembered_columns_panel import RememberedColumnsPanel
from ui.widgets.security_panel import SecurityPanel
from ui.widgets.settings_form import SettingsForm
from ui.widgets.skipped_accounts_panel import SkippedAccountsPanel
from ui.widgets.staged_save import StagedSave, save_alone, save_together
from ui.widgets.table_keys import table_keys

LANGUAGE_NAMES = {"zh": "中文（简体）", "en": "English"}
AGGREGATION_LABELS = {"sum": "求和", "mean": "平均", "weighted": "加权平均"}


def _read_only_table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)
    table_keys(table)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    """The rows shown, unless they are already: every tab switch refreshes the page, and each cell set in a table
    sized to its contents measures the whole table again (a quarter of a second for the metrics' 180 cells)."""
    shown = [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]
    if shown == rows:
        return
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # measured once below, not after each cell
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(text))
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)


def _choose_row(table: QTableWidget, column: int, text: str) -> None:
    """The row whose `column` reads `text` chosen and scrolled to."""
    row = next((r for r in range(table.rowCount()) if table.item(r, column).text() == text), None)
    if row is not None:
        table.selectRow(row)
        table.scrollToItem(table.item(row, 0))


# The user guide's chapter for each tab (F1), by the tab's title
TAB_GUIDE = {"店铺": "第一次使用.md", "部门": "员工与目标.md", "指标": "员工与目标.md", "事件类型": "导入报表.md",
             "导入": "导入报表.md", "操作日志": "安全与权限.md", "备份与恢复": "备份与恢复.md", "看板与小红花": "小红花.md",
             "安全": "安全与权限.md"}


class SettingsPage(QWidget):
    title = "设置"
    shopChanged = Signal()  # the shop's name or PIN changed: the window's title and status bar show them

    def __init__(self, shop: Shop, parent: QWidget | None = None):
        super().__init__(parent)
        self.shop = shop
        self.tabs = QTabWidget()
        self.tabs.addTab(self._scrolled(self._shop_tab()), self.tr("店铺"))
        self.departments = DepartmentEditor(shop)
        self.tabs.addTab(self._padded(self.departments, self.tr("部门用于员工分组和按部门设置目标。")), self.tr("部门"))
        self.tabs.addTab(self._metrics_tab(), self.tr("指标"))
        self.tabs.addTab(self._event_types_tab(), self.tr("事件类型"))
        self.remembered_columns = RememberedColumnsPanel(shop)
        self.skipped_accounts = SkippedAccountsPanel(shop)
        self.tabs.addTab(self._scrolled(self._import_tab()), self.tr("导入"))
        self.audit = AuditView(shop)
        self.tabs.addTab(self._padded(self.audit, ""), self.tr("操作日志"))
        self.backup_panel = BackupPanel(shop)
        self.backup_tab = self._scrolled(self.backup_panel)
        self.tabs.addTab(self.backup_tab, self.tr("备份与恢复"))
        self.tabs.addTab(self._scrolled(self._schemes_tab()), self.tr("看板与小红花"))
        self.security_panel = SecurityPanel(shop)
        self.security_panel.changed.connect(self.shopChanged)
        self.tabs.addTab(self._scrolled(self.security_panel), self.tr("安全"))
        self.tabs.currentChanged.connect(lambda _i: self.refresh())
        QVBoxLayout(self).addWidget(self.tabs)

    def show_backups(self) -> None:
        """The 备份与恢复 tab: the window reopened after a restore comes back where the owner restored."""
        self.tabs.setCurrentWidget(self.backup_tab)

    def search_field(self) -> QLineEdit | None:
        """Ctrl+F: 操作日志's filter, while that tab is on show."""
        return self.audit.filter_edit if self.tabs.currentWidget().isAncestorOf(self.audit) else None

    def guide_chapter(self) -> str:
        """The user guide's chapter about the tab on show (F1); on 看板与小红花 the 看板 and 电视模式 forms, when
        the focus is in one, are explained in 看板与战报."""
        focus = self.window().focusWidget()
        if focus is not None and any(form.isAncestorOf(focus) for form in (self.board_form, self.tv_form)):
            return "看板与战报.md"
        shown = self.tabs.tabText(self.tabs.currentIndex())
        return next((chapter for tab, chapter in TAB_GUIDE.items() if self.tr(tab) == shown), "备份与恢复.md")

    def _schemes_tab(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        self.board_form = SettingsForm(self.shop, self.tr("看板"), (declared.BOARD_DAY_WEIGHTS, declared.PROMOTION_DAYS,
                                                                     declared.OWN_DAYS_OFF, declared.OWN_WORKDAYS,
                                                                     declared.PRORATE_TARGETS))
        self.tv_form = SettingsForm(self.shop, self.tr("电视模式"), (declared.TV_REFRESH_MINUTES,
                                                                     declared.TV_ROTATE_SECONDS, declared.TV_SCREEN),
                                    note=self.tr("电视模式打开时读取这些设置：已经打开的，关掉再打开后按新的设置。"))
        self.flower_form = SettingsForm(self.shop, self.tr("小红花"), (
            declared.FLOWER_LEADER_ROLES, declared.FLOWER_LEADER_QUOTA, declared.FLOWER_EXTRA_LEADERS,
            declared.FLOWER_MANAGER_ROLES, declared.FLOWER_EXTRA_MANAGERS, declared.FLOWER_POOL_SIZE,
            declared.FLOWER_POOL_MODE, declared.FLOWER_VALID_MONTHS, declared.FLOWER_CARDS_PER_SHEET, declared.RED_FLAG_POOL, declared.RED_FLAG_ISSUER))
        layout.addWidget(self.board_form)
        layout.addWidget(self.tv_form)
        layout.addWidget(self.flower_form)
        layout.addStretch(1)
        return box

    @staticmethod
    def _scrolled(widget: QWidget) -> QScrollArea:
        """A tall form scrolls inside its tab instead of making the whole window taller than a laptop's
        screen."""
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setWidget(widget)
        tab_stop_only_to_scroll(area)
        return area

    @staticmethod
    def _padded(widget: QWidget, hint: str) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        if hint:
            label = QLabel(hint)
            label.setWordWrap(True)
            layout.addWidget(label)
        layout.addWidget(widget, 1)
        return box

    # ---- tabs
    def _import_tab(self) -> QWidget:
        """The columns the import remembers, and the accounts it skips."""
        columns = QGroupBox(self.tr("记住的列"))
        QVBoxLayout(columns).addWidget(self.remembered_columns)
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.addWidget(columns, 3)
        layout.addWidget(self.skipped_accounts, 2)
        return box

    def _shop_tab(self) -> QWidget:
        box = QWidget()
        self.name_edit = QLineEdit()
        self._shown_name = ""  # the stored name the edit last showed
        self.name_edit.setMaxLength(60)
        self.name_edit.setMaximumWidth(420)
        self.name_edit.returnPressed.connect(self.save_shop_name)
        self.save_name_button = QPushButton(self.tr("保存"))
        self.save_name_button.clicked.connect(lambda: self.save_shop_name())
        self.name_error = ErrorLabel()
        self.path_label = QLabel()
        self.path_label.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.name_edit, 1)
        row.addWidget(self.save_name_button)
        row.addStretch(1)
        form = QFormLayout()
        name_label = QLabel(self.tr(declared.SHOP_NAME.label))
        name_label.setBuddy(self.name_edit)  # a label given with a row of widgets names none of them
        form.addRow(name_label, row)
        form.addRow("", self.name_error)
        form.addRow(self.tr("数据文件"), self.path_label)
        language_row = self._language_row()
        form.addRow(buddy_label(self.tr(declared.LANGUAGE.label), self.language_combo), language_row)
        form.addRow("", self.language_error)
        layout = QVBoxLayout(box)
        layout.addLayout(form)
        layout.addStretch(1)
        return box

    def _language_row(self) -> QHBoxLayout:
        self.language_combo = QComboBox()
        for code, name in LANGUAGE_NAMES.items():  # each language named in itself, so it is found either way
            self.language_combo.addItem(name, code)
        self.language_combo.activated.connect(lambda _i: self.save_language())
        self.language_error = ErrorLabel()
        self.language_note = QLabel()  # the language on show, when the choice is another (set by --lang, or just made)
        self.language_note.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.language_combo)
        row.addWidget(self.language_note, 1)
        return row

    def _show_language(self) -> None:
        """The saved choice in the box; beside it when it applies, and which language shows until then."""
        chosen = self.shop.settings.get(declared.LANGUAGE)
        self.language_combo.setCurrentIndex(max(self.language_combo.findData(chosen), 0))
        running = language()
        if chosen == running:
            self.language_note.setText(self.tr("改动在下次启动红花榜时生效"))  # not the language on show
        else:
            self.language_note.setText(self.tr("现在显示的是 {running}；选择的 {chosen} 在下次启动红花榜时生效").format(
                running=LANGUAGE_NAMES.get(running, running), chosen=LANGUAGE_NAMES.get(chosen, chosen)))

    def _metrics_tab(self) -> QWidget:
        self.metrics_table = _read_only_table(
            [self.tr("名称"), self.tr("代码"), self.tr("单位"), self.tr("方向"), self.tr("汇总"), self.tr("来源")])
        self.metrics_table.setAccessibleName(self.tr("指标"))
        self.add_metric_button = QPushButton(self.tr("新增指标…"))
        self.add_metric_button.clicked.connect(lambda: self.add_metric())
        self.rename_metric_button = QPushButton(self.tr("改名…"))
        self.rename_metric_button.setToolTip(self.tr("改正自定义指标的名称（内置指标不能改名）"))
        self.rename_metric_button.clicked.connect(lambda: self.rename_metric())
        self.metrics_table.itemSelectionChanged.connect(self._metric_selected)
        self._metric_selected()
        return self._table_tab(self.metrics_table, self.add_metric_button,
                               self.tr("内置指标之外，可以添加店铺自己的考核指标，例如售后工程师的服务积分。"),
                               self.rename_metric_button)

    def _event_types_tab(self) -> QWidget:
        self.event_types_table = _read_only_table([self.tr("名称"), self.tr("性质"), self.tr("来源"), self.tr("说明")])
        self.event_types_table.setAccessibleName(self.tr("事件类型"))
        self.event_types: list[EventType] = []  # the table's rows
        self.add_event_type_button = QPushButton(self.tr("新增事件类型…"))
        self.add_event_type_button.clicked.connect(lambda: self.add_event_type())
        self.rename_event_type_button = QPushButton(self.tr("改名…"))
        self.rename_event_type_button.setToolTip(self.tr("换一个名称显示这个事件类型（内置的也可以）"))
        self.rename_event_type_button.clicked.connect(lambda: self.rename_event_type())
        self.event_types_table.itemSelectionChanged.connect(self._event_type_selected)
        self._event_type_selected()
        return self._table_tab(self.event_types_table, self.add_event_type_button,
                               self.tr("事件在「数据」页登记（表扬、投诉等），评奖规则可以按类型计数或求和。"),
                               self.rename_event_type_button)

    @staticmethod
    def _table_tab(table: QTableWidget, button: QPushButton, hint: str, *more: QPushButton) -> QWidget:
        box = QWidget()
        label = QLabel(hint)
        label.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(label, 1)
        for each in (*more, button):
            top.addWidget(each)
        layout = QVBoxLayout(box)
        layout.addLayout(top)
        layout.addWidget(table, 1)
        return box

    # ---- loading
    def refresh(self) -> None:
        if self.name_edit.text() == self._shown_name:  # not while the owner's new name waits for 保存
            self.name_edit.setText(self.shop.name)
            self._shown_name = self.shop.name
        self.path_label.setText(str(self.shop.store.path))
        self._show_language()
        self.departments.refresh()
        builtin, custom = self.tr("内置"), self.tr("自定义")
        _fill(self.metrics_table, [
            [m.shown_name, m.key, self.tr(UNIT_LABELS.get(m.unit, m.unit)),
             self.tr("越高越好") if m.higher_is_better else self.tr("越低越好"),
             self.tr(AGGREGATION_LABELS.get(m.aggregation, m.aggregation)), builtin if m.builtin else custom]
            for m in self.shop.metrics.stored
        ])
        self._metric_selected()
        self.event_types = self.shop.events.types()  # in the table's order
        _fill(self.event_types_table, [
            [e.label, self.tr(POLARITY_LABELS.get(e.polarity, e.polarity)), builtin if e.builtin else custom,
             e.shown_description]
            for e in self.event_types
        ])
        self._event_type_selected()
        self.remembered_columns.refresh()
        self.skipped_accounts.refresh()
        self.audit.refresh()
        self.backup_panel.refresh()
        self.board_form.refresh()
        self.tv_form.refresh()
        self.flower_form.refresh()
        self.security_panel.refresh()

    # ---- edits not saved yet: the window asks about them before it closes
    def _unsaved_parts(self) -> list[tuple[str, QWidget, Callable[[], StagedSave | None]]]:
        """Each part holding edits not saved yet: what it is, the widget showing it, how to check it and stage
        its write."""
        parts = [
            (self.tr(declared.SHOP_NAME.label), self.name_edit, self._stage_shop_name,
             self.name_edit.text().strip() != self._shown_name),
            (self.board_form.title(), self.board_form, self.board_form.stage, self.board_form.changed()),
            (self.tv_form.title(), self.tv_form, self.tv_form.stage, self.tv_form.changed()),
            (self.flower_form.title(), self.flower_form, self.flower_form.stage, self.flower_form.changed()),
            (self.tr("备份保留份数"), self.backup_panel, self.backup_panel.stage_keep, self.backup_panel.keep_changed()),
            (self.tr("新的店主密码"), self.security_panel, self.security_panel.stage, self.security_panel.pin_typed()),
        ]
        return [(what, widget, stage) for what, widget, stage, unsaved in parts if unsaved]

    def pending_changes(self) -> list[str]:
        return [what for what, _widget, _stage in self._unsaved_parts()]

    def save_pending(self) -> bool:
        """Ctrl+S, or 保存 when the window closes: check every part holding edits (each refused one says why at
        its field), then write them all in one transaction. Nothing is written unless everything is; the page
        shows the first part that was not."""
        parts = self._unsaved_parts()
        not_saved = save_together(self.shop, [stage() for _what, _widget, stage in parts])
        if not_saved is None:
            return True
        widget = parts[not_saved][1]
        self.tabs.setCurrentIndex(next(i for i in range(self.tabs.count()) if self.tabs.widget(i).isAncestorOf(widget)))
        return False

    # ---- actions
    def _stage_shop_name(self) -> StagedSave | None:
        name = self.name_edit.text().strip()
        try:
            self.shop.settings.check_many([(declared.SHOP_NAME, name)])
        except HonghuaError as e:
            self.name_error.show_message(e.message)
            return None
        self.name_error.clear_message()
        return StagedSave(write=lambda: self.shop.settings.set(declared.SHOP_NAME, name), saved=self._shop_name_saved,
                          refused=self.name_error.show_message)

    def _shop_name_saved(self) -> None:
        self._shown_name = self.name_edit.text()
        self.shopChanged.emit()
        self.refresh()

    def save_shop_name(self) -> bool:
        """The name's 保存 (or Enter): stored and said, as the forms' 保存 say 已保存."""
        if not save_alone(self._stage_shop_name()):
            return False
        errors.show_info(self, self.tr("店铺名称已保存为「{name}」。").format(name=self.shop.name))
        return True

    def save_language(self) -> bool:
        """The choice is stored now and applies at the next start (widgets take their text when built)."""
        try:
            self.shop.settings.set(declared.LANGUAGE, self.language_combo.currentData())
        except HonghuaError as e:
            self.language_error.show_message(e.message)
            self.refresh()
            return False
        self.language_error.clear_message()
        self._show_language()
        return True

    def add_metric(self) -> None:
        added = MetricDialog.ask(self, self.shop)
        if added is not None:
            self.refresh()
            _choose_row(self.metrics_table, 1, added.key)  # below the built-in ones: seen added

    def selected_custom_metric(self) -> Metric | None:
        row = self.metrics_table.currentRow() if self.metrics_table.selectedItems() else -1
        item = self.metrics_table.item(row, 1) if row >= 0 else None
        return next((m for m in self.shop.metrics.custom() if item is not None and m.key == item.text()), None)

    def _metric_selected(self) -> None:
        self.rename_metric_button.setEnabled(self.selected_custom_metric() is not None)

    def rename_metric(self) -> None:
        metric = self.selected_custom_metric()
        if metric is not None and MetricNameDialog.ask(self, self.shop, metric) is not None:
            self.refresh()

    def selected_event_type(self) -> EventType | None:
        row = self.event_types_table.currentRow() if self.event_types_table.selectedItems() else -1
        return self.event_types[row] if 0 <= row < len(self.event_types) else None

    def _event_type_selected(self) -> None:
        self.rename_event_type_button.setEnabled(self.selected_event_type() is not None)

    def rename_event_type(self) -> None:
        chosen = self.selected_event_type()
        renamed = EventTypeNameDialog.ask(self, self.shop, chosen) if chosen is not None else None
        if renamed is not None:
            self.refresh()
            _choose_row(self.event_types_table, 0, renamed.label)

    def add_event_type(self) -> None:
        added = EventTypeDialog.ask(self, self.shop)
        if added is not None:
            self.refresh()
            _choose_row(self.event_types_table, 0, added.label)
