"""The 证书 page's first preview of a session: a fresh process opens the window on a demo shop at the board,
waits for its first paint (and `--idle` ms more: the owner looking at the board), shows the 证书 page and
times until the preview pane holds the first certificate's image. Beside it: the longest time the window's
event loop was held up meanwhile (a 10 ms timer's widest gap — the window is frozen that long), and the next
preview of the same process (the floor: fonts read, reportlab imported).

    python bench/certificate_preview.py [--runs 5] [--idle 0]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from bench.startup import compiled  # run from bytecode, as the app is

TODAY = "2026-10-20"

ONE_RUN = r"""
import sys, time
from datetime import date
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from app.shop import Shop
from ui import main
from ui.main_window import MainWindow
from ui.navigation import page_index

app = QApplication(sys.argv)
shop = Shop.open(sys.argv[1], date.fromisoformat(sys.argv[2]))
idle_ms = int(sys.argv[3])
window = MainWindow(shop, start_page="dashboard")
window.show()
painted = []
main.AfterFirstPaint(window.current_page(), lambda: painted.append(time.perf_counter()))
read_fonts = getattr(main, "_read_certificate_fonts", None)  # as the app does once its first page is on screen
if read_fonts is not None:
    main.AfterFirstPaint(window.current_page(), read_fonts)
while not painted:
    app.processEvents()
until = time.perf_counter() + idle_ms / 1000
while time.perf_counter() < until:
    app.processEvents()
gaps, last = [0.0], [time.perf_counter()]
def tick():
    now = time.perf_counter()
    gaps.append(now - last[0])
    last[0] = now
ticker = QTimer(interval=10)
ticker.timeout.connect(tick)
ticker.start()
start = time.perf_counter()
window.show_page(page_index("certificates"))
page = window.current_page()
while page.preview.pixmap().isNull():
    app.processEvents()
first = time.perf_counter() - start
tick()  # the wait that ended with the image
frozen = max(gaps)
page.list.setCurrentRow(1)
page.preview.clear()
start = time.perf_counter()
while page.preview.pixmap().isNull():
    app.processEvents()
later = time.perf_counter() - start
print(f"first_ms={first * 1000:.0f} frozen_ms={frozen * 1000:.0f} later_ms={later * 1000:.0f}")
ticker.stop()
window.stop_polling()
window.close()
shop.close()
"""


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--idle", type=int, default=0, help="ms between the first paint and opening 证书")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        env = compiled({**os.environ, "QT_QPA_PLATFORM": "offscreen", "HONGHUA_TODAY": TODAY, "HONGHUA_HOME": tmp,
                        "XDG_CONFIG_HOME": tmp, "PYTHONPATH": str(ROOT)}, Path(tmp))
        db = Path(tmp) / "demo.db"
        subprocess.run([sys.executable, "-m", "app", "--db", str(db), "demo"], env=env, check=True,
                       capture_output=True, cwd=ROOT)
        figures: dict[str, list[float]] = {"first_ms": [], "frozen_ms": [], "later_ms": []}
        for _ in range(args.runs + 2):  # the first two write the bytecode and warm the file cache: not counted
            done = subprocess.run([sys.executable, "-c", ONE_RUN, str(db), TODAY, str(args.idle)], check=False,
                                  env=env, capture_output=True, text=True, timeout=120, cwd=ROOT)
            if done.returncode != 0 or "first_ms=" not in done.stdout:
                raise SystemExit(f"failed:\n{done.stdout}\n{done.stderr}")
            for pair in done.stdout.strip().splitlines()[-1].split():
                key, value = pair.split("=")
                figures[key].append(float(value))
        print(f"runs: {args.runs}, medians; 证书 opened {args.idle} ms after the board's first paint")
        print(f"first preview:         {statistics.median(figures['first_ms'][2:]):.0f} ms")
        print(f"window held up for:    {statistics.median(figures['frozen_ms'][2:]):.0f} ms at most")
        print(f"floor, the next preview: {statistics.median(figures['later_ms'][2:]):.0f} ms")


if __name__ == "__main__":
    main()
