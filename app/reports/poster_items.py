"""What a poster is made of: texts, boxes and lines with their positions and pixel sizes (a `PosterLayout`,
what app/reports/poster_layout.py places and app/reports/poster.py draws), the poster's colours, and fitting a
text into the room it has."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from app.recognition.standings import cut_apart
from app.reports.poster_fonts import text_width

MIN_TEXT_PX = 22.0  # the smallest text on any poster, in pixels of the image
RED = "#c0392b"
INK = "#222222"
MUTED = "#666666"
TRACK = "#eeeeee"
CARD = "#f8f5f3"  # a small team's person card
CARD_TRACK = "#e8e3e0"  # a bar's track on a card, a shade darker than the card
RULE = "#e6e6e6"
SUBTITLE = "#ffe9e6"
FOOTER = "#fff3f1"
MEDALS = {1: "#d4a017", 2: "#8e8e8e", 3: "#b87333"}
MEDAL_TINTS = {1: "#fdf5dc", 2: "#f2f2f2", 3: "#f8ebe0"}

# ---------------------------------------------------------------------------------------------------------------
# What is drawn


@dataclass(frozen=True)
class Text:
    x: float
    y: float  # the vertical centre of the line
    text: str
    px: float  # font size in image pixels
    colour: str = INK
    bold: bool = False
    ha: str = "left"
    part: str = ""  # what it belongs to: "team.status", "row.name", "top3.amount" …


@dataclass(frozen=True)
class Box:
    x: float
    y: float
    w: float
    h: float
    colour: str
    radius: float = 0.0
    part: str = ""


@dataclass(frozen=True)
class Line:
    x0: float
    y0: float
    x1: float
    y1: float
    colour: str = INK
    width: float = 2.0
    part: str = ""


@dataclass(frozen=True)
class PosterLayout:
    size: str
    width: int
    height: int
    columns: int
    row_height: float  # the height of one person row
    row_style: str  # "line": name beside the bar; "stacked": name, bar and details on three lines; "card": stacked on a tinted box
    items: tuple[Text | Box | Line, ...]
    row_frames: tuple[tuple[float, float, float, float], ...] = ()  # each person's place: x, y, width, height

    def texts(self, prefix: str = "") -> list[Text]:
        return [i for i in self.items if isinstance(i, Text) and i.part.startswith(prefix)]


# ---------------------------------------------------------------------------------------------------------------
# Fitting text


def fit_text(text: str, px: float, room: float, bold: bool = False, floor: float = MIN_TEXT_PX) -> tuple[str, float]:
    """The text at `px`, or smaller down to `floor` so it fits `room`; shortened with … only past the floor."""
    width = text_width(text, px, bold)
    if width <= room:
        return text, px
    px = max(floor, px * room / width)
    if text_width(text, px, bold) <= room:
        return text, px
    while len(text) > 1 and text_width(text + "…", px, bold) > room:
        text = text[:-1]
    return text + "…", px


def fit_apart(texts: Sequence[str], px: float, room: float | Sequence[float],
              bold: bool = False, floor: float = MIN_TEXT_PX) -> list[tuple[str, float]]:
    """Each text as `fit_text` fits it, except that two different texts it would cut alike (long namesakes) are cut
    so that what tells them apart stays (`standings.cut_apart`). `room`: one for all, or each text's own."""
    rooms = [room] * len(texts) if isinstance(room, int | float) else list(room)
    fitted = [fit_text(text, px, text_room, bold, floor) for text, text_room in zip(texts, rooms, strict=True)]
    shown = cut_apart(texts, [text for text, _px in fitted],
                      lambda i, text: text_width(text, fitted[i][1], bold) <= rooms[i])
    return [(text, size) for text, (_cut, size) in zip(shown, fitted, strict=True)]

