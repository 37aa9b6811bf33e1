"""设置 page: shop name, departments, custom metrics, custom event types and their renames, the audit log."""

from __future__ import annotations

import re
from datetime import date

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QLabel

from app import settings as declared
from app.domain import StaffDraft
from app.periods import Month
from ui.dialogs.event_dialog import EventDialog
from ui.dialogs.event_type_dialog import EventTypeDialog, EventTypeNameDialog
from ui.dialogs.metric_dialog import MetricDialog
from ui.models.event_model import EventModel
from ui.pages.settings import SettingsPage
from ui.plans.editor import shop_lists


@pytest.fixture
def page(qtbot, shop):
    widget = SettingsPage(shop)
    qtbot.addWidget(widget)
    widget.refresh()
    return widget


def _column(table, column):
    return [table.item(r, column).text() for r in range(table.rowCount())]


def _ok(qtbot, dialog):
    qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)


def test_shop_name_is_saved_and_shown_in_the_window_title(make_window, shop, qtbot):
    window = make_window(start_page="settings")
    page = window.current_page()
    assert page.name_edit.text() == "我的淘宝店"
    page.name_edit.setText("  小美家居旗舰店 ")
    qtbot.mouseClick(page.save_name_button, Qt.MouseButton.LeftButton)
    assert shop.settings.get(declared.SHOP_NAME) == "小美家居旗舰店"
    assert window.windowTitle() == "红花榜 — 小美家居旗舰店"
    assert "小美家居旗舰店" in window.shop_label.text()


def test_saving_the_shop_name_says_it_was_saved_naming_it(page, shop, qtbot, messages):
    """The forms on 设置 say 已保存; the shop name said nothing, its change seen only in the window's title."""
    page.name_edit.setText("小美家居旗舰店")
    qtbot.keyClick(page.name_edit, Qt.Key.Key_Return)
    assert messages.of("info") == ["店铺名称已保存为「小美家居旗舰店」。"]
    page.name_edit.setText("   ")
    qtbot.mouseClick(page.save_name_button, Qt.MouseButton.LeftButton)
    assert len(messages.of("info")) == 1  # refused: said at the field, not as saved


def test_an_empty_shop_name_is_refused_inline(page, shop, qtbot):
    page.name_edit.setText("   ")
    qtbot.mouseClick(page.save_name_button, Qt.MouseButton.LeftButton)
    assert page.name_error.isVisibleTo(page) and "不能为空" in page.name_error.text()
    assert shop.settings.get(declared.SHOP_NAME) == "我的淘宝店"


def test_a_refusal_in_settings_leaves_the_main_windows_size_alone(make_window, shop, qtbot):
    """A refusal grows a dialog by its message (ErrorLabel): in 设置 it grew the main window itself, taller by a
    line each time a department's name was refused."""
    shop.staff.add(StaffDraft("张伟", dept="客服部"))
    window = make_window(start_page="settings")
    window.show()
    window.resize(1000, 500)
    qtbot.waitExposed(window)
    editor = window.current_page().departments
    editor.name_edit.setText("客服部")
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    assert "已存在" in editor.error_label.text()
    assert window.size() == QSize(1000, 500)


def test_departments_are_renamed_in_settings(page, shop, qtbot):
    shop.staff.add(StaffDraft("张伟", dept="客服部"))
    page.refresh()
    editor = page.departments
    assert editor.names() == ["客服部"]
    assert "在职 1 人" in editor.list.item(0).text()
    editor.select("客服部")
    editor.name_edit.setText("售前客服部")
    qtbot.mouseClick(editor.rename_button, Qt.MouseButton.LeftButton)
    assert [d.name for d in shop.staff.departments()] == ["售前客服部"]
    assert shop.staff.list()[0].dept == "售前客服部"


