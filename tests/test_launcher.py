"""The bundle's entry script (scripts/launcher.py) keeps matplotlib's font list in the app's cache folder: PyInstaller's
hook would give it a new temporary folder on every start. Checked here without building the bundle (tests/test_bundle.py
does, when asked): the script run as the bundle runs it (`sys.frozen`), its `main` replaced by the first use of
matplotlib, which is what reads the folder."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from app import matplotlib_cache

ROOT = Path(__file__).resolve().parent.parent
LAUNCHER = ROOT / "scripts" / "launcher.py"
FIRST_CHART = """
import runpy, sys
import ui.launch

def main():
    import matplotlib
    from matplotlib import font_manager  # noqa: F401  (lists the fonts, or reads the list kept)
    print(matplotlib.get_cachedir())
    return 0

ui.launch.main = main
sys.frozen = {frozen}
runpy.run_path({launcher!r}, run_name="__main__")
"""


def _start(home: Path, *, frozen: bool, mplconfigdir: Path) -> subprocess.CompletedProcess:
    # MPLCONFIGDIR as PyInstaller's hook leaves it (a temporary folder), or as a user set it
    env = {**os.environ, "HONGHUA_HOME": str(home), "MPLCONFIGDIR": str(mplconfigdir), "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-c", FIRST_CHART.format(frozen=frozen, launcher=str(LAUNCHER))],
                          env=env, capture_output=True, text=True, timeout=120, check=False)


def test_the_bundle_keeps_the_font_list_in_the_apps_cache(tmp_path):
    home = tmp_path / "张 三" / "红花榜 数据"  # a Windows user name in Chinese, with a space
    done = _start(home, frozen=True, mplconfigdir=tmp_path / "hook")
    assert done.returncode == 0, done.stderr[-1500:]
    kept = home / "cache" / "matplotlib"
    assert Path(done.stdout.strip()) == kept
    assert list(kept.glob("fontlist-*.json")), sorted(p.name for p in tmp_path.rglob("*"))


def test_from_source_matplotlib_keeps_its_own_folder(tmp_path):
    own = tmp_path / "own"
    done = _start(tmp_path / "home", frozen=False, mplconfigdir=own)
    assert done.returncode == 0, done.stderr[-1500:]
    assert Path(done.stdout.strip()) == own
    assert not (tmp_path / "home" / "cache").exists()


def test_a_cache_folder_that_cannot_be_made_still_draws(tmp_path):
    """A file where the cache folder should be (or a read-only profile): matplotlib lists the fonts in a temporary
    folder of its own, as it did before, and the chart is drawn."""
    home = tmp_path / "home"
    home.mkdir()
    (home / "cache").write_text("not a folder")
    done = _start(home, frozen=True, mplconfigdir=tmp_path / "hook")
    assert done.returncode == 0, done.stderr[-1500:]
    assert not Path(done.stdout.strip()).is_relative_to(home)


def _left_by_a_power_cut(folder: Path, name: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    lock = folder / name
    lock.touch()
    two_hours_ago = time.time() - 2 * 3600
    os.utime(lock, (two_hours_ago, two_hours_ago))
    return lock


def test_a_lock_a_power_cut_left_in_the_apps_cache_is_removed_at_start(tmp_path):
    """matplotlib waited 5 s for it on every start, then gave up saving its font list (so listed the fonts again)."""
    from matplotlib.font_manager import FontManager

    home = tmp_path / "home"
    kept = home / "cache" / "matplotlib"
    lock = _left_by_a_power_cut(kept, f"fontlist-v{FontManager.__version__}.json.matplotlib-lock")
    done = _start(home, frozen=True, mplconfigdir=tmp_path / "hook")
    assert done.returncode == 0, done.stderr[-1500:]
    assert not lock.exists()
    assert list(kept.glob("fontlist-*.json")), done.stderr[-1500:]
    assert "Lock error" not in done.stderr


def test_a_users_own_matplotlib_folder_keeps_its_locks(tmp_path):
    own = tmp_path / "own"
    assert _start(tmp_path / "home", frozen=False, mplconfigdir=own).returncode == 0  # the font list is kept there
    lock = _left_by_a_power_cut(own, "someone-elses.matplotlib-lock")
    done = _start(tmp_path / "home", frozen=False, mplconfigdir=own)
    assert done.returncode == 0, done.stderr[-1500:]
    assert lock.exists()


def test_only_matplotlib_locks_a_minute_old_are_removed(tmp_path):
    old_lock = _left_by_a_power_cut(tmp_path, "fontlist-v390.json.matplotlib-lock")
    other_old_files = [_left_by_a_power_cut(tmp_path, name) for name in ("fontlist-v390.json", "notes.lock")]
    being_written = tmp_path / "tex.cache.matplotlib-lock"  # a second window writing its list just now
    being_written.touch()
    assert matplotlib_cache.remove_stale_locks(tmp_path) == [old_lock]
    assert being_written.exists() and all(path.exists() for path in other_old_files)
    assert matplotlib_cache.remove_stale_locks(tmp_path / "not made yet") == []
