"""A window left open past midnight into a new month: the pages still on the month they opened on move on, as a
window opened that morning would show them — a month picker on the month that was current (看板, 数据, 目标; the
board then offers last month's final result) to the new month, the 评奖 page from the month then judged to the one
before the new month. A month the owner chose stays.

The page on show the owner may be working in (`keeps_month_while_shown`: typing into 数据 or 目标, reviewing on 评奖)
keeps its month, so the next keys go where they went; a bar above it says so and offers the new month, and goes
when the owner picks a month. Once nobody has pressed a key or used the mouse in the app for
`IDLE_BEFORE_MOVING_ON_S` since it kept its month, with no cell being typed in and no dialog open, the next poll
moves it on too. What the owner last did is watched only while a page waits so (`LastInput`): the rest of the
time the app's events pass no filter of ours."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QMouseEvent, QWheelEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget

from ui.widgets.new_month_bar import NewMonthBar
from ui.widgets.period_kind_picker import PeriodKindPicker
from ui.widgets.period_picker import PeriodPicker

if TYPE_CHECKING:
    from app.periods import Month, Period
    from app.shop import Shop

IDLE_BEFORE_MOVING_ON_S = 30 * 60
# by class, not by event.type(): making that enum costs more than the rest of the filter
INPUT_EVENTS = (QKeyEvent, QMouseEvent, QWheelEvent)


class LastInput(QObject):
    """When the owner last pressed a key or used the mouse anywhere in the app, from its making on. It sees every
    event of the app, so it only notes a time (bench/last_input_bench.py: about 2 µs an event)."""

    def __init__(self, parent: QObject, now: Callable[[], float] = time.monotonic):
        super().__init__(parent)
        self.now = now  # replaced in tests
        self.at = now()
        QApplication.instance().installEventFilter(self)  # removed by Qt when this object is deleted

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, INPUT_EVENTS):
            self.at = self.now()
        return False

    def idle_for(self) -> float:
        return self.now() - self.at


def _period(picker: QWidget) -> Period:
    return picker.month() if isinstance(picker, PeriodPicker) else picker.period()  # type: ignore[attr-defined]


def _opening_period(picker: QWidget, month: Month) -> Period:
    """The period a page opened in `month` shows: that month, or on 评奖 (a PeriodKindPicker) the one before."""
    return month if isinstance(picker, PeriodPicker) else month.previous()


def _picker(page: QWidget) -> QWidget | None:
    picker = getattr(page, "picker", None)
    return picker if isinstance(picker, (PeriodPicker, PeriodKindPicker)) else None


class NewMonth(QObject):
    def __init__(self, shop: Shop, parent: QWidget, *, watch_input: bool):
        super().__init__(parent)
        self.shop = shop
        self.bar = NewMonthBar(parent)
        self.bar.moveOn.connect(self.move_on_shown)
        self.watch_input = watch_input  # the window's day is the real date: it may be left open into a new month
        self.last_input: LastInput | None = None  # while a page is kept
        self.kept: dict[QWidget, Period] = {}  # a page that kept its month past midnight: the period it kept
        self.shown: QWidget | None = None
        self._watched: set[QWidget] = set()

    def follow(self, month_before: Month, pages: Iterable[QWidget], shown: QWidget) -> None:
        """Past midnight, now in a new month (`month_before` was current): move the pages still on the month they
        opened on; the page on show the owner may be working in keeps its month, with the bar."""
        current = self.shop.current_month()
        if current == month_before:
            return
        for page in pages:
            picker = _picker(page)
            if picker is None or _period(picker) != _opening_period(picker, month_before):
                continue
            if page is shown and getattr(page, "keeps_month_while_shown", False):
                self._keep(page, picker)
            else:
                self._move(page)
        self.show_bar_for(shown)

    def _keep(self, page: QWidget, picker: QWidget) -> None:
        self.kept[page] = _period(picker)
        if self.watch_input and self.last_input is None:
            self.last_input = LastInput(self)  # the owner may be at work now: the idle time starts here
        if page not in self._watched:
            self._watched.add(page)
            signal = picker.monthChanged if isinstance(picker, PeriodPicker) else picker.periodChanged  # type: ignore[attr-defined]
            signal.connect(partial(self._picked, page))

    def _picked(self, page: QWidget, _period_picked: object) -> None:
        """The owner picked a month (or 转到 moved it): the page is no longer kept."""
        if self._forget(page) and page is self.shown:
            self.bar.hide()

    def _forget(self, page: QWidget) -> bool:
        """True when `page` was kept; the last one forgotten, the owner's input is no longer watched."""
        was_kept = self.kept.pop(page, None) is not None
        if not self.kept and self.last_input is not None:
            QApplication.instance().removeEventFilter(self.last_input)
            self.last_input.deleteLater()
            self.last_input = None
        return was_kept

    def _move(self, page: QWidget) -> None:
        self._forget(page)
        picker = _picker(page)
        if isinstance(picker, PeriodPicker):
            picker.setMonth(self.shop.current_month())
        elif isinstance(picker, PeriodKindPicker):
            picker.setPeriod(self.shop.current_month().previous())

    def show_bar_for(self, page: QWidget) -> None:
        """The page now on show: the bar while it still shows the period it kept."""
        self.shown = page
        picker = _picker(page)
        kept = self.kept.get(page)
        if picker is None or kept is None or _period(picker) != kept:  # moved meanwhile with its signal blocked (撤销)
            self._forget(page)
            self.bar.hide()
            return
        self.bar.show_months(self.shop.current_month(), kept, _opening_period(picker, self.shop.current_month()))

    def move_on_shown(self) -> None:
        """转到 on the bar."""
        if self.shown is not None:
            self._move(self.shown)
        self.bar.hide()

    def poll(self) -> bool:
        """At each poll of the window: the bar still true (撤销 may have moved the page on show with its picker's
        signal blocked), and True when the pages kept were moved on, nobody having touched the app for a while."""
        if self.shown is not None:
            self.show_bar_for(self.shown)
        if not self.kept or self.last_input is None or self.last_input.idle_for() < IDLE_BEFORE_MOVING_ON_S:
            return False
        if _dialog_open() or any(_being_edited(page) for page in self.kept):
            return False
        for page in list(self.kept):
            self._move(page)
        self.bar.hide()
        return True


def _being_edited(page: QWidget) -> bool:
    """Edits not saved yet, or a cell's editor open (a cell opened but not typed in yet holds none)."""
    table = getattr(page, "table", None)
    if isinstance(table, QAbstractItemView) and table.state() == QAbstractItemView.State.EditingState:
        return True
    pending = getattr(page, "pending_changes", None)
    return pending is not None and bool(pending())


def _dialog_open() -> bool:
    from PySide6.QtWidgets import QDialog  # not made before the board's first paint

    if QApplication.activeModalWidget() is not None or QApplication.activePopupWidget() is not None:
        return True
    return any(isinstance(widget, QDialog) and widget.isVisible() for widget in QApplication.topLevelWidgets())
