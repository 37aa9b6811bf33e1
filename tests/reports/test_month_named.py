"""A poster or a board PDF of a month made in another month names that month, never 本月 (the month it is read
in): October's made in November reads 10月已结束 and 10月团队目标已达成, December's made in November 12月尚未开始;
the month that runs is 本月."""

from datetime import date

import pypdf
import pytest

from app.domain import StaffDraft
from app.periods import Month
from app.reports.board_pdf import write_board_pdf
from app.reports.poster_model import build_poster_model
from app.shop import Shop

OCT, NOV, DEC = Month(2026, 10), Month(2026, 11), Month(2026, 12)


@pytest.fixture
def shop(tmp_path):
    """Today is 20 November; two people with sales each day of October and of 1–19 November."""
    shop = Shop.open(tmp_path / "shop.db", date(2026, 11, 20))
    sales = shop.metrics.get("sales")
    for name, daily in (("小美", 110_000), ("小刚", 90_000)):
        person = shop.staff.add(StaffDraft(name=name, dept="客服部"))
        for month in (OCT, NOV):
            shop.targets.set_staff(month, person.id, sales, 3_000_000)
        for day in [date(2026, 10, d) for d in range(1, 32)] + [date(2026, 11, d) for d in range(1, 20)]:
            shop.data.set_value(day, person.id, sales, daily)
    yield shop
    shop.close()


def _poster_words(shop, month: Month) -> list[str]:
    model = build_poster_model(shop.store, "店", shop.progress(month, board=True))
    return [model.subtitle, model.encouragement, model.team.remaining_text, model.on_track_text]


def _pdf_text(shop, month: Month, tmp_path) -> str:
    path = write_board_pdf(shop.progress(month, board=True), "店", tmp_path / f"{month.key()}.pdf")
    return pypdf.PdfReader(path).pages[0].extract_text()


def test_a_past_months_poster_names_the_month(shop):
    words = _poster_words(shop, OCT)  # the team: ¥62,000 of ¥60,000 (小刚 short, the team over)
    assert words[1] == "10月团队目标已达成，辛苦了，大家都很棒！"
    assert not [w for w in words if "本月" in w]


def test_a_past_months_shortfall_names_the_month_on_the_poster_and_the_pdf(shop, tmp_path):
    for person in shop.staff.list():
        shop.targets.set_staff(OCT, person.id, shop.metrics.get("sales"), 3_500_000)
    words = _poster_words(shop, OCT)
    assert words[1] == "10月已结束，团队目标没有达成，下个月一起加油！"
    assert words[2] == "10月已结束，还差 ¥8,000.00"
    text = _pdf_text(shop, OCT, tmp_path)
    assert "10月已结束，还差 ¥8,000.00" in text and "本月" not in text


def test_a_month_to_come_has_not_begun_by_its_name(shop, tmp_path):
    for person in shop.staff.list():
        shop.targets.set_staff(DEC, person.id, shop.metrics.get("sales"), 3_000_000)
    words = _poster_words(shop, DEC)
    assert words[:2] == ["2026年12月 · 尚未开始", "12月尚未开始"]
    text = _pdf_text(shop, DEC, tmp_path)
    assert "12月尚未开始" in text and "本月" not in text


def test_a_past_month_without_targets_had_none(shop):
    for person in shop.staff.list():
        shop.targets.set_staff(OCT, person.id, shop.metrics.get("sales"), None)
    assert _poster_words(shop, OCT)[1] == "10月没有设目标"


def test_the_running_month_is_this_month(shop):
    for person in shop.staff.list():
        shop.targets.set_staff(NOV, person.id, shop.metrics.get("sales"), None)
    assert _poster_words(shop, NOV)[1] == "本月还没有设目标"


def test_a_month_of_another_year_names_its_year(tmp_path):
    shop = Shop.open(tmp_path / "shop.db", date(2027, 2, 3))
    person = shop.staff.add(StaffDraft(name="小美", dept="客服部", hired=date(2026, 1, 1)))
    shop.targets.set_staff(DEC, person.id, shop.metrics.get("sales"), 3_000_000)
    shop.data.set_value(date(2026, 12, 5), person.id, shop.metrics.get("sales"), 100_000)
    assert _poster_words(shop, DEC)[2] == "2026年12月已结束，还差 ¥29,000.00"
    shop.close()
