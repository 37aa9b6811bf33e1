"""The one connection to a shop file, in autocommit mode: statements, and nested transactions.

The store speaks sqlite3 directly. (sqlite-utils was its first wrapper, but importing it costs about
100 ms of start-up — it imports numpy — and the store only needs execute, executemany and transactions.)
Callers use `app.store.db.atomic()` for a user action: BEGIN IMMEDIATE at the outermost level, savepoints
inside.
"""

from __future__ import annotations

import contextlib
import itertools
import sqlite3
from collections.abc import Iterable, Iterator, Sequence

_SAVEPOINT_NUMBERS = itertools.count(1)  # names unique in the process, so nested savepoints never clash


class Database:
    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    def execute(self, sql: str, parameters: Sequence[object] | dict[str, object] = ()) -> sqlite3.Cursor:
        return self.conn.execute(sql, parameters)

    def executemany(self, sql: str, rows: Iterable[Sequence[object]]) -> sqlite3.Cursor:
        return self.conn.executemany(sql, rows)

    @contextlib.contextmanager
    def savepoint(self) -> Iterator[Database]:
        """A nested transaction inside the one already open: rolled back alone when its block fails."""
        name = f"sp_{next(_SAVEPOINT_NUMBERS)}"
        self.conn.execute(f"SAVEPOINT {name}")
        try:
            yield self
        except BaseException:
            if self.conn.in_transaction:  # a failure may have ended the whole transaction already
                self.conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
                self.conn.execute(f"RELEASE SAVEPOINT {name}")
            raise
        self.conn.execute(f"RELEASE SAVEPOINT {name}")
