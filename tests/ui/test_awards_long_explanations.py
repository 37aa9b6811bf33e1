"""A long 说明 on the 评奖 page (a team's rate with its note: about 870 pixels in Chinese) was cut at 1366×768
with its end only in the tooltip: it wraps in its row and reads whole, in Chinese and in English; when the window
is wider again, its row is one line high again."""

from __future__ import annotations

from awards_page_support import PLAN, SCREENS, _write, computed, make_team, texts_not_whole
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication

from ui.widgets.award_lines_table import TEXT_MARGINS

TEAM_FUND = {"name": "优秀部门", "kind": "best", "period": "month", "pays": "cash", "recipient": "department",
             "metric": "achievement", "amount": 500, "note": "部门目标完成率最高的部门，奖金进团队基金"}


def _explanations(page) -> list[tuple[int, str]]:
    column = page.model.EXPLANATION
    return [(row, page.model.index(row, column).data()) for row in range(page.model.rowCount())]


def test_a_long_explanation_wraps_whole_at_1366_and_is_one_line_again_when_wider(qtbot, shop, tmp_path, make_window,
                                                                                  lang):
    make_team(shop, tmp_path)
    shop.staff.rename_department(shop.staff.find_department("客服部").id, "天猫旗舰店售前客服部")
    shop.awards.plans.use(str(_write(tmp_path, {**PLAN, "key": "kefu-team", "rules": [*PLAN["rules"], TEAM_FUND]},
                                     "kefu-team.json")))
    window = make_window(start_page="awards")
    window.resize(1366 - 16, 728 - 40)  # a 1366×768 screen beside the taskbar, inside the window's frame
    window.show()
    page = window.current_page()
    computed(qtbot, page)
    QApplication.processEvents()
    SCREENS.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(SCREENS / f"awards-long-explanation-{lang}.png"))
    table, room = page.table, page.table.columnWidth(page.model.EXPLANATION) - TEXT_MARGINS
    longer = [text for _row, text in _explanations(page) if table.fontMetrics().horizontalAdvance(text) > room]
    assert longer and any("客服部" in text for text in longer), longer  # the team's line, at least
    assert texts_not_whole(page.table, page.model.EXPLANATION) == []
    window.resize(1920 - 16, 1040 - 40)
    one_line = table.verticalHeader().defaultSectionSize()
    qtbot.waitUntil(lambda: [table.rowHeight(row) for row, _text in _explanations(page)]
                    == [one_line] * page.model.rowCount())
    window.resize(1366 - 16, 728 - 40)  # back: wrapped again, as wide as the column is now
    qtbot.waitUntil(lambda: table.rowHeight(page.model.rowCount() - 1) > one_line)
    QApplication.processEvents()
    assert texts_not_whole(page.table, page.model.EXPLANATION) == []



def test_a_long_reason_for_no_award_wraps_whole_in_its_row_once_its_tab_is_shown(qtbot):
    """未获奖原因: a reason wider than its column (a growth short of a step with its numbers, in English at 150 %
    on 1366×768) wraps in a higher row, as 说明 does, rather than ending in … with nowhere to read the rest. Its
    rows are measured once the tab is shown, not at each period shown while another tab is (a thousand rows)."""
    from ui.widgets.award_tabs import AwardTabs

    tabs = AwardTabs()
    qtbot.addWidget(tabs)
    tabs.resize(700, 300)
    tabs.show()
    view, model = tabs.why_not, tabs.why_not_model
    measured = []
    view.sizeHintForRow = lambda row, measure=view.sizeHintForRow: measured.append(row) or measure(row)
    long = "Sep Sales ¥70,188.94, last month ¥69,032.97, ¥1,155.97 over: less than one step (one step per ¥2,000.00)"
    model.set_reasons([("阶梯奖励", "孙悦", long), ("阶段目标奖", "宋佳", "未达 100%")])
    QApplication.processEvents()
    assert measured == []

    tabs.setCurrentWidget(view)
    one_line = view.verticalHeader().defaultSectionSize()
    room = view.columnWidth(model.REASON) - TEXT_MARGINS
    assert view.fontMetrics().horizontalAdvance(long) > room
    wrapped = view.fontMetrics().boundingRect(QRect(0, 0, room, 10_000), Qt.TextFlag.TextWordWrap, long).height()
    qtbot.waitUntil(lambda: view.rowHeight(0) >= wrapped)
    assert view.rowHeight(1) == one_line and measured == [0]
