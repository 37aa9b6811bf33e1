"""激励方案 dialog (from the 评奖 page's 方案… button): the shop's plans (every version) and the presets, which
plan is in force for which department from which month; 复制预设为本店方案, 编辑… (editor.py), 设为生效…
(use_dialog.py), 导入方案文件… and 导出方案文件…. Every change goes through PlanService (shop.awards.plans),
which validates, stores versions and writes the audit row."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import paths
from app.awards.plans import SaveResult, UseResult, shown_source
from app.clock import shown_stamp
from app.errors import HonghuaError
from app.i18n import joined
from app.periods import Month, parse_month
from app.shop import Shop
from ui import errors
from ui.dialogs.common import resize_within_screen
from ui.plans.editor import PlanEditorDialog
from ui.plans.use_dialog import UsePlanDialog
from ui.widgets.hint_text import dim_text
from ui.widgets.table_keys import table_keys

KEY = Qt.ItemDataRole.UserRole
SOURCE, SOURCE_MAX_CHARS = 1, 19  # the 来源 column, and its widest: 复制自预设「售后服务激励制度」 whole, a file's
#                                    name up to 19 characters


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)  # read-only: the arrows move in it, Tab goes on to the buttons
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setWordWrap(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return table


class PlanDialog(QDialog):
    def __init__(self, shop: Shop, parent: QWidget | None = None, *, start: Month | None = None):
        super().__init__(parent)
        self.shop = shop
        self.start = start  # the month the owner is looking at: 设为生效 offers it
        self.service = shop.awards.plans
        self.changed = False  # something was stored or put in force (the page refreshes)
        self.setWindowTitle(self.tr("激励方案"))
        resize_within_screen(self, 940, 600)
        self.plans = _table([self.tr("方案"), self.tr("来源"), self.tr("保存时间"), self.tr("生效情况")])
        self.plans.itemSelectionChanged.connect(self._buttons)
        self.plans.doubleClicked.connect(lambda _i: self.edit())
        table_keys(self.plans, open_row=lambda _i: self.edit())
        self.in_force = _table([self.tr("部门"), self.tr("生效自"), self.tr("方案")])
        self.plans.setAccessibleName(self.tr("已保存的方案"))
        self.in_force.setAccessibleName(self.tr("各部门生效的方案"))
        self.in_force.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table_keys(self.in_force)
        self.copy_button = QPushButton(self.tr("复制预设为本店方案"))
        self.copy_button.clicked.connect(lambda: self.copy_preset())
        self.edit_button = QPushButton(self.tr("编辑…"))
        self.edit_button.clicked.connect(lambda: self.edit())
        self.use_button = QPushButton(self.tr("设为生效…"))
        self.use_button.clicked.connect(lambda: self.use_selected())
        self.import_button = QPushButton(self.tr("导入方案文件…"))
        self.import_button.clicked.connect(lambda: self.import_file())
        self.export_button = QPushButton(self.tr("导出方案文件…"))
        self.export_button.clicked.connect(lambda: self.export_file())
        side = QVBoxLayout()
        for button in (self.copy_button, self.edit_button, self.use_button):
            side.addWidget(button)
        side.addSpacing(16)
        for button in (self.import_button, self.export_button):
            side.addWidget(button)
        side.addStretch(1)
        self.about = QLabel()  # what the selected plan or preset holds (its description)
        self.about.setWordWrap(True)
        self.about.setTextFormat(Qt.TextFormat.PlainText)  # a plan file's description is shown as written
        hint = QLabel(self.tr("预设不能直接修改：先复制为本店方案，再编辑；预设也可以直接「设为生效」。保存会另存为新版本，"
                              "已生效的期间仍按原来的版本计算。"))
        hint.setWordWrap(True)
        dim_text(hint)
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("本店方案与预设")))
        left.addWidget(self.plans, 3)
        left.addWidget(self.about)
        left.addWidget(hint)
        left.addWidget(QLabel(self.tr("生效情况")))
        left.addWidget(self.in_force, 2)
        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addLayout(side)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(close)
        close.button(QDialogButtonBox.StandardButton.Close).setDefault(True)  # once in the dialog; not 复制预设为本店方案
        self.refresh()
        self._select_opening_row()

    # ---- showing
    def refresh(self, select: tuple[str, object] | None = None) -> None:
        select = select or self.selected()
        stored = self.service.stored()
        labels = {p.id: p.label for p in stored}
        assignments = self.service.assignments()
        where: dict[int, list[str]] = {}
        for a in assignments:
            since = self._since(a.from_month)
            where.setdefault(a.plan_id, []).append(self.tr("{dept} {since}").format(
                dept=a.dept or self.tr("全部部门"), since=since))
        rows: list[tuple[tuple[str, object], list[str]]] = []
        for p in sorted(stored, key=lambda p: (p.name, -p.version)):
            rows.append((("plan", p.id), [p.label, shown_source(p.source), shown_stamp(p.created_at),
                                          joined(where.get(p.id, []), separator="；")]))
        for key, name in self.service.presets():
            rows.append((("preset", key), [self.tr("{name}（预设）").format(name=name), self.tr("预设"), "", ""]))
        self.plans.setRowCount(len(rows))
        for r, (data, texts) in enumerate(rows):
            for c, text in enumerate(texts):
                item = QTableWidgetItem(text)
                if c == 0:
                    item.setData(KEY, data)
                if c != 0:  # a long file name or list of departments is cut with "…": the whole of it on hover
                    item.setToolTip(text)
                self.plans.setItem(r, c, item)
        self._fit_source_column()
        self.in_force.setRowCount(len(assignments))
        for r, a in enumerate(assignments):
            # a cell of its own: English starts it with a capital ("All periods"), unlike in a sentence
            texts = [a.dept or self.tr("全部部门"),
                     self._month(a.from_month) if a.from_month else self.tr("所有期间", "a table cell"),
                     labels.get(a.plan_id, "")]
            for c, text in enumerate(texts):
                self.in_force.setItem(r, c, QTableWidgetItem(text))
        if select is not None:
            self._select(select)
        self._buttons()

    def _select_opening_row(self) -> None:
        """Open on the plan in force in the month looked at (of several, the one for the most departments), else
        on the first row, so its description shows and the buttons act on it."""
        try:
            in_force = self.service.in_force(self.start or self.shop.current_month())
        except HonghuaError:  # a stored plan that no longer reads: the list still opens, on its first row
            in_force = []
        if in_force and self.select_plan(max(in_force, key=lambda p: len(p.departments)).stored.id):
            return
        if self.plans.rowCount():
            self.plans.selectRow(0)

    @staticmethod
    def _month(key: str) -> str:
        """A plan's first month, kept as 2026-11, as the window writes months (2026年11月)."""
        return parse_month(key).shown_label()

    def _since(self, from_month: str | None) -> str:
        return self.tr("自 {m} 起").format(m=self._month(from_month)) if from_month else self.tr("所有期间")

    def _fit_source_column(self) -> None:
        """As wide as its sources, up to SOURCE_MAX_CHARS characters, so the table does not scroll sideways."""
        header = self.plans.horizontalHeader()
        widest = max(self.plans.sizeHintForColumn(SOURCE), header.sectionSizeHint(SOURCE))
        header.setSectionResizeMode(SOURCE, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(SOURCE, min(widest, self.fontMetrics().horizontalAdvance("事" * SOURCE_MAX_CHARS)))

    def _select(self, data: tuple[str, object]) -> bool:
        for r in range(self.plans.rowCount()):
            if self.plans.item(r, 0).data(KEY) == data:
                self.plans.selectRow(r)
                return True
        return False

    def select_plan(self, plan_id: int) -> bool:
        return self._select(("plan", plan_id))

    def select_preset(self, key: str) -> bool:
        return self._select(("preset", key))

    def selected(self) -> tuple[str, object] | None:
        rows = self.plans.selectionModel().selectedRows() if self.plans.selectionModel() else []
        if not rows:
            return None
        data = self.plans.item(rows[0].row(), 0).data(KEY)
        return (data[0], data[1]) if data else None

    def _buttons(self) -> None:
        chosen = self.selected()
        kind = chosen[0] if chosen else None
        self.copy_button.setEnabled(kind == "preset")
        self.edit_button.setEnabled(kind == "plan")
        self.use_button.setEnabled(kind is not None)
        self.export_button.setEnabled(kind is not None)
        self.about.setText(self._description(chosen))

    def _description(self, chosen: tuple[str, object] | None) -> str:
        try:
            if chosen is None:
                return ""
            if chosen[0] == "preset":
                return self.service.preset_data(str(chosen[1])).get("description", "")
            stored = next((p for p in self.service.stored() if p.id == chosen[1]), None)
            return self.service.parsed(stored).description if stored else ""
        except HonghuaError:
            return ""

    def _plan_id(self, plan_id: int | None) -> int | None:
        if plan_id is not None:
            return plan_id
        chosen = self.selected()
        if chosen is None or chosen[0] != "plan":
            errors.show_info(self, self.tr("请先选中一个本店方案（预设要先复制为本店方案）"))
            return None
        return int(chosen[1])  # type: ignore[call-overload]

    # ---- actions
    def copy_preset(self, key: str | None = None, name: str | None = None) -> SaveResult | None:
        if key is None:
            chosen = self.selected()
            if chosen is None or chosen[0] != "preset":
                errors.show_info(self, self.tr("请先选中一个预设方案"))
                return None
            key = str(chosen[1])
        try:
            result = self.service.copy_preset(key, name)
        except HonghuaError as e:
            errors.show_error(self, e.message)
            return None
        self.changed = self.changed or result.created
        self.refresh(("plan", result.stored.id))
        if not result.created:
            errors.show_info(self, self.tr("本店已有与这个预设相同的方案「{plan}」，已选中它。").format(
                plan=result.stored.label))
        return result

    def edit(self, plan_id: int | None = None) -> SaveResult | None:
        plan_id = self._plan_id(plan_id)
        if plan_id is None:
            return None
        try:
            data = self.service.editable(plan_id)
        except HonghuaError as e:
            errors.show_error(self, e.message)
            return None
        result = PlanEditorDialog.ask(self, self.shop, data)
        if result is None:
            return None
        self.changed = self.changed or result.created
        self.refresh(("plan", result.stored.id))
        if result.created:
            errors.show_info(self, self.tr("已保存为「{plan}」。已生效的期间仍按原来的版本计算；要让这个版本生效，"
                                           "请点「设为生效…」。").format(plan=result.stored.label))
        else:
            errors.show_info(self, self.tr("内容与「{plan}」相同，没有另存新版本。").format(plan=result.stored.label))
        return result

    def use_selected(self, plan_id: int | None = None,
                     choice: tuple[str | None, str | None] | None = None) -> UseResult | None:
        """Put the selected version in force; `choice` = (department or None, YYYY-MM or None), else asked.
        A selected preset is first copied as the shop's plan (once asked, so a cancel stores nothing)."""
        chosen = self.selected()
        preset = str(chosen[1]) if plan_id is None and chosen is not None and chosen[0] == "preset" else None
        if preset is None:
            plan_id = self._plan_id(plan_id)
            if plan_id is None:
                return None
        if choice is None:
            if preset is not None:
                label = dict(self.service.presets()).get(preset, preset)
            else:
                stored = next((p for p in self.service.stored() if p.id == plan_id), None)
                label = stored.label if stored else ""
            choice = UsePlanDialog.ask(self, self.shop, label, start=self.start, plan_id=plan_id)
            if choice is None:
                return None
        dept, month = choice
        try:
            with self.shop.one_action():  # a preset's copy is kept only once it is in force
                if preset is not None:
                    plan_id = self.service.copy_preset(preset).stored.id
                result = self.service.use_stored(plan_id, dept, month)
        except HonghuaError as e:
            errors.show_error(self, e.message)
            return None
        self.changed = True
        self.refresh(("plan", result.stored.id))
        lines = [self.tr("方案「{plan}」已用于{who}，{since}。").format(
            plan=result.stored.label, who=result.dept or self.tr("全部部门", "within a sentence"),
            since=self._since(result.from_month))]
        if result.replaced is not None:
            lines.append(self.tr("取代了原来的「{plan}」").format(plan=result.replaced.label))
        if result.added_metrics:
            lines.append(self.tr("已加入方案自带的指标：{names}").format(names=joined(result.added_metrics)))
        if result.overridden:
            lines.append(self.tr("注意：{depts}有自己的方案，仍按各自的方案计算").format(
                depts=joined(result.overridden)))
        if result.approved:
            lines.append(self.tr("已批准的 {periods} 保留批准时的结果，重新批准前显示为「批准后方案有变化」").format(
                periods=joined(p.shown_label() for p in result.approved)))
        errors.show_info(self, "\n".join(lines))
        return result

    def import_file(self, path: str | Path | None = None) -> SaveResult | None:
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(self, self.tr("导入方案文件"), "", self.tr("方案文件 (*.json)"))
            if not chosen:
                return None
            path = chosen
        try:
            result = self.service.import_file(path)
        except HonghuaError as e:
            errors.show_error(self, e.message)
            return None
        self.changed = self.changed or result.created
        self.refresh(("plan", result.stored.id))
        text = (self.tr("已导入为「{plan}」。要让它生效，请点「设为生效…」。") if result.created
                else self.tr("文件内容与「{plan}」相同，没有另存新版本。"))
        errors.show_info(self, text.format(plan=result.stored.label))
        return result

    def export_file(self, path: str | Path | None = None) -> Path | None:
        chosen = self.selected()
        if chosen is None:
            errors.show_info(self, self.tr("请先选中要导出的方案"))
            return None
        kind, key = chosen
        if path is None:
            name = self.plans.item(self.plans.currentRow(), 0).text() if kind == "plan" \
                else dict(self.service.presets()).get(str(key), str(key))
            suggested = paths.suggested_shop_export(name, self.shop.name, self.shop.today.isoformat(), ".json")
            picked, _ = QFileDialog.getSaveFileName(self, self.tr("导出方案文件"), str(suggested),
                                                    self.tr("方案文件 (*.json)"))
            if not picked:
                return None
            path = picked
        try:
            if kind == "plan":
                written = self.service.export_stored(int(key), path)  # type: ignore[call-overload]
            else:
                written = self.service.export(str(key), path)
        except HonghuaError as e:
            errors.show_error(self, e.message)
            return None
        errors.show_info(self, self.tr("已导出到 {path}").format(path=written))
        return written

    @classmethod
    def ask(cls, parent: QWidget | None, shop: Shop, *, start: Month | None = None) -> bool:
        """Show the dialog; True when plans were stored or put in force."""
        dialog = cls(shop, parent, start=start)
        dialog.exec()
        return dialog.changed
