"""The poster and the board PDF write large counts and shares as the board's table does: 订单数 as the headline,
小美 at 1,234,567 of 2,000,000 orders and 小刚 at 47,500,000 of 100 (47,500,000 %). They read 123.46万 and
>999% — Chinese on paper whatever the window's language — not 1234567 and 47500000.0%."""

from datetime import date

import pytest
from pypdf import PdfReader

from app.i18n import set_language
from app.reports.board_pdf import write_board_pdf
from app.reports.poster_model import build_poster_model
from app.shop import Shop
from tests.reports.large_counts import OCT, add_large_counts


@pytest.fixture
def progress(tmp_path):
    shop = Shop.open(tmp_path / "shop.db", date(2026, 10, 20))
    add_large_counts(shop)
    yield shop, shop.progress(OCT, metric="orders", board=True)
    shop.close()


@pytest.fixture(params=["zh", "en"])
def window_language(request):
    set_language(request.param)
    yield request.param
    set_language("zh")


def test_the_poster_writes_large_counts_short_and_caps_the_share(progress, window_language):
    shop, month = progress
    model = build_poster_model(shop.store, "店", month)
    rows = {row.name: row for row in model.rows}
    assert (rows["小美"].value_text, rows["小美"].target_text, rows["小美"].remaining_text) == (
        "123.46万", "200.00万", "还差 76.54万")
    assert (rows["小美"].share_text, rows["小刚"].share_text) == ("61.7%", ">999%")
    assert rows["小刚"].value_text == "4,750.00万"
    # the team: 48,734,567 of 2,000,100 orders
    assert (model.team.value_text, model.team.target_text, model.team.share_text) == ("4,873.46万", "200.01万", ">999%")
    assert model.top3[0] == (1, "小刚", "250.00万")


def test_the_board_pdf_writes_large_counts_short_and_caps_the_share(progress, window_language, tmp_path):
    _shop, month = progress
    text = PdfReader(write_board_pdf(month, "店", tmp_path / "board.pdf")).pages[0].extract_text()
    assert "团队：4,873.46万 / 200.01万（>999%）" in text, text
    for shown in ("123.46万", "200.00万", "76.54万", "4,750.00万", ">999%", "61.7%"):
        assert shown in text, (shown, text)
    assert "47500000" not in text and "1234567" not in text
