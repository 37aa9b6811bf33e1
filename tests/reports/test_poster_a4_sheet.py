"""`--size a4` for a big team: the A4 page grew into a strip (200 people: 1240 × 12,874 pixels) that no printer
puts on one sheet. A team its page cannot hold now gets one A4 sheet, drawn at 300 dpi (2480 × 3508), a line a
person in up to five columns, its type never below 7 pt printed. The layout is read, not the pixels."""

from dataclasses import replace
from itertools import combinations

import pytest
from PIL import Image

from app.reports.poster import render_poster
from app.reports.poster_items import MIN_TEXT_PX, TRACK, Box
from app.reports.poster_layout import SIZES, layout_poster
from app.reports.poster_sheet import SHEET_MIN_PX, SHEET_SCALE
from tests.reports.test_poster_layout import extent, team_of

A4_PORTRAIT = 297 / 210
SEVEN_POINT_AT_300_DPI = 7 / 72 * 300  # 29.2 px


@pytest.fixture(scope="module")
def small_team(tmp_path_factory):
    from tests.reports.test_poster_layout import demo_model

    return demo_model(tmp_path_factory.mktemp("sheet"), 10)


SURNAMES, GIVEN = "王李张刘陈杨黄赵吴周孙马", "伟芳娜敏静丽强磊军洋晨涵"


def _namesakes_told_apart(model, count: int):
    """`count` people with names of their own, as a big team has them: two or three characters, one of four."""
    names = ["欧阳娜娜", *(SURNAMES[i % 12] + GIVEN[i // 12 % 12] + ("子" if i >= 144 else "") for i in range(1, count))]
    rows = [replace(row, name=name) for row, name in zip(team_of(model, count).rows, names, strict=True)]
    return replace(model, rows=rows)


@pytest.mark.parametrize("count", [40, 120, 200])
def test_a_big_team_gets_one_a4_sheet(small_team, count):
    model = _namesakes_told_apart(small_team, count)
    layout = layout_poster(model, "a4")
    assert (layout.width, layout.height) == (SIZES["a4"][0] * SHEET_SCALE, SIZES["a4"][1] * SHEET_SCALE)
    assert layout.height / layout.width == pytest.approx(A4_PORTRAIT, rel=0.01)
    assert 2 <= layout.columns <= 5 and layout.row_style == "sheet"
    # everyone, in order, each name whole
    assert [t.text for t in layout.texts("row.name")] == [r.name for r in model.rows]
    # no text below 7 pt as printed on A4, nor below the posters' own minimum
    assert min(t.px for t in layout.texts()) >= min(SEVEN_POINT_AT_300_DPI, SHEET_MIN_PX * SHEET_SCALE) - 0.01
    assert min(t.px for t in layout.texts()) >= MIN_TEXT_PX
    for text in layout.texts():
        left, top, right, bottom = extent(text)
        assert 0 <= left and right <= layout.width and 0 <= top and bottom <= layout.height, text
    for (ax, ay, aw, ah), (bx, by, bw, bh) in combinations(layout.row_frames, 2):
        assert min(ax + aw - bx, bx + bw - ax, ay + ah - by, by + bh - ay) < 0.01  # rows apart
    # a row's texts stay inside its column, its bar at least a few characters long
    for name, (x, _y, w, _h) in zip(layout.texts("row.name"), layout.row_frames, strict=True):
        assert x <= extent(name)[0] and extent(name)[2] <= x + w
    tracks = [box for box in layout.items if isinstance(box, Box) and box.part == "row.bar" and box.colour == TRACK]
    assert len(tracks) == len([r for r in model.rows if r.share is not None])
    assert min(box.w for box in tracks) >= 2 * SEVEN_POINT_AT_300_DPI


def test_the_rows_type_is_as_large_as_the_team_allows(small_team):
    """Fewer people, larger type: 40 people read larger than 200."""
    sizes = [min(t.px for t in layout_poster(_namesakes_told_apart(small_team, n), "a4").texts("row.name"))
             for n in (40, 200)]
    assert sizes[0] > sizes[1]


def test_a_small_team_keeps_the_a4_page_and_the_phone_poster_is_as_it_was(small_team):
    a4 = layout_poster(small_team, "a4")
    assert (a4.width, a4.height) == SIZES["a4"] and a4.row_style != "sheet"
    phone = layout_poster(team_of(small_team, 200), "phone")
    assert phone.width == 1080 and phone.height > 1920 and phone.columns == 1 and phone.row_style != "sheet"


def test_a_team_past_what_one_sheet_holds_makes_it_longer_not_smaller(small_team):
    layout = layout_poster(_namesakes_told_apart(small_team, 400), "a4")
    assert layout.width == SIZES["a4"][0] * SHEET_SCALE and layout.height > SIZES["a4"][1] * SHEET_SCALE
    assert layout.columns == 5 and min(t.px for t in layout.texts()) >= SHEET_MIN_PX * SHEET_SCALE - 0.01


def test_the_sheet_is_drawn_at_its_size(small_team, tmp_path):
    out = render_poster(_namesakes_told_apart(small_team, 120), tmp_path / "a4.png", "a4")
    with Image.open(out) as image:
        assert image.size == (2480, 3508)


@pytest.mark.parametrize("places", [(1, 2), (1, 150)])  # in one column, in two
def test_namesakes_cut_on_a_full_sheet_stay_told_apart(small_team, places):
    """200 people in five columns at the smallest type cut 徐子涵（客服部） and 徐子涵（运营部） alike to 「徐子涵…」:
    two people, one name on the wall. The names stay different, in fewer, wider columns if need be."""
    model = _namesakes_told_apart(small_team, 200)
    rows = list(model.rows)
    for place, dept in zip(places, ("客服部", "运营部"), strict=True):
        rows[place] = replace(rows[place], name=f"徐子涵（{dept}）")
    layout = layout_poster(replace(model, rows=rows), "a4")
    assert layout.row_style == "sheet" and layout.width == SIZES["a4"][0] * SHEET_SCALE
    shown = [t.text for t in layout.texts("row.name")]
    assert len({shown[place] for place in places}) == 2, [shown[place] for place in places]
    assert len(set(shown)) == len({r.name for r in rows})  # nobody else is mistaken for another either
    assert min(t.px for t in layout.texts()) >= SHEET_MIN_PX * SHEET_SCALE - 0.01
