"""Backup names and rotation: what is kept by default (7 daily, 4 weekly, 12 monthly, the last 10)."""

from datetime import datetime, timedelta
from pathlib import Path

from app.backups import files
from app.backups.files import BackupInfo, Keep


def _info(created: datetime, kind: str = "daily") -> BackupInfo:
    return BackupInfo(Path(f"/b/shop-{created:%Y%m%d-%H%M%S}-{kind}.db"), created, kind, 1)


def _kept(backups, keep):
    doomed = {b.path for b in files.to_delete(backups, keep)}
    return [b for b in backups if b.path not in doomed]


def test_a_year_of_daily_backups_keeps_the_default_policy():
    now = datetime(2026, 10, 20, 9, 0)
    backups = [_info(now - timedelta(days=d)) for d in range(400)]  # newest first
    kept = _kept(backups, Keep(last=0, daily=7, weekly=4, monthly=12))
    days = {b.created.date() for b in kept}
    assert {(now - timedelta(days=d)).date() for d in range(7)} <= days  # the last 7 days
    weeks = {b.created.isocalendar()[:2] for b in kept}
    assert len(weeks) >= 4
    months = {(b.created.year, b.created.month) for b in kept}
    assert len(months) == 12
    assert len(kept) <= 7 + 4 + 12
    assert backups[-1] not in kept  # older than a year: gone


def test_several_backups_a_day_keep_the_newest_of_the_day_and_the_last_ten():
    day = datetime(2026, 10, 20, 8, 0)
    backups = [_info(day + timedelta(minutes=30 * i), kind) for i, kind in
               enumerate(["daily", "import", "approve"] * 5)][::-1]
    assert len(_kept(backups, Keep())) == 10  # the last 10; the day's newest is among them
    only_days = _kept(backups, Keep(last=0, daily=7, weekly=0, monthly=0))
    assert only_days == [backups[0]]


def test_the_newest_backup_and_damaged_originals_are_never_rotated_away():
    now = datetime(2026, 10, 20, 9, 0)
    backups = [_info(now, "import"), _info(now - timedelta(days=800), "damaged"), _info(now - timedelta(days=900))]
    kept = _kept(backups, Keep(last=0, daily=0, weekly=0, monthly=0))
    assert [b.kind for b in kept] == ["import", "damaged"]


def test_names_parse_back_and_other_files_are_ignored(tmp_path):
    db = tmp_path / "shop.db"
    folder = tmp_path / "backups"
    folder.mkdir()
    now = datetime(2026, 10, 20, 8, 30, 5)
    first = files.new_path(db, "import", now)
    assert first.name == "shop-20261020-083005-import.db"
    first.write_bytes(b"x")
    second = files.new_path(db, "import", now)
    assert second.name == "shop-20261020-083005-import-2.db"
    second.write_bytes(b"xy")
    for other in ("notes.txt", "shop-2-20261020-083005-daily.db", "shop-garbage-daily.db", ".shop-x.db.1.tmp"):
        (folder / other).write_bytes(b"z")
    listed = files.list_backups(db)
    assert [b.path.name for b in listed] == [second.name, first.name]
    assert listed[0].created == now and listed[0].kind == "import" and listed[0].size == 2
    assert [b.path.name for b in files.list_backups(tmp_path / "shop-2.db")] == ["shop-2-20261020-083005-daily.db"]
    assert files.made_on(db, now) and not files.made_on(db, now + timedelta(days=1))


def test_a_file_moved_aside_today_is_no_backup_of_today(tmp_path):
    """A restore over a newer version's file moves it aside as `unusable`: that is not a backup of this shop, and
    the day's backup of the restored shop was skipped because of it (a `damaged` one was already left out)."""
    db = tmp_path / "shop.db"
    (tmp_path / "backups").mkdir()
    now = datetime(2026, 10, 20, 8, 30, 5)
    for kind in files.MOVED_ASIDE:
        files.new_path(db, kind, now).write_bytes(b"x")
    assert not files.made_on(db, now)


def test_a_backup_is_told_by_its_name_and_its_folder(tmp_path):
    folder = tmp_path / "backups"
    assert files.shop_of_backup(folder / "我的 店-20261020-083005-daily.db") == tmp_path / "我的 店.db"
    assert files.shop_of_backup(folder / "店-20261020-083005-import-2.db") == tmp_path / "店.db"
    assert files.shop_of_backup(tmp_path / "店-20261020-083005-daily.db") is None  # a copy kept elsewhere is a shop
    assert files.shop_of_backup(folder / "店.db") is None
