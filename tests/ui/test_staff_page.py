"""员工 page: the table, the staff dialog (every field, inline validation), leave and rehire, departments."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel

from app.domain import Birthday, StaffDraft
from app.i18n import set_language
from tests.ui.staff_page_support import staff_page
from ui import errors
from ui.dialogs.department_dialog import DepartmentDialog
from ui.dialogs.leave_dialog import LeaveDialog, RehireDialog
from ui.dialogs.staff_dialog import StaffDialog
from ui.models.audit_model import AuditTableModel
from ui.models.staff_model import StaffTableModel
from ui.pages.staff import StaffPage
from ui.widgets.optional_date import to_qdate


@pytest.fixture
def page(qtbot, shop):
    return staff_page(qtbot, shop)


def _click_ok(qtbot, dialog):
    qtbot.mouseClick(dialog.ok_button() if hasattr(dialog, "ok_button") else dialog.buttons.buttons()[0],
                     Qt.MouseButton.LeftButton)


def _fill(qtbot, dialog, *, name="", aliases="", dept="", role="", hired=None, birthday=None, pay=("", "", "")):
    dialog.name_edit.setText(name)  # QTest can only type ASCII keys
    dialog.aliases_edit.setPlainText(aliases)
    if dept:
        dialog.dept_combo.setCurrentText(dept)
    if role:
        dialog.role_combo.setCurrentText(role)
    if hired is not None:
        dialog.hired_edit.check.setChecked(True)
        dialog.hired_edit.edit.setDate(to_qdate(hired))
    if birthday is not None:
        month, day, lunar = birthday
        dialog.birthday_edit.check.setChecked(True)
        dialog.birthday_edit.calendar.setCurrentIndex(1 if lunar else 0)
        dialog.birthday_edit.month.setValue(month)
        dialog.birthday_edit.day.setValue(day)
    for edit, text in zip((dialog.base_pay, dialog.post_pay, dialog.allowance), pay, strict=True):
        edit.setText(text)


def _driving(qtbot, **fields):
    """A replacement for StaffDialog.ask that fills the real dialog and presses OK (no exec())."""
    seen = {}

    def ask(parent, shop, person=None):
        dialog = StaffDialog(shop, person, parent)
        qtbot.addWidget(dialog)
        seen["dialog"] = dialog
        if fields:
            _fill(qtbot, dialog, **fields)
        _click_ok(qtbot, dialog)
        return dialog.saved if dialog.result() == QDialog.DialogCode.Accepted else None

    return ask, seen


def test_adding_a_person_with_every_field_shows_them_in_the_table_and_the_store(page, shop, qtbot, monkeypatch):
    ask, seen = _driving(qtbot, name="刘洋", aliases="旗舰店:小刘\n 专营店：小刘 \n", dept="直播部", role="主管",
                         hired=date(2025, 3, 1), birthday=(8, 15, True), pay=("¥3,500", "1,200.50", "￥300"))
    monkeypatch.setattr(StaffDialog, "ask", ask)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)

    assert seen["dialog"].result() == QDialog.DialogCode.Accepted
    [person] = shop.staff.list()
    assert (person.name, person.aliases, person.dept, person.role) == (
        "刘洋", ("旗舰店:小刘", "专营店:小刘"), "直播部", "主管")
    assert person.hired == date(2025, 3, 1) and person.left is None
    assert person.birthday == Birthday(8, 15, lunar=True)
    assert (person.base_pay_fen, person.post_pay_fen, person.allowance_fen) == (350000, 120050, 30000)
    assert [d.name for d in shop.staff.departments()] == ["直播部"]
    assert page.visible_names() == ["刘洋"]
    assert page.selected_person().id == person.id
    row = [page.proxy.index(0, c).data() for c in range(page.proxy.columnCount())]
    assert row == [str(person.id), "刘洋", "旗舰店:小刘、专营店:小刘", "直播部", "主管", "2025年3月1日", "",
                   "农历八月十五", "在职"]


def _other_person(shop):
    return shop.staff.add(StaffDraft("张伟", aliases=("旗舰店:小美",)))


@pytest.mark.parametrize(("fields", "message"), [
    ({"name": "  "}, "姓名不能为空"),
    ({"name": "李四", "aliases": "旗舰店：小美"}, "已属于 张伟"),
    ({"name": "李四", "aliases": "李四\n : "}, "子账号「:」的冒号前后都要有内容：请写成 店铺名:昵称"),
    ({"name": "李四", "birthday": (2, 30, False)}, "02-30"),
    ({"name": "李四", "hired": date(2026, 10, 21)}, "在今天"),
    ({"name": "李四", "pay": ("三千", "", "")}, "基本工资"),
    ({"name": "李四", "pay": ("3500.555", "", "")}, "基本工资最多两位小数（到分）：「3500.555」"),
    ({"name": "李四", "pay": ("", "", "200.001")}, "津贴/补贴最多两位小数（到分）"),
])
def test_a_refused_entry_keeps_the_dialog_open_with_the_reason_and_saves_nothing(qtbot, shop, fields, message):
    _other_person(shop)
    people_before, audit_before = shop.staff.list(), shop.store.audit.count()
    dialog = StaffDialog(shop)
    qtbot.addWidget(dialog)
    dialog.show()
    _fill(qtbot, dialog, **fields)
    _click_ok(qtbot, dialog)
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error_label.isVisible() and message in dialog.error_label.text()
    assert dialog.saved is None
    assert shop.staff.list() == people_before and shop.store.audit.count() == audit_before
    assert shop.staff.departments() == []


def test_fixing_the_mistake_then_saves(qtbot, shop):
    dialog = StaffDialog(shop)
    qtbot.addWidget(dialog)
    dialog.show()
    _click_ok(qtbot, dialog)
    assert dialog.error_label.isVisible()
    dialog.name_edit.setText("王五")
    _click_ok(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted and not dialog.error_label.isVisible()
    assert [p.name for p in shop.staff.list()] == ["王五"]


def test_editing_prefills_every_field_and_saves_changes(page, shop, qtbot, monkeypatch):
    person = shop.staff.add(StaffDraft("陈静", aliases=("旗舰店:静静",), dept="客服部", role="组长",
                                       hired=date(2024, 5, 6), birthday=Birthday(12, 1), base_pay_fen=300000))
    page.refresh()
    page.select(person.id)
    ask, seen = _driving(qtbot)
    monkeypatch.setattr(StaffDialog, "ask", ask)

    def rename_then_ok(parent, shop_, person_=None):
        dialog = StaffDialog(shop_, person_, parent)
        qtbot.addWidget(dialog)
        seen["dialog"] = dialog
        assert dialog.name_edit.text() == "陈静" and dialog.aliases_edit.toPlainText() == "旗舰店:静静"
        assert dialog.dept_combo.currentText() == "客服部" and dialog.role_combo.currentText() == "组长"
        assert dialog.hired_edit.date() == date(2024, 5, 6) and dialog.birthday_edit.birthday() == Birthday(12, 1)
        assert dialog.base_pay.text() == "3,000.00" and dialog.post_pay.text() == ""
        dialog.name_edit.setText("陈静怡")
        _click_ok(qtbot, dialog)
        return dialog.saved

    monkeypatch.setattr(StaffDialog, "ask", rename_then_ok)
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    assert shop.staff.get(person.id).name == "陈静怡"
    assert shop.staff.get(person.id).base_pay_fen == 300000
    assert page.visible_names() == ["陈静怡"]


def test_leaving_keeps_the_person_with_a_leave_date_and_rehire_starts_a_new_stint(page, shop, qtbot, monkeypatch):
    person = shop.staff.add(StaffDraft("周杰", hired=date(2025, 1, 1)))
    page.refresh()
    page.select(person.id)
    assert page.leave_button.isEnabled() and not page.rehire_button.isEnabled()

    def leave_on_15th(parent, shop_, person_):
        dialog = LeaveDialog(shop_, person_, parent)
        qtbot.addWidget(dialog)
        assert dialog.date_edit.date() == to_qdate(date(2026, 10, 20))  # default: today
        dialog.date_edit.setDate(to_qdate(date(2026, 10, 15)))
        _click_ok(qtbot, dialog)
        return dialog.saved

    monkeypatch.setattr(LeaveDialog, "ask", leave_on_15th)
    qtbot.mouseClick(page.leave_button, Qt.MouseButton.LeftButton)
    assert shop.staff.get(person.id).left == date(2026, 10, 15)
    assert page.visible_names() == []  # hidden unless 显示已离职
    page.show_left.setChecked(True)
    assert page.visible_names() == ["周杰"]
    assert page.proxy.index(0, 6).data() == "2026年10月15日" and page.proxy.index(0, 8).data() == "已离职"

    page.select(person.id)
    assert page.rehire_button.isEnabled() and page.leave_button.toolTip() == "更改离职日期"

    def back_on_19th(parent, shop_, person_):
        dialog = RehireDialog(shop_, person_, parent)
        qtbot.addWidget(dialog)
        assert "2026年10月15日" in dialog.findChild(QLabel).text()
        dialog.date_edit.setDate(to_qdate(date(2026, 10, 19)))
        _click_ok(qtbot, dialog)
        return dialog.saved

    monkeypatch.setattr(RehireDialog, "ask", back_on_19th)
    qtbot.mouseClick(page.rehire_button, Qt.MouseButton.LeftButton)
    back = shop.staff.get(person.id)
    assert (back.hired, back.left) == (date(2026, 10, 19), None)
    assert [(s.hired, s.left) for s in back.earlier] == [(date(2025, 1, 1), date(2026, 10, 15))]
    assert page.proxy.index(0, 8).data() == "在职"
    assert page.proxy.index(0, 5).data() == "2026年10月19日（重新入职）"
    history = "在职经历：\n2025年1月1日 至 2026年10月15日\n2026年10月19日 起至今"
    assert [page.proxy.index(0, c).data(Qt.ItemDataRole.ToolTipRole) for c in (1, 5, 6)] == [history] * 3
    dialog = StaffDialog(shop, back)  # the earlier stint is shown with the person
    qtbot.addWidget(dialog)
    assert dialog.earlier_label.text() == "2025年1月1日 至 2026年10月15日"


def test_a_mistyped_leaving_date_is_corrected_with_the_leave_button_in_one_step(page, shop, qtbot, monkeypatch):
    """The 离职… button was grey for someone who had left: a wrong leaving date took a rehire to cancel the
    leaving and a second leaving. Now it opens the leaving date to correct, kept as it was until saved."""
    person = shop.staff.add(StaffDraft("周杰", hired=date(2025, 1, 1)))
    shop.staff.leave(person.id, date(2026, 10, 5))
    page.show_left.setChecked(True)
    page.select(person.id)
    assert page.leave_button.isEnabled()
    seen = {}

    def correct_to_15th(parent, shop_, person_):
        dialog = LeaveDialog(shop_, person_, parent)
        qtbot.addWidget(dialog)
        seen["title"], seen["day"] = dialog.windowTitle(), dialog.date_edit.date()
        dialog.date_edit.setDate(to_qdate(date(2026, 10, 15)))
        _click_ok(qtbot, dialog)
        return dialog.saved

    monkeypatch.setattr(LeaveDialog, "ask", correct_to_15th)
    qtbot.mouseClick(page.leave_button, Qt.MouseButton.LeftButton)
    assert seen == {"title": "更改离职日期", "day": to_qdate(date(2026, 10, 5))}  # the date as it was
    corrected = shop.staff.get(person.id)
    assert (corrected.hired, corrected.left, corrected.earlier) == (date(2025, 1, 1), date(2026, 10, 15), ())
    assert page.proxy.index(0, 6).data() == "2026年10月15日"
    assert shop.store.audit.recent(1)[0].summary == "周杰（#1）的离职日期由 2026年10月5日 改为 2026年10月15日"


def test_a_person_never_rehired_has_a_plain_hire_date_and_no_history_tooltip(page, shop):
    shop.staff.add(StaffDraft("周杰", hired=date(2025, 1, 1)))
    page.refresh()
    assert page.proxy.index(0, 5).data() == "2025年1月1日"
    assert page.proxy.index(0, 5).data(Qt.ItemDataRole.ToolTipRole) is None


def test_a_leave_date_before_the_hire_date_is_refused_inline(qtbot, shop):
    person = shop.staff.add(StaffDraft("吴敏", hired=date(2026, 9, 1)))
    dialog = LeaveDialog(shop, person)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.date_edit.setDate(to_qdate(date(2026, 8, 31)))
    _click_ok(qtbot, dialog)
    assert dialog.isVisible() and "早于入职日期" in dialog.error_label.text()
    assert shop.staff.get(person.id).left is None


def test_rehire_before_the_leave_day_is_refused_inline_and_cancel_changes_nothing(qtbot, shop):
    person = shop.staff.add(StaffDraft("郑强", hired=date(2026, 9, 1)))
    person = shop.staff.leave(person.id, date(2026, 10, 1))
    dialog = RehireDialog(shop, person)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.date_edit.setDate(to_qdate(date(2026, 8, 31)))
    _click_ok(qtbot, dialog)
    assert dialog.isVisible() and "早于入职日期" in dialog.error_label.text()
    dialog.reject()
    assert shop.staff.get(person.id).left == date(2026, 10, 1)


def test_filter_box_matches_names_aliases_and_departments(page, staffed_shop, qtbot):
    page.refresh()
    assert page.visible_names() == ["张伟", "李娜", "王芳"]  # 赵磊 has left
    page.filter_edit.setText("娜娜")
    assert page.visible_names() == ["李娜"]
    page.filter_edit.setText("售后部")
    assert page.visible_names() == ["王芳"]
    page.show_left.setChecked(True)
    assert page.visible_names() == ["王芳", "赵磊"]
    assert "已离职 1 人" in page.count_label.text()


def test_the_count_under_a_search_says_how_many_it_finds(page, staffed_shop):
    """A search that found two people, or nobody, still said 「在职 3 人」 under the table."""
    page.refresh()
    assert page.count_label.text() == "在职 3 人"
    page.filter_edit.setText("售后部")
    assert page.count_label.text() == "在职 3 人中 1 人符合"
    page.filter_edit.setText("没有这个人")
    assert page.count_label.text() == "在职 3 人中 0 人符合"
    page.show_left.setChecked(True)
    assert page.count_label.text() == "共 4 人（在职 3 人，已离职 1 人）中 0 人符合"
    page.filter_edit.clear()
    assert page.count_label.text() == "共 4 人：在职 3 人，已离职 1 人"


def test_the_count_under_a_search_in_english(qapp, page, staffed_shop):
    from ui.main import install_translators

    install_translators(qapp, "en")
    try:
        page.show_left.setChecked(True)
        page.filter_edit.setText("娜娜")
        assert page.count_label.text() == "1 of 4 people matches (3 employed, 1 left)"
        page.show_left.setChecked(False)
        page.filter_edit.setText("部")
        assert page.count_label.text() == "3 of 3 employed match"
    finally:
        install_translators(qapp, "zh")


def test_the_search_hint_cut_on_a_laptop_is_shown_whole_on_hover(qapp, qtbot, shop):
    """At 1366×768 and 150 % the English hint showed 「Search name, sub-acc…」: the dates it finds were hidden."""
    from ui.main import install_translators

    install_translators(qapp, "en")
    try:
        page = StaffPage(shop)
        qtbot.addWidget(page)
        page.resize(895 - 111, 432)  # the laptop's window beside the navigation
        page.show()
        edit = page.filter_edit
        hint = edit.placeholderText()
        assert edit.fontMetrics().horizontalAdvance(hint) > edit.width()  # cut short here
        assert edit.toolTip() == hint and "2026-10-01" in hint
    finally:
        install_translators(qapp, "zh")


def test_filter_box_reads_a_sub_account_as_aliases_are_kept(page, shop):
    """Aliases are kept with `:`; typed with the full-width `：` (or full-width letters) they are still found."""
    shop.staff.add(StaffDraft("小美", aliases=("小橙子旗舰店：小美",)))
    shop.staff.add(StaffDraft("小刚", aliases=("Ａmy店:小刚",)))
    page.refresh()
    for typed in ("小橙子旗舰店：小美", " 小橙子旗舰店:小美 ", "旗舰店：小"):
        page.filter_edit.setText(typed)
        assert page.visible_names() == ["小美"], typed
    for typed in ("amy店：", "ＡＭＹ"):
        page.filter_edit.setText(typed)
        assert page.visible_names() == ["小刚"], typed
    page.filter_edit.setText("")
    assert sorted(page.visible_names()) == ["小刚", "小美"]


def test_sorting_by_name_or_birthday_reads_as_a_chinese_reader_expects(page, shop):
    for name, birthday in (("张伟", Birthday(10, 1)), ("闫明", Birthday(3, 18)), ("阿花", None), ("王玥", Birthday(12, 5))):
        shop.staff.add(StaffDraft(name=name, birthday=birthday))
    page.refresh()
    page.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)  # 姓名: pinyin, 闫 among the yan, 玥 after 王
    assert page.visible_names() == ["阿花", "王玥", "闫明", "张伟"]
    page.table.sortByColumn(7, Qt.SortOrder.AscendingOrder)  # 生日: 3月 before 10月 before 12月
    assert page.visible_names() == ["阿花", "闫明", "张伟", "王玥"]


def test_hire_dates_read_as_the_window_writes_them_and_sort_by_date(page, shop):
    """The 入职/离职 columns said 2025-09-01 where every other place in the window says 2025年9月1日; written
    so, 2025年10月1日 would sort before 2025年9月1日 as text: the column sorts by the day itself."""
    for name, hired in (("张伟", date(2025, 10, 1)), ("闫明", date(2025, 9, 1)), ("阿花", date(2024, 12, 31))):
        shop.staff.add(StaffDraft(name=name, hired=hired))
    page.refresh()
    page.table.sortByColumn(5, Qt.SortOrder.AscendingOrder)
    assert page.visible_names() == ["阿花", "闫明", "张伟"]
    assert [page.proxy.index(r, 5).data() for r in range(3)] == ["2024年12月31日", "2025年9月1日", "2025年10月1日"]


def test_enter_or_a_double_click_on_a_person_opens_them_once(page, staffed_shop, qtbot, monkeypatch):
    """Enter on the selected person did nothing: the keyboard could not open anyone."""
    opened = []
    monkeypatch.setattr(StaffDialog, "ask", classmethod(lambda cls, parent, shop, person=None: opened.append(person.name)))
    page.refresh()
    page.show()
    page.table.setFocus()
    page.table.setCurrentIndex(page.proxy.index(1, 1))
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert opened == ["李娜"]
    rect = page.table.visualRect(page.proxy.index(2, 1))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # a double-click's press
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened == ["李娜", "王芳"]


def test_tab_goes_round_the_staff_dialogs_fields_and_buttons_only(qtbot, shop):
    """After 取消 Tab stopped on the invisible scroll area holding the fields: a keypress that seemed lost."""
    from PySide6.QtWidgets import QScrollArea

    dialog = StaffDialog(shop)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    dialog.name_edit.setFocus()
    seen = []
    for _ in range(13):
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        seen.append(dialog.focusWidget())
    assert not any(isinstance(widget, QScrollArea) for widget in seen)
    assert seen[seen.index(dialog.buttons.buttons()[-1]) + 1] is dialog.name_edit  # from 取消 back to 姓名


def test_an_empty_shop_explains_how_to_start(page):
    assert page.empty_label.isVisibleTo(page) and not page.table.isVisibleTo(page)
    assert "新增" in page.empty_label.text()


def test_departments_are_added_and_renamed_from_the_staff_page(page, shop, qtbot, monkeypatch):
    shop.staff.add(StaffDraft("孙丽", dept="客服部"))

    def manage(parent, shop_):
        dialog = DepartmentDialog(shop_, parent)
        qtbot.addWidget(dialog)
        editor = dialog.editor
        editor.name_edit.setText("美工部")
        qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
        editor.name_edit.setText("客服部")
        qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
        assert "已存在" in editor.error_label.text()
        editor.select("客服部")
        editor.name_edit.setText("客服一部")
        qtbot.mouseClick(editor.rename_button, Qt.MouseButton.LeftButton)
        assert not editor.error_label.isVisible()
        return dialog.changed

    monkeypatch.setattr(DepartmentDialog, "ask", manage)
    qtbot.mouseClick(page.dept_button, Qt.MouseButton.LeftButton)
    assert [d.name for d in shop.staff.departments()] == ["客服一部", "美工部"]
    assert page.proxy.index(0, 3).data() == "客服一部"


def test_new_department_typed_in_the_staff_dialog_is_created(qtbot, shop):
    shop.staff.add_department("客服部")
    dialog = StaffDialog(shop)
    qtbot.addWidget(dialog)
    assert [dialog.dept_combo.itemText(i) for i in range(dialog.dept_combo.count())] == ["", "客服部"]
    _fill(qtbot, dialog, name="何平", dept="仓库", role="仓管")
    _click_ok(qtbot, dialog)
    assert [d.name for d in shop.staff.departments()] == ["客服部", "仓库"]
    assert shop.staff.list()[0].dept == "仓库"


def test_table_models_follow_the_qt_model_contract(qtmodeltester, staffed_shop):
    staff_model = StaffTableModel(staffed_shop.today)
    staff_model.set_people(staffed_shop.staff.list())
    qtmodeltester.check(staff_model)
    audit_model = AuditTableModel()
    audit_model.set_entries(staffed_shop.store.audit.recent())
    qtmodeltester.check(audit_model)
    assert staff_model.rowCount() == 4 and audit_model.rowCount() == staffed_shop.store.audit.count()


def test_every_logged_action_has_a_chinese_name():
    import re
    from pathlib import Path

    from ui.models.audit_model import ACTION_LABELS

    source = "\n".join(p.read_text(encoding="utf-8") for p in (Path(__file__).resolve().parents[2] / "app").rglob("*.py"))
    # written straight to the audit repo, or through a service's own `_log(action, …)`
    logged = set(re.findall(r'(?:audit\.add\([^,]+,|_log\()\s*"([a-z_]+\.[a-z_]+)"', source))
    assert {"flower.revoke", "red_flag.revoke"} <= logged
    assert len(logged) > 20 and logged - set(ACTION_LABELS) == set()


def _rule_for_kefu(shop, tmp_path):
    """The shop's plan with its first rule written for 客服部 by name; 客服部 then renamed 售前部."""
    import json
    from pathlib import Path

    plan = json.loads((Path(__file__).parents[2] / "data" / "presets" / "taobao-kefu.json").read_text("utf-8"))
    plan["rules"][0]["eligible"] = {"departments": ["客服部"]}
    path = tmp_path / "kefu-named.json"
    path.write_text(json.dumps(plan, ensure_ascii=False), encoding="utf-8")
    shop.staff.add(StaffDraft("张伟", dept="客服部"))
    shop.awards.plans.use(str(path))
    shop.staff.rename_department(shop.store.departments.by_name("客服部").id, "售前部")
    return plan["rules"][0]["name"]


