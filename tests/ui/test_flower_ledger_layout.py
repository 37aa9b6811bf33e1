"""小红花 page: the ledger's columns, its greyed rows and tooltips, and a big ledger read once."""

from datetime import date, timedelta
from pathlib import Path

import pytest
from flowers_support import make_team
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ui.models.flower_model import FLOWER_ROLE
from ui.pages.flowers import FlowersPage

ARTIFACTS = Path(__file__).resolve().parent.parent / "artifacts" / "screens"


@pytest.fixture
def team(shop):
    return make_team(shop)


LONG_REASON = "发现库存标注错误并及时上报，避免超卖，还主动联系了已下单的三位顾客说明情况"


def _ledger_shop(team):
    shop, ids = team
    for n, (issuer, to) in enumerate((("王店长", "小美"), ("赵组长", "阿花"), ("王店长", "小刚"))):
        shop.flowers.issue(ids[issuer], ids[to], LONG_REASON, day=date(2026, 10, 2 + n))
    shop.flowers.transfer("HF-2026-0001", ids["小刚"], signed="小美")  # 有效（已转让）, the widest status
    shop.flowers.revoke("HF-2026-0002", "误发")
    return shop


@pytest.mark.parametrize("width, height, chars", [(1200, 760, 16), (1024, 700, 8)])
def test_the_reason_column_takes_the_spare_width(qtbot, team, qsettings, width, height, chars):
    # (the window opens on this page: the board, once built, keeps a window wider than 1024)
    # it once got what the other columns left: "发现…" at 1024 wide, its header clipped, beside a half-empty panel
    from ui.main_window import MainWindow

    shop = _ledger_shop(team)
    window = MainWindow(shop, start_page="flowers", settings=qsettings)
    qtbot.addWidget(window)
    window.resize(width, height)
    window.show()
    qtbot.waitExposed(window)
    page = window.current_page()
    assert isinstance(page, FlowersPage)
    header = page.table.horizontalHeader()
    em = page.table.fontMetrics().horizontalAdvance("事")
    reason = header.sectionSize(6)
    assert reason >= chars * em, f"{reason}px is less than {chars} characters of {em}px"
    assert reason >= header.sectionSizeHint(6)  # the header 事实依据 is not clipped
    for column in (0, 1, 2, 3, 4, 5, 7, 8):  # the short columns fit their contents
        assert header.sectionSize(column) >= page.table.sizeHintForColumn(column), column
    assert reason == max(header.sectionSize(c) for c in range(header.count()))
    for combo in (page.month_filter, page.person_filter, page.issuer_filter, page.status_filter):
        assert combo.width() >= combo.sizeHint().width()  # "全部月份" not clipped
    if width >= 1200:  # every column in view, no sideways scrolling
        assert header.length() <= page.table.viewport().width()
    assert page.splitter.sizes()[0] > 2 * page.splitter.sizes()[1]  # the side panel takes what it needs
    index = page.model.index(0, 6)
    assert index.data(Qt.ItemDataRole.ToolTipRole) == LONG_REASON  # the full reason, whatever the width
    window.stop_polling()
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(ARTIFACTS / f"flowers_{width}.png"))


def test_a_narrow_ledger_scrolls_sideways_rather_than_squeeze_the_reason(qtbot, team):
    shop = _ledger_shop(team)
    page = FlowersPage(shop)
    qtbot.addWidget(page)
    page.resize(700, 600)
    page.show()
    qtbot.waitExposed(page)
    page.refresh()
    header = page.table.horizontalHeader()
    assert header.sectionSize(6) >= 8 * page.table.fontMetrics().horizontalAdvance("事")
    assert page.table.horizontalScrollBar().maximum() > 0
    page.resize(1600, 800)  # wide again: the reason stretches, nothing to scroll
    qtbot.waitUntil(lambda: page.table.horizontalScrollBar().maximum() == 0)
    assert header.length() <= page.table.viewport().width() and header.sectionSize(6) > 20 * 13


@pytest.fixture
def big_ledger(team):
    """Many more flowers than the ledger fits its columns to."""
    from ui.widgets.flower_ledger_view import LEDGER_FIT_ROWS

    shop, ids = team
    with shop.store.atomic():
        for n in range(LEDGER_FIT_ROWS + 200):
            day = date(2025, 1, 1) + timedelta(days=n % 600)
            shop.store.flowers.insert(f"HF-T-{n:04d}", ids["王店长"], ids["小美"], day, day + timedelta(days=90),
                                      "耐心解答", "客户服务", "leader", ids["王店长"], day.strftime("%Y-%m"), n + 1)
    return shop


