"""How a printed certificate looks, read from the drawing model (the boxes each template gives its parts):
a QR code a phone can read once printed, a signature beside the seal rather than under it, an award title
wrapped into even lines."""

from io import BytesIO

import pytest
from reportlab.pdfgen.canvas import Canvas

from app.certificates import blocks, numbering
from app.certificates.glyphs import Fonts
from app.certificates.model import PAGES, Images, Options, Sheet
from app.certificates.ornaments import qr_matrix
from app.certificates.render import make_template, page_size

from .conftest import BUNDLED

MM = 72 / 25.4
LAYOUTS = [*[("classic", p, 4) for p in PAGES], *[("modern", p, 4) for p in PAGES], ("card", "a4-landscape", 4),
           ("card", "a4-landscape", 8), ("card", "a4-portrait", 12)]


@pytest.fixture(scope="module")
def fonts():
    return Fonts(BUNDLED)


def png(width: int, height: int) -> bytes:
    from PIL import Image

    out = BytesIO()
    Image.new("RGBA", (width, height), (200, 16, 46, 200)).save(out, format="PNG")
    return out.getvalue()


def sheet(**kw) -> Sheet:
    number = "HH-2026-10-0001"
    values = {"recipient": "欧阳娜娜", "award": "最佳服务奖", "period_label": "2026年10月",
              "citation": "欧阳娜娜：在2026年10月的工作中表现突出，荣获「最佳服务奖」，特发此证，以资鼓励。",
              "value_line": "奖励：¥1,500.00", "shop_name": "小橙子旗舰店", "date_text": "二〇二六年十一月一日",
              "number": number, "checksum": "ABCDEF", "qr_payload": numbering.qr_payload(number, "ABCDEF")}
    return Sheet(**{**values, **kw})


def drawn(fonts, template: str, page: str, cards: int, the_sheet: Sheet, images: Images | None = None) -> dict:
    """The boxes the template gave the parts of one certificate, drawn on a real canvas."""
    chosen = Options(template=template, page=page, cards_per_sheet=cards)
    width, height = page_size(chosen)
    c = Canvas(BytesIO(), pagesize=(width, height))
    made = make_template(c, fonts, blocks.make_forms(c, fonts, images or Images()), chosen, width, height)
    made.static()
    return made.draw_page([the_sheet])[0] if template == "card" else made.draw(the_sheet)


@pytest.mark.parametrize(("template", "page", "cards"), LAYOUTS)
def test_the_qr_code_prints_modules_a_phone_can_read(fonts, template, page, cards):
    one = sheet()
    square = drawn(fonts, template, page, cards, one)["qr"]
    modules = len(qr_matrix(one.qr_payload)) + 4  # the code and its quiet zone of 2 modules each side
    assert square.w / modules >= 0.4 * MM, (square.w / modules / MM, "mm")  # was 0.35 mm with 8 cards to a sheet


def overlap(a, b) -> bool:
    return a.x < b.x + b.w and b.x < a.x + a.w and a.y < b.top and b.y < a.top


@pytest.mark.parametrize(("template", "page", "cards"), [layout for layout in LAYOUTS if layout[0] != "card"])
def test_a_signature_is_placed_beside_the_seal_not_under_it(fonts, template, page, cards):
    images = Images(seal=png(400, 400), signature=png(600, 200))
    boxes = drawn(fonts, template, page, cards, sheet(), images)
    seal, signature, text = boxes["sign.seal"], boxes["sign.signature"], boxes["sign.text"]
    assert not overlap(seal, signature), (seal, signature)  # the seal covered the signature's lower half
    assert signature.w >= 20 * MM and signature.h >= 8 * MM  # still large enough to be a signature
    assert text.contains(seal) and boxes["bottom"].contains(signature)
    assert not overlap(signature, boxes["sign.lines"])  # the shop name and the date
    assert not overlap(signature, boxes["qr"]) and not overlap(signature, boxes["number"])
    assert "sign.emblem" not in boxes


@pytest.mark.parametrize(("template", "page", "cards"), [layout for layout in LAYOUTS if layout[0] != "card"])
def test_without_a_seal_the_emblem_stands_beside_the_text_and_a_signature_above_it(fonts, template, page, cards):
    boxes = drawn(fonts, template, page, cards, sheet(), Images(signature=png(600, 200)))
    emblem, signature, text = boxes["sign.emblem"], boxes["sign.signature"], boxes["sign.text"]
    assert not overlap(emblem, text) and not overlap(emblem, signature)
    assert "sign.seal" not in boxes


FORTY = "年度最具影响力优秀客户服务团队成员特别贡献与创新进步综合大奖评选金牌服务标兵称号"


