"""Board benchmark on a big shop: 200 staff, 3 years of daily data for the built-in KPIs.

    python bench/board_bench.py [--staff 200] [--runs 7] [--posters-only]

Prints, each beside its floor measured in the same run (medians):
- switching month on the board (query + model + repaint of the rows and the team summary; the chart is
  drawn afterwards) against the bare SQL aggregate of that month's sales per person;
- opening the app to a painted board against a bare QMainWindow painted the same way;
- the daily poster (phone size, and the A4 one for the office wall) against matplotlib saving an empty figure of
  the same size (--posters-only: these alone);
- peak memory (RSS) of the app with the board and its chart drawn.
Targets: switch < 150 ms, opening < 1.5× the bare window, poster < 1 s, memory < 300 MB.
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
TODAY = date(2026, 10, 20)
FIRST = date(2023, 11, 1)
METRICS = ("sales", "orders", "inquiries", "paying", "ratings", "satisfied", "response_s", "refunds")


def build_shop(path: Path, staff: int) -> None:
    from app.domain import StaffDraft
    from app.periods import Month
    from app.shop import Shop

    shop = Shop.open(path, TODAY)
    rng = random.Random(11)
    ids = [shop.staff.add(StaffDraft(name=f"客服{i:03d}", dept="客服部" if i % 5 else "售后部",
                                     hired=date(2023, 1, 1))).id for i in range(staff)]
    days = [FIRST + timedelta(days=n) for n in range((TODAY - FIRST).days)]
    rows = []
    for sid in ids:
        skill = rng.uniform(0.6, 1.4)
        for day in days:
            inquiries = rng.randint(20, 80)
            paying = int(inquiries * rng.uniform(0.2, 0.5))
            ratings = rng.randint(0, 6)
            values = (int(paying * rng.uniform(8000, 20000) * skill), paying + rng.randint(0, 3), inquiries, paying,
                      ratings, rng.randint(0, ratings), rng.randint(1000, 6000), rng.randint(0, 50000))
            rows.extend((m, day, sid, v) for m, v in zip(METRICS, values, strict=True))
    sales = shop.metrics.get("sales")
    with shop.store.atomic():
        shop.store.values.set_many(rows)
        month = Month.of(FIRST)
        while month.start <= TODAY:
            for sid in ids:
                shop.store.targets.set_staff_target(month.key(), sid, sales.key, rng.randint(300, 600) * 100_000)
            month = month.next()
    shop.close()


def add_reports(path: Path) -> int:
    """Imported reports over the daily data: for every person and month, a 1–15 report and a 16–end one for four
    metrics (period_value rows), as a shop that imports half-month reports besides its daily data has."""
    from app.periods import Month

    conn = sqlite3.connect(path)
    ids = [sid for (sid,) in conn.execute("SELECT id FROM staff")]
    rows = []
    month = Month.of(FIRST)
    while month.start <= TODAY:
        middle = month.start + timedelta(days=14)
        for first, last in ((month.start, middle), (middle + timedelta(days=1), month.end)):
            rows += [(metric, first.isoformat(), last.isoformat(), sid, 1_000_000)
                     for sid in ids for metric in ("sales", "orders", "inquiries", "paying")]
        month = month.next()
    with conn:
        conn.executemany("INSERT INTO period_value (metric, start, end, staff_id, value) VALUES (?, ?, ?, ?, ?)", rows)
    conn.close()
    return len(rows)


def median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def measure_switch(path: Path, runs: int) -> tuple[float, float]:
    from bench.startup import office_screen

    os.environ["QT_QPA_PLATFORM"] = office_screen(path.parent)
    from PySide6.QtWidgets import QApplication

    from app.periods import Month
    from app.shop import Shop
    from ui.fonts import install_fonts
    from ui.pages.dashboard import DashboardPage

    app = QApplication.instance() or QApplication([])
    install_fonts(app)
    shop = Shop.open(path, TODAY)
    page = DashboardPage(shop)
    page.resize(1280, 800)
    page.show()
    page.refresh()
    app.processEvents()
    months = [Month(2026, 10).shift(-n) for n in range(1, runs + 1)]
    ours = []
    for month in months:
        start = time.perf_counter()
        page.picker.setMonth(month)  # refresh: progress query, tiles, leaderboard, model reset
        page.table.viewport().repaint()
        page.summary.repaint()
        ours.append(time.perf_counter() - start)
        app.processEvents()  # the chart, drawn after the rows
    conn = sqlite3.connect(path)
    floor = []
    for month in months:
        start = time.perf_counter()
        conn.execute("SELECT staff_id, sum(value) FROM daily_value WHERE metric = 'sales' AND day BETWEEN ? AND ? "
                     "GROUP BY staff_id", [month.start.isoformat(), month.end.isoformat()]).fetchall()
        floor.append(time.perf_counter() - start)
    conn.close()
    page.close()
    shop.close()
    return median_ms(ours), median_ms(floor)


def measure_poster(path: Path, runs: int, folder: Path, size: str = "phone") -> tuple[float, float]:
    from matplotlib.figure import Figure
    from PIL import Image

    from app.periods import Month
    from app.reports.poster import render_poster
    from app.reports.poster_model import build_poster_model
    from app.shop import Shop

    shop = Shop.open(path, TODAY)
    ours, floor = [], []
    for i in range(runs):
        start = time.perf_counter()
        model = build_poster_model(shop.store, shop.name, shop.progress(Month(2026, 10)))
        written = render_poster(model, folder / f"poster{i}.png", size)
        ours.append(time.perf_counter() - start)
        with Image.open(written) as poster:  # the floor saves as many pixels: its size is read outside its time
            width, height = poster.size
        start = time.perf_counter()
        Figure(figsize=(width / 100, height / 100), dpi=100).savefig(folder / f"empty{i}.png")
        floor.append(time.perf_counter() - start)
    shop.close()
    return median_ms(ours), median_ms(floor)


def measure_posters(path: Path, runs: int, folder: Path) -> None:
    for size in ("phone", "a4"):
        ours, floor = measure_poster(path, runs, folder, size)
        print(f"daily poster ({size}):{' ' * (9 - len(size))}{ours:.0f} ms   floor (empty figure saved): {floor:.0f} ms   "
              f"ratio {ours / floor:.1f}x   (target < 1 s)")


def measure_startup(path: Path, runs: int) -> tuple[float, float]:
    from bench.startup import BARE_WINDOW, compiled, office_screen

    env = compiled({**os.environ, "QT_QPA_PLATFORM": office_screen(path.parent), "HONGHUA_TODAY": TODAY.isoformat(),
                    "XDG_CONFIG_HOME": str(path.parent)}, path.parent)  # a fresh profile: the window opens on the board
    ours, floor = [], []
    for run in range(runs + 1):  # the first writes the bytecode and is not counted
        done = subprocess.run([sys.executable, "-m", "ui", "--db", str(path), "--exit-after-startup"], env=env,
                              capture_output=True, text=True, cwd=ROOT, timeout=120, check=True)
        app_ms = float(done.stdout.strip().splitlines()[-1].split("=")[1])
        done = subprocess.run([sys.executable, "-c", BARE_WINDOW], env=env, capture_output=True, text=True,
                              timeout=120, check=True)
        if run:
            ours.append(app_ms)
            floor.append(float(done.stdout.strip().splitlines()[-1].split("=")[1]))
    return statistics.median(ours), statistics.median(floor)


PEAK_RSS = r"""
import resource, sys
from datetime import date
from PySide6.QtWidgets import QApplication
from app.shop import Shop
from ui.fonts import install_fonts
from ui.main_window import MainWindow
app = QApplication([])
install_fonts(app)
shop = Shop.open(sys.argv[1], date(2026, 10, 20))
window = MainWindow(shop, start_page="dashboard")
window.resize(1280, 800)
window.show()
page = window.current_page()
for _ in range(50):
    app.processEvents()
    if page.chart.canvas is not None:
        break
