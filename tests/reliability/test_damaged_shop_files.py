"""What the owner meets at start-up when the shop file is not what it was: emptied to 0 bytes (a power cut
before the disk wrote it, a USB stick pulled, a sync conflict) while its backups are there, or written by a
newer version. Truncated, garbled and foreign files: tests/ui/test_startup.py, tests/backups/."""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from app import backups, paths
from app.cli import main as cli_main
from app.domain import StaffDraft
from app.errors import StoreError
from app.shop import Shop
from app.store import open_store

TODAY = date(2026, 10, 20)


def _shop_with_one_person(path: Path) -> None:
    shop = Shop.open(path, TODAY)
    shop.staff.add(StaffDraft("小美"))
    shop.close()


def _written_by_a_newer_version(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 999")
    conn.close()


def _staff_names(path: Path) -> list[str]:
    shop = Shop.open(path, TODAY)
    try:
        return [p.name for p in shop.staff.list()]
    finally:
        shop.close()


@pytest.fixture
def emptied(tmp_path) -> tuple[Path, Path]:
    """A shop with one person and a manual backup, whose file then lost all its bytes: (file, backup)."""
    path = tmp_path / "shop.db"
    _shop_with_one_person(path)
    backup = backups.backup_path(path, "manual").info.path
    path.write_bytes(b"")
    return path, backup


def _cli(capsys, path: Path, *args: str) -> tuple[int, str]:
    capsys.readouterr()
    code = cli_main(["--db", str(path), "--today", TODAY.isoformat(), *args])
    said = capsys.readouterr()
    return code, said.out + said.err


def test_an_emptied_shop_file_with_backups_is_not_opened_as_a_new_shop(emptied):
    path, backup = emptied
    side_files = sorted(p.name for p in path.parent.glob("shop.db-*"))
    with pytest.raises(StoreError) as caught:
        open_store(path)
    assert "0 字节" in caught.value.message and str(path) in caught.value.message and backup.name in caught.value.message
    assert path.stat().st_size == 0 and sorted(p.name for p in path.parent.glob("shop.db-*")) == side_files


def test_a_file_a_restore_moved_aside_is_not_named_as_the_newest_backup(tmp_path):
    """Only a newer version's file that a restore kept whole is left in the backups folder (the backup restored
    from was deleted since): the emptied shop is still refused, and that file is named as what it is."""
    path = tmp_path / "shop.db"
    _shop_with_one_person(path)
    older = backups.backup_path(path, "manual").info.path
    _written_by_a_newer_version(path)
    backups.restore(path, older)
    older.unlink()
    [kept] = backups.list_backups(path)
    assert kept.kind == "unusable"
    path.write_bytes(b"")
    with pytest.raises(StoreError) as caught:
        open_store(path)
    message = caught.value.message
    assert "0 字节" in message and "文件未被修改" in message
    assert "最新的备份" not in message and "请从备份恢复" not in message
    assert f"移到一旁的新版本或其他程序的原文件 {kept.path}" in message and "没有可以恢复的备份" in message
    assert path.stat().st_size == 0


def test_a_new_empty_file_without_backups_is_still_a_new_shop(tmp_path):
    path = tmp_path / "shop.db"
    path.write_bytes(b"")
    store = open_store(path)
    assert store.is_empty()
    store.close()


def test_the_command_line_refuses_it_and_check_names_the_backup(emptied, capsys):
    path, backup = emptied
    code, said = _cli(capsys, path, "staff", "add", "小新")
    assert code == 1 and "0 字节" in said and backup.name in said
    assert path.stat().st_size == 0
    code, said = _cli(capsys, path, "check")
    assert code == 1 and f'honghua --db "{path}" restore "{backup}"' in said  # the file named, as typed
    code, said = _cli(capsys, path, "restore", str(backup))
    assert code == 0, said
    assert _staff_names(path) == ["小美"]
    assert [b.kind for b in backups.list_backups(path)].count("damaged") == 1  # the 0-byte file, kept aside


@pytest.mark.usefixtures("qapp")
def test_the_window_offers_the_newest_backup_and_opens_it(emptied, monkeypatch):
    from tests.ui.conftest import Messages
    from ui import errors
    from ui.main import main

    messages = Messages()
    monkeypatch.setattr(errors, "handler", messages)
    path, backup = emptied
    assert main(["--db", str(path), "--today", TODAY.isoformat(), "--exit-after-startup"]) == 0
    assert backup.name in messages.of("confirm")[0]
    assert _staff_names(path) == ["小美"]


def test_check_does_not_call_a_newer_versions_file_damaged(tmp_path, capsys):
    """Nothing is wrong with it: the owner is told to upgrade, not to restore an older backup over it."""
    path = tmp_path / "shop.db"
    _shop_with_one_person(path)
    backups.backup_path(path, "manual")
    _written_by_a_newer_version(path)
    code, said = _cli(capsys, path, "check")
    assert code == 1 and "请升级红花榜" in said
    assert "损坏" not in said and "restore" not in said and "技术支持" not in said


def test_restore_over_a_newer_versions_file_does_not_call_it_damaged(tmp_path, capsys):
    """The owner put an older backup back over a file a newer version wrote: that file is kept whole in the
    backups folder, and said to be a newer version's, not a damaged one."""
    path = tmp_path / "shop.db"
    _shop_with_one_person(path)
    older = backups.backup_path(path, "manual").info.path
    _written_by_a_newer_version(path)
    code, said = _cli(capsys, path, "restore", str(older))
    assert code == 0 and "更新版本" in said and "损坏" not in said and "damaged" not in said
    [kept] = [b for b in backups.list_backups(path) if b.kind == "unusable"]
    assert sqlite3.connect(kept.path).execute("PRAGMA user_version").fetchone() == (999,)
    _written_by_a_newer_version(path)
    code, said = _cli(capsys, path, "restore", str(older), "--json")
    result = json.loads(said)
    assert code == 0 and result["previous_unusable"] is True and result["previous_damaged"] is False


def test_a_read_only_shop_file_is_named_not_its_folder(tmp_path, monkeypatch):
    """Windows: a shop file copied from a CD or an old backup disc keeps its 只读 attribute; the folder is
    writable, so the message must point at the file."""
    import os

    from app.store import db as db_module

    path = tmp_path / "shop.db"
    store = open_store(path)
    real_access = os.access
    monkeypatch.setattr(db_module.os, "access",
                        lambda p, mode, **kw: False if Path(p) == path and mode == os.W_OK else real_access(p, mode, **kw))
    with pytest.raises(StoreError) as caught, store.atomic():
        raise sqlite3.OperationalError("attempt to write a readonly database")  # as SQLite refuses the write
    store.close()
    assert "是只读文件" in caught.value.message and "文件夹" not in caught.value.message


@pytest.fixture
def gone(tmp_path) -> tuple[Path, Path]:
    """A shop with one person and a manual backup, whose file was then deleted: (file, backup)."""
    path = tmp_path / "shop.db"
    _shop_with_one_person(path)
    backup = backups.backup_path(path, "manual").info.path
    path.unlink()
    return path, backup


def _start_window(path: Path, monkeypatch, answer: str | None, *options: str):
    from tests.ui.conftest import Messages
    from ui import errors
    from ui.main import main

    messages = Messages()
    monkeypatch.setattr(errors, "handler", messages)
    asked = []

    def choose(parent, text, title, options):
        asked.append(text)
        return answer

    monkeypatch.setattr(errors, "choose", choose)
    return main(["--db", str(path), "--today", TODAY.isoformat(), "--exit-after-startup", *options]), asked


@pytest.mark.usefixtures("qapp")
def test_a_deleted_shop_file_with_backups_is_not_silently_a_new_empty_shop(gone, monkeypatch):
    path, backup = gone
    code, asked = _start_window(path, monkeypatch, None)
    assert code == 1 and not path.exists()
    [question] = asked
    assert str(path) in question and backup.name in question


@pytest.mark.usefixtures("qapp")
def test_the_owner_restores_the_deleted_shop_from_its_newest_backup(gone, monkeypatch):
    path, _backup = gone
    code, _asked = _start_window(path, monkeypatch, "restore")
    assert code == 0
    assert _staff_names(path) == ["小美"]


@pytest.mark.usefixtures("qapp")
def test_the_owner_may_still_start_a_new_shop_there(gone, monkeypatch):
    path, _backup = gone
    code, _asked = _start_window(path, monkeypatch, "new")
    assert code == 0
    shop = Shop.open(path, TODAY)
    assert shop.staff.list() == []
    shop.close()


@pytest.mark.usefixtures("qapp")
def test_a_damaged_file_without_a_backup_beside_it_can_be_restored_from_a_copy_chosen_elsewhere(tmp_path,
                                                                                                 monkeypatch):
    """The window cannot open to reach 设置 → 从文件恢复…: the refusal itself offers to choose a backup kept
    elsewhere (a USB stick)."""
    from PySide6.QtWidgets import QFileDialog

    path = tmp_path / "shop.db"
    _shop_with_one_person(path)
    usb = tmp_path / "U盘"
    usb.mkdir()
    copy = backups.backup_path(path, "manual").info.path.rename(usb / "shop-备份.db")
    with path.open("r+b") as f:  # the pages after the header overwritten: damaged, not a new shop
        f.seek(100)
        f.write(b"\xff" * 3000)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(copy), "")))
    locked_while_restoring = []
    restore = backups.restore

    def restoring(*args, **kwargs):  # made while the window holds the file's lock: no second window opens it
        locked_while_restoring.append(paths.lock_path(path).exists())
        return restore(*args, **kwargs)

    monkeypatch.setattr(backups, "restore", restoring)
    code, asked = _start_window(path, monkeypatch, "file")
    assert code == 0 and locked_while_restoring == [True]
    [question] = asked
    assert str(path) in question and "U 盘" in question
    assert _staff_names(path) == ["小美"]
    assert [b.kind for b in backups.list_backups(path)].count("damaged") == 1  # the damaged file, kept aside
    code, asked = _start_window(path, monkeypatch, None)  # opens as any sound shop: nothing asked
    assert code == 0 and asked == []


