"""A month picker: ◀ 2026年10月 ▶, with a popup to jump to any year and month."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.periods import Month


class MonthPopup(QFrame):
    """Year spin box plus twelve month buttons; `picked(Month)` when a month is clicked."""

    picked = Signal(object)

    def __init__(self, month: Month, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Popup)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("年份")))
        self.year = QSpinBox()
        self.year.setRange(2000, 2099)
        self.year.setSuffix(self.tr("年"))
        self.year.setValue(month.year)
        top.addWidget(self.year, 1)
        layout.addLayout(top)
        grid = QGridLayout()
        self.month_buttons: list[QPushButton] = []
        for m in range(1, 13):
            button = QPushButton(self.tr("{m}月").format(m=m))
            button.setCheckable(True)
            button.setChecked(m == month.month)
            button.clicked.connect(lambda _checked=False, m=m: self._pick(m))
            grid.addWidget(button, (m - 1) // 4, (m - 1) % 4)
            self.month_buttons.append(button)
        layout.addLayout(grid)

    def _pick(self, month: int) -> None:
        self.picked.emit(Month(self.year.value(), month))
        self.close()


class PeriodPicker(QWidget):
    """◀ 2026年10月 ▶ — emits monthChanged(Month) whenever the shown month changes."""

    monthChanged = Signal(object)

    def __init__(self, month: Month, parent: QWidget | None = None):
        super().__init__(parent)
        self._month = month
        self.popup: MonthPopup | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.prev_button = QToolButton()
        self.prev_button.setArrowType(Qt.ArrowType.LeftArrow)
        self.prev_button.setToolTip(self.tr("上个月"))
        self.prev_button.setAccessibleName(self.tr("上个月"))  # an arrow has no text for a screen reader to say
        self.prev_button.clicked.connect(lambda: self.setMonth(self._month.previous()))
        self.label_button = QToolButton()
        self.label_button.setToolTip(self.tr("选择年份和月份"))
        self.label_button.setMinimumWidth(110)
        self.label_button.clicked.connect(self.show_popup)
        self.next_button = QToolButton()
        self.next_button.setArrowType(Qt.ArrowType.RightArrow)
        self.next_button.setToolTip(self.tr("下个月"))
        self.next_button.setAccessibleName(self.tr("下个月"))
        self.next_button.clicked.connect(lambda: self.setMonth(self._month.next()))
        for w in (self.prev_button, self.label_button, self.next_button):
            layout.addWidget(w)
        self._show()

    def month(self) -> Month:
        return self._month

    def setMonth(self, month: Month) -> None:
        if month == self._month:
            return
        self._month = month
        self._show()
        self.monthChanged.emit(month)

    def make_popup(self) -> MonthPopup:
        """The year/month popup, built but not shown (show_popup shows it under the label)."""
        self.popup = MonthPopup(self._month, self)
        self.popup.picked.connect(self.setMonth)
        return self.popup

    def show_popup(self) -> None:
        popup = self.make_popup()
        popup.move(self.label_button.mapToGlobal(self.label_button.rect().bottomLeft()))
        popup.show()
        popup.month_buttons[self._month.month - 1].setFocus()  # the keyboard picks from the shown month on

    def _show(self) -> None:
        self.label_button.setText(self.tr("{year}年{month}月").format(year=self._month.year, month=self._month.month))
