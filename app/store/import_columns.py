"""The columns the owner mapped by hand (the wizard's 处理未识别项, `import --map`), remembered per report header
(its signature) for the next file with the same header, and changed or forgotten in 设置 → 导入."""

from __future__ import annotations

from app.store.database import Database


class ColumnMapRepo:
    def __init__(self, db: Database):
        self.db = db

    def remembered(self, signature: str) -> dict[str, str | None]:
        rows = self.db.execute("SELECT header, metric FROM import_column_map WHERE signature = ?", [signature])
        return dict(rows.fetchall())

    def remember(self, signature: str, mapping: dict[str, str | None]) -> None:
        for header, metric in mapping.items():
            self.db.execute("INSERT INTO import_column_map (signature, header, metric) VALUES (?, ?, ?) "
                            "ON CONFLICT (signature, header) DO UPDATE SET metric = excluded.metric",
                            [signature, header, metric])

    def all_remembered(self) -> list[tuple[str, str, str | None]]:
        """(signature, header, metric) of every column mapped by hand and remembered."""
        return self.db.execute("SELECT signature, header, metric FROM import_column_map "
                               "ORDER BY signature, header").fetchall()

    def forget(self, signature: str, header: str) -> bool:
        cursor = self.db.execute("DELETE FROM import_column_map WHERE signature = ? AND header = ?",
                                 [signature, header])
        return cursor.rowcount > 0
