"""目标 page: the grid, in-place edits through the target service, bulk actions, and a screenshot."""

import os
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from app.domain import StaffDraft
from app.periods import Month
from app.shop import Shop
from ui.dialogs import bulk_target_dialog as bulk
from ui.pages.targets import TargetsPage

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before pytest-qt creates the QApplication

TODAY = date(2026, 10, 20)
OCT, SEP = Month(2026, 10), Month(2026, 9)
SCREENS = Path(__file__).resolve().parent.parent / "artifacts" / "screens"


@pytest.fixture
def team_shop(shop):
    """Four people (one left in August), September targets, one October target."""
    ids = {}
    for name, dept, hired in (("张伟", "客服部", date(2024, 3, 1)), ("李娜", "客服部", date(2025, 6, 1)),
                              ("王芳", "售后部", date(2023, 1, 9)), ("赵敏", "客服部", date(2022, 1, 1))):
        ids[name] = shop.staff.add(StaffDraft(name=name, dept=dept, hired=hired)).id
    shop.staff.leave(ids["赵敏"], date(2026, 8, 31))
    sales, orders = shop.metrics.get("sales"), shop.metrics.get("orders")
    shop.targets.set_staff(SEP, ids["张伟"], sales, 1_250_000)
    shop.targets.set_staff(SEP, ids["李娜"], sales, 1_000_000)
    shop.targets.set_staff(SEP, ids["王芳"], orders, 300)
    shop.targets.set_shop(SEP, sales, 3_000_000)
    shop.targets.set_staff(OCT, ids["张伟"], sales, 1_500_000)
    shop.ids = ids
    return shop


def _page(qtbot, shop):
    page = TargetsPage(shop)
    qtbot.addWidget(page)
    return page


def _row(page, name):
    return next(i for i, p in enumerate(page.model.people) if p.name == name)


def test_opens_on_a_fresh_shop(qtbot, shop):
    page = _page(qtbot, shop)
    assert TargetsPage.title == "目标"
    assert page.month() == OCT
    assert page.model.rowCount() == 2  # 个人目标合计 and 全店目标
    assert [m.key for m in page.model.metrics] == ["sales"]


def test_opens_with_staff_and_targets(qtbot, team_shop):
    page = _page(qtbot, team_shop)
    assert [p.name for p in page.model.people] == ["张伟", "李娜", "王芳"]  # 赵敏 left before October
    assert page.model.index(_row(page, "张伟"), 1).data() == "¥15,000.00"
    assert page.model.index(_row(page, "张伟"), 0).data() == "客服部"


@pytest.mark.parametrize("text, fen", [("12500", 1_250_000), ("12,500.50", 1_250_050), ("¥12,500", 1_250_000),
                                       ("￥12,500", 1_250_000)])
def test_editing_a_cell_stores_the_target(qtbot, team_shop, text, fen):
    page = _page(qtbot, team_shop)
    row = _row(page, "李娜")
    assert page.model.setData(page.model.index(row, 1), text)
    assert team_shop.store.targets.staff_target("2026-10", team_shop.ids["李娜"], "sales") == fen
    assert page.model.index(row, 1).data() == f"¥{fen // 100:,}.{fen % 100:02d}"


def test_typing_into_the_view_stores_the_target(qtbot, team_shop):
    page = _page(qtbot, team_shop)
    page.show()
    index = page.model.index(_row(page, "王芳"), 1)
    page.table.setCurrentIndex(index)
    page.table.edit(index)
    editor = page.table.viewport().findChild(QLineEdit)
    editor.setText("8,000")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on a queued call
    qtbot.waitUntil(lambda: team_shop.store.targets.staff_target("2026-10", team_shop.ids["王芳"], "sales") == 800_000)


def test_empty_text_clears_the_target(qtbot, team_shop):
    page = _page(qtbot, team_shop)
    assert page.model.setData(page.model.index(_row(page, "张伟"), 1), "  ")
    assert team_shop.store.targets.staff_target("2026-10", team_shop.ids["张伟"], "sales") is None


