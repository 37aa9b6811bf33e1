"""A little red flower (小红花) and its transfers, as the shop file keeps them.

Apart from `app.domain`, whose objects the board's first paint reads: the board reads its red flags
(`app.domain.RedFlag`) and no flower, so the start does not make these classes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class FlowerTransfer:
    from_id: int
    to_id: int
    day: date
    signed: str
    reason: str = ""


@dataclass(frozen=True)
class Flower:
    """A little red flower. `holder_id` follows transfers; `recipient_id` never changes."""

    id: int
    number: str
    issuer_id: int
    recipient_id: int
    issued: date
    valid_through: date
    reason: str
    category: str
    transfers: tuple[FlowerTransfer, ...] = ()
    revoked_at: str | None = None
    revoke_reason: str | None = None

    @property
    def holder_id(self) -> int:
        return self.transfers[-1].to_id if self.transfers else self.recipient_id

    def status(self, today: date) -> str:
        """revoked, expired (after its last valid day) or valid."""
        if self.revoked_at:
            return "revoked"
        return "expired" if today > self.valid_through else "valid"
