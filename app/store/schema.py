"""The schema, as an ordered list of migrations. `PRAGMA user_version` records how many were applied.

Each migration runs in the same transaction as the version bump, so a migration that fails (or a
process killed half-way) leaves the file at the previous version. Never edit a released migration:
add a new one.
"""

from __future__ import annotations

import sqlite3

APPLICATION_ID = 0x48484231  # "HHB1": marks a file as a Honghua shop


def _statements(script: str) -> list[str]:
    """Split a script into single statements: executescript() would COMMIT first, which breaks
    the one-transaction-per-migration rule."""
    statements, pending = [], ""
    for line in script.splitlines(keepends=True):
        if not pending and (not line.strip() or line.strip().startswith("--")):
            continue
        pending += line
        if sqlite3.complete_statement(pending):
            statements.append(pending.strip())
            pending = ""
    if pending.strip():
        raise ValueError(f"incomplete statement in migration: {pending[:60]}")
    return statements


V1_CORE = _statements(
        """
        CREATE TABLE department (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
            created_at TEXT NOT NULL DEFAULT (datetime('now', 'localtime'))
        );
        CREATE TABLE staff (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL CHECK (length(trim(name)) > 0),
            dept_id INTEGER REFERENCES department(id),
            role TEXT NOT NULL DEFAULT '客服',
            hired TEXT CHECK (hired IS NULL OR hired GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            left_on TEXT CHECK (left_on IS NULL OR left_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            birthday TEXT CHECK (birthday IS NULL OR birthday GLOB '[0-9][0-9]-[0-9][0-9]'),
            birthday_lunar INTEGER NOT NULL DEFAULT 0 CHECK (birthday_lunar IN (0, 1)),
            base_pay_fen INTEGER,
            post_pay_fen INTEGER,
            allowance_fen INTEGER,
            created_at TEXT NOT NULL DEFAULT (datetime('now', 'localtime'))
        );
        CREATE TABLE staff_alias (
            alias TEXT PRIMARY KEY CHECK (length(trim(alias)) > 0),
            staff_id INTEGER NOT NULL REFERENCES staff(id)
        );

        CREATE INDEX staff_alias_staff ON staff_alias(staff_id);

        CREATE TABLE custom_metric (
            key TEXT PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            unit TEXT NOT NULL,
            decimals INTEGER NOT NULL CHECK (decimals BETWEEN 0 AND 6),
            higher_is_better INTEGER NOT NULL CHECK (higher_is_better IN (0, 1)),
            aggregation TEXT NOT NULL CHECK (aggregation IN ('sum', 'mean'))
        );

        CREATE TABLE staff_target (
            month TEXT NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]'),
            staff_id INTEGER NOT NULL REFERENCES staff(id),
            metric TEXT NOT NULL,
            value INTEGER NOT NULL,
            PRIMARY KEY (month, staff_id, metric)
        ) WITHOUT ROWID;

        CREATE TABLE shop_target (
            month TEXT NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]'),
            metric TEXT NOT NULL,
            value INTEGER NOT NULL,
            PRIMARY KEY (month, metric)
        ) WITHOUT ROWID;

        -- One value per person, day and metric, in the metric's stored units (money: fen).
        CREATE TABLE daily_value (
            metric TEXT NOT NULL,
            day TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            staff_id INTEGER NOT NULL REFERENCES staff(id),
            value INTEGER NOT NULL,
            import_id INTEGER,
            source_row INTEGER,
            provisional INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (metric, day, staff_id)
        ) WITHOUT ROWID;

        CREATE INDEX daily_value_staff ON daily_value(staff_id, day);

        CREATE TABLE custom_event_type (
            name TEXT PRIMARY KEY CHECK (length(trim(name)) > 0),
            polarity TEXT NOT NULL CHECK (polarity IN ('positive', 'negative', 'neutral')),
            description TEXT NOT NULL DEFAULT ''
        );

        CREATE TABLE event (
            id INTEGER PRIMARY KEY,
            day TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            staff_id INTEGER NOT NULL REFERENCES staff(id),
            type TEXT NOT NULL,
            amount_fen INTEGER,
            value_x100 INTEGER,
            attrs TEXT NOT NULL DEFAULT '{}',
            note TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL DEFAULT (datetime('now', 'localtime'))
        );

        CREATE INDEX event_day ON event(day);

        CREATE INDEX event_staff ON event(staff_id, day);

        CREATE TABLE setting (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        """
)


V2_AUDIT = _statements(
        """
        CREATE TABLE audit (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            os_user TEXT NOT NULL,
            action TEXT NOT NULL,
            summary TEXT NOT NULL,
            detail TEXT NOT NULL DEFAULT '{}',
            pin_used INTEGER NOT NULL DEFAULT 0
        );

        CREATE INDEX audit_at ON audit(at);

        CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
            BEGIN SELECT RAISE(ABORT, 'audit entries cannot be changed'); END;

        CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
            BEGIN SELECT RAISE(ABORT, 'audit entries cannot be deleted'); END;
        """
)


MIGRATIONS: list[list[str]] = [V1_CORE, V2_AUDIT]
LATEST_VERSION = len(MIGRATIONS)
