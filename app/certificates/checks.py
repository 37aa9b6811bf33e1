"""Checks made before anything is printed: the options of a job, each request, and the order of a batch."""

from __future__ import annotations

from dataclasses import replace

from app.certificates import citation
from app.certificates.glyphs import Missing, printable
from app.certificates.model import (
    CARDS_PER_SHEET,
    FLOWER_CARDS_PER_SHEET,
    NAME,
    PAGES,
    TEMPLATES,
    CertificateRequest,
    Options,
)
from app.errors import UserError
from app.i18n import cut_list, joined, t
from app.periods import Period
from app.sorting import chinese_order

MAX_NAME = 60
MAX_AWARD = 60


def check_options(chosen: Options) -> Options:
    if chosen.template not in TEMPLATES:
        raise UserError(t("证书模板只能是：{choices}", choices=joined(TEMPLATES)))
    if chosen.page not in PAGES:
        raise UserError(t("纸张只能是：{choices}", choices=joined(PAGES)))
    if chosen.cards_per_sheet not in (*CARDS_PER_SHEET, *FLOWER_CARDS_PER_SHEET):
        raise UserError(t("卡片每张纸只能印 4 张、8 张或 12 张"))
    if not 1 <= chosen.copies <= 99:
        raise UserError(t("份数应在 1 到 99 之间"))
    for award, template in chosen.award_templates:
        if template not in TEMPLATES:
            raise UserError(t("奖项「{award}」的证书模板只能是：{choices}", award=award, choices=joined(TEMPLATES)))
    return replace(chosen, citation=citation.check_template(chosen.citation or citation.DEFAULT_CITATION))


def checked_request(request: CertificateRequest) -> CertificateRequest:
    if not printable(request.recipient).strip():
        raise UserError(t("证书上的姓名不能为空"))
    if len(request.recipient) > MAX_NAME:
        raise UserError(t("姓名「{name}…」太长（最多 {n} 个字）", name=request.recipient[:10], n=MAX_NAME))
    if not printable(request.award).strip():
        raise UserError(t("奖项名称不能为空"))
    if len(request.award) > MAX_AWARD:
        raise UserError(t("奖项名称「{name}…」太长（最多 {n} 个字）", name=request.award[:10], n=MAX_AWARD))
    return request


def hand_made(name: str, award: str, period: Period, value: str | None = None) -> CertificateRequest:
    """A certificate typed in by hand, checked; the spaces around the name and the award are left out (they
    pushed the name off the centre of its line and printed 「  空格奖  」)."""
    return checked_request(CertificateRequest(name.strip(), award.strip(), period, value, NAME))


def order_key(request: CertificateRequest) -> tuple[bytes, bool, int, bytes, str]:
    """A batch's order, as the certificates are handed out: by award; a ranked award's by place (first place
    first, ties by name), the others by name."""
    return (chinese_order(request.award), request.place is None, request.place or 0,
            chinese_order(request.recipient), request.recipient)


def missing_text(missing: Missing) -> str:
    return t("「{text}」中的字符「{char}」（{code}）在所有可用字体中都没有，打印出来会是一个方框",
             text=missing.text, char=missing.char, code=missing.code())


def shortened_text(names: list[str], chosen: Options) -> str:
    """What the owner is told when citations were cut to stay readable, naming whose (the first few)."""
    shown = cut_list(names, 5)
    small_cards = chosen.cards_per_sheet > 4 and "card" in (chosen.template, *dict(chosen.award_templates).values())
    remedy = t("可以缩短评语模板，或改为每张纸印 4 张卡片") if small_cards else t("可以缩短评语模板，或换用更大的纸张")
    return t("评语太长：{names}的证书上印不下整段评语（字再小就看不清了），已在句末截断，以「……」结尾。{remedy}",
             names=shown, remedy=remedy)
