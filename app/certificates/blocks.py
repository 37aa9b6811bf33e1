"""Pieces every template draws: the number block (QR + number + checksum), the signing block (shop,
date, the seal or the emblem, a signature), and the reusable forms (drawn once per PDF, referenced by
every page)."""

from __future__ import annotations

from dataclasses import dataclass

from app.certificates import ornaments
from app.certificates.glyphs import Fonts
from app.certificates.layout import Box, Fitted, draw, fit_citation, fit_line
from app.certificates.model import Images, Sheet
from app.certificates.titles import fit_shop_name

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
        self._layouts: dict[tuple, dict[str, Box]] = {}

    def layout(self, key: tuple, make) -> dict[str, Box]:
        """Boxes that are the same on every page with this key (the signing block's), worked out once."""
        found = self._layouts.get(key)
        if found is None:
            found = self._layouts[key] = make()
        return dict(found)

    def draw(self, key: tuple, paint) -> None:
        name = self.names.get(key)
        if name is None:
            name = self.names[key] = f"{self.prefix}{len(self.names) + 1}"
            self.c.beginForm(name)
            paint()
            self.c.endForm()
        self.c.doForm(name)


def place_form(c, name: str, size: tuple[float, float], box: Box, align: str = "center") -> Box:
    """A form made from an image, as large as fits in `box`, centred (or against the box's right side)."""
    w, h = size
    scale = min(box.w / w, box.h / h)
    x = box.x + box.w - w * scale if align == "right" else box.cx - w * scale / 2
    y = box.y + (box.h - h * scale) / 2
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


def qr_side(sheet: Sheet, qr_size: float) -> float:
    """The QR code's side in the number block: as asked, never smaller than a phone reads; 0 without a code."""
    return max(qr_size, ornaments.qr_min_side(sheet.qr_payload)) if sheet.qr_payload else 0.0


def number_block(c, fonts: Fonts, sheet: Sheet, box: Box, qr_size: float, text_size: float) -> dict[str, Box]:
    """The QR code at the left of the box, the number and checksum beside it (bottom-aligned); returns the
    boxes of the "qr" code and the "number" lines."""
    placed: dict[str, Box] = {}
    text_x = box.x
    side = qr_side(sheet, qr_size)
    if side:
        placed["qr"] = Box(box.x, box.y, side, side)
        ornaments.qr(c, sheet.qr_payload, box.x, box.y, side)
        text_x = box.x + side + text_size * 0.6
    ornaments.fill(c, ornaments.colour(ornaments.GREY))
    lines = [f"证书编号：{sheet.number}"] + ([f"校验码：{sheet.checksum}"] if sheet.checksum else [])
    line_box_h = text_size * 1.5
    rows = [Box(text_x, box.y + (len(lines) - 1 - i) * line_box_h, box.x + box.w - text_x, line_box_h)
            for i in range(len(lines))]  # the number over the checksum, bottom-aligned
    fits = [fit_line(fonts.body, line, row, text_size) for line, row in zip(lines, rows, strict=True)]
    placed["number"] = Box(text_x, box.y, box.x + box.w - text_x, len(lines) * line_box_h)
    if len({fitted.size for fitted in fits}) == 1:  # nearly always: both lines in one text object
        size = fits[0].size
        both = Fitted(tuple(lines), size, line_box_h / size, tuple(f.widths[0] for f in fits))
        draw(c, fonts.body, both, placed["number"], align="left", valign="top")
    else:  # a line shrunk to fit its row
        for fitted, row in zip(fits, rows, strict=True):
            draw(c, fonts.body, fitted, row, align="left")
    return placed


def emblem_extent(radius: float) -> tuple[float, float]:
    """(width, height) the emblem needs at this radius, ribbons included."""
    scale = radius / 50
    return EMBLEM_BOX.w * scale, EMBLEM_BOX.h * scale


