"""What a certificate's texts look like once printed, read from what each template draws: a citation never
printed too small to read (cut at a sentence's end instead, and the owner told whose), an award title
broken between its words, never leaving one character alone on a line, never over its box, and a card's seal
beside its texts, not over them."""

from io import BytesIO

import pytest
from reportlab.pdfgen.canvas import Canvas

from app.certificates import blocks, card, citation, classic, layout, modern
from app.certificates.checks import order_key
from app.certificates.glyphs import Fonts
from app.certificates.model import CertificateRequest, Images, Options
from app.certificates.render import make_template, page_size
from app.certificates.titles import fit_title, title_words

from .conftest import BUNDLED, OCT, to_png
from .test_look import LAYOUTS, overlap, png, sheet

# a citation template as long as one may be (200 characters), in the owner's own words
LONG = ("{姓名}在{期间}的工作中勤勤恳恳、任劳任怨，每天第一个到岗、最后一个离开，耐心解答每一位顾客的问题，"
        "接待咨询量和询单转化率都名列前茅；遇到难缠的售后纠纷也总能心平气和地妥善处理，赢得了顾客的一致好评。"
        "她还主动整理常见问题话术，帮助新同事快速上手，为团队的整体进步作出了突出贡献。全体同事都以她为榜样，"
        "积极向她学习，店铺的好评率也因此稳步地提升。特授予「{奖项}」，以资鼓励，希望再接再厉，再创佳绩！")


@pytest.fixture(scope="module")
def fonts():
    return Fonts(BUNDLED)


@pytest.fixture
def drawn(monkeypatch, fonts):
    """drawn(template, page, cards, sheet) -> [(fitted, box, line boxes)] of every text the template drew."""
    found: list = []

    def recording(c, chain, fitted, box, *args, **kwargs):
        lines = layout.draw(c, chain, fitted, box, *args, **kwargs)
        found.append((fitted, box, lines))
        return lines

    for module in (card, classic, modern, blocks):
        monkeypatch.setattr(module, "draw", recording)

    def draw_one(template: str, page: str, cards: int, the_sheet, images: Images | None = None) -> list:
        found.clear()
        chosen = Options(template=template, page=page, cards_per_sheet=cards)
        width, height = page_size(chosen)
        c = Canvas(BytesIO(), pagesize=(width, height))
        made = make_template(c, fonts, blocks.make_forms(c, fonts, images or Images()), chosen, width, height)
        made.static()
        parts = made.draw_page([the_sheet])[0] if template == "card" else made.draw(the_sheet)
        if template == "card":  # a card draws in its cell's own coordinates: its texts' places on the page
            cell = made.cells[0]
            found[:] = [(fitted, on_page(box, cell), [on_page(line, cell) for line in lines])
                        for fitted, box, lines in found]
        return [*found, ("parts", parts)]

    return draw_one


def on_page(box: layout.Box, cell: layout.Box) -> layout.Box:
    return layout.Box(box.x + cell.x, box.y + cell.y, box.w, box.h)


def texts(found: list) -> list:
    return [entry for entry in found if entry[0] != "parts"]


def parts(found: list) -> dict:
    return next(entry[1] for entry in found if entry[0] == "parts")


def is_citation(fitted, text: str) -> bool:
    return len(fitted.lines[0]) > 8 and text.startswith(fitted.lines[0])


def filled(citation: str, name: str = "欧阳娜娜", award: str = "最佳服务奖") -> str:
    return citation.replace("{姓名}", name).replace("{期间}", "2026年10月").replace("{奖项}", award)


# 12 to a sheet prints flower cards only (`model.FLOWER_CARDS_PER_SHEET`), no certificate's citation of 200 characters
@pytest.mark.parametrize(("template", "page", "cards"), [x for x in LAYOUTS if x[2] != 12])
def test_a_long_citation_is_never_printed_too_small_to_read_but_cut_after_a_sentence(drawn, template, page, cards):
    text = filled(LONG)
    assert len(LONG) == citation.MAX_CITATION and len(text) >= 200
    found = drawn(template, page, cards, sheet(citation=text, value_line=""))
    [(fitted, box, lines)] = [(f, b, ls) for f, b, ls in texts(found) if is_citation(f, text)]
    assert fitted.size >= layout.READABLE - 1e-6, fitted.size  # was 4.7 pt on a card of an 8-card sheet
    printed = "".join(fitted.lines)
    if fitted.shortened:
        assert printed.endswith("……")
        kept = printed.removesuffix("……")
        assert text.startswith(kept) and text[len(kept)] in "。！？；", (kept, text[len(kept):])
    else:
        assert printed == text
    assert all(box.contains(line) for line in lines)


