"""An owner copies the shop file alone (honghua.db, without its -wal) to a USB stick while a window has it open,
or after the computer was switched off at the wall. In WAL mode SQLite keeps each commit in the -wal until a
checkpoint folds it into the file, and by default that waits for about 4 MB of changes: a day of typing, or an
import a scheduled command made while the window was open, was in no copy of the file alone."""

from __future__ import annotations

import shutil
import signal
import subprocess
import sys
from datetime import date
from pathlib import Path

from app.domain import StaffDraft
from app.shop import Shop
from app.store import open_store

from .harness import ROOT, child_env

TODAY = date(2026, 10, 20)


def _names(path: Path) -> list[str]:
    store = open_store(path, create=False)
    try:
        return [person.name for person in store.staff.list()]
    finally:
        store.close()


def test_a_copy_of_the_file_alone_holds_what_the_open_window_saved(tmp_path):
    shop_file, usb = tmp_path / "honghua.db", tmp_path / "U盘"
    usb.mkdir()
    window = Shop.open(shop_file, TODAY)
    window.staff.add(StaffDraft("张伟"))
    command = Shop.open(shop_file, TODAY)  # a scheduled command while the window is open
    command.staff.add(StaffDraft("李娜"))
    command.close()
    window.staff.add(StaffDraft("王芳"))
    shutil.copyfile(shop_file, usb / shop_file.name)
    window.close()
    assert _names(usb / shop_file.name) == ["张伟", "李娜", "王芳"]


CHILD = """
import sys, time
from datetime import date
from app.domain import StaffDraft
from app.shop import Shop
shop = Shop.open(sys.argv[1], date(2026, 10, 20))
for n in range(3):
    shop.staff.add(StaffDraft(f"客服{n}"))
print("saved", flush=True)
time.sleep(600)
"""


def test_a_copy_of_the_file_alone_after_the_power_went_holds_what_was_saved(tmp_path):
    """The window killed (SIGKILL, as a power cut leaves it) after three saves: the file alone holds them."""
    shop_file, usb = tmp_path / "honghua.db", tmp_path / "U盘"
    usb.mkdir()
    Shop.open(shop_file, TODAY).close()
    with subprocess.Popen([sys.executable, "-c", CHILD, str(shop_file)], cwd=ROOT, env=child_env(tmp_path),
                          stdout=subprocess.PIPE, text=True) as child:
        try:
            assert child.stdout is not None and child.stdout.readline().strip() == "saved"
        finally:
            child.send_signal(signal.SIGKILL)
            child.wait()
    assert shop_file.with_name(shop_file.name + "-wal").exists()  # left behind, as after a power cut
    shutil.copyfile(shop_file, usb / shop_file.name)
    assert _names(usb / shop_file.name) == ["客服0", "客服1", "客服2"]
