"""Dialogs of the 评奖 page: add a manual award line, adjust a person's pay, and a person's 奖金计算单 (the
lines with their inputs and sources, and 保存PDF). Each has `ask()`; tests drive the dialog directly."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import i18n, paths
from app.awards.manual_lines import adjustment_note
from app.awards.model import KIND_LABELS
from app.errors import UserError
from app.money import format_yuan
from app.periods import Month, Period
from app.rules import Rule
from app.shop import Shop
from ui import errors
from ui.dialogs.common import fit_placeholder, ok_cancel, resize_within_screen
from ui.person_choice import namesake_ids, person_choice_among, told_apart
from ui.tasks import Task, run_with_progress
from ui.widgets.error_label import ErrorLabel
from ui.widgets.hint_text import dim_text
from ui.widgets.money_edit import MoneyEdit
from ui.widgets.table_keys import table_keys


def _range_text(rule: Rule) -> str:
    p = rule.params
    if rule.pays in ("item", "honour"):
        return ""
    low = format_yuan(p.min_fen) if p.min_fen is not None else ""
    high = format_yuan(p.max_fen) if p.max_fen is not None else ""
    if low or high:
        return f"{low or '—'} – {high or '—'}"
    return ""


class ManualAwardDialog(QDialog):
    """A line for a manual rule of the plan in force: the rule, the recipient, the amount within the rule's
    range (its default when left empty), the item, and a required reason."""

    def __init__(self, shop: Shop, period: Period, parent: QWidget | None = None, staff_id: int | None = None):
        super().__init__(parent)
        self.shop, self.period = shop, period
        self.manual_id: int | None = None
        self.setWindowTitle(self.tr("添加手动奖项 — {period}").format(period=period.shown_label()))
        self.setMinimumWidth(460)
        people = [p for p in shop.staff.list() if p.employed_during(period.start, period.end)]
        namesakes = namesake_ids(people, lambda p: p.dept)
        self.choices: list[tuple[Rule, list[tuple[str, str]]]] = []  # recipients as "staff:ID" or "dept:NAME"
        self.rule = QComboBox()
        for force in shop.awards.plans.in_force(period):
            for rule in force.plan.rules_for(period.kind):
                if rule.kind != "manual":
                    continue
                if rule.recipient == "department":
                    options = [(d, f"dept:{d}") for d in force.departments if d is not None]
                else:
                    options = [(person_choice_among(p, namesakes, p.dept or self.tr("未分部门")), f"staff:{p.id}")
                               for p in people if p.dept in force.departments]
                self.choices.append((rule, options))
                self.rule.addItem(self.tr("{award}（{plan}）").format(award=rule.name, plan=force.stored.label))
        self.recipient = QComboBox()
        self.amount = MoneyEdit()
        self.range = QLabel()
        self.item = QLineEdit()
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("必填：为什么给这个奖，例如 团队投票选出的心愿礼物"))
        fit_placeholder(self.reason)
        self.error = ErrorLabel()
        form = QFormLayout(self)
        self.approved_note = approved_note(shop, period)
        form.addRow(self.approved_note)
        form.addRow(self.tr("奖项"), self.rule)
        form.addRow(self.tr("获奖人"), self.recipient)
        form.addRow(self.tr("金额（元）"), self.amount)
        form.addRow("", self.range)
        form.addRow(self.tr("物品"), self.item)
        form.addRow(self.tr("理由"), self.reason)
        form.addRow(self.error)
        form.addRow(ok_cancel(self, self.tr("添加")))
        self.rule.currentIndexChanged.connect(self._rule_changed)
        self._rule_changed()
        if staff_id is not None:
            index = self.recipient.findData(f"staff:{staff_id}")
            if index >= 0:
                self.recipient.setCurrentIndex(index)
        if not self.choices:
            self.error.show_message(self.tr("本期生效的方案没有手动奖项"))

    def current_rule(self) -> Rule | None:
        index = self.rule.currentIndex()
        return self.choices[index][0] if 0 <= index < len(self.choices) else None

    def _rule_changed(self) -> None:
        self.recipient.clear()
        rule = self.current_rule()
        if rule is None:
            return
        for label, data in self.choices[self.rule.currentIndex()][1]:
            self.recipient.addItem(label, data)
        money = rule.pays not in ("item", "honour")
        self.amount.setEnabled(money)
        self.amount.set_fen(rule.params.amount_fen if money else None)
        self.amount.setPlaceholderText(self._amount_hint(rule))
        fit_placeholder(self.amount)
        bounds = _range_text(rule)
        kind = self.tr(KIND_LABELS[rule.pays])
        self.range.setText(self.tr("{kind}；金额范围 {bounds}").format(kind=kind, bounds=bounds) if bounds else kind)
        self.item.setEnabled(rule.pays in ("goods", "item"))
        self.item.setText((rule.item or "") if rule.pays in ("goods", "item") else "")

    def _amount_hint(self, rule: Rule) -> str:
        """Empty is the plan's amount when it has one; without one the amount must be typed."""
        if rule.pays in ("item", "honour") or rule.params.amount_fen is not None:
            return self.tr("不填")
        return self.tr("必填：奖品的价值") if rule.pays == "goods" else self.tr("必填")

    def accept(self) -> None:
        rule = self.current_rule()
        try:
            if rule is None:
                raise UserError(self.tr("本期生效的方案没有手动奖项"))
            target = self.recipient.currentData()
            if target is None:
                raise UserError(self.tr("请选择获奖人"))
            kind, who = str(target).split(":", 1)
            amount = self.amount.fen(self.tr("金额")) if self.amount.isEnabled() else None
            self.manual_id = self.shop.awards.add_manual(
                self.period, rule.name, staff_id=int(who) if kind == "staff" else None,
                dept=who if kind == "dept" else None, amount_fen=amount, item=self.item.text().strip() or None,
                reason=self.reason.text())
        except UserError as e:
            self.error.show_message(e.message)
            return
        super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None, shop: Shop, period: Period, staff_id: int | None = None) -> int | None:
        dialog = cls(shop, period, parent, staff_id)
        return dialog.manual_id if dialog.exec() == QDialog.DialogCode.Accepted else None