def test_a_card_keeps_the_awards_value_after_a_cut_citation(drawn):
    text = filled(LONG)
    found = drawn("card", "a4-landscape", 8, sheet(citation=text, value_line="奖励：¥1,500.00"))
    [fitted] = [f for f, _b, _ls in texts(found) if is_citation(f, text)]
    assert fitted.shortened and fitted.size >= layout.READABLE - 1e-6
    assert "".join(fitted.lines).endswith("……  奖励：¥1,500.00")


def test_a_citation_that_fits_is_printed_whole_at_its_size(drawn):
    text = "欧阳娜娜：在2026年10月的工作中表现突出，荣获「最佳服务奖」，特发此证，以资鼓励。"
    found = drawn("card", "a4-landscape", 8, sheet(citation=text, value_line=""))
    [fitted] = [f for f, _b, _ls in texts(found) if is_citation(f, text)]
    assert "".join(fitted.lines) == text and not fitted.shortened


def test_the_owner_is_told_whose_citation_was_cut_before_and_when_printing(service, tmp_path):
    people = [CertificateRequest(name, "最佳服务奖", OCT) for name in ("小美", "欧阳娜娜娜", "𠮷野家明")]
    eight = service.options(template="card", cards_per_sheet=8, citation=LONG)
    in_print_order = [r.recipient for r in sorted(people, key=order_key)]
    assert service.shortened(people, eight, "小橙子旗舰店") == in_print_order
    short = service.options(template="card", cards_per_sheet=8, citation="{姓名}：表现突出，以资鼓励。")
    assert service.shortened(people, short, "小橙子旗舰店") == []
    a4 = service.options(template="classic", page="a4-landscape", citation=LONG)
    assert service.shortened(people, a4, "小橙子旗舰店") == []  # a whole A4 page has the room

    outcome = service.print_pdf(people, tmp_path / "cards.pdf", eight, shop_name="小橙子旗舰店")
    [said] = [w for w in outcome.warnings if "评语太长" in w]
    assert "、".join(in_print_order) in said and "每张纸印 4 张" in said
    if (image := to_png(tmp_path / "cards.pdf", "cards_8_long_citation")) is not None:
        assert image.stat().st_size > 0


WORDS = ["年度", "优秀", "客服", "销售", "冠军", "最佳", "服务", "团队", "金牌", "进步", "创新", "专业", "月度", "精英",
         "询单", "客户", "贡献", "新人"]


