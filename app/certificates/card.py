"""Small award cards (小红花卡), 4 (2 × 2 on A4 landscape), 8 (2 × 4 on A4 portrait) or 12 (3 × 4 on A4 portrait,
cards about 6 × 6.7 cm: the title wraps, and so does a name too long to be read on one line) to a sheet, with cut
marks. Cards touch, so one cut separates two; every card keeps its content 5 mm inside its edges so an imprecise
cut never touches the text.

Each card is drawn in its cell's own coordinates, so what many cards share (the frame and emblem, an award's
title, the period, the shop name and date) is the same drawing wherever the card lies on the sheet: it is
made once per PDF as a form (`blocks.Reused`) and referenced by every card."""

from __future__ import annotations

from app.certificates import blocks, ornaments
from app.certificates.glyphs import Chain, Fonts
from app.certificates.layout import READABLE, Box, Fitted, draw, fit_citation, fit_line, memo, tokens
from app.certificates.model import Sheet
from app.certificates.titles import fit_title, inside_word, shop_break_bonus
from app.fonts import printable

MARKS = "hhCardMarks"
_MM = 72 / 25.4
# columns × rows of each number of cards to a sheet (`model.CARDS_PER_SHEET`); 16 (4 × 4) was tried and left out:
# 4.5 cm wide, a title and a fact of two lines leave the name little room and cut longer facts short
GRIDS = {4: (2, 2), 8: (2, 4), 12: (3, 4)}
_NAME_LEADING = 1.15  # a name on two lines (`Card.name`)


