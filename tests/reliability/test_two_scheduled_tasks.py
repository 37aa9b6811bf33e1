"""Two scheduled tasks (or a task and the window) back the same shop up at the same moment: both rotate the
same backups folder. The one that comes second must not warn about a backup the first has just removed."""

from __future__ import annotations

from datetime import date, datetime

from app.backups import files, making
from app.backups.files import Keep
from app.domain import StaffDraft
from app.shop import Shop


def test_two_rotations_at_once_say_nothing_about_a_backup_the_other_removed(tmp_path, monkeypatch):
    db = tmp_path / "shop.db"
    shop = Shop.open(db, date(2026, 10, 20))
    shop.staff.add(StaffDraft("小美"))
    shop.close()
    making.backup_path(db, "manual", now=datetime(2026, 10, 1, 8))
    newest = making.backup_path(db, "manual", now=datetime(2026, 10, 2, 8))
    real_to_delete = files.to_delete

    def the_other_task_removes_them_first(found, keep):
        doomed = real_to_delete(found, keep)
        for backup in doomed:
            backup.path.unlink()
        return doomed

    monkeypatch.setattr(files, "to_delete", the_other_task_removes_them_first)
    making.rotate(db, Keep(last=1, daily=0, weekly=0, monthly=0), newest, datetime(2026, 10, 2, 8))
    assert newest.warnings == []
    assert [b.path for b in files.list_backups(db)] == [newest.info.path]
