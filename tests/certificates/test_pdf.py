"""The PDFs themselves: text on the right page, fonts embedded as subsets, every character inside the
border, user text printed literally, and page images to look at."""

from dataclasses import replace

import pdfplumber
import pytest
from pypdf import PdfReader
from reportlab import rl_config
from reportlab.pdfgen.canvas import Canvas

from app.certificates.blocks import Forms
from app.certificates.glyphs import Fonts
from app.certificates.model import PAGES, CertificateRequest, Options
from app.certificates.render import make_template, page_size
from app.errors import UserError

from .conftest import BUNDLED, NO_FALLBACK, OCT, page_texts, pdf_fonts, to_png

LONG_NAME = "阿花" * 10  # 20 characters
LONG_AWARD = "年度最具影响力优秀客户服务团队成员特别贡献与创新进步综合大奖评选第一名"  # 36 characters
LONG_AWARD = (LONG_AWARD + "金牌服务")[:40]


def req(name, award="销售冠军奖", value=None, period=OCT):
    return CertificateRequest(name, award, period, value)


def options(template="classic", **kw):
    return Options(template=template, citation="", **kw)


def frames(template: str, page: str = "a4-landscape", cards: int = 4):
    """The border each certificate must stay inside, in pdfplumber's top-down coordinates."""
    chosen = Options(template=template, page=page, cards_per_sheet=cards)
    width, height = page_size(chosen)
    made = make_template(None, None, Forms(), chosen, width, height)
    boxes = [cell.inset(5 * 72 / 25.4) for cell in made.cells] if template == "card" else [made.frame]
    return height, [(b.x, height - b.top, b.x + b.w, height - b.y) for b in boxes]


def inside(char, frame) -> bool:
    x0, top, x1, bottom = frame
    return char["x0"] >= x0 and char["x1"] <= x1 and char["top"] >= top and char["bottom"] <= bottom


@pytest.mark.parametrize("template", ["classic", "modern", "card"])
def test_each_page_carries_its_recipient_award_period_and_number(service, tmp_path, template):
    requests = [req("小美", "最佳服务奖"), req("欧阳娜娜娜", "销售冠军奖", "¥1,500.00"), req("阿花", "销售冠军奖")]
    out = service.print_pdf(requests, tmp_path / "c.pdf", service.options(template=template, show_value=True),
                            shop_name="小橙子旗舰店")
    by_name = {c.recipient: c for c in out.certificates}
    # ordered by award, then name, in pinyin order: 销售 (xiao) before 最佳 (zui), 阿 (a) before 欧 (ou)
    assert [c.recipient for c in out.certificates] == ["阿花", "欧阳娜娜娜", "小美"]
    texts = page_texts(tmp_path / "c.pdf")
    if template == "card":
        assert len(texts) == 1
        pages = [texts[0]] * 3
    else:
        assert len(texts) == 3
        pages = texts
    for page, name in zip(pages, ["阿花", "欧阳娜娜娜", "小美"], strict=True):
        cert = by_name[name]
        assert name in page and cert.award in page and "2026年10月" in page
        assert cert.number in page and cert.checksum in page
    if template != "card":
        assert "¥1,500.00" in texts[1] and "¥1,500.00" not in texts[0]
        assert "阿花" not in texts[1] and "小美" not in texts[0] and "最佳服务奖" not in texts[0]
    png = to_png(tmp_path / "c.pdf", f"{template}-a4")
    assert png is None or png.stat().st_size > 10_000


@pytest.mark.parametrize("template", ["classic", "modern", "card"])
def test_fonts_are_embedded_subsets_and_no_base14_font_is_used(service, tmp_path, template):
    service.print_pdf([req("欧阳娜娜娜"), req("𠮷野家", "服务之星")], tmp_path / "f.pdf",
                      service.options(template=template), shop_name="小橙子旗舰店")
    fonts = pdf_fonts(tmp_path / "f.pdf")
    assert fonts
    for font in fonts:
        assert font["embedded"], font
        assert font["subtype"] == "/TrueType", font
        assert font["name"][7] == "+" and font["name"][1:7].isupper(), font  # /ABCDEF+Name: a subset
    names = {f["name"].split("+", 1)[1] for f in fonts}
    assert "LXGWWenKai-Regular" in names and "NotoSansSC-Regular" in names
    assert not names & {"Helvetica", "Times-Roman", "Courier", "Symbol", "ZapfDingbats"}


@pytest.mark.parametrize(("template", "page", "cards"), [
    *[("classic", p, 4) for p in PAGES], *[("modern", p, 4) for p in PAGES], ("card", "a4-landscape", 4),
    ("card", "a4-landscape", 8)])
