"""Start-up safety and restore in the window.

- `StartupGuard`: after the first page has painted, a worker runs `PRAGMA quick_check` on its own
  read-only connection and, when the file is sound and has no backup from today, makes the daily backup.
  A damaged file is switched to read-only at once (nothing is written to it) and the newest good backup
  is offered. A window left open past midnight (a shop PC that is never switched off) does the same once
  on each new day, so typed data gets its daily backup too.
- Restore needs the shop file closed: `request_restore(path)` ends the event loop with RESTART_CODE;
  ui/main.py closes the window and the connection, calls `reopen_after_restore`, and builds a new window on
  the same path — the restored data, or the untouched old file when the restore was refused.
"""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QWidget

from app import i18n
from app.clock import shown_stamp
from app.errors import HonghuaError
from app.shop import Shop
from ui import errors
from ui.wait_notice import run_saying_so

if TYPE_CHECKING:
    from app.backups import BackupInfo, Restored
    from app.backups.startup_check import Outcome

RESTART_CODE = 75
NEW_DAY_CHECK_MS = 10 * 60 * 1000  # how soon after midnight a window left open makes the new day's backup
_pending: list[Path] = []
_said_after_open: list[Restored] = []  # said once the window is up, in the shop's language


def _tr(text: str) -> str:
    return QCoreApplication.translate("backup", text)


# ---- restart with a restore ------------------------------------------------------------------------
def restart() -> None:
    """End the event loop so that ui/main.py reopens the window (replaced in tests)."""
    QCoreApplication.exit(RESTART_CODE)


def request_restore(source: Path) -> None:
    _pending[:] = [Path(source)]
    restart()


def take_pending_restore() -> Path | None:
    return _pending.pop() if _pending else None


def reopen_after_restore(db_path: Path, source: Path, today: date) -> tuple[Shop | None, str | None]:
    """Restore (the caller closed its connection; it still holds the window lock) and reopen.

    Returns the reopened shop and the message to show once the new window is up; (None, None) when the
    file cannot be opened at all (the error was shown).
    """
    message = None
    try:
        restored = _restore_saying_so(db_path, source)
    except HonghuaError as e:
        errors.show_error(None, e.message, _tr("恢复没有完成"))
        restored = None
    try:
        shop = Shop.open(db_path, today)
    except HonghuaError as e:
        errors.show_error(None, e.message, _tr("无法打开数据文件"))
        return None, None
    if restored is not None:
        message = _restored_text(restored, _tr("已从 {source} 恢复数据，窗口已重新打开。"))
    return shop, message


def _restored_text(restored: Restored, first: str) -> str:
    """What the window says once it is up on restored data: from what, what it replaced, where that went."""
    saved = restored.backup.info.path if restored.backup else restored.moved_aside
    message = first.format(source=restored.source)
    if restored.replaced:
        message += "\n" + i18n.fill(_tr("恢复前的数据里有 {n} 条操作记录晚于这份备份，它们不在恢复后的数据里。"),
                                     n=restored.replaced)
    if saved:
        message += "\n" + _tr("恢复前的数据保存在 {file}").format(file=saved)
    if restored.backup:  # a sound file backed up, which can be restored in turn (a damaged one moved aside cannot)
        message += "\n" + _tr("要撤销这次恢复：在 设置 → 备份与恢复 的列表里选中 {when} 的「{kind}」备份，"
                               "点「恢复所选备份…」。").format(
            # to the second: the list gives seconds to backups sharing a minute (two restores within one)
            when=shown_stamp(restored.backup.info.created.isoformat(), seconds=True), kind=restored.backup.info.label)
    return message


def take_message_after_open() -> str | None:
    """What a restore made before the window opened (the shop file damaged or gone) has to say, once."""
    return _restored_text(_said_after_open.pop(), _tr("已从 {source} 恢复数据。")) if _said_after_open else None


def offer_after_failed_open(db_path: Path, problem: str, *, kept: str = "") -> bool:
    """The file could not be opened (`problem` says why). When it is damaged, the newest good backup in its
    backups folder is offered; without one, a backup kept elsewhere (a USB stick, another computer) may be
    chosen here, the window that has 设置 → 从文件恢复… being out of reach. True when it was restored (the
    caller opens again); otherwise the problem has been said, followed by `kept` (the shop still open, if any)."""
    from app import backups

    if not backups.is_damaged(db_path):
        errors.show_error(None, problem + kept, _tr("无法打开数据文件"))
        return False
    good = backups.newest_good_backup(db_path)
    if good is None and backups.was_a_shop(db_path):
        return _restore_from_chosen_file(db_path, problem, kept)
    if good is None:
        errors.show_error(None, problem + kept, _tr("无法打开数据文件"))
        return False
    if errors.confirm(None, _offer_text(db_path, good, problem), _tr("数据文件已损坏"), yes_text=_tr("用这份备份恢复")):
        return _restored(db_path, good.path)
    errors.show_error(None, problem + kept, _tr("无法打开数据文件"))
    return False


