"""A date that may be left empty: a check box turns the date editor on."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QWidget


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class OptionalDateEdit(QWidget):
    changed = Signal()

    def __init__(self, default: date, parent: QWidget | None = None, *, check_text: str = "", name: str = ""):
        """`name`: what a screen reader says for the date (the form's label names this widget, not the date in it)."""
        super().__init__(parent)
        self.check = QCheckBox(check_text or self.tr("填写"))
        self.edit = QDateEdit(to_qdate(default))
        self.edit.setAccessibleName(name)
        if name:  # 填写 alone does not say which date
            self.check.setAccessibleName(self.tr("填写{name}").format(name=name))
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy-MM-dd")
        self.edit.setMinimumDate(QDate(1900, 1, 1))
        self.edit.setEnabled(False)
        self.check.toggled.connect(self.edit.setEnabled)
        self.check.toggled.connect(lambda _on: self.changed.emit())
        self.edit.dateChanged.connect(lambda _day: self.changed.emit())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit, 1)

    def date(self) -> date | None:
        return from_qdate(self.edit.date()) if self.check.isChecked() else None

    def set_date(self, day: date | None) -> None:
        self.check.setChecked(day is not None)
        if day is not None:
            self.edit.setDate(to_qdate(day))
