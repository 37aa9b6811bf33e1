import errno
from datetime import date
from pathlib import Path

import pytest
from PIL import Image

from app.atomic_file import TEMP_MARK
from app.domain import StaffDraft
from app.errors import UserError
from app.periods import Month
from app.reports import poster
from app.reports.poster import SIZES, render_poster, unshown_characters
from app.reports.poster_model import PERSON, build_poster_model
from app.shop import Shop

ARTIFACTS = Path(__file__).resolve().parent.parent / "artifacts" / "posters"
OCT = Month(2026, 10)


@pytest.fixture
def shop(tmp_path):
    shop = Shop.open(tmp_path / "shop.db", date(2026, 10, 20))
    sales = shop.metrics.get("sales")
    for name, target, daily in (("小美", 3_100_000, 100_000), ("小刚", 3_100_000, 50_000), ("阿花", None, 30_000),
                                ("欧阳娜娜娜", 1_000_000, 60_000)):
        person = shop.staff.add(StaffDraft(name=name))
        if target:
            shop.targets.set_staff(OCT, person.id, sales, target)
        for day in range(1, 20):
            shop.data.set_value(date(2026, 10, day), person.id, sales, daily)
    yield shop
    shop.close()


def test_poster_model_says_what_the_board_says(shop):
    model = build_poster_model(shop.store, "小橙子旗舰店", shop.progress(OCT))
    assert model.subtitle == "2026年10月 · 数据截至 2026年10月19日 · 第 19/31 天"
    by_name = {r.name: r for r in model.rows}
    # 欧阳娜娜娜: 19 × ¥600 = ¥11,400 ≥ ¥10,000 target → reached
    assert by_name["欧阳娜娜娜"].status == "reached" and by_name["欧阳娜娜娜"].remaining_text == "已达成"
    # 小美: 19 × ¥1,000 = ¥19,000 of ¥31,000; 12 days left → ¥12,000 / 12 = ¥1,000.00 a day
    assert by_name["小美"].remaining_text == "还差 ¥12,000.00"
    assert by_name["小美"].per_day_text == "日均需 ¥1,000.00"
    assert by_name["阿花"].remaining_text == "未设目标"
    assert model.top3 == [(1, "小美", "¥1,000.00"), (2, "欧阳娜娜娜", "¥600.00"), (3, "小刚", "¥500.00")]
    # 小美 pace 19,000×31 ≥ 31,000×19 → on track; 小刚 ¥9,500: pace 0.5 → behind
    assert model.on_track_text == "2/3 人进度正常或已达成"  # 阿花 has no target: not judged
    # the team's total counts 阿花's ¥5,700, its target (the targets added up) does not: said as the board says it
    assert (model.team.value_text, model.team.target_text) == ("¥45,600.00（含未设目标 1 人）", "¥72,000.00")


@pytest.mark.parametrize("size", sorted(SIZES))
def test_poster_png_has_the_size_asked_for(shop, tmp_path, size):
    model = build_poster_model(shop.store, "小橙子旗舰店", shop.progress(OCT))
    out = render_poster(model, tmp_path / f"poster_{size}.png", size)
    with Image.open(out) as image:
        assert image.size == SIZES[size]
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    (ARTIFACTS / f"poster_{size}.png").write_bytes(out.read_bytes())
    assert not list(tmp_path.glob(f"*{TEMP_MARK}"))  # no temp file left behind


def test_unknown_size_refused(shop, tmp_path):
    model = build_poster_model(shop.store, "店", shop.progress(OCT))
    with pytest.raises(UserError):
        render_poster(model, tmp_path / "x.png", "poster")


def test_a_board_headed_by_orders_counts_orders_on_the_poster(shop):
    from app import settings as declared

    orders = shop.metrics.get("orders")
    xiaomei = next(p for p in shop.staff.list() if p.name == "小美")
    shop.targets.set_staff(OCT, xiaomei.id, orders, 310)
    for day in range(1, 20):
        shop.data.set_value(date(2026, 10, day), xiaomei.id, orders, 12)
    shop.settings.set(declared.HEADLINE_METRIC, "orders")
    model = build_poster_model(shop.store, "店", shop.progress(OCT, metric=shop.headline_metric().key))
    assert model.title == "每日战报 · 订单数"
    # 19 × 12 = 228 of 310 orders: 82 to go over 12 days → 7 a day (rounded up: whole orders)
    row = {r.name: r for r in model.rows}["小美"]
    assert (row.value_text, row.target_text, row.remaining_text, row.per_day_text) == ("228", "310", "还差 82", "日均需 7")
    assert model.top3 == [(1, "小美", "12")]


def test_nothing_to_cheer_when_nobody_has_a_target(shop):
    """A board headed by orders nobody has a target for: every row reads 未设目标, and the footer says so
    instead of cheering "节奏很好"."""
    from app.reports.poster_model import ENCOURAGEMENT

    model = build_poster_model(shop.store, "店", shop.progress(OCT, metric="orders"))
    assert {r.remaining_text for r in model.rows} == {"未设目标"}
    assert model.encouragement == "本月还没有设目标"
    assert model.encouragement not in ENCOURAGEMENT.values()