def test_a_refresh_reads_the_ledger_once(qtbot, big_ledger, monkeypatch):
    page = FlowersPage(big_ledger)
    qtbot.addWidget(page)
    reads = []
    real_all = big_ledger.store.flowers.all
    monkeypatch.setattr(big_ledger.store.flowers, "all", lambda: reads.append(1) or real_all())
    page.refresh()
    assert len(reads) == 2  # the page's ledger, and the yearly board's count of valid flowers (before: 6)
    assert page.model.rowCount() == len(real_all())


def test_the_ledger_columns_are_fitted_to_the_rows_around_the_screen_not_every_row(qtbot, big_ledger):
    from ui.widgets.flower_ledger_view import LEDGER_FIT_ROWS

    page = FlowersPage(big_ledger)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    page.refresh()
    qtbot.waitExposed(page)
    rows = set()
    real_data = page.model.data
    page.model.data = lambda index, role=Qt.ItemDataRole.DisplayRole: rows.add(index.row()) or real_data(index, role)
    page.refresh()
    QApplication.processEvents()
    assert page.model.rowCount() > LEDGER_FIT_ROWS
    assert 0 < len(rows) <= LEDGER_FIT_ROWS  # before: all of them (Qt's own limit is 1000 rows)


def test_the_ledger_tooltip_gives_the_chain_of_holders_with_days_and_reasons(qtbot, team):
    """The tooltip said only 「持有记录：小美 → 小刚 → 阿花」: not when each got it, nor why it was passed on."""
    shop, ids = team
    flower = shop.flowers.issue(ids["王店长"], ids["小美"], "挽回差评", day=date(2026, 10, 2))
    shop.flowers.transfer(flower.number, ids["小刚"], "小美", "谢谢顶班", day=date(2026, 10, 5))
    shop.flowers.transfer(flower.number, ids["阿花"], "小刚", day=date(2026, 10, 9))
    page = FlowersPage(shop)
    qtbot.addWidget(page)
    page.refresh()
    tip = page.model.data(page.model.index(0, 0), Qt.ItemDataRole.ToolTipRole)
    assert tip == ("持有记录：小美（2026年10月2日 获得）→ 小刚（2026年10月5日 小美签名转让：谢谢顶班）"
                   "→ 阿花（2026年10月9日 小刚签名转让）")


def test_revoked_and_expired_ledger_rows_take_the_palettes_disabled_text_colour(qtbot, team):
    """A fixed #9e9e9e grey: on a dark Windows palette the greyed rows did not follow the theme."""
    from PySide6.QtGui import QColor, QPalette

    shop, ids = team
    kept = shop.flowers.issue(ids["王店长"], ids["小美"], "挽回差评")
    wrong = shop.flowers.issue(ids["王店长"], ids["小刚"], "发错了人")
    shop.flowers.revoke(wrong.number, "应发给小美")
    page = FlowersPage(shop)
    qtbot.addWidget(page)
    dark = QPalette()
    for role, colour in ((QPalette.ColorRole.Window, "#202020"), (QPalette.ColorRole.Base, "#2b2b2b"),
                         (QPalette.ColorRole.Text, "#ffffff"), (QPalette.ColorRole.WindowText, "#ffffff")):
        dark.setColor(role, QColor(colour))
    dark.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#7a7a7a"))
    page.setPalette(dark)
    page.refresh()
    rows = {page.model.data(page.model.index(r, 0), FLOWER_ROLE).number: r for r in range(page.model.rowCount())}

    def colour(number):
        return page.model.data(page.model.index(rows[number], 0), Qt.ItemDataRole.ForegroundRole)

    assert colour(wrong.number) == QColor("#7a7a7a")
    assert colour(kept.number) is None  # a valid row keeps the view's own text colour
    light = QPalette()
    light.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#a0a0a0"))
    page.setPalette(light)  # the theme changed while the page is open
    assert colour(wrong.number) == QColor("#a0a0a0")


def test_the_ten_thousandth_flower_of_a_day_is_listed_above_the_one_before(qtbot, team):
    """The ledger put the newest of a day first by its number's text: HF-2026-10000 sorted below HF-2026-9999."""
    shop, ids = team
    shop.store.flowers.insert("HF-2026-9999", ids["王店长"], ids["小美"], shop.today, date(2027, 1, 20), "第 9999 朵",
                              "客户服务", "leader", ids["王店长"], "2026-10", 1)
    newest = shop.flowers.issue(ids["王店长"], ids["小刚"], "第 10000 朵")
    assert newest.number == "HF-2026-10000"
    page = FlowersPage(shop)
    qtbot.addWidget(page)
    page.refresh()
    assert [f.number for f in page.visible_flowers()] == ["HF-2026-10000", "HF-2026-9999"]
