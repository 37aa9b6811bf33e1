"""The board's 日均需 when the shop counts working days: the rows, their tooltip, the column's header and the team
line say what is needed per working day left (app/reports/need.py decides the figure).

The board shop (board_support): as of 19 October 2026, the 12 days left hold 9 working days (20–23, 26–30).
"""

import pytest
from board_support import ARTIFACTS, make_board_shop
from PySide6.QtCore import Qt

from app import settings as declared
from app.reports.pace import WORKDAYS
from ui.models.board_model import BoardModel
from ui.pages.dashboard import DashboardPage


@pytest.fixture
def page(qtbot, shop):
    make_board_shop(shop)
    shop.settings.set(declared.BOARD_DAY_WEIGHTS, WORKDAYS)
    page = DashboardPage(shop)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    page.refresh()
    return page


def cell(page, name: str, role=Qt.ItemDataRole.DisplayRole):
    model = page.model
    row = next(r for r in range(model.rowCount()) if model.data(model.index(r, BoardModel.NAME)) == name)
    return model.data(model.index(row, BoardModel.PER_DAY), role)


def test_the_rows_ask_per_working_day_and_say_how(page):
    # 小美: ¥12,000.00 to go over 9 working days = ¥1,333.34 (rounded up); over the 12 calendar days it was ¥1,000.00
    assert cell(page, "小美") == "每个工作日需 ¥1,333.34"
    tip = cell(page, "小美", Qt.ItemDataRole.ToolTipRole)
    assert "还差 ¥12,000.00" in tip and "剩下 12 天里有 9 个工作日" in tip and "每个工作日需 ¥1,333.34" in tip
    assert cell(page, "欧阳娜娜娜") == "—"  # reached: nothing asked
    header_tip = page.model.headerData(BoardModel.PER_DAY, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "工作日" in header_tip


def test_the_team_line_asks_per_working_day(page):
    # personal targets ¥72,000.00, done ¥45,600.00 (阿花's ¥5,700.00 included): ¥26,400.00 ÷ 9 = ¥2,933.34
    assert "每个工作日需 ¥2,933.34" in page.summary.numbers.parts[0]
    assert "9 个工作日" in page.summary.numbers.toolTip()
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.grab().save(str(ARTIFACTS / "board_workdays.png"))


def test_promotion_days_ahead_say_what_their_day_asks(page, shop):
    shop.settings.set(declared.BOARD_DAY_WEIGHTS, "calendar")
    shop.settings.set(declared.PROMOTION_DAYS, ["10-25:3"])
    page.refresh()
    # 12 days left, the 25th counting 3: 14 shares of ¥12,000.00 — ¥857.15 an ordinary day, ¥2,571.43 on the 25th
    assert cell(page, "小美") == "日常每天需 ¥857.15"
    tip = cell(page, "小美", Qt.ItemDataRole.ToolTipRole)
    assert "10月25日按 3 天算，当天需 ¥2,571.43" in tip and "共按 14 天分" in tip
    assert "日常每天需 ¥1,885.72（10月25日大促按 3 天算）" in page.summary.numbers.parts[0]  # ¥26,400.00 ÷ 14
