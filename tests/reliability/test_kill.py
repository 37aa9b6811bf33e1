"""SIGKILL during long writes: a 100,000-row import, an award approval, a demo generation (into an empty shop
and over an existing one), a migration.
Afterwards every file passes integrity_check and holds all of the write or none of it.

Kill points per path: HONGHUA_KILL_POINTS (default 5; the full run uses 30 or more)."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date, timedelta

import pytest

from app.domain import StaffDraft
from app.shop import Shop

from .harness import ROOT, check_report, child_env, cli, kill_runs, start_up, state, timed_run

ROWS, STAFF = 100_000, 50


@pytest.fixture(scope="module")
def work(tmp_path_factory):
    return tmp_path_factory.mktemp("kills")


def test_import_of_100000_rows(work, figures):
    csv = work / "客服日报_十万行.csv"
    start = date(2015, 1, 1)
    with csv.open("w", encoding="gbk", newline="") as f:
        f.write("客服绩效报表\r\n日期,客服,销售额,询单人数,询单->最终付款人数\r\n")
        for i in range(ROWS):
            f.write(f"{start + timedelta(days=i // STAFF)},客服{i % STAFF:02d},\"￥{1000 + i % 977:,}.{i % 100:02d}\","
                    f"{10 + i % 40},{i % 10}\r\n")
    base = work / "import-base.db"
    shop = Shop.open(base, date(2026, 10, 20))
    for n in range(STAFF):
        shop.staff.add(StaffDraft(f"客服{n:02d}"))
    shop.close()
    env = child_env(work)
    reference = work / "import-ref.db"
    shutil.copyfile(base, reference)
    duration = timed_run(cli(reference, "import", str(csv)), env)
    before, after = state(base)[1], state(reference)[1]
    assert after["daily_value"] - before["daily_value"] == ROWS * 3
    report = kill_runs("import", base, work, lambda db: cli(db, "import", str(csv)), env, duration, before, after)
    check_report(report, figures)


def test_undo_of_an_import(work, figures):
    """`imports undo` puts back what the import replaced and takes its rows away, in one transaction."""
    csv = work / "客服日报_两万行.csv"
    with csv.open("w", encoding="gbk", newline="") as f:
        f.write("日期,客服,销售额,询单人数\r\n")
        for i in range(20_000):
            f.write(f"{date(2020, 1, 1) + timedelta(days=i // STAFF)},客服{i % STAFF:02d},{1000 + i % 977}.50,"
                    f"{10 + i % 40}\r\n")
    base = work / "undo-base.db"
    shop = Shop.open(base, date(2026, 10, 20))
    for n in range(STAFF):
        shop.staff.add(StaffDraft(f"客服{n:02d}"))
    shop.close()
    env = child_env(work)
    timed_run(cli(base, "import", str(csv)), env)
    reference = work / "undo-ref.db"
    shutil.copyfile(base, reference)
    duration = timed_run(cli(reference, "imports", "undo", "1"), env)
    before, after = state(base)[1], state(reference)[1]
    assert before["daily_value"] - after["daily_value"] == 20_000 * 2
    report = kill_runs("undo", base, work, lambda db: cli(db, "imports", "undo", "1"), env, duration, before, after,
                       start=start_up(reference, env))
    check_report(report, figures)

def test_award_approval(work, figures):
    env = child_env(work)
    base = work / "approve-base.db"
    for args in (("demo", "--staff", "40", "--months", "3"), ("plan", "use", "taobao-kefu")):
        assert subprocess.run(cli(base, *args, today="2026-11-03"), cwd=ROOT, env=env, capture_output=True,
                              check=False).returncode == 0
    reference = work / "approve-ref.db"
    shutil.copyfile(base, reference)
    command = ("awards", "approve", "--period", "2026-10")
    duration = timed_run(cli(reference, *command, today="2026-11-03"), env)
    before, after = state(base)[1], state(reference)[1]
    assert after["award_run"] == before["award_run"] + 1 and after["award_line"] > before["award_line"]
    report = kill_runs("approve", base, work, lambda db: cli(db, *command, today="2026-11-03"), env, duration,
                       before, after)
    check_report(report, figures)


def test_demo_generation(work, figures):
    env = child_env(work)
    base = work / "demo-base.db"
    Shop.open(base, date(2026, 10, 20)).close()
    reference = work / "demo-ref.db"
    shutil.copyfile(base, reference)
    command = ("demo", "--staff", "50", "--months", "12")
    duration = timed_run(cli(reference, *command), env)
    before, after = state(base)[1], state(reference)[1]
    assert after["daily_value"] > 100_000 and before["daily_value"] == 0
    report = kill_runs("demo", base, work, lambda db: cli(db, *command), env, duration, before, after)
    check_report(report, figures)


def test_demo_replacing_an_existing_shop(work, figures):
    """`demo --force` clears the shop and fills it anew in one transaction: killed, the old shop is all there."""
    env = child_env(work)
    base = work / "force-base.db"
    assert subprocess.run(cli(base, "demo", "--staff", "8", "--months", "2"), cwd=ROOT, env=env, capture_output=True,
                          check=False).returncode == 0
    reference = work / "force-ref.db"
    shutil.copyfile(base, reference)
    command = ("demo", "--staff", "40", "--months", "6", "--seed", "7", "--force")
    duration = timed_run(cli(reference, *command), env)
    before, after = state(base)[1], state(reference)[1]
    assert after["staff"] > before["staff"]
    report = kill_runs("demo-force", base, work, lambda db: cli(db, *command), env, duration, before, after)
    check_report(report, figures)


BATCHED_WRITER = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
for batch in range(100):
    conn.execute("BEGIN")
    conn.executemany("INSERT INTO department (name) VALUES (?)", [(f"部门{batch}-{i}",) for i in range(100)])
    conn.execute("COMMIT")
    if batch == 50:
        print("half", flush=True)
        import time; time.sleep(30)
"""


def test_the_harness_spots_a_write_that_is_not_all_or_nothing(work):
    """A writer committing in batches (what the store must never do) is caught half-way."""
    import signal
    import sys

    db = work / "batched.db"
    Shop.open(db, date(2026, 10, 20)).close()
    before = state(db)[1]
    child = subprocess.Popen([sys.executable, "-c", BATCHED_WRITER, str(db)], stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "half"
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
        child.stdout.close()
    problems, counts = state(db)
    assert problems == []  # SQLite itself stays sound …
    assert before["department"] < counts["department"] < before["department"] + 100 * 100  # … but half is there