def test_a_custom_metric_is_added_and_listed(page, shop, qtbot, monkeypatch):
    def fill(parent, shop_):
        dialog = MetricDialog(shop_, parent)
        qtbot.addWidget(dialog)
        dialog.name_edit.setText("服务积分")
        dialog.unit_combo.setCurrentIndex(dialog.unit_combo.findData("points"))
        dialog.direction_combo.setCurrentIndex(1)  # 越低越好
        dialog.aggregation_combo.setCurrentIndex(dialog.aggregation_combo.findData("mean"))
        dialog.decimals_spin.setValue(0)
        _ok(qtbot, dialog)
        return dialog.saved

    monkeypatch.setattr(MetricDialog, "ask", fill)
    qtbot.mouseClick(page.add_metric_button, Qt.MouseButton.LeftButton)
    metric = shop.metrics.get("服务积分")
    assert (metric.unit, metric.higher_is_better, metric.aggregation, metric.decimals, metric.builtin) == (
        "points", False, "mean", 0, False)
    row = _column(page.metrics_table, 0).index("服务积分")
    assert [page.metrics_table.item(row, c).text() for c in range(6)] == [
        "服务积分", metric.key, "积分", "越低越好", "平均", "自定义"]
    # the new metric is the row chosen, below the 30-odd built-in ones: seen added, and 改名… is offered for it
    assert page.metrics_table.currentRow() == row and page.metrics_table.selectedItems()
    assert page.rename_metric_button.isEnabled()


def test_a_duplicate_metric_name_keeps_the_dialog_open(qtbot, shop):
    dialog = MetricDialog(shop)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name_edit.setText("销售额")
    _ok(qtbot, dialog)
    assert dialog.isVisible() and "已存在" in dialog.error_label.text()
    assert shop.metrics.custom() == ()


def test_the_metric_dialog_says_what_cannot_be_changed_once_added(qtbot, shop):
    """It said the metric cannot be deleted but can be renamed: that its unit, direction and summing can never be
    changed either (the awards read it so) was left to be found out after a wrong choice."""
    from PySide6.QtWidgets import QLabel

    dialog = MetricDialog(shop)
    qtbot.addWidget(dialog)
    [note] = [label.text() for label in dialog.findChildren(QLabel) if "不能删除" in label.text()]
    assert all(word in note for word in ("单位", "方向", "汇总方式", "改名"))
    dialog = EventTypeDialog(shop)  # a type's kind (加分 or 扣分) neither
    qtbot.addWidget(dialog)
    [note] = [label.text() for label in dialog.findChildren(QLabel) if "不能删除" in label.text()]
    assert "性质" in note and "改名" in note


def test_money_metrics_always_have_two_decimals(qtbot, shop):
    dialog = MetricDialog(shop)
    qtbot.addWidget(dialog)
    dialog.decimals_spin.setValue(0)
    dialog.unit_combo.setCurrentIndex(dialog.unit_combo.findData("yuan"))
    assert dialog.decimals_spin.value() == 2 and not dialog.decimals_spin.isEnabled()


def test_a_custom_event_type_is_added_and_listed(page, shop, qtbot, monkeypatch):
    def fill(parent, shop_):
        dialog = EventTypeDialog(shop_, parent)
        qtbot.addWidget(dialog)
        dialog.name_edit.setText("好评返现")
        dialog.polarity_combo.setCurrentIndex(dialog.polarity_combo.findData("positive"))
        dialog.description_edit.setText("顾客主动好评")
        _ok(qtbot, dialog)
        return dialog.saved

    monkeypatch.setattr(EventTypeDialog, "ask", fill)
    qtbot.mouseClick(page.add_event_type_button, Qt.MouseButton.LeftButton)
    assert shop.events.type_named("好评返现").polarity == "positive"
    names = _column(page.event_types_table, 0)
    assert "表扬" in names and names[-1] == "好评返现"
    assert _column(page.event_types_table, 2)[-1] == "自定义"
    assert _column(page.event_types_table, 3)[-1] == "顾客主动好评"
    assert page.event_types_table.currentRow() == len(names) - 1 and page.event_types_table.selectedItems()