@pytest.mark.parametrize("text, reason", [("abc", "不是有效的金额"), ("-5", "不能为负数"), ("1e3", "不是有效的金额"),
                                          ("0", "必须大于 0"), ("¥0.00", "必须大于 0"),
                                          ("15000.001", "张伟：销售额最多两位小数（到分）：「15000.001」")])
def test_bad_target_is_refused_with_the_reason_and_nothing_written(qtbot, team_shop, messages, text, reason):
    page = _page(qtbot, team_shop)
    audit_before = team_shop.store.audit.count()
    assert not page.model.setData(page.model.index(_row(page, "张伟"), 1), text)
    assert team_shop.store.targets.staff_target("2026-10", team_shop.ids["张伟"], "sales") == 1_500_000
    assert team_shop.store.audit.count() == audit_before
    assert len(messages.shown) == 1 and reason in messages.of("error")[0]


def test_shop_row_sets_the_shop_target(qtbot, team_shop):
    page = _page(qtbot, team_shop)
    assert page.model.setData(page.model.index(page.model.shop_row, 1), "¥50,000")
    assert team_shop.store.targets.shop_targets("2026-10") == {"sales": 5_000_000}
    assert page.model.setData(page.model.index(page.model.shop_row, 1), "")
    assert team_shop.store.targets.shop_targets("2026-10") == {}


def test_sum_row_adds_up_and_is_read_only(qtbot, team_shop):
    page = _page(qtbot, team_shop)
    page.model.setData(page.model.index(_row(page, "李娜"), 1), "5000")
    assert page.model.index(page.model.sum_row, 1).data() == "¥20,000.00"
    assert not page.model.setData(page.model.index(page.model.sum_row, 1), "1")


def test_metric_columns_can_be_chosen_including_custom_metrics(qtbot, team_shop):
    team_shop.metric_service.add_custom("服务积分", unit="points")
    team_shop.reload_metrics()
    page = _page(qtbot, team_shop)
    labels = [a.text() for a in page.metrics_menu.actions()]
    assert labels[0] == "销售额" and "服务积分（自定义）" in labels
    custom = next(a for a in page.metrics_menu.actions() if a.text() == "服务积分（自定义）")
    custom.setChecked(True)
    assert [m.name for m in page.model.metrics] == ["销售额", "服务积分"]
    column = page.model.column_of(custom.data())
    assert page.model.setData(page.model.index(_row(page, "王芳"), column), "120")
    assert team_shop.store.targets.staff_target("2026-10", team_shop.ids["王芳"], custom.data()) == 12000
    page.set_metric_shown(custom.data(), False)
    assert [m.name for m in page.model.metrics] == ["销售额"]


def test_switching_month_reloads(qtbot, team_shop):
    page = _page(qtbot, team_shop)
    page.picker.prev_button.click()
    assert page.month() == SEP
    assert [m.key for m in page.model.metrics] == ["sales", "orders"]  # September has an orders target
    assert page.model.index(_row(page, "李娜"), 1).data() == "¥10,000.00"
    assert page.model.index(page.model.shop_row, 1).data() == "¥30,000.00"


def test_copy_previous_fills_gaps_or_overwrites(qtbot, team_shop, monkeypatch):
    page = _page(qtbot, team_shop)
    answers = []
    monkeypatch.setattr(bulk, "ask_overwrite", lambda parent, month, n: answers.append(n) or answers_next.pop(0))
    answers_next = [None, False, True]
    targets = team_shop.store.targets
    assert page.copy_previous() is None  # cancelled
    assert len(targets.staff_targets("2026-10")) == 1
    assert page.copy_previous() == 3  # 李娜, 王芳 and the shop target; 张伟's own October target kept
    assert targets.staff_target("2026-10", team_shop.ids["张伟"], "sales") == 1_500_000
    assert targets.staff_target("2026-10", team_shop.ids["王芳"], "orders") == 300
    assert page.copy_previous() == 4
    assert targets.staff_target("2026-10", team_shop.ids["张伟"], "sales") == 1_250_000
    assert answers[0] == 1
    assert "orders" in [m.key for m in page.model.metrics]
    assert "复制" in page.status.text()


