"""The owner hears of flowers about to lapse where she looks: a line on the 小红花 page naming each holder, the
picked person's counts, and the person's detail from the board (`recognition.expiring`, the shop's today)."""

from __future__ import annotations

from datetime import date

import pytest
from flowers_support import flowers_page, pick

from app.domain import StaffDraft
from app.periods import Month
from app.shop import Shop
from tests.recognition.flowers_lapsing import TODAY, lapsing_shop
from ui.dialogs.person_detail import PersonDetailDialog
from ui.main import install_translators


@pytest.fixture
def lapsing(tmp_path):
    path = tmp_path / "shop.db"
    ids = lapsing_shop(path)
    shop = Shop.open(path, TODAY)
    yield shop, ids
    shop.close()


_page = flowers_page


def test_the_page_names_who_holds_flowers_about_to_lapse_the_first_to_lapse_first(qtbot, lapsing):
    shop, _ids = lapsing
    page = _page(qtbot, shop)
    assert page.expiring_line.isVisible()
    assert page.expiring_line.toolTip() == "30 天内到期：小美 3 朵（10月25日 至 11月10日），小刚 1 朵（11月10日）"


def test_the_line_leaves_the_filter_row_as_narrow_as_it_was(qtbot, lapsing):
    """The picked person's counts stay on the filter row as before: their flowers about to lapse are on the line
    above, which gives way with "…" (a longer row pushed the page past a laptop's width at 150 %)."""
    shop, ids = lapsing
    page = _page(qtbot, shop)
    pick(page.person_filter, ids["小美"])
    assert page.person_counts.text() == "小美：2026 年获得 4 朵，当前有效 4 朵"
    assert page.expiring_line.minimumSizeHint().width() < 100


def test_nobody_who_left_is_named_and_no_line_without_flowers_lapsing(qtbot, lapsing):
    shop, ids = lapsing
    for name in ("小美", "小刚"):
        shop.staff.leave(ids[name], date(2026, 10, 19))
    page = _page(qtbot, shop)
    assert not page.expiring_line.isVisible() and page.expiring_line.toolTip() == ""


def test_the_person_detail_says_how_many_lapse(qtbot, lapsing):
    shop, ids = lapsing
    dialog = PersonDetailDialog(shop, shop.staff.get(ids["小美"]), Month(2026, 10))
    qtbot.addWidget(dialog)
    assert dialog.flowers.text() == "小红花：2026 年获得 4 朵，当前有效 4 朵，其中 3 朵将于 10月25日 至 11月10日 陆续到期"
    someone = shop.staff.add(StaffDraft(name="新来的", dept="客服部", hired=date(2026, 10, 1)))
    dialog = PersonDetailDialog(shop, someone, Month(2026, 10))
    qtbot.addWidget(dialog)
    assert "到期" not in dialog.flowers.text()


def test_in_english(qtbot, qapp, lapsing):
    from app.i18n import set_language

    shop, ids = lapsing
    install_translators(qapp, "en")
    set_language("en")
    try:
        page = _page(qtbot, shop)
        line = page.expiring_line.toolTip()
        dialog = PersonDetailDialog(shop, shop.staff.get(ids["小刚"]), Month(2026, 10))
        qtbot.addWidget(dialog)
        detail = dialog.flowers.text()
    finally:
        set_language("zh")
        install_translators(qapp, "zh")
    assert line == "Expiring within 30 days: 小美 3 flowers (10-25 to 11-10), 小刚 1 flower (11-10)", line
    assert detail.endswith(", of which 1 flower expires on 11-10"), detail


def test_the_person_detail_reads_the_flowers_once(qtbot, lapsing, monkeypatch):
    """The counts and the flowers about to lapse come from one reading of the ledger: a shop of some years has
    thousands of flowers, and each reading of them all added a tenth of a second to the detail's opening."""
    shop, ids = lapsing
    reads = []
    read_all = shop.store.flowers.all
    monkeypatch.setattr(shop.store.flowers, "all", lambda: reads.append(1) or read_all())
    dialog = PersonDetailDialog(shop, shop.staff.get(ids["小美"]), Month(2026, 10))
    qtbot.addWidget(dialog)
    assert len(reads) == 1
    assert dialog.flowers.text() == "小红花：2026 年获得 4 朵，当前有效 4 朵，其中 3 朵将于 10月25日 至 11月10日 陆续到期"
