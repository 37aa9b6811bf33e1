"""Opening an older shop file upgrades it after a backup of the whole file: seconds on a big shop. The window did
it on its own thread with nothing on screen (at start) or its current window frozen (a shop opened from the 文件
menu); the upgrade now runs on a thread while a notice says what is being done."""

from __future__ import annotations

import shutil
import threading
import time
from datetime import date
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog

from app.store import LATEST_VERSION
from app.store import db as store_db
from ui import main as gui_main

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "schema"
SLOW_UPGRADE_S = 0.8  # a big shop's backup, made longer than the notice's delay


def _notices_on_screen() -> list[str]:
    return [w.labelText() for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog) and w.isVisible()]


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
    seen: list[list[str]] = []
    QTimer.singleShot(int(SLOW_UPGRADE_S * 700), lambda: seen.append(_notices_on_screen()))
    opened = gui_main.open_shop(path, date(2026, 10, 20))
    assert opened is not None
    shop, lock = opened
    try:
        assert shop.store.schema_version() == LATEST_VERSION
        assert migrated_on and migrated_on[0] is not threading.main_thread()
        assert seen and any("正在升级数据文件" in text and str(path) in text for text in seen[0])
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
    monkeypatch.setattr(gui_main.backup_guard, "offer_after_failed_open", lambda _path, message: said.append(message))
    assert gui_main.open_shop(path, date(2026, 10, 20)) is None
    assert said == ["数据文件无法升级（测试）"]
    assert store_db.inspect_file(path) == LATEST_VERSION - 1
    assert _notices_on_screen() == []