def test_nothing_to_cheer_before_the_month_starts_or_without_data(shop):
    december = Month(2026, 12)
    sales = shop.metrics.get("sales")
    for person in shop.staff.list():
        shop.targets.set_staff(december, person.id, sales, 3_000_000)
    model = build_poster_model(shop.store, "店", shop.progress(december))
    assert model.subtitle == "2026年12月 · 尚未开始"  # made in October: December is not 本月
    assert model.encouragement == "12月尚未开始"
    november = Month(2026, 11)
    shop.targets.set_staff(november, shop.staff.list()[0].id, sales, 3_000_000)
    shop.set_today(date(2026, 11, 6))  # five days in, nothing recorded yet
    model = build_poster_model(shop.store, "店", shop.progress(november))
    assert model.encouragement == "本月还没有销售额数据"
    for person in shop.staff.list():  # the shop was closed on the 2nd: 0 typed is data, as on the board and TV
        shop.data.set_value(date(2026, 11, 2), person.id, sales, 0)
    model = build_poster_model(shop.store, "店", shop.progress(november))
    assert model.encouragement != "本月还没有销售额数据"


def test_the_posters_file_name_names_the_month_it_shows(shop):
    from app.reports.poster_model import poster_file_name

    assert poster_file_name(shop.progress(OCT), "旗舰店") == "战报_旗舰店_2026-10-19.png"  # the as-of day, inside October
    assert poster_file_name(shop.progress(Month(2026, 12)), "旗舰店") == "战报_旗舰店_2026-12.png"  # not started: no day
    assert poster_file_name(shop.progress(Month(2026, 9)), "旗舰店") == "战报_旗舰店_2026-09-30.png"  # over: its last day


def test_a_character_the_bundled_face_lacks_is_drawn_and_measured_with_a_face_that_has_it():
    """𠮷 is not in Noto Sans SC: the poster showed a box in the name (the bundled LXGW WenKai has it)."""
    from app.font_coverage import coverage
    from app.reports import poster_fonts

    pieces = poster_fonts.runs("𠮷田美", True)
    assert [piece for _face, piece in pieces] == ["𠮷", "田美"]
    fallback = pieces[0][0]
    assert fallback != poster_fonts.PRIMARY and pieces[1][0] == poster_fonts.PRIMARY
    assert coverage(poster_fonts._face_path(True, fallback)).has("𠮷")
    assert poster_fonts.text_width("𠮷", 100, True) == poster_fonts.sized_font(True, 100, fallback).getlength("𠮷")
    assert poster_fonts.missing("𠮷田美") == []


def test_a_name_no_font_can_show_is_named_beside_the_poster(shop, tmp_path):
    """U+0378 is no character at all: no font has it, so the poster's maker is told which name shows a box."""
    strange = "小\u0378丽"
    person = shop.staff.add(StaffDraft(name=strange))
    shop.targets.set_staff(OCT, person.id, shop.metrics.get("sales"), 1_000_000)
    model = build_poster_model(shop.store, "小橙子旗舰店", shop.progress(OCT))
    assert unshown_characters(model) == [(PERSON, strange, "\u0378")]
    assert render_poster(model, tmp_path / "poster.png").exists()  # drawn all the same, the box in its place


def test_a_full_disk_while_the_poster_is_written_is_said_and_leaves_no_file(shop, tmp_path, monkeypatch):
    model = build_poster_model(shop.store, "小橙子旗舰店", shop.progress(OCT))
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "战报_2026-10-19.png"
    target.write_bytes(b"yesterday's poster")

    class FillingUp:
        def __init__(self, path, mode):
            self.file, self.written = open(path, mode), 0  # noqa: SIM115 (closed by __exit__)

        def writelines(self, pieces):
            for piece in pieces:
                self.written += len(piece)
                if self.written > 100_000:
                    raise OSError(errno.ENOSPC, "No space left on device")
                self.file.write(piece)

        def __enter__(self):
            return self

        def __exit__(self, *_exc):
            self.file.close()

    monkeypatch.setattr(poster, "open", FillingUp, raising=False)
    with pytest.raises(UserError, match="战报_2026-10-19.png.*磁盘空间不足"):
        render_poster(model, target)
    assert [p.name for p in target.parent.iterdir()] == [target.name]
    assert target.read_bytes() == b"yesterday's poster"


def test_an_error_of_the_compressing_thread_reaches_the_caller(shop, tmp_path, monkeypatch):
    model = build_poster_model(shop.store, "小橙子旗舰店", shop.progress(OCT))

    class Failing:
        def compress(self, _data):
            raise MemoryError("no memory for the band")

    monkeypatch.setattr(poster.zlib, "compressobj", lambda _level: Failing())
    (tmp_path / "out").mkdir()
    with pytest.raises(MemoryError, match="no memory for the band"):
        render_poster(model, tmp_path / "out" / "poster.png")
    assert not list((tmp_path / "out").iterdir())
