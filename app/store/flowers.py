"""Little red flowers, their transfers, and the departments' red flags."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime
from typing import TYPE_CHECKING

from app.domain import RedFlag
from app.store.database import Database

if TYPE_CHECKING:  # made where flowers are read: the board reads red flags only, before its first paint
    from app.flowers import Flower, FlowerTransfer


def _last_sequence(db: Database, table: str, prefix: str) -> int:
    """The highest sequence number after `prefix`, compared as a number (HF-2026-10000 comes after -9999)."""
    row = db.execute(f"SELECT max(CAST(substr(number, ?) AS INTEGER)) FROM {table} WHERE number LIKE ?",
                     [len(prefix) + 1, prefix + "%"]).fetchone()
    return row[0] or 0


def _mark_revoked(db: Database, table: str, row_id: int, user: str, reason: str) -> None:
    """Revoke one flower or red flag: the row stays (with who, when and why), its quota slot is free again."""
    db.execute(f"UPDATE {table} SET revoked_at = ?, revoked_by = ?, revoke_reason = ? "
               "WHERE id = ? AND revoked_at IS NULL",
               [datetime.now().isoformat(timespec="seconds"), user, reason, row_id])


class SlotTaken(Exception):
    """Another issuer took the same quota slot first (two dialogs racing for the last flower)."""


_FLOWER = ("SELECT id, number, issuer_id, recipient_id, issued, valid_through, reason, category, revoked_at, "
           "revoke_reason FROM flower")


class FlowerRepo:
    def __init__(self, db: Database):
        self.db = db

    def insert(self, number: str, issuer_id: int, recipient_id: int, issued: date, valid_through: date, reason: str,
               category: str, quota: str, quota_owner: int, quota_month: str, quota_slot: int) -> int:
        try:
            cursor = self.db.execute(
                "INSERT INTO flower (number, issuer_id, recipient_id, issued, valid_through, reason, category, quota, "
                "quota_owner, quota_month, quota_slot) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [number, issuer_id, recipient_id, issued.isoformat(), valid_through.isoformat(), reason, category,
                 quota, quota_owner, quota_month, quota_slot],
            )
        except sqlite3.IntegrityError as e:
            if "quota_slot" in str(e):
                raise SlotTaken(str(e)) from None
            raise
        return cursor.lastrowid

    def used_slots(self, quota: str, quota_owner: int | None, quota_month: str) -> list[int]:
        """Slots in use (not revoked) of one quota in a month; quota_owner None = every owner of that quota."""
        sql = "SELECT quota_slot FROM flower WHERE quota = ? AND quota_month = ? AND revoked_at IS NULL"
        params: list[object] = [quota, quota_month]
        if quota_owner is not None:
            sql += " AND quota_owner = ?"
            params.append(quota_owner)
        return [s for (s,) in self.db.execute(sql + " ORDER BY quota_slot", params)]

    def pool_use_by_issuer(self, quota_month: str) -> dict[int, int]:
        rows = self.db.execute(
            "SELECT issuer_id, count(*) FROM flower WHERE quota = 'pool' AND quota_month = ? AND revoked_at IS NULL "
            "GROUP BY issuer_id", [quota_month])
        return dict(rows.fetchall())

    def next_number(self, prefix: str) -> str:
        """`prefix` + a sequence of at least 4 digits, e.g. HF-2026-0001; never reused, even after revoking."""
        return f"{prefix}{_last_sequence(self.db, 'flower', prefix) + 1:04d}"

    def by_number(self, number: str) -> Flower | None:
        row = self.db.execute(_FLOWER + " WHERE number = ?", [number.strip().upper()]).fetchone()
        return self._with_transfers([row])[0] if row else None

    def all(self) -> list[Flower]:
        return self._with_transfers(self.db.execute(_FLOWER + " ORDER BY issued, id").fetchall())

    def between(self, start: date, end: date) -> list[Flower]:
        rows = self.db.execute(_FLOWER + " WHERE issued BETWEEN ? AND ? ORDER BY issued, id",
                               [start.isoformat(), end.isoformat()]).fetchall()
        return self._with_transfers(rows)

    def _with_transfers(self, rows: list[tuple]) -> list[Flower]:
        from app.flowers import Flower, FlowerTransfer

        if not rows:
            return []
        ids = [r[0] for r in rows]
        transfers: dict[int, list[FlowerTransfer]] = {}
        marks = ", ".join("?" * len(ids))
        for flower_id, from_id, to_id, day, signed, reason in self.db.execute(
                f"SELECT flower_id, from_id, to_id, day, signed, reason FROM flower_transfer "
                f"WHERE flower_id IN ({marks}) ORDER BY id", ids):
            transfers.setdefault(flower_id, []).append(
                FlowerTransfer(from_id, to_id, date.fromisoformat(day), signed, reason))
        return [Flower(id=r[0], number=r[1], issuer_id=r[2], recipient_id=r[3], issued=date.fromisoformat(r[4]),
                       valid_through=date.fromisoformat(r[5]), reason=r[6], category=r[7],
                       transfers=tuple(transfers.get(r[0], ())), revoked_at=r[8], revoke_reason=r[9])
                for r in rows]

    def add_transfer(self, flower_id: int, transfer: FlowerTransfer) -> None:
        self.db.execute(
            "INSERT INTO flower_transfer (flower_id, from_id, to_id, day, signed, reason) VALUES (?, ?, ?, ?, ?, ?)",
            [flower_id, transfer.from_id, transfer.to_id, transfer.day.isoformat(), transfer.signed, transfer.reason],
        )

    def revoke(self, flower_id: int, user: str, reason: str) -> None:
        _mark_revoked(self.db, "flower", flower_id, user, reason)


_RED_FLAG = "SELECT id, number, issuer_id, dept_id, issued, reason, revoked_at, revoke_reason FROM red_flag"


def _red_flag(row: tuple) -> RedFlag:
    i, number, issuer_id, dept_id, issued, reason, revoked_at, revoke_reason = row
    return RedFlag(i, number, issuer_id, dept_id, date.fromisoformat(issued), reason, revoked_at, revoke_reason)


class RedFlagRepo:
    def __init__(self, db: Database):
        self.db = db

    def insert(self, number: str, issuer_id: int, dept_id: int, issued: date, reason: str, quota_month: str,
               quota_slot: int) -> int:
        try:
            cursor = self.db.execute(
                "INSERT INTO red_flag (number, issuer_id, dept_id, issued, reason, quota_month, quota_slot) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                [number, issuer_id, dept_id, issued.isoformat(), reason, quota_month, quota_slot],
            )
        except sqlite3.IntegrityError as e:
            if "quota_slot" in str(e):
                raise SlotTaken(str(e)) from None
            raise
        return cursor.lastrowid

    def used_slots(self, quota_month: str) -> list[int]:
        return [s for (s,) in self.db.execute(
            "SELECT quota_slot FROM red_flag WHERE quota_month = ? AND revoked_at IS NULL ORDER BY quota_slot",
            [quota_month])]

    def next_number(self, prefix: str) -> str:
        return f"{prefix}{_last_sequence(self.db, 'red_flag', prefix) + 1:04d}"

    def by_number(self, number: str) -> RedFlag | None:
        row = self.db.execute(_RED_FLAG + " WHERE number = ?", [number.strip().upper()]).fetchone()
        return _red_flag(row) if row else None

    def all(self) -> list[RedFlag]:
        return [_red_flag(row) for row in self.db.execute(_RED_FLAG + " ORDER BY issued, id")]

    def between(self, start: date, end: date) -> list[RedFlag]:
        rows = self.db.execute(_RED_FLAG + " WHERE issued BETWEEN ? AND ? ORDER BY issued, id",
                               [start.isoformat(), end.isoformat()])
        return [_red_flag(row) for row in rows]

    def revoke(self, flag_id: int, user: str, reason: str) -> None:
        _mark_revoked(self.db, "red_flag", flag_id, user, reason)
