"""方案模拟 dialog: pick a draft plan (a file, one of the shop's plans or a preset), how many approved periods
and which departments (those its plan is in force for, every one, or one), run it in the background, and see
which departments and people were simulated and which kept their own plan, the cost per pay month, who gains and
who loses, and the rank changes beside what was approved. Nothing is written."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.awards.simulate import Cost, Simulation, simulate
from app.i18n import joined
from app.money import format_yuan
from app.shop import Shop
from ui.dialogs.common import resize_within_screen
from ui.tasks import Task, run_with_progress
from ui.widgets.table_keys import table_keys

ALL_DEPTS = object()  # the 全部部门 choice: every department runs the draft, whatever plan it is on
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
GAIN, LOSS = "#1b7f3a", "#b3261e"


def signed(fen: int) -> str:
    return ("+" if fen > 0 else "") + format_yuan(fen)


class SimulateDialog(QDialog):
    def __init__(self, shop: Shop, parent: QWidget | None = None):
        super().__init__(parent)
        self.shop = shop
        self.simulation: Simulation | None = None
        self.task: Task | None = None
        self.setWindowTitle(self.tr("方案模拟"))
        resize_within_screen(self, 900, 560)
        self.plan = QComboBox(editable=True)
        for stored in shop.awards.plans.stored():
            if self.plan.findText(stored.name) < 0:
                self.plan.addItem(stored.name)
        for key, name in shop.awards.plans.presets():  # named as the plans dialog names them, found by key
            self.plan.addItem(self.tr("{name}（预设）").format(name=name), key)
        self.plan.setCurrentText("")
        self.plan.lineEdit().setPlaceholderText(self.tr("方案文件、店铺方案名称或预设名称"))
        self.browse = QPushButton(self.tr("选择文件…"))
        self.browse.clicked.connect(self.choose_file)
        self.periods = QSpinBox()
        self.periods.setRange(1, 24)
        self.periods.setValue(6)
        self.periods.setSuffix(self.tr(" 期"))
        self.dept = QComboBox()
        self.dept.addItem(self.tr("方案适用的部门"), None)
        self.dept.addItem(self.tr("全部部门"), ALL_DEPTS)
        self.dept.setToolTip(self.tr("方案适用的部门：店里同名方案现用于的部门按草案模拟，其他部门保留自己的方案"))
        for d in shop.staff.departments():
            self.dept.addItem(d.name, d.name)
        self.run_button = QPushButton(self.tr("开始模拟"))
        self.run_button.setDefault(True)
        self.run_button.clicked.connect(self.run)
        self.plan.currentTextChanged.connect(lambda _text: self._update_run_button())
        self._update_run_button()  # nothing to simulate until a plan is chosen
        top = QHBoxLayout()
        plan_label, periods_label, dept_label = QLabel(self.tr("草案方案")), QLabel(self.tr("最近")), QLabel(self.tr("部门"))
        for label, field in ((plan_label, self.plan), (periods_label, self.periods), (dept_label, self.dept)):
            label.setBuddy(field)  # what a screen reader says for the field
        for widget in (plan_label, self.plan, self.browse, periods_label, self.periods, dept_label, self.dept,
                       self.run_button):
            top.addWidget(widget)
        top.setStretch(1, 1)
        self.summary = QLabel(self.tr("模拟只做计算，不会改变任何已批准的结果。") if shop.store.awards.approved_periods() else
                              self.tr("还没有已批准的期间：模拟是把方案用在已批准的期间上，和批准时的结果对比。请先在「评奖」页"
                                      "批准至少一个期间。"))
        self.summary.setWordWrap(True)
        self.months = self._table([self.tr("发放月份"), self.tr("对比"), self.tr("现金"), self.tr("实物价值"),
                                   self.tr("扣款"), self.tr("团队基金"), self.tr("实发现金")])
        self.people = self._table([self.tr("姓名"), self.tr("批准时实发"), self.tr("模拟实发"), self.tr("差额")])
        self.ranking = self._table([self.tr("期间"), self.tr("姓名"), self.tr("原名次"), self.tr("模拟名次"),
                                    self.tr("实发差额")])
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.setStyleSheet("color: #8a5a00;")
        self.tabs = QTabWidget()
        for table, title in ((self.months, self.tr("每月成本")), (self.people, self.tr("谁多谁少")),
                             (self.ranking, self.tr("名次变化"))):
            table.setAccessibleName(title)
            self.tabs.addTab(table, title)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.notes)
        layout.addWidget(buttons)

    def _table(self, headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table_keys(table)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        return table

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("选择方案文件"), "", self.tr("方案文件 (*.json)"))
        if path:
            self.plan.setCurrentText(path)

    def _update_run_button(self) -> None:
        running = self.task is not None and self.task.running
        self.run_button.setEnabled(bool(self.plan.currentText().strip()) and not running)

    def chosen_plan(self) -> str:
        """The file, the shop's plan or the preset's key that the box holds."""
        text = self.plan.currentText().strip()
        listed = self.plan.findText(text)
        preset = self.plan.itemData(listed) if listed >= 0 else None
        return str(preset) if preset else text

    def run(self) -> Task:
        count, chosen = self.periods.value(), self.dept.currentData()
        every = chosen is ALL_DEPTS
        dept = None if every else chosen
        word = self.chosen_plan()
        shop = self.shop

        def work(progress, cancel):  # on the worker thread: its own connection, plain data back
            own = shop.reopen()
            try:
                return simulate(own, word, periods=count, dept=dept, all_depts=every, progress=progress,
                                cancel=cancel)
            finally:
                own.close()

        self.run_button.setEnabled(False)
        self.clear_results()  # a failed run must not leave the previous plan's numbers on screen
        self.task = run_with_progress(self, work, title=self.tr("方案模拟"), label=self.tr("正在模拟…"),
                                      on_success=self.show_simulation)
        self.task.finished.connect(self._update_run_button)
        return self.task

    def clear_results(self) -> None:
        self.simulation = None
        self.summary.clear()
        self.notes.clear()
        for table in (self.months, self.people, self.ranking):
            table.setRowCount(0)

    def show_simulation(self, sim: Simulation) -> None:
        self.simulation = sim
        before, after = sim.before, sim.after
        totals = self.tr("{plan}：对比 {periods}。个人实发现金合计 {old} → {new}（{diff}）").format(
            plan=sim.plan, periods=joined(c.period.shown_label() for c in sim.periods), old=format_yuan(before.net_fen),
            new=format_yuan(after.net_fen), diff=signed(after.net_fen - before.net_fen))
        self.summary.setText("\n".join([totals, *sim.scope_lines()]))
        rows: list[list[str]] = []
        for month, old, new in sim.months:
            rows.append([month.shown_label(), self.tr("批准"), *self._money(old)])
            rows.append(["", self.tr("模拟"), *self._money(new)])
            rows.append(["", self.tr("差额"), *(signed(b - a) for a, b in zip(self._values(old), self._values(new), strict=True))])
        self._fill(self.months, rows, colour_from=2, diff_rows=True)
        self._fill(self.people, [[p.staff, format_yuan(p.before_net_fen), format_yuan(p.after_net_fen),
                                  signed(p.diff_fen)] for p in sim.people], colour_from=3)
        self._fill(self.ranking, [[c.period.shown_label(), r.staff, str(r.before), str(r.after), signed(r.diff_fen)]
                                  for c in sim.periods for r in c.ranking], colour_from=4)
        self.notes.setText("\n".join(n for c in sim.periods for n in c.notes))

    @staticmethod
    def _values(cost: Cost) -> list[int]:
        return [cost.cash_fen, cost.goods_fen, -cost.deduction_fen, cost.team_fen, cost.net_fen]

    def _money(self, cost: Cost) -> list[str]:
        return [format_yuan(v) for v in self._values(cost)]

    def _fill(self, table: QTableWidget, rows: list[list[str]], colour_from: int | None = None,
              diff_rows: bool = False) -> None:
        table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                item = QTableWidgetItem(text)
                if "¥" in text or text.isdigit():
                    item.setTextAlignment(RIGHT)
                is_diff = colour_from is not None and c >= colour_from and (not diff_rows or r % 3 == 2)
                if is_diff and text[:1] in ("+", "-"):
                    item.setForeground(QColor(GAIN if text.startswith("+") else LOSS))
                table.setItem(r, c, item)
        table.resizeColumnsToContents()

    @classmethod
    def ask(cls, parent: QWidget | None, shop: Shop) -> None:
        cls(shop, parent).exec()