page.chart.canvas.draw()
window.stop_polling()
try:  # this process's own high-water mark; ru_maxrss also counts the parent's memory when it forked us (Linux)
    with open("/proc/self/status") as status:
        print(next(int(line.split()[1]) for line in status if line.startswith("VmHWM:")) // 1024)
except OSError:
    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024)
"""


def measure_memory(path: Path) -> int:
    from bench.startup import office_screen

    env = {**os.environ, "QT_QPA_PLATFORM": office_screen(path.parent)}
    done = subprocess.run([sys.executable, "-c", PEAK_RSS, str(path)], env=env, capture_output=True, text=True,
                          cwd=ROOT, timeout=120, check=True)
    return int(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--staff", type=int, default=200)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--posters-only", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["HONGHUA_HOME"] = tmp
        path = Path(tmp) / "big.db"
        start = time.perf_counter()
        build_shop(path, args.staff)
        size_mb = path.stat().st_size / 2**20
        print(f"shop: {args.staff} staff, {(TODAY - FIRST).days} days × {len(METRICS)} metrics, "
              f"{size_mb:.0f} MB, built in {time.perf_counter() - start:.1f} s")
        if args.posters_only:
            measure_posters(path, args.runs, Path(tmp))
            return
        ours, floor = measure_switch(path, args.runs)
        print(f"switch month on the board: {ours:.0f} ms   floor (bare SQL month aggregate): {floor:.1f} ms   "
              f"ratio {ours / floor:.0f}x   (target < 150 ms)")
        ours, floor = measure_startup(path, args.runs)
        print(f"open to a painted board:   {ours:.0f} ms   floor (bare QMainWindow): {floor:.0f} ms   "
              f"ratio {ours / floor:.2f}x   (target <= 1.5x)")
        measure_posters(path, args.runs, Path(tmp))
        print(f"peak memory, board and chart drawn: {measure_memory(path)} MB   (target < 300 MB)")
        count = add_reports(path)
        ours, floor = measure_switch(path, args.runs)
        print(f"switch month with {count:,} imported half-month reports: {ours:.0f} ms   floor: {floor:.1f} ms   "
              f"(target < 150 ms)")


if __name__ == "__main__":
    main()