def test_every_character_stays_inside_the_border(service, tmp_path, template, page, cards):
    requests = [req(LONG_NAME, LONG_AWARD, "奖品：" + "蓝牙耳机" * 6), req("欧阳娜娜娜", "服务之星"),
                req("A&B <客服>", "奖" * 4)]
    pdf = tmp_path / "g.pdf"
    service.print_pdf(requests, pdf, service.options(template=template, page=page, cards_per_sheet=cards,
                                                     show_value=True, chinese_date=True),
                      shop_name="小橙子旗舰店（天猫官方旗舰店）杭州市西湖区分店客服中心")
    height, borders = frames(template, page, cards)
    longest = 1
    with pdfplumber.open(pdf) as doc:
        assert len(doc.pages) == (1 if template == "card" else 3)
        for number, page_obj in enumerate(doc.pages, start=1):
            assert abs(page_obj.height - height) < 0.5
            chars = page_obj.chars
            assert len(chars) > 100
            for char in chars:
                assert any(inside(char, b) for b in borders), (char["text"], char["x0"], char["top"], borders)
            text = page_obj.extract_text().replace("\n", "")
            if LONG_NAME in text:
                longest = number
                assert LONG_AWARD[:10] in text
    assert template == "card" or longest > 1  # found on its page (sorted by award, it is not the first)
    stem = f"{template}-{cards}" if template == "card" else f"{template}-{page}"
    to_png(pdf, f"{stem}-longest", longest)



LONG_CITATION = "{姓名}：" + "在{期间}的工作中表现突出，" * 13 + "荣获「{奖项}」，特发此证"  # 200 characters, the most allowed


@pytest.mark.parametrize(("template", "page", "cards"), [
    *[("classic", p, 4) for p in PAGES], *[("modern", p, 4) for p in PAGES], ("card", "a4-landscape", 4),
    ("card", "a4-landscape", 8), ("card", "a4-portrait", 12)])
def test_the_longest_citation_wraps_onto_more_lines_and_is_cut_rather_than_printed_too_small(service, tmp_path,
                                                                                         template, page, cards):
    assert len(LONG_CITATION) == 200
    pdf = tmp_path / "c.pdf"
    outcome = service.print_pdf([req(LONG_NAME, LONG_AWARD)], pdf,
                                service.options(template=template, page=page, cards_per_sheet=cards,
                                                citation=LONG_CITATION),
                                shop_name="小橙子旗舰店")
    _height, borders = frames(template, page, cards)
    with pdfplumber.open(pdf) as doc:
        chars = doc.pages[0].chars
        citation = [c for c in chars if c["text"] in "表现突出"]
        # it was 1.2 pt on A5 (one line shrunk to fit), then 4 pt on a card: now never below 7 pt
        assert min(c["size"] for c in citation) >= 7 - 0.01
        cut = [c for c in chars if c["text"] == "…"]
        assert len(citation) == 4 * 13 or (len(cut) == 2 and len(citation) < 4 * 13)
        assert bool(cut) == any(LONG_NAME in warning and "评语太长" in warning for warning in outcome.warnings)
        assert all(any(inside(c, b) for b in borders) for c in chars)


def test_a_twenty_character_name_stays_on_one_line(service, tmp_path):
    pdf = tmp_path / "n.pdf"
    service.print_pdf([req(LONG_NAME)], pdf, service.options(template="classic"), shop_name="店")
    with pdfplumber.open(pdf) as doc:
        chars = [c for c in doc.pages[0].chars if c["text"] in "阿花" and c["size"] > 20]
    assert len(chars) == 20
    assert len({round(c["top"], 1) for c in chars}) == 1
    assert chars[0]["size"] < 42  # shrunk from the largest size to fit


@pytest.mark.parametrize("name", ["A&B <客服>", "<b>小美", '"引号"\'单\'', "汤姆&杰瑞 <img src=x>", "欧阳娜娜娜"])
def test_user_text_is_printed_literally(service, tmp_path, name):
    out = service.print_pdf([req(name, "奖 <i>&amp;")], tmp_path / "l.pdf",
                            service.options(template="modern", citation="{姓名}《{奖项}》"), shop_name="A&B")
    text = page_texts(tmp_path / "l.pdf")[0]
    assert name in text and "奖 <i>&amp;" in text and f"{name}《奖 <i>&amp;》" in text
    assert out.certificates[0].recipient == name


def test_leading_spaces_are_kept(service, tmp_path):
    out = service.print_pdf([req("  小美")], tmp_path / "s.pdf", service.options(), shop_name="店")
    assert out.certificates[0].recipient == "  小美"
    assert "小美" in page_texts(tmp_path / "s.pdf")[0]


@pytest.mark.parametrize("name", ["", "   ", "\u200d", "\t\n"])
def test_an_empty_name_is_refused(service, tmp_path, name):
    with pytest.raises(UserError, match="姓名不能为空"):
        service.print_pdf([req(name)], tmp_path / "e.pdf", service.options(), shop_name="店")
    assert not (tmp_path / "e.pdf").exists()
    assert service.in_period(OCT) == []


