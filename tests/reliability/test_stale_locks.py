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


def _start_window(db: Path, monkeypatch, answer: bool):
    from tests.ui.conftest import Messages
    from ui import errors
    from ui.main import main

    messages = Messages(answer=answer)
    monkeypatch.setattr(errors, "handler", messages)
    return main(["--db", str(db), "--today", TODAY.isoformat(), "--exit-after-startup"]), messages


def _lock_from_the_shop_computer(db: Path) -> None:
    paths.lock_path(db).write_text("4321\nhonghua\nSHOP-PC\nmachine\n\n", encoding="utf-8")


@pytest.mark.usefixtures("qapp")
def test_a_usb_stick_carried_home_after_a_power_cut_at_the_shop_opens_when_the_owner_says_so(demo_db, monkeypatch):
    """Qt never finds another computer's lock stale: the window said 「请切换到那个窗口」 for good."""
    _lock_from_the_shop_computer(demo_db)
    code, messages = _start_window(demo_db, monkeypatch, answer=True)
    assert code == 0
    [question] = messages.of("confirm")
    assert "SHOP-PC" in question and str(demo_db) in question
    assert not paths.lock_path(demo_db).exists()  # released on a normal exit


@pytest.mark.usefixtures("qapp")
def test_the_other_computers_lock_stays_when_the_owner_is_not_sure(demo_db, monkeypatch):
    _lock_from_the_shop_computer(demo_db)
    code, messages = _start_window(demo_db, monkeypatch, answer=False)
    assert code == 1 and messages.of("error")
    assert paths.lock_path(demo_db).read_text(encoding="utf-8").startswith("4321\n")


HOLDER = """
import sys, time
from PySide6.QtCore import QCoreApplication, QLockFile
app = QCoreApplication([])
lock = QLockFile(sys.argv[1])
assert lock.tryLock(0)
print("locked", flush=True)
time.sleep(60)
"""


@pytest.mark.usefixtures("qapp")
def test_a_window_still_open_on_the_other_computer_keeps_the_file_even_so(demo_db, monkeypatch):
    """A network share: that window holds its lock file open, so the owner's 「已经关闭」 removes nothing (its
    computer is played here by another process with this computer's lock, seen from a computer of another
    name)."""
    import sys

    from ui import main as gui_main

    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(paths.lock_path(demo_db))], stdout=subprocess.PIPE,
                              text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        monkeypatch.setattr(gui_main.QSysInfo, "machineHostName", staticmethod(lambda: "HOME-PC"))
        code, messages = _start_window(demo_db, monkeypatch, answer=True)
        assert code == 1 and messages.of("confirm") and messages.of("error")
        assert paths.lock_path(demo_db).read_text(encoding="utf-8").startswith(f"{holder.pid}\n")
    finally:
        holder.kill()
        holder.wait()
        holder.stdout.close()
