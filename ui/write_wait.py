"""The window's writes wait for another writer instead of failing after 5 s.

A scheduled `honghua import` (or the window's own background import) holds the shop file's write lock for
as long as its transaction runs. A write the window makes meanwhile (a typed cell, a new person) waits for
it: a busy cursor at once, after a moment a notice saying who is writing, with 取消; the window keeps
painting. `app.store.db._begin` asks `waiting()` between short tries for the lock (in rollback-journal mode,
where WAL cannot work, for the whole file: other programs' reads end first), as `Database._waited` does for a
read a writer keeps out; no transaction of the window is open meanwhile. Meanwhile the window's poll for
other programs' changes (`MainWindow.check_for_changes`) reloads nothing: the page would be rebuilt under the
write that waits (a typed cell half saved); the first poll after it catches up.

Background work (`ui.tasks`: an import's commit, an approval, certificates numbered, a print recorded, the
demo shop) waits the same way on its worker thread (`TaskWriteWait`): the worker waits, the window stays as
it is, the task's own progress shows the notice and its 取消 ends the wait with nothing written (a task with no
progress dialog, the 评奖 page's status run, shows it in the page: `ui.widgets.file_wait_bar`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from app.errors import Cancelled

if TYPE_CHECKING:  # PySide6 makes a class, and its enums, when it is first used: when a write waits, not at start
    from PySide6.QtWidgets import QProgressDialog

NOTICE_AFTER_S = 0.5  # a short wait shows only the busy cursor
NOTICE_WIDTH = 420
LIMIT_S = 600  # then the write is given up as on cancel: nothing written, the reason said
UNATTENDED_LIMIT_S = 5  # a read while the TV covers the window: given up sooner, the TV saying what it shows


def _tr(text: str) -> str:
    return QCoreApplication.translate("WriteWait", text)


def wrapped_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


def task_notice() -> str:
    """What a task's progress says while its write waits."""
    return _tr("红花榜的另一个命令（例如计划任务的导入）或窗口正在写入数据文件。等它写完，就接着写入；"
               "点「取消」则什么都不写。")


class WriteWait:
    def __init__(self, parent: QWidget):
        self.parent = parent
        self.notice: QProgressDialog | None = None
        self.cursor_set = False
        # a write of the window waits now: the window's timers still run (its change poll holds its reload)
        self.in_progress = False
        # events are being processed between two steps: a wait that ends meanwhile is one a timer started
        # inside this one (a read of the TV board's reload), and this one still waits
        self.stepping = 0
        # the TV covers the window (`ui.tv_mode`): nobody is at the keyboard to answer a notice, and its Esc must
        # reach the TV, so a wait then shows nothing, takes keys, and gives up after UNATTENDED_LIMIT_S
        self.unattended = False

    def waiting(self, seconds: float) -> bool:
        from PySide6.QtCore import QEventLoop
        from PySide6.QtWidgets import QProgressDialog

        self.in_progress = True
        if self.unattended and self.notice is None:
            self.stepping += 1
            try:
                QApplication.processEvents()  # the TV paints, turns its pages, and leaves on Esc
            finally:
                self.stepping -= 1
            if self.unattended:
                return seconds < UNATTENDED_LIMIT_S
            # the TV was left meanwhile: the owner is back, and the wait goes on as the window's
        if not self.cursor_set:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            self.cursor_set = True
        if self.notice is None and seconds >= NOTICE_AFTER_S:
            self.notice = QProgressDialog("", _tr("取消"), 0, 0, self.parent)
            self.notice.setLabel(wrapped_label(_tr(
                "红花榜的另一个命令（例如计划任务的导入）或这个窗口的后台工作正在使用数据文件。等它用完，就接着刚才的操作…")))
            self.notice.setMinimumWidth(NOTICE_WIDTH)
            self.notice.setWindowTitle(_tr("正在等待写入"))
            self.notice.setWindowModality(Qt.WindowModality.ApplicationModal)  # no second action meanwhile
            self.notice.setMinimumDuration(0)
            self.notice.show()
        self.stepping += 1
        try:
            if self.notice is None:  # keys and clicks wait for this write: a second edit must not start under it
                QApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
            else:  # the notice is modal: what reaches the window now is its 取消
                QApplication.processEvents()
        finally:
            self.stepping -= 1
        cancelled = self.notice is not None and self.notice.wasCanceled()
        return not cancelled and seconds < LIMIT_S

    def over(self) -> None:
        if self.stepping:  # the wait of a read a timer made inside this wait's steps: this one goes on
            return
        self.in_progress = False
        if self.notice is not None:
            self.notice.close()
            self.notice.deleteLater()
            self.notice = None
        if self.cursor_set:
            QApplication.restoreOverrideCursor()
            self.cursor_set = False


class ShownReadWait:
    """The office TV's refresh kept out by another writer (in rollback-journal mode a writer writing out its
    changes holds even readers out): waits while the TV is `shown()`, for UNATTENDED_LIMIT_S at most, with no
    notice nobody would answer, the TV painting meanwhile; given up, the TV goes on showing what it read last
    (`TvWindow.reload`). Over the window the TV takes its keys meanwhile (Esc leaves, and the read is then given
    up at once). On a screen of its own (`attended()`: the owner may be at the window) the clicks and keys wait
    for the read, with the busy cursor, as they wait for the window's own writes: a save begun inside this wait
    would wait as the TV does, 5 s with nothing said and then an error, not with the window's notice and 取消."""

    def __init__(self, shown: Callable[[], bool], attended: Callable[[], bool] = lambda: False):
        self.shown, self.attended = shown, attended
        self.cursor_set = False

    def waiting(self, seconds: float) -> bool:
        from PySide6.QtCore import QEventLoop

        if self.attended():
            if not self.cursor_set:
                QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
                self.cursor_set = True
            QApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        else:
            QApplication.processEvents()
        return self.shown() and seconds < UNATTENDED_LIMIT_S

    def over(self) -> None:
        if self.cursor_set:
            QApplication.restoreOverrideCursor()
            self.cursor_set = False


class TaskWriteWait(QObject):
    """The wait of a write made on a task's worker thread (`waiting` and `over` are called there, so they only
    emit): `noticed` once it has lasted a moment, `ended` when it is over. The task's cancel stops the wait
    with Cancelled, before anything was begun; after LIMIT_S the write is given up as the window's."""

    noticed = Signal()
    ended = Signal()

    def __init__(self, cancelled: Callable[[], bool], parent: QObject | None = None):
        super().__init__(parent)
        self.cancelled = cancelled
        self.shown = False

    def waiting(self, seconds: float) -> bool:
        if self.cancelled():
            raise Cancelled()
        if not self.shown and seconds >= NOTICE_AFTER_S:
            self.shown = True
            self.noticed.emit()
        return seconds < LIMIT_S

    def over(self) -> None:
        if self.shown:
            self.shown = False
            self.ended.emit()


class NoWait:
    """A look at the file that would rather not know than wait (the office TV asking whether the file changed):
    kept out by another writer, it gives up at once."""

    def waiting(self, seconds: float) -> bool:
        return False

    def over(self) -> None:
        pass
