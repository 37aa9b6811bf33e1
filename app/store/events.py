"""The events ledger and the shop's own event types."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

from app.events import Event, EventType
from app.store.database import Database


class EventRepo:
    def __init__(self, db: Database):
        self.db = db

    def add(self, day: date, staff_id: int, type_name: str, amount_fen: int | None, value: Decimal | None,
            attrs: dict[str, str], note: str) -> int:
        cursor = self.db.execute(
            "INSERT INTO event (day, staff_id, type, amount_fen, value_x100, attrs, note) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [day.isoformat(), *_columns(staff_id, type_name, amount_fen, value, attrs, note)],
        )
        return cursor.lastrowid

    def update(self, event: Event) -> None:
        """Write an event's fields over the stored row of its id."""
        self.db.execute(
            "UPDATE event SET day = ?, staff_id = ?, type = ?, amount_fen = ?, value_x100 = ?, attrs = ?, note = ? "
            "WHERE id = ?", [event.day.isoformat(), *_columns(event.staff_id, event.type, event.amount_fen, event.value,
                                                 event.attrs, event.note), event.id])

    def delete(self, event_id: int) -> None:
        self.db.execute("DELETE FROM event WHERE id = ?", [event_id])

    def get(self, event_id: int) -> Event | None:
        row = self.db.execute(
            "SELECT id, day, staff_id, type, amount_fen, value_x100, attrs, note FROM event WHERE id = ?", [event_id]
        ).fetchone()
        return _event(row) if row else None

    def between(self, start: date, end: date, staff_id: int | None = None) -> list[Event]:
        sql = ("SELECT id, day, staff_id, type, amount_fen, value_x100, attrs, note FROM event "
               "WHERE day BETWEEN ? AND ?")
        params: list[object] = [start.isoformat(), end.isoformat()]
        if staff_id is not None:
            sql += " AND staff_id = ?"
            params.append(staff_id)
        return [_event(r) for r in self.db.execute(sql + " ORDER BY day, id", params)]

    def custom_types(self) -> list[EventType]:
        rows = self.db.execute("SELECT name, polarity, description FROM custom_event_type ORDER BY rowid")
        return [EventType(name=n, polarity=p, description=d, builtin=False) for n, p, d in rows]

    def add_custom_type(self, event_type: EventType) -> None:
        self.db.execute(
            "INSERT INTO custom_event_type (name, polarity, description) VALUES (?, ?, ?)",
            [event_type.name, event_type.polarity, event_type.description],
        )

    def shown_names(self) -> dict[str, str]:
        """The event types renamed: stored name → the name shown."""
        return dict(self.db.execute("SELECT name, shown FROM event_type_shown_name").fetchall())

    def set_shown_name(self, name: str, shown: str | None) -> None:
        """Show the type `name` as `shown`; None: by its stored name again."""
        self.db.execute("DELETE FROM event_type_shown_name WHERE name = ?", [name])
        if shown is not None:
            self.db.execute("INSERT INTO event_type_shown_name (name, shown) VALUES (?, ?)", [name, shown])

    def attribute_values(self) -> list[tuple[str, str, str, int]]:
        """(event type, attribute, value, how many events) for every attribute value the events hold."""
        return self.db.execute(
            "SELECT e.type, a.key, a.value, count(*) FROM event AS e, json_each(e.attrs) AS a "
            "GROUP BY e.type, a.key, a.value").fetchall()

    def count(self) -> int:
        return self.db.execute("SELECT count(*) FROM event").fetchone()[0]


def _columns(staff_id: int, type_name: str, amount_fen: int | None, value: Decimal | None, attrs: dict[str, str],
             note: str) -> list[object]:
    """An event's columns after its day, as stored: the number in hundredths, the attributes as sorted JSON."""
    value_x100 = int(value * 100) if value is not None else None
    return [staff_id, type_name, amount_fen, value_x100, json.dumps(attrs, ensure_ascii=False, sort_keys=True), note]


def _event(row: tuple) -> Event:
    eid, day, staff_id, type_name, amount, value_x100, attrs, note = row
    return Event(
        id=eid, day=date.fromisoformat(day), staff_id=staff_id, type=type_name, amount_fen=amount,
        value=Decimal(value_x100) / 100 if value_x100 is not None else None,
        attrs=json.loads(attrs), note=note,
    )
