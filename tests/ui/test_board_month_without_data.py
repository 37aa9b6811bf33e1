"""A month that ended with nothing recorded says so on the board, its PDF and its poster, instead of the day its
data would run to (「数据截至 7月31日（第 31/31 天）」 read as if July's data were in)."""

from datetime import date

import pdfplumber
from board_support import OCT, make_board_shop

from app.domain import StaffDraft
from app.periods import Month
from app.reports.poster_model import build_poster_model
from ui.pages.dashboard import DashboardPage

JULY = Month(2026, 7)


def board_of(qtbot, shop, month: Month) -> DashboardPage:
    page = DashboardPage(shop)
    qtbot.addWidget(page)
    page.resize(1366, 720)
    page.show()
    qtbot.waitExposed(page)
    page.picker.setMonth(month)
    page.refresh()
    return page


def test_an_ended_month_without_data_says_so_instead_of_a_day(qtbot, shop):
    shop, _ = make_board_shop(shop)
    page = board_of(qtbot, shop, JULY)
    assert page.as_of_label.text() == "全月没有销售额数据（共 31 天）"
    assert "2026年7月没有销售额数据" in page.banner.text()


def test_a_running_month_without_data_yet_still_gives_its_day(qtbot, shop):
    person = shop.staff.add(StaffDraft(name="小美", dept="客服部"))
    shop.targets.set_staff(OCT, person.id, shop.metrics.get("sales"), 3_100_000)
    page = board_of(qtbot, shop, OCT)
    assert page.as_of_label.text().startswith("数据截至")
    assert "2026年10月还没有销售额数据" in page.banner.text()


def test_an_ended_month_with_data_gives_its_last_day(qtbot, shop):
    shop, people = make_board_shop(shop)
    shop.data.set_value(date(2026, 9, 3), people["小美"].id, shop.metrics.get("sales"), 100_000)
    page = board_of(qtbot, shop, Month(2026, 9))
    assert page.as_of_label.text() == "数据截至 2026年9月30日（第 30/30 天）"


def test_the_pdf_and_the_poster_of_an_ended_month_without_data_say_so(qtbot, shop, tmp_path):
    shop, _ = make_board_shop(shop)
    page = board_of(qtbot, shop, JULY)
    out = page.export_pdf(str(tmp_path / "july.pdf"))
    with pdfplumber.open(out) as pdf:
        text = pdf.pages[0].extract_text()
    assert "全月没有销售额数据" in text and "数据截至" not in text
    poster = build_poster_model(shop.store, shop.name, shop.progress(JULY, board=True))
    assert poster.subtitle == "2026年7月 · 全月没有销售额数据"

