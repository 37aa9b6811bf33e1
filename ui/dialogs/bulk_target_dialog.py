"""Bulk target actions: 全部上调 N%, 按部门统一设置, and the overwrite question of 复制上月目标.

Each dialog applies its action through the target service in accept(); a refused action keeps the
dialog open with the reason. `ask()` returns how many targets were written, or None when cancelled; a
`changes` list given to it receives each target changed (what the 目标 page keeps for 撤销).
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from app import i18n
from app import settings as declared
from app.domain import Staff
from app.errors import UserError
from app.i18n import joined
from app.metrics import Metric
from app.money import normalize_number_text, parse_decimal
from app.periods import Month
from app.services.targets import TargetCell
from app.shop import Shop
from ui.approved_change import Declined, write_asking
from ui.dialogs.common import fit_placeholder, grow_to_fit
from ui.widgets.error_label import ErrorLabel


class _BulkDialog(QDialog):
    def __init__(self, shop: Shop, month: Month, title: str, parent: QWidget | None = None,
                 changes: list[TargetCell] | None = None):
        super().__init__(parent)
        self.shop = shop
        self.month = month
        self.changes = changes
        self.count: int | None = None
        self.setWindowTitle(title)
        self.setMinimumWidth(360)
        self.form = QFormLayout()
        self.error_label = ErrorLabel()
        self.layout_ = QVBoxLayout(self)
        month_label = QLabel(self.tr("月份：{month}").format(month=month.shown_label()))
        self.layout_.addWidget(month_label)
        self.layout_.addLayout(self.form)
        self.layout_.addWidget(self.error_label)

    def _add_buttons(self) -> None:
        """OK and Cancel, added after the subclass's fields, so Tab goes through the fields first and the dialog
        opens at the first of them."""
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("确定"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.layout_.addWidget(buttons)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        grow_to_fit(self)  # its wrapped notes measured at the dialog's own width, not squeezed over each other

    def _metric_combo(self, selected: str | None = None) -> QComboBox:
        combo = QComboBox()
        for metric in self.shop.metrics.stored:
            combo.addItem(metric.shown_name, metric.key)
        if selected and combo.findData(selected) >= 0:
            combo.setCurrentIndex(combo.findData(selected))
        return combo

    def _metric(self, combo: QComboBox) -> Metric:
        return self.shop.metrics.get(str(combo.currentData()))

    def accept(self) -> None:
        try:
            self.count = write_asking(self, self.apply)
        except Declined:  # the dialog stays open: another month or nothing
            return
        except UserError as e:
            self.error_label.show_message(e.message)
            return
        super().accept()

    def apply(self, confirm_approved: bool) -> int:
        raise NotImplementedError

    @classmethod
    def ask(cls, shop: Shop, month: Month, parent: QWidget | None = None, **options: object) -> int | None:
        dialog = cls(shop, month, parent, **options)
        return dialog.count if dialog.exec() == QDialog.DialogCode.Accepted else None


class RaiseDialog(_BulkDialog):
    """全部上调 N%: every target of one metric this month × (100 + N) / 100 (a negative N lowers them)."""

    def __init__(self, shop: Shop, month: Month, parent: QWidget | None = None, metric_key: str | None = None,
                 changes: list[TargetCell] | None = None, rounded: list[TargetCell] | None = None,
                 rounding: list[str] | None = None, percent: list[Decimal] | None = None):
        super().__init__(shop, month, self.tr("全部上调目标"), parent, changes)
        self.percent = percent  # receives the percentage applied, to be said with the result
        self.rounded = rounded  # receives the targets rounded to what the metric keeps (`TargetService.raise_all`)
        self.rounding = rounding  # receives the rounding applied (取整到十元), to be said with the result and its 撤销
        self.metric_combo = self._metric_combo(metric_key)
        self.percent_edit = QLineEdit()
        self.percent_edit.setPlaceholderText(self.tr("例如 10 或 10%；下调填负数，如 -5"))
        fit_placeholder(self.percent_edit)
        self.form.addRow(self.tr("指标"), self.metric_combo)
        self.form.addRow(self.tr("上调比例（%）"), self.percent_edit)
        self.rounding_combo = QComboBox()  # money targets only: owners set them in round figures
        for choice in declared.RAISE_ROUNDING.choices:
            self.rounding_combo.addItem(self.tr(declared.RAISE_ROUNDING.choice_label(choice)), int(choice))
        self.rounding_combo.setCurrentIndex(self.rounding_combo.findData(int(_kept_rounding(shop))))
        self.form.addRow(self.tr("金额取整"), self.rounding_combo)
        self.scope = QLabel()  # whose targets OK changes, counted for the metric chosen
        self.scope.setWordWrap(True)
        self.form.addRow("", self.scope)
        self.direction = QLabel()  # a metric where less is better: raising its target makes it easier
        self.direction.setStyleSheet("color: #b35900;")
        self.direction.setWordWrap(True)
        self.form.addRow("", self.direction)
        self.metric_combo.currentIndexChanged.connect(lambda _i: self._show_direction())
        self._show_direction()
        self._add_buttons()

    def _show_direction(self) -> None:
        metric = self._metric(self.metric_combo)
        self.scope.setText(self._scope(metric))
        self.direction.setText("" if metric.higher_is_better else self.tr(
            "「{name}」越低越好：上调会放宽目标（例如 30秒 → 33秒），要收紧请填负数。").format(name=metric.shown_name))
        self.direction.setVisible(not metric.higher_is_better)
        self.form.setRowVisible(self.rounding_combo, metric.is_money)
        if self.isVisible():
            grow_to_fit(self)

    def _scope(self, metric: Metric) -> str:
        """How many of this month's targets of the metric the raise changes: each person's and the shop's."""
        month = self.month
        on_the_team = {p.id for p in self.shop.staff.active_during(month.start, month.end)}
        people = sum(1 for sid, key in self.shop.targets.for_month(month) if key == metric.key and sid in on_the_team)
        shop = metric.key in self.shop.targets.shop_for_month(month)
        name = i18n.within_sentence(metric.shown_name)
        if people and shop:
            return i18n.fill(self.tr("本月 {n} 人的{metric}目标和全店目标都按这个比例调整。"), n=people, metric=name)
        if people:
            return i18n.fill(self.tr("本月 {n} 人的{metric}目标按这个比例调整（没有设全店目标）。"), n=people, metric=name)
        if shop:
            return self.tr("本月只有全店目标设了{metric}目标，它按这个比例调整。").format(metric=name)
        return self.tr("本月还没有{metric}目标，没有可调整的。").format(metric=name)

    def apply(self, confirm_approved: bool) -> int:
        text = normalize_number_text(self.percent_edit.text()).removesuffix("%")
        if not text:
            raise UserError(self.tr("请填写上调比例"))
        percent = parse_decimal(text, field=self.tr("上调比例"))
        metric = self._metric(self.metric_combo)
        round_to = int(self.rounding_combo.currentData()) if metric.is_money else 0
        count = self.shop.targets.raise_all(self.month, metric, percent, round_to_yuan=round_to, changes=self.changes,
                                            rounded=self.rounded, confirm_approved=confirm_approved)
        if metric.is_money:  # the choice kept for next time; a locked shop uses it without keeping it
            self.shop.settings.remember(declared.RAISE_ROUNDING, str(round_to))
        if round_to and self.rounding is not None:
            self.rounding.append(self.rounding_combo.currentText())
        if self.percent is not None:
            self.percent.append(percent)
        return count


