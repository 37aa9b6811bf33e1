"""Helpers for the import tests: a shop with staff, files written in a chosen encoding, a dump of the database."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.domain import StaffDraft
from app.importing import ImportOptions, ImportService

FIXTURES = Path(__file__).parent / "fixtures"


def dump(shop) -> str:
    """The whole shop file as SQL: equal dumps mean nothing was written."""
    return "\n".join(shop.store.db.conn.iterdump())


def write_csv(path: Path, rows: list[list[object]], encoding: str = "utf-8", delimiter: str = ",") -> Path:
    text = "\r\n".join(delimiter.join(_quote(c, delimiter) for c in row) for row in rows) + "\r\n"
    path.write_bytes(text.encode(encoding))
    return path


def _quote(cell: object, delimiter: str) -> str:
    s = "" if cell is None else str(cell)
    if delimiter in s or '"' in s or "\n" in s:
        return '"' + s.replace('"', '""') + '"'
    return s


@pytest.fixture
def people(shop):
    """小美 (sub-account 旗舰店:小美), 阿强, 晓雯: ids by name."""
    ids = {}
    for name, aliases in (("小美", ("旗舰店:小美",)), ("阿强", ()), ("晓雯", ("旗舰店:晓雯", "分店:晓雯"))):
        ids[name] = shop.staff.add(StaffDraft(name, aliases=aliases)).id
    return ids


@pytest.fixture
def imports(shop):
    return ImportService(shop.store, shop.ctx, shop.metrics)


@pytest.fixture
def run(imports):
    """preview + commit when nothing blocks; returns (plan, import id or None)."""
    def go(*paths, **options):
        plan = imports.preview(list(paths), ImportOptions(**options))
        if plan.blocking():
            return plan, None
        return plan, imports.commit(plan)
    return go


def values(shop, table: str = "daily_value") -> list[tuple]:
    return shop.store.db.execute(f"SELECT * FROM {table} ORDER BY 1, 2, 3, 4").fetchall()
