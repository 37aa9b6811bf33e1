"""`honghua backup` (into the backups folder) on a shop with an owner PIN: its rotation deletes the old backups
the settings no longer keep, and deleting is a change, which needs the PIN as every write does. Without the PIN
(or with a wrong one) it still makes the backup — a scheduled backup must not stop — deletes nothing and says
so on stderr; with the right one it rotates as before. It used to delete them without asking for the PIN."""

from __future__ import annotations

import json
from contextlib import closing
from datetime import date

import pytest

from app import backups
from app import settings as declared
from app.shop import Shop

TODAY = date(2026, 10, 20)


@pytest.fixture
def locked(cli, add, db, monkeypatch):
    """A shop keeping one backup, locked with a PIN, with two old manual backups beside it."""
    monkeypatch.delenv("HONGHUA_PIN", raising=False)
    add("小美", "--hired", "2025-01-01")
    with closing(Shop.open(db, TODAY)) as shop:
        shop.settings.set_many([(declared.BACKUP_KEEP_LAST, 1), (declared.BACKUP_KEEP_DAILY, 0),
                                (declared.BACKUP_KEEP_WEEKLY, 0), (declared.BACKUP_KEEP_MONTHLY, 0)])
        shop.security.set_pin("2468")
    for _ in range(2):
        backups.backup_path(db, "manual", rotate_old=False)
    return db


@pytest.mark.parametrize("pin", [(), ("--pin", "1111")], ids=["no pin", "wrong pin"])
def test_a_backup_without_the_right_pin_deletes_no_old_backup(cli, locked, pin):
    before = {b.path for b in backups.list_backups(locked)}
    done = cli(*pin, "backup", "--json")
    assert done.code == 0, done.err
    made = json.loads(done.out)
    assert made["deleted"] == [] and made["rotated"] is False
    assert {b.path for b in backups.list_backups(locked)} == before | {backups.list_backups(locked)[0].path}
    assert "旧备份没有按保留设置删除" in done.err
    assert ("店主密码不对（--pin）" in done.err) == bool(pin)


def test_a_backup_with_the_right_pin_rotates(cli, locked, monkeypatch):
    monkeypatch.setenv("HONGHUA_PIN", "2468")
    done = cli("backup", "--json")
    assert done.code == 0 and done.err == "", done.err
    made = json.loads(done.out)
    assert made["rotated"] is True and len(made["deleted"]) == 2
    assert [b.path for b in backups.list_backups(locked)] == [backups.list_backups(locked)[0].path]


def test_a_shop_without_a_pin_rotates_without_one(cli, add, db):
    add("小美", "--hired", "2025-01-01")
    with closing(Shop.open(db, TODAY)) as shop:
        shop.settings.set_many([(declared.BACKUP_KEEP_LAST, 1), (declared.BACKUP_KEEP_DAILY, 0),
                                (declared.BACKUP_KEEP_WEEKLY, 0), (declared.BACKUP_KEEP_MONTHLY, 0)])
    backups.backup_path(db, "manual", rotate_old=False)
    done = cli("backup", "--json")
    assert done.code == 0 and json.loads(done.out)["rotated"] is True and len(json.loads(done.out)["deleted"]) == 1


def test_the_next_opening_that_day_deletes_what_the_locked_backup_left(cli, locked):
    """A nightly `honghua backup` without the PIN is the day's backup, so no automatic backup follows that day
    (nor any day, when it runs first every night): the next opening of the shop rotates instead, as the
    backup's note promises, or the old backups would pile up for good."""
    assert cli("backup").code == 0
    assert len(backups.list_backups(locked)) == 3
    done = cli("staff", "list")  # reads only: the opening's rotation needs no PIN, as the daily backup's does not
    assert done.code == 0, done.err
    assert len(backups.list_backups(locked)) == 1
