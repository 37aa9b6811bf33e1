"""The bundle's entry script (scripts/launcher.py) keeps matplotlib's font list in the app's cache folder: PyInstaller's
hook would give it a new temporary folder on every start. Checked here without building the bundle (tests/test_bundle.py
does, when asked): the script run as the bundle runs it (`sys.frozen`), its `main` replaced by the first use of
matplotlib, which is what reads the folder."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

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
