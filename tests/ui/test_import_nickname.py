"""The check step says which sub-accounts no one has were counted for a person by the part after the colon alone
(别家店:小美 → 小美): it may be another shop's account. 处理未识别项 confirms it as hers (remembered), gives it to
another person, or skips it; left alone it stays counted for her, as before, and nothing is remembered."""

from __future__ import annotations

import os
from datetime import date

import import_wizard_support as support
import pytest
from import_wizard_support import commit, daily, preview, shoot

from app.domain import StaffDraft
from ui.importing import wizard as steps
from ui.importing.resolve_step import SKIP

os.environ["QT_QPA_PLATFORM"] = "offscreen"
make_wizard = support.make_wizard  # fixture
D1 = date(2026, 10, 1)
SAID = "别家店:小美 → 小美（按昵称对应，未登记此子账号）"


@pytest.fixture
def staff(shop):
    return {name: shop.staff.add(StaffDraft(name, aliases=aliases)).id
            for name, aliases in (("小美", ("旗舰店:小美",)), ("阿强", ()), ("晓雯", ()))}


@pytest.fixture
def wizard(qtbot, tmp_path, staff, make_wizard):
    report = daily(tmp_path, [["2026-10-01", "别家店:小美", "100", "5"], ["2026-10-02", "别家店:小美", "80", "4"],
                              ["2026-10-01", "阿强", "50", "3"]])
    made = make_wizard([report])
    preview(qtbot, made)
    return made


def _sales(shop, staff_id):
    return shop.store.values.get("sales", D1, staff_id)


def test_the_check_step_says_whom_a_sub_account_was_counted_for_by_nickname(wizard, shop, staff):
    step = wizard.preview_step
    status = step.status.text()
    assert "别家店:小美 → 小美。" in status and "请在下一步确认" in status
    assert "未登记此子账号" not in status  # said once for all of them by the line itself, not after each name
    assert f"按昵称对应：{SAID}（第 3 行起，共 2 行）" in step.layout_text.toPlainText()
    assert wizard.next_button.isEnabled()  # said, not refused: 导入 counts it for her as before
    assert wizard.resolve_button.isVisible()
    shoot(wizard, "2_preview_nickname")
    wizard.go_resolve()
    resolve = wizard.resolve_step
    assert resolve.nicknames_box.isVisible() and not resolve.names_box.isVisible()
    table = resolve.nicknames_table
    assert [table.model().index(0, c).data() for c in range(4)] == ["别家店:小美", "小美", "2", "暂按昵称计入 小美（不记住）"]
    shoot(wizard, "3_resolve_nickname")


def test_confirmed_it_is_remembered_as_her_sub_account(qtbot, wizard, shop, staff):
    wizard.go_resolve()
    wizard.resolve_step.confirm_nicknames()
    plan = preview(qtbot, wizard)
    assert not plan.nickname_matches and SAID not in wizard.preview_step.status.text()
    assert list(wizard.resolve_step.nicknames) == ["别家店:小美"]  # still listed with its choice
    commit(qtbot, wizard)
    assert "别家店:小美" in shop.staff.get(staff["小美"]).aliases and _sales(shop, staff["小美"]) == 10000


def test_given_to_another_person_her_day_is_untouched(qtbot, wizard, shop, staff):
    wizard.go_resolve()
    wizard.resolve_step.set_staff_choice("别家店:小美", staff["晓雯"])
    preview(qtbot, wizard)
    commit(qtbot, wizard)
    assert (_sales(shop, staff["小美"]), _sales(shop, staff["晓雯"])) == (None, 10000)
    assert "别家店:小美" in shop.staff.get(staff["晓雯"]).aliases


def test_skipped_or_left_alone(qtbot, wizard, shop, staff):
    wizard.go_resolve()
    wizard.resolve_step.set_staff_choice("别家店:小美", SKIP)
    plan = preview(qtbot, wizard)
    assert plan.files[0].skipped == 2 and wizard.step() == steps.PREVIEW
    wizard.resolve_step.set_staff_choice("别家店:小美", "")  # back to counting it for her, nothing remembered
    preview(qtbot, wizard)
    commit(qtbot, wizard)
    assert _sales(shop, staff["小美"]) == 10000 and "别家店:小美" not in shop.staff.get(staff["小美"]).aliases


def test_the_rows_column_counts_a_name_in_every_file(qtbot, tmp_path, staff, make_wizard):
    """Two reports naming the same sub-account or the same stranger: 行数 said only the first file's rows (1 of 2)."""
    first = daily(tmp_path, [["2026-10-01", "别家店:小美", "100", "5"], ["2026-10-01", "路人甲", "50", "3"]], "一.csv")
    second = daily(tmp_path, [["2026-10-02", "别家店:小美", "80", "4"], ["2026-10-02", "路人甲", "60", "2"],
                              ["2026-10-03", "路人甲", "70", "2"]], "二.csv")
    wizard = make_wizard([first, second])
    preview(qtbot, wizard)
    wizard.go_resolve()
    resolve = wizard.resolve_step
    assert [resolve.nicknames.index(0, c).data() for c in (0, 2)] == ["别家店:小美", "2"]
    assert [resolve.names.index(0, c).data() for c in (0, 1)] == ["路人甲", "3"]
