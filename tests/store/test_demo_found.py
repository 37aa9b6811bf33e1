"""The status bar's （演示数据） asks the shop file, before the window's first paint, whether the demo shop was
made in it. It read the whole log through for that (15–23 ms on a shop with 100,000 log rows); it now finds the
demo's own row through the partial index of it (`audit_demo`), which lives in the file: a restore brings the
answer back or takes it away with the data, and an older demo shop gets the index on upgrade."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

from app import backups
from app.demo import generate_demo
from app.shop import Shop

TODAY = date(2026, 10, 20)
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "schema"
LOG_ROWS = 5_000


def _long_log(shop: Shop) -> None:
    with shop.store.atomic():
        for n in range(LOG_ROWS):
            shop.store.audit.add("店主", "setting.set", f"修改设置 {n}")


def _asked(shop: Shop) -> tuple[bool, int]:
    """The answer, and how many hundreds of SQLite's steps it took (reading 5,000 log rows takes hundreds)."""
    hundreds: list[int] = []
    conn = shop.store.db.conn
    conn.set_progress_handler(lambda: hundreds.append(1) or 0, 100)
    try:
        return shop.holds_demo, len(hundreds)
    finally:
        conn.set_progress_handler(None, 100)


def test_the_log_is_not_read_through(db_path):
    shop = Shop.open(db_path, TODAY)
    try:
        _long_log(shop)
        assert _asked(shop) == (False, 0)
        generate_demo(shop, staff=3, months=1, force=True)
        _long_log(shop)  # the demo's row far back in the log
        assert _asked(shop) == (True, 0)
    finally:
        shop.close()


def test_a_restore_brings_the_demo_back_or_takes_it_away(db_path):
    Shop.open(db_path, TODAY).close()
    before_demo = backups.backup_path(db_path, "manual").info.path
    shop = Shop.open(db_path, TODAY)
    generate_demo(shop, staff=3, months=1)
    shop.close()
    demo = backups.backup_path(db_path, "manual", rotate_old=False).info.path
    for source, said in ((before_demo, False), (demo, True)):
        backups.restore(db_path, source)
        shop = Shop.open(db_path, TODAY)
        try:
            assert shop.holds_demo is said
        finally:
            shop.close()


def test_a_demo_shop_made_before_the_index_gets_it_on_upgrade(tmp_path):
    path = tmp_path / "shop.db"
    shutil.copyfile(FIXTURES / "v14.sqlite", path)  # made with the demo (scripts/make_schema_fixtures.py)
    shop = Shop.open(path, TODAY)
    try:
        assert _asked(shop) == (True, 0)
        assert shop.store.db.execute("SELECT 1 FROM sqlite_master WHERE name = 'audit_demo'").fetchone() == (1,)
    finally:
        shop.close()
