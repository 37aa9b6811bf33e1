"""The window's writes wait for another writer instead of failing after 5 s.

A scheduled `honghua import` (or the window's own background import) holds the shop file's write lock for
as long as its transaction runs. A write the window makes meanwhile (a typed cell, a new person) waits for
it: a busy cursor at once, after a moment a notice saying who is writing, with 取消; the window keeps
painting. `app.store.db._begin` asks `waiting()` between short tries for the lock.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QLabel, QProgressDialog, QWidget

NOTICE_AFTER_S = 0.5  # a short wait shows only the busy cursor
NOTICE_WIDTH = 420
LIMIT_S = 600  # then the write is given up as on cancel: nothing written, the reason said


def _tr(text: str) -> str:
    return QCoreApplication.translate("WriteWait", text)


class WriteWait:
    def __init__(self, parent: QWidget):
        self.parent = parent
        self.notice: QProgressDialog | None = None
        self.cursor_set = False

    def waiting(self, seconds: float) -> bool:
        if not self.cursor_set:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            self.cursor_set = True
        if self.notice is None and seconds >= NOTICE_AFTER_S:
            self.notice = QProgressDialog("", _tr("取消"), 0, 0, self.parent)
            label = QLabel(_tr("红花榜的另一个命令（例如计划任务的导入）或这个窗口的后台工作正在写入数据文件。"
                               "等它写完，就接着保存刚才的修改…"))
            label.setWordWrap(True)
            self.notice.setLabel(label)
            self.notice.setMinimumWidth(NOTICE_WIDTH)
            self.notice.setWindowTitle(_tr("正在等待写入"))
            self.notice.setWindowModality(Qt.WindowModality.ApplicationModal)  # no second action meanwhile
            self.notice.setMinimumDuration(0)
            self.notice.show()
        QApplication.processEvents()
        cancelled = self.notice is not None and self.notice.wasCanceled()
        return not cancelled and seconds < LIMIT_S

    def over(self) -> None:
        if self.notice is not None:
            self.notice.close()
            self.notice.deleteLater()
            self.notice = None
        if self.cursor_set:
            QApplication.restoreOverrideCursor()
            self.cursor_set = False
