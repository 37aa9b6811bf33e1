"""The poster's layout: every text, box and line with its place and size, computed from the poster model before
anything is drawn. The tests read this layout (what the PNG is drawn from), not pixels."""

from dataclasses import replace
from datetime import date
from itertools import combinations
from pathlib import Path

import pytest
from PIL import Image

from app.demo import generate_demo
from app.periods import Month
from app.reports.board import BEHIND, CLOSE, ON_TRACK, REACHED, STATUS_ICON, STATUS_TEXT
from app.reports.poster import render_poster
from app.reports.poster_layout import MIN_TEXT_PX, SIZES, layout_poster, text_width
from app.reports.poster_model import build_poster_model
from app.shop import Shop

ARTIFACTS = Path(__file__).resolve().parent.parent / "artifacts" / "posters"
OCT = Month(2026, 10)


def demo_model(folder: Path, staff: int):
    shop = Shop.open(folder / f"demo{staff}.db", date(2026, 10, 20))
    try:
        generate_demo(shop, staff=staff, months=1)
        return build_poster_model(shop.store, shop.name, shop.progress(OCT))
    finally:
        shop.close()


@pytest.fixture(scope="module")
def small_team(tmp_path_factory):
    """The demo shop: 10 staff, one of whom has left, so 9 people on the board."""
    model = demo_model(tmp_path_factory.mktemp("poster"), 10)
    assert len(model.rows) == 9
    return model


@pytest.fixture(scope="module")
def big_team(tmp_path_factory):
    model = demo_model(tmp_path_factory.mktemp("poster"), 40)
    assert len(model.rows) >= 39
    return model


def extent(text):
    """(left, top, right, bottom) of a text item, from the font's advance widths."""
    width = text_width(text.text, text.px, text.bold)
    left = text.x - {"left": 0, "center": width / 2, "right": width}[text.ha]
    return left, text.y - text.px / 2, left + width, text.y + text.px / 2


@pytest.mark.parametrize("size", sorted(SIZES))
def test_every_person_of_a_big_team_is_on_the_poster_at_a_readable_size(big_team, size):
    layout = layout_poster(big_team, size)
    assert [t.text for t in layout.texts("row.name")] == [r.name for r in big_team.rows]
    assert not [t for t in layout.texts() if "其余" in t.text]
    if layout.row_style == "sheet":  # a4: one line a person, the share beside the bar (tests/reports/test_poster_a4_sheet.py)
        assert [t.text for t in layout.texts("row.pct")] == [r.share_text for r in big_team.rows if r.share_text]
    else:
        details = [t.text for t in layout.texts("row.detail")]
        assert all(r.remaining_text in d for r, d in zip(big_team.rows, details, strict=True))  # distance to target
    assert min(t.px for t in layout.texts()) >= MIN_TEXT_PX
    for text in layout.texts():
        left, top, right, bottom = extent(text)
        assert 0 <= left and right <= layout.width and 0 <= top and bottom <= layout.height, text


@pytest.mark.parametrize("team", ["small_team", "big_team"])
@pytest.mark.parametrize("size", sorted(SIZES))
def test_no_two_texts_overlap(request, team, size):
    layout = layout_poster(request.getfixturevalue(team), size)
    boxes = [(t, extent(t)) for t in layout.texts()]
    clashes = [(a.text, b.text) for (a, ea), (b, eb) in combinations(boxes, 2)
               if ea[0] < eb[2] and eb[0] < ea[2] and ea[1] < eb[3] and eb[1] < ea[3]]
    assert clashes == []


@pytest.mark.parametrize("size", sorted(SIZES))
def test_no_percentage_is_drawn_over_a_bar_or_a_pace_mark(small_team, size):
    from app.reports.board import progress_percent
    from app.reports.poster_layout import Box, Line

    late = replace(small_team, rows=[replace(r, expected_share=0.99) for r in small_team.rows[:-1]]
                   + [replace(small_team.rows[-1], share=123_456.0, share_text=progress_percent(12_345_600.0),
                              expected_share=0.99)],  # a target typed as ¥1
                   team=replace(small_team.team, expected_share=0.99))  # marks at the bars' right ends
    layout = layout_poster(late, size)
    bars = [(i.x, i.y, i.x + i.w, i.y + i.h) for i in layout.items if isinstance(i, Box) and i.part.endswith(".bar")]
    marks = [(i.x0 - 1, i.y0, i.x0 + 1, i.y1) for i in layout.items if isinstance(i, Line) and "marker" in i.part]
    pcts = [extent(t) for t in layout.texts() if t.part.endswith(".pct")]
    assert pcts
    clashes = [(p, o) for p in pcts for o in bars + marks
               if p[0] < o[2] and o[0] < p[2] and p[1] < o[3] and o[1] < p[3]]
    assert clashes == []


