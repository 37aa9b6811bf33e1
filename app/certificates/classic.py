"""奖状: a red and gold 回纹 border, the large title in a brush face, the name, the award, the citation."""

from __future__ import annotations

from app.certificates import blocks, ornaments
from app.certificates.glyphs import Fonts
from app.certificates.layout import Box, Fitted, draw, fit_line
from app.certificates.model import Sheet
from app.certificates.titles import fit_title

BORDER = "hhClassicBorder"


class Classic:
    title_text = "奖状"

    def __init__(self, c, fonts: Fonts, forms: blocks.Forms, width: float, height: float):
        self.c, self.fonts, self.forms = c, fonts, forms
        self.width, self.height = width, height
        self.s = min(width, height) / 595.0
        margin = max(34.0 * self.s, 28.0)  # ≥ 10 mm from the paper's edge: printers cannot print there
        self.border = Box(margin, margin, width - 2 * margin, height - 2 * margin)
        band = 30 * self.s
        self.frame = self.border.inset(band)  # the inner red rule: nothing is drawn past it
        self.content = self.frame.inset(26 * self.s, 18 * self.s)
        self.reused = blocks.Reused(c, "hhClassicPart")
        self._boxes: dict[bool, dict[str, Box]] = {}  # the parts' rooms, with a value line and without

    def static(self) -> None:
        c = self.c
        c.beginForm(BORDER)
        ornaments.fret_band(c, self.border, 30 * self.s, self.s)
        c.endForm()

    def boxes(self, sheet: Sheet) -> dict[str, Box]:
        """The room of each part: "title", "name", "award", "citation", "value" (with a value) and "bottom"."""
        with_value = bool(sheet.value_line)
        if with_value not in self._boxes:
            self._boxes[with_value] = self._layout(with_value)
        return dict(self._boxes[with_value])

    def _layout(self, with_value: bool) -> dict[str, Box]:
        s, area = self.s, self.content
        portrait = self.height > self.width
        bottom_h = 92 * s
        heights = {"title": 78 * s, "name": 60 * s, "award": 46 * s,
                   "citation": (96 if portrait else 58) * s, "value": 24 * s if with_value else 0.0}
        spare = area.h - bottom_h - sum(heights.values())
        gap = max(spare / (len(heights) + 1), 0.0)
        y = area.top - gap * 0.6
        boxes: dict[str, Box] = {}
        for key, h in heights.items():
            if h:
                boxes[key] = Box(area.x, y - h, area.w, h)
                y -= h + gap
        boxes["bottom"] = Box(area.x, area.y, area.w, bottom_h)
        return boxes

    def citation_fit(self, sheet: Sheet) -> Fitted:
        return self._citation(sheet, self.boxes(sheet))

    def _citation(self, sheet: Sheet, boxes: dict[str, Box]) -> Fitted:
        portrait = self.height > self.width
        box = boxes["citation"].inset(self.content.w * 0.04, 0)
        return blocks.fit_citation_block(self.fonts, sheet, box, 17 * self.s, 3 if portrait else 2)

    def draw(self, sheet: Sheet) -> dict[str, Box]:
        """One certificate on the current page; returns the boxes each text was given (for checks)."""
        c, f, s, area = self.c, self.fonts, self.s, self.content
        c.doForm(BORDER)
        boxes = self.boxes(sheet)
        title = boxes["title"]

        def paint_title() -> None:
            ornaments.fill(c, ornaments.colour(ornaments.RED))
            draw(c, f.title, fit_line(f.title, self.title_text, title, 64 * s, char_space=40 * s), title, bold=0.025)

        self.reused.draw(("title", title), paint_title)

        name_box = boxes["name"].inset(area.w * 0.1, 0)
        ornaments.fill(c, ornaments.colour(ornaments.INK))
        fitted = fit_line(f.name, sheet.recipient, name_box, 42 * s)
        drawn = draw(c, f.name, fitted, name_box, bold=0.02)
        ornaments.stroke(c, ornaments.colour(ornaments.GOLD))
        c.setLineWidth(0.9 * s)
        under = max(drawn[0].w, name_box.w * 0.45) / 2 + 10 * s
        c.line(name_box.cx - min(under, name_box.w / 2), boxes["name"].y + 2 * s,
               name_box.cx + min(under, name_box.w / 2), boxes["name"].y + 2 * s)

        award = boxes["award"]
        award_title = sheet.award_title(quoted=True)

        def paint_award() -> None:
            ornaments.fill(c, ornaments.colour(ornaments.RED))
            draw(c, f.title, fit_title(f.title, award_title, award, 30 * s, leading=1.2), award, bold=0.015)

        self.reused.draw(("award", award_title, award), paint_award)  # a batch gives each award to several people

        blocks.citation_block(c, f, self._citation(sheet, boxes), boxes["citation"].inset(area.w * 0.04, 0))
        if sheet.value_line:
            value = boxes["value"]
            ornaments.fill(c, ornaments.colour(ornaments.DARK_RED))
            draw(c, f.body, fit_line(f.body, sheet.value_line, value, 15 * s), value)

        bottom = boxes["bottom"]
        boxes.update(blocks.foot_block(c, f, sheet, bottom, self.forms, self.reused, s,
                                       sign_w=min(260 * s, bottom.w * 0.5), sign_size=16 * s,
                                       seal_radius=44 * s))
        return boxes
