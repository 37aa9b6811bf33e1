"""A period picker for the award run: 月度 / 季度 / 半年 / 年度, then the month (◀ 2026年10月 ▶) or the year
and the quarter or half. `periodChanged(Period)` whenever the chosen period changes."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QSpinBox, QWidget

from app.periods import HalfYear, Month, Period, Quarter, Year
from ui.widgets.period_picker import PeriodPicker

KINDS = (("month", "月度"), ("quarter", "季度"), ("half", "半年"), ("year", "年度"))


class PeriodKindPicker(QWidget):
    periodChanged = Signal(object)

    def __init__(self, period: Period, parent: QWidget | None = None):
        super().__init__(parent)
        self._period = period
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.kind = QComboBox()
        for key, label in KINDS:
            self.kind.addItem(self.tr(label), key)
        self.month = PeriodPicker(Month(period.year, period.first_month))
        self.year = QSpinBox()
        self.year.setRange(2000, 2099)
        self.year.setSuffix(self.tr("年"))
        self.number = QComboBox()
        self.kind.setAccessibleName(self.tr("期间类型"))  # said by a screen reader: no label stands beside them
        self.number.setAccessibleName(self.tr("第几期"))
        for widget in (self.kind, self.month, self.year, self.number):
            layout.addWidget(widget)
        self._set_widgets(period)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.month.monthChanged.connect(lambda _m: self._changed())
        self.year.valueChanged.connect(lambda _y: self._changed())
        self.number.currentIndexChanged.connect(lambda _i: self._changed())

    def period(self) -> Period:
        return self._period

    def setPeriod(self, period: Period) -> None:
        if period == self._period:
            return
        self._set_widgets(period)
        self._changed()

    def _set_widgets(self, period: Period) -> None:
        for widget in (self.kind, self.month, self.year, self.number):
            widget.blockSignals(True)
        self.kind.setCurrentIndex(self.kind.findData(period.kind))
        self.month.setMonth(Month(period.year, period.first_month))
        self.year.setValue(period.year)
        self._fill_numbers(period.kind)
        if isinstance(period, Quarter):
            self.number.setCurrentIndex(period.quarter - 1)
        elif isinstance(period, HalfYear):
            self.number.setCurrentIndex(period.half - 1)
        for widget in (self.kind, self.month, self.year, self.number):
            widget.blockSignals(False)
        self._show_widgets(period.kind)

    def _fill_numbers(self, kind: str) -> None:
        self.number.clear()
        if kind == "quarter":
            for q in ("第一季度", "第二季度", "第三季度", "第四季度"):
                self.number.addItem(self.tr(q))
        elif kind == "half":
            for h in ("上半年", "下半年"):
                self.number.addItem(self.tr(h))

    def _show_widgets(self, kind: str) -> None:
        self.month.setVisible(kind == "month")
        self.year.setVisible(kind != "month")
        self.number.setVisible(kind in ("quarter", "half"))

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        month = self._month_shown()
        for widget in (self.month, self.year, self.number):
            widget.blockSignals(True)
        self.month.setMonth(month)
        self.year.setValue(month.year)
        self._fill_numbers(kind)
        if kind == "quarter":
            self.number.setCurrentIndex((month.month - 1) // 3)
        elif kind == "half":
            self.number.setCurrentIndex((month.month - 1) // 6)
        for widget in (self.month, self.year, self.number):
            widget.blockSignals(False)
        self._show_widgets(kind)
        self._changed()

    def _month_shown(self) -> Month:
        """The month a new kind starts from: within the period on show (the year the owner set stays; the month
        picker, hidden meanwhile, may hold another year), its month of the year when the period has it, else the
        period's last month (2025年第一季度 → 月度: 2025年3月)."""
        shown, month = self._period, self.month.month()
        if shown.contains(month.start):
            return month
        same = Month(shown.year, month.month)
        return same if shown.contains(same.start) else Month(shown.year, shown.first_month + shown.months - 1)

    def _read(self) -> Period:
        kind = self.kind.currentData()
        year = self.year.value()
        number = max(self.number.currentIndex(), 0) + 1
        if kind == "quarter":
            return Quarter(year, number)
        if kind == "half":
            return HalfYear(year, number)
        if kind == "year":
            return Year(year)
        return self.month.month()

    def _changed(self) -> None:
        period = self._read()
        if period != self._period:
            self._period = period
            if isinstance(period, Month):
                self.year.blockSignals(True)
                self.year.setValue(period.year)
                self.year.blockSignals(False)
            self.periodChanged.emit(period)
