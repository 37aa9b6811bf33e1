"""A workday pace in a year whose holidays the chinese-calendar package does not know: the board's banner says
what it assumes, and so do, in one small line, the poster and the board PDF (the TV: tests/ui/test_tv_mode.py)."""

from datetime import date

import pytest
from pypdf import PdfReader

from app import settings as declared
from app.domain import StaffDraft
from app.i18n import set_language
from app.periods import Month
from app.reports.board_pdf import write_board_pdf
from app.reports.pace import CALENDAR, WORKDAYS, DayWeights, shop_day_weights
from app.reports.poster_layout import layout_poster
from app.reports.poster_model import build_poster_model
from app.shop import Shop

JAN = Month(2027, 1)
NOTE = "时间进度暂按周一至周五计算（还不知道 2027 年的法定节假日）"


pytestmark = pytest.mark.usefixtures("holidays_known_to_2026")


@pytest.fixture
def shop(tmp_path):
    shop = Shop.open(tmp_path / "shop.db", date(2027, 1, 20))
    sales = shop.metrics.get("sales")
    person = shop.staff.add(StaffDraft(name="小美", dept="客服部", hired=date(2026, 1, 5)))
    shop.targets.set_staff(JAN, person.id, sales, 3_100_000)
    for day in range(4, 20):
        shop.data.set_value(date(2027, 1, day), person.id, sales, 100_000)
    shop.settings.set(declared.BOARD_DAY_WEIGHTS, WORKDAYS)
    yield shop
    shop.close()


def test_the_note_comes_from_the_pace_and_follows_the_language():
    assert DayWeights(WORKDAYS).guessed_holidays_note(JAN) == NOTE
    assert DayWeights(CALENDAR).guessed_holidays_note(JAN) is None
    assert DayWeights(WORKDAYS).guessed_holidays_note(Month(2026, 12)) is None
    set_language("en")
    try:
        assert "2027 public holidays" in DayWeights(WORKDAYS).guessed_holidays_note(JAN)
    finally:
        set_language("zh")


def footer_texts(model, size):
    return [item.text for item in layout_poster(model, size).items if getattr(item, "part", "").startswith("footer.")]


@pytest.mark.parametrize("size", ["phone", "a4", "wide"])
def test_the_poster_says_it_under_its_footer(shop, size):
    weights = shop_day_weights(shop.settings)
    model = build_poster_model(shop.store, shop.name, shop.progress(JAN), weights=weights)
    assert model.pace_note == NOTE
    assert NOTE in footer_texts(model, size)
    shop.settings.set(declared.OWN_DAYS_OFF, ["2027-01-01", "2027-02-08~2027-02-12"])  # the owner said what January is
    model = build_poster_model(shop.store, shop.name, shop.progress(JAN), weights=shop_day_weights(shop.settings))
    assert model.pace_note is None and len(footer_texts(model, size)) == 1


def test_the_poster_says_it_in_chinese_in_an_english_window(shop):
    set_language("en")
    try:
        model = build_poster_model(shop.store, shop.name, shop.progress(JAN), weights=shop_day_weights(shop.settings))
    finally:
        set_language("zh")
    assert model.pace_note == NOTE


def test_the_board_pdf_says_it_on_its_first_page(shop, tmp_path):
    out = write_board_pdf(shop.progress(JAN), shop.name, tmp_path / "board.pdf", shop_day_weights(shop.settings))
    assert NOTE in PdfReader(out).pages[0].extract_text().replace("\n", "")
    shop.settings.set(declared.BOARD_DAY_WEIGHTS, CALENDAR)
    out = write_board_pdf(shop.progress(JAN), shop.name, tmp_path / "board2.pdf", shop_day_weights(shop.settings))
    assert "法定节假日" not in PdfReader(out).pages[0].extract_text()


def test_a_month_over_says_nothing_of_a_pace(shop, tmp_path):
    """A finished month's statuses say reached or missed, with no pace: the poster of January's final result
    (and the TV on 2 February) spoke of a pace guessed Monday to Friday."""
    shop.set_today(date(2027, 2, 3))
    weights = shop_day_weights(shop.settings)
    assert build_poster_model(shop.store, shop.name, shop.progress(JAN), weights=weights).pace_note is None
    out = write_board_pdf(shop.progress(JAN), shop.name, tmp_path / "board.pdf", weights)
    assert "法定节假日" not in PdfReader(out).pages[0].extract_text()
