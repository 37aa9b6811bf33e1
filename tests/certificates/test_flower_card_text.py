"""What a 小红花 card prints of its fact, read from what the card template fits and draws: the fact itself (the
headline names the person), the advice when it is cut short, and a long shop name in the foot never printed too
small to read (cut with … instead)."""

from dataclasses import replace
from datetime import date
from io import BytesIO

import pytest
from reportlab.pdfgen.canvas import Canvas

from app.certificates import blocks, numbering
from app.certificates.card import FOOT_READABLE
from app.certificates.glyphs import Fonts
from app.certificates.model import Images
from app.certificates.render import make_template, page_size
from app.flowers import Flower
from app.recognition.cards import card_options, card_requests, cut_short_text

from .conftest import BUNDLED
from .test_look import png, sheet

FOURTEEN = "大促期间主动承担夜班客服工作"
NAMES = {1: "王店长", 2: "Alexandra Catherine Montgomery"}


def flower(reason: str) -> Flower:
    return Flower(1, "HF-2026-0001", 1, 2, date(2026, 10, 2), date(2027, 1, 2), reason, "客户服务")


def printed_citation(service, reason: str, per_sheet: int):
    chosen = card_options(per_sheet)
    [one] = service._unnumbered(card_requests([flower(reason)], NAMES), chosen, "小橙子旗舰店")
    width, height = page_size(chosen)
    return make_template(None, service.fonts, blocks.Forms(), chosen, width, height).citation_fit(one)


@pytest.mark.parametrize("per_sheet", [8, 12])
def test_a_flower_card_prints_its_fact_whole_without_repeating_the_name(service, per_sheet):
    reason = FOURTEEN + "，连续七天准时回复"  # 24 characters: cut on 12 cards to a sheet with the name before it
    fitted = printed_citation(service, reason, per_sheet)
    assert not fitted.shortened
    assert "".join(fitted.lines).replace(" ", "") == f"{reason}（王店长2026年10月2日发，有效期至2027年1月2日）"


def test_a_fact_too_long_for_its_card_keeps_its_beginning_not_only_the_name(service):
    reason = FOURTEEN * 3  # 42 characters and no comma: was cut at the name's colon, printing 「Alexandra…：」……
    fitted = printed_citation(service, reason, 12)
    printed = "".join(fitted.lines)
    assert fitted.shortened and printed.endswith("……")
    assert printed.startswith(FOURTEEN * 2) and "Alexandra" not in printed


def test_cut_facts_on_twelve_cards_to_a_sheet_are_told_of_the_eight_flower_cards_offer():
    twelve = cut_short_text(["小美"], card_options(12))
    assert "每张纸印 8 张" in twelve and "看板与小红花" in twelve and "4 张" not in twelve
    assert "张卡片" not in cut_short_text(["小美"], card_options(8))  # already the larger cards: nothing to change


def test_flower_cards_printed_say_their_own_words_for_a_cut_fact(service, tmp_path):
    requests = card_requests([flower(FOURTEEN * 6)], NAMES)
    draft = replace(card_options(12), draft=True)  # nothing numbered: the team is not in this shop's file
    outcome = service.print_pdf(requests, tmp_path / "cards.pdf", draft, shop_name="小橙子旗舰店",
                                shortened_words=cut_short_text)
    [said] = outcome.warnings
    assert "小红花卡上印不下整段事实依据" in said and "每张纸印 8 张" in said and "4 张" not in said


LONG_SHOPS = ["小橙子旗舰店（天猫官方旗舰店）杭州滨江区客服中心售后服务部第二分部",
              "Orange Tree Home & Garden Official Flagship Store Hangzhou Service Centre"]


@pytest.fixture(scope="module")
def fonts():
    return Fonts(BUNDLED)