class AdjustDialog(QDialog):
    """Add to (positive) or deduct from (negative) a person's pay for the period, with a required reason."""

    def __init__(self, shop: Shop, period: Period, parent: QWidget | None = None, staff_id: int | None = None):
        super().__init__(parent)
        self.shop, self.period = shop, period
        self.manual_id: int | None = None
        self.setWindowTitle(self.tr("调整金额 — {period}").format(period=period.shown_label()))
        self.setMinimumWidth(420)
        self.person = QComboBox()
        self.people = {p.id: p for p in shop.staff.list() if p.employed_during(period.start, period.end)}
        namesakes = namesake_ids(self.people.values(), lambda p: p.dept)
        for p in self.people.values():
            self.person.addItem(person_choice_among(p, namesakes, p.dept or self.tr("未分部门")), p.id)
        if staff_id is not None:
            self.person.setCurrentIndex(max(self.person.findData(staff_id), 0))
        # someone out of the awards may still have their pay corrected: said before it is typed
        self.person_note = dim_text(QLabel())
        self.person_note.setWordWrap(True)
        self.person.currentIndexChanged.connect(self._show_person_note)
        self._show_person_note()
        self.amount = MoneyEdit(placeholder=self.tr("正数加发，负数扣减，例如 50 或 -30"))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("必填：调整的原因"))
        fit_placeholder(self.amount)
        fit_placeholder(self.reason)
        self.error = ErrorLabel()
        form = QFormLayout(self)
        self.approved_note = approved_note(shop, period)
        form.addRow(self.approved_note)
        form.addRow(self.tr("员工"), self.person)
        form.addRow("", self.person_note)
        form.addRow(self.tr("金额（元，±）"), self.amount)
        form.addRow(self.tr("理由"), self.reason)
        form.addRow(self.error)
        form.addRow(ok_cancel(self, self.tr("调整")))

    def _show_person_note(self) -> None:
        person = self.people.get(self.person.currentData())
        text = adjustment_note(person) if person is not None else ""
        self.person_note.setText(text)
        self.person_note.setVisible(bool(text))
        if self.isVisible():  # room for the wrapped note, or none once it goes
            self.adjustSize()

    def accept(self) -> None:
        try:
            staff_id = self.person.currentData()
            if staff_id is None:
                raise UserError(self.tr("请选择员工"))
            amount = self.amount.fen(self.tr("金额"))
            if amount is None:
                raise UserError(self.tr("请填写调整金额"))
            self.manual_id = self.shop.awards.adjust(self.period, staff_id, amount, self.reason.text())
        except UserError as e:
            self.error.show_message(e.message)
            return
        super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None, shop: Shop, period: Period, staff_id: int | None = None) -> int | None:
        dialog = cls(shop, period, parent, staff_id)
        return dialog.manual_id if dialog.exec() == QDialog.DialogCode.Accepted else None


def approved_note(shop: Shop, period: Period) -> QLabel:
    """Above a dialog adding to a period already approved: what it adds is paid once the period is approved again
    (until then the page's table shows the approval, its banner the difference)."""
    note = QLabel(shop.awards.approved_change_note(period), wordWrap=True)
    note.setTextFormat(Qt.TextFormat.PlainText)
    note.setVisible(bool(note.text()))
    return note


