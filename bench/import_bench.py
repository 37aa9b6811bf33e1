"""Import benchmark: a 100,000-row daily report as CSV (GBK) and as xlsx, beside the floor measured in the same run.

    python bench/import_bench.py [--rows N] [--runs K]

Ours = preview + commit through ImportService (encoding detection, header detection, value parsing, staff
matching, staging, diff, one-transaction commit with the import log). Floor = the bare reader (csv.reader,
or python-calamine's iter_rows) + one executemany of the same daily_value rows into a fresh shop file.
Medians of K runs; the ratio ours / floor is printed (target ≤ 2×).
"""

from __future__ import annotations

import argparse
import csv
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.domain import Staff
from app.importing import ImportService
from app.shop import Shop

STAFF = 50
HEADER = ["日期", "客服", "销售额", "询单人数", "询单->最终付款人数", "平均响应(秒)", "客服回复率"]
METRICS = ("sales", "inquiries", "paying", "response_s", "reply_rate")


def rows(n: int):
    start = date(2015, 1, 1)
    for i in range(n):
        day = start + timedelta(days=i // STAFF)
        yield [day.isoformat(), f"客服{i % STAFF:02d}", f"￥{1000 + i % 977:,}.{i % 100:02d}", str(10 + i % 40),
               str(i % 10), f"{15 + i % 30}秒", f"{95 + i % 5}.5%"]


def write_files(folder: Path, n: int) -> tuple[Path, Path]:
    from openpyxl import Workbook

    csv_path = folder / "客服日报.csv"
    with csv_path.open("w", encoding="gbk", newline="") as f:
        w = csv.writer(f)
        w.writerow(["客服绩效报表"])
        w.writerow(HEADER)
        w.writerows(rows(n))
    book = Workbook(write_only=True)
    sheet = book.create_sheet()
    sheet.append(["客服绩效报表"])
    sheet.append(HEADER)
    for r in rows(n):
        sheet.append(r)
    xlsx_path = folder / "客服日报.xlsx"
    book.save(xlsx_path)
    return csv_path, xlsx_path


def fresh_shop(folder: Path, tag: str) -> Shop:
    path = folder / f"{tag}.db"
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    shop = Shop.open(path, date(2030, 1, 1))
    with shop.store.atomic():
        for n in range(STAFF):
            shop.store.staff.insert(Staff(id=0, name=f"客服{n:02d}"))
    return shop


def ours(folder: Path, path: Path) -> float:
    shop = fresh_shop(folder, "ours")
    try:
        started = time.perf_counter()
        service = ImportService(shop.store, shop.ctx, shop.metrics)
        service.commit(service.preview([path]))
        return time.perf_counter() - started
    finally:
        shop.close()


def floor(folder: Path, path: Path) -> float:
    """The bare reader and one executemany of the same rows: what any import must at least cost."""
    shop = fresh_shop(folder, "floor")
    try:
        started = time.perf_counter()
        if path.suffix == ".csv":
            with path.open(encoding="gb18030", newline="") as f:
                table = list(csv.reader(f))
        else:
            import python_calamine

            table = list(python_calamine.CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).iter_rows())
        values = []
        for number, r in enumerate(table[2:], start=3):
            staff_id = int(str(r[1])[2:]) + 1
            for k, metric in enumerate(METRICS):
                values.append((metric, r[0], staff_id, k + number, number))
        with shop.store.atomic():
            shop.store.db.conn.executemany(
                "INSERT INTO daily_value (metric, day, staff_id, value, source_row) VALUES (?, ?, ?, ?, ?)", values)
        return time.perf_counter() - started
    finally:
        shop.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        csv_path, xlsx_path = write_files(folder, args.rows)
        print(f"{args.rows:,} rows × {len(METRICS)} metrics, medians of {args.runs} runs")
        for label, path in (("CSV (GBK)", csv_path), ("xlsx", xlsx_path)):
            mine = statistics.median(ours(folder, path) for _ in range(args.runs))
            bare = statistics.median(floor(folder, path) for _ in range(args.runs))
            print(f"{label:10s} import {mine:6.2f} s ({args.rows / mine:9,.0f} rows/s)   "
                  f"floor {bare:6.2f} s ({args.rows / bare:9,.0f} rows/s)   ratio {mine / bare:4.2f}×")


if __name__ == "__main__":
    main()
