"""The shop file's disk goes away while the window is open: a USB stick pulled, a network drive dropped, a
sync folder taken offline. SQLite then fails every read with SQLITE_IOERR (simulated here: on Linux an open
file outlives its folder). The window polls the file every two seconds; each failed poll was an uncaught
OperationalError — a 「程序出错」 box with a crash log, another one every two seconds behind it."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest
from PySide6.QtCore import QSettings

from app.domain import StaffDraft
from app.errors import StoreError
from app.shop import Shop
from app.store.database import Database

pytestmark = pytest.mark.usefixtures("qapp")

TODAY = date(2026, 10, 20)


def _disk_gone(monkeypatch) -> None:
    real = Database.execute

    def failing(self, sql, parameters=()):
        if "data_version" in sql:
            fault = sqlite3.OperationalError("disk I/O error")
            fault.sqlite_errorcode, fault.sqlite_errorname = 10, "SQLITE_IOERR"  # as SQLite raises it
            raise fault
        return real(self, sql, parameters)

    monkeypatch.setattr(Database, "execute", failing)


@pytest.fixture
def shop(tmp_path):
    shop = Shop.open(tmp_path / "shop.db", TODAY)
    shop.staff.add(StaffDraft("小美"))
    yield shop
    shop.close()


def test_the_store_says_an_unreadable_file_in_chinese(shop, monkeypatch):
    _disk_gone(monkeypatch)
    with pytest.raises(StoreError) as caught:
        shop.store.data_version()
    assert str(shop.store.path) in caught.value.message and "U 盘" in caught.value.message


def test_the_window_says_once_that_the_file_cannot_be_read(shop, monkeypatch, qtbot, tmp_path):
    from tests.ui.conftest import Messages
    from ui import errors
    from ui.main_window import MainWindow

    messages = Messages()
    monkeypatch.setattr(errors, "handler", messages)
    window = MainWindow(shop, settings=QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.stop_polling()
    _disk_gone(monkeypatch)
    for _poll in range(3):
        assert window.check_for_changes() is False
    [said] = messages.shown
    assert said[0] == "error" and str(shop.store.path) in said[2] and "程序出错" not in said[1]
    monkeypatch.undo()
    monkeypatch.setattr(errors, "handler", messages)
    assert window.check_for_changes() is False  # readable again: polling goes on
    _disk_gone(monkeypatch)
    window.check_for_changes()
    assert len(messages.shown) == 2  # gone again: said again
