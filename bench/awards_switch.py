"""Switching period on the 评奖 page of bench/bigshop.py's big shop (200 staff, 3 years), beside the floor.

    python bench/awards_switch.py [--db BIG.db] [--switches N] [--profile FILE]

Ours = the page (offscreen, 1280×800) told to show another period, until its lines are shown and painted:
the picker's change, the page's cheap reads, the background status run, the tables filled and painted.
The switches go month ↔ month (2026年9月 ↔ 2026年8月) and month → quarter (2026年第3季度) in turn.
Floor = the service call that returns the period's lines (`shop.awards.status(period)`), no widgets.
Medians of N switches and of as many floor calls; target: a switch < 500 ms. Also the part of a switch after
the status run returned: the page's own work. The status run in the page's worker costs more than the floor:
it opens its own connection to the file (SQLite connections stay on their thread), whose caches (the plans
parsed) start cold. --profile writes the cProfile statistics of the UI thread during one month → month switch
(2026年9月 → 8月) to FILE (read it with `python -m pstats FILE`).
"""

from __future__ import annotations

import argparse
import cProfile
import os
import shutil
import statistics
import sys
import tempfile
import time
from itertools import cycle
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench.bigshop import TODAY, build

TARGET_MS = 500


def periods():
    from app.periods import Month, Quarter

    return [Month(2026, 8), Month(2026, 9), Quarter(2026, 3), Month(2026, 9)]


ANSWERED: list[float] = []  # when the page's background work returned, by perf_counter


def timed_work(work):
    """The page's background job (`ui.pages.awards._work`), noting when it returns."""

    def made(*args, **kwargs):
        job = work(*args, **kwargs)

        def timed(progress, cancel):
            try:
                return job(progress, cancel)
            finally:
                ANSWERED.append(time.perf_counter())

        return timed

    return made


def switch(app, page, period) -> tuple[float, float]:
    """Seconds from the picker's change to the period's lines shown and painted, and of them the seconds after
    the background status run returned (the page's own work: its tables filled and painted)."""
    from PySide6.QtCore import QEventLoop

    ANSWERED.clear()
    loop = QEventLoop()
    page.loaded.connect(loop.quit)
    start = time.perf_counter()
    page.picker.setPeriod(period)
    if page.busy or page.review is None or page.review.period != period:
        loop.exec()
    app.processEvents()  # the paint the shown lines asked for
    end = time.perf_counter()
    page.loaded.disconnect(loop.quit)
    while page.busy:  # a refresh the switch set off once more: done before the next switch
        app.processEvents()
    return end - start, end - (ANSWERED[0] if ANSWERED else start)


def measure(db: Path, switches: int, profile: Path | None) -> None:
    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    from app.shop import Shop
    from ui import errors
    from ui.fonts import install_fonts
    from ui.pages import awards
    from ui.pages.awards import AwardsPage

    errors.handler = lambda kind, title, text: print(f"{kind}: {text[:120]}") or True  # no modal boxes
    qInstallMessageHandler(lambda _kind, _context, text: None if "propagateSizeHints" in text else print(text))
    app = QApplication.instance() or QApplication([])
    awards._work = timed_work(awards._work)
    install_fonts(app)
    shop = Shop.open(db, TODAY)
    page = AwardsPage(shop)
    page.resize(1280, 800)
    page.show()
    app.processEvents()
    order = periods()
    for period in order:  # warm: each period shown once, the caches the app keeps warm filled
        switch(app, page, period)
    lines = {str(p): len(shop.awards.status(p).lines) for p in order}
    ours, after, by_kind = [], [], {}
    for step, period in zip(range(switches), cycle(order), strict=False):
        seconds, page_work = switch(app, page, period)
        ours.append(seconds)
        after.append(page_work)
        by_kind.setdefault(f"{order[(step - 1) % len(order)]} → {period}", []).append(seconds)
    floor = []
    for period, _ in zip(cycle(order), range(switches), strict=False):
        start = time.perf_counter()
        shop.awards.status(period)
        floor.append(time.perf_counter() - start)
    if profile is not None:
        switch(app, page, order[1])
        profiler = cProfile.Profile()
        profiler.enable()
        switch(app, page, order[0])
        profiler.disable()
        profiler.dump_stats(str(profile))
    page.stop_tasks()
    page.close()
    shop.close()
    ours_ms, floor_ms = statistics.median(ours) * 1000, statistics.median(floor) * 1000
    verdict = "ok" if ours_ms < TARGET_MS else "SLOW"
    print(f"lines shown: {', '.join(f'{p} {n}' for p, n in lines.items())}")
    print(f"awards page, switch period (median of {switches})  {ours_ms:7.0f} ms (target < {TARGET_MS} ms, {verdict})"
          f"   floor {floor_ms:6.0f} ms   ratio {ours_ms / floor_ms:5.1f}x")
    for label, samples in by_kind.items():
        print(f"  {label}: median {statistics.median(samples) * 1000:.0f} ms of {len(samples)}")
    print(f"  of which after the status run returned (the page's own work: tables filled, painted): median "
          f"{statistics.median(after) * 1000:.0f} ms")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path, help="a big shop built before by bench/bigshop.py (copied, never changed)")
    parser.add_argument("--switches", type=int, default=12)
    parser.add_argument("--profile", type=Path)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "big.db"
        if args.db:
            shutil.copy(args.db, db)
        else:
            build(db, log=lambda *_: None)
        measure(db, args.switches, args.profile)


if __name__ == "__main__":
    main()
