"""A full disk and a read-only folder for real: a tiny tmpfs (where this machine lets the tests mount one)
and a file-size limit on a child process (everywhere on POSIX). The backup fails with a message that names
the folder, nothing partial is left, and the shop file is untouched."""

from __future__ import annotations

import os
import resource
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from app import backups
from app.backups import BackupError, making

from .conftest import digest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def mount_tmpfs(tmp_path):
    """mount_tmpfs(size, read_only=False) -> a folder on its own tiny filesystem (skips where not allowed)."""
    mounted: list[Path] = []

    def make(size: str, read_only: bool = False) -> Path:
        if not sys.platform.startswith("linux") or shutil.which("mount") is None:
            pytest.skip("tmpfs mounts need Linux")
        point = tmp_path / f"mnt{len(mounted)}"
        point.mkdir()
        options = f"size={size}" + (",ro" if read_only else "")
        done = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(point)], capture_output=True,
                              check=False)
        if done.returncode != 0:
            pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode(errors='replace').strip()}")
        mounted.append(point)
        return point

    yield make
    for point in mounted:
        subprocess.run(["umount", str(point)], check=True)


def test_full_tmpfs_is_refused_before_writing(demo_db, mount_tmpfs):
    small = mount_tmpfs("64k")
    before = digest(demo_db)
    with pytest.raises(BackupError) as caught:
        backups.copy_path(demo_db, small / "copy.db")
    assert "磁盘空间不足" in caught.value.message and str(small) in caught.value.message
    assert list(small.iterdir()) == [] and digest(demo_db) == before


def test_disk_filling_up_during_the_write_leaves_nothing(demo_db, mount_tmpfs, monkeypatch):
    small = mount_tmpfs("96k")
    before = digest(demo_db)
    # pretend there is room, so the copy really starts and the filesystem itself says "full"
    monkeypatch.setattr(making.shutil, "disk_usage", lambda _p: shutil._ntuple_diskusage(10**9, 0, 10**9))
    with pytest.raises(BackupError) as caught:
        backups.copy_path(demo_db, small / "copy.db")
    assert "磁盘空间不足" in caught.value.message and str(small) in caught.value.message
    assert list(small.iterdir()) == [] and digest(demo_db) == before


def test_read_only_mount_is_named(demo_db, mount_tmpfs):
    read_only = mount_tmpfs("1m", read_only=True)
    with pytest.raises(BackupError) as caught:
        backups.copy_path(demo_db, read_only / "copy.db")
    assert "只读或没有权限" in caught.value.message and str(read_only) in caught.value.message


def _limit_file_size() -> None:
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails with EFBIG instead of killing
    resource.setrlimit(resource.RLIMIT_FSIZE, (32 * 1024, 32 * 1024))


@pytest.mark.skipif(os.name != "posix", reason="RLIMIT_FSIZE is POSIX")
def test_the_command_line_reports_a_write_failure_and_keeps_the_file(demo_db, tmp_path):
    before = digest(demo_db)
    env = dict(os.environ, HONGHUA_HOME=str(tmp_path / "home"), PYTHONDONTWRITEBYTECODE="1")
    done = subprocess.run([sys.executable, "-m", "app", "--db", str(demo_db), "backup"], cwd=ROOT, env=env,
                          capture_output=True, timeout=60, preexec_fn=_limit_file_size, check=False)
    err = done.stderr.decode("utf-8")
    assert done.returncode == 1, err
    assert "备份失败" in err and str(demo_db.parent / "backups") in err and "Traceback" not in err
    assert [p.name for p in (demo_db.parent / "backups").iterdir()] == []
    assert digest(demo_db) == before


def test_the_space_a_refused_backup_asks_for_is_more_than_what_is_left(demo_db, tmp_path, monkeypatch):
    """Refused with more free than the copy's size (the margin kept free is short), the message must not read
    "needs about 264 KB, only 1.2 MB left": the figure asked for counts the margin too."""
    conn = making.maintenance.open_read_only(demo_db)
    need = making.maintenance.size_in_bytes(conn)
    conn.close()
    free = need + making.SPACE_MARGIN // 2
    monkeypatch.setattr(making.shutil, "disk_usage", lambda _p: shutil._ntuple_diskusage(10**9, 10**9 - free, free))
    with pytest.raises(BackupError) as caught:
        backups.copy_path(demo_db, tmp_path / "copy.db")
    assert f"备份约需 {making.human_size(need + making.SPACE_MARGIN)}，只剩 {making.human_size(free)}" in caught.value.message


