"""新增事件 / 修改事件: date, person, type, optional amount (yuan) and number, `key=value` attributes, note.

accept() saves through shop.events.add (or, given an event, shop.events.edit, the fields filled from it); a
refused entry keeps the dialog open with the reason shown.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.errors import HonghuaError, UserError
from app.events import Event
from app.money import format_yuan, parse_yuan
from app.periods import Month
from app.services.events import attr_lines, parse_attrs
from app.shop import Shop
from ui.approved_change import Declined, write_asking
from ui.dialogs.common import grow_to_fit
from ui.person_choice import person_choice
from ui.widgets.error_label import ErrorLabel
from ui.widgets.hint_text import dim_text


class EventDialog(QDialog):
    def __init__(self, shop: Shop, month: Month, parent: QWidget | None = None, *, staff_id: int | None = None,
                 day: date | None = None, event: Event | None = None):
        super().__init__(parent)
        self.shop = shop
        self.editing = event
        self.saved: Event | None = None
        self.setWindowTitle(self.tr("修改事件") if event else self.tr("新增事件"))
        if event is not None:
            staff_id, day = event.staff_id, event.day
        self.setMinimumWidth(420)
        form = QFormLayout()

        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        today = shop.today
        self.date_edit.setMaximumDate(QDate(today.year, today.month, today.day))
        start = day or min(max(month.start, min(today, month.end)), today)
        self.date_edit.setDate(QDate(start.year, start.month, start.day))
        form.addRow(self.tr("日期"), self.date_edit)

        self.staff_combo = QComboBox()
        people = shop.staff.active_during(month.start, month.end) or shop.staff.list()
        if staff_id is not None and all(person.id != staff_id for person in people):  # an event's, off the month
            people = [*people, *(person for person in shop.staff.list() if person.id == staff_id)]
        for person in people:
            self.staff_combo.addItem(person_choice(person.name, f"#{person.id}", person.dept), person.id)
        if staff_id is not None and self.staff_combo.findData(staff_id) >= 0:
            self.staff_combo.setCurrentIndex(self.staff_combo.findData(staff_id))
        form.addRow(self.tr("员工"), self.staff_combo)

        self.type_combo = QComboBox()
        types = shop.events.types()
        self.type_labels = {e.name: e.label for e in types}  # an event holds the stored name; shown by the label
        for event_type in types:
            self.type_combo.addItem(event_type.label, event_type.shown_description)
        self.type_hint = QLabel()
        self.type_hint.setWordWrap(True)
        dim_text(self.type_hint)
        self.type_combo.currentIndexChanged.connect(self._show_type_hint)
        self._show_type_hint()
        form.addRow(self.tr("类型"), self.type_combo)
        form.addRow("", self.type_hint)

        self.amount_edit = QLineEdit()
        self.amount_edit.setPlaceholderText(self.tr("可不填，例如 1,280.00"))
        form.addRow(self.tr("金额（元）"), self.amount_edit)
        self.value_edit = QLineEdit()
        self.value_edit.setPlaceholderText(self.tr("可不填：分数、积分、系数"))
        form.addRow(self.tr("数值"), self.value_edit)
        self.attrs_edit = QPlainTextEdit()
        self.attrs_edit.setPlaceholderText(self.tr("每行一项 名称=值，例如\n毛利率=38%\n全款=是"))
        self.attrs_edit.setMaximumHeight(80)
        # two lines at least: on a short screen (a laptop at 150 %) a refusal under a long hint takes the rest,
        # where a fixed height laid the box over 备注
        self.attrs_edit.setMinimumHeight(2 * (self.attrs_edit.fontMetrics().lineSpacing() + self.attrs_edit.frameWidth()
                                              + int(self.attrs_edit.document().documentMargin())))
        self.attrs_edit.setTabChangesFocus(True)  # Tab goes on to the next field instead of typing a tab
        form.addRow(self.tr("属性"), self.attrs_edit)
        self.note_edit = QLineEdit()
        form.addRow(self.tr("备注"), self.note_edit)

        self.error_label = ErrorLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("保存"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        if event is not None:
            self._fill(event)

    @classmethod
    def ask(cls, shop: Shop, month: Month, parent: QWidget | None = None, *, staff_id: int | None = None,
            day: date | None = None, event: Event | None = None) -> Event | None:
        dialog = cls(shop, month, parent, staff_id=staff_id, day=day, event=event)
        return dialog.saved if dialog.exec() == QDialog.DialogCode.Accepted else None

    def _fill(self, event: Event) -> None:
        """The fields as the event was recorded, to be corrected."""
        shown = self.type_labels.get(event.type, event.type)
        if self.type_combo.findText(shown) < 0:  # a type no longer offered: kept, so saving keeps it
            self.type_combo.addItem(shown, "")
        self.type_combo.setCurrentIndex(self.type_combo.findText(shown))
        self.amount_edit.setText(format_yuan(event.amount_fen, symbol=False))
        self.value_edit.setText(f"{event.value.normalize():f}" if event.value is not None else "")
        # read back to the same keys and values as stored, which rules match
        self.attrs_edit.setPlainText("\n".join(attr_lines(event.attrs)))
        self.note_edit.setText(event.note)

    def _show_type_hint(self) -> None:
        self.type_hint.setText(str(self.type_combo.currentData() or ""))
        if self.isVisible():  # 备件销售's hint takes two lines
            grow_to_fit(self)

    def accept(self) -> None:
        try:
            self.saved = write_asking(self, self._save)
        except Declined:  # the dialog stays open: the date can be corrected
            return
        except HonghuaError as e:  # bad input, or the file could not be written: nothing saved
            self.error_label.show_message(e.message)
            return
        super().accept()

    def _save(self, confirm_approved: bool) -> Event:
        if self.staff_combo.currentIndex() < 0:
            raise UserError(self.tr("请先在「员工」页添加员工"))
        amount_text = self.amount_edit.text().strip()
        amount = parse_yuan(amount_text, field=self.tr("金额")) if amount_text else None
        lines = [line for line in self.attrs_edit.toPlainText().splitlines() if line.strip()]
        attrs = parse_attrs(lines)
        qdate = self.date_edit.date()
        recorded = (date(qdate.year(), qdate.month(), qdate.day()), int(self.staff_combo.currentData()),
                    self.type_combo.currentText())
        fields = {"amount_fen": amount, "value": self.value_edit.text(), "attrs": attrs, "note": self.note_edit.text(),
                  "confirm_approved": confirm_approved}
        if self.editing is not None:
            return self.shop.events.edit(self.editing.id, *recorded, **fields)
        return self.shop.events.add(*recorded, **fields)