def test_copy_previous_into_an_empty_month_asks_nothing(qtbot, team_shop, monkeypatch, messages):
    page = _page(qtbot, team_shop)
    monkeypatch.setattr(bulk, "ask_overwrite", lambda *a: pytest.fail("asked without existing targets"))
    page.picker.setMonth(Month(2026, 11))
    assert page.copy_previous() == 1  # October's one target → November, which had none: no question
    assert team_shop.store.targets.staff_target("2026-11", team_shop.ids["张伟"], "sales") == 1_500_000
    assert messages.shown == []
    page.picker.setMonth(Month(2027, 1))  # December has no targets to copy
    assert page.copy_previous() is None
    assert "没有设置目标" in messages.of("error")[-1]


def test_raise_all_dialog(qtbot, team_shop):
    team_shop.targets.set_staff(OCT, team_shop.ids["李娜"], team_shop.metrics.get("sales"), 1_000_001)
    dialog = bulk.RaiseDialog(team_shop, OCT, metric_key="sales")
    qtbot.addWidget(dialog)
    dialog.percent_edit.setText("abc")
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted and "不是有效的数字" in dialog.error_label.text()
    dialog.percent_edit.setText("10%")
    dialog.rounding_combo.setCurrentIndex(dialog.rounding_combo.findText("不取整"))  # to the fen
    dialog.accept()
    assert dialog.count == 2
    targets = team_shop.store.targets
    assert targets.staff_target("2026-10", team_shop.ids["张伟"], "sales") == 1_650_000
    assert targets.staff_target("2026-10", team_shop.ids["李娜"], "sales") == 1_100_001  # 1,100,001.1 rounded


def test_raising_a_lower_is_better_target_warns_that_it_loosens_it(qtbot, team_shop):
    dialog = bulk.RaiseDialog(team_shop, OCT, metric_key="sales")
    qtbot.addWidget(dialog)
    assert not dialog.direction.isVisibleTo(dialog)
    dialog.metric_combo.setCurrentIndex(dialog.metric_combo.findData("response_s"))
    assert dialog.direction.isVisibleTo(dialog) and "越低越好：上调会放宽目标" in dialog.direction.text()


def test_raise_all_from_the_page(qtbot, team_shop, monkeypatch):
    page = _page(qtbot, team_shop)

    def ask(cls, shop, month, parent=None, **options):
        dialog = cls(shop, month, parent, **options)
        dialog.percent_edit.setText("-10")
        dialog.accept()
        return dialog.count

    monkeypatch.setattr(bulk.RaiseDialog, "ask", classmethod(ask))
    assert page.raise_all() == 1
    assert page.model.index(_row(page, "张伟"), 1).data() == "¥13,500.00"


def test_department_dialog_sets_every_member(qtbot, team_shop):
    dialog = bulk.DepartmentTargetDialog(team_shop, OCT)
    qtbot.addWidget(dialog)
    dialog.dept_combo.setCurrentText("客服部")
    dialog.metric_combo.setCurrentIndex(dialog.metric_combo.findData("orders"))
    dialog.value_edit.setText("-3")
    dialog.accept()
    assert "不能为负数" in dialog.error_label.text() and dialog.count is None
    dialog.value_edit.setText("250")
    dialog.accept()
    assert dialog.count == 2  # 张伟 and 李娜; 赵敏 left before October
    got = {sid: v for (sid, m), v in team_shop.store.targets.staff_targets("2026-10", "orders").items()}
    assert got == {team_shop.ids["张伟"]: 250, team_shop.ids["李娜"]: 250}


def test_department_dialog_refuses_a_sub_fen_target_and_sets_nobodys(qtbot, team_shop):
    dialog = bulk.DepartmentTargetDialog(team_shop, OCT)
    qtbot.addWidget(dialog)
    dialog.dept_combo.setCurrentText("客服部")
    dialog.metric_combo.setCurrentIndex(dialog.metric_combo.findData("sales"))
    dialog.value_edit.setText("20,000.005")
    dialog.accept()
    assert "销售额最多两位小数（到分）：「20,000.005」" in dialog.error_label.text() and dialog.count is None
    assert team_shop.store.targets.staff_target("2026-10", team_shop.ids["李娜"], "sales") is None


