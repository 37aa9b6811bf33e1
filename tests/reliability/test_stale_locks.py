"""A window's lock file left by a power cut: after the restart its process id may belong to another program.
The window finds such a lock stale (Qt compares the boot and the program's name); `honghua restore` must
too, or the owner cannot restore a damaged shop until the window has been opened once."""

from __future__ import annotations

import shutil
import socket
import subprocess
from pathlib import Path

import pytest

from app import paths
from app.backups.restoring import boot_id, lock_holder, process_name, same_program
from app.cli import main as cli_main
from app.domain import StaffDraft
from app.shop import Shop
from tests.backups.conftest import TODAY

LINUX = Path("/proc/self/exe").exists()


@pytest.fixture
def demo_db(tmp_path) -> Path:
    path = tmp_path / "shop.db"
    shop = Shop.open(path, TODAY)
    shop.staff.add(StaffDraft("小美"))
    shop.close()
    return path


@pytest.fixture
def other_program():
    """A running process that is not a window of ours."""
    child = subprocess.Popen([shutil.which("sleep") or "sleep", "60"])
    yield child
    child.kill()
    child.wait()


def _lock(db: Path, pid: int, program: str, boot: str) -> None:
    paths.lock_path(db).write_text(f"{pid}\n{program}\n{socket.gethostname()}\nmachine\n{boot}\n", encoding="utf-8")


@pytest.mark.skipif(not LINUX, reason="reads /proc")
def test_a_lock_naming_a_process_id_another_program_has_now_is_stale(demo_db, other_program):
    _lock(demo_db, other_program.pid, "honghua.exe", boot_id() or "")
    assert lock_holder(demo_db) is None


@pytest.mark.skipif(not LINUX, reason="reads /proc")
def test_a_lock_written_before_the_computer_restarted_is_stale(demo_db, other_program):
    _lock(demo_db, other_program.pid, process_name(other_program.pid), "00000000-0000-0000-0000-000000000000")
    assert lock_holder(demo_db) is None


@pytest.mark.skipif(not LINUX, reason="reads /proc")
def test_a_running_window_still_holds_its_lock(demo_db, other_program):
    _lock(demo_db, other_program.pid, process_name(other_program.pid), boot_id() or "")
    assert lock_holder(demo_db) == f"{other_program.pid}@{socket.gethostname()}"


@pytest.mark.skipif(not LINUX, reason="reads /proc")
def test_restore_after_a_power_cut_is_not_refused_by_the_old_windows_lock(demo_db, other_program, capsys):
    from app import backups

    good = backups.backup_path(demo_db, "manual").info.path
    _lock(demo_db, other_program.pid, "honghua.exe", "00000000-0000-0000-0000-000000000000")
    code = cli_main(["--db", str(demo_db), "--today", TODAY.isoformat(), "restore", str(good)])
    said = capsys.readouterr()
    assert code == 0, said.err
    assert "已从" in said.out


def test_the_program_of_a_process_is_read_on_windows_too():
    """On Windows the name comes from QueryFullProcessImageNameW (simulated here)."""

    class Kernel32:
        def __init__(self, handle, image):
            self.handle, self.image, self.closed = handle, image, False

        def OpenProcess(self, access, inherit, pid):  # the Win32 names
            return self.handle

        def QueryFullProcessImageNameW(self, handle, flags, buffer, size):
            if self.image is None:
                return 0
            buffer.value = self.image
            return 1

        def CloseHandle(self, handle):
            self.closed = True

    found = Kernel32(7, r"C:\Program Files\Honghua\honghua.exe")
    assert process_name(1234, found) == "honghua.exe" and found.closed
    assert process_name(1234, Kernel32(0, None)) is None  # gone, or not ours to ask
    assert process_name(1234, Kernel32(7, None)) is None
    assert same_program("honghua.exe", "Honghua", windows=True)  # Qt's name for it on Windows
    assert not same_program("svchost.exe", "honghua", windows=True)
