"""The 证书 page's preview folder in the temp folder: named with the window's process id, so a later start
removes the folders of windows that were killed — and nothing else."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from ui import preview_folders
from ui.preview_folders import PREFIX, make_preview_folder, remove_stale_preview_folders

ROOT = Path(__file__).resolve().parents[2]
KILLED_WINDOW = """
import os, signal, sys
from app.shop import Shop
from ui.main import application
from ui.pages.certificates import CertificatesPage
app = application()
shop = Shop.open(sys.argv[1], __import__("datetime").date(2026, 10, 20))
page = CertificatesPage(shop)
print(page._temp, flush=True)
os.kill(os.getpid(), signal.SIGKILL)
"""


def folder(parent: Path, name: str) -> Path:
    path = parent / name
    path.mkdir()
    (path / "preview.pdf").write_bytes(b"%PDF-1.4")
    return path


def test_only_our_folders_of_processes_that_are_gone_are_removed(tmp_path):
    gone = folder(tmp_path, f"{PREFIX}4001-ab_c1d2")
    running = folder(tmp_path, f"{PREFIX}4002-x7y8z9")
    this_window = folder(tmp_path, f"{PREFIX}{os.getpid()}-q1w2e3")
    unnamed = folder(tmp_path, f"{PREFIX}k2j3h4g5")  # without a process id: whose it is cannot be told
    someone_elses = folder(tmp_path, "honghua-certificates-backup-4001-a")
    a_file = tmp_path / f"{PREFIX}4003-abc"
    a_file.write_text("not a folder")
    removed = remove_stale_preview_folders(tmp_path, alive=lambda pid: pid == 4002)
    assert removed == [gone] and not gone.exists()
    assert all(p.exists() for p in (running, this_window, unnamed, someone_elses, a_file))


def _age(path: Path, days: float) -> None:
    when = time.time() - days * 24 * 3600
    os.utime(path, (when, when))


def test_an_earlier_versions_folder_is_removed_once_nothing_in_it_changed_for_a_week(tmp_path):
    """Earlier versions named the folder without a process id: such a folder is removed only when nothing in
    it changed for a week (an earlier version's window still open writes its preview there) and it holds
    nothing but files."""
    old = folder(tmp_path, f"{PREFIX}k2j3h4g5")
    recent_file = folder(tmp_path, f"{PREFIX}a1b2c3d4")  # the folder old, its preview written yesterday
    fresh = folder(tmp_path, f"{PREFIX}zz_9y8x7")  # made today
    with_a_folder = folder(tmp_path, f"{PREFIX}m5n6o7p8")
    (with_a_folder / "mine").mkdir()
    not_ours = [folder(tmp_path, name) for name in (f"{PREFIX}K2J3H4G5", f"{PREFIX}k2j3h4g", f"{PREFIX}k2j3h4g5x",
                                                    "honghua-certificates", "honghua-certificates-", "tmpk2j3h4g5")]
    a_file = tmp_path / f"{PREFIX}q1w2e3r4"
    a_file.write_text("not a folder")
    for path in (old, recent_file, with_a_folder, a_file, *not_ours):
        for item in (*path.iterdir(), path) if path.is_dir() else (path,):
            _age(item, 8)
    _age(recent_file / "preview.pdf", 1)
    removed = remove_stale_preview_folders(tmp_path, alive=lambda pid: False)
    assert removed == [old] and not old.exists()
    assert all(p.exists() for p in (recent_file, fresh, with_a_folder, a_file, *not_ours))


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="another user's folder: POSIX owners")
def test_another_users_earlier_folder_is_left(tmp_path, monkeypatch):
    theirs = folder(tmp_path, f"{PREFIX}abcdefgh")
    for item in (theirs / "preview.pdf", theirs):
        _age(item, 30)
    monkeypatch.setattr(os, "getuid", lambda: os.stat(theirs).st_uid + 1)
    assert remove_stale_preview_folders(tmp_path, alive=lambda pid: False) == []
    assert theirs.exists()


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="another user's folder: POSIX owners")
def test_another_users_folder_is_left(tmp_path, monkeypatch):
    theirs = folder(tmp_path, f"{PREFIX}4001-abcdef")
    monkeypatch.setattr(os, "getuid", lambda: os.stat(theirs).st_uid + 1)
    assert remove_stale_preview_folders(tmp_path, alive=lambda pid: False) == []
    assert theirs.exists()


def test_the_folder_is_named_with_this_process_id(monkeypatch, tmp_path):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    made = make_preview_folder()
    assert made.parent == tmp_path and made.name.startswith(f"{PREFIX}{os.getpid()}-")
    assert remove_stale_preview_folders(tmp_path) == [] and made.exists()  # this process runs


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="killing a process the POSIX way")
def test_the_folder_of_a_killed_window_is_removed_at_the_next_start(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TMPDIR=str(tmp_path), PYTHONPATH=str(ROOT))
    result = subprocess.run([sys.executable, "-c", KILLED_WINDOW, str(tmp_path / "shop.db")], check=False, env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == -signal.SIGKILL, result.stderr
    left = Path(result.stdout.strip())
    assert left.parent == tmp_path and left.is_dir()
    assert remove_stale_preview_folders(tmp_path) == [left]


def test_a_start_tidies_up(tmp_path, db_path, monkeypatch):
    from ui.main import main

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    seen = []
    monkeypatch.setattr(preview_folders, "remove_stale_preview_folders", lambda: seen.append(True))
    assert main(["--db", str(db_path), "--today", "2026-10-20", "--exit-after-startup"]) == 0
    assert seen == [True]
