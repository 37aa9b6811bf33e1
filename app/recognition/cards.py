"""Little red flower cards: each flower printed on the certificates' card template (8 or 12 per A4 sheet as
the owner chose in 设置 → 看板与小红花, `settings.FLOWER_CARDS_PER_SHEET`; with cut marks), the flower's number in the title and the fact it rewards as the citation. The cards are numbered
and drawn as a certificate batch is (`CertificateService.print_pdf`; the 小红花 page runs it in the background)."""

from __future__ import annotations

from app.certificates.model import FLOWER_CARDS_PER_SHEET, STAFF, CertificateRequest, Options
from app.certificates.standing import FLOWER_CARD
from app.errors import UserError
from app.flowers import Flower
from app.i18n import cut_list, in_chinese, sentences, t
from app.periods import Month, date_label

# the fact alone: the card's headline already prints the name large, and a citation starting 「小美：」 was cut at
# that colon when the fact did not fit, leaving 「小美……」 (the value is the citation itself, so it has no 奖励： label)
CARD_CITATION = "{奖励}"


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
                                   period=Month.of(f.issued), value_text=_fact(f, names),
                                   shorter_values=_shorter_facts(f, names),
                                   recipient_type=STAFF, staff_id=f.recipient_id)
                for f in flowers if not f.revoked_at]


def _fact(f: Flower, names: dict[int, str]) -> str:
    return t("{reason}（{issuer} {day}发，有效期至 {until}）", reason=f.reason, issuer=names.get(f.issuer_id, ""),
             day=date_label(f.issued), until=date_label(f.valid_through))


def _shorter_facts(f: Flower, names: dict[int, str]) -> tuple[str, ...]:
    """The fact said shorter for a card that cannot hold it whole, so the reason is printed whole rather than
    cut: without the day it was given (the card's period line says the month), then without who gave it."""
    until = date_label(f.valid_through)
    return (t("{reason}（{issuer}发，有效期至 {until}）", reason=f.reason, issuer=names.get(f.issuer_id, ""),
              until=until),
            t("{reason}（有效期至 {until}）", reason=f.reason, until=until))


def card_options(per_sheet: int = 8) -> Options:
    """The cards' template and paper: 8 or 12 to an A4 portrait sheet, or 4 to a landscape one."""
    return Options(template="card", page="a4-portrait" if per_sheet == 8 else "a4-landscape",
                   citation=CARD_CITATION, cards_per_sheet=per_sheet)


def cut_short_text(names: list[str], chosen: Options | None = None) -> str:
    """Whose cards cannot hold their fact whole (`CertificateService.shortened`, a name once however many of their
    cards): asked before printing. The card's citation is not the owner's to shorten, as a certificate's is; on a
    sheet of 12 the larger cards of 8 are the remedy (设置 → 看板与小红花 offers 8 or 12, never the certificates' 4)."""
    said = [t("事实依据太长：{names}的小红花卡上印不下整段事实依据（字再小就看不清了），会在句末截断，以「……」结尾。",
              names=cut_list(list(dict.fromkeys(names)), 5))]
    if chosen is not None and chosen.cards_per_sheet > min(FLOWER_CARDS_PER_SHEET):
        said.append(t("可以在「设置 → 看板与小红花」改为每张纸印 {n} 张卡片，卡片大一些，能印下更多字。",
                      n=min(FLOWER_CARDS_PER_SHEET)))
    return sentences(said)