def _table(headers: list[str], rows: list[list[str]], right: frozenset[int] = frozenset()) -> QTableWidget:
    table = QTableWidget(len(rows), len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)  # read-only: the arrows move in it, Tab goes on to the buttons
    table_keys(table)
    table.setWordWrap(True)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            if c in right:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(r, c, item)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.Stretch)
    # measured again as the stretched column takes the window's width (a person's few rows): measured only here,
    # before the window had its size, a one-line explanation stood in a row two or three lines high
    # (once the layout is done: a column resized inside it is measured against the widths it has not given yet)
    refit = QTimer(table, singleShot=True, interval=0)
    refit.timeout.connect(table.resizeRowsToContents)
    header.sectionResized.connect(lambda *_: refit.start())
    table.resizeRowsToContents()
    return table


class ReceiptDialog(QDialog):
    """A person's 奖金计算单 for a pay month on screen: each period's lines, and the inputs with their sources."""

    def __init__(self, shop: Shop, month: Month, staff_id: int, parent: QWidget | None = None, receipt=None):
        """`receipt`: the person's receipt as `receipt.receipt_of` gives it, worked out by a worker beforehand (the
        评奖 page's); None: worked out here."""
        from app.awards.payout import changed_note
        from app.awards.receipt import left_note, plans_note, receipt_of

        super().__init__(parent)
        self.shop, self.month, self.staff_id = shop, month, staff_id
        self.person_name = told_apart(shop.staff.list())[staff_id]  # namesakes with their number
        self.saving: Task | None = None  # 保存PDF…'s work
        self.sections, self.draft, slip = receipt if receipt is not None else receipt_of(shop, month, staff_id)
        title = self.tr("{name} {month} 奖金计算单").format(name=self.person_name, month=month.shown_label())
        self.setWindowTitle(title + (self.tr("（草稿）") if self.draft else ""))
        resize_within_screen(self, 860, 600)
        layout = QVBoxLayout(self)
        heading = QLabel(title + (self.tr("（草稿：有期间尚未批准）") if self.draft else ""))
        heading.setStyleSheet("font-size: 15px; font-weight: bold;")
        layout.addWidget(heading)
        if len(self.sections) == 1:  # one period (most months): said once here rather than on every row below
            layout.addWidget(QLabel(self.sections[0].title))
        self.plans_note = QLabel(plans_note(self.sections), wordWrap=True)  # the plans the lines came from
        self.plans_note.setTextFormat(Qt.TextFormat.PlainText)  # a plan's name as the owner typed it
        self.plans_note.setVisible(bool(self.plans_note.text()))
        layout.addWidget(self.plans_note)
        # approved again since: what changed for the person, as the printed 计算单 says it under the period
        changes = [s.change if len(self.sections) == 1 else self.tr("{period}：{change}").format(
            period=s.title, change=s.change) for s in self.sections if s.change]
        self.change_note = QLabel("\n".join(changes), wordWrap=True)
        self.change_note.setTextFormat(Qt.TextFormat.PlainText)
        self.change_note.setStyleSheet("color: #8a5a00;")
        self.change_note.setVisible(bool(changes))
        layout.addWidget(self.change_note)
        # approved, then the data or plan changed: the lines are the approval's, as after 全员计算单
        changed = [s.since for s in self.sections if s.since is not None]
        self.changed_note = QLabel(changed_note(changed, receipts=True) if changed else "", wordWrap=True)
        self.changed_note.setTextFormat(Qt.TextFormat.PlainText)
        self.changed_note.setStyleSheet("color: #8a5a00;")
        self.changed_note.setVisible(bool(changed))
        layout.addWidget(self.changed_note)
        line_rows = [[s.title, x.award, self.tr(KIND_LABELS[x.kind]),
                      (x.item or self.tr(KIND_LABELS[x.kind])) if x.kind in ("item", "honour")
                      else format_yuan(x.amount_fen), x.explanation] for s in self.sections for x in s.lines]
        self.lines = _table([self.tr("期间"), self.tr("奖项"), self.tr("类型"), self.tr("金额"), self.tr("说明")],
                            line_rows, frozenset({3}))
        input_rows = [[s.title, label, value, source] for s in self.sections for label, value, source in s.inputs]
        self.inputs = _table([self.tr("期间"), self.tr("数据"), self.tr("数值"), self.tr("来源")], input_rows, frozenset({2}))
        for table in (self.lines, self.inputs):
            table.setColumnHidden(0, len(self.sections) == 1)
        self.lines.setAccessibleName(self.tr("奖项明细"))
        self.inputs.setAccessibleName(self.tr("计算所用的数据"))
        net = sum(x.amount_fen for s in self.sections for x in s.lines if x.kind in ("cash", "deduction"))
        self.net_fen = net
        layout.addWidget(self.lines, 3)
        # left before the period's last day: why the inputs below paid nothing, as the printed 计算单 says it
        self.left_note = QLabel(left_note(self.sections))
        self.left_note.setWordWrap(True)
        self.left_note.setVisible(bool(self.left_note.text()))
        layout.addWidget(self.left_note)
        layout.addWidget(QLabel(self.tr("计算依据的数据和来源：")))
        layout.addWidget(self.inputs, 2)
        self.total = QLabel(self._total_text(slip, net))
        self.total.setWordWrap(True)
        self.total.setStyleSheet("font-weight: bold;")
        layout.addWidget(self.total)
        # joined or left in the month, or left before it and paid for a longer period: as the sheet's 备注
        self.note = QLabel(self.tr("备注：{note}").format(note=slip.note) if slip is not None and slip.note else "")
        self.note.setWordWrap(True)
        self.note.setVisible(bool(self.note.text()))
        layout.addWidget(self.note)
        self.warning = QLabel(self._warning_text(slip))
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #c0392b; font-weight: bold;")
        self.warning.setVisible(bool(self.warning.text()))
        layout.addWidget(self.warning)
        if not any(s.lines for s in self.sections):  # a period approved again may have left none
            layout.addWidget(QLabel(self.tr("这个月没有此人的奖项")))
        # 保存PDF… added before 关闭: Tab goes by the order the buttons were added, so as they are read
        buttons = QDialogButtonBox()
        self.save_button = QPushButton(self.tr("保存PDF…"))
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        self.save_button.clicked.connect(lambda: self.save_pdf())
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        buttons.button(QDialogButtonBox.StandardButton.Close).setDefault(True)  # Enter closes, as before

    def _total_text(self, slip, net: int) -> str:
        """Pay, awards, deductions and what is paid, as the payout sheet adds them (taxes before)."""
        if slip is None or not slip.fixed:
            text = self.tr("奖金 {cash} − 扣款 {deduction} = 本月奖金实发（现金，税前）：{net}").format(
                cash=format_yuan(slip.cash_fen if slip else 0), deduction=format_yuan(slip.deduction_fen if slip else 0),
                net=format_yuan(net))
        else:
            names = {"base_pay": self.tr("基本工资"), "post_pay": self.tr("岗位工资"), "allowance": self.tr("补贴")}
            pay = " + ".join(f"{names.get(c, c)} {format_yuan(fen)}" for c, fen in slip.fixed)
            text = self.tr("{pay} + 奖金 {cash} − 扣款 {deduction} = 应发合计（税前）：{total}").format(
                pay=pay, cash=format_yuan(slip.cash_fen), deduction=format_yuan(slip.deduction_fen),
                total=format_yuan(slip.total_fen))
        if slip is not None and (slip.goods_fen or slip.items):  # named as on the payout sheet and the PDF
            value = [self.tr("价值 {goods}").format(goods=format_yuan(slip.goods_fen))] if slip.goods_fen else []
            text += "\n" + self.tr("实物与物品（不计入现金）：{things}").format(things=i18n.joined([*value, *slip.items], separator="；"))
        return text

    def _warning_text(self, slip) -> str:
        """As the 计算单 says it (`Payslip.warning`), in the window's language and without the amount beside."""
        from app.awards.owing import owing_sentence

        return owing_sentence(slip.owing, note=True) if slip is not None and slip.owing else ""

    def save_pdf(self, path: str | Path | None = None) -> Task | None:
        """Write the person's 计算单 as a PDF by a worker (a draft works out its periods again: a second on a big
        shop), with a progress dialog; said once written. None: no file chosen, or one is being written."""
        if self.saving is not None and self.saving.running:
            return None
        if path is None:
            # beside the payout sheet and everyone's 计算单 of the month, named as they are
            name = paths.suggested_shop_export(f"奖金计算单_{self.person_name}", self.shop.name, self.month.key(), ".pdf")
            chosen, _ = QFileDialog.getSaveFileName(self, self.tr("保存奖金计算单"), str(name),
                                                    self.tr("PDF 文件 (*.pdf)"))
            if not chosen:
                return None
            path = chosen
        from ui.pages.awards_work import receipt_pdf_work

        work = receipt_pdf_work(self.shop, self.month, self.staff_id, path, self.draft)
        self.saving = run_with_progress(self, work, title=self.tr("保存奖金计算单"), label=self.tr("正在保存计算单…"),
                                        on_success=lambda saved: errors.show_info(
                                            self, self.tr("已保存 {path}").format(path=saved)))
        return self.saving

    def done(self, result: int) -> None:
        if self.saving is not None and self.saving.running:
            self.saving.cancel_and_wait()  # its thread must not outlive the dialog
        super().done(result)

    @classmethod
    def ask(cls, parent: QWidget | None, shop: Shop, month: Month, staff_id: int, receipt=None) -> None:
        cls(shop, month, staff_id, parent, receipt).exec()
