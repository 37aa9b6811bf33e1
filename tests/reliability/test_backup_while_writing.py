"""A backup made while the command line imports into the same shop: each copy is sound and holds the shop
before the import or after it, never half of it (the backup API reads one snapshot)."""

from __future__ import annotations

import subprocess
from datetime import date, timedelta

from app import backups
from app.domain import StaffDraft
from app.shop import Shop
from app.store import maintenance

from .harness import ROOT, child_env, cli, state

ROWS, STAFF = 30_000, 50


def test_backups_taken_during_an_import_hold_all_of_it_or_none(tmp_path):
    csv = tmp_path / "客服日报.csv"
    start = date(2020, 1, 1)
    with csv.open("w", encoding="gbk", newline="") as f:
        f.write("日期,客服,销售额,询单人数\r\n")
        for i in range(ROWS):
            f.write(f"{start + timedelta(days=i // STAFF)},客服{i % STAFF:02d},{1000 + i % 977}.50,{10 + i % 40}\r\n")
    db = tmp_path / "shop.db"
    shop = Shop.open(db, date(2026, 10, 20))
    for n in range(STAFF):
        shop.staff.add(StaffDraft(f"客服{n:02d}"))
    shop.close()
    before = state(db)[1]["daily_value"]
    child = subprocess.Popen(cli(db, "import", str(csv)), cwd=ROOT, env=child_env(tmp_path),
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    seen = []
    while child.poll() is None or not seen:
        copy = tmp_path / f"copy-{len(seen)}.db"
        backups.copy_path(db, copy)
        assert maintenance.check_file(copy) == []
        seen.append(state(copy)[1]["daily_value"])
    assert child.wait() == 0, child.stderr.read().decode("utf-8", "replace")
    child.stderr.close()
    after = before + ROWS * 2
    assert state(db)[1]["daily_value"] == after
    assert len(seen) > 1 and set(seen) <= {before, after}, seen