def test_a_duplicate_event_type_is_refused_inline(qtbot, shop):
    dialog = EventTypeDialog(shop)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name_edit.setText("表扬")
    _ok(qtbot, dialog)
    assert dialog.isVisible() and "已存在" in dialog.error_label.text()


def test_audit_log_lists_changes_newest_first_and_filters(page, shop):
    shop.staff.add(StaffDraft("张伟", dept="客服部"))
    shop.settings.set(declared.SHOP_NAME, "小美家居")
    page.refresh()
    audit = page.audit
    actions = [audit.proxy.index(r, 2).data() for r in range(audit.proxy.rowCount())]
    assert actions == ["修改设置", "新增员工", "新建部门"]
    assert audit.proxy.index(0, 1).data() == shop.ctx.user
    assert "T" not in audit.proxy.index(0, 0).data()
    audit.filter_edit.setText("张伟")
    assert audit.visible_summaries() == ["新增员工 张伟（#1）"]
    assert not audit.model.flags(audit.model.index(0, 3)) & Qt.ItemFlag.ItemIsEditable


def test_the_audit_log_writes_its_times_as_the_window_writes_dates(qtbot, shop, lang):
    """The 操作日志 said 2026-10-20 09:15:02 where the window says 2026年10月20日; its seconds stay (two entries
    of one minute are told apart), the stored time does not change."""
    from ui.widgets.audit_view import AuditView

    shop.store.audit.add("owner", "data.set", "数据：1 格", {})
    stored = shop.store.audit.recent(1)[0].at
    view = AuditView(shop)
    qtbot.addWidget(view)
    view.refresh()
    day, time = stored.split("T")
    year, month, date_ = (int(part) for part in day.split("-"))
    shown = f"{year}年{month}月{date_}日 {time}" if lang == "zh" else f"{day} {time}"
    assert view.proxy.index(0, 0).data() == shown
    assert shop.store.audit.recent(1)[0].at == stored


def test_audit_log_exports_from_settings(qtbot, shop, tmp_path, messages):
    import openpyxl

    from ui.widgets.audit_view import AuditView

    shop.staff.add(StaffDraft("小美"))
    view = AuditView(shop)
    qtbot.addWidget(view)
    view.refresh()
    written = view.export(str(tmp_path / "日志.xlsx"))
    assert written is not None and "已导出" in messages.of("info")[-1]
    assert openpyxl.load_workbook(written).worksheets[0].max_row == 1 + shop.store.audit.count()


def test_the_red_flag_issuer_is_picked_by_name(page, shop):
    boss = shop.staff.add(StaffDraft("王主管", dept="客服部", role="主管"))
    page.refresh()  # people added after the page was built are offered
    form = page.flower_form
    combo = form.editors[declared.RED_FLAG_ISSUER.key]
    assert combo.itemText(0) == "（领导层均可发放）" and combo.currentData() == 0
    combo.setCurrentIndex(combo.findData(boss.id))
    assert "王主管（#" in combo.currentText() and "客服部" in combo.currentText()
    assert form.save()
    assert shop.settings.get(declared.RED_FLAG_ISSUER) == boss.id


def test_the_audit_log_count_says_how_many_rows_the_filter_leaves(qtbot, shop):
    from ui.widgets.audit_view import AuditView

    for name in ("小美", "小丽", "小强"):
        shop.staff.add(StaffDraft(name))
    view = AuditView(shop)
    qtbot.addWidget(view)
    view.refresh()
    total = shop.store.audit.count()
    assert view.count_label.text() == f"最近 {total} 条"
    view.filter_edit.setText("小丽")
    assert len(view.visible_summaries()) == 1
    assert view.count_label.text() == f"最近 {total} 条中 1 条符合"
    view.filter_edit.setText("")
    assert view.count_label.text() == f"最近 {total} 条"


