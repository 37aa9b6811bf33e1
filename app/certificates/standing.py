"""Whether a certificate's award still stands: a certificate printed from an approved award run stays
valid while the period's current approval still has that award for that recipient. When a re-approval
dropped it, the certificate is void (已作废), and the approval that dropped it is named.

Certificates made by hand (not from an award run) are not tied to a run and stay valid. A little red
flower's card (award `小红花 HF-…`) stands while its flower is not revoked.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.certificates.model import NAME, Certificate, CertificateRequest

if TYPE_CHECKING:
    from app.store import Store
    from app.store.awards import RunRecord, StoredLine


@dataclass(frozen=True)
class Void:
    """Why a certificate no longer stands: the approval that dropped its award (None when the period has
    no approval at all any more), or the revoked flower of a flower card."""

    superseded_by: RunRecord | None
    revoked_flower: str | None = None


FLOWER_CARD = "小红花 "  # the award of a flower card: 小红花 HF-2026-0001 (app/recognition/cards.py)


def line_identity(line: StoredLine, period_key: str) -> str | None:
    """The identity a certificate of this award line has (None for a deduction, which has none)."""
    if line.kind == "deduction":
        return None
    from app.certificates.model import DEPARTMENT, STAFF
    from app.periods import parse_period

    period = parse_period(period_key)
    if line.recipient_type == DEPARTMENT:
        request = CertificateRequest(line.dept or "", line.award, period, None, DEPARTMENT)
    else:
        request = CertificateRequest(line.staff_name or "", line.award, period, None, STAFF, line.staff_id)
    return request.identity()


class Standing:
    """Reads each period's approvals once; answers for any number of certificates of those periods."""

    def __init__(self, store: Store):
        self.store = store
        self._runs: dict[str, list[tuple[RunRecord, dict[str, list[StoredLine]]]]] = {}

    def _history(self, period_key: str) -> list[tuple[RunRecord, dict[str, list[StoredLine]]]]:
        """Every approval of the period, oldest first, with the lines of each award it carries, by identity."""
        if period_key not in self._runs:
            history = []
            for run in reversed(self.store.awards.runs(period_key)):
                carried: dict[str, list[StoredLine]] = {}
                for line in self.store.awards.lines(run.id):
                    identity = line_identity(line, period_key)
                    if identity:
                        carried.setdefault(identity, []).append(line)
                history.append((run, carried))
            self._runs[period_key] = history
        return self._runs[period_key]

    def current_lines(self, cert: Certificate) -> list[StoredLine]:
        """The lines of the certificate's award in its period's current approval (none for one made by hand,
        a flower card, or one that approval no longer has)."""
        if cert.recipient_type == NAME or not cert.identity or cert.award.startswith(FLOWER_CARD):
            return []
        current = [carried for run, carried in self._history(cert.period_key) if run.status == "approved"]
        return current[-1].get(cert.identity, []) if current else []

    def lines_at(self, cert: Certificate, at: str) -> list[StoredLine]:
        """The lines of the certificate's award in the approval of its period in force at `at` (an ISO time, as
        prints and approvals keep it); none when there was none, or for one made by hand or a flower card."""
        if cert.recipient_type == NAME or not cert.identity or cert.award.startswith(FLOWER_CARD):
            return []
        in_force = [carried for run, carried in self._history(cert.period_key) if run.approved_at <= at]
        return in_force[-1].get(cert.identity, []) if in_force else []

    def void(self, cert: Certificate) -> Void | None:
        """None while the certificate stands; else the approval that dropped its award."""
        if cert.recipient_type == NAME or not cert.identity:
            return None
        if cert.award.startswith(FLOWER_CARD):
            flower = self.store.flowers.by_number(cert.award.removeprefix(FLOWER_CARD))
            if flower is not None:
                return Void(None, flower.number) if flower.revoked_at else None
        history = self._history(cert.period_key)
        current = [entry for entry in history if entry[0].status == "approved"]
        if current and cert.identity in current[-1][1]:
            return None
        carried = [i for i, (_run, identities) in enumerate(history) if cert.identity in identities]
        if carried and carried[-1] + 1 < len(history):
            return Void(history[carried[-1] + 1][0])
        return Void(current[-1][0] if current else None)