class Card:
    def __init__(self, c, fonts: Fonts, forms: blocks.Forms, width: float, height: float, per_page: int):
        self.c, self.fonts, self.forms = c, fonts, forms
        self.per_page = per_page
        cols, rows = GRIDS[per_page]
        margin = 14 * _MM  # room for the cut marks, inside what every printer prints
        cell_w = (width - 2 * margin) / cols
        cell_h = (height - 2 * margin) / rows
        self.xs = [margin + i * cell_w for i in range(cols + 1)]
        self.ys = [margin + j * cell_h for j in range(rows + 1)]
        self.cells = [Box(self.xs[i], self.ys[rows - 1 - j], cell_w, cell_h) for j in range(rows) for i in range(cols)]
        self.s = min(cell_w, cell_h) / 290.0
        self.reused = blocks.Reused(c, "hhCardPart")

    def static(self) -> None:
        c = self.c
        c.beginForm(MARKS)
        ornaments.cut_marks(c, self.xs, self.ys, 6 * _MM, 2 * _MM)
        c.endForm()

    def draw_page(self, sheets: list[Sheet]) -> list[dict[str, Box]]:
        self.c.doForm(MARKS)
        return [self.draw_cell(sheet, cell) for sheet, cell in zip(sheets, self.cells, strict=False)]

    def frame(self, cell: Box) -> Box:
        return cell.inset(5 * _MM)

    def boxes(self, sheet: Sheet, cell: Box) -> dict[str, Box]:
        """Where the parts of one card go in its cell: the "emblem", "award", "period", "name", "citation", the
        "foot" (shop name, date, number and the QR code) and, when the shop has one, its "seal" in the foot."""
        s = self.s
        area = self.frame(cell).inset(3.2 * s).inset(12 * s, 10 * s)
        # the QR code is as high as the foot: with 8 to a sheet its least readable size sets the foot's height
        foot_h = max(area.h * 0.2, 28 * s, ornaments.qr_min_side(sheet.qr_payload))
        cite_h = area.h * 0.24
        upper = Box(area.x, area.y + foot_h + cite_h, area.w, area.h - foot_h - cite_h)
        radius = min(upper.h / (blocks.EMBLEM_BOX.h / 50), area.w * 0.12)
        emblem_w, emblem_h = blocks.emblem_extent(radius)
        right = Box(upper.x + emblem_w + 8 * s, upper.y, upper.w - emblem_w - 8 * s, upper.h)
        boxes = {"emblem": Box(upper.x, upper.top - emblem_h, emblem_w, emblem_h),
                 "award": Box(right.x, right.y + right.h * 0.6, right.w, right.h * 0.4),
                 "period": Box(right.x, right.y + right.h * 0.45, right.w, right.h * 0.15),
                 "name": Box(right.x, right.y, right.w, right.h * 0.43),
                 "citation": Box(area.x, area.y + foot_h, area.w, cite_h),
                 "foot": Box(area.x, area.y, area.w, foot_h)}
        if self.forms.seal:  # as high as the foot, left of the QR code's place (kept on a draft too)
            boxes["seal"] = Box(area.x + area.w - foot_h - 6 * s - foot_h, area.y, foot_h, foot_h)
        return boxes

    def citation(self, sheet: Sheet, box: Box) -> Fitted:
        """The citation as the card prints it, with the award's value after it (shortened when too long); one too
        long whole is printed as the first of its `shorter_citations` that fits whole, else cut."""
        tail = f"  {sheet.value_line}" if sheet.value_line else ""
        # at least READABLE: 11 × the scale of 12 cards to a sheet would start it at 6.5 pt
        fitted = (fit_citation(self.fonts.body, text, box, max(11 * self.s, READABLE), 3, leading=1.4, tail=tail)
                  for text in (sheet.citation, *sheet.shorter_citations))
        first = next(fitted)
        return first if not first.shortened else next((f for f in fitted if not f.shortened), first)

    def name(self, recipient: str, box: Box) -> Fitted:
        """The name on one line; one too long to be read so (a Western name of three words on a card of 12 to a
        sheet came out at 5 pt) on two, broken at a space between its words, never inside one, when that prints
        it larger."""
        best = fit_line(self.fonts.name, recipient, box, 32 * self.s)
        if best.size >= READABLE:
            return best
        words = recipient.split()
        half = Box(box.x, box.y, box.w, box.h / (2 * _NAME_LEADING))
        for i in range(1, len(words)):
            halves = [fit_line(self.fonts.name, " ".join(part), half, 32 * self.s) for part in (words[:i], words[i:])]
            size = min(h.size for h in halves)
            if size > best.size:
                best = Fitted(tuple(h.lines[0] for h in halves), size, _NAME_LEADING,
                              tuple(h.widths[0] * size / h.size for h in halves))
        return best

    def citation_fit(self, sheet: Sheet) -> Fitted:
        return self.citation(sheet, self.boxes(sheet, self.cells[0])["citation"])

    def draw_cell(self, sheet: Sheet, cell: Box) -> dict[str, Box]:
        """One card in its cell; returns the boxes of its parts on the page."""
        c = self.c
        c.saveState()
        c.translate(cell.x, cell.y)
        boxes = self._draw_card(sheet, Box(0, 0, cell.w, cell.h))
        c.restoreState()
        return {part: Box(box.x + cell.x, box.y + cell.y, box.w, box.h) for part, box in boxes.items()}

    def _draw_card(self, sheet: Sheet, cell: Box) -> dict[str, Box]:
        """The card in a cell at the origin (the cell's own coordinates)."""
        c, f, s = self.c, self.fonts, self.s
        boxes = self.boxes(sheet, cell)
        emblem = boxes["emblem"]

        def paint_frame() -> None:
            frame = self.frame(cell)
            ornaments.stroke(c, ornaments.colour(ornaments.RED))
            c.setLineWidth(1.6 * s)
            c.roundRect(frame.x, frame.y, frame.w, frame.h, 8 * s, stroke=1, fill=0)
            inner = frame.inset(3.2 * s)
            ornaments.stroke(c, ornaments.colour(ornaments.GOLD))
            c.setLineWidth(0.6 * s)
            c.roundRect(inner.x, inner.y, inner.w, inner.h, 6 * s, stroke=1, fill=0)
            radius = emblem.w / blocks.EMBLEM_BOX.w * 50
            blocks.place_emblem(c, emblem.cx, emblem.top - blocks.EMBLEM_BOX.top * radius / 50, radius)

        self.reused.draw(("frame", emblem), paint_frame)  # the emblem's place follows the foot's height
        award, period, award_title = boxes["award"], boxes["period"], sheet.award_title()

        def paint_award() -> None:
            ornaments.fill(c, ornaments.colour(ornaments.RED))
            draw(c, f.title, fit_title(f.title, award_title, award, 24 * s, leading=1.15), award, align="left",
                 bold=0.015)

        def paint_period() -> None:
            ornaments.fill(c, ornaments.colour(ornaments.GREY))
            draw(c, f.body, fit_line(f.body, sheet.period_label, period, 11 * s), period, align="left")

        self.reused.draw(("award", award_title, award), paint_award)
        self.reused.draw(("period", sheet.period_label, period), paint_period)
        ornaments.fill(c, ornaments.colour(ornaments.INK))
        draw(c, f.name, self.name(sheet.recipient, boxes["name"]), boxes["name"], align="left", bold=0.02)
        fitted = self.citation(sheet, boxes["citation"])
        draw(c, f.body, fitted, boxes["citation"], align="left" if len(fitted.lines) > 1 else "center")
        foot = boxes["foot"]
        qr = foot.h
        if sheet.qr_payload:
            boxes["qr"] = Box(foot.x + foot.w - qr, foot.y, qr, qr)
            ornaments.qr(c, sheet.qr_payload, foot.x + foot.w - qr, foot.y, qr)
        text_w = foot.w - qr - 6 * s
        if "seal" in boxes:  # the shop's seal between the shop name and the QR code, stamped as on the pages
            blocks.stamp(c, self.forms, boxes["seal"])
            text_w -= boxes["seal"].w + 6 * s
        shop_row = Box(foot.x, foot.y + foot.h / 2, text_w, foot.h / 2)
        number_row = Box(foot.x, foot.y, text_w, foot.h / 2)
        shop_text = (sheet.shop_name, sheet.date_text)

        def paint_shop_row() -> None:
            ornaments.fill(c, ornaments.colour(ornaments.GREY))
            draw(c, f.body, fit_shop_and_date(f.body, *shop_text, shop_row, 9 * s), shop_row, align="left")

        self.reused.draw(("shop", shop_text, shop_row), paint_shop_row)
        ornaments.fill(c, ornaments.colour(ornaments.GREY))
        draw(c, f.body, fit_number(f.body, sheet.number, sheet.checksum, number_row, 9 * s), number_row,
             align="left")
        return boxes


