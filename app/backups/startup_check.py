"""The window's check after its first paint, on a worker thread: the copies of restores cut off removed, the
file's quick_check, then, when it is sound, the day's first backup (`ui.widgets.backup_guard.StartupGuard` says
what came of it). Apart from the guard, so the window's start makes neither this package nor its `Outcome`
before the first paint."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from app import backups, os_errors
from app.backups.files import BackupInfo
from app.backups.making import BackupResult
from app.backups.unfinished import Unfinished
from app.store.database import FileBusy


@dataclass
class Outcome:
    problems: list[str]
    good: BackupInfo | None = None
    backup: BackupResult | None = None
    backup_error: str | None = None
    unfinished: list[Unfinished] = field(default_factory=list)  # restores a power cut or a kill cut off


def check_and_back_up(db_path: Path) -> Outcome:
    """The copies of restores cut off removed; quick_check; then, when sound, the day's first backup. A damaged page
    the backup's own reads meet (past the quick check, or damaged since) is a finding too: raised, it came back to the
    window as one more damaged read, which asked for this check again, for ever."""
    outcome = Outcome([], unfinished=backups.find_unfinished(db_path))  # removed once said: the window may close first
    try:
        report = backups.health(db_path, quick=True)
    except FileBusy as e:  # another program kept the file to itself: no verdict today, and no backup
        outcome.backup_error = e.message
        return outcome
    if not report.ok:
        outcome.problems, outcome.good = report.problems, backups.newest_good_backup(db_path)
        return outcome
    try:
        outcome.backup = backups.daily_backup(db_path)
    except backups.BackupError as e:
        outcome.backup_error = e.message
    except sqlite3.DatabaseError as e:
        if not os_errors.is_damage(e):
            raise
        outcome.problems, outcome.good = [os_errors.sqlite_reason(e)], backups.newest_good_backup(db_path)
    return outcome
