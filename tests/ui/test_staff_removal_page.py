"""员工 page: 删除… removes someone added by mistake, asking first by name and number; for anyone with history
the button is grey and its tooltip says what they have and offers 离职."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.domain import StaffDraft
from app.periods import Month
from tests.ui.staff_page_support import staff_page


@pytest.fixture
def page(qtbot, shop):
    return staff_page(qtbot, shop)


def test_a_person_added_by_mistake_is_removed_after_a_question_naming_them(page, shop, qtbot, messages):
    shop.staff.add(StaffDraft("小美", hired=date(2025, 1, 1)))
    typo = shop.staff.add(StaffDraft("小美美", aliases=("旗舰店:小美",), hired=date(2025, 1, 1)))
    page.refresh()
    page.select(typo.id)
    assert page.remove_button.isEnabled()
    assert page.remove_button.toolTip() == "没有任何记录，可以删除（误加的员工）"
    messages.answer = False
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    assert shop.staff.get(typo.id) == typo  # 取消: nothing removed
    messages.answer = True
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    question = messages.of("confirm")[-1]
    assert question.startswith("删除员工 小美美（#2）？") and "编号 #2 不会再给别人用" in question
    assert page.visible_names() == ["小美"]
    assert shop.store.audit.recent(1)[0].summary == "删除误加的员工 小美美（#2）"
    assert shop.store.staff.alias_owner("旗舰店:小美") is None
    Path("tests/artifacts").mkdir(exist_ok=True)
    page.grab().save("tests/artifacts/staff_removed.png")


def test_someone_with_history_cannot_be_removed_and_is_offered_leaving(page, shop, qtbot, messages):
    mei = shop.staff.add(StaffDraft("小美", hired=date(2025, 1, 1)))
    shop.targets.set_staff(Month(2026, 10), mei.id, shop.metrics.get("sales"), 10_000)
    shop.data.set_value(date(2026, 10, 5), mei.id, shop.metrics.get("sales"), 100)
    page.refresh()
    page.select(mei.id)
    assert not page.remove_button.isEnabled()
    assert page.remove_button.toolTip() == "小美已有每日数据、月度目标，不能删除；不再在职请用「离职…」"
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)  # the key does nothing the grey button would not
    assert messages.shown == [] and shop.staff.get(mei.id) == mei
    page.grab().save("tests/artifacts/staff_not_removable.png")


def test_the_delete_key_asks_to_remove_the_selected_person(page, shop, qtbot, messages):
    typo = shop.staff.add(StaffDraft("小美美", hired=date(2025, 1, 1)))
    page.refresh()
    page.select(typo.id)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert messages.of("confirm") and shop.staff.list() == []