def test_a_new_department_taking_a_former_name_says_the_rules_it_takes(qtbot, shop, tmp_path, messages):
    """With no approved period to ask about, typing a renamed department's old name made a new department that
    took the rules written for that name from the renamed one, without a word."""
    rule = _rule_for_kefu(shop, tmp_path)
    dialog = StaffDialog(shop)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name_edit.setText("李四")
    dialog.dept_combo.setCurrentText("客服部")
    _click_ok(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    [said] = messages.of("info")
    assert f"的「{rule}」）原本按旧名称适用于「售前部」，现在改为适用于新部门「客服部」" in said
    messages.shown.clear()
    dialog = StaffDialog(shop)  # the department is there now: nothing more to say
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("王五")
    dialog.dept_combo.setCurrentText("客服部")
    _click_ok(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted and messages.of("info") == []


def test_adding_a_department_by_a_former_name_in_the_department_editor_says_so(qtbot, shop, tmp_path, messages):
    rule = _rule_for_kefu(shop, tmp_path)
    dialog = DepartmentDialog(shop)
    qtbot.addWidget(dialog)
    dialog.editor.name_edit.setText("客服部")
    qtbot.mouseClick(dialog.editor.add_button, Qt.MouseButton.LeftButton)
    assert "客服部" in dialog.editor.names()
    [said] = messages.of("info")
    assert f"「{rule}」" in said and "现在改为适用于新部门「客服部」" in said


def test_a_department_name_already_used_is_refused_in_the_department_editor_asking_for_another(qtbot, shop):
    """部门管理 said 「直接选用它即可」, though it has nothing to choose: the name is taken, another is wanted."""
    shop.staff.add_department("客服部")
    dialog = DepartmentDialog(shop)
    qtbot.addWidget(dialog)
    dialog.editor.name_edit.setText("客服部")
    qtbot.mouseClick(dialog.editor.add_button, Qt.MouseButton.LeftButton)
    assert dialog.editor.error_label.text() == "部门「客服部」已存在：请换一个名称"
    assert dialog.editor.names().count("客服部") == 1
    set_language("en")
    try:
        qtbot.mouseClick(dialog.editor.add_button, Qt.MouseButton.LeftButton)
    finally:
        set_language("zh")
    assert dialog.editor.error_label.text() == 'Department "客服部" already exists: choose another name'


@pytest.mark.parametrize(("answer", "saved"), [("join", "张伟"), ("keep", "张 伟"), (None, None)])  # kept: folded to one space, as ever
def test_a_space_inside_a_chinese_name_is_asked_about(qtbot, shop, monkeypatch, answer, saved):
    """「张　伟」 (a full-width space lining up two-character names) was saved unasked, and then the import, the
    grids' paste and --staff read 张伟 as someone else. Asked now: 去掉空格, 保留空格 or back to the form."""
    shop.staff.add(StaffDraft("张伟", dept="售后部"))
    asked = []
    monkeypatch.setattr(errors, "choose", lambda _parent, text, title, options: asked.append(
        (title, text, [label for _key, label in options])) or answer)
    dialog = StaffDialog(shop)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name_edit.setText("张　伟")
    _click_ok(qtbot, dialog)
    said = ("「张　伟」的字中间有空格。导入报表、粘贴表格和命令行查找员工时不看这个空格，「张　伟」就是「张伟」。"
            "已有员工 张伟（#1），两人会被当作同名：导入时要用子账号区分。")
    assert asked == [("姓名里有空格", said, ["去掉空格（张伟）", "保留空格"])]
    if saved is None:
        assert dialog.isVisible() and dialog.saved is None and len(shop.staff.list()) == 1
    else:
        assert dialog.result() == QDialog.DialogCode.Accepted and dialog.saved.name == saved
        assert [p.name for p in shop.staff.list()] == ["张伟", saved]


def test_an_invisible_character_in_a_new_name_is_taken_out_unasked(qtbot, shop, monkeypatch):
    """A name pasted from WeChat with a zero-width space was kept with it: a name no one could tell from 张伟."""
    monkeypatch.setattr(errors, "choose", lambda *args: pytest.fail("asked"))
    dialog = StaffDialog(shop)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name_edit.setText("\u200b张\u200b伟\u2060 ")
    _click_ok(qtbot, dialog)
    assert dialog.saved is not None and dialog.saved.name == "张伟"
    assert shop.staff.add(StaffDraft("陈\u200b静")).name == "陈静"  # the service does the same for the command line


def test_a_kept_name_with_a_space_is_not_asked_about_at_each_edit(qtbot, shop, monkeypatch):
    """Stored names are not rewritten: 「张 伟」 kept by the owner stays so when another field is edited."""
    person = shop.staff.add(StaffDraft("张 伟"))
    monkeypatch.setattr(errors, "choose", lambda *args: pytest.fail("asked"))
    dialog = StaffDialog(shop, person)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.role_combo.setCurrentText("组长")
    _click_ok(qtbot, dialog)
    assert dialog.saved is not None and (dialog.saved.name, dialog.saved.role) == ("张 伟", "组长")
