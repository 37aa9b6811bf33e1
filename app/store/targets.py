"""Monthly targets: per person and for the whole shop, in the metric's stored units.

A stored 0 (older files allowed it) is read as no target, as the board always showed it: the award rules,
copying and raising see exactly what the board sees."""

from __future__ import annotations

from app.store.database import Database


class TargetRepo:
    def __init__(self, db: Database):
        self.db = db

    def staff_targets(self, month: str, metric: str | None = None) -> dict[tuple[int, str], int]:
        """{(staff_id, metric): value} for a month."""
        sql = "SELECT staff_id, metric, value FROM staff_target WHERE month = ? AND value > 0"
        params: list[object] = [month]
        if metric:
            sql += " AND metric = ?"
            params.append(metric)
        return {(sid, m): v for sid, m, v in self.db.execute(sql, params)}

    def staff_target(self, month: str, staff_id: int, metric: str) -> int | None:
        row = self.db.execute(
            "SELECT value FROM staff_target WHERE month = ? AND staff_id = ? AND metric = ? AND value > 0",
            [month, staff_id, metric],
        ).fetchone()
        return row[0] if row else None

    def set_staff_target(self, month: str, staff_id: int, metric: str, value: int | None) -> int | None:
        """Set (or clear, with None) one target; returns the previous value."""
        old = self.staff_target(month, staff_id, metric)
        if value is None:
            self.db.execute(
                "DELETE FROM staff_target WHERE month = ? AND staff_id = ? AND metric = ?", [month, staff_id, metric]
            )
        else:
            self.db.execute(
                "INSERT INTO staff_target (month, staff_id, metric, value) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (month, staff_id, metric) DO UPDATE SET value = excluded.value",
                [month, staff_id, metric, value],
            )
        return old

    def shop_targets(self, month: str) -> dict[str, int]:
        return dict(self.db.execute("SELECT metric, value FROM shop_target WHERE month = ? AND value > 0", [month]).fetchall())

    def set_shop_target(self, month: str, metric: str, value: int | None) -> int | None:
        old = self.shop_targets(month).get(metric)
        if value is None:
            self.db.execute("DELETE FROM shop_target WHERE month = ? AND metric = ?", [month, metric])
        else:
            self.db.execute(
                "INSERT INTO shop_target (month, metric, value) VALUES (?, ?, ?) "
                "ON CONFLICT (month, metric) DO UPDATE SET value = excluded.value",
                [month, metric, value],
            )
        return old

    def months_with_targets(self) -> list[str]:
        return [m for (m,) in self.db.execute(
            "SELECT DISTINCT month FROM staff_target WHERE value > 0 "
            "UNION SELECT DISTINCT month FROM shop_target WHERE value > 0 ORDER BY 1")]
