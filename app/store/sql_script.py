"""Splitting a migration's SQL script into the statements it is applied as."""

from __future__ import annotations

import sqlite3


def statements(script: str) -> list[str]:
    """Split a script into single statements: executescript() would COMMIT first, which breaks
    the one-transaction-per-migration rule."""
    found, pending = [], ""
    for line in script.splitlines(keepends=True):
        if not pending and (not line.strip() or line.strip().startswith("--")):
            continue
        pending += line
        if sqlite3.complete_statement(pending):
            found.append(pending.strip())
            pending = ""
    if pending.strip():
        raise ValueError(f"incomplete statement in migration: {pending[:60]}")
    return found
