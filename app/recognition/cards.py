"""Little red flower cards: each flower printed on the certificates' card template (8 or 12 per A4 sheet as
the owner chose in 设置 → 看板与小红花, `settings.FLOWER_CARDS_PER_SHEET`; with cut marks), the flower's number in the title and the fact it rewards as the citation. The cards are numbered
and drawn as a certificate batch is (`CertificateService.print_pdf`; the 小红花 page runs it in the background)."""

from __future__ import annotations

from app.certificates.model import STAFF, CertificateRequest, Options
from app.certificates.standing import FLOWER_CARD
from app.errors import UserError
from app.flowers import Flower
from app.i18n import cut_list, in_chinese, t
from app.periods import Month, date_label

CARD_CITATION = "{姓名}：{奖励}"


def check_printable(flowers: list[Flower]) -> None:
    """Refused when none of `flowers` makes a card (revoked ones are not printed): said before a file is asked for,
    as what is so — no flower listed at all is not one revoked."""
    if not flowers:
        raise UserError(t("台账里没有列出小红花，没有卡片可打印"))
    if all(f.revoked_at for f in flowers):
        raise UserError(t("列出的小红花都已撤销，已撤销的小红花不打印卡片"))


def card_requests(flowers: list[Flower], names: dict[int, str]) -> list[CertificateRequest]:
    """One card per flower not revoked: the fact it rewards, who gave it, when, and until when it is valid; in
    Chinese, as the card's other words and the certificates are, whatever language the window speaks."""
    with in_chinese():
        return [CertificateRequest(recipient=names[f.recipient_id], award=f"{FLOWER_CARD}{f.number}",
                                   period=Month.of(f.issued),
                                   value_text=t("{reason}（{issuer} {day}发，有效期至 {until}）",
                                                reason=f.reason, issuer=names.get(f.issuer_id, ""),
                                                day=date_label(f.issued), until=date_label(f.valid_through)),
                                   recipient_type=STAFF, staff_id=f.recipient_id)
                for f in flowers if not f.revoked_at]


def card_options(per_sheet: int = 8) -> Options:
    """The cards' template and paper: 8 or 12 to an A4 portrait sheet, or 4 to a landscape one."""
    return Options(template="card", page="a4-portrait" if per_sheet == 8 else "a4-landscape",
                   citation=CARD_CITATION, cards_per_sheet=per_sheet)


def cut_short_text(names: list[str], _chosen: Options | None = None) -> str:
    """Whose cards cannot hold their fact whole (`CertificateService.shortened`, a name once however many of their
    cards): asked before printing. The card's citation is not the owner's to shorten, as a certificate's is."""
    return t("事实依据太长：{names}的小红花卡上印不下整段事实依据（字再小就看不清了），会在句末截断，以「……」结尾。",
             names=cut_list(list(dict.fromkeys(names)), 5))
