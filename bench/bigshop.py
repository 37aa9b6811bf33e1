"""A big shop for the benchmarks: 200 staff, 3 years of daily data for every built-in metric, 5,000 red
flowers, 100,000 audit rows, a dozen imports, approved months, a quarter and a year.

    python bench/bigshop.py OUT.db        (about a minute)

The demo shop (24 months, the most it makes) is the base; the year before it is the demo's first year again,
one year earlier; the flowers and audit rows beyond the demo's are written with plain SQL.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sqlite3
import sys
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

TODAY = date(2026, 10, 20)
STAFF = 200
FLOWERS = 5000
AUDIT_ROWS = 100_000
IMPORT_MONTHS = ("2026-04", "2026-05", "2026-06", "2026-07", "2026-08", "2026-09")
HEADER = ["日期", "客服", "销售额", "询单人数", "询单->最终付款人数", "平均响应(秒)"]


def month_file(conn: sqlite3.Connection, month: str, folder: Path) -> Path:
    """The shop's own values of `month` as a seller-tool daily report (one row per person and day)."""
    names = dict(conn.execute("SELECT id, name FROM staff"))
    cells: dict[tuple[str, int], dict[str, int]] = {}
    for metric, day, sid, value in conn.execute(
            "SELECT metric, day, staff_id, value FROM daily_value WHERE day LIKE ? AND metric IN "
            "('sales', 'inquiries', 'paying', 'response_s')", [month + "-%"]):
        cells.setdefault((day, sid), {})[metric] = value
    path = folder / f"客服日报{month}.csv"
    with path.open("w", encoding="gbk", newline="") as f:
        w = csv.writer(f)
        w.writerow(HEADER)
        for (day, sid), v in sorted(cells.items()):
            w.writerow([day, names[sid], f"{v.get('sales', 0) / 100 * 1.01:.2f}", v.get("inquiries", 0),
                        v.get("paying", 0), f"{v.get('response_s', 3000) / 100:.0f}"])
    return path


def build(path: Path, log=print) -> None:
    from app.demo import generate_demo
    from app.importing import ImportOptions, ImportService
    from app.periods import Month, Quarter, Year, parse_month
    from app.shop import Shop

    start = time.perf_counter()
    shop = Shop.open(path, TODAY)
    generate_demo(shop, staff=STAFF, months=24, seed=3)
    shop.close()
    log(f"demo: {time.perf_counter() - start:.1f} s")
    rng = random.Random(5)
    conn = sqlite3.connect(path)
    with conn:
        # the third year: the demo's first year again, one year earlier; everyone hired a year earlier
        conn.execute("UPDATE staff SET name = name || '（' || id || '）' WHERE id NOT IN "
                     "(SELECT min(id) FROM staff GROUP BY name)")  # namesakes told apart, as the import asks
        conn.execute("UPDATE staff SET hired = date(hired, '-1 year') WHERE hired IS NOT NULL")
        conn.execute("INSERT OR IGNORE INTO daily_value (metric, day, staff_id, value) "
                     "SELECT metric, date(day, '-1 year'), staff_id, value FROM daily_value "
                     "WHERE day < '2025-11-01'")
        conn.execute("INSERT OR IGNORE INTO staff_target (month, staff_id, metric, value) "
                     "SELECT strftime('%Y-%m', month || '-01', '-1 year'), staff_id, metric, value FROM staff_target "
                     "WHERE month < '2025-11'")
        conn.execute("INSERT OR IGNORE INTO shop_target (month, metric, value) "
                     "SELECT strftime('%Y-%m', month || '-01', '-1 year'), metric, value FROM shop_target "
                     "WHERE month < '2025-11'")
        # flowers: leaders' quota, one slot per flower and month
        ids = [sid for (sid,) in conn.execute("SELECT id FROM staff")]
        have = conn.execute("SELECT count(*) FROM flower").fetchone()[0]
        issuers = ids[:20]
        rows = []
        first = date(2023, 11, 1)
        for n in range(FLOWERS - have):
            day = first + timedelta(days=rng.randrange((TODAY - first).days))
            issuer = issuers[n % len(issuers)]
            recipient = rng.choice([i for i in ids[20:]])
            rows.append((f"HB-{n:05d}", issuer, recipient, day.isoformat(),
                         (day + timedelta(days=90)).isoformat(), "顾客留言表扬：耐心解答尺码问题", "客户服务",
                         "leader", issuer, day.strftime("%Y-%m"), 1000 + n))
        conn.executemany("INSERT INTO flower (number, issuer_id, recipient_id, issued, valid_through, reason, "
                         "category, quota, quota_owner, quota_month, quota_slot) VALUES (?,?,?,?,?,?,?,?,?,?,?)", rows)
        # the audit log of three years of use
        actions = [("data.set", "数据：{n} 格"), ("target.set", "目标：{n} 人"), ("flower.issue", "发小红花 #{n}"),
                   ("staff.update", "修改员工 #{n}")]
        rows = []
        for n in range(AUDIT_ROWS):
            action, summary = actions[n % len(actions)]
            at = (date(2023, 11, 1) + timedelta(days=n * 1080 // AUDIT_ROWS)).isoformat() + f"T09:{n % 60:02d}:00"
            rows.append((at, "owner", action, summary.format(n=n), json.dumps({"n": n})))
        conn.executemany("INSERT INTO audit (at, os_user, action, summary, detail) VALUES (?,?,?,?,?)", rows)
    log(f"third year, flowers, audit: {time.perf_counter() - start:.1f} s")
    folder = path.parent / "imports"
    folder.mkdir(exist_ok=True)
    files = [month_file(conn, m, folder) for m in IMPORT_MONTHS]
    conn.close()
    shop = Shop.open(path, TODAY)
    service = ImportService(shop.store, shop.ctx, shop.metrics)
    for file, month in zip(files, IMPORT_MONTHS, strict=True):
        plan = service.preview([file], ImportOptions(month=parse_month(month)))
        service.commit(plan)
    log(f"imports: {time.perf_counter() - start:.1f} s")
    # every month's 阶段目标奖 (reaching the sales target) with a certificate: ~100 winners a month to print
    plans = shop.awards.plans
    for assignment in plans.assignments():
        data = plans.editable(assignment.plan_id)
        for rule in data["rules"]:
            if rule["kind"] == "stage":
                rule["certificate"] = True
        saved = plans.save_edited(data)
        plans.use_stored(saved.stored.id, assignment.dept, assignment.from_month)
    periods = [Month(2026, m) for m in range(1, 10)] + [Quarter(2026, 1), Quarter(2026, 2), Year(2025)]
    for period in periods:
        shop.awards.approve(period, confirm=True)
    log(f"approvals: {time.perf_counter() - start:.1f} s")
    shop.close()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description="Build the benchmarks' big shop (about a minute).")
    parser.add_argument("out", type=Path, help="the new shop file (must not exist)")
    out = parser.parse_args().out
    if out.exists():
        sys.exit(f"{out} exists")
    build(out)