def test_department_from_the_page_shows_the_metric(qtbot, team_shop, monkeypatch):
    page = _page(qtbot, team_shop)

    def ask(cls, shop, month, parent=None, **options):
        dialog = cls(shop, month, parent, **options)
        dialog.dept_combo.setCurrentText("售后部")
        dialog.metric_combo.setCurrentIndex(dialog.metric_combo.findData("refunds"))
        dialog.value_edit.setText("¥1,000")
        dialog.accept()
        return dialog.count

    monkeypatch.setattr(bulk.DepartmentTargetDialog, "ask", classmethod(ask))
    assert page.set_department() == 1
    column = page.model.column_of("refunds")
    assert page.model.index(_row(page, "王芳"), column).data() == "¥1,000.00"


def test_a_pasted_too_fine_target_is_refused_and_the_others_kept(qtbot, team_shop, messages):
    page = _page(qtbot, team_shop)
    page.table.setCurrentIndex(page.model.index(0, 1))
    assert page.paste_text("1000.005\r\n2000\r\n3000\r\n") == 2  # a first line of too fine numbers is no title
    [said] = messages.of("info")  # the summary, then the refused cells
    assert said.splitlines()[1].endswith("：销售额最多两位小数（到分）：「1000.005」")
    targets = team_shop.store.targets
    assert targets.staff_target("2026-10", team_shop.ids["张伟"], "sales") == 1_500_000  # as it was
    assert targets.staff_target("2026-10", team_shop.ids["李娜"], "sales") == 200_000


@pytest.mark.parametrize("mark", ["-", "—", "¥ -", "#DIV/0!"])
def test_a_no_value_mark_reads_as_an_empty_target_as_on_the_data_page(qtbot, team_shop, messages, mark):
    """「-」 on top of a copied column of targets was refused cell by cell, where the 数据 page reads it as empty."""
    page = _page(qtbot, team_shop)
    page.table.setCurrentIndex(page.model.index(_row(page, "张伟"), 1))
    assert page.paste_text(f"{mark}\r\n2000\r\n") == 2
    targets = team_shop.store.targets
    assert targets.staff_target("2026-10", team_shop.ids["张伟"], "sales") is None  # cleared, as 数据 does
    assert targets.staff_target("2026-10", team_shop.ids["李娜"], "sales") == 200_000
    assert messages.of("error") == [] and messages.of("info") == []


def test_paste_and_delete_in_the_target_grid(qtbot, team_shop, messages):
    page = _page(qtbot, team_shop)
    page.table.setCurrentIndex(page.model.index(0, 1))
    assert page.paste_text("1000\r\nabc\r\n3000\r\n") == 2
    assert "李娜" in messages.of("info")[0] and "不是有效的金额" in messages.of("info")[0]
    targets = team_shop.store.targets
    assert targets.staff_target("2026-10", team_shop.ids["张伟"], "sales") == 100_000
    assert targets.staff_target("2026-10", team_shop.ids["王芳"], "sales") == 300_000
    page.table.selectAll()
    page.clear_selection()
    assert targets.staff_targets("2026-10") == {}


def test_a_paste_running_past_the_last_person_never_writes_the_shop_target(qtbot, team_shop, messages):
    page = _page(qtbot, team_shop)
    people = len(page.model.people)  # 张伟, 李娜, 王芳 (赵敏 left in August)
    page.table.setCurrentIndex(page.model.index(people - 1, 1))
    assert page.paste_text("1000\n2000\n3000\n") == 1  # the last person's; the sum and shop rows are not people
    assert team_shop.store.targets.shop_targets("2026-10") == {}
    assert "已忽略" in page.status.text() and "2 格" in page.status.text()
    page.table.setCurrentIndex(page.model.index(page.model.shop_row, 1))  # aimed at the shop row itself: written
    assert page.paste_text("50000\n") == 1 and team_shop.store.targets.shop_targets("2026-10") == {"sales": 5_000_000}


