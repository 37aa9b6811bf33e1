"""The shop file is deleted (or replaced by another file) while a window has it open. Where the system lets that
happen, SQLite goes on reading and writing the file it opened, which no name leads to any more: every change saved
after it was lost when the window closed, and nothing was said. The window's poll now notices, saves what the
window still reads as a backup (which the next start offers for the missing file) and lets nothing more be
written into the lost file."""

from __future__ import annotations

import os
import shutil
from datetime import date

import pytest
from PySide6.QtCore import QSettings

from app import backups
from app.backups import files
from app.domain import StaffDraft
from app.errors import StoreError
from app.shop import Shop
from ui.navigation import page_index

pytestmark = pytest.mark.usefixtures("qapp")

TODAY = date(2026, 10, 20)


@pytest.fixture
def shop(tmp_path):
    shop = Shop.open(tmp_path / "shop.db", TODAY)
    shop.staff.add(StaffDraft("小美"))
    yield shop
    shop.close()


@pytest.fixture
def window(shop, monkeypatch, qtbot, tmp_path):
    from tests.ui.conftest import Messages
    from ui import errors
    from ui.main_window import MainWindow

    messages = Messages()
    monkeypatch.setattr(errors, "handler", messages)
    window = MainWindow(shop, settings=QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.messages = messages
    yield window
    window.stop_polling()


def _remove(path) -> None:
    for suffix in ("", "-wal", "-shm"):
        side = path.with_name(path.name + suffix)
        if side.exists():
            os.remove(side)


@pytest.mark.skipif(os.name == "nt", reason="Windows does not let an open SQLite file be deleted")
def test_a_deleted_shop_file_is_saved_as_a_backup_and_written_no_more(shop, window):
    path = shop.store.path
    shop.staff.add(StaffDraft("删除前刚来的人"))
    _remove(path)

    window.check_for_changes()

    said = window.messages.of("error")
    assert len(said) == 1 and "不见了" in said[0] and str(path) in said[0], window.messages.shown
    saved = files.list_backups(path)[0]
    assert str(saved.path) in said[0]
    assert "删除前刚来的人" in [person.name for person in Shop.open(_copy(saved.path), TODAY).staff.list()]
    with pytest.raises(StoreError) as caught:
        shop.staff.add(StaffDraft("删除后才来的人"))
    assert "不见了" in caught.value.message
    window.check_for_changes()
    assert len(window.messages.of("error")) == 1  # said once, not at every poll
    assert backups.newest_good_backup(path).path == saved.path  # what the next start offers for the missing file


@pytest.mark.skipif(os.name == "nt", reason="Windows does not let an open SQLite file be replaced")
def test_a_shop_file_replaced_by_another_file_is_not_written_through_the_old_one(shop, window, tmp_path):
    path = shop.store.path
    other = tmp_path / "other.db"
    Shop.open(other, TODAY).close()
    _remove(path)
    shutil.copyfile(other, path)

    window.check_for_changes()

    assert any("不见了" in text for text in window.messages.of("error")), window.messages.shown
    with pytest.raises(StoreError):
        shop.staff.add(StaffDraft("写进旧文件的人"))


def test_a_shop_file_left_where_it_is_is_polled_as_before(shop, window):
    window.check_for_changes()
    shop.staff.add(StaffDraft("照常"))
    assert window.messages.shown == []


def _copy(path):
    """A copy of a backup outside the backups folder, to look inside (a backup itself is not opened as a shop)."""
    copy = path.parent.parent / "looked-at.db"
    shutil.copyfile(path, copy)
    return copy


@pytest.mark.skipif(os.name == "nt", reason="Windows does not let an open SQLite file be deleted")
def test_after_the_file_is_gone_the_board_still_shows_and_no_empty_shop_is_made_in_its_place(shop, window):
    """The window says it can only be looked at: the board still reads what it shows, and work done on a
    connection of its own (评奖, 导出, 打印证书) does not make a new, empty shop file that the next start would
    open instead of offering the backup saved of it."""
    path = shop.store.path
    _remove(path)
    window.check_for_changes()

    window.show_page(page_index("dashboard"))  # it read its figures through `Store.remembered`, which raised FileGone

    with pytest.raises(StoreError) as caught:
        shop.reopen()
    assert "不见了" in caught.value.message
    assert not path.exists()
    assert backups.newest_good_backup(path) is not None


@pytest.mark.skipif(os.name == "nt", reason="Windows does not let a folder with an open file in it be renamed")
def test_a_file_whose_folder_cannot_be_found_either_is_not_taken_for_a_deleted_one(shop, window, tmp_path):
    """A USB stick pulled or a network drive dropped: Windows says "not found" of the file and of its folder, while
    SQLite's open file may still answer (a network drive back a moment later). That is not a deleted file, whose
    folder is still there: no shop made read-only and no rescue backup for it."""
    folder = tmp_path / "shop-folder"
    folder.mkdir()
    moved_shop = Shop.open(folder / "shop.db", TODAY)
    try:
        folder.rename(tmp_path / "elsewhere")  # the same as unreachable, to a path lookup

        moved_shop.store.data_version()

        moved_shop.staff.add(StaffDraft("照常写入"))
    finally:
        moved_shop.close()


@pytest.mark.skipif(os.name == "nt", reason="Windows does not let an open SQLite file be deleted")
def test_a_rescue_backup_that_fails_is_said_and_the_lost_file_is_written_no_more(shop, window, monkeypatch):
    """The backups folder cannot be listed (its permissions changed, a network share that lists nothing): the
    owner is told the shop is read-only and why no backup was saved, and nothing more goes into the lost file."""
    path = shop.store.path
    _remove(path)

    def unreadable(_db_path):
        raise PermissionError(13, "Permission denied", str(files.folder_for(path)))

    monkeypatch.setattr(files, "list_backups", unreadable)

    window.check_for_changes()

    said = window.messages.of("error")
    assert len(said) == 1 and "只能查看" in said[0] and str(files.folder_for(path)) in said[0], window.messages.shown
    with pytest.raises(StoreError):
        shop.staff.add(StaffDraft("写进不见的文件的人"))