def _restore_from_chosen_file(db_path: Path, problem: str, kept: str) -> bool:
    from PySide6.QtWidgets import QFileDialog

    from app import backups

    # an emptied file's message names the button itself (in the window's language: compared as translated)
    text = problem if _tr("从文件恢复…") in problem else problem + "\n\n" + _tr(
        "备份文件夹里没有可以恢复的备份。如果别处（例如 U 盘或另一台电脑）存有这个店铺的备份，可以选它来恢复。")
    if errors.choose(None, text + kept, _tr("无法打开数据文件"), [("file", _tr("从文件恢复…"))]) != "file":
        return False
    folder = db_path.parent / "backups"
    name, _filter = QFileDialog.getOpenFileName(None, _tr("选择要恢复的备份"), str(folder if folder.is_dir() else
                                                                                Path.home()),
                                                _tr("数据文件 (*.db);;所有文件 (*)"))
    if not name:
        return False
    try:
        backups.check_source(Path(name), current=db_path)
    except HonghuaError as e:
        errors.show_error(None, e.message, _tr("不能用这个文件恢复"))
        return False
    return _restored(db_path, Path(name))


def _restore_saying_so(db_path: Path, source: Path) -> Restored:
    """`backups.restore` under a notice: no window is up meanwhile (closed for the restore, or not open yet), and a
    big shop's restore takes some 20 seconds."""
    from app import backups

    return run_saying_so(_tr("正在恢复"), _tr("正在用 {source} 恢复数据文件 {file}：先备份当前的数据，再换上"
                                           "备份里的数据。店铺的数据多时要一会儿，请稍候…").format(
        source=source, file=db_path), lambda: backups.restore(db_path, source))


def _restored(db_path: Path, source: Path) -> bool:
    """Restore before the window opens; what it did is said once the window is up (`take_message_after_open`)."""
    try:
        restored = _restore_saying_so(db_path, source)
    except HonghuaError as e:
        errors.show_error(None, e.message, _tr("恢复没有完成"))
        return False
    _said_after_open[:] = [restored]  # worded once the shop's language is installed
    return True


def offer_for_missing_file(db_path: Path) -> bool:
    """The shop file is not there, yet its backups folder holds a good backup of it (deleted by mistake, moved
    by a sync client): no new, empty shop is made unasked. True to go on (restored, or a new shop chosen);
    False when the owner cancelled or the restore failed."""
    from app import backups

    good = backups.newest_good_backup(db_path)
    if good is None:
        return True
    text = _tr("找不到数据文件 {path}，但备份文件夹中有它的备份：最新的完好备份是 {file}（{created}，{kind}）。\n\n"
               "文件可能被误删（回收站里也许还在）、被移走，或被同步软件挪到了别处。"
               "用这份备份恢复，还是新建一个空店铺？").format(
        path=db_path, file=good.path.name, created=shown_stamp(good.created.isoformat()), kind=good.label)
    choice = errors.choose(None, text, _tr("数据文件不见了"),
                           [("restore", _tr("用这份备份恢复")), ("new", _tr("新建空店铺"))])
    if choice != "restore":
        return choice == "new"
    return _restored(db_path, good.path)


def _offer_text(db_path: Path, good: BackupInfo, problem: str) -> str:
    """The question offering `good`. A file of 0 bytes is said as the power cut it most likely was (`problem`
    says so), not as a damaged file that should be written no more."""
    from app.store.db import emptied

    if emptied(db_path) is not None:
        return problem + "\n\n" + _tr("最新的完好备份是 {file}（{created}，{kind}）。现在用它恢复吗？").format(
            file=good.path.name, created=shown_stamp(good.created.isoformat()), kind=good.label)
    return _damaged_text(db_path, good)


def _damaged_text(db_path: Path, good: BackupInfo) -> str:
    return _tr("数据文件 {path} 已损坏。为了不让损坏扩大，红花榜不会再写入这个文件。\n\n"
               "最新的完好备份是 {file}（{created}，{kind}）。现在用它恢复吗？"
               "损坏的文件会原样保存在备份文件夹中。").format(
        path=db_path, file=good.path.name, created=shown_stamp(good.created.isoformat()), kind=good.label)


