"""Two stores' exports of one shop imported together, beside the floor measured in the same run.

    python bench/two_stores_bench.py [--people N] [--days D] [--runs K]

Each person has a sub-account in each store (旗舰店:昵称NN and 专营店:昵称NN as aliases); each store's export is a
GBK CSV with one row per person and day, so every person's day is two rows to put together. Ours = the preview of
both files (what `honghua import A.csv B.csv --dry-run` and the wizard's preview do), then preview + commit.
Floor = the bare reading of the same files (csv.reader), the two accounts' values added up per person and day in a
dict, and one executemany of them into a fresh shop file. Medians of K runs, and the ratio ours / floor.
"""

from __future__ import annotations

import argparse
import csv
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.domain import StaffDraft
from app.importing import ImportService
from app.shop import Shop

STORES = ("旗舰店", "专营店")
HEADER = ["日期", "客服", "销售额", "询单人数", "询单->最终付款人数"]
METRICS = ("sales", "inquiries", "paying")


def rows(store: int, people: int, days: int) -> Iterator[list[str]]:
    start = date(2025, 1, 1)
    for d in range(days):
        day = (start + timedelta(days=d)).isoformat()
        for n in range(people):
            yield [day, f"{STORES[store]}:昵称{n:02d}", f"￥{1000 + (n * 7 + d + store) % 977:,}.{d % 100:02d}",
                   str(10 + (n + d) % 40), str((n + d + store) % 10)]


def write_files(folder: Path, people: int, days: int) -> list[Path]:
    paths = []
    for store, name in enumerate(STORES):
        path = folder / f"{name}.csv"
        with path.open("w", encoding="gbk", newline="") as f:
            writer = csv.writer(f)
            writer.writerow(HEADER)
            writer.writerows(rows(store, people, days))
        paths.append(path)
    return paths


def fresh_shop(folder: Path, tag: str, people: int) -> Shop:
    path = folder / f"{tag}.db"
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    shop = Shop.open(path, date(2030, 1, 1))
    for n in range(people):
        shop.staff.add(StaffDraft(f"客服{n:02d}", aliases=tuple(f"{store}:昵称{n:02d}" for store in STORES)))
    return shop


def ours(folder: Path, paths: list[Path], people: int, commit: bool) -> float:
    shop = fresh_shop(folder, "ours", people)
    try:
        started = time.perf_counter()
        service = ImportService(shop.store, shop.ctx, shop.metrics)
        plan = service.preview(paths)
        if commit:
            service.commit(plan)
        elapsed = time.perf_counter() - started
        if plan.files[0].errors or plan.files[1].errors:
            raise SystemExit("the bench's files have errors: nothing to measure")
        return elapsed
    finally:
        shop.close()


def floor(folder: Path, paths: list[Path], people: int) -> float:
    """Read both files bare, add up each person's day, one executemany: what any such import must at least cost."""
    shop = fresh_shop(folder, "floor", people)
    try:
        started = time.perf_counter()
        summed: dict[tuple[str, str, int], list[int]] = {}
        for path in paths:
            with path.open(encoding="gb18030", newline="") as f:
                table = list(csv.reader(f))
            for number, r in enumerate(table[1:], start=2):
                staff_id = int(r[1][-2:]) + 1
                for k, metric in enumerate(METRICS):
                    entry = summed.setdefault((metric, r[0], staff_id), [0, number])
                    entry[0] += int(r[2 + k].lstrip("￥").replace(",", "").replace(".", ""))
        with shop.store.atomic():
            shop.store.db.conn.executemany(
                "INSERT INTO daily_value (metric, day, staff_id, value, source_row) VALUES (?, ?, ?, ?, ?)",
                [(*key, value, row) for key, (value, row) in summed.items()])
        return time.perf_counter() - started
    finally:
        shop.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=50)
    parser.add_argument("--days", type=int, default=300)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        paths = write_files(folder, args.people, args.days)
        rows_each = args.people * args.days
        print(f"2 files × {rows_each:,} rows ({args.people} people × {args.days} days, a sub-account in each store), "
              f"medians of {args.runs} runs")
        bare = statistics.median(floor(folder, paths, args.people) for _ in range(args.runs))
        for label, commit in (("preview", False), ("preview + commit", True)):
            mine = statistics.median(ours(folder, paths, args.people, commit) for _ in range(args.runs))
            print(f"{label:17s} {mine:7.2f} s   floor {bare:6.2f} s   ratio {mine / bare:6.2f}×")


if __name__ == "__main__":
    main()