FOOT_LEADING = 1.15
# the smallest size the shop's name and the date print at: a long name beside a seal on 12 cards to a sheet came
# out at about 2.3 pt (3.6 pt without the seal); below it the name is cut short with … instead
FOOT_READABLE = 5.0
_FOOT_ELLIPSIS = "…"
_OPENING = " （(「『“《【"  # not left alone before the …


def fit_shop_and_date(chain: Chain, shop: str, date: str, box: Box, max_size: float) -> Fitted:
    """The shop's name and the date on one line; when that line would print smaller than `max_size`, on two
    lines, whichever way prints largest: the name over the date, or the name broken (inside a known word
    only where no other break does as well) with the whole date after it. On one line a 33-character name
    shrank to about 4 pt on 8 cards to a sheet. Never smaller than FOOT_READABLE (or `max_size` when that is
    smaller): a name that would be is cut at its end with …, the date kept whole (`_elided`)."""
    return memo(chain, ("shop and date", shop, date, box, max_size),
                lambda: _fit_shop_and_date(chain, printable(shop), printable(date), box, max_size))


def _fit_shop_and_date(chain: Chain, shop: str, date: str, box: Box, max_size: float) -> Fitted:
    fitted = _largest_shop_and_date(chain, shop, date, box, max_size)
    floor = min(FOOT_READABLE, max_size)
    if fitted.size >= floor - 1e-6:
        return fitted
    return _elided(chain, shop, date, box, floor) or fitted


def fit_number(chain: Chain, number: str, checksum: str, box: Box, max_size: float) -> Fitted:
    """编号 and 校验 on one line; on two, the number over its check code, when one line would print below
    FOOT_READABLE and two print larger (beside a seal on 12 cards to a sheet one line came out at 3 pt: the code
    typed in to verify a card)."""
    one = fit_line(chain, f"编号 {number}" + (f"  校验 {checksum}" if checksum else ""), box, max_size)
    if not checksum or one.size >= min(FOOT_READABLE, max_size) - 1e-6:
        return one
    lines = (f"编号 {number}", f"校验 {checksum}")
    units = [chain.width(line, 1.0) for line in lines]
    size = min(max_size, box.h / (2 * FOOT_LEADING), *(box.w / u for u in units))
    return Fitted(lines, size, FOOT_LEADING, tuple(u * size for u in units)) if size > one.size else one


