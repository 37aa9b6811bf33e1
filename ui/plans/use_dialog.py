"""设为生效: for which department (or every department) and from which month (or every period) a stored
plan version is in force. Periods already computed with another version keep it when a month is given; when
approved periods would get another plan, 设为生效 first asks, naming them."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QWidget,
)

from app.i18n import joined
from app.periods import Month
from app.shop import Shop
from ui import errors
from ui.dialogs.common import ok_cancel
from ui.widgets.hint_text import dim_text
from ui.widgets.period_picker import PeriodPicker


class UsePlanDialog(QDialog):
    """For which departments, and from which month. Offered from the month the owner is looking at (the
    评奖 page's period); a shop without any plan in force yet is offered every period."""

    def __init__(self, shop: Shop, label: str, parent: QWidget | None = None, *, start: Month | None = None,
                 plan_id: int | None = None):
        super().__init__(parent)
        self.shop, self.plan_id = shop, plan_id
        self.setWindowTitle(self.tr("设为生效 — {plan}").format(plan=label))
        self.setMinimumWidth(440)
        self.dept = QComboBox()
        self.dept.addItem(self.tr("全部部门"), None)
        for d in shop.staff.departments():
            self.dept.addItem(d.name, d.name)
        self.from_month = QRadioButton(self.tr("从"))
        self.always = QRadioButton(self.tr("所有期间（已批准的结果不受影响）"))
        self.group = QButtonGroup(self)
        self.group.addButton(self.from_month)
        self.group.addButton(self.always)
        first_plan = not shop.awards.plans.assignments()
        (self.always if first_plan else self.from_month).setChecked(True)
        self.month = PeriodPicker(start or shop.current_month())
        row = QHBoxLayout()
        row.addWidget(self.from_month)
        row.addWidget(self.month)
        row.addWidget(QLabel(self.tr("起")))
        row.addStretch(1)
        self.note = note = QLabel()
        note.setWordWrap(True)
        dim_text(note)
        self.from_month.toggled.connect(self._mode)
        self._mode()
        form = QFormLayout(self)
        form.addRow(self.tr("用于"), self.dept)
        form.addRow(self.tr("生效"), row)
        form.addRow("", self.always)
        form.addRow("", note)
        form.addRow(ok_cancel(self, self.tr("设为生效")))

    def _mode(self) -> None:
        dated = self.from_month.isChecked()
        self.month.setEnabled(dated)
        self.note.setText(self.tr("之前的月份仍按原来生效的方案版本计算。") if dated else
                          self.tr("尚未批准的期间都将按这个方案计算。"))

    def accept(self) -> None:
        if self.approved_ok():
            super().accept()

    def approved_ok(self) -> bool:
        """True when no approved period would get another plan, or the owner agrees after being told which."""
        dept, month = self.choice()
        periods = self.shop.awards.plans.approved_periods_from(month, dept, self.plan_id)
        if not periods:
            return True
        text = self.tr("{periods} 已经批准。设为生效后，这些期间仍保留批准时的获奖行（发放表、计算单不变），"
                       "但在重新批准之前，评奖页会显示它们「批准后方案有变化」。\n\n仍要设为生效吗？").format(
            periods=joined(p.shown_label() for p in periods))
        return errors.confirm(self, text, self.tr("已批准的期间"), yes_text=self.tr("仍设为生效"))

    def choice(self) -> tuple[str | None, str | None]:
        """(department or None for all, first month `YYYY-MM` or None for every period)."""
        month = self.month.month().key() if self.from_month.isChecked() else None
        return self.dept.currentData(), month

    @classmethod
    def ask(cls, parent: QWidget | None, shop: Shop, label: str, *, start: Month | None = None,
            plan_id: int | None = None) -> tuple[str | None, str | None] | None:
        dialog = cls(shop, label, parent, start=start, plan_id=plan_id)
        return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None
