"""Pieces every template draws: the number block (QR + number + checksum), the signing block (shop,
date, the seal or the emblem, a signature), and the reusable forms (drawn once per PDF, referenced by
every page)."""

from __future__ import annotations

from dataclasses import dataclass

from app.certificates import ornaments
from app.certificates.glyphs import Fonts
from app.certificates.layout import Box, draw, fit_line, fit_lines
from app.certificates.model import Images, Sheet

EMBLEM = "hhEmblem"
SEAL = "hhSeal"
SIGNATURE = "hhSignature"
LOGO = "hhLogo"
DRAFT = "hhDraft"
EMBLEM_BOX = Box(-52, -94, 104, 146)  # the emblem drawing's extent around its centre


@dataclass
class Forms:
    """Names of the forms made for this PDF, and the size of each image."""

    seal: tuple[float, float] | None = None
    signature: tuple[float, float] | None = None
    logo: tuple[float, float] | None = None


def make_forms(c, fonts: Fonts, images: Images) -> Forms:
    """The emblem and each image once, as form XObjects in unit boxes: every page reuses them."""
    forms = Forms()
    c.beginForm(EMBLEM, EMBLEM_BOX.x, EMBLEM_BOX.y, EMBLEM_BOX.x + EMBLEM_BOX.w, EMBLEM_BOX.top)
    ornaments.emblem(c, fonts.title)
    c.endForm()
    for attr, name, data in (("seal", SEAL, images.seal), ("signature", SIGNATURE, images.signature),
                             ("logo", LOGO, images.logo)):
        if not data:
            continue
        reader = ornaments.image_reader(data)
        w, h = reader.getSize()
        c.beginForm(name, 0, 0, w, h)
        c.drawImage(reader, 0, 0, w, h, mask="auto")
        c.endForm()
        setattr(forms, attr, (float(w), float(h)))
    return forms


class Reused:
    """Parts of a page that repeat on many pages (the title, the signing block with the shop name and the
    date) drawn once as a form XObject the first time they are needed, then referenced: the PDF is
    smaller and the pages are quicker to write. A part is keyed by everything that decides its look."""

    def __init__(self, c, prefix: str):
        self.c, self.prefix = c, prefix
        self.names: dict[tuple, str] = {}

    def draw(self, key: tuple, paint) -> None:
        name = self.names.get(key)
        if name is None:
            name = self.names[key] = f"{self.prefix}{len(self.names) + 1}"
            self.c.beginForm(name)
            paint()
            self.c.endForm()
        self.c.doForm(name)


def place_form(c, name: str, size: tuple[float, float], box: Box) -> Box:
    """A form made from an image, as large as fits in `box`, centred."""
    w, h = size
    scale = min(box.w / w, box.h / h)
    x, y = box.cx - w * scale / 2, box.y + (box.h - h * scale) / 2
    c.saveState()
    c.translate(x, y)
    c.scale(scale, scale)
    c.doForm(name)
    c.restoreState()
    return Box(x, y, w * scale, h * scale)


def place_emblem(c, centre_x: float, centre_y: float, radius: float) -> Box:
    scale = radius / 50
    c.saveState()
    c.translate(centre_x, centre_y)
    c.scale(scale, scale)
    c.doForm(EMBLEM)
    c.restoreState()
    return Box(centre_x + EMBLEM_BOX.x * scale, centre_y + EMBLEM_BOX.y * scale, EMBLEM_BOX.w * scale,
               EMBLEM_BOX.h * scale)


def number_block(c, fonts: Fonts, sheet: Sheet, box: Box, qr_size: float, text_size: float) -> Box | None:
    """The QR code at the left of the box (never smaller than a phone reads), the number and checksum beside
    it (bottom-aligned); returns the code's square."""
    c.setFillColor(ornaments.colour(ornaments.GREY))
    text_x = box.x
    square = None
    if sheet.qr_payload:
        qr_size = max(qr_size, ornaments.qr_min_side(sheet.qr_payload))
        square = Box(box.x, box.y, qr_size, qr_size)
        ornaments.qr(c, sheet.qr_payload, box.x, box.y, qr_size)
        text_x = box.x + qr_size + text_size * 0.6
    c.setFillColor(ornaments.colour(ornaments.GREY))
    lines = [f"证书编号：{sheet.number}"] + ([f"校验码：{sheet.checksum}"] if sheet.checksum else [])
    line_box_h = text_size * 1.5
    for i, line in enumerate(reversed(lines)):
        row = Box(text_x, box.y + i * line_box_h, box.x + box.w - text_x, line_box_h)
        draw(c, fonts.body, fit_line(fonts.body, line, row, text_size), row, align="left")
    return square


def emblem_extent(radius: float) -> tuple[float, float]:
    """(width, height) the emblem needs at this radius, ribbons included."""
    scale = radius / 50
    return EMBLEM_BOX.w * scale, EMBLEM_BOX.h * scale


def sign_block(c, fonts: Fonts, sheet: Sheet, box: Box, forms: Forms, size: float, seal_radius: float) -> Box:
    """Shop name over the date; the uploaded seal over the date, or else the emblem at the right of the
    block, whole inside it; a signature image above the shop name when there is one. Returns the text box."""
    line_h = size * 1.6
    text = box
    if not forms.seal:
        radius = min(seal_radius, box.h / (EMBLEM_BOX.h / 50))
        w, _h = emblem_extent(radius)
        place_emblem(c, box.x + box.w - w / 2, box.y - EMBLEM_BOX.y * radius / 50, radius)
        text = Box(box.x, box.y, box.w - w - size * 0.5, box.h)
    shop_box = Box(text.x, text.y + line_h, text.w, line_h)
    date_box = Box(text.x, text.y, text.w, line_h)
    if forms.signature:
        sig = Box(text.x + text.w * 0.2, shop_box.top, text.w * 0.6, min(box.top - shop_box.top, size * 3.2))
        if sig.h > 0:
            place_form(c, SIGNATURE, forms.signature, sig)
    c.setFillColor(ornaments.colour(ornaments.INK))
    draw(c, fonts.body, fit_lines(fonts.body, sheet.shop_name, shop_box, size, 2, leading=1.2), shop_box,
         valign="bottom")
    draw(c, fonts.body, fit_line(fonts.body, sheet.date_text, date_box, size * 0.9), date_box)
    if forms.seal:
        d = min(seal_radius * 2, box.h)
        place_form(c, SEAL, forms.seal, Box(text.cx - d / 2, max(box.y, date_box.cy - d / 2), d, d))
    return text


def citation_block(c, fonts: Fonts, sheet: Sheet, box: Box, size: float, max_lines: int) -> None:
    c.setFillColor(ornaments.colour(ornaments.INK))
    fitted = fit_lines(fonts.body, sheet.citation, box, size, max_lines, leading=1.55, balance=True,
                       grow_lines=True)
    draw(c, fonts.body, fitted, box, align="block")