def fill(folder: Path) -> Path:
    """Take every free byte of `folder`'s filesystem; the file that does it, to remove for room again."""
    filler = folder / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT)
    try:
        while os.write(fd, b"\0" * 4096):
            pass
    except OSError:  # no space left: what was asked for
        pass
    finally:
        os.close(fd)
    return filler


def test_a_shop_file_on_a_full_disk_is_said_full_not_damaged(demo_db, mount_tmpfs, tmp_path):
    """Reading a WAL-mode file needs a -shm beside it, which a full disk refuses (SQLITE_IOERR_SHMSIZE): the
    sound file was called damaged ("请从备份恢复"), `check` found no good backup and said to stop writing to it,
    and the window offered to restore over it."""
    from app.errors import StoreError
    from app.store import open_store

    small = mount_tmpfs("2m")
    shop = small / "shop.db"
    shutil.copyfile(demo_db, shop)
    before = digest(shop)
    filler = fill(small)
    with pytest.raises(StoreError) as caught:
        open_store(shop, create=False)
    assert "磁盘已满" in caught.value.message and "损坏" not in caught.value.message.replace("没有损坏", "")
    assert not backups.is_damaged(shop)
    with pytest.raises(StoreError) as checked:
        backups.health(shop)
    assert "磁盘已满" in checked.value.message
    env = dict(os.environ, HONGHUA_HOME=str(tmp_path / "home"), PYTHONDONTWRITEBYTECODE="1")
    done = subprocess.run([sys.executable, "-m", "app", "--db", str(shop), "check"], cwd=ROOT, env=env,
                          capture_output=True, timeout=60, check=False)
    said = done.stdout.decode("utf-8") + done.stderr.decode("utf-8")
    assert done.returncode == 1 and "磁盘已满" in said and "已损坏" not in said, said
    filler.unlink()
    assert backups.health(shop).ok and digest(shop) == before


def test_a_shop_file_copied_by_hand_onto_a_write_protected_stick_can_be_restored(demo_db, mount_tmpfs, tmp_path):
    """A shop file copied alone (in WAL mode, as every shop file is) onto a write-protected USB stick or a CD:
    SQLite cannot make the -shm it reads a WAL file through, so the copy could not be restored from ("没有权限，
    或文件正被其他程序占用") and `check` called it damaged. With no -wal or -journal beside it, the file is all
    there is and nothing can change it there: it is read as immutable."""
    from tests.backups.conftest import dump

    stick = mount_tmpfs("2m")
    copy = stick / "红花榜备份.db"
    shutil.copyfile(demo_db, copy)
    assert copy.read_bytes()[18:20] == b"\x02\x02"  # WAL mode
    subprocess.run(["mount", "-o", "remount,ro", str(stick)], check=True)
    expected = dump(demo_db)
    assert backups.health(copy).ok
    backups.check_source(copy, current=tmp_path / "new.db")
    restored = tmp_path / "restored" / "shop.db"
    restored.parent.mkdir()
    backups.restore(restored, copy)
    got = dump(restored)
    assert {k: v for k, v in got.items() if k != "audit"} == {k: v for k, v in expected.items() if k != "audit"}
    assert sorted(p.name for p in stick.iterdir()) == ["红花榜备份.db"]


def test_a_failed_read_on_a_nearly_full_disk_is_no_full_disk(tmp_path, monkeypatch):
    """A bad sector (SQLITE_IOERR_READ) or a file cut short (SQLITE_IOERR_SHORT_READ) on a disk that happens to be
    nearly full was said as 「磁盘已满…数据文件没有损坏」: the owner was told not to restore a file that is damaged."""
    import sqlite3

    from app.store import database

    monkeypatch.setattr(database.shutil, "disk_usage", lambda _p: shutil._ntuple_diskusage(10**9, 10**9 - 4096, 4096))

    def error(code: int) -> sqlite3.OperationalError:
        failed = sqlite3.OperationalError("disk I/O error")
        failed.sqlite_errorcode = code
        return failed

    shop = tmp_path / "shop.db"
    assert not database.on_a_full_disk(shop, error(266))  # SQLITE_IOERR_READ
    assert not database.on_a_full_disk(shop, error(522))  # SQLITE_IOERR_SHORT_READ
    assert database.on_a_full_disk(shop, error(4874))  # SQLITE_IOERR_SHMSIZE: the -shm cannot grow
    assert database.on_a_full_disk(shop, error(13))  # SQLITE_FULL
    monkeypatch.setattr(database.shutil, "disk_usage", lambda _p: shutil._ntuple_diskusage(10**12, 99 * 10**10, 10**10))
    assert not database.on_a_full_disk(shop, error(4874))  # 1 % of a big disk left: not full
