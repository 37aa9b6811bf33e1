"""What the user typed for a new or edited person (the staff dialog, `honghua staff add|edit`), before the staff
service validates it. Apart from app/domain.py, which the window's start imports and this class it does not need."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.domain import Birthday


@dataclass(frozen=True)
class StaffDraft:
    """What the user typed for a new or edited person, before validation."""

    name: str
    aliases: tuple[str, ...] = ()
    dept: str | None = None
    role: str = "客服"
    hired: date | None = None
    birthday: Birthday | None = None
    base_pay_fen: int | None = None
    post_pay_fen: int | None = None
    allowance_fen: int | None = None
    in_awards: bool | None = None  # 参与评奖; None: as before (a new person takes part)
