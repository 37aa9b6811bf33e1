"""The 证书 page's preview folder in the temp folder: named with the window's process id, so a later start
removes the folders of windows that were killed — and nothing else."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
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
