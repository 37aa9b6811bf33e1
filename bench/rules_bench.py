"""Rules engine benchmark: evaluate a month and a whole year for 200 staff on synthetic facts.

Prints the median time of each beside a floor measured in the same run: a bare Python pass that sums
the same fact rows (every metric value, target and event the evaluations receive). Run:

    python bench/rules_bench.py [--staff 200] [--repeat 7]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.domain import Birthday, Staff
from app.events import Event
from app.periods import HalfYear, Month, Period, Quarter, Year, month_keys, previous_period
from app.rules import DeptFacts, Facts, evaluate, load_preset

METRICS = ("sales", "orders", "ratings", "satisfied", "received", "unreplied", "assessment")
EVENTS = (("表扬", 2), ("投诉", 0.3), ("建议被采纳", 0.2), ("知识考核", 1), ("服务积分", 4), ("安全事故", 0.05),
          ("二次服务", 0.2), ("备件销售", 1.5), ("未签服务记录单", 0.1), ("项目完工", 2))


def build_shop(n_staff: int, seed: int = 7):
    rng = random.Random(seed)
    depts = ["客服一部", "客服二部", "售后部"]
    staff = tuple(Staff(id=i, name=f"员工{i}", dept=depts[i % 3], role="客服" if i % 3 < 2 else "售后",
                        hired=date(2020, 1, 1) + timedelta(days=rng.randrange(2200)),
                        left=date(2026, rng.randrange(1, 13), 15) if rng.random() < 0.05 else None,
                        birthday=Birthday(rng.randrange(1, 13), rng.randrange(1, 29), rng.random() < 0.2))
                  for i in range(1, n_staff + 1))
    months = [Month(2025, 12).shift(i) for i in range(13)]  # 2025-12 … 2026-12
    values, targets = {}, {}
    for s in staff:
        for m in months:
            k = m.key()
            sales = rng.randrange(500_000, 3_000_000)
            ratings = rng.randrange(0, 80)
            received = rng.randrange(300, 1500)
            row = {"sales": sales, "orders": sales // 10_000, "ratings": ratings,
                   "satisfied": ratings - rng.randrange(0, 2) if ratings else 0, "received": received,
                   "unreplied": rng.randrange(0, 20), "assessment": rng.randrange(600, 1000)}
            for metric in METRICS:
                if rng.random() > 0.02:  # a few unknowns
                    values[(s.id, metric, k)] = row[metric]
            targets[(s.id, "sales", k)] = 1_500_000
    events, eid = [], 0
    for m in months:
        for s in staff:
            for kind, per_month in EVENTS:
                count = int(per_month) + (rng.random() < per_month % 1)
                for _ in range(count):
                    eid += 1
                    day = date(m.year, m.month, rng.randrange(1, 29))
                    events.append(Event(id=eid, day=day, staff_id=s.id, type=kind,
                                        amount_fen=rng.randrange(5_000, 300_000) if kind == "备件销售" else None,
                                        value=Decimal(rng.randrange(100, 900)) / 100 if kind in (
                                            "知识考核", "服务积分", "二次服务") else None,
                                        attrs={"margin": f"{rng.randrange(20, 70)}%", "paid": rng.choice("是是否"),
                                               "project": f"P{rng.randrange(5000)}"}))
    dept_facts = tuple(DeptFacts(d, tuple(s.id for s in staff if s.dept == d),
                                 {("sales", m.key()): 1_500_000 * n_staff // 3 for m in months}) for d in depts)
    flowers = {s.id: rng.randrange(0, 30) for s in staff}
    return staff, values, targets, events, dept_facts, flowers


def facts_for(period: Period, shop) -> Facts:
    staff, values, targets, events, depts, flowers = shop
    keys = set(month_keys(period)) | set(month_keys(previous_period(period)))
    return Facts(period=period, today=date(2027, 1, 10), staff=staff,
                 values={k: v for k, v in values.items() if k[2] in keys},
                 targets={k: v for k, v in targets.items() if k[2] in keys},
                 events=tuple(e for e in events if period.contains(e.day)), departments=depts, flowers=flowers)


def floor(all_facts: list[Facts]) -> int:
    """The same rows, summed in a bare loop: a lower bound for anything that reads them."""
    total = 0
    for f in all_facts:
        for v in f.values.values():
            total += v
        for v in f.targets.values():
            total += v
        for e in f.events:
            total += (e.amount_fen or 0) + e.staff_id
    return total


def median_time(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--staff", type=int, default=200)
    ap.add_argument("--repeat", type=int, default=7)
    args = ap.parse_args()
    plans = [load_preset(k) for k in ("taobao-kefu", "after-sales", "ecommerce-pay")]
    shop = build_shop(args.staff)
    month_facts = [facts_for(Month(2026, 10), shop)]
    periods: list[Period] = [Month(2026, m) for m in range(1, 13)] + [Quarter(2026, q) for q in range(1, 5)]
    periods += [HalfYear(2026, 1), HalfYear(2026, 2), Year(2026)]
    year_facts = [facts_for(p, shop) for p in periods]

    def run(all_facts: list[Facts]) -> int:
        return sum(len(evaluate(plan, f).lines) for f in all_facts for plan in plans)

    rows = len(month_facts[0].values) + len(month_facts[0].targets) + len(month_facts[0].events)
    print(f"{args.staff} staff, 3 presets ({sum(len(p.rules) for p in plans)} rules); "
          f"October 2026: {rows} fact rows, {run(month_facts)} lines")
    for label, all_facts, target in (("month (2026-10)", month_facts, 0.5),
                                     ("year (12 months + 4 quarters + 2 halves + the year)", year_facts, 2.0)):
        t_eval = median_time(lambda f=all_facts: run(f), args.repeat)
        # the floor touches each row once per plan, as the evaluations do
        t_floor = median_time(lambda f=all_facts: [floor(f) for _ in plans], args.repeat)
        print(f"{label:<55} evaluate {t_eval * 1000:8.1f} ms   floor {t_floor * 1000:7.1f} ms   "
              f"ratio {t_eval / t_floor:5.1f}×   target < {target:.1f} s")


if __name__ == "__main__":
    main()
