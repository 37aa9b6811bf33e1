"""Accounts in the exports that are no one's (旗舰店:客服机器人, a shared 售前 account), remembered so that every
later import skips their rows; kept by the name as names are compared (`domain.normalize_alias`)."""

from __future__ import annotations

from dataclasses import dataclass

from app.store.database import Database


@dataclass(frozen=True)
class SkippedAccount:
    name: str
    since: str  # the time stamp it was remembered at
    import_id: int | None  # the import that remembered it (None: not by an import)


class SkippedAccountRepo:
    def __init__(self, db: Database):
        self.db = db

    def names(self) -> frozenset[str]:
        return frozenset(name for (name,) in self.db.execute("SELECT name FROM import_skipped_account"))

    def listed(self) -> list[SkippedAccount]:
        rows = self.db.execute("SELECT name, since, import_id FROM import_skipped_account ORDER BY since DESC, name")
        return [SkippedAccount(*row) for row in rows.fetchall()]

    def add(self, name: str, since: str, import_id: int | None) -> bool:
        """False: it is remembered already."""
        cursor = self.db.execute("INSERT OR IGNORE INTO import_skipped_account (name, since, import_id) "
                                 "VALUES (?, ?, ?)", [name, since, import_id])
        return cursor.rowcount > 0

    def remove(self, name: str) -> bool:
        cursor = self.db.execute("DELETE FROM import_skipped_account WHERE name = ?", [name])
        return cursor.rowcount > 0