# ---- the check after the first paint (`app.backups.startup_check`) ------------------------------------
class StartupGuard(QObject):
    done = Signal(object)  # the Outcome, once handled (tests wait for it)
    _finished = Signal(object)  # emitted from the worker thread

    def __init__(self, window: QWidget, shop: Shop):
        super().__init__(window)
        self.window = window
        self.shop = shop
        self.thread: threading.Thread | None = None
        self.outcome: Outcome | None = None
        self.checked_on: date | None = None  # the calendar day of the last check (backups go by the clock's day)
        self.new_day_timer = QTimer(self)
        self.new_day_timer.setInterval(NEW_DAY_CHECK_MS)
        self.new_day_timer.timeout.connect(self.check_on_a_new_day)
        self._finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._painted = False
        self._closing = False
        self._running = False  # a check started and not delivered yet
        self._watched = window.current_page()  # type: ignore[attr-defined]
        self._watched.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._painted:
            self._painted = True
            self._watched.removeEventFilter(self)
            QTimer.singleShot(0, self.start)  # after this paint has been handled
        return False

    def start(self) -> None:
        """Run the check on a plain thread with its own read-only connection; the result comes back as a
        queued signal to this (UI-thread) object."""
        if self._closing:  # the window's loop ended between its first paint and this queued start
            return
        path = Path(self.shop.store.path)
        self.checked_on = date.today()
        self._running = True

        def work() -> None:
            try:
                from app.backups.startup_check import check_and_back_up  # not before the paint

                outcome: object = check_and_back_up(path)
            except Exception as exc:  # noqa: BLE001  # handed to the UI thread, which shows it
                outcome = exc
            self._finished.emit(outcome)

        self.thread = threading.Thread(target=work, name="startup-check", daemon=True)
        self.thread.start()

    def check_on_a_new_day(self) -> None:
        """The window is still open on a later day than its last check: check and back up again (once a day,
        so a backup that failed is reported once, not at every tick)."""
        if date.today() == self.checked_on or (self.thread is not None and self.thread.is_alive()):
            return
        self.start()

    def wait(self) -> None:
        """Block until the check has finished."""
        if self.thread is not None:
            self.thread.join()

    def close(self) -> None:
        """The window's loop has ended: a check queued since its first paint never starts (its thread would report
        to the window deleted meanwhile, when a restore reopens the shop), one running is waited for."""
        self._closing = True
        self.new_day_timer.stop()
        self.wait()

    def check_to_come(self) -> bool:
        """The check after the first paint has not reported yet (not started, or running)."""
        return self._running or (not self._painted and not self._closing)

    def found_damage(self) -> bool:
        return self.outcome is not None and bool(self.outcome.problems)

    def damage_reason(self) -> str:
        """The damaged file's message: read-only now, and where to restore."""
        assert self.outcome is not None
        return _tr("数据文件 {path} 已损坏（{problem}），现在只能查看，不能修改。请在 设置 → 备份与恢复 中恢复备份。").format(
            path=self.shop.store.path, problem=self.outcome.problems[0])

    def _deliver(self, outcome: object) -> None:
        self._running = False
        if self._closing:  # queued before the loop ended: its window and shop are closed (or being replaced) now
            return
        if isinstance(outcome, Exception):
            errors.show_exception(self.window, outcome)
            return
        from app.backups.startup_check import Outcome

        assert isinstance(outcome, Outcome)
        self._handle(outcome)

    def _handle(self, outcome: Outcome) -> None:
        self.outcome = outcome
        bar = getattr(self.window, "statusBar", None)
        if outcome.unfinished:
            errors.show_info(self.window, "\n\n".join(u.text for u in outcome.unfinished), _tr("上次的恢复没有完成"))
            for unfinished in outcome.unfinished:
                unfinished.remove()  # one that cannot be removed now is said again at the next start
        faults = getattr(self.window, "file_faults", None)  # a read that met damage asked for this check
        unfound = faults.damage_not_found() if faults is not None and not outcome.problems else None
        if unfound:
            errors.show_error(self.window, unfound, _tr("读取数据文件时出错"))
        if outcome.problems:
            self.new_day_timer.stop()  # the file is read-only now and a restore was offered: not again daily
            self._damaged(outcome)
        elif outcome.backup_error:
            errors.show_error(self.window, outcome.backup_error, _tr("今天的自动备份没有完成"))
        elif outcome.backup is not None:
            if bar is not None:
                bar().showMessage(_tr("已自动备份到 {file}").format(file=outcome.backup.info.path), 8000)
            if outcome.backup.warnings:  # a clock reset by a power cut, an old backup that could not be deleted
                errors.show_info(self.window, "\n".join(outcome.backup.warnings), _tr("自动备份的提醒"))
            listed = getattr(self.window, "backups_changed", None)  # no data changed: no poll shows it in 设置's list
            if listed is not None:
                listed()
        if not outcome.problems:
            self.new_day_timer.start()
        self.done.emit(outcome)

    def _damaged(self, outcome: Outcome) -> None:
        reason = self.damage_reason()
        from app import backups

        backups.refuse_writes(self.shop.store, reason)
        bar = getattr(self.window, "statusBar", None)
        if bar is not None:
            bar().showMessage(_tr("数据文件已损坏：只读"))
        if outcome.good is None:  # not 「请在 设置 → 备份与恢复 中恢复备份」: its list holds none to restore
            errors.show_error(self.window, _tr(
                "数据文件 {path} 已损坏，现在只能查看，不能修改。\n\n备份文件夹 {folder} 中没有完好的备份。"
                "如果别处（例如 U 盘或另一台电脑）存有这个店铺的备份，请在 设置 → 备份与恢复 中点「从文件恢复…」，"
                "选那份备份来恢复。\n\n（检查结果：{problem}）").format(
                path=self.shop.store.path, folder=Path(self.shop.store.path).parent / "backups",
                problem=outcome.problems[0]), _tr("数据文件已损坏"))
            return
        if errors.confirm(self.window, _damaged_text(Path(self.shop.store.path), outcome.good), _tr("数据文件已损坏"),
                          yes_text=_tr("用这份备份恢复")):
            request_restore(outcome.good.path)
