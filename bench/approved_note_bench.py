"""The approved-month note above the 数据 and 目标 grids (ui/widgets/approved_note.py), read on every month switch,
on bench/bigshop.py's big shop (200 staff, approved months, quarters and a year), beside the bare SQL floor.

    python bench/approved_note_bench.py [--db BIG.db] [--runs 7]

Ours = `DataService.approved_reading(month)` (what the pages call), for the months the big shop's approvals hold
and the ones they compare with; floor = one SELECT of the approved periods with their approval days.
Medians of the runs over those months.
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.bigshop import TODAY, build

MONTHS = [(2026, m) for m in range(1, 11)] + [(2025, 12), (2025, 6)]
FLOOR = "SELECT period, approved_at FROM award_run WHERE status = 'approved' ORDER BY period"


def median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def measure(db: Path, runs: int) -> tuple[float, float, float]:
    """The median over every switch, the median of the slowest month (a quarter's or the year's first or last,
    whose approvals' plans say whether they compare with it), the floor's median."""
    from app.periods import Month
    from app.shop import Shop

    shop = Shop.open(db, TODAY)
    by_month: dict[tuple[int, int], list[float]] = {month: [] for month in MONTHS}
    try:
        for _ in range(runs):
            for year, month in MONTHS:
                start = time.perf_counter()
                shop.data.approved_reading(Month(year, month))
                by_month[(year, month)].append(time.perf_counter() - start)
    finally:
        shop.close()
    ours = [sample for samples in by_month.values() for sample in samples]
    slowest = max(median_ms(samples) for samples in by_month.values())
    conn = sqlite3.connect(db)
    floor = []
    try:
        for _ in range(runs * len(MONTHS)):
            start = time.perf_counter()
            conn.execute(FLOOR).fetchall()
            floor.append(time.perf_counter() - start)
    finally:
        conn.close()
    return median_ms(ours), slowest, median_ms(floor)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", help="a big shop built before by bench/bigshop.py (copied, never changed)")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "big.db"
        if args.db:
            shutil.copy(args.db, db)
        else:
            build(db, log=lambda *_: None)
        ours, slowest, floor = measure(db, args.runs)
    print(f"approved note, month switch (median)   {ours:8.2f} ms   floor {floor:6.2f} ms   ratio {ours / floor:5.0f}x")
    print(f"approved note, slowest month (median)  {slowest:8.2f} ms   floor {floor:6.2f} ms   ratio {slowest / floor:5.0f}x")


if __name__ == "__main__":
    main()
