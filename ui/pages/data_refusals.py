"""How the 数据 page says the cells it refused: whose day and why, and a person's days refused for one reason on
one line (孙丽 10月1日至9日（9 格） 不在职…), so a month pasted for 60 people says a typo among them plainly, not
as one of hundreds of alike lines."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, Qt

from app import i18n
from app.periods import shown_date
from ui.models.month_grid_model import MonthGridModel

Refusal = tuple[int, date, str]  # staff id, day, reason
SHOWN_LINES = 200  # lines of refused cells listed (in a list that scrolls) after a paste, then how many more


def _tr(text: str) -> str:
    return QCoreApplication.translate("DataPage", text)  # the page's strings: its catalogue entries


class RefusalWords:
    """Refusals named as the grid shows the people (`model`)."""

    def __init__(self, model: MonthGridModel):
        self.model = model

    def plain_name(self, staff_id: int) -> str:
        return next((p.name for p in self.model.people if p.id == staff_id), f"#{staff_id}")

    def row_name(self, staff_id: int) -> str:
        """The person as the grid's row names them: with the number when two people share the name."""
        row = next((r for r, p in enumerate(self.model.people) if p.id == staff_id), None)
        return f"#{staff_id}" if row is None else str(self.model.headerData(row, Qt.Orientation.Vertical))

    def one(self, staff_id: int, day: date, reason: str) -> str:
        """One refused cell: its person (as the row names them) and day, then why — once, when the reason
        begins with them itself (by name alone, as app/ messages say it)."""
        rest = self._rest(staff_id, day, reason)
        return _tr("{name} {month}月{day}日{rest}").format(name=self.row_name(staff_id), month=day.month, day=day.day,
                                                          rest=rest)

    def _rest(self, staff_id: int, day: date, reason: str) -> str:
        """The reason after the person and day: as the app said it after them, else after a colon."""
        said = f"{self.plain_name(staff_id)} {shown_date(day)}"
        if reason.startswith(said):
            return reason[len(said):]
        return _tr("：{reason}").format(reason=reason)

    def lines(self, refusals: Sequence[Refusal]) -> list[tuple[str, int]]:
        """(line, cells it says) for the refusals, in their order: a person's days refused for the same reason
        (before joining, after leaving, days to come) on one line with their runs of days."""
        groups: dict[tuple[int, str], list[date]] = {}
        for staff_id, day, reason in refusals:
            groups.setdefault((staff_id, self._rest(staff_id, day, reason)), []).append(day)
        said = []
        for (staff_id, rest), days in groups.items():
            if len(days) == 1:
                said.append((_tr("{name} {month}月{day}日{rest}").format(
                    name=self.row_name(staff_id), month=days[0].month, day=days[0].day, rest=rest), 1))
                continue
            runs = i18n.joined(_run(first, last) for first, last in _runs(sorted(days)))
            counted = i18n.fill(_tr("（{n} 格）"), n=len(days))
            said.append((_tr("{name} {days}{count}{rest}").format(name=self.row_name(staff_id), days=runs,
                                                                 count=counted, rest=rest), len(days)))
        return said


def listed(lines: Sequence[tuple[str, int]]) -> list[str]:
    """The first `SHOWN_LINES` lines, then how many cells the others say."""
    if len(lines) <= SHOWN_LINES:
        return [line for line, _cells in lines]
    more = sum(cells for _line, cells in lines[SHOWN_LINES:])
    return [line for line, _cells in lines[:SHOWN_LINES]] + [i18n.fill(_tr("……还有 {n} 格"), n=more)]


def _runs(days: list[date]) -> list[tuple[date, date]]:
    """Days in order as runs of consecutive days: (first, last)."""
    runs: list[tuple[date, date]] = []
    for day in days:
        if runs and day == runs[-1][1] + timedelta(days=1):
            runs[-1] = (runs[-1][0], day)
        else:
            runs.append((day, day))
    return runs


def _run(first: date, last: date) -> str:
    if first == last:
        return _tr("{month}月{day}日").format(month=first.month, day=first.day)
    return _tr("{month}月{first}日至{last}日").format(month=first.month, first=first.day, last=last.day)
