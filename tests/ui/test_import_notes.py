"""The wizard's preview of a workbook with a sheet per store: its 186 notes (a person's two sub-accounts added up
each day, an average left blank) read as six lines, the blank days first, all of them in the 说明 tab.
The screen is saved as tests/artifacts/screens/import_notes.png."""

from __future__ import annotations

from datetime import date

import import_wizard_support as support
import pytest
from import_wizard_support import preview, shoot

from app.domain import StaffDraft
from tests.importing.note_files import OCTOBER_OVER, add_people, two_store_book
from ui.importing.preview_step import NOTES_SHOWN

make_wizard = support.make_wizard  # the fixture

BLANK = "王小美 10月1日–31日（31 天）的「平均响应时间」无法合并（报表里没有用于加权的「询单人数」），已留空"


@pytest.fixture
def today() -> date:
    return OCTOBER_OVER


def test_the_preview_says_the_blank_days_first_and_lists_every_note_to_scroll(qtbot, tmp_path, shop, make_wizard):
    add_people(shop)
    wizard = make_wizard([two_store_book(tmp_path / "两店10月.xlsx")])
    wizard.resize(1024, 700)
    plan = preview(qtbot, wizard)
    step = wizard.preview_step
    assert not plan.errors
    status = step.status.text()
    assert f"两店10月.xlsx 工作表「旗舰店」：注意：{BLANK}" in status  # the summary shows what matters, not 2 of 186
    assert status.count("无法合并") == NOTES_SHOWN and f"另有 {6 - NOTES_SHOWN} 条说明，见「说明」" in status
    assert step.tabs.currentWidget() is step.notes_text and step.tabs.tabText(step.tabs.indexOf(step.notes_text)) == "说明（6）"
    listed = step.notes_text.toPlainText().split("\n")
    assert listed[0] == "两店10月.xlsx 工作表「旗舰店」" and len(listed) == 7  # the sheet the notes were said on
    assert listed[1] == f"• 注意：{BLANK}" and listed[-1].endswith("10月1日–31日（31 天）已按人合计")
    shoot(wizard, "notes")


def test_the_preview_says_figures_finer_than_the_shop_keeps_were_rounded(qtbot, tmp_path, shop, make_wizard):
    """1234.567 in a 销售额 column was kept as 1,234.57 without a word: the owner could not tell why the board and
    the export differ. A note now, before committing — nothing blocks."""
    shop.staff.add(StaffDraft("小美", dept="客服部"))
    path = support.daily(tmp_path, [["2026-10-05", "小美", "1234.567", "10"], ["2026-10-06", "小美", "88.125", "9"],
                                    ["2026-10-07", "小美", "100", "8"]])
    wizard = make_wizard([path])
    wizard.resize(1024, 700)
    plan = preview(qtbot, wizard)
    note = "「销售额」列有 2 个数值比店里记的更细（金额记到分），已四舍五入，如第 3 行 1234.567 记为 1,234.57"
    assert note in wizard.preview_step.status.text()
    assert wizard.preview_step.notes_text.toPlainText().split("\n")[1:] == [f"• {note}"]
    assert not plan.blocking() and wizard.next_button.isEnabled()
    shoot(wizard, "rounded")
