"""Opening an older shop file upgrades it after a backup of the whole file, and a restore backs up the current
file, then copies, checks and upgrades the backup: seconds on a big shop. The window did them on its own thread
with nothing on screen (at start, after the window closed for a restore) or its current window frozen (a shop
opened from the 文件 menu); they now run on a thread while a notice says what is being done."""

from __future__ import annotations

import shutil
import threading
import time
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog

from app.store import LATEST_VERSION
from app.store import db as store_db
from ui import main as gui_main
from ui.widgets import backup_guard

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "schema"
SLOW_UPGRADE_S = 0.8  # a big shop's backup, made longer than the notice's delay


def _slowly_on_a_thread(work, threads: list[threading.Thread]):
    def slow(*args, **kwargs):
        threads.append(threading.current_thread())
        time.sleep(SLOW_UPGRADE_S)
        return work(*args, **kwargs)
    return slow


def _notices_on_screen() -> list[str]:
    return [w.labelText() for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog) and w.isVisible()]


def _watch_notices(seen: list[str]) -> QTimer:
    """Every notice on screen while the work runs, looked at every 50 ms: a single look at a fixed time could come
    before the notice shows or after the work ended on a loaded machine."""
    watch = QTimer()
    watch.setInterval(50)
    watch.timeout.connect(lambda: seen.extend(_notices_on_screen()))
    watch.start()
    return watch


def test_an_older_shop_is_upgraded_off_the_window_thread_under_a_notice(tmp_path, monkeypatch, qapp):
    path = tmp_path / "shop.db"
    shutil.copyfile(FIXTURES / f"v{LATEST_VERSION - 1}.sqlite", path)
    migrated_on: list[threading.Thread] = []
    migrate = store_db.migrate

    def slow_migrate(*args, **kwargs):
        if store_db.inspect_file(path) < LATEST_VERSION:
            migrated_on.append(threading.current_thread())
            time.sleep(SLOW_UPGRADE_S)
        return migrate(*args, **kwargs)

    monkeypatch.setattr(store_db, "migrate", slow_migrate)
    monkeypatch.setattr("app.store.migrate", slow_migrate, raising=False)
    seen: list[str] = []
    watch = _watch_notices(seen)
    opened = gui_main.open_shop(path, date(2026, 10, 20))
    watch.stop()
    assert opened is not None
    shop, lock = opened
    try:
        assert shop.store.schema_version() == LATEST_VERSION
        assert migrated_on and migrated_on[0] is not threading.main_thread()
        assert any("正在升级数据文件" in text and str(path) in text for text in seen)
        assert _notices_on_screen() == []  # gone once the shop is open
    finally:
        shop.close()
        lock.unlock()


def test_a_refused_upgrade_is_said_and_the_file_left_as_it_was(tmp_path, monkeypatch):
    path = tmp_path / "shop.db"
    shutil.copyfile(FIXTURES / f"v{LATEST_VERSION - 1}.sqlite", path)

    def refuse(*_args, **_kwargs):
        raise store_db.UpgradeRefused("数据文件无法升级（测试）", LATEST_VERSION, "CHECK constraint failed")

    monkeypatch.setattr(store_db, "migrate", refuse)
    monkeypatch.setattr("app.store.migrate", refuse, raising=False)
    said: list[str] = []
    monkeypatch.setattr(gui_main.backup_guard, "offer_after_failed_open", lambda _path, message, kept="": said.append(message))
    assert gui_main.open_shop(path, date(2026, 10, 20)) is None
    assert said == ["数据文件无法升级（测试）"]
    assert store_db.inspect_file(path) == LATEST_VERSION - 1
    assert _notices_on_screen() == []


@pytest.mark.parametrize("when", ["after the window closed", "before the window opens"])
def test_a_restore_runs_off_the_window_thread_under_a_notice(tmp_path, monkeypatch, qapp, today, when):
    from app import backups
    from app.shop import Shop

    path = tmp_path / "shop.db"
    Shop.open(path, today).close()
    source = backups.backup_path(path, "manual").info.path
    restored_on: list[threading.Thread] = []
    monkeypatch.setattr(backups, "restore", _slowly_on_a_thread(backups.restore, restored_on))
    seen: list[str] = []
    watch = _watch_notices(seen)
    if when == "before the window opens":  # the shop file damaged or gone: restored from the offer
        assert backup_guard._restored(path, source)
        shop, message = Shop.open(path, today), backup_guard.take_message_after_open()
    else:
        shop, message = backup_guard.reopen_after_restore(path, source, today)
    watch.stop()
    try:
        assert shop is not None and str(source) in message
        assert restored_on and restored_on[0] is not threading.main_thread()
        assert any("恢复数据文件" in text and str(source) in text for text in seen)
        assert _notices_on_screen() == []
    finally:
        shop.close()


def test_a_notice_naming_long_paths_wraps_within_a_laptop_at_150_percent(qapp, monkeypatch):
    """The restore's notice names the backup and the shop file: on one line it was 1,370 pixels wide, wider than
    the laptop's 911 (and a 1366×768 screen), its start and end off the screen."""
    from laptop_support import LAPTOP_AT_150, ROOM
    from PySide6.QtWidgets import QLabel

    from ui.dialogs import common
    from ui.wait_notice import run_saying_so

    monkeypatch.setattr(common, "available_geometry", lambda _window: LAPTOP_AT_150)
    text = backup_guard._tr("正在用 {source} 恢复数据文件 {file}：先备份当前的数据，再换上备份里的数据。店铺的数据多时要"
                            "一会儿，请稍候…").format(source=r"C:\Users\店主\AppData\Local\honghua\backups\honghua-"
                                                  r"2026-12-31-2200.db", file=r"C:\Users\店主\Documents\红花榜\honghua.db")
    seen: list[tuple[int, int, int]] = []

    def measure() -> None:
        notice = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog) and w.isVisible())
        label = notice.findChild(QLabel)
        seen.append((notice.width(), label.height(), label.heightForWidth(label.width())))

    QTimer.singleShot(int(SLOW_UPGRADE_S * 700), measure)
    run_saying_so(backup_guard._tr("正在恢复"), text, lambda: time.sleep(SLOW_UPGRADE_S))
    assert seen, "the notice did not show"
    width, label_height, label_needs = seen[0]
    assert width <= ROOM.width(), width
    assert label_height >= label_needs  # every line of it shown


def test_an_exit_asked_for_while_the_work_runs_still_waits_for_its_result(qapp):
    """QApplication.exit() ends every event loop running, the notice's too: the restore's result was then missing
    (IndexError) while its work still ran on the thread."""
    from ui.wait_notice import run_saying_so

    try:
        QTimer.singleShot(50, lambda: qapp.exit(7))
        assert run_saying_so("正在恢复", "正在恢复数据文件", lambda: time.sleep(0.4) or "restored") == "restored"
    finally:
        # an exit() asked for outside the application's exec() ends every loop started after it, the later tests'
        # waits too: exec() clears that, as the app's next run would
        QTimer.singleShot(0, qapp.quit)
        qapp.exec()
    loop = QEventLoop()
    QTimer.singleShot(0, lambda: loop.exit(3))
    assert loop.exec() == 3  # loops run again