def title_of(length: int) -> tuple[str, set[int]]:
    """A title of `length` characters made of two-character words (then 奖, or 之星), and where its words end."""
    suffix = "奖" if length % 2 else ("之星" if length % 4 == 0 and length > 2 else "")
    words = [WORDS[(length + i) % len(WORDS)] for i in range((length - len(suffix)) // 2)] + [suffix]
    ends, at = set(), 0
    for word in words:
        at += len(word)
        ends.add(at)
    return "".join(words), ends


@pytest.mark.parametrize(("template", "page", "cards"), LAYOUTS)
def test_titles_of_2_to_40_characters_break_between_words_with_no_character_alone(drawn, template, page, cards):
    for length in range(2, 41):
        title, word_ends = title_of(length)
        assert len(title) == length
        one = sheet(award=title, citation="表现突出。", value_line="")
        found = drawn(template, page, cards, one)
        [(fitted, box, lines)] = [(f, b, ls) for f, b, ls in texts(found)
                                  if "".join(f.lines).replace(" ", "").strip("「」") == title]
        assert len(fitted.lines) <= 2 and all(box.contains(line) for line in lines), (title, fitted.lines)
        assert len(fitted.lines) * fitted.size * fitted.leading <= box.h + 1e-6
        line_texts = [line.strip("「」 ") for line in fitted.lines]
        assert all(len(text) >= 2 for text in line_texts), (template, page, cards, fitted.lines)
        if len(line_texts) == 2:
            assert len(line_texts[0]) in word_ends, (template, page, cards, fitted.lines)  # 优秀客 / 服, 销售冠 / 军奖


@pytest.fixture(scope="module")
def title_chain(fonts):
    return fonts.title


@pytest.mark.parametrize(("title", "expected"), [
    ("优秀客服", ("优秀", "客服")),
    ("销售冠军奖", ("销售", "冠军奖")),
    ("最佳服务之星", ("最佳服务", "之星")),
    ("金牌客服·年度服务之星", ("金牌客服·", "年度服务之星")),
    ("销售冠军奖 第一名", ("销售冠军奖", "第一名")),
    ("年度最具影响力优秀客户服务团队成员特别贡献与创新进步综合大奖评选金牌服务标兵称号",
     ("年度最具影响力优秀客户服务团队成员特别贡献", "与创新进步综合大奖评选金牌服务标兵称号")),
])
def test_a_title_too_wide_for_one_line_breaks_at_its_natural_place(title_chain, title, expected):
    width = title_chain.width(title, 20) * 0.8  # two lines at the largest size
    fitted = fit_title(title_chain, title, layout.Box(0, 0, width, 60), 20, 1.2)
    assert fitted.lines == expected and fitted.size == 20
    assert all(w <= width + 1e-6 for w in fitted.widths)


@pytest.mark.parametrize("title", ["冠军", "优秀奖", "冠军奖"])
def test_a_short_title_shrinks_rather_than_leave_a_character_alone(title_chain, title):
    width = title_chain.width(title, 20) * 0.7
    fitted = fit_title(title_chain, title, layout.Box(0, 0, width, 60), 20, 1.2)
    assert fitted.lines == (title,) and fitted.widths[0] <= width + 1e-6


def test_the_title_words_are_words():
    assert {"冠军", "客服", "之星", "转化率"} <= title_words()
    assert all(2 <= len(word) <= 4 for word in title_words())


@pytest.mark.parametrize("cards", [4, 8])
def test_a_card_carries_the_shops_seal_in_its_foot_beside_the_texts_and_the_qr_code(drawn, cards):
    found = drawn("card", "a4-landscape", cards, sheet(), Images(seal=png(400, 400)))
    boxes = parts(found)
    seal, foot, qr = boxes["seal"], boxes["foot"], boxes["qr"]
    assert foot.contains(seal) and not overlap(seal, qr) and not overlap(seal, boxes["citation"])
    assert seal.w >= 11 * 72 / 25.4  # a stamp still seen as one when printed (12 mm with 8 to a sheet)
    foot_lines = [line for _f, box, lines in texts(found) if foot.contains(box) for line in lines]
    assert len(foot_lines) == 2 and not any(overlap(seal, line) for line in foot_lines)
    without = parts(drawn("card", "a4-landscape", cards, sheet()))
    assert "seal" not in without  # no seal uploaded: the card's own emblem is enough, none is drawn in the foot


SHOP_33 = "小橙子家居生活用品天猫官方旗舰店杭州滨江区总店售后客服服务中心二部"


@pytest.mark.parametrize("cards", [4, 8])
def test_a_cards_long_shop_name_takes_two_lines_at_the_foots_size_rather_than_shrinking(drawn, cards):
    found = drawn("card", "a4-landscape", cards, sheet(shop_name=SHOP_33, date_text="2026年11月28日"))
    boxes = parts(found)
    shop = next((fitted, lines) for fitted, _box, lines in texts(found) if "2026年11月28日" in "".join(fitted.lines))
    number = next(fitted for fitted, _box, _lines in texts(found) if fitted.lines[0].startswith("编号"))
    fitted, lines = shop
    assert "".join(fitted.lines).replace(" ", "") == SHOP_33 + "2026年11月28日"  # nothing left out, the date whole
    assert fitted.lines[-1].endswith("2026年11月28日")
    assert len(fitted.lines) == 2 and fitted.size >= number.size - 1e-6, fitted  # was one line of 4.2 pt (8 cards)
    assert all(boxes["foot"].contains(line) and not overlap(line, boxes["qr"]) for line in lines)


@pytest.mark.parametrize(("template", "page"), [("classic", "a4-landscape"), ("modern", "a4-landscape"),
                                                ("classic", "a5-landscape")])
def test_a_long_shop_name_on_a_certificate_breaks_where_a_part_of_it_ends(drawn, template, page):
    found = drawn(template, page, 4, sheet(shop_name=SHOP_33))
    [fitted] = [f for f, _box, _lines in texts(found) if "".join(f.lines).replace(" ", "") == SHOP_33]
    assert fitted.lines == ("小橙子家居生活用品天猫官方旗舰店", "杭州滨江区总店售后客服服务中心二部")  # was …旗舰店杭 / 州滨江区…



@pytest.mark.parametrize(("template", "page"), [("classic", "a4-portrait"), ("modern", "a5-portrait"),
                                                ("modern", "a4-landscape")])
@pytest.mark.parametrize("shop", ["Supercalifragilisticexpialidociousshop", "OrangeSupercalifragilistic"])
def test_a_shop_name_with_no_place_to_break_prints_as_large_as_a_plain_wrap(monkeypatch, drawn, template, page, shop):
    asked = []
    fit = blocks.fit_shop_name
    monkeypatch.setattr(blocks, "fit_shop_name", lambda *args: asked.append(args) or fit(*args))
    drawn(template, page, 4, sheet(shop_name=shop))
    [(chain, text, box, size, leading)] = asked
    fitted = fit(chain, text, box, size, leading)
    plain = layout.fit_lines(chain, text, box, size, 2, leading=leading, balance=True)
    assert fitted.size >= plain.size - 1e-6, fitted  # was shrunk whole onto one line: 4.5 pt on A5 portrait
    assert all(w <= box.w + 1e-6 for w in fitted.widths) and len(fitted.lines) * fitted.size * leading <= box.h + 1e-6
    assert all(len(line) > 1 for line in fitted.lines)


@pytest.mark.parametrize(("template", "page", "shop"), [
    ("classic", "a4-landscape", "小橙子家居生活用品店长推荐官方旗舰店"),  # was …生活用品店 / 长推荐…
    ("classic", "a4-portrait", "小橙子旗舰店区域客服中心售后二部"),  # was …旗舰店区 / 域客服…
    ("modern", "a4-portrait", "小橙子家居市场部直营官方旗舰店")])
def test_a_shop_name_is_not_broken_inside_a_word_that_begins_with_where_a_part_may_end(drawn, template, page, shop):
    found = drawn(template, page, 4, sheet(shop_name=shop))
    [fitted] = [f for f, _box, _lines in texts(found) if "".join(f.lines) == shop]
    assert len(fitted.lines) == 2
    assert fitted.lines[0][-1] + fitted.lines[1][0] not in {"店长", "区域", "市场"}, fitted.lines


def test_a_cards_long_shop_name_breaks_where_a_part_of_it_ends(drawn):
    found = drawn("card", "a4-landscape", 8, sheet(shop_name=SHOP_33, date_text="2026年11月28日"))
    [fitted] = [f for f, _box, _lines in texts(found) if "2026年11月28日" in "".join(f.lines)]
    assert fitted.lines[0] in ("小橙子家居生活用品天猫官方旗舰店杭州滨江区", "小橙子家居生活用品天猫官方旗舰店"), fitted
    # was …旗舰店杭州滨江 / 区总店…


@pytest.mark.parametrize("name", ["Maximiliana Vanderbilt-Oppenheimer", "Alexandra Montgomery-Richardson",
                                  "Jean-Baptiste Emmanuel Zorg"])
def test_a_long_western_name_on_a_card_of_twelve_wraps_rather_than_shrinks_out_of_reach(drawn, name):
    """12 cards to a sheet printed 「Maximiliana Vanderbilt-Oppenheimer」 on one line at 5.2 pt, the card's largest
    words the hardest to read: it takes two lines, each inside the name's box, at a readable size."""
    found = drawn("card", "a4-portrait", 12, sheet(recipient=name))
    [(fitted, box, lines)] = [(f, b, ls) for f, b, ls in texts(found) if " ".join(f.lines).replace("- ", "-") == name]
    assert fitted.size >= layout.READABLE, fitted.lines
    assert all(box.contains(line) for line in lines)
    short = drawn("card", "a4-portrait", 12, sheet(recipient="Christopher Wu"))
    assert [f.lines for f, _b, _ls in texts(short) if "Christopher" in f.lines[0]] == [("Christopher Wu",)]
