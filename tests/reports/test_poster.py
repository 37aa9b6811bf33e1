from datetime import date
from pathlib import Path

import pytest
from PIL import Image

from app.domain import StaffDraft
from app.errors import UserError
from app.periods import Month
from app.reports.poster import SIZES, render_poster
from app.reports.poster_model import build_poster_model
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


@pytest.mark.parametrize("size", sorted(SIZES))
def test_poster_png_has_the_size_asked_for(shop, tmp_path, size):
    model = build_poster_model(shop.store, "小橙子旗舰店", shop.progress(OCT))
    out = render_poster(model, tmp_path / f"poster_{size}.png", size)
    with Image.open(out) as image:
        assert image.size == SIZES[size]
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    (ARTIFACTS / f"poster_{size}.png").write_bytes(out.read_bytes())
    assert not list(tmp_path.glob(".poster-*"))  # no temp file left behind


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
