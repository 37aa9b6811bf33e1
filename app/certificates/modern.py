"""荣誉证书: a clean page with a colour band down the left (the shop's logo at its top when set)."""

from __future__ import annotations

from app.certificates import blocks, ornaments
from app.certificates.glyphs import Fonts
from app.certificates.layout import Box, Fitted, draw, fit_line
from app.certificates.model import Sheet
from app.certificates.titles import fit_title

STATIC = "hhModernFrame"
BAND = "#A4161A"
BAND_LIGHT = "#BA2B2F"


class Modern:
    def __init__(self, c, fonts: Fonts, forms: blocks.Forms, width: float, height: float):
        self.c, self.fonts, self.forms = c, fonts, forms
        self.width, self.height = width, height
        self.s = min(width, height) / 595.0
        margin = max(30.0 * self.s, 28.0)
        self.frame = Box(margin, margin, width - 2 * margin, height - 2 * margin)
        self.band = Box(self.frame.x, self.frame.y, min(self.frame.w * 0.16, 130 * self.s), self.frame.h)
        left = self.band.x + self.band.w
        self.content = Box(left + 36 * self.s, self.frame.y + 22 * self.s,
                           self.frame.x + self.frame.w - left - 60 * self.s, self.frame.h - 44 * self.s)
        self.reused = blocks.Reused(c, "hhModernPart")
        self._boxes: dict[bool, dict[str, Box]] = {}  # the parts' rooms, with a value line and without

    def static(self) -> None:
        c, s, band, frame = self.c, self.s, self.band, self.frame
        c.beginForm(STATIC)
        ornaments.stroke(c, ornaments.colour("#D9C48A"))
        c.setLineWidth(0.8 * s)
        c.rect(frame.x, frame.y, frame.w, frame.h, stroke=1, fill=0)
        inner = frame.inset(6 * s)
        ornaments.stroke(c, ornaments.colour(ornaments.GOLD))
        c.setLineWidth(0.4 * s)
        c.rect(inner.x, inner.y, inner.w, inner.h, stroke=1, fill=0)
        ornaments.fill(c, ornaments.colour(BAND))
        c.rect(band.x, band.y, band.w, band.h, stroke=0, fill=1)
        c.saveState()  # pale diagonal stripes, clipped to the band
        clip = c.beginPath()
        clip.rect(band.x, band.y, band.w, band.h)
        c.clipPath(clip, stroke=0, fill=0)
        ornaments.stroke(c, ornaments.colour(BAND_LIGHT))
        c.setLineWidth(5 * s)
        step = 18 * s
        x = band.x - band.h
        while x < band.x + band.w:
            c.line(x, band.y, x + band.h, band.y + band.h)
            x += step
        c.restoreState()
        ornaments.stroke(c, ornaments.colour(ornaments.GOLD))
        c.setLineWidth(2.2 * s)
        edge = band.x + band.w + 4 * s
        c.line(edge, band.y, edge, band.y + band.h)
        c.endForm()

    def boxes(self, sheet: Sheet) -> dict[str, Box]:
        """The room of each part: "title", "subtitle", "label", "name", "award", "citation", "value" (with a
        value) and "bottom"."""
        with_value = bool(sheet.value_line)
        if with_value not in self._boxes:
            self._boxes[with_value] = self._layout(with_value)
        return dict(self._boxes[with_value])

    def _layout(self, with_value: bool) -> dict[str, Box]:
        s, area = self.s, self.content
        portrait = self.height > self.width
        bottom_h = 92 * s
        heights = {"title": 56 * s, "subtitle": 18 * s, "label": 22 * s, "name": 58 * s, "award": 44 * s,
                   "citation": (96 if portrait else 58) * s, "value": 24 * s if with_value else 0.0}
        spare = area.h - bottom_h - sum(heights.values())
        gap = max(spare / (len(heights) + 1), 0.0)
        y = area.top - gap * 0.5
        boxes: dict[str, Box] = {}
        for key, h in heights.items():
            if h:
                boxes[key] = Box(area.x, y - h, area.w, h)
                y -= h + (gap * 0.3 if key in ("title", "label") else gap)
        boxes["bottom"] = Box(area.x, area.y, area.w, bottom_h)
        return boxes

    def citation_fit(self, sheet: Sheet) -> Fitted:
        return self._citation(sheet, self.boxes(sheet))

    def _citation(self, sheet: Sheet, boxes: dict[str, Box]) -> Fitted:
        portrait = self.height > self.width
        box = boxes["citation"].inset(self.content.w * 0.03, 0)
        return blocks.fit_citation_block(self.fonts, sheet, box, 15 * self.s, 3 if portrait else 2)

    def draw(self, sheet: Sheet) -> dict[str, Box]:
        c, f, s, area = self.c, self.fonts, self.s, self.content
        c.doForm(STATIC)
        if self.forms.logo:
            side = self.band.w * 0.7
            tile = Box(self.band.cx - side / 2, self.band.top - side - self.band.w * 0.15, side, side)
            ornaments.fill(c, ornaments.colour("#FFFFFF"))
            c.roundRect(tile.x, tile.y, tile.w, tile.h, 6 * s, stroke=0, fill=1)
            blocks.place_form(c, blocks.LOGO, self.forms.logo, tile.inset(5 * s))
        boxes = self.boxes(sheet)

        label = "特授予" if sheet.is_group else "授予"

        def paint_heading() -> None:
            ornaments.fill(c, ornaments.colour(ornaments.INK))
            draw(c, f.bold, fit_line(f.bold, "荣誉证书", boxes["title"], 44 * s, char_space=22 * s), boxes["title"])
            ornaments.fill(c, ornaments.colour(ornaments.GOLD))
            draw(c, f.body, fit_line(f.body, "CERTIFICATE OF HONOR", boxes["subtitle"], 10 * s, char_space=4 * s),
                 boxes["subtitle"])
            ornaments.fill(c, ornaments.colour(ornaments.GREY))
            draw(c, f.body, fit_line(f.body, label, boxes["label"], 13 * s), boxes["label"])

        self.reused.draw(("heading", label, boxes["title"], boxes["subtitle"], boxes["label"]), paint_heading)
        name_box = boxes["name"].inset(area.w * 0.06, 0)
        ornaments.fill(c, ornaments.colour(ornaments.INK))
        drawn = draw(c, f.bold, fit_line(f.bold, sheet.recipient, name_box, 40 * s), name_box)
        ornaments.stroke(c, ornaments.colour(BAND))
        c.setLineWidth(1.6 * s)
        half = min(max(drawn[0].w / 2 + 16 * s, 60 * s), name_box.w / 2)
        c.line(name_box.cx - half, boxes["name"].y + 1 * s, name_box.cx + half, boxes["name"].y + 1 * s)
        award, award_title = boxes["award"], sheet.award_title()

        def paint_award() -> None:
            ornaments.fill(c, ornaments.colour(BAND))
            draw(c, f.bold, fit_title(f.bold, award_title, award, 26 * s, leading=1.25), award)

        self.reused.draw(("award", award_title, award), paint_award)  # a batch gives each award to several people
        blocks.citation_block(c, f, self._citation(sheet, boxes), boxes["citation"].inset(area.w * 0.03, 0))
        if sheet.value_line:
            ornaments.fill(c, ornaments.colour(BAND))
            draw(c, f.body, fit_line(f.body, sheet.value_line, boxes["value"], 14 * s), boxes["value"])
        bottom = boxes["bottom"]
        boxes.update(blocks.foot_block(c, f, sheet, bottom, self.forms, self.reused, s,
                                       sign_w=min(240 * s, bottom.w * 0.5), sign_size=15 * s,
                                       seal_radius=42 * s))
        return boxes