@pytest.mark.parametrize(("template", "page", "cards"), LAYOUTS)
def test_a_forty_character_award_title_wraps_into_even_lines(service, tmp_path, template, page, cards):
    import pdfplumber

    from app.certificates.model import CertificateRequest

    from .conftest import OCT

    assert len(FORTY) == 40
    pdf = tmp_path / "a.pdf"
    service.print_pdf([CertificateRequest("小美", FORTY, OCT)], pdf,
                      service.options(template=template, page=page, cards_per_sheet=cards, citation="{姓名}：表现突出。"),
                      shop_name="小橙子旗舰店")
    with pdfplumber.open(pdf) as doc:
        chars = doc.pages[0].chars
    rows: dict[int, str] = {}
    for char in sorted(chars, key=lambda ch: (round(ch["top"]), ch["x0"])):
        rows[round(char["top"])] = rows.get(round(char["top"]), "") + char["text"]
    title = [row for row in rows.values() if len(row) > 2 and row.strip("「」") in FORTY]
    assert "".join(title).strip("「」") == FORTY, rows
    lengths = [len(row.strip("「」")) for row in title]
    assert len(lengths) == 2 and min(lengths) >= 0.6 * max(lengths), title  # was 38 + 「服务」


LONG_SHOP = "小橙子旗舰店（天猫官方旗舰店）杭州客服中心"


@pytest.mark.parametrize("seal", [False, True])
@pytest.mark.parametrize(("template", "page"), [("classic", "a4-portrait"), ("modern", "a4-portrait"),
                                                ("classic", "a5-portrait"), ("modern", "a5-landscape")])
def test_a_long_shop_name_wraps_into_even_lines(service, tmp_path, template, page, seal):
    import pdfplumber

    from app.certificates.model import CertificateRequest

    from .conftest import OCT

    if seal:
        (tmp_path / "seal.png").write_bytes(png(400, 400))
        service.set_image("seal", tmp_path / "seal.png")
    pdf = tmp_path / "s.pdf"
    service.print_pdf([CertificateRequest("小美", "销冠", OCT)], pdf,
                      service.options(template=template, page=page, citation="{姓名}：表现突出。"), shop_name=LONG_SHOP)
    with pdfplumber.open(pdf) as doc:
        chars = doc.pages[0].chars
    rows: dict[int, str] = {}
    for char in sorted(chars, key=lambda ch: (round(ch["top"]), ch["x0"])):
        rows[round(char["top"])] = rows.get(round(char["top"]), "") + char["text"]
    shop = [row for row in rows.values() if row in LONG_SHOP]
    assert "".join(shop) == LONG_SHOP, rows
    lengths = [len(row) for row in shop]
    assert min(lengths) >= 0.6 * max(lengths), shop  # was 「…杭州客服」 over 「中心」


def text_runs(pdf) -> list[tuple[str, float, int, str]]:
    """(font's base name, size, text render mode, text) of every string shown directly on the first page."""
    from pypdf import PdfReader
    from pypdf.generic import ContentStream

    page = PdfReader(pdf).pages[0]
    fonts = {name: str(ref.get_object()["/BaseFont"]) for name, ref in page["/Resources"]["/Font"].items()}
    runs, font, size, mode = [], "", 0.0, 0
    for operands, operator in ContentStream(page.get_contents(), page.pdf).operations:
        if operator == b"Tf":
            font, size = fonts.get(operands[0], str(operands[0])), float(operands[1])
        elif operator == b"Tr":
            mode = int(operands[0])
        elif operator == b"BT":
            mode = 0
        elif operator == b"Tj":
            runs.append((font, size, mode, str(operands[0])))
    return runs


def test_a_rare_character_in_a_bold_name_is_drawn_bold_too(service, tmp_path):
    from app.certificates.model import CertificateRequest

    from .conftest import OCT

    pdf = tmp_path / "b.pdf"
    service.print_pdf([CertificateRequest("𠮷野家", "服务之星", OCT)], pdf, service.options(template="modern"),
                      shop_name="小橙子旗舰店")
    fallback = [(size, mode) for font, size, mode, _text in text_runs(pdf) if "LXGWWenKai" in font]
    name_size = max(size for size, _mode in fallback)
    # the bold name's 𠮷 (from the regular brush face) is outlined; the citation's, in a regular line, is not
    assert [mode for size, mode in fallback if size == name_size] == [2], fallback
    assert all(mode == 0 for size, mode in fallback if size < name_size), fallback


@pytest.mark.parametrize("template", ["classic", "modern", "card"])
def test_the_seal_is_stamped_so_the_date_and_shop_name_stay_readable_under_it(service, tmp_path, template):
    from pypdf import PdfReader
    from pypdf.generic import ContentStream

    from app.certificates.model import CertificateRequest

    from .conftest import OCT

    (tmp_path / "seal.png").write_bytes(png(400, 400))
    service.set_image("seal", tmp_path / "seal.png")
    pdf = tmp_path / "s.pdf"
    service.print_pdf([CertificateRequest("小美", "销冠", OCT)], pdf, service.options(template=template),
                      shop_name="小橙子旗舰店")
    page = PdfReader(pdf).pages[0]
    states = {name: str(state.get_object().get("/BM")) for name, state in
              (page["/Resources"].get("/ExtGState") or {}).items()}
    blend, seen = "/Normal", []
    for operands, operator in ContentStream(page.get_contents(), page.pdf).operations:
        if operator == b"gs":
            blend = states[operands[0]]  # a state the page does not list would not be applied by a viewer
        elif operator == b"Do" and "Seal" in operands[0]:
            seen.append(blend)
    assert seen == ["/Multiply"]  # drawn over them opaque, the seal hid the middle of the date