def sign_layout(box: Box, forms: Forms, size: float, seal_radius: float,
                free_from: float | None = None) -> dict[str, Box]:
    """Where the signing block's parts go: "text" (the room of the shop name over the date, drawn in its
    "lines"), the uploaded "seal" over the date (and the shop name above it, as a shop stamps it) or else the
    "emblem" at the right of the block, whole inside it, and a "signature" above the shop name — beside the
    seal, not under it, when there is one: then it may reach left of the block as far as `free_from` (the
    page is free there above the shop name's height), since a portrait page leaves too little room beside
    the seal."""
    line_h = size * 1.6
    parts: dict[str, Box] = {}
    text = box
    if not forms.seal:
        radius = min(seal_radius, box.h / (EMBLEM_BOX.h / 50))
        w, h = emblem_extent(radius)
        parts["emblem"] = Box(box.x + box.w - w, box.y, w, h)
        text = Box(box.x, box.y, box.w - w - size * 0.5, box.h)
    parts["text"] = text
    shop_top = text.y + 2 * line_h
    parts["lines"] = Box(text.x, text.y, text.w, shop_top - text.y)  # the shop name and the date
    if forms.seal:
        d = min(seal_radius * 2, box.h)
        parts["seal"] = Box(text.cx - d / 2, max(box.y, text.y + line_h / 2 - d / 2), d, d)
    if forms.signature:
        band_h = min(box.top - shop_top, size * 3.2)
        seal = parts.get("seal")
        if seal is None:
            sig = Box(text.x + text.w * 0.2, shop_top, text.w * 0.6, band_h)
        else:  # the seal reaches up past the shop name: the signature goes to its left
            right = seal.x - size * 0.4
            left = max(text.x if free_from is None else free_from, right - text.w * 0.6)
            sig = Box(left, shop_top, right - left, band_h)
        if sig.w > 0 and sig.h > 0:
            parts["signature"] = sig
    return parts


def sign_block(c, fonts: Fonts, sheet: Sheet, box: Box, forms: Forms, size: float, seal_radius: float,
               free_from: float | None = None) -> None:
    """The signing block as `sign_layout` places it, but for the seal: `stamp` puts that on the page."""
    parts = sign_layout(box, forms, size, seal_radius, free_from)
    text = parts["text"]
    line_h = size * 1.6
    if "emblem" in parts:
        emblem = parts["emblem"]
        radius = emblem.w / EMBLEM_BOX.w * 50
        place_emblem(c, emblem.cx, emblem.y - EMBLEM_BOX.y * radius / 50, radius)
    shop_box = Box(text.x, text.y + line_h, text.w, line_h)
    date_box = Box(text.x, text.y, text.w, line_h)
    if "signature" in parts:
        place_form(c, SIGNATURE, forms.signature, parts["signature"], "right" if "seal" in parts else "center")
    ornaments.fill(c, ornaments.colour(ornaments.INK))
    draw(c, fonts.body, fit_shop_name(fonts.body, sheet.shop_name, shop_box, size, 1.2), shop_box, valign="bottom")
    draw(c, fonts.body, fit_line(fonts.body, sheet.date_text, date_box, size * 0.9), date_box)


def stamp(c, forms: Forms, box: Box) -> None:
    """The seal, multiplied as stamped ink is over print: the shop name and the date stay black under its red.
    Drawn on the page itself, not in a reused form: reportlab leaves a form's blend mode out of its resources."""
    c.saveState()
    c.setBlendMode("Multiply")
    place_form(c, SEAL, forms.seal, box)
    c.restoreState()


def fit_citation_block(fonts: Fonts, sheet: Sheet, box: Box, size: float, max_lines: int) -> Fitted:
    """The citation of a whole-page certificate in even lines (shortened when it would print too small)."""
    return fit_citation(fonts.body, sheet.citation, box, size, max_lines, leading=1.55, balance=True)


def citation_block(c, fonts: Fonts, fitted: Fitted, box: Box) -> None:
    ornaments.fill(c, ornaments.colour(ornaments.INK))
    draw(c, fonts.body, fitted, box, align="block")


def foot_block(c, fonts: Fonts, sheet: Sheet, bottom: Box, forms: Forms, reused: Reused, s: float, *,
               sign_w: float, sign_size: float, seal_radius: float) -> dict[str, Box]:
    """The foot of a whole-page certificate: the signing block (shop name, date, seal, signature) on the right,
    the QR code and the number on the left; the boxes drawn."""
    qr_size = 58 * s
    sign = Box(bottom.x + bottom.w - sign_w, bottom.y, sign_w, bottom.h)
    # right of the QR code (as large as a numbered page's, so a preview has the print's layout), above the number
    free_from = bottom.x + max(qr_size, ornaments.qr_min_side(sheet.qr_payload)) + 12 * s
    boxes = reused.layout(("sign", sign, sign_size, seal_radius, free_from),
                          lambda: {f"sign.{part}": placed for part, placed in
                                   sign_layout(sign, forms, sign_size, seal_radius, free_from).items()})
    reused.draw(("sign", sheet.shop_name, sheet.date_text, sign, free_from),
                lambda: sign_block(c, fonts, sheet, sign, forms, sign_size, seal_radius, free_from))
    if "sign.seal" in boxes:
        stamp(c, forms, boxes["sign.seal"])
    boxes.update(number_block(c, fonts, sheet, Box(bottom.x, bottom.y, bottom.w - sign_w - 12 * s, bottom.h),
                              qr_size, 8.5 * s))
    return boxes
