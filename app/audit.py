"""An entry of the shop's log (操作日志), as the log's page, its export and a backup's preview read it.

Apart from `app.domain`, whose objects the board's first paint reads: the start only asks the log whether the shop
is the demo one (`AuditRepo.holds_demo`) and makes no entry object.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.errors import UserError
from app.i18n import joined, t


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: str
    user: str
    action: str
    summary: str
    pin_used: bool = False
    approved_periods: tuple[str, ...] = ()  # keys of the approved periods the change was confirmed for
    people: tuple[int, ...] = ()  # the staff a bulk change of targets or data changed, which its summary does not name

    def content(self) -> str:
        """The summary, and the approved periods the change touched (confirmed when it was made)."""
        if not self.approved_periods:
            return self.summary
        from app.periods import parse_period

        def shown(key: str) -> str:
            try:
                return parse_period(key).shown_label()
            except UserError:  # not a period key: shown as written
                return key

        return self.summary + t("（改动了评奖已批准的 {periods}）", periods=joined(map(shown, self.approved_periods)))
