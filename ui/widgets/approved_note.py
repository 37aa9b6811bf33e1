"""The quiet line above the 数据 and 目标 grids when the month shown counts in approved award periods (or is the
month such a period's plan compares with): said before anything is typed, in the words of the question a write
then asks (`ui/approved_change.py`), which stays."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from app.i18n import joined
from app.periods import Period, shown_date, shown_month_day


class ApprovedNote(QLabel):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent, wordWrap=True, objectName="approvedNote")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.hide()

    def show_periods(self, found: list[tuple[Period, bool, date]], today: date) -> None:
        """`found`: (period, True when the month shown is only its baseline, the day it was approved)."""
        self.setVisible(bool(found))
        if not found:
            self.clear()
            return
        periods = joined(self._item(period, base, self._day(approved, today)) for period, base, approved in found)
        self.setText(self.tr("评奖已批准：{periods}。在这里改动，这些评奖结果会标记为“批准后数据有变”，需要重新批准。"
                             ).format(periods=periods))

    def show_person(self, name: str, found: list[tuple[Period, bool, date]], today: date) -> None:
        """Above the staff form: the approved periods the person counts in, and which of their fields those
        approvals hold (`app.services.approved.staff_digest` and 参与评奖)."""
        self.setVisible(bool(found))
        if not found:
            self.clear()
            return
        periods = joined(self._item(period, base, self._day(approved, today)) for period, base, approved in found)
        self.setText(self.tr("{name}计入已批准的评奖：{periods}。改动姓名、部门、岗位、入职日期、生日或「参与评奖」，"
                             "这些评奖结果会标记为“批准后数据有变”，需要重新批准。").format(name=name, periods=periods))

    def _item(self, period: Period, base: bool, day: str) -> str:
        if base:
            return self.tr("{period}（{day}，与本月对比）").format(period=period.shown_label(), day=day)
        return self.tr("{period}（{day}）").format(period=period.shown_label(), day=day)

    @staticmethod
    def _day(approved: date, today: date) -> str:
        """The day of the approval, without its year when it is this year's."""
        return shown_month_day(approved) if approved.year == today.year else shown_date(approved)
