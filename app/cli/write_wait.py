"""A command's writes wait for another writer's transaction instead of failing after SQLite's 5 s.

A scheduled `honghua import` meets the write lock of the window while it approves a period or commits an
import of its own: the safety backup of that action is copied and checked inside its transaction
(`backups.before_action`), which on a big shop holds the lock for seconds (200 staff × 3 years, 114 MB, on a
busy 2-core machine: the backup 5 s median, up to 12 s; an approval 5–9 s). So a command tries for the lock in short steps
(`store.db._begin`) for up to WAIT_LIMIT_S — many times the longest action measured — says once on stderr
that it waits, and only then gives up as before: `db.busy_message` naming how long it waited, exit 1, nothing
written. In rollback-journal mode (where WAL cannot work) a writer also keeps readers out while it writes
its changes, and a commit waits for readers: the command's reads and its commit wait the same way
(`db.retried_while_busy`). Ctrl+C stops a wait between two tries: 已中断, exit 130, nothing written.
"""

from __future__ import annotations

import sys
from pathlib import Path

from app.i18n import t

WAIT_LIMIT_S = 120.0
NOTICE_AFTER_S = 1.0  # a short wait passes without a word


class CommandWriteWait:
    """The `WriterWait` of the command line's connections (`database.writers_waited_with`)."""

    def __init__(self, path: Path):
        self.path = path
        self.said = False

    def waiting(self, seconds: float) -> bool:
        if seconds >= WAIT_LIMIT_S:
            return False
        if not self.said and seconds >= NOTICE_AFTER_S:
            print(t("数据文件 {path} 正在被另一个红花榜窗口或命令写入（例如审批或导入前的自动备份），"
                    "等它写完再接着做，最多等 {seconds} 秒……", path=self.path, seconds=round(WAIT_LIMIT_S)),
                  file=sys.stderr, flush=True)
            self.said = True
        return True

    def over(self) -> None:
        self.said = False