def _elided(chain: Chain, shop: str, date: str, box: Box, size: float) -> Fitted | None:
    """The name and the date at `size` on two lines, the name cut with … where the room ends: the name's first
    words on the first line (broken between words where one fits), the rest of it and the date on the second (with
    no … when it all fits so), else the name cut on the first and the date alone on the second; None when the date
    alone does not fit."""
    def fits(line: str) -> bool:
        return chain.width(line, size) <= box.w + 1e-6

    if 2 * size * FOOT_LEADING > box.h + 1e-6 or not fits(date):
        return None
    first = ""
    for piece in tokens(shop, quoted_together=False):
        if not fits((first + piece).rstrip()):
            break
        first += piece
    first = first.rstrip() or _longest_prefix(shop, "", fits)
    rest = shop[len(first):].lstrip()
    second = _longest_prefix(rest, f"{_FOOT_ELLIPSIS}  {date}", fits).rstrip(_OPENING)
    whole = f"{rest}  {date}".lstrip()
    if fits(whole):  # the name whole after all: broken inside a 「quote」, which `_largest_shop_and_date` keeps whole
        lines = (first, whole)
    elif second.strip():
        lines = (first, f"{second.rstrip()}{_FOOT_ELLIPSIS}  {date}")
    else:
        lines = (_longest_prefix(shop, _FOOT_ELLIPSIS, fits).rstrip() + _FOOT_ELLIPSIS, date)
    return Fitted(lines, size, FOOT_LEADING, tuple(chain.width(line, size) for line in lines))


def _longest_prefix(text: str, after: str, fits) -> str:
    """The longest start of `text` that `fits` with `after` following it."""
    lo, hi = 0, len(text)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if fits(text[:mid].rstrip() + after):
            lo = mid
        else:
            hi = mid - 1
    return text[:lo]


def _largest_shop_and_date(chain: Chain, shop: str, date: str, box: Box, max_size: float) -> Fitted:
    one = fit_line(chain, f"{shop}  {date}", box, max_size)
    if one.size >= max_size - 1e-6 or not shop.strip():
        return one
    pieces = tokens(shop)
    # (lines, breaks a known word): the name whole over the date first, then the name broken ever earlier
    splits = [((shop, date), False)]
    at = len(shop)
    for k in range(len(pieces) - 1, 0, -1):
        at -= len(pieces[k])
        splits.append((("".join(pieces[:k]).rstrip(), f"{''.join(pieces[k:]).lstrip()}  {date}"),
                       inside_word(shop, at)))
    fitted = []
    for lines, breaks_word in splits:
        units = [chain.width(line, 1.0) for line in lines]
        size = min(max_size, box.h / (len(lines) * FOOT_LEADING), *(box.w / u for u in units if u > 0))
        fitted.append((Fitted(lines, size, FOOT_LEADING, tuple(u * size for u in units)), breaks_word))
    largest = max(f.size for f, _ in fitted)
    if largest <= one.size + 1e-6:
        return one
    # of the largest: the name kept whole, else not broken inside a word, else the most even lines, a break where
    # a part of the name ends counting as about even (…旗舰店杭州滨江区 / 总店…, not …杭州滨江 / 区总店…)
    return min(((f, breaks_word) for f, breaks_word in fitted if f.size >= largest - 1e-6),
               key=lambda item: (item[0].lines[0] != shop, item[1], _unevenness(shop, item[0])))[0]


def _unevenness(shop: str, fitted: Fitted) -> float:
    first, second = fitted.widths
    at = len(fitted.lines[0])
    part_end = shop_break_bonus(shop, at) if fitted.lines[0] != shop and 0 < at < len(shop) else 0.0
    return abs(first - second) / max(first, second) - part_end
