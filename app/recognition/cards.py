"""Little red flower cards: each flower printed on the certificates' card template (4 or 8 per A4 sheet,
with cut marks), the flower's number in the title and the fact it rewards as the citation."""

from __future__ import annotations

from pathlib import Path

from app.certificates.model import STAFF, CertificateRequest, Options
from app.certificates.service import CertificateService, Outcome
from app.domain import Flower
from app.errors import UserError
from app.i18n import t
from app.periods import Month

CARD_CITATION = "{姓名}：{奖励}"


def card_requests(flowers: list[Flower], names: dict[int, str]) -> list[CertificateRequest]:
    return [CertificateRequest(recipient=names[f.recipient_id], award=f"小红花 {f.number}", period=Month.of(f.issued),
                               value_text=f.reason, recipient_type=STAFF, staff_id=f.recipient_id)
            for f in flowers if not f.revoked_at]


def print_cards(service: CertificateService, flowers: list[Flower], names: dict[int, str], path: str | Path, *,
                shop_name: str, per_sheet: int = 8) -> Outcome:
    requests = card_requests(flowers, names)
    if not requests:
        raise UserError(t("没有可打印的小红花（已撤销的不打印）"))
    options = Options(template="card", page="a4-portrait" if per_sheet == 8 else "a4-landscape",
                      citation=CARD_CITATION, cards_per_sheet=per_sheet)
    return service.print_pdf(requests, path, options, shop_name=shop_name)