def test_a_block_copied_with_titles_and_names_goes_to_each_persons_row(qtbot, team_shop, messages):
    """From the owner's sheet, 姓名 and 销售额目标 included, in another order, with a blank line WPS adds: the
    titles were refused, the values shifted and the blank line cleared 王芳's target."""
    team_shop.targets.set_staff(OCT, team_shop.ids["王芳"], team_shop.metrics.get("sales"), 900_000)
    page = _page(qtbot, team_shop)
    page.table.setCurrentIndex(page.model.index(_row(page, "张伟"), 1))
    assert page.paste_text("姓名\t销售额目标\r\n李娜\t¥20,000\r\n张伟\t18000\r\n\r\n") == 2
    targets = team_shop.store.targets
    assert targets.staff_target("2026-10", team_shop.ids["张伟"], "sales") == 1_800_000
    assert targets.staff_target("2026-10", team_shop.ids["李娜"], "sales") == 2_000_000
    assert targets.staff_target("2026-10", team_shop.ids["王芳"], "sales") == 900_000
    assert page.status.text() == "保存 2 项，拒绝 0 项；第一行是标题，没有粘贴；按第一列的姓名填到各人的行；已选中改动的格子，Ctrl+Z 撤销"
    assert messages.shown == []


def test_copying_last_months_targets_names_who_had_none_to_copy(qtbot, team_shop):
    """Someone who joined since got no target and the status said only 「复制 3 项」: the board then showed them
    without a target for the month."""
    team_shop.staff.add(StaffDraft(name="刘洋", dept="客服部", hired=date(2026, 10, 8)))
    page = _page(qtbot, team_shop)
    page.picker.setMonth(Month(2026, 11))
    assert page.copy_previous() == 1  # October's: 张伟's only
    assert page.status.text() == ("已从 2026年10月 复制 1 项目标（1 人）；李娜、王芳、刘洋 上月没有目标，请单独设置"
                                  "；已选中改动的格子，Ctrl+Z 撤销")


def test_screenshot(qtbot, team_shop):
    from ui.fonts import install_fonts

    install_fonts(QApplication.instance())
    team_shop.targets.copy_previous(OCT)
    page = _page(qtbot, team_shop)
    page.set_metric_shown("orders", True)
    page.resize(1000, 520)
    page.show()
    qtbot.waitExposed(page)
    SCREENS.mkdir(parents=True, exist_ok=True)
    assert page.grab().save(str(SCREENS / "targets.png"))
    dialog = bulk.DepartmentTargetDialog(team_shop, OCT, page, metric_key="sales")
    dialog.value_edit.setText("-1")
    dialog.accept()
    assert dialog.grab().save(str(SCREENS / "targets_department_dialog.png"))
    assert page.picker.make_popup().grab().save(str(SCREENS / "month_picker_popup.png"))


def test_month_picker_popup_and_arrows(qtbot, shop):
    from ui.widgets.period_picker import PeriodPicker

    picker = PeriodPicker(OCT)
    qtbot.addWidget(picker)
    assert picker.label_button.text() == "2026年10月"
    with qtbot.waitSignal(picker.monthChanged) as blocker:
        picker.next_button.click()
    assert blocker.args == [Month(2026, 11)] and picker.label_button.text() == "2026年11月"
    popup = picker.make_popup()
    popup.year.setValue(2025)
    with qtbot.waitSignal(picker.monthChanged) as blocker:
        popup.month_buttons[1].click()
    assert blocker.args == [Month(2025, 2)] and picker.month() == Month(2025, 2)
    with qtbot.assertNotEmitted(picker.monthChanged):
        picker.setMonth(Month(2025, 2))


def test_refresh_shows_changes_made_by_another_connection(qtbot, team_shop, db_path):
    page = _page(qtbot, team_shop)
    other = Shop.open(db_path, TODAY)
    try:
        other.targets.set_staff(OCT, team_shop.ids["李娜"], other.metrics.get("sales"), 999_900)
    finally:
        other.close()
    assert page.model.index(_row(page, "李娜"), 1).data() == ""
    page.refresh()
    assert page.model.index(_row(page, "李娜"), 1).data() == "¥9,999.00"