def printed_foot(fonts, shop: str, seal: bool, number: str = "HF-2026-0001", number_row: bool = False):
    """The characters printed in the shop's row of a card's foot (12 to a sheet), or in its number's row below it,
    the text of its lines, and the card's boxes."""
    import pdfplumber

    chosen = card_options(12)
    width, height = page_size(chosen)
    out = BytesIO()
    c = Canvas(out, pagesize=(width, height))
    card = make_template(c, fonts, blocks.make_forms(c, fonts, Images(seal=png(400, 400) if seal else None)),
                         chosen, width, height)
    card.static()
    [boxes] = card.draw_page([sheet(shop_name=shop, date_text="2026年11月1日", number=number,
                                    qr_payload=numbering.qr_payload(number, "ABCDEF"))])
    c.showPage()
    c.save()
    foot = boxes["foot"]
    with pdfplumber.open(BytesIO(out.getvalue())) as doc:
        low, high = (foot.y, foot.y + foot.h / 2) if number_row else (foot.y + foot.h / 2, foot.top)
        chars = [ch for ch in doc.pages[0].chars
                 if low <= height - ch["bottom"] + 0.5 and height - ch["top"] <= high + 0.5]
    rows: dict[int, str] = {}
    for ch in sorted(chars, key=lambda ch: (round(ch["top"]), ch["x0"])):
        rows[round(ch["top"])] = rows.get(round(ch["top"]), "") + ch["text"]
    return chars, rows, boxes


@pytest.mark.parametrize("seal", [False, True])
@pytest.mark.parametrize("shop", LONG_SHOPS)
def test_a_long_shop_name_in_a_cards_foot_is_cut_rather_than_printed_too_small(fonts, shop, seal):
    chars, rows, boxes = printed_foot(fonts, shop, seal)
    text = "".join(rows.values())
    assert min(ch["size"] for ch in chars) >= FOOT_READABLE - 0.01, rows  # was 2.3 pt beside a seal
    assert text.endswith("2026年11月1日") and "…" in text, rows
    assert text.replace(" ", "").startswith(shop.replace(" ", "")[:6]), rows
    assert max(ch["x1"] for ch in chars) <= (boxes["seal"].x if seal else boxes["qr"].x) + 0.5


def test_a_shop_name_that_fits_whole_at_the_smallest_size_is_printed_without_an_ellipsis(fonts):
    """Its 「quote」 too long for a line of the largest sizes: broken inside it at 5 pt, the whole name fits on two
    lines, and a … after its last word said it was cut when it was not."""
    shop = "小橙子「天猫官方旗舰店杭州滨江区客服中心」"
    chars, rows, _boxes = printed_foot(fonts, shop, seal=False)
    assert min(ch["size"] for ch in chars) >= FOOT_READABLE - 0.01, rows
    assert "".join(rows.values()).replace(" ", "") == shop + "2026年11月1日", rows


def test_a_cards_number_and_check_code_beside_a_seal_are_printed_on_two_lines_not_at_3_pt(fonts):
    chars, rows, boxes = printed_foot(fonts, "小橙子旗舰店", seal=True, number="HH-2026-10-0001", number_row=True)
    assert min(ch["size"] for ch in chars) >= 4.5, rows  # was 3 pt on one line
    assert list(rows.values()) == ["编号 HH-2026-10-0001", "校验 ABCDEF"], rows
    assert max(ch["x1"] for ch in chars) <= boxes["seal"].x + 0.5


def test_a_fact_too_long_with_the_day_given_keeps_its_reason_and_validity_whole(service):
    reason = FOURTEEN + "，连续七天准时回复所有咨询"  # 28 characters: its day given cut it on 12 cards to a sheet
    fitted = printed_citation(service, reason, 12)
    printed = "".join(fitted.lines).replace(" ", "")
    assert not fitted.shortened and printed.startswith(reason) and printed.endswith("有效期至2027年1月2日）")
    assert service.shortened(card_requests([flower(reason)], NAMES), card_options(12), "小橙子旗舰店") == []
