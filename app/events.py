"""Events (事件) recorded for a person, and the event types they are of: the shop's own and the built-in ones.

Apart from `app.domain`, whose objects the board's first paint reads: these are read by the 事件 page, the plans'
rules and the award run, which the start does not load (a frozen dataclass costs its module's import some 5 million
instructions, its methods compiled from source).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from app.i18n import t


@dataclass(frozen=True)
class EventType:
    name: str
    polarity: str  # "positive" | "negative" | "neutral"
    description: str = ""
    builtin: bool = True
    shown_name: str = ""  # the name given in a rename ("" none): shown, while `name` stays what events and rules hold

    @property
    def label(self) -> str:
        """The name the window and the commands show: the one given in a rename, else the stored name."""
        return self.shown_name or self.name

    @property
    def shown_description(self) -> str:
        """The description in the user's language: a built-in type's from the catalogue, the shop's own as typed.
        The stored name stays as it is: plans count events by it (a rename gives a `shown_name`)."""
        return t(self.description) if self.builtin and self.description else self.description


@dataclass(frozen=True)
class Event:
    id: int
    day: date
    staff_id: int
    type: str
    amount_fen: int | None = None
    value: Decimal | None = None
    attrs: dict[str, str] = field(default_factory=dict)
    note: str = ""
