"""A shop file of an older data version is upgraded when it is opened: a verified backup of the whole file first,
then the new version (`store.db.migrate`) — seconds on a big shop (4 to 8 on bench/bigshop.py's). The window
runs that on a thread under a small window saying so: at start nothing else is on screen yet, and a shop opened
from the 文件 menu would leave the current window frozen meanwhile."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtWidgets import QProgressDialog

from app.errors import HonghuaError
from app.store import LATEST_VERSION, open_store
from app.store.db import inspect_file
from ui.tasks import Task

SHOWN_AFTER_MS = 300  # a small shop's upgrade is done before the notice would show


def _tr(text: str) -> str:
    return QCoreApplication.translate("upgrade_notice", text)


def needs_upgrade(path: Path) -> bool:
    try:
        return path.is_file() and 0 < inspect_file(path) < LATEST_VERSION
    except HonghuaError:  # not a shop, newer, damaged: the open that follows says so
        return False


def upgrade_saying_so(path: Path) -> None:
    """Upgrade the older shop file at `path` (nothing for any other) on a thread while a notice says so; its
    error (an upgrade refused, a full disk) is raised here, as opening the shop would raise it."""
    if not needs_upgrade(path):
        return
    notice = QProgressDialog(_tr("正在升级数据文件 {file}：先备份一份，再升级到这个版本的红花榜。"
                                 "店铺的数据多时要几秒钟，请稍候…").format(file=path), "", 0, 0)
    notice.setWindowTitle(_tr("正在升级数据文件"))
    notice.setCancelButton(None)  # stopped half-way, the upgrade would leave the file as it was: nothing to gain
    notice.setWindowModality(Qt.WindowModality.ApplicationModal)
    notice.setMinimumDuration(SHOWN_AFTER_MS)
    notice.setValue(0)  # starts the delay
    failed: list[BaseException] = []
    task = Task(lambda _progress, _cancelled: open_store(path, create=False).close())
    task.failed.connect(failed.append)
    waiting = QEventLoop()
    task.finished.connect(waiting.quit)
    task.start()
    waiting.exec()
    notice.reset()
    notice.deleteLater()
    task.deleteLater()
    if failed:
        raise failed[0]
