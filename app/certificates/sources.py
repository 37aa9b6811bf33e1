"""Where batch certificates come from: the approved award run of a period (its lines marked
"certificate", or every winner's when the owner asks), or for a draft the lines as they compute now."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from app.awards.model import own_words_said
from app.certificates.model import DEPARTMENT, STAFF, UNNAMED_PRIZE, CertificateRequest
from app.errors import UserError
from app.i18n import every_language, in_chinese, t
from app.money import format_yuan
from app.periods import Period, previous_period
from app.rules.ranking import place_of

if TYPE_CHECKING:
    from app.shop import Shop


def value_text(kind: str, amount_fen: int, item: str | None) -> str | None:
    """What the award is worth, as printed when the owner shows it: cash as money, goods and items by name. A
    prize the plan does not name (no item, or the word 「奖品」 the presets and the rules give it) is said with its
    worth, 奖品（价值 ¥100.00）, as the award's explanation says it: 「奖励：奖品」 alone said nothing, and the
    amount alone read as money paid."""
    if kind == "cash" and amount_fen > 0:
        return format_yuan(amount_fen)
    if kind not in ("goods", "item"):
        return None
    if item and item not in every_language(UNNAMED_PRIZE):
        return item
    return f"{UNNAMED_PRIZE}（价值 {format_yuan(amount_fen)}）" if amount_fen > 0 else None


def _value_of(lines: list) -> str | None:
    """The worth of one recipient's lines of one award (生日福利: ¥100.00 and a cake), cash added up."""
    cash = sum(line.amount_fen for line in lines if line.kind == "cash" and line.amount_fen > 0)
    parts = [format_yuan(cash)] if cash else []
    for line in lines:
        text = value_text(line.kind, line.amount_fen, line.item) if line.kind != "cash" else None
        if text and text not in parts:
            parts.append(text)
    return "、".join(parts) or None


def with_lines(request: CertificateRequest, lines: list) -> CertificateRequest:
    """The request with what its award lines give it: their worth, and a ranked award's place."""
    return replace(request, value_text=_value_of(lines),
                   place=next((p for p in (place_of(ln.rule_kind, ln.explanation) for ln in lines) if p is not None),
                              None))


@dataclass(frozen=True)
class Winners:
    """A period's award lines that a certificate can be printed for (every one but deductions)."""

    period: Period
    lines: tuple
    names: dict[int, str]
    approved: bool

    def requests(self, all_winners: bool = False) -> list[CertificateRequest]:
        """One request per recipient and award: the awards whose rule gives a 奖状, or every award won. A
        recipient's lines of one award (a cash gift and a cake) are one certificate, as its number is keyed by
        recipient and award."""
        grouped: dict[str, tuple[CertificateRequest, list]] = {}
        for line in self.lines:
            if all_winners or line.certificate:
                request = self._request(line)
                grouped.setdefault(request.identity(), (request, []))[1].append(line)
        return [with_lines(request, lines) for request, lines in grouped.values()]

    def without_certificate(self) -> int:
        """How many recipients won an award whose rule gives no 奖状."""
        return len({(line.recipient_type, line.staff_id, line.dept) for line in self.lines if not line.certificate})

    def _request(self, line) -> CertificateRequest:
        if line.recipient_type == DEPARTMENT:
            return CertificateRequest(line.dept or "", line.award, self.period, None, DEPARTMENT)
        name = line.staff_name or self.names.get(line.staff_id or 0, "")
        return CertificateRequest(name, line.award, self.period, None, STAFF, line.staff_id)


def winners(shop: Shop, period: Period, *, draft: bool = False, only_staff: int | None = None) -> Winners:
    """The period's winners. Raises UserError when the period is not approved and this is not a draft."""
    run = shop.store.awards.current_run(period.key())
    if run is not None:
        lines = shop.store.awards.lines(run.id)
    elif draft:
        computed = shop.awards.status(period).lines
        with in_chinese():  # the app's own words (奖品, 调整) as an approval keeps them: a certificate prints Chinese
            lines = [own_words_said(x) for x in computed]
    else:
        raise UserError(t("{period} 的评奖结果还没有批准：批准后才能打印证书（加 --draft 可先打印草稿）",
                          period=period.shown_label()))
    kept = tuple(line for line in lines if line.kind != "deduction"
                 and (only_staff is None or line.staff_id == only_staff))
    return Winners(period, kept, {p.id: p.name for p in shop.staff.list()}, run is not None)


def period_just_ended_to_print(shop: Shop, period: Period, *, only_staff: int | None = None,
                               all_winners: bool = False) -> tuple[Period, bool] | None:
    """Certificates asked for a period under way (early in a month or a year nothing of it is approved yet): the
    period of its kind just before, which the 证书 page offers, and whether it is still to be approved — only when
    it has certificates to print (as approved, or as it computes now), so that writing it is not refused again.
    None otherwise."""
    from app.awards.paymonth import awaits_approval

    if not period.start <= shop.today <= period.end:
        return None
    previous = previous_period(period)
    approved = shop.store.awards.current_run(previous.key()) is not None
    if not approved and not awaits_approval(shop, previous):
        return None
    if not winners(shop, previous, draft=not approved, only_staff=only_staff).requests(all_winners):
        return None
    return previous, not approved


def award_requests(shop: Shop, period: Period, *, draft: bool = False, only_staff: int | None = None,
                   all_winners: bool = False) -> tuple[list[CertificateRequest], bool]:
    """(requests, approved): the awards whose rule gives a 奖状, or with `all_winners` every award won.
    Raises UserError when the period is not approved and this is not a draft."""
    found = winners(shop, period, draft=draft, only_staff=only_staff)
    return found.requests(all_winners), found.approved
