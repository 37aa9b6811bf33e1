"""The shop file failing under the window: SQLite's own error escaping a page's read or a button's write (a damaged
page met while drawing the board, a USB stick pulled) is said naming the file and what to do, never as a crash for
technical support; damage met in a read has the file checked, so that the newest good backup is offered
(`backup_guard.StartupGuard`)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QMainWindow, QWidget

from app import os_errors
from ui import errors

# SQLITE_CORRUPT, SQLITE_NOTADB, and SQLITE_PERM, SQLITE_READONLY, SQLITE_IOERR, SQLITE_FULL, SQLITE_CANTOPEN: the
# file or its disk, not the program
FILE_FAULTS = frozenset({11, 26, 3, 8, 10, 13, 14})


def _tr(text: str) -> str:
    return QCoreApplication.translate("file_faults", text)


class FileFaults:
    """`errors.file_fault` while `window` is open on the shop file at `path`."""

    def __init__(self, window: QMainWindow, path: Path):
        self.window = window
        self.path = path
        self.damage_read = False  # a read met damage: the check it asks for says so even when it finds none
        self.damage_said = False  # the damaged file's message was shown after a read (the status bar keeps saying it)

    def __call__(self, parent: QWidget | None, exc: BaseException) -> bool:
        code = getattr(exc, "sqlite_errorcode", None)
        if code is None or code & 0xFF not in FILE_FAULTS:
            return False  # anything else is a bug: a crash log and its message
        if not os_errors.is_damage(exc):
            errors.show_error(parent, _tr(
                "读写数据文件 {path} 时出错（{reason}），刚才的操作没有完成。如果它在 U 盘或网络盘上，请确认盘还连着；"
                "磁盘满了就先清理出空间，然后再做一次。").format(path=self.path, reason=os_errors.sqlite_reason(exc)))
            return True
        self.damage_read = True
        from ui.widgets.backup_guard import StartupGuard

        guard = self.window.findChild(StartupGuard)
        if guard is None or guard.check_to_come():  # the check after the first paint says it, offering a backup
            self._say_checking()
            return True
        if guard.found_damage():  # said once: each page read after it would bring the same box up again
            if not self.damage_said:
                self.damage_said = True
                errors.show_error(parent, guard.damage_reason(), _tr("数据文件已损坏"))
            return True
        self._say_checking()
        guard.start()
        return True

    def _say_checking(self) -> None:
        """In the status bar, once the window is up: a message shown while its first page is being built lay over the
        shop's name there."""
        QTimer.singleShot(0, lambda: self.window.statusBar().showMessage(_tr("数据文件读不出来，正在检查它…")))

    def damage_not_found(self) -> str | None:
        """What to say when the check a damaged read asked for found the file sound (once); None otherwise."""
        if not self.damage_read:
            return None
        self.damage_read = False
        return _tr("读取数据文件 {path} 时出错（数据库的内部结构有损坏），但检查没有发现损坏。刚才的操作没有完成，"
                   "请再做一次；还是出错时，请在 设置 → 备份与恢复 中选一份备份恢复。").format(path=self.path)
