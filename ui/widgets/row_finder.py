"""找人 above a grid of people (the 目标 page's): a name, sub-account or pinyin typed goes to that person's row
without hiding the others; ↓ and ↑ go to the next and the previous person found, Enter into the cell to type.
A 200-person grid was otherwise scrolled through by eye."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QTableView, QWidget

from app.domain import Staff, normalize_alias
from app.pinyin import spellings


def person_found(typed: str, person: Staff) -> bool:
    """Whether the text typed is in the person's name, one of their sub-accounts or the name's pinyin."""
    needle = normalize_alias(typed).casefold()
    return bool(needle) and any(needle in normalize_alias(text).casefold()
                                for text in (person.name, *person.aliases, *spellings(person.name)))


class RowFinder(QLineEdit):
    notFound = Signal(str)  # the text typed, found in nobody's row
    found = Signal()

    def __init__(self, table: QTableView, people: Callable[[], list[Staff]], column: Callable[[], int],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.table, self.people, self.column = table, people, column
        self.setPlaceholderText(self.tr("找人：姓名或拼音"))
        self.setToolTip(self.tr("输入姓名、子账号或拼音（如 zhangwei、zw）跳到那一行；↓↑ 下一个、上一个，回车到格子里输入"))
        self.setAccessibleName(self.tr("在表格中找人"))
        self.setClearButtonEnabled(True)
        self.textEdited.connect(lambda _text: self.go(0, 1))
        self.returnPressed.connect(self._into_the_cell)
        self.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            step = 1 if event.key() == Qt.Key.Key_Down else -1
            self.go(self.table.currentIndex().row() + step, step)
            return True
        return super().eventFilter(watched, event)

    def go(self, start: int, step: int) -> int | None:
        """To the first person found from row `start` on in the direction of `step` (round the end); their row."""
        people = self.people()
        if not self.text().strip() or not people:
            return None
        for offset in range(len(people)):
            row = (start + step * offset) % len(people)
            if person_found(self.text(), people[row]):
                index = self.table.model().index(row, self.column())
                self.table.setCurrentIndex(index)
                self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
                self.found.emit()
                return row
        self.notFound.emit(self.text().strip())
        return None

    def _into_the_cell(self) -> None:
        if self.text().strip() and self.table.currentIndex().isValid():
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)  # to type the target of the person found
