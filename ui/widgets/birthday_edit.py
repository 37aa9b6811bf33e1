"""A birthday as month-day in the 公历 or 农历 calendar, optional. Validity is decided by app.domain.Birthday."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QSpinBox, QWidget

from app.domain import Birthday


class BirthdayEdit(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.check = QCheckBox(self.tr("填写"))
        self.calendar = QComboBox()
        self.calendar.addItem(self.tr("公历"), False)
        self.calendar.addItem(self.tr("农历"), True)
        self.month = QSpinBox()
        self.month.setRange(1, 12)
        self.day = QSpinBox()
        self.day.setRange(1, 31)  # 02-30 can be typed; Birthday refuses it with a message
        # said by a screen reader: the form's label 生日 names this widget, not the boxes in it
        self.check.setAccessibleName(self.tr("填写生日"))
        self.calendar.setAccessibleName(self.tr("生日：公历或农历"))
        self.month.setAccessibleName(self.tr("生日：月"))
        self.day.setAccessibleName(self.tr("生日：日"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.calendar)
        layout.addWidget(self.month)
        layout.addWidget(QLabel(self.tr("月")))
        layout.addWidget(self.day)
        layout.addWidget(QLabel(self.tr("日")))
        layout.addStretch(1)
        self.check.toggled.connect(self._enable)
        self._enable(False)

    def _enable(self, on: bool) -> None:
        for widget in (self.calendar, self.month, self.day):
            widget.setEnabled(on)

    def birthday(self) -> Birthday | None:
        """None when not filled in; raises UserError for a date such as 02-30."""
        if not self.check.isChecked():
            return None
        return Birthday(self.month.value(), self.day.value(), bool(self.calendar.currentData()))

    def set_birthday(self, birthday: Birthday | None) -> None:
        self.check.setChecked(birthday is not None)
        if birthday is not None:
            self.calendar.setCurrentIndex(1 if birthday.lunar else 0)
            self.month.setValue(birthday.month)
            self.day.setValue(birthday.day)
