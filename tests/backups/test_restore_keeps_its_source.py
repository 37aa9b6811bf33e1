"""A restore makes backups of its own (恢复前, and 升级前 of an older backup), and each rotates the backups folder:
the backup chosen to restore from, the oldest the rotation keeps, was deleted by them, even when the restore was then
refused (another program had the shop file open) and the message said nothing had changed."""

from __future__ import annotations

import sqlite3

import pytest

from app import backups
from app.backups import making
from app.errors import StoreError

from .conftest import dump, moments_today


def _ten_backups(db):
    """The ten newest the default rotation keeps, all of one day: the oldest goes with the next backup."""
    for moment in moments_today(10):
        backups.backup_path(db, "manual", moment)
    listed = backups.list_backups(db)
    assert len(listed) == 10
    return listed[-1].path


def test_a_refused_restore_leaves_the_backup_chosen(demo_db):
    chosen = _ten_backups(demo_db)
    wanted = dump(chosen)
    other = sqlite3.connect(demo_db)  # another program has the shop file open: the swap is refused
    try:
        other.execute("SELECT count(*) FROM staff").fetchone()
        with pytest.raises(StoreError) as caught:
            backups.restore(demo_db, chosen)
    finally:
        other.close()
    assert "没有任何改动" in caught.value.message
    assert chosen.exists() and dump(chosen) == wanted
    assert len(backups.list_backups(demo_db)) == 11  # the 恢复前 backup joined, and the chosen one stayed


def test_a_restore_done_leaves_the_backup_chosen_and_rotation_goes_on_after(demo_db):
    chosen = _ten_backups(demo_db)
    restored = backups.restore(demo_db, chosen)
    assert restored.backup is not None and chosen.exists()
    assert making._spared == []  # spared only while the restore runs
    backups.backup_path(demo_db, "manual")
    assert not chosen.exists()  # the next backup rotates as the settings say