def _targets(shop, month="2026-10"):
    return shop.store.targets.staff_targets(month), shop.store.targets.shop_targets(month)


def test_ctrl_z_puts_back_a_typed_target_and_the_shop_target(qtbot, team_shop):
    page = _page(qtbot, team_shop)
    page.show()
    zhang, row = team_shop.ids["张伟"], _row(page, "张伟")
    index = page.model.index(row, 1)
    page.table.setCurrentIndex(index)
    page.table.edit(index)
    editor = page.table.viewport().findChild(QLineEdit)
    editor.setText("20,000")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: team_shop.store.targets.staff_target("2026-10", zhang, "sales") == 2_000_000)
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert team_shop.store.targets.staff_target("2026-10", zhang, "sales") == 1_500_000
    assert page.model.index(row, 1).data() == "¥15,000.00"  # the grid shows it
    assert page.status.text() == "已撤销「输入 1 格」：恢复 1 格"
    assert page.model.setData(page.model.index(page.model.shop_row, 1), "¥50,000")  # 全店目标, typed
    assert _targets(team_shop)[1] == {"sales": 5_000_000}
    undo = next(a for a in page.table.actions() if a.text() == "撤销")  # the right-click menu's 撤销
    undo.trigger()
    assert _targets(team_shop)[1] == {}
    assert page.undo() == 0 and page.status.text() == "没有可以撤销的修改"
    actions = [e.action for e in team_shop.store.audit.recent(4)]
    assert actions == ["target.undo", "target.set_shop", "target.undo", "target.set"]  # newest first


def test_one_undo_puts_back_a_whole_pasted_block_and_a_whole_clearing(qtbot, team_shop):
    page = _page(qtbot, team_shop)
    page.set_metric_shown("orders", True)
    assert page.model.column_of("orders") == 2
    before = _targets(team_shop)
    page.table.setCurrentIndex(page.model.index(_row(page, "张伟"), 1))
    assert page.paste_text("20000\t10\n30000\t20\n40000\t30\n") == 6
    pasted = _targets(team_shop)
    assert len(pasted[0]) == 6
    page.table.selectAll()
    page.clear_selection()
    assert _targets(team_shop) == ({}, {})
    assert page.undo() == 6 and _targets(team_shop) == pasted  # the clearing
    assert page.status.text() == "已撤销「清空」：恢复 6 格"
    assert page.undo() == 6 and _targets(team_shop) == before  # the paste, in one step
    assert page.model.index(_row(page, "李娜"), 2).data() == ""
    assert page.undo() == 0


def test_an_undo_never_overwrites_a_target_changed_since(qtbot, team_shop, db_path):
    page = _page(qtbot, team_shop)
    zhang, li = team_shop.ids["张伟"], team_shop.ids["李娜"]
    page.table.setCurrentIndex(page.model.index(_row(page, "张伟"), 1))
    assert page.paste_text("1000\n2000\n3000\n") == 3
    assert page.model.setData(page.model.index(_row(page, "李娜"), 1), "5000")
    other = Shop.open(db_path, TODAY)  # another window changes both afterwards
    try:
        other.targets.set_staff(OCT, li, other.metrics.get("sales"), 999_900)
    finally:
        other.close()
    audit_before = team_shop.store.audit.count()
    assert page.undo() == 0  # the typing: refused, it was changed since
    assert "没有撤销「输入 1 格」" in page.status.text() and "之后又改过" in page.status.text()
    assert team_shop.store.audit.count() == audit_before
    assert page.model.index(_row(page, "李娜"), 1).data() == "¥9,999.00"  # what is there now, shown
    assert page.undo() == 2  # the paste: 张伟 and 王芳 back, 李娜 left as the other window set it
    assert page.status.text() == "已撤销「粘贴」：恢复 2 格；1 格之后又改过，保持现在的值"
    staff, _shop = _targets(team_shop)
    assert staff == {(zhang, "sales"): 1_500_000, (li, "sales"): 999_900}