def test_departments_are_added_one_after_another_by_typing(page, shop, qtbot):
    """The name box is empty again after 新增部门: the next name typed is not appended to the last one."""
    editor = page.departments
    for name in ("售前客服部", "售后客服部"):
        editor.name_edit.insert(name)  # typed where the cursor is (qtbot.keyClicks cannot type Chinese)
        qtbot.keyClick(editor.name_edit, Qt.Key.Key_Return)
    assert [d.name for d in shop.staff.departments()] == ["售前客服部", "售后客服部"]
    assert editor.name_edit.text() == ""


def test_a_long_audit_log_is_fitted_to_the_rows_around_the_screen_not_every_row(qtbot, shop):
    from PySide6.QtWidgets import QApplication

    from ui.widgets import audit_view

    with shop.store.atomic():
        for n in range(audit_view.FIT_ROWS + 300):
            shop.store.audit.add("owner", "data.set", f"数据：第 {n} 格", {"n": n})
    view = audit_view.AuditView(shop)
    qtbot.addWidget(view)
    view.resize(1000, 600)
    view.show()
    qtbot.waitExposed(view)
    rows = set()
    real_data = view.model.data
    view.model.data = lambda index, role=Qt.ItemDataRole.DisplayRole: rows.add(index.row()) or real_data(index, role)
    view.refresh()
    QApplication.processEvents()
    assert view.model.rowCount() > audit_view.FIT_ROWS
    assert 0 < len(rows) <= audit_view.FIT_ROWS  # before: every row read (up to Qt's own limit, 1000)


def test_number_boxes_offer_only_what_the_setting_accepts(page):
    """A flower valid for 100,000 months could be typed and saved; giving a flower then failed."""
    validity = page.flower_form.editors[declared.FLOWER_VALID_MONTHS.key]
    assert (validity.minimum(), validity.maximum()) == (1, 120)
    keep = page.backup_panel.keep_spins[declared.BACKUP_KEEP_DAILY.key]
    assert (keep.minimum(), keep.maximum()) == (0, 999)


def test_unsaved_changes_survive_another_tab_and_a_refresh(page, shop):
    """Typed, not yet saved, a look at 操作日志 and back: the values were put back to the stored ones,
    silently, and a 保存 afterwards saved nothing the owner had typed."""
    tab = next(i for i in range(page.tabs.count()) if page.tabs.widget(i).isAncestorOf(page.flower_form))
    page.tabs.setCurrentIndex(tab)
    page.flower_form.editors[declared.FLOWER_LEADER_QUOTA.key].setValue(5)
    page.flower_form.editors[declared.FLOWER_LEADER_ROLES.key].setText("店长，主管，经理")
    page.backup_panel.keep_spins[declared.BACKUP_KEEP_DAILY.key].setValue(30)
    page.name_edit.setText("小美家居")
    shop.settings.set(declared.FLOWER_POOL_SIZE, 40)  # meanwhile another window saves another setting
    page.tabs.setCurrentIndex(0)
    page.tabs.setCurrentIndex(tab)
    form = page.flower_form
    assert form.editors[declared.FLOWER_LEADER_QUOTA.key].value() == 5
    assert form.editors[declared.FLOWER_LEADER_ROLES.key].text() == "店长，主管，经理"
    assert form.editors[declared.FLOWER_POOL_SIZE.key].value() == 40  # untouched editors follow the file
    assert page.backup_panel.keep_spins[declared.BACKUP_KEEP_DAILY.key].value() == 30
    assert page.name_edit.text() == "小美家居"
    assert form.save() and page.backup_panel.save_keep() and page.save_shop_name()
    assert (shop.settings.get(declared.FLOWER_LEADER_QUOTA), shop.settings.get(declared.FLOWER_LEADER_ROLES),
            shop.settings.get(declared.BACKUP_KEEP_DAILY), shop.name) == (5, ["店长", "主管", "经理"], 30, "小美家居")
    shop.settings.set(declared.FLOWER_LEADER_QUOTA, 7)  # after saving, the form follows the file again
    page.refresh()
    assert form.editors[declared.FLOWER_LEADER_QUOTA.key].value() == 7


