"""The audit log: who changed what and when. Rows can be added, never changed (triggers refuse it)."""

from __future__ import annotations

import json
from datetime import datetime
from typing import TYPE_CHECKING

from app.store.database import Database

if TYPE_CHECKING:  # made where the log is read: the start only asks it whether the shop is the demo one
    from app.audit import AuditEntry

# The actions on many people's targets or data at once, whose summary names none of them ("客服部 全体 6 人的…",
# "粘贴目标：保存 12 项"): their detail lists each person's cell, so that the log finds them by a person's name.
_NAMES_NOBODY = ("action IN ('target.set_department', 'target.paste', 'target.copy', 'target.raise', 'target.undo', "
                 "'target.redo', 'data.paste', 'data.undo', 'data.redo')")


def _people_changed(detail: object) -> tuple[int, ...]:
    """The staff ids a bulk action's detail names, in their order: its `changes` or `cells` ([staff id or None for
    the shop's own target, …]), else its `staff`."""
    if not isinstance(detail, dict):
        return ()
    rows = detail.get("changes", detail.get("cells"))
    ids = [row[0] for row in rows if isinstance(row, list) and row] if isinstance(rows, list) else detail.get("staff")
    if not isinstance(ids, list):
        return ()
    return tuple(dict.fromkeys(i for i in ids if isinstance(i, int) and not isinstance(i, bool)))


class AuditRepo:
    def __init__(self, db: Database):
        self.db = db

    def add(self, user: str, action: str, summary: str, detail: dict | None = None, *, pin_used: bool = False) -> None:
        self.db.execute(
            "INSERT INTO audit (at, os_user, action, summary, detail, pin_used) VALUES (?, ?, ?, ?, ?, ?)",
            [datetime.now().isoformat(timespec="seconds"), user, action, summary,
             json.dumps(detail or {}, ensure_ascii=False, default=str), int(pin_used)],
        )

    def recent(self, limit: int = 500, action_prefix: str | None = None, *,
               but: str | None = None) -> list[AuditEntry]:
        """The newest entries, newest first: of the actions starting with `action_prefix`, or all but `but`."""
        from app.audit import AuditEntry

        sql = ("SELECT id, at, os_user, action, summary, pin_used, "
               "CASE WHEN json_valid(detail) THEN json_extract(detail, '$.approved_periods') END, "
               f"CASE WHEN ({_NAMES_NOBODY}) AND json_valid(detail) THEN detail END FROM audit")
        params: list[object] = []
        if action_prefix:
            sql += " WHERE action LIKE ?"
            params.append(action_prefix + "%")
        elif but:
            sql += " WHERE action != ?"
            params.append(but)
        sql += " ORDER BY id DESC LIMIT ?"
        params.append(limit)
        return [AuditEntry(i, at, u, a, s, bool(p), tuple(json.loads(periods)) if periods else (),
                           _people_changed(json.loads(detail)) if detail else ())
                for i, at, u, a, s, p, periods, detail in self.db.execute(sql, params)]

    def holds_demo(self) -> bool:
        """Whether the demo shop was made in this file: found through the partial index of its rows
        (`audit_demo`, schema v15), not by reading the whole log."""
        return bool(self.db.execute(
            "SELECT EXISTS (SELECT 1 FROM audit WHERE action = 'demo.generate')").fetchone()[0])

    def detail_of(self, action: str, key: str, value: object) -> dict | None:
        """The detail of the latest entry of `action` whose detail has `key` equal to `value`."""
        row = self.db.execute(f"SELECT detail FROM audit WHERE action = ? AND json_extract(detail, '$.{key}') = ? "
                              "ORDER BY id DESC LIMIT 1", [action, value]).fetchone()
        return json.loads(row[0]) if row else None

    def count_after(self, at: str) -> int:
        """How many entries were made later than the stored time `at`."""
        return self.db.execute("SELECT count(*) FROM audit WHERE at > ?", [at]).fetchone()[0]

    def holds(self, entry: AuditEntry) -> bool:
        """Whether this log has `entry` of another file's log: a file with this one's history up to it."""
        return self.db.execute("SELECT 1 FROM audit WHERE id = ? AND at = ? AND action = ? AND summary = ?",
                               [entry.id, entry.at, entry.action, entry.summary]).fetchone() is not None

    def count(self) -> int:
        return self.db.execute("SELECT count(*) FROM audit").fetchone()[0]
