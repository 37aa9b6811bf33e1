"""A PC switched off at the wall may come back with its clock reset to a year long gone (a flat CMOS battery).
Backups are named by the time they are made: the ones made then must still be the newest, kept by the rotation
and offered first when the shop file is damaged, and the owner is told that the clock looks wrong."""

from __future__ import annotations

import shutil
from datetime import datetime, timedelta

from app import backups
from app.backups import files
from app.domain import StaffDraft
from app.shop import Shop

from .conftest import TODAY, dump

BEFORE_THE_CUT = datetime(2026, 10, 20, 9, 0)
CLOCK_RESET = datetime(2020, 1, 1, 8, 5)


def _a_year_of_backups(db) -> None:
    """Fourteen months of monthly backups and the last ten days', as a shop used every day has."""
    first = backups.backup_path(db, "daily", now=BEFORE_THE_CUT).info.path
    for n in range(1, 14 * 30, 3):
        when = BEFORE_THE_CUT - timedelta(days=n)
        shutil.copyfile(first, files.new_path(db, "daily", when))


def test_a_backup_made_while_the_clock_is_behind_stays_the_newest(demo_db):
    _a_year_of_backups(demo_db)
    shop = Shop.open(demo_db, TODAY)
    try:
        shop.staff.add(StaffDraft("断电后才来的人"))
    finally:
        shop.close()

    made = backups.backup_path(demo_db, "daily", now=CLOCK_RESET)

    assert made.info.path.exists(), "the rotation deleted the backup it had just made"
    listed = files.list_backups(demo_db)
    assert listed[0].path == made.info.path
    assert backups.newest_good_backup(demo_db).path == made.info.path
    assert any(row[1] == "断电后才来的人" for row in dump(listed[0].path)["staff"])
    assert any("时间" in warning and "2020" in warning for warning in made.warnings), made.warnings


def test_backups_made_one_after_another_with_the_clock_behind_keep_their_order(demo_db):
    backups.backup_path(demo_db, "daily", now=BEFORE_THE_CUT)
    first = backups.backup_path(demo_db, "import", now=CLOCK_RESET)
    second = backups.backup_path(demo_db, "approve", now=CLOCK_RESET + timedelta(minutes=5))
    assert [b.path for b in files.list_backups(demo_db)[:2]] == [second.info.path, first.info.path]


def test_a_clock_that_is_right_names_backups_by_it_and_warns_of_nothing(demo_db):
    backups.backup_path(demo_db, "daily", now=BEFORE_THE_CUT)
    later = backups.backup_path(demo_db, "manual", now=BEFORE_THE_CUT + timedelta(hours=2))
    assert later.info.path.name == "shop-20261020-110000-manual.db"
    assert later.warnings == []


def test_a_clock_set_back_a_few_seconds_by_time_sync_is_not_said_to_be_wrong(demo_db):
    """Windows' time sync steps a clock that ran fast back by a few seconds: a backup made just then is still named
    after the newest, but the owner is not told the clock was reset by a power cut."""
    newest = backups.backup_path(demo_db, "manual", now=BEFORE_THE_CUT)
    made = backups.backup_path(demo_db, "import", now=BEFORE_THE_CUT - timedelta(seconds=3))
    assert files.list_backups(demo_db)[0].path == made.info.path != newest.info.path
    assert made.warnings == []


def test_the_clock_warning_names_the_newest_backup_it_is_behind(demo_db):
    """The newest backup may be the wrong one (made while the clock was set a year ahead): its time is named, so
    the owner can tell which."""
    backups.backup_path(demo_db, "manual", now=BEFORE_THE_CUT)
    made = backups.backup_path(demo_db, "daily", now=CLOCK_RESET)
    assert any("2026-10-20 09:00:00" in warning for warning in made.warnings), made.warnings
