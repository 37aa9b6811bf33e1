"""A disk quota used up (EDQUOT) beside the shop file: SQLite answers "disk I/O error" (it names only ENOSPC as
a full disk) and the disk itself still has room, so the sound file was called damaged — 「已损坏…请从备份恢复」
from `backup -o`, `backup`, `check` and every other command. It is said as the full disk it is for this user.

The quota is played by tests/backups/quota_shim.c, loaded with LD_PRELOAD into the command (a tmpfs takes no
quota options on this kernel): every write past QUOTA_BYTES into a file under QUOTA_DIR fails with EDQUOT."""

from __future__ import annotations

import errno
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app.store import database

from .conftest import digest

ROOT = Path(__file__).resolve().parents[2]
SQLITE_IOERR_WRITE = 778


@pytest.fixture
def quota_library(tmp_path) -> Path:
    compiler = shutil.which("cc") or shutil.which("gcc")
    if not sys.platform.startswith("linux") or compiler is None:
        pytest.skip("the quota library needs Linux and a C compiler")
    built = tmp_path / "quota_shim.so"
    subprocess.run([compiler, "-shared", "-fPIC", "-o", str(built), str(Path(__file__).with_name("quota_shim.c")),
                    "-ldl"], check=True, capture_output=True)
    return built


@pytest.mark.parametrize("command", [["check"], ["backup"], ["backup", "-o", "{elsewhere}"], ["staff", "list"]],
                         ids=["check", "backup", "backup -o", "staff list"])
def test_a_used_up_quota_beside_the_shop_is_said_full_not_damaged(demo_db, quota_library, tmp_path, command):
    folder = tmp_path / "quota"
    folder.mkdir()
    shop = folder / "shop.db"
    shutil.copyfile(demo_db, shop)
    before = digest(shop)
    words = [w.format(elsewhere=tmp_path / "usb" / "copy.db") for w in command]
    env = dict(os.environ, HONGHUA_HOME=str(tmp_path / "home"), PYTHONDONTWRITEBYTECODE="1",
               LD_PRELOAD=str(quota_library), QUOTA_DIR=str(folder), QUOTA_BYTES="20000")
    done = subprocess.run([sys.executable, "-m", "app", "--db", str(shop), "--today", "2026-10-20", *words],
                          cwd=ROOT, env=env, capture_output=True, timeout=60, check=False)
    said = done.stdout.decode("utf-8") + done.stderr.decode("utf-8")
    assert done.returncode == 1, said
    assert "磁盘配额已用完" in said and "已损坏" not in said and "从备份恢复" not in said, said
    assert digest(shop) == before and not (tmp_path / "usb" / "copy.db").exists()
    assert not list(folder.glob(".honghua-room-*"))  # the file that measured the room is gone


def test_check_json_says_the_quota_made_it_unreadable_not_damaged(demo_db, quota_library, tmp_path):
    folder = tmp_path / "quota"
    folder.mkdir()
    shop = folder / "shop.db"
    shutil.copyfile(demo_db, shop)
    env = dict(os.environ, HONGHUA_HOME=str(tmp_path / "home"), LD_PRELOAD=str(quota_library),
               QUOTA_DIR=str(folder), QUOTA_BYTES="20000")
    done = subprocess.run([sys.executable, "-m", "app", "--db", str(shop), "check", "--json"], cwd=ROOT, env=env,
                          capture_output=True, timeout=60, check=False)
    report = json.loads(done.stdout)
    assert done.returncode == 1 and report["damaged"] is False and "磁盘配额已用完" in report["unreadable"]


def _io_error() -> sqlite3.OperationalError:
    error = sqlite3.OperationalError("disk I/O error")
    error.sqlite_errorcode = SQLITE_IOERR_WRITE
    return error


def test_a_write_error_where_writing_shows_no_room_is_a_full_disk(tmp_path, monkeypatch):
    """Everywhere, without the library: a write I/O error on a disk with room is a full disk only when writing
    beside the file is refused for room (EDQUOT, ENOSPC) — not for a read-only folder, not when it works."""
    shop = tmp_path / "shop.db"
    assert not database.on_a_full_disk(shop, _io_error())  # there is room here: a real I/O error
    real_write = os.write

    def refused(code):
        def write(fd, data):
            raise OSError(code, os.strerror(code))
        return write

    monkeypatch.setattr(database.os, "write", refused(errno.EDQUOT))
    assert database.on_a_full_disk(shop, _io_error())
    monkeypatch.setattr(database.os, "write", refused(errno.EACCES))
    assert not database.on_a_full_disk(shop, _io_error())
    monkeypatch.setattr(database.os, "write", real_write)
    assert list(tmp_path.iterdir()) == []  # nothing left behind by the measuring


def test_a_used_up_quota_on_the_backups_disk_alone_is_said_full(demo_db, quota_library, tmp_path):
    """The shop's own disk has room and the copy's disk has none for this user: the copy fails, said as full."""
    usb = tmp_path / "usb"
    usb.mkdir()
    before = digest(demo_db)
    env = dict(os.environ, HONGHUA_HOME=str(tmp_path / "home"), LD_PRELOAD=str(quota_library),
               QUOTA_DIR=str(usb), QUOTA_BYTES="100000")
    done = subprocess.run([sys.executable, "-m", "app", "--db", str(demo_db), "backup", "-o", str(usb / "copy.db")],
                          cwd=ROOT, env=env, capture_output=True, timeout=60, check=False)
    said = done.stderr.decode("utf-8")
    assert done.returncode == 1 and "磁盘空间不足" in said and "已损坏" not in said, said
    assert list(usb.iterdir()) == [] and digest(demo_db) == before


def test_measuring_the_room_leaves_no_file_a_kill_could_leave_behind(tmp_path, monkeypatch):
    """The file written to measure the room has no name in the folder while it is written, so a program killed
    (or a file a virus scanner holds, on Windows) in the middle leaves nothing beside the shop file."""
    seen_while_writing = []
    real_write = os.write

    def write(fd, data):
        seen_while_writing.append(sorted(p.name for p in tmp_path.iterdir()))
        return real_write(fd, data)

    monkeypatch.setattr(database.os, "write", write)
    assert database.has_room(tmp_path, database.LOW_SPACE)
    assert seen_while_writing and all(names == [] for names in seen_while_writing), seen_while_writing[0]
    assert list(tmp_path.iterdir()) == []