def test_the_demo_shop_phone_poster_is_1080_by_1920(small_team, tmp_path):
    layout = layout_poster(small_team, "phone")
    assert (layout.width, layout.height) == (1080, 1920)
    assert min(t.px for t in layout.texts("row.")) >= MIN_TEXT_PX
    out = render_poster(small_team, tmp_path / "phone.png", "phone")
    with Image.open(out) as image:
        assert image.size == (1080, 1920)


def test_a_big_team_makes_a_long_phone_image(big_team, tmp_path):
    layout = layout_poster(big_team, "phone")
    assert layout.width == 1080 and layout.height > 1920 and layout.columns == 1
    out = render_poster(big_team, tmp_path / "phone.png", "phone")
    with Image.open(out) as image:
        assert image.size == (layout.width, layout.height)


def test_wide_takes_more_columns_before_growing(small_team, big_team):
    """(A4 takes an A4 sheet instead: tests/reports/test_poster_a4_sheet.py.)"""
    size = "wide"
    width, height = SIZES[size]
    small = layout_poster(small_team, size)
    assert (small.width, small.height) == (width, height) and small.columns > 1
    big = layout_poster(big_team, size)
    assert big.width == width and big.columns == max(small.columns, 3)
    rows_per_column = -(-len(big_team.rows) // big.columns)
    assert big.height < height + rows_per_column * big.row_height  # grew only by what did not fit


@pytest.mark.parametrize("status", [REACHED, ON_TRACK, CLOSE, BEHIND])
@pytest.mark.parametrize("size", sorted(SIZES))
def test_the_team_bar_carries_its_status_in_words(small_team, size, status):
    cue = f"{STATUS_ICON[status]} {STATUS_TEXT[status]}"
    model = replace(small_team, team=replace(small_team.team, status=status, status_text=cue))
    layout = layout_poster(model, size)
    assert [t.text for t in layout.texts("team.status")] == [cue]
    # the same words, from the same place, as a person's row
    row = small_team.rows[0]
    assert row.status_text == f"{STATUS_ICON[row.status]} {STATUS_TEXT[row.status]}"


def test_wide_poster_has_big_type_and_keeps_the_top_3_amounts_by_their_names(small_team):
    layout = layout_poster(small_team, "wide")
    assert min(t.px for t in layout.texts("row.")) >= 24
    names, amounts = layout.texts("top3.name"), layout.texts("top3.amount")
    assert len(names) == len(amounts) == len(small_team.top3) > 0
    for name, amount in zip(names, amounts, strict=True):
        assert name.y == amount.y
        assert 0 < extent(amount)[0] - extent(name)[2] < 200
    # the top 3 are not squeezed against the people: none of them is within 40 px of a person row
    rows_top = min(extent(t)[1] for t in layout.texts("row."))
    assert all(extent(t)[3] + 40 <= rows_top for t in layout.texts("top3."))


def test_phone_and_a4_top_3_sit_apart_from_the_rows_with_a_divider(small_team):
    for size in ("phone", "a4"):
        layout = layout_poster(small_team, size)
        rows_bottom = max(extent(t)[3] for t in layout.texts("row."))
        top3_top = min(extent(t)[1] for t in layout.texts("top3."))
        dividers = [i.y0 for i in layout.items if getattr(i, "part", "") == "divider"]
        assert any(rows_bottom + 20 <= y <= top3_top - 20 for y in dividers), size


@pytest.mark.parametrize("size", sorted(SIZES))
def test_posters_saved_as_artefacts(big_team, small_team, tmp_path, size):
    """Not a check of pixels: the PNGs land in tests/artifacts/posters to be looked at."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    for tag, model in (("9", small_team), ("40", big_team)):
        out = render_poster(model, tmp_path / f"{size}_{tag}.png", size)
        (ARTIFACTS / f"poster_{size}_{tag}.png").write_bytes(out.read_bytes())


# ---------------------------------------------------------------------------------------------------------------
# Any team size, 1 to 200 people: most shops have 2–6 customer-service staff


def team_of(model, count):
    """The model with `count` people (its rows over again), so a layout of any team size needs no shop."""
    rows = [model.rows[i % len(model.rows)] for i in range(count)]
    return replace(model, rows=rows, top3=model.top3[:min(count, 3)])


def widest_white_band(layout):
    """The tallest stretch of the poster, across its whole width, with nothing drawn in it (the dividers and the
    rules between columns are only lines in the white)."""
    from app.reports.poster_layout import Box, Line

    spans = [extent(t)[1::2] for t in layout.texts()]
    spans += [(i.y, i.y + i.h) for i in layout.items if isinstance(i, Box)]
    spans += [(i.y0, i.y1) for i in layout.items if isinstance(i, Line) and i.part not in ("divider", "grid")]
    bottom, widest = 0.0, 0.0
    for top, end in sorted(spans):
        widest = max(widest, top - bottom)
        bottom = max(bottom, end)
    return max(widest, layout.height - bottom)


@pytest.mark.parametrize("count, share", [(1, 0.15), (2, 0.10), (3, 0.10), (5, 0.10), (6, 0.10)])
@pytest.mark.parametrize("size", sorted(SIZES))
def test_a_small_team_fills_the_page_evenly(small_team, size, count, share):
    """Two or three people used to sit in the middle of a page laid out for a big team, a quarter of the phone
    poster white above and below them."""
    layout = layout_poster(team_of(small_team, count), size)
    assert (layout.width, layout.height) == SIZES[size]
    assert widest_white_band(layout) < share * layout.height


@pytest.mark.parametrize("size", sorted(SIZES))
def test_a_small_team_gets_a_card_each_with_a_thicker_bar_than_a_big_team_but_thinner_than_the_team(small_team,
                                                                                                   size):
    from app.reports.poster_layout import Box

    def bars(layout, part):
        return [i.h for i in layout.items if isinstance(i, Box) and i.part == part and i.colour != "white"]

    small = layout_poster(team_of(small_team, 2), size)
    big = layout_poster(team_of(small_team, 30), size)
    assert small.row_style == "card" and big.row_style != "card"
    cards = [i for i in small.items if isinstance(i, Box) and i.part == "row.card"]
    assert len(cards) == 2
    for name, card in zip(small.texts("row.name"), cards, strict=True):  # each name on its own card
        left, top, right, bottom = extent(name)
        assert card.x < left and right < card.x + card.w and card.y < top and bottom < card.y + card.h
    assert min(bars(small, "row.bar")) > max(bars(big, "row.bar"))
    assert max(bars(small, "row.bar")) < min(bars(small, "team.bar"))


@pytest.mark.parametrize("size", sorted(SIZES))
def test_title_team_and_people_keep_their_order_of_size_for_every_team_size(small_team, size):
    """title > team heading > every person's text, from 1 to 200 people (a small team's rows once grew past
    the team heading)."""
    for count in range(1, 201):
        layout = layout_poster(team_of(small_team, count), size)
        [title] = layout.texts("header.title")
        [heading] = layout.texts("team.heading")
        people = layout.texts("row.") + layout.texts("top3.rank") + layout.texts("top3.name") \
            + layout.texts("top3.amount")
        assert max(t.px for t in people) < heading.px < title.px, count


@pytest.mark.parametrize("size", sorted(SIZES))
def test_every_team_size_stays_on_the_canvas_with_rows_apart(small_team, size):
    from app.reports.poster_layout import Box, Line

    for count in range(1, 201):
        layout = layout_poster(team_of(small_team, count), size)
        where = f"{count} people"
        for text in layout.texts():
            left, top, right, bottom = extent(text)
            assert 0 <= left and right <= layout.width and 0 <= top and bottom <= layout.height, (where, text)
        for box in (i for i in layout.items if isinstance(i, Box)):
            assert 0 <= box.x and box.x + box.w <= layout.width + 0.01, (where, box)
            assert 0 <= box.y and box.y + box.h <= layout.height + 0.01, (where, box)
        for line in (i for i in layout.items if isinstance(i, Line)):
            assert 0 <= min(line.y0, line.y1) and max(line.y0, line.y1) <= layout.height, (where, line)
        frames = layout.row_frames
        assert len(frames) == count, where
        for (ax, ay, aw, ah), (bx, by, bw, bh) in combinations(frames, 2):
            assert min(ax + aw - bx, bx + bw - ax, ay + ah - by, by + bh - ay) < 0.01, where  # one clear of the other
        for name, (x, y, w, h) in zip(layout.texts("row.name"), frames, strict=True):
            left, top, right, bottom = extent(name)
            assert x <= left and right <= x + w and y <= top and bottom <= y + h, (where, name)


@pytest.mark.parametrize("count", [30, 200])
@pytest.mark.parametrize("size", sorted(SIZES))
def test_a_big_team_keeps_its_rows_in_the_most_columns(small_team, size, count):
    layout = layout_poster(team_of(small_team, count), size)
    assert layout.row_style != "card"
    if layout.row_style == "sheet":  # a4 past what its page holds: an A4 sheet (tests/reports/test_poster_a4_sheet.py)
        assert size == "a4" and layout.columns >= 2
    else:
        assert layout.columns == {"phone": 1, "a4": 2, "wide": 3}[size]
    assert min(t.px for t in layout.texts()) >= MIN_TEXT_PX
    if size == "phone":
        assert layout.height > SIZES[size][1]  # a long image rather than type too small to read
