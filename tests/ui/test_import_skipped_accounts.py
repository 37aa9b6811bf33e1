"""An account that is no one's (小橙子旗舰店:客服机器人), skipped in 处理未识别项 with 以后导入也跳过这个账号 (checked by
default): the next morning's wizard does not stop on it again and says it skipped its rows; 设置 → 导入 lists it
with 恢复导入."""

from __future__ import annotations

import os

import import_wizard_support as support
import pytest
from import_wizard_support import commit, daily, preview, shoot
from PySide6.QtCore import Qt

from app.domain import StaffDraft
from ui.importing.resolve_step import CREATE, SKIP
from ui.pages.settings import SettingsPage

os.environ["QT_QPA_PLATFORM"] = "offscreen"
make_wizard = support.make_wizard  # fixture
people = support.people  # fixture
ROBOT = "小橙子旗舰店:客服机器人"


def _export(tmp_path, day: str, name: str):
    return daily(tmp_path, [[day, "小美", "100", "3"], [day, ROBOT, "50", "9"], [day, ROBOT, "60", "9"]], name)


def _skip_robot(qtbot, wizard, remember: bool = True):
    preview(qtbot, wizard)
    wizard.go_resolve()
    resolve = wizard.resolve_step
    box = resolve.names.index(resolve.names.where[ROBOT], 3)
    assert box.data(Qt.ItemDataRole.CheckStateRole) is None and not box.data()  # offered once 跳过这些行 is chosen
    resolve.set_staff_choice(ROBOT, SKIP)
    assert box.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked and box.data() == "以后导入也跳过这个账号"
    assert box.flags() & Qt.ItemFlag.ItemIsUserCheckable
    shoot(wizard, "3_resolve_skip_for_good")
    state = Qt.CheckState.Checked if remember else Qt.CheckState.Unchecked
    assert resolve.names.setData(box, state.value, Qt.ItemDataRole.CheckStateRole)
    plan = preview(qtbot, wizard)
    assert plan.unknown_staff == [] and plan.files[0].skipped == 2
    commit(qtbot, wizard)


def test_skipped_for_good_the_next_import_does_not_ask_and_says_so(qtbot, shop, people, make_wizard, tmp_path):
    _skip_robot(qtbot, make_wizard([_export(tmp_path, "2026-10-01", "日报1.csv")]))
    assert shop.store.skipped_accounts.names() == frozenset({ROBOT})
    wizard = make_wizard([_export(tmp_path, "2026-10-02", "日报2.csv")])
    plan = preview(qtbot, wizard)
    assert plan.blocking() == [] and not wizard.resolve_step.has_items()
    said = f"已跳过：{ROBOT}（设置为不导入的账号）2 行（可在「设置 → 导入」里恢复导入）"
    assert said in wizard.preview_step.status.text()
    shoot(wizard, "2_preview_skipped_for_good")
    commit(qtbot, wizard)
    assert said in wizard.result_step.details.toPlainText()
    assert sorted(p.name for p in shop.staff.list()) == sorted(people)


def test_the_result_says_what_is_skipped_for_good(qtbot, shop, people, make_wizard, tmp_path):
    wizard = make_wizard([_export(tmp_path, "2026-10-01", "日报1.csv")])
    _skip_robot(qtbot, wizard)
    assert (f"以后导入也跳过：{ROBOT}（设置为不导入的账号，可在「设置 → 导入」里恢复导入）"
            in wizard.result_step.details.toPlainText())


