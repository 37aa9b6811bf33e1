"""Award run benchmark: a month and a year for 200 staff with 3 years of daily data, beside the floor.

    python bench/awards_bench.py [--staff N] [--runs K]

Ours = AwardService.calculate(period): plans in force, facts from the store (aggregated per metric and
month), targets, events, flowers, the rules engine, fingerprint of the inputs, provisional check.
Floor = the bare SQL aggregates of the same facts (per metric: daily values grouped by person and month over
the months the plan reads; the targets; the period's events), rows fetched and nothing else.
The plan is taobao-kefu plus a year-kind copy of its metric rules, so that the year reads 24 months.
Medians of K runs; targets: month < 0.5 s, year < 2 s.
"""

from __future__ import annotations

import argparse
import copy
import json
import random
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.awards.facts import metrics_used
from app.domain import StaffDraft
from app.periods import Month, Year
from app.rules.plan import preset_dir
from app.shop import Shop

FIRST, LAST = date(2024, 1, 1), date(2026, 12, 31)
METRICS = ("sales", "orders", "ratings", "satisfied")


def bench_plan(folder: Path) -> Path:
    data = json.loads((preset_dir() / "taobao-kefu.json").read_text(encoding="utf-8"))
    data["name"], data["key"] = "基准方案", "bench"
    yearly = []
    for rule in data["rules"]:
        if rule["period"] == "month" and rule["kind"] in ("stage", "step", "threshold", "best"):
            twin = copy.deepcopy(rule)
            twin["name"], twin["period"] = f"年度{rule['name']}", "year"
            yearly.append(twin)
    data["rules"] += yearly
    path = folder / "bench.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def fill(shop: Shop, staff: int) -> None:
    rng = random.Random(7)
    ids = [shop.staff.add(StaffDraft(name=f"客服{i:03d}", dept="客服部" if i % 4 else "售后部",
                                     hired=date(2023, 1 + i % 12, 1))).id for i in range(staff)]
    days = [FIRST + timedelta(days=n) for n in range((LAST - FIRST).days + 1)]
    rows = []
    for sid in ids:
        for day in days:
            orders = rng.randint(5, 60)
            ratings = rng.randint(0, 4)
            rows += [("sales", day, sid, orders * rng.randint(5_000, 30_000)), ("orders", day, sid, orders),
                     ("ratings", day, sid, ratings), ("satisfied", day, sid, ratings - (rng.random() < 0.1))]
    month = Month(FIRST.year, FIRST.month)
    with shop.store.atomic():
        shop.store.values.set_many(rows)
        while month.start <= LAST:
            for sid in ids:
                shop.store.targets.set_staff_target(month.key(), sid, "sales", rng.randint(30, 60) * 1_000_000)
            month = month.next()
        for sid in ids:
            for k in range(40):
                day = FIRST + timedelta(days=rng.randrange(len(days)))
                shop.store.events.add(day, sid, rng.choice(("表扬", "投诉", "建议被采纳")), None, None, {}, "")


def floor(shop: Shop, period, plan) -> None:
    """The same facts as bare SQL aggregates: rows fetched, no Python work on them."""
    db = shop.store.db
    months = plan.months_needed(period)
    start, end = f"{months[0]}-01", period.end.isoformat()
    for metric in metrics_used(plan, period.kind, shop.metrics):
        db.execute("SELECT staff_id, substr(day, 1, 7), sum(value), count(*) FROM daily_value "
                   "WHERE metric = ? AND day BETWEEN ? AND ? GROUP BY staff_id, substr(day, 1, 7)",
                   [metric.key, start, end]).fetchall()
    marks = ", ".join("?" * len(months))
    db.execute(f"SELECT staff_id, metric, month, value FROM staff_target WHERE month IN ({marks})",
               list(months)).fetchall()
    db.execute("SELECT id, day, staff_id, type, amount_fen, value_x100, attrs, note FROM event "
               "WHERE day BETWEEN ? AND ?", [period.start.isoformat(), period.end.isoformat()]).fetchall()


def median_time(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--staff", type=int, default=200)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        shop = Shop.open(Path(folder) / "bench.db", date(2027, 1, 10))
        t0 = time.perf_counter()
        fill(shop, args.staff)
        print(f"setup: {args.staff} staff, {shop.store.values.count():,} daily values "
              f"({FIRST}..{LAST}) in {time.perf_counter() - t0:.1f} s")
        shop.awards.plans.use(str(bench_plan(Path(folder))))
        plan = shop.awards.plans.in_force(Month(2026, 10))[0].plan
        for label, period, target in (("month 2026-10", Month(2026, 10), 0.5), ("year 2026", Year(2026), 2.0)):
            shop.awards.calculate(period)  # warm the caches the app also keeps warm
            ours = median_time(lambda p=period: shop.awards.calculate(p), args.runs)
            base = median_time(lambda p=period: floor(shop, p, plan), args.runs)
            lines = len(shop.awards.calculate(period).lines)
            verdict = "ok" if ours < target else "SLOW"
            print(f"{label}: ours {ours * 1000:.0f} ms (target < {target:.1f} s, {verdict}), "
                  f"floor {base * 1000:.0f} ms, ratio {ours / base:.1f}×, {lines} lines, median of {args.runs}")
        shop.close()


if __name__ == "__main__":
    main()
