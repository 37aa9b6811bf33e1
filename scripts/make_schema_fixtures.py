"""Write one shop file per earlier schema version under tests/fixtures/schema/ (v1.sqlite … v{N-1}.sqlite —
not *.db, which .gitignore leaves out) and a manifest of their row counts and money sums, for the migration
tests.

    python scripts/make_schema_fixtures.py [OUTPUT_DIR]

How: the current app builds a small but complete shop (demo staff, daily values, targets, events, a plan,
an approved award run, red flowers). Then, for each version v, a new file gets exactly the first v
migrations — the released statements, which never change — and the rows of every table that exists at v.
Later migrations only add tables, so each fixture is what the app of version v would have held. Re-run
this after adding a migration: the new previous version gets its fixture; existing fixtures are rewritten
with the same content.
"""

from __future__ import annotations

import json
import sqlite3
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.store.schema import APPLICATION_ID, LATEST_VERSION, MIGRATIONS

TODAY = date(2026, 11, 3)


def money_metrics() -> list[str]:
    table = json.loads((ROOT / "data" / "metrics.json").read_text(encoding="utf-8"))
    return sorted(m["key"] for m in table["metrics"] if m["unit"] == "yuan")


def full_shop(path: Path) -> None:
    from app.demo import generate_demo
    from app.periods import parse_period
    from app.shop import Shop

    shop = Shop.open(path, TODAY)
    try:
        generate_demo(shop, staff=4, months=2, seed=11)
        shop.awards.plans.use("taobao-kefu")
        shop.awards.approve(parse_period("2026-10"), confirm=True)
    finally:
        shop.close()


def tables(conn: sqlite3.Connection) -> list[str]:
    return [name for (name,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]


def columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [row[1] for row in conn.execute(f'PRAGMA table_info("{table}")')]


def summary(conn: sqlite3.Connection) -> dict[str, object]:
    """Row counts per table and money sums (every *_fen column; values of the money metrics)."""
    money = money_metrics()
    counts = {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables(conn)}
    sums: dict[str, int] = {}
    for table in tables(conn):
        cols = columns(conn, table)
        for col in cols:
            if col.endswith("_fen"):
                sums[f"{table}.{col}"] = conn.execute(f'SELECT coalesce(sum("{col}"), 0) FROM "{table}"').fetchone()[0]
        if "metric" in cols and "value" in cols:
            marks = ",".join("?" * len(money))
            sums[f"{table}.value(money)"] = conn.execute(
                f'SELECT coalesce(sum(value), 0) FROM "{table}" WHERE metric IN ({marks})', money).fetchone()[0]
    return {"counts": counts, "money": sums}


def write_version(source: Path, target: Path, version: int) -> dict[str, object]:
    target.unlink(missing_ok=True)
    conn = sqlite3.connect(target, isolation_level=None)
    try:
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute("BEGIN")
        for statements in MIGRATIONS[:version]:
            for statement in statements:
                conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {version}")
        conn.execute("ATTACH DATABASE ? AS full", [str(source)])
        for table in tables(conn):
            if table.startswith("full."):
                continue
            wanted = columns(conn, table)
            have = [c for c in conn.execute(f'PRAGMA full.table_info("{table}")')]
            shared = [c for c in wanted if c in {row[1] for row in have}]
            cols = ", ".join(f'"{c}"' for c in shared)
            # OR REPLACE: a row a migration wrote itself (certificate_key's secret) takes the full shop's
            conn.execute(f'INSERT OR REPLACE INTO main."{table}" ({cols}) SELECT {cols} FROM full."{table}"')
        conn.execute("COMMIT")
        conn.execute("DETACH DATABASE full")
        problems = conn.execute("PRAGMA foreign_key_check").fetchall()
        if problems:
            raise SystemExit(f"v{version}: foreign keys broken: {problems[:3]}")
        conn.execute("VACUUM")
        return summary(conn)
    finally:
        conn.close()


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else ROOT / "tests" / "fixtures" / "schema"
    out.mkdir(parents=True, exist_ok=True)
    manifest: dict[str, object] = {"latest_when_made": LATEST_VERSION, "versions": {}}
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "full.db"
        full_shop(source)
        for version in range(1, LATEST_VERSION):
            target = out / f"v{version}.sqlite"
            manifest["versions"][str(version)] = write_version(source, target, version)  # type: ignore[index]
            print(f"v{version}.sqlite written")
    (out / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