def test_a_rare_character_is_drawn_with_the_fallback_font(service, tmp_path):
    out = service.print_pdf([req("𠮷田")], tmp_path / "r.pdf", service.options(template="modern"), shop_name="店")
    assert out.warnings == []
    assert "𠮷田" in page_texts(tmp_path / "r.pdf")[0]
    with pdfplumber.open(tmp_path / "r.pdf") as doc:
        fonts = {c["fontname"].split("+")[1] for c in doc.pages[0].chars if c["text"] == "𠮷"}
    assert fonts == {"LXGWWenKai-Regular"}


def test_without_any_font_for_a_character_the_user_is_warned_by_name_and_character(shop, tmp_path):
    from app.certificates.service import CertificateService

    service = CertificateService(shop.store, shop.ctx, shop.settings, NO_FALLBACK)
    out = service.print_pdf([req("𠮷田")], tmp_path / "w.pdf", service.options(template="modern"), shop_name="店")
    # said once, naming the name (not again for the citation that quotes it)
    assert out.warnings == ["「𠮷田」中的字符「𠮷」（U+20BB7）在所有可用字体中都没有，打印出来会是一个方框"]
    assert service.check([req("欧阳娜娜娜")], service.options(), "店") == []


def test_draft_marks_every_page_and_numbers_nothing(service, tmp_path):
    chosen = replace(service.options(template="classic"), draft=True)
    out = service.print_pdf([req("小美"), req("阿花")], tmp_path / "d.pdf", chosen, shop_name="店")
    texts = page_texts(tmp_path / "d.pdf")
    assert len(texts) == 2 and all("草稿" in t and "HH-" not in t for t in texts)
    assert out.certificates == [] and service.in_period(OCT) == []
    to_png(tmp_path / "d.pdf", "classic-draft")


def test_the_fonts_of_a_job_are_the_ones_planned():
    fonts = Fonts(BUNDLED)
    assert fonts.title.primary.path.name == "LXGWWenKai-Regular.ttf"
    assert fonts.body.primary.path.name == "NotoSansSC-Regular.ttf"


def test_an_emoji_is_drawn_with_a_system_font_that_has_it(shop, tmp_path):
    from app.certificates.service import CertificateService

    from .conftest import DEJAVU

    if not DEJAVU.exists():
        pytest.skip("DejaVu Sans is not installed")
    plan = replace(BUNDLED, fallbacks=(*BUNDLED.fallbacks, DEJAVU))
    service = CertificateService(shop.store, shop.ctx, shop.settings, plan)
    out = service.print_pdf([req("小美😀")], tmp_path / "emoji.pdf", service.options(), shop_name="店")
    assert out.warnings == []
    assert "小美😀" in page_texts(tmp_path / "emoji.pdf")[0]
    assert any(f["name"].endswith("DejaVuSans") for f in pdf_fonts(tmp_path / "emoji.pdf"))


def plain_pdfs(folder) -> list[bytes]:
    """Small PDFs made with reportlab's own settings, compressed and not."""
    made = []
    for compression in (0, 1):
        c = Canvas(str(folder / f"plain{compression}.pdf"), pagesize=(200, 200), pageCompression=compression,
                   invariant=1)
        c.drawString(10, 10, "plain")
        c.save()
        made.append((folder / f"plain{compression}.pdf").read_bytes())
    return made


def test_pages_are_deflated_by_a_filter_of_the_document_leaving_reportlabs_settings_to_other_pdfs(service, tmp_path):
    """The certificates' pages and forms are deflated quickly by a filter set on their document alone: a PDF
    reportlab makes afterwards for anything else is made as before, and the pages read back."""
    before, settings = plain_pdfs(tmp_path), (rl_config.useA85, rl_config.pageCompression)
    service.print_pdf([req("小美"), req("阿花")], tmp_path / "c.pdf", options(), shop_name="小橙子旗舰店")
    assert plain_pdfs(tmp_path) == before
    assert (rl_config.useA85, rl_config.pageCompression) == settings
    for page in PdfReader(tmp_path / "c.pdf").pages:
        contents = page["/Contents"].get_object()
        assert contents["/Filter"] == ["/FlateDecode"]
        assert b"/FormXob.hhClassicBorder Do" in contents.get_data()
    assert [name for page in page_texts(tmp_path / "c.pdf") for name in ("小美", "阿花") if name in page] == \
        ["阿花", "小美"]


def test_the_pdf_declares_the_version_of_the_seals_blend_mode(service, tmp_path):
    """A seal is stamped with the Multiply blend mode, a PDF 1.4 feature, which reportlab does not declare itself."""
    pdf = tmp_path / "v.pdf"
    service.print_pdf([req("小美")], pdf, service.options(), shop_name="店")
    assert pdf.read_bytes().startswith(b"%PDF-1.4")