def test_promotion_days_are_explained_in_chinese(page, shop):
    """大促日 was labelled 「MM-DD:倍数」 and refused as 「应为 MM-DD:倍数」: letters a shop owner does not read as 月-日."""
    form = page.board_form
    editor = form.editors[declared.PROMOTION_DAYS.key]
    label = form.layout().itemAt(0).layout().labelForField(editor).text()
    assert label.startswith("大促日") and "月-日" in label and not re.search("[A-Za-z]", label)
    editor.setText("双十一")
    assert not form.save()
    assert "「双十一」" in form.error.text() and "月-日" in form.error.text()
    assert not re.search("[A-Za-z]", form.error.text())
    assert shop.settings.get(declared.PROMOTION_DAYS) == []


def test_an_entry_made_with_the_owner_pin_says_so_in_the_window_s_words(page, shop):
    """The 操作人 column said 「（已验证 PIN）」: an English word, where the window and the export say 店主密码."""
    shop.security.set_pin("1234")
    shop.staff.add(StaffDraft("张伟"))  # written by whoever gave the PIN
    page.refresh()
    assert page.audit.visible_summaries()[0] == "新增员工 张伟（#1）"
    operator = page.audit.proxy.index(0, 1).data()
    assert operator == shop.ctx.user + "（用了店主密码）"


def test_each_part_s_own_save_button_writes_it_and_says_so(page, shop, qtbot, messages):
    page.board_form.editors["own_workdays"].setText("2027-02-20")
    qtbot.mouseClick(page.board_form.save_button, Qt.MouseButton.LeftButton)
    assert shop.settings.get(declared.OWN_WORKDAYS) == ["2027-02-20"]
    page.backup_panel.keep_spins["backup_keep_last"].setValue(7)
    qtbot.mouseClick(page.backup_panel.save_keep_button, Qt.MouseButton.LeftButton)
    assert shop.settings.get(declared.BACKUP_KEEP_LAST) == 7
    page.security_panel.new.setText("2468")
    page.security_panel.repeat.setText("2468")
    qtbot.mouseClick(page.security_panel.save_button, Qt.MouseButton.LeftButton)
    assert shop.security.is_set()
    assert messages.of("info") == ["已保存", "已保存保留份数，下次备份时按新的份数清理旧备份。",
                                   "店主密码已保存。下次打开软件时是只读的，修改数据前需要输入密码。"]


# 设置 → 事件类型: 改名… shows a type by another name (a built-in one too); the 数据 page's event list, the event
# dialog and the plan editor's choice show it by that name, while events and rules keep the name they hold.
EVENT_TYPE_NOTE = {"zh": "它们记的是类型原来的名称「表扬」", "en": "original name \"表扬\""}


def _row_named(table, name: str) -> int:
    return _column(table, 0).index(name)


def test_an_event_type_renamed_in_settings_shows_its_new_name(page, shop, qtbot, monkeypatch, lang):
    def answer(parent, shop_, event_type):
        dialog = EventTypeNameDialog(shop_, event_type, parent)
        qtbot.addWidget(dialog)
        assert dialog.name_edit.text() == "表扬"
        assert any(EVENT_TYPE_NOTE[lang] in label.text() for label in dialog.findChildren(QLabel))  # what stays as it was
        dialog.name_edit.setText("客户表扬")
        _ok(qtbot, dialog)
        return dialog.saved

    assert not page.rename_event_type_button.isEnabled()  # nothing chosen
    monkeypatch.setattr(EventTypeNameDialog, "ask", answer)
    page.event_types_table.selectRow(_row_named(page.event_types_table, "表扬"))
    page.rename_event_type_button.click()
    row = _row_named(page.event_types_table, "客户表扬")
    assert page.event_types_table.currentRow() == row
    assert [e.name for e in shop.events.types() if e.label == "客户表扬"] == ["表扬"]


