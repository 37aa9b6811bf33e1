"""The board of a month other than the one that runs never says 本月 ("this month": the month it is read in):
a past month is over and complete (全月, or its name), a month to come has not begun — in its labels, its tiles,
its tooltips, its banner, the rows' tooltips, the person detail and the TV, in Chinese and in English."""

from datetime import date

import pytest
from board_support import OCT, make_board_shop
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from app.periods import Month
from ui.dialogs.person_detail import PersonDetailDialog
from ui.models.board_model import BoardModel
from ui.pages.dashboard import DashboardPage
from ui.tv_mode import TvWindow

NOV, DEC = Month(2026, 11), Month(2026, 12)
THIS_MONTH = {"zh": "本月", "en": "this month"}


def _page(qtbot, shop, month: Month) -> DashboardPage:
    page = DashboardPage(shop)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    page.picker.setMonth(month)
    page.refresh()
    return page


def _said(page: DashboardPage) -> list[str]:
    """Every text the page shows or shows on hovering: labels, buttons, tooltips, the table's cells, their
    tooltips and its headers' tooltips."""
    texts = []
    for widget in page.findChildren(QWidget):
        if widget.isVisibleTo(page) and isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(widget.text())
        if widget.isVisibleTo(page):
            texts.append(widget.toolTip())
    texts += [action.toolTip() for action in page.findChildren(QAction)]
    model = page.model
    for column in range(model.columnCount()):
        texts.append(model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) or "")
        for row in range(model.rowCount()):
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                texts.append(model.data(model.index(row, column), role) or "")
    return [text for text in texts if isinstance(text, str) and text]


@pytest.fixture
def october_seen_in_november(shop):
    """October's data (1–19 October), read on 26 November; 小刚 left on 25 October."""
    shop, people = make_board_shop(shop)
    shop.staff.leave(people["小刚"].id, date(2026, 10, 25))
    shop.set_today(date(2026, 11, 26))
    return shop, people


@pytest.mark.parametrize("month", [OCT, DEC], ids=["past", "to-come"])
def test_a_month_other_than_this_one_never_says_this_month(qtbot, october_seen_in_november, lang, month):
    shop, _ = october_seen_in_november
    page = _page(qtbot, shop, month)
    assert not [text for text in _said(page) if THIS_MONTH[lang] in text.lower()]


def test_a_past_month_is_over_in_its_team_line_and_its_rows(qtbot, october_seen_in_november):
    shop, _ = october_seen_in_november
    page = _page(qtbot, shop, OCT)
    assert page.summary.numbers.parts[0].endswith("2026年10月已结束，还差 ¥26,400.00")
    tips = {page.model.rows[r].staff.name: page.model.index(r, BoardModel.NAME).data(Qt.ItemDataRole.ToolTipRole)
            for r in range(page.model.rowCount())}
    assert tips["小美"] == "小美：全月应完成 ¥31,000.00"  # not 「按时间进度此时应完成」 a month later
    assert tips["小刚"].startswith("小刚：2026年10月在职 25/31 天，在职期间应完成")
    assert tips["阿花"] == "阿花：未设目标"


def test_a_month_to_come_has_not_begun(qtbot, october_seen_in_november):
    shop, _ = october_seen_in_november
    page = _page(qtbot, shop, DEC)
    assert page.as_of_label.text() == "2026年12月尚未开始"
    assert {tile.change.text() for tile in page.summary.tiles} == {"还没有开始"}


def test_a_past_month_without_data_is_empty_whole(qtbot, october_seen_in_november):
    shop, _ = october_seen_in_november
    page = _page(qtbot, shop, Month(2026, 9))
    assert {tile.change.text() for tile in page.summary.tiles} == {"全月没有数据"}


def test_the_running_month_is_this_month(qtbot, october_seen_in_november):
    shop, _ = october_seen_in_november
    page = _page(qtbot, shop, NOV)
    assert {tile.change.text() for tile in page.summary.tiles} == {"本月还没有数据"}


@pytest.mark.parametrize(("month", "empty"), [(DEC, "还没有开始"), (Month(2026, 9), "全月没有数据"),
                                            (NOV, "本月还没有数据")], ids=["to-come", "past", "running"])
def test_the_charts_days_of_a_month_without_data_name_no_other_this_month(qtbot, october_seen_in_november, month,
                                                                          empty):
    """每人每日 of a month with nobody's data said 本月还没有数据 of December seen in November, or of September."""
    from ui.widgets.board_chart import BoardChart

    shop, _ = october_seen_in_november
    page = _page(qtbot, shop, month)
    page.chart.mode.setCurrentIndex(BoardChart.SMALL_MULTIPLES)
    page._draw_chart()
    assert not page.chart.small.panels and page.chart.small.empty_text == empty
    page.chart.small.grab()  # painted with it


def test_a_past_months_detail_names_the_month_of_its_events(qtbot, october_seen_in_november):
    shop, people = october_seen_in_november
    dialog = PersonDetailDialog(shop, shop.staff.get(people["小美"].id), OCT)
    qtbot.addWidget(dialog)
    texts = [label.text() for label in dialog.findChildren(QLabel)] + [dialog.events.item(0, 0).text()]
    assert "2026年10月没有记录事件" in texts and not [text for text in texts if "本月" in text]


def test_the_tv_of_a_month_to_come_names_no_this_month(qtbot, october_seen_in_november):
    shop, _ = october_seen_in_november
    tv = TvWindow(shop, month=DEC)
    qtbot.addWidget(tv)
    assert "本月" not in tv.header_text() and tv.header_text().endswith("2026年12月 · 尚未开始")



def test_someone_who_left_this_month_has_no_pace_by_now(qtbot, shop):
    """小刚 left on 15 October, read on the 20th: his time in the month is over, as his status says (未达成), so
    his tooltip no longer says what he should have 「按时间进度此时」."""
    shop, people = make_board_shop(shop)
    shop.staff.leave(people["小刚"].id, date(2026, 10, 15))
    page = _page(qtbot, shop, OCT)
    tips = {page.model.rows[r].staff.name: page.model.index(r, BoardModel.NAME).data(Qt.ItemDataRole.ToolTipRole)
            for r in range(page.model.rowCount())}
    assert tips["小刚"] == "小刚：本月在职 15/31 天，在职期间应完成 ¥31,000.00"
    assert tips["小美"].startswith("小美：按时间进度此时应完成")  # still at work: the month runs
