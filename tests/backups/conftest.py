"""Shop files for backup tests: a small demo shop made once per session and copied per test, a way to
damage a file the way a failing disk does, and table dumps to compare files."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest

from app.demo import generate_demo
from app.i18n import set_language
from app.shop import Shop
from app.store import maintenance

TODAY = date(2026, 10, 20)


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("template") / "shop.db"
    shop = Shop.open(path, TODAY)
    generate_demo(shop, staff=6, months=2, seed=3)
    shop.close()
    return path


@pytest.fixture
def demo_db(tmp_path, demo_template) -> Path:
    """A closed demo shop file of its own (its backups folder is tmp_path/backups)."""
    path = tmp_path / "shop.db"
    shutil.copyfile(demo_template, path)
    return path


def dump(path: Path) -> dict[str, list[tuple]]:
    conn = maintenance.open_read_only(path)
    try:
        return maintenance.table_dump(conn)
    finally:
        conn.close()


def counts(path: Path) -> dict[str, int]:
    conn = maintenance.open_read_only(path)
    try:
        return maintenance.table_counts(conn)
    finally:
        conn.close()


def digest(path: Path) -> str:
    """The bytes of a shop file and of its -wal (what 'untouched' means)."""
    h = hashlib.sha256(path.read_bytes())
    wal = path.with_name(path.name + "-wal")
    if wal.exists():
        h.update(wal.read_bytes())
    return h.hexdigest()


def damage(path: Path) -> None:
    """Overwrite the cells of one data page (not the schema): the file still opens, integrity_check fails."""
    conn = sqlite3.connect(path)
    roots = {r for (r,) in conn.execute("SELECT rootpage FROM sqlite_master WHERE rootpage > 0")}
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    data = bytearray(path.read_bytes())
    leaves = [n for n in range(2, len(data) // size + 1) if n not in roots and data[(n - 1) * size] == 0x0A]
    page = leaves[len(leaves) // 2]
    offset = (page - 1) * size
    data[offset + 8:offset + size] = b"\xff" * (size - 8)
    path.write_bytes(bytes(data))


def moments_today(count: int) -> list[datetime]:
    """`count` times a second apart, all of today, before now where today has room: backups named by them fall on
    one day for the rotation, whatever the hour the tests run (an hour back crosses midnight until 1 a.m.)."""
    now = datetime.now().replace(microsecond=0)
    start = max(now - timedelta(hours=1), datetime.combine(now.date(), time()))
    return [start + timedelta(seconds=k) for k in range(count)]


def restore_notes(source: Path, path: Path) -> list[str]:
    """The sentences the restore's question says about `source` replacing the shop file `path`."""
    from app.backups import preview

    shop = Shop.open(path, TODAY)
    try:
        return preview.notes(source, shop.store)
    finally:
        shop.close()


def run_command(path: Path, capsys, *args: str) -> tuple[int, str]:
    """A command on the shop file `path` (its exit code and what it printed), the language put back after it."""
    from app.cli import main
    from app.i18n import set_language

    capsys.readouterr()
    try:
        code = main(["--db", str(path), "--today", "2026-10-20", *args])
    finally:
        set_language("zh")
    return code, capsys.readouterr().out


def windows_question(qtbot, monkeypatch, path: Path, source: Path) -> str:
    """The question the window's 备份与恢复 asks before restoring `source` over the shop file `path` (answered no)."""
    from tests.ui.conftest import Messages
    from ui import errors
    from ui.widgets.backup_panel import BackupPanel

    recorder = Messages(answer=False)
    monkeypatch.setattr(errors, "handler", recorder)
    shop = Shop.open(path, TODAY)
    try:
        panel = BackupPanel(shop)
        qtbot.addWidget(panel)
        assert not panel._restore(source, "用这份备份替换当前的全部数据吗？")
    finally:
        shop.close()
    return recorder.of("confirm")[-1]


@pytest.fixture
def english():
    """The app's messages in English for the test, Chinese again after it."""
    set_language("en")
    yield
    set_language("zh")