def test_an_event_type_name_refused_is_said_in_the_dialog_which_stays_open(page, shop, qtbot):
    praise = next(e for e in shop.events.types() if e.name == "表扬")
    dialog = EventTypeNameDialog(shop, praise, page)
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("投诉")
    dialog.accept()
    assert dialog.saved is None and "已存在" in dialog.error_label.text()
    assert shop.store.events.shown_names() == {}


def test_the_event_list_dialog_and_plan_editor_show_a_renamed_types_new_name(qtbot, shop):
    person = shop.staff.add(StaffDraft(name="小美", dept="客服部", hired=date(2026, 3, 1)))
    event = shop.events.add(date(2026, 10, 5), person.id, "表扬")
    shop.events.rename_type("表扬", "客户表扬")
    model = EventModel()
    model.set_content([event], shop.staff.list(), shop.events.types())
    assert model.cell_text(event, 2) == "客户表扬"
    dialog = EventDialog(shop, Month(2026, 10), event=event)
    qtbot.addWidget(dialog)
    assert dialog.type_combo.currentText() == "客户表扬"  # not a second entry 「表扬」 added for the old name
    assert [dialog.type_combo.itemText(i) for i in range(dialog.type_combo.count())].count("表扬") == 0
    lists = shop_lists(shop, {})
    assert ("表扬", "客户表扬") in lists.events  # offered by the new name, written by the stored one


def test_switching_tabs_refills_no_table_whose_rows_are_unchanged(page, shop, qtbot):
    """Every tab switch refreshes the page: each cell of 指标 and 事件类型 was set again, and a table sized to its
    contents measured itself after each one, a quarter of a second on every switch to 指标."""
    marked = [page.metrics_table.item(0, 0), page.event_types_table.item(0, 0)]
    for item in marked:
        item.setData(Qt.ItemDataRole.UserRole, "kept")
    page.tabs.setCurrentIndex(2)
    page.tabs.setCurrentIndex(3)
    assert [table.item(0, 0).data(Qt.ItemDataRole.UserRole) for table in (page.metrics_table, page.event_types_table)] \
        == ["kept", "kept"]
    shop.metric_service.add_custom("服务积分", unit="points")
    shop.reload_metrics()  # as the 新增指标 dialog does
    page.tabs.setCurrentIndex(2)
    assert "服务积分" in _column(page.metrics_table, 0)


def test_switching_tabs_leaves_the_audit_log_alone_until_it_has_a_new_row(page, shop):
    """Read again on every tab switch, the log's model was reset each time and its view fitted the columns to the
    rows again: a third of a second for a long log, each time 操作日志 was shown."""
    resets: list[int] = []
    page.audit.model.modelReset.connect(lambda: resets.append(1))
    page.tabs.setCurrentIndex(5)
    page.tabs.setCurrentIndex(0)
    assert resets == []
    shop.settings.set(declared.SHOP_NAME, "小美家居")
    page.tabs.setCurrentIndex(5)
    assert resets and "小美家居" in page.audit.visible_summaries()[0]


def test_the_audit_log_finds_the_changes_of_a_span_of_days(page, shop):
    """「上周谁改了什么」: the filter took one day at a time; a week typed as 2026-10-01~2026-10-07 finds its rows."""
    from datetime import timedelta

    shop.settings.set(declared.SHOP_NAME, "小美家居")
    page.refresh()
    day = date.fromisoformat(shop.store.audit.recent(1)[0].at[:10])
    page.audit.filter_edit.setText(f"{day - timedelta(days=6)}~{day}")
    assert any("小美家居" in summary for summary in page.audit.visible_summaries())
    page.audit.filter_edit.setText(f"{day - timedelta(days=13)}~{day - timedelta(days=7)}")
    assert page.audit.visible_summaries() == []
