"""Backups and restore of the shop file (see files.py for names and rotation, making.py for how a
backup is written and when, restoring.py for restore and health checks).

When backups are made: at the first start of each day (the window after its first paint, and again on
each new day it stays open; the command line when it opens the file), before every migration, import
commit, award approval and restore (an import's and an approval's once they hold the write lock, inside
their transaction: `before_action`), and on demand (`honghua backup`, 设置 → 备份与恢复). Each is
verified with `PRAGMA integrity_check`.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from app.backups.files import KINDS, BackupInfo, Keep, list_backups
from app.backups.making import (
    BackupError,
    BackupResult,
    backup_path,
    copy_into,
    copy_path,
    daily_backup,
    human_size,
)
from app.backups.restoring import (
    Health,
    Restored,
    check_source,
    health,
    newest_good_backup,
    note_in_audit,
    restore,
)
from app.backups.unfinished import Unfinished, find_unfinished, take_unfinished

if TYPE_CHECKING:
    from app.store import Store


def before_action(store: Store, kind: str) -> BackupResult | None:
    """The safety backup of an import commit ("import"), an approval ("approve"), the demo shop ("demo"):
    called inside the action's `store.atomic()` before it writes anything, so it is made once the action holds
    the write lock (after any wait for another writer, such as a scheduled import) and holds what that writer
    committed meanwhile (an import counts again first: when that writer imported the same files, nothing is
    written and no backup made). A verified backup, or BackupError and nothing written; a failed action leaves it, harmlessly.
    A locked shop was refused by `store.atomic()` before any backup could rotate older ones away."""
    from app.backups.making import before

    if not store.db.conn.in_transaction:
        raise RuntimeError("before_action belongs inside the action's transaction")
    return before(store.db, Path(store.path), kind)


def refuse_writes(store: Store, reason: str) -> None:
    """A damaged shop is never written to: every later action raises StoreError(reason)."""
    from app.store import maintenance

    maintenance.refuse_writes(store.db, reason)


def is_damaged(db_path: Path) -> bool:
    """True when the file exists and fails integrity_check (read-only), or has lost all its bytes while
    backups of it, or files a restore moved aside from it, exist (`store.db.emptied`)."""
    from app.store import maintenance
    from app.store.db import FileBusy, emptied

    try:
        return Path(db_path).exists() and (emptied(Path(db_path)) is not None or bool(maintenance.check_file(Path(db_path))))
    except FileBusy:  # another program is writing it: busy, not damaged
        return False


def was_a_shop(db_path: Path) -> bool:
    """A damaged file that is still an SQLite file, or an emptied one its backups folder knows: a backup chosen
    elsewhere may be restored over it, unlike over a spreadsheet opened as a shop by mistake."""
    from app.store.db import emptied

    path = Path(db_path)
    try:
        with path.open("rb") as f:
            head = f.read(16)
    except OSError:
        return False
    return head == b"SQLite format 3\x00" or (not head and emptied(path) is not None)


__all__ = [
    "KINDS",
    "BackupError",
    "BackupInfo",
    "BackupResult",
    "Health",
    "Keep",
    "Restored",
    "Unfinished",
    "backup_path",
    "before_action",
    "check_source",
    "copy_into",
    "copy_path",
    "daily_backup",
    "find_unfinished",
    "health",
    "human_size",
    "is_damaged",
    "list_backups",
    "newest_good_backup",
    "note_in_audit",
    "refuse_writes",
    "restore",
    "take_unfinished",
    "was_a_shop",
]