def test_each_bulk_action_is_one_undo_step(qtbot, team_shop, monkeypatch):
    page = _page(qtbot, team_shop)
    ids = team_shop.ids
    start = _targets(team_shop)
    monkeypatch.setattr(bulk, "ask_overwrite", lambda *a: True)

    def raise_ten(cls, shop, month, parent=None, **options):
        dialog = cls(shop, month, parent, **options)
        dialog.percent_edit.setText("10")
        dialog.accept()
        return dialog.count

    def department(cls, shop, month, parent=None, **options):
        dialog = cls(shop, month, parent, **options)
        dialog.dept_combo.setCurrentText("客服部")
        dialog.metric_combo.setCurrentIndex(dialog.metric_combo.findData("orders"))
        dialog.value_edit.setText("250")
        dialog.accept()
        return dialog.count

    monkeypatch.setattr(bulk.RaiseDialog, "ask", classmethod(raise_ten))
    monkeypatch.setattr(bulk.DepartmentTargetDialog, "ask", classmethod(department))
    assert page.copy_previous() == 4
    copied = _targets(team_shop)
    page.table.setCurrentIndex(page.model.index(0, 1))
    assert page.raise_all() == 3  # 张伟, 李娜 and the shop's sales targets
    raised = _targets(team_shop)
    assert raised[1] == {"sales": 3_300_000}
    assert page.set_department() == 2
    assert _targets(team_shop)[0][(ids["张伟"], "orders")] == 250
    assert page.undo() == 2 and _targets(team_shop) == raised
    assert page.status.text() == "已撤销「按部门统一设置」：恢复 2 格"
    assert page.undo() == 3 and _targets(team_shop) == copied
    assert page.undo() == 4 and _targets(team_shop) == start
    assert page.status.text() == "已撤销「复制上月目标」：恢复 4 格"
    assert page.redo() == 4 and _targets(team_shop) == copied  # 重做, step by step
    assert page.redo() == 3 and _targets(team_shop) == raised
    assert page.status.text() == "已重做「销售额目标上调 10%（取整到十元）」：写回 3 格"
    assert team_shop.store.audit.recent(1)[0].action == "target.redo"


def test_an_undo_refused_by_the_pin_offers_to_unlock_and_can_be_tried_again(qtbot, team_shop, messages,
                                                                             monkeypatch):
    from ui import errors

    page = _page(qtbot, team_shop)
    zhang = team_shop.ids["张伟"]
    assert page.model.setData(page.model.index(_row(page, "张伟"), 1), "20000")
    team_shop.security.set_pin("2468")
    team_shop.store.locked = True  # as when the shop was opened without its PIN
    monkeypatch.setattr(errors, "pin_prompt", lambda: team_shop.security.unlock("2468") or True)
    assert page.undo() == 0  # no exception escapes the slot
    assert team_shop.store.targets.staff_target("2026-10", zhang, "sales") == 2_000_000
    assert any("店主密码" in text for text in messages.of("confirm"))
    assert messages.of("info") == ["已解锁。请再做一次刚才的操作。"]
    assert page.undo() == 1  # the step was kept
    assert team_shop.store.targets.staff_target("2026-10", zhang, "sales") == 1_500_000


NOV = Month(2026, 11)


def _selected(page):
    return sorted((i.row(), i.column()) for i in page.table.selectedIndexes())


def test_undo_of_another_month_goes_back_to_that_month_and_says_so(qtbot, team_shop):
    # it once put back November's 全店目标 while December was shown, without a word about November
    page = _page(qtbot, team_shop)
    page.picker.next_button.click()
    assert page.shown_month == NOV
    assert page.model.setData(page.model.index(page.model.shop_row, 1), "60000")
    assert _targets(team_shop, "2026-11")[1] == {"sales": 6_000_000}
    page.picker.next_button.click()  # December
    page.table.setCurrentIndex(page.model.index(0, 1))
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert page.month() == NOV and page.shown_month == NOV  # shown, then undone
    assert _targets(team_shop, "2026-11")[1] == {}
    assert page.status.text() == "已撤销 2026年11月「输入 1 格」：恢复 1 格"
    assert _selected(page) == [(page.model.shop_row, 1)]
    assert page.table.currentIndex() == page.model.index(page.model.shop_row, 1)
    assert page.model.index(page.model.shop_row, 1).data() == ""


