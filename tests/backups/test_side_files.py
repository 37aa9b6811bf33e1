"""A backup or check of a closed shop leaves its folder as it found it: the read-only connection's reading makes
a -wal and a -shm beside a file in WAL mode, which only a connection able to write removes when it closes. While
a window has the file open, the -wal and -shm are the window's: they stay, and the window goes on writing."""

from __future__ import annotations

import pytest

from app import backups
from app.cli import main
from app.domain import StaffDraft
from app.shop import Shop
from app.store import maintenance

from .conftest import TODAY, dump


def _beside(path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir() if p.name.startswith(path.name))


@pytest.mark.parametrize("command", [["backup"], ["backup", "-o", "usb/copy.db"], ["check"], ["check", "--quick"]])
def test_a_backup_or_check_of_a_closed_shop_leaves_no_wal_or_shm(demo_db, capsys, command):
    assert _beside(demo_db) == ["shop.db"]
    if "-o" in command:
        command = [*command[:-1], str(demo_db.parent / command[-1])]
    assert main(["--db", str(demo_db), *command]) == 0, capsys.readouterr().err
    assert _beside(demo_db) == ["shop.db"]


def test_a_backup_while_the_window_has_the_shop_open_leaves_the_windows_files_and_its_writes(demo_db):
    window = Shop.open(demo_db, TODAY)
    try:
        window.staff.add(StaffDraft("备份前"))
        files = _beside(demo_db)
        assert files == ["shop.db", "shop.db-shm", "shop.db-wal"]
        made = backups.backup_path(demo_db, "manual")
        assert _beside(demo_db) == files
        window.staff.add(StaffDraft("备份后"))  # the window's log and index still work
        names = [p.name for p in window.staff.list()]
        assert "备份前" in names and "备份后" in names
    finally:
        window.close()
    assert _beside(demo_db) == ["shop.db"]  # the window, closing last, removed them
    assert "备份前" in [row[1] for row in dump(made.info.path)["staff"]]
    assert "备份后" in [row[1] for row in dump(demo_db)["staff"]]


def test_a_window_opening_the_shop_during_a_backup_keeps_its_files(demo_db):
    reader = maintenance.open_read_only(demo_db)  # the backup's connection, reading a closed shop
    reader.execute("SELECT count(*) FROM staff").fetchone()
    window = Shop.open(demo_db, TODAY)
    try:
        reader.close()  # not the last: the -wal and -shm are the window's now
        assert _beside(demo_db) == ["shop.db", "shop.db-shm", "shop.db-wal"]
        window.staff.add(StaffDraft("新来的"))
        assert "新来的" in [p.name for p in window.staff.list()]
    finally:
        window.close()
    assert _beside(demo_db) == ["shop.db"] and "新来的" in [row[1] for row in dump(demo_db)["staff"]]
