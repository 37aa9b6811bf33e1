"""Stored shop settings as JSON values; what each setting means is declared in app/settings.py."""

from __future__ import annotations

import json

from app.store.database import Database


class SettingRepo:
    def __init__(self, db: Database):
        self.db = db

    def all(self) -> dict[str, object]:
        return {k: json.loads(v) for k, v in self.db.execute("SELECT key, value FROM setting")}

    def get(self, key: str) -> object | None:
        row = self.db.execute("SELECT value FROM setting WHERE key = ?", [key]).fetchone()
        return json.loads(row[0]) if row else None

    def delete(self, key: str) -> None:
        """Forget a setting: it reads as its default again."""
        self.db.execute("DELETE FROM setting WHERE key = ?", [key])

    def set(self, key: str, value: object) -> None:
        self.db.execute(
            "INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [key, json.dumps(value, ensure_ascii=False)],
        )