def test_undo_of_a_hidden_metric_shows_its_column_again(qtbot, team_shop):
    page = _page(qtbot, team_shop)
    zhang = team_shop.ids["张伟"]
    page.set_metric_shown("orders", True)
    assert page.model.setData(page.model.index(_row(page, "张伟"), page.model.column_of("orders")), "120")
    page.set_metric_shown("orders", False)
    assert [m.key for m in page.model.metrics] == ["sales"]
    assert page.undo() == 1
    assert "orders" in [m.key for m in page.model.metrics]
    assert team_shop.store.targets.staff_target("2026-10", zhang, "orders") is None
    assert page.status.text() == "已撤销「输入 1 格」：恢复 1 格"  # the month shown: not named
    assert _selected(page) == [(_row(page, "张伟"), page.model.column_of("orders"))]


@pytest.mark.parametrize("start_page", ["targets", "data", "flowers"])
def test_a_shop_without_staff_says_so_above_the_grid_and_offers_the_staff_page(qtbot, make_window, shop, start_page):
    """A new shop's 目标, 数据 and 小红花 pages are empty tables: a notice says what is missing, and its button
    opens 员工."""
    window = make_window(start_page=start_page)
    page = window.current_page()
    assert page.no_staff.isVisibleTo(page)
    assert "「员工」" in page.no_staff.label.text()
    qtbot.mouseClick(page.no_staff.button, Qt.MouseButton.LeftButton)
    assert window.current_index() == 1  # 员工

    shop.staff.add(StaffDraft(name="王小美", role="客服"))
    page.refresh()
    assert not page.no_staff.isVisibleTo(page)


def test_a_name_pasted_with_a_space_inside_goes_to_that_persons_row(qtbot, team_shop, messages):
    """「张 伟」 in the owner's sheet was 「这个月的表格里没有这个人」 and its target was not pasted."""
    page = _page(qtbot, team_shop)
    page.table.setCurrentIndex(page.model.index(_row(page, "李娜"), 1))
    assert page.paste_text("李娜\t20000\r\n张 伟\t18000\r\n") == 2
    assert team_shop.store.targets.staff_target("2026-10", team_shop.ids["张伟"], "sales") == 1_800_000
    assert messages.shown == []


def test_raising_count_targets_says_how_many_were_rounded(qtbot, team_shop, monkeypatch):
    """订单数 300 and 21 raised 5% are 315 and 22.05: the 22 kept was rounded out of sight, the page said only
    「已调整 2 项目标」."""
    orders = team_shop.metrics.get("orders")
    team_shop.targets.set_staff(OCT, team_shop.ids["王芳"], orders, 300)
    team_shop.targets.set_staff(OCT, team_shop.ids["李娜"], orders, 21)
    page = _page(qtbot, team_shop)

    def ask(cls, shop, month, parent=None, **options):
        dialog = cls(shop, month, parent, **options)
        dialog.percent_edit.setText(percent)
        dialog.accept()
        return dialog.count

    monkeypatch.setattr(bulk.RaiseDialog, "ask", classmethod(ask))
    monkeypatch.setattr(page, "_current_metric_key", lambda: "orders")  # the dialog opens on 订单数
    percent = "5"
    assert page.raise_all() == 2
    assert page.status.text() == ("已把 2 项订单数目标上调 5%（2 人），其中 1 项按比例算出后四舍五入（记到整数）"
                                  "；已选中改动的格子，Ctrl+Z 撤销")
    assert team_shop.store.targets.staff_target("2026-10", team_shop.ids["李娜"], "orders") == 22
    percent = "100"  # 315 and 22 doubled: nothing to round
    assert page.raise_all() == 2
    assert page.status.text() == "已把 2 项订单数目标上调 100%（2 人）；已选中改动的格子，Ctrl+Z 撤销"