@pytest.mark.usefixtures("qapp")
def test_an_emptied_file_whose_folder_holds_only_a_file_moved_aside_offers_a_backup_kept_elsewhere(tmp_path,
                                                                                                  monkeypatch):
    """The message said to restore from 设置 → 备份与恢复, in a window that could not open: the refusal offers
    「从文件恢复…」 itself, saying so once."""
    from PySide6.QtWidgets import QFileDialog

    path = tmp_path / "shop.db"
    _shop_with_one_person(path)
    kept = backups.backup_path(path, "manual").info.path.rename(tmp_path / "U盘上的备份.db")
    _written_by_a_newer_version(path)
    backups.restore(path, kept)  # the newer version's file is moved aside, the only file in the backups folder
    path.write_bytes(b"")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(kept), "")))
    code, asked = _start_window(path, monkeypatch, "file")
    assert code == 0
    [question] = asked
    assert "0 字节" in question and question.count("U 盘") == 2 and "设置 →" not in question
    assert _staff_names(path) == ["小美"]


def test_in_english_too_the_refusal_of_an_emptied_file_says_once_where_a_backup_may_be(tmp_path, monkeypatch, qapp):
    """The message of an emptied file names the window's 「从文件恢复…」 button itself; the window found that out
    by the Chinese words alone, so in English it added its own sentence about a backup kept elsewhere again."""
    from ui.main import install_translators

    path = tmp_path / "shop.db"
    _shop_with_one_person(path)
    kept = backups.backup_path(path, "manual").info.path.rename(tmp_path / "copy-on-a-usb-stick.db")
    _written_by_a_newer_version(path)
    backups.restore(path, kept)
    path.write_bytes(b"")
    try:
        code, asked = _start_window(path, monkeypatch, None, "--lang", "en")
    finally:
        install_translators(qapp, "zh")
    assert code == 1
    [question] = asked
    assert "0 bytes" in question and question.count("USB stick") == 2, question
