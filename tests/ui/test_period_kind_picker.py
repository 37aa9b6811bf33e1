"""The 评奖 page's period picker keeps the year the owner sees when the kind of period changes."""

from __future__ import annotations

from app.periods import HalfYear, Month, Quarter, Year
from ui.widgets.period_kind_picker import PeriodKindPicker


def _kind(picker: PeriodKindPicker, kind: str) -> None:
    picker.kind.setCurrentIndex(picker.kind.findData(kind))


def test_switching_from_the_year_keeps_the_year_set_in_its_box(qtbot):
    """年度 → 季度 took the year of the hidden month picker (2026), not the 2025 the owner had just set."""
    picker = PeriodKindPicker(Month(2026, 9))
    qtbot.addWidget(picker)
    picker.show()
    seen = []
    picker.periodChanged.connect(seen.append)
    _kind(picker, "year")
    picker.year.setValue(2025)
    _kind(picker, "quarter")
    assert picker.period() == Quarter(2025, 3) and picker.year.value() == 2025
    picker.year.setValue(2024)
    _kind(picker, "month")
    assert picker.period() == Month(2024, 9) and picker.month.month() == Month(2024, 9)
    assert seen == [Year(2026), Year(2025), Quarter(2025, 3), Quarter(2024, 3), Month(2024, 9)]


def test_a_month_outside_the_period_shown_becomes_its_last_month(qtbot):
    picker = PeriodKindPicker(Month(2026, 9))
    qtbot.addWidget(picker)
    _kind(picker, "half")
    picker.number.setCurrentIndex(0)
    assert picker.period() == HalfYear(2026, 1)
    _kind(picker, "month")
    assert picker.period() == Month(2026, 6)
