"""The TV on a portrait or narrow screen (1080×1920, 800×600) as on the usual ones: the type size took the height
alone, so a portrait TV drew 57 px names beside bars squeezed to a sliver, statuses cut to nothing and a title cut
to 「我… · 2026年…」. The size now comes from both sides, a row takes two lines where one would lose its bar or its
status, and the title and the team's line take two rather than be cut. The tests read the layout's numbers and the
texts handed to the painter, not pixels."""

from datetime import date

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QFont, QFontMetricsF, QPainter

import ui.tv_mode
from app.domain import StaffDraft
from app.periods import Month
from tests.ui.test_tv_mode import open_tv
from ui.tv_layout import MIN_BAR_UNITS, min_unit
from ui.tv_mode import BOARD, LEADERS

OCT = Month(2026, 10)
SIZES = [(1920, 1080), (1080, 1920), (800, 600), (1366, 768)]
SURNAMES, GIVEN = "王李张刘陈杨黄赵吴周欧孙", "伟芳娜敏静丽强磊军洋晨涵"
MIN_PIXELS_AT_1080 = 27  # the smallest text on a 1080-line TV (tests/ui/test_tv_mode.py)


def _team(shop, n: int):
    """n people with targets, the first the widest name, each at a different share of it."""
    sales = shop.metrics.get("sales")
    for i in range(n):
        name = "欧阳娜娜娜" if i == 0 else SURNAMES[i % 12] + GIVEN[i // 12 % 12] + ("子" if i >= 144 else "")
        person = shop.staff.add(StaffDraft(name=name, dept="客服部"))
        shop.targets.set_staff(OCT, person.id, sales, 30_000_000)
        shop.data.set_value(date(2026, 10, 5), person.id, sales, 1_000_000 * ((n - i) % 37 + 1))
    return shop


class Drawn:
    """Each text the TV hands to its painter, with its box and its font."""

    def __init__(self, monkeypatch):
        self.texts: list[tuple[str, QRectF, QFont]] = []
        texts = self.texts

        class RecordingPainter(QPainter):
            def drawText(self, *args):
                if len(args) == 3 and isinstance(args[0], QRectF) and isinstance(args[2], str):
                    texts.append((args[2], QRectF(args[0]), QFont(self.font())))
                return super().drawText(*args)

        monkeypatch.setattr(ui.tv_mode, "QPainter", RecordingPainter)

    def screen(self, tv, screen: int) -> list[tuple[str, QRectF, QFont]]:
        tv.screen_index, tv.page_index = screen, 0
        self.texts.clear()
        tv.grab()
        return list(self.texts)


@pytest.fixture
def drawn(monkeypatch) -> Drawn:
    return Drawn(monkeypatch)


def assert_readable(tv, drawn: Drawn, width: int, height: int) -> None:
    layout = tv.tv_layout
    size = (width, height)
    # every bar keeps its minimum beside its percentage, on every page
    assert layout.row.bar_only >= MIN_BAR_UNITS * layout.unit - 0.5, size
    assert layout.row.bar_only >= 80, size
    assert layout.unit >= min_unit(width, height), size
    window = QRectF(0, 0, width, height)
    for screen in (BOARD, LEADERS):
        texts = drawn.screen(tv, screen)
        assert texts, size
        for text, box, font in texts:
            assert window.contains(box), (size, text, box)
            # nothing cut: no text shortened with …, none wider than the box it is drawn in
            assert "…" not in text, (size, text)
            assert QFontMetricsF(font).horizontalAdvance(text) <= box.width() + 1, (size, text, box.width())
            assert font.pixelSize() >= int(min(width, height) * MIN_PIXELS_AT_1080 / 1080), (size, text)
    board = [text for text, *_ in drawn.screen(tv, BOARD)]
    # every row's status and amount whole (▼ 落后　还差 ¥190,000.00), its name too
    assert {tv.row_status(row) for row in tv.board_pages[0]} <= set(board), size
    assert {tv.names[row.staff.id] for row in tv.board_pages[0]} <= set(board), size


@pytest.mark.parametrize("count", [10, 200])
def test_names_bars_and_amounts_stay_readable_on_every_screen_shape(qtbot, shop, drawn, count):
    tv = open_tv(qtbot, _team(shop, count))
    for width, height in SIZES:
        tv.resize(width, height)
        tv.page_index = 0
        assert_readable(tv, drawn, width, height)


def test_a_portrait_tv_reads_as_large_as_the_same_tv_on_its_side(qtbot, shop, drawn):
    """The same pixels, the same distance: the floor is the shorter side's, and ten people take two lines a row
    at least as large as the landscape TV's, their bars nearly the screen's width."""
    tv = open_tv(qtbot, _team(shop, 10), 1920, 1080)
    landscape = tv.tv_layout
    tv.resize(1080, 1920)
    portrait = tv.tv_layout
    assert portrait.unit >= min_unit(1920, 1080) and portrait.row.two_lines and not landscape.row.two_lines
    assert portrait.row.bar_only >= 0.6 * 1080
    assert portrait.title_lines == 2 and len(tv.board_pages) == 1


def test_english_on_a_portrait_tv_is_not_cut_either(qtbot, shop, drawn, lang):
    tv = open_tv(qtbot, _team(shop, 10), 1080, 1920)
    assert_readable(tv, drawn, 1080, 1920)


@pytest.mark.parametrize("count", [10, 40])
def test_the_title_on_one_line_keeps_its_month_and_day_whole(qtbot, shop, drawn, lang, count):
    """Only the shop's name is cut on a one-line title: 40 people on a portrait TV in English read
    「我… · 2026-10 · data up to 2026-10-…」, the room for the month and the day measured without the 「 · 」 before them."""
    tv = open_tv(qtbot, _team(shop, count), 1080, 1920)
    header = [text for text, box, _font in drawn.screen(tv, BOARD) if box.bottom() <= tv.tv_layout.area.top()]
    title = header[-1]  # after the page label; on two lines, the lower one
    rest = tv.header_text("") if tv.tv_layout.title_lines == 1 else tv.header_text("").lstrip(" ·")
    assert title.endswith(rest), (header, rest)
