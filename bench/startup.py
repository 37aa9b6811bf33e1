"""Start-up benchmark: the app opened on a demo shop to its first painted page, against the floor of a
bare PySide6 QMainWindow shown and painted the same way. Both print `startup_ms` measured from the first
line of Python they run to the first paint; the ratio is of those medians. The wall time of the whole
process (interpreter start and exit included) is printed beside them.

Both run from compiled bytecode, as an installed app or the bundle does: PYTHONDONTWRITEBYTECODE is
lifted and the .pyc files go to a cache folder of this run, filled by the warm-up runs.

    python bench/startup.py [--runs 5]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TODAY = "2026-10-20"

BARE_WINDOW = r"""
import sys, time
t0 = time.perf_counter()
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
label = QLabel("hello")
window.setCentralWidget(label)
class Painted(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, app.quit)
        return False
painted = Painted()
label.installEventFilter(painted)
window.show()
app.exec()
print(f"startup_ms={(time.perf_counter() - t0) * 1000:.0f}")
"""


def compiled(env: dict[str, str], folder: Path) -> dict[str, str]:
    """`env` for running from compiled bytecode, as an installed app does: the .pyc files go to `folder`
    (the first run writes them; warm up before measuring)."""
    env = {**env, "PYTHONPYCACHEPREFIX": str(folder / "pycache")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def office_screen(folder: Path) -> str:
    """QT_QPA_PLATFORM for an offscreen 1920×1080 screen, an office PC's. Qt's offscreen default, 800×800, is
    a small laptop's room, where the board puts its table, tiles and chart in tabs and draws no chart at start."""
    config = folder / "office-screen.json"
    config.write_text(json.dumps({"screens": [{"name": "office", "x": 0, "y": 0, "width": 1920, "height": 1080,
                                               "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}), encoding="utf-8")
    return f"offscreen:configfile={config}"


def _time(cmd: list[str], env: dict[str, str]) -> tuple[float, str]:
    start = time.perf_counter()
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120, cwd=ROOT)
    elapsed = (time.perf_counter() - start) * 1000
    if done.returncode != 0 or "startup_ms=" not in done.stdout:
        raise SystemExit(f"failed: {' '.join(cmd)}\n{done.stdout}\n{done.stderr}")
    return elapsed, done.stdout.strip().splitlines()[-1]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        env = compiled({**os.environ, "QT_QPA_PLATFORM": office_screen(Path(tmp)), "HONGHUA_TODAY": TODAY}, Path(tmp))
        env["HONGHUA_HOME"] = tmp
        env["XDG_CONFIG_HOME"] = tmp  # a fresh profile: the window opens on its first page, the board
        db = Path(tmp) / "demo.db"
        subprocess.run([sys.executable, "-m", "app", "--db", str(db), "demo"], env=env, check=True,
                       capture_output=True, cwd=ROOT)
        app_cmd = [sys.executable, "-m", "ui", "--db", str(db), "--exit-after-startup"]
        bare_cmd = [sys.executable, "-c", BARE_WINDOW]
        for _ in range(2):  # the first writes the bytecode; both warm the OS file cache
            _time(app_cmd, env)
            _time(bare_cmd, env)
        app_wall, bare_wall, app_first, bare_first = [], [], [], []
        for _ in range(args.runs):
            ms, line = _time(app_cmd, env)
            app_wall.append(ms)
            app_first.append(float(line.split("=")[1]))
            ms, line = _time(bare_cmd, env)
            bare_wall.append(ms)
            bare_first.append(float(line.split("=")[1]))
    app_ms, bare_ms = statistics.median(app_first), statistics.median(bare_first)
    print(f"runs: {args.runs} each, medians")
    print(f"app, demo shop, to first painted page: {app_ms:.0f} ms   (whole process {statistics.median(app_wall):.0f} ms)")
    print(f"floor, bare QMainWindow painted:        {bare_ms:.0f} ms   (whole process {statistics.median(bare_wall):.0f} ms)")
    print(f"ratio: {app_ms / bare_ms:.2f}x  (target <= 1.5x)")


if __name__ == "__main__":
    main()
