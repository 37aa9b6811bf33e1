"""Where batch certificates come from: the approved award run of a period (its lines marked
"certificate"), or for a draft the lines as they compute now."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.certificates.model import DEPARTMENT, STAFF, CertificateRequest
from app.errors import UserError
from app.i18n import t
from app.money import format_yuan
from app.periods import Period
from app.rules.ranking import place_of

if TYPE_CHECKING:
    from app.shop import Shop


def value_text(kind: str, amount_fen: int, item: str | None) -> str | None:
    """What the award is worth, as printed when the owner shows it: cash as money, goods and items by name."""
    if kind == "cash" and amount_fen > 0:
        return format_yuan(amount_fen)
    if kind in ("goods", "item"):
        return item or (format_yuan(amount_fen) if amount_fen > 0 else None)
    return None


def award_requests(shop: Shop, period: Period, *, draft: bool = False,
                   only_staff: int | None = None) -> tuple[list[CertificateRequest], bool]:
    """(requests, approved). Raises UserError when the period is not approved and this is not a draft."""
    run = shop.store.awards.current_run(period.key())
    if run is not None:
        lines = shop.store.awards.lines(run.id)
    elif draft:
        lines = shop.awards.status(period).lines
    else:
        raise UserError(t("{period} 的评奖结果还没有批准：批准后才能打印证书（加 --draft 可先打印草稿）",
                          period=period.shown_label()))
    names = {p.id: p.name for p in shop.staff.list()}
    requests = []
    for line in lines:
        if not line.certificate or line.kind == "deduction":
            continue
        if only_staff is not None and line.staff_id != only_staff:
            continue
        if line.recipient_type == DEPARTMENT:
            requests.append(CertificateRequest(line.dept or "", line.award, period,
                                               value_text(line.kind, line.amount_fen, line.item), DEPARTMENT,
                                               place=place_of(line.rule_kind, line.explanation)))
        else:
            name = line.staff_name or names.get(line.staff_id or 0, "")
            requests.append(CertificateRequest(name, line.award, period,
                                               value_text(line.kind, line.amount_fen, line.item), STAFF,
                                               line.staff_id, place_of(line.rule_kind, line.explanation)))
    return requests, run is not None
