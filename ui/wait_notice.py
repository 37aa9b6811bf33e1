"""Work the window waits for while none of its own is up to keep alive: an older shop file's upgrade when it is
opened (a verified backup of the whole file, then the new data version, `store.db.migrate`) and a restore (the
current file backed up, the backup copied, checked and upgraded). Seconds on a big shop — 4 to 8 for an
upgrade, 20 for a restore on bench/bigshop.py's — with nothing on screen (at start, after the window closed for
a restore) or the current window frozen (a shop opened from the 文件 menu). The work runs on a thread while a
small window says what it is doing."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Qt

from app.errors import HonghuaError
from app.store import LATEST_VERSION, open_store
from app.store.db import inspect_file

SHOWN_AFTER_MS = 300  # a small shop's upgrade is done before the notice would show
Result = TypeVar("Result")


def _tr(text: str) -> str:
    return QCoreApplication.translate("wait_notice", text)


def run_saying_so(title: str, label: str, work: Callable[[], Result]) -> Result:
    """`work()` on a thread (its own connections) under a notice without a cancel button (stopped half-way, the
    upgrade and the restore leave the file as it was: nothing to gain); its error is raised here."""
    # imported here: every start asks whether to upgrade (`upgrade_saying_so`), and PySide6 makes a Qt class, and
    # its enums, when it is first used
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QProgressDialog

    from ui.tasks import Task
    from ui.write_wait import NOTICE_WIDTH, wrapped_label

    notice = QProgressDialog("", "", 0, 0)
    notice.setLabel(wrapped_label(label))  # it names whole paths: on one line, wider than a laptop's screen
    notice.setMinimumWidth(NOTICE_WIDTH)
    notice.setWindowTitle(title)
    notice.setCancelButton(None)
    notice.setWindowModality(Qt.WindowModality.ApplicationModal)
    notice.setMinimumDuration(SHOWN_AFTER_MS)
    notice.setValue(0)  # starts the delay
    done: list[Result] = []
    failed: list[BaseException] = []
    task = Task(lambda _progress, _cancelled: work())
    task.succeeded.connect(done.append)
    task.failed.connect(failed.append)
    waiting = QEventLoop()
    ended: list[bool] = []
    task.finished.connect(lambda: ended.append(True) or waiting.quit())
    task.start()
    waiting.exec()
    while not ended:  # the application's exit() (Windows logging off) ended the loop, and any loop started after it
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)  # the work still finishes
    notice.reset()
    notice.deleteLater()
    task.deleteLater()
    if failed:
        raise failed[0]
    return done[0]


def needs_upgrade(path: Path) -> bool:
    try:
        return path.is_file() and 0 < inspect_file(path) < LATEST_VERSION
    except HonghuaError:  # not a shop, newer, damaged: the open that follows says so
        return False


def upgrade_saying_so(path: Path) -> None:
    """Upgrade the older shop file at `path` (nothing for any other) under a notice; its error (an upgrade
    refused, a full disk) is raised here, as opening the shop would raise it."""
    if needs_upgrade(path):
        run_saying_so(_tr("正在升级数据文件"),
                      _tr("正在升级数据文件 {file}：先备份一份，再升级到这个版本的红花榜。"
                          "店铺的数据多时要几秒钟，请稍候…").format(file=path),
                      lambda: open_store(path, create=False).close())