class DepartmentTargetDialog(_BulkDialog):
    """按部门统一设置: one value for every member of a department active this month (empty clears)."""

    def __init__(self, shop: Shop, month: Month, parent: QWidget | None = None, metric_key: str | None = None,
                 changes: list[TargetCell] | None = None):
        super().__init__(shop, month, self.tr("按部门统一设置目标"), parent, changes)
        self.dept_combo = QComboBox()
        for dept in shop.staff.departments():
            self.dept_combo.addItem(dept.name, dept.id)
        self.metric_combo = self._metric_combo(metric_key)
        self.value_edit = QLineEdit()
        self.value_edit.setPlaceholderText(self.tr("例如 12,500；留空表示清除目标"))
        fit_placeholder(self.value_edit)
        self.form.addRow(self.tr("部门"), self.dept_combo)
        self.form.addRow(self.tr("指标"), self.metric_combo)
        self.form.addRow(self.tr("目标值"), self.value_edit)
        self.part_month = QLabel()  # who joined or left within the month, and whether their target is scaled
        self.part_month.setWordWrap(True)
        self.form.addRow("", self.part_month)
        self.replacing = QLabel()  # the targets already typed that OK overwrites: said before, not only after
        self.replacing.setWordWrap(True)
        self.replacing.setStyleSheet("color: #b35900;")
        self.form.addRow("", self.replacing)
        for combo in (self.dept_combo, self.metric_combo):
            combo.currentIndexChanged.connect(lambda _i: self._show_part_month())
            combo.currentIndexChanged.connect(lambda _i: self._show_replacing())
        self._show_part_month()
        self._show_replacing()
        self._add_buttons()

    def _in_department(self, person: Staff) -> bool:
        """A member of the department chosen; nobody while the shop has no departments (the combo is empty, and
        people without a department are no department's)."""
        dept_id = self.dept_combo.currentData()
        return dept_id is not None and person.dept_id == dept_id

    def _show_replacing(self) -> None:
        month, metric = self.month, self._metric(self.metric_combo)
        targets = self.shop.targets.for_month(month)
        members = [p for p in self.shop.staff.active_during(month.start, month.end) if self._in_department(p)]
        having = [p for p in members if (p.id, metric.key) in targets]
        self.replacing.setText(i18n.fill(self.tr("这个部门 {k} 人本月已有{metric}目标，确定后会被替换（可按 Ctrl+Z 撤销）"),
                                         k=len(having), metric=i18n.within_sentence(metric.shown_name)) if having else "")
        self.replacing.setVisible(bool(having))
        if self.isVisible():
            grow_to_fit(self)

    def _show_part_month(self) -> None:
        month = self.month
        part = [p for p in self.shop.staff.list()
                if self._in_department(p) and 0 < p.days_employed(month.start, month.end) < month.days]
        if not part or not self._metric(self.metric_combo).target_prorates:  # a rate's target: days change nothing
            self.part_month.hide()
            return
        names = joined(p.name for p in part)
        if self.shop.settings.get(declared.PRORATE_TARGETS):
            text = self.tr("{n} 人本月中途入职或离职（{names}）：目标会按在职天数折算")
        else:
            text = self.tr("{n} 人本月中途入职或离职（{names}）：目标不按在职天数折算，照填写的值考核"
                           "（可在「设置 → 看板与小红花」中开启折算）")
        self.part_month.setText(text.format(n=len(part), names=names))
        self.part_month.show()
        if self.isVisible():
            grow_to_fit(self)

    def apply(self, confirm_approved: bool) -> int:
        if self.dept_combo.currentIndex() < 0:
            raise UserError(self.tr("还没有部门，请先在「员工」页设置部门"))
        metric = self._metric(self.metric_combo)
        text = self.value_edit.text()
        value = metric.parse(text) if text.strip() else None
        return self.shop.targets.set_department(self.month, self.dept_combo.currentText(), metric, value,
                                                changes=self.changes, confirm_approved=confirm_approved)


def _tr(text: str) -> str:
    return QCoreApplication.translate("BulkTargetDialog", text)


def ask_overwrite(parent: QWidget | None, month: Month, existing: int) -> bool | None:
    """复制上月目标 when this month already has targets: True = overwrite, False = fill gaps only, None = cancel."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(_tr("复制上月目标"))
    box.setText(i18n.fill(_tr("{month} 已有 {n} 项目标。"), month=month.shown_label(), n=existing))
    box.setInformativeText(_tr("覆盖：用上月的值替换已有目标；只补空缺：保留已有目标，只填没有设置的。"))
    overwrite = box.addButton(_tr("覆盖"), QMessageBox.ButtonRole.AcceptRole)
    fill = box.addButton(_tr("只补空缺"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(_tr("取消"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(fill)
    box.exec()
    if box.clickedButton() is overwrite:
        return True
    if box.clickedButton() is fill:
        return False
    return None


def _kept_rounding(shop: Shop) -> str:
    """The rounding last chosen, or the default for a value none of the choices is (a file edited by hand)."""
    kept = str(shop.settings.get(declared.RAISE_ROUNDING))
    return kept if kept in declared.RAISE_ROUNDING.choices else str(declared.RAISE_ROUNDING.default)