def test_a_name_that_became_someones_before_the_commit_is_not_said_skipped_for_good(
        qtbot, shop, people, make_wizard, tmp_path):
    """Between the check and 导入 the robot's name became a new person's sub-account (员工, another window): the
    import skips its rows as chosen, but does not set it aside — and the result says so, not 以后导入也跳过."""
    wizard = make_wizard([_export(tmp_path, "2026-10-01", "日报1.csv")])
    preview(qtbot, wizard)
    wizard.go_resolve()
    wizard.resolve_step.set_staff_choice(ROBOT, SKIP)
    preview(qtbot, wizard)
    shop.staff.add(StaffDraft("小橙", aliases=(ROBOT,), dept="客服部"))
    commit(qtbot, wizard)
    assert shop.store.skipped_accounts.names() == frozenset()
    said = wizard.result_step.details.toPlainText()
    assert "以后导入也跳过" not in said, said
    assert (f"没有设置为不导入：{ROBOT}（导入时已是员工的姓名或子账号，以后导入计入员工）" in said), said
    assert f"跳过的客服：{ROBOT}" in said


def test_unchecked_the_name_is_skipped_this_time_only(qtbot, shop, people, make_wizard, tmp_path):
    _skip_robot(qtbot, make_wizard([_export(tmp_path, "2026-10-01", "日报1.csv")]), remember=False)
    assert shop.store.skipped_accounts.names() == frozenset()
    wizard = make_wizard([_export(tmp_path, "2026-10-02", "日报2.csv")])
    assert preview(qtbot, wizard).unknown_staff == [ROBOT]


def test_another_choice_remembers_nothing(qtbot, shop, people, make_wizard, tmp_path):
    """The box stays checked while hidden: choosing 新建员工 after 跳过 must not set the name aside."""
    wizard = make_wizard([_export(tmp_path, "2026-10-01", "日报1.csv")])
    preview(qtbot, wizard)
    wizard.go_resolve()
    wizard.resolve_step.set_staff_choice(ROBOT, SKIP)
    wizard.resolve_step.set_staff_choice(ROBOT, CREATE)
    names = wizard.resolve_step.names
    assert names.index(names.where[ROBOT], 3).data(Qt.ItemDataRole.CheckStateRole) is None
    assert wizard.resolve_step.options(wizard.options()).remember_skip == frozenset()


@pytest.fixture
def page(qtbot, shop):
    widget = SettingsPage(shop)
    qtbot.addWidget(widget)
    return widget


def test_settings_list_it_and_restore_brings_it_back(qtbot, shop, people, make_wizard, tmp_path, page, messages):
    page.refresh()
    panel = page.skipped_accounts
    assert panel.empty_label.isVisibleTo(panel) and not panel.list.isVisibleTo(panel)
    assert not panel.restore_button.isEnabled()
    _skip_robot(qtbot, make_wizard([_export(tmp_path, "2026-10-01", "日报1.csv")]))
    page.refresh()
    assert [panel.list.topLevelItem(0).text(0)] == [ROBOT] and "第 1 次导入时" in panel.list.topLevelItem(0).text(1)
    _shot_of_the_import_tab(page, "settings_import_skipped_accounts")
    panel.select(ROBOT)
    messages.answer = False
    assert panel.restore_selected() is False and shop.store.skipped_accounts.names() == frozenset({ROBOT})
    messages.answer = True
    assert panel.restore_selected() is True
    [question, _again] = messages.of("confirm")
    assert question.startswith(f"恢复导入「{ROBOT}」？") and "已导入的数据不变" in question
    assert shop.store.skipped_accounts.names() == frozenset() and panel.list.topLevelItemCount() == 0
    assert shop.store.audit.recent(1)[0].action == "import.account_restore"
    wizard = make_wizard([_export(tmp_path, "2026-10-02", "日报2.csv")])
    assert preview(qtbot, wizard).unknown_staff == [ROBOT]  # asked about again


def _shot_of_the_import_tab(page, name: str) -> None:
    page.tabs.setCurrentIndex(next(i for i in range(page.tabs.count()) if page.tabs.tabText(i) == "导入"))
    page.resize(900, 640)
    page.show()
    support.SCREENS.mkdir(parents=True, exist_ok=True)
    page.grab().save(str(support.SCREENS / f"{name}.png"))
