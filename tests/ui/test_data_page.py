"""数据 page: typing, the total column, events, days off the team, imported days, and a screenshot (pasting:
test_data_paste.py; 撤销/重做: test_data_undo.py)."""

import os
from datetime import date
from pathlib import Path

import pytest
from data_page_support import OCT, TODAY, d, month_values, open_page, row_of, with_team
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.domain import StaffDraft
from app.periods import Month
from app.shop import Shop
from ui.dialogs.event_dialog import EventDialog
from ui.pages.data import DataPage

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before pytest-qt creates the QApplication


@pytest.fixture
def team_shop(shop):
    return with_team(shop)


SCREENS = Path(__file__).resolve().parent.parent / "artifacts" / "screens"


def test_opens_on_a_fresh_shop(qtbot, shop):
    page = open_page(qtbot, shop)
    assert DataPage.title == "数据"
    assert page.month() == OCT and page.current_metric().key == "sales"
    assert page.model.rowCount() == 0 and page.model.columnCount() == 32
    assert page.event_model.rowCount() == 0


def test_opens_with_staff_and_values(qtbot, team_shop):
    page = open_page(qtbot, team_shop)
    assert [p.name for p in page.model.people] == ["张伟", "李娜", "王芳", "陈静"]
    assert page.model.index(row_of(page, "张伟"), 0).data() == "¥12,500.00"
    assert page.model.headerData(31, Qt.Orientation.Horizontal) == "合计"
    assert page.model.index(row_of(page, "张伟"), 31).data() == "¥20,800.50"
    assert page.model.index(row_of(page, "王芳"), 31).data() == ""


def test_metric_switcher_lists_builtin_and_custom_metrics(qtbot, team_shop):
    team_shop.metric_service.add_custom("考核得分", unit="score", aggregation="mean")
    team_shop.reload_metrics()
    page = open_page(qtbot, team_shop)
    names = [page.metric_combo.itemText(i) for i in range(page.metric_combo.count())]
    builtin = [m.name for m in team_shop.metrics.stored if m.builtin]
    assert builtin[:3] == ["销售额", "订单数", "询单人数"]
    assert names == builtin + ["考核得分（自定义）"]
    assert "询单转化率" not in names  # derived rates are computed, never typed


@pytest.mark.parametrize("text, fen", [("12500", 1_250_000), ("12,500.50", 1_250_050), ("¥12,500", 1_250_000),
                                       ("￥12,500", 1_250_000)])
def test_typing_a_value_stores_it(qtbot, team_shop, text, fen):
    page = open_page(qtbot, team_shop)
    assert page.model.setData(page.model.index(row_of(page, "王芳"), 4), text)
    assert team_shop.store.values.get("sales", d(5), team_shop.ids["王芳"]) == fen


def test_typing_a_rate(qtbot, team_shop):
    team_shop.metric_service.add_custom("好评率", unit="percent", aggregation="mean", decimals=1)
    team_shop.reload_metrics()
    page = open_page(qtbot, team_shop)
    key = team_shop.metrics.get("好评率").key
    page.set_metric(key)
    row = row_of(page, "李娜")
    assert page.model.setData(page.model.index(row, 0), "98.5%")
    assert page.model.setData(page.model.index(row, 1), "97")
    assert team_shop.store.values.get(key, d(1), team_shop.ids["李娜"]) == 985
    assert page.model.headerData(31, Qt.Orientation.Horizontal) == "平均"
    assert page.model.index(row, 31).data() == "97.8%"  # (98.5 + 97) / 2 = 97.75, half-up


def test_typing_bad_text_is_refused_and_nothing_written(qtbot, team_shop, messages):
    page = open_page(qtbot, team_shop)
    before = month_values(team_shop)
    assert not page.model.setData(page.model.index(row_of(page, "张伟"), 0), "abc")
    assert not page.model.setData(page.model.index(row_of(page, "张伟"), 0), "-100")
    assert month_values(team_shop) == before
    refused = messages.of("error")
    assert len(messages.shown) == 2 and "不是有效的金额" in refused[0] and "不能为负数" in refused[1]


@pytest.mark.parametrize("metric, typed, reason", [
    ("sales", "3500.555", "张伟 10月3日：销售额最多两位小数（到分）：「3500.555」"),
    ("服务积分", "4.55", "张伟 10月3日：服务积分最多一位小数：「4.55」"),
])
def test_typing_a_value_finer_than_kept_is_refused_naming_the_cell(qtbot, team_shop, messages, metric, typed, reason):
    team_shop.metric_service.add_custom("服务积分", unit="points", decimals=1)
    team_shop.reload_metrics()
    page = open_page(qtbot, team_shop)
    page.set_metric(team_shop.metrics.get(metric).key)
    before = month_values(team_shop, team_shop.metrics.get(metric).key)
    assert not page.model.setData(page.model.index(row_of(page, "张伟"), 2), typed)
    assert month_values(team_shop, team_shop.metrics.get(metric).key) == before
    assert messages.of("error") == [reason]


def test_future_days_are_not_editable(qtbot, team_shop):
    page = open_page(qtbot, team_shop)
    assert page.model.flags(page.model.index(0, 19)) & Qt.ItemFlag.ItemIsEditable  # today, the 20th
    assert not page.model.flags(page.model.index(0, 20)) & Qt.ItemFlag.ItemIsEditable
    assert not page.model.setData(page.model.index(0, 20), "100")
    assert team_shop.store.values.get("sales", d(21), team_shop.ids["张伟"]) is None


def test_weighted_total_for_response_time(qtbot, team_shop):
    page = open_page(qtbot, team_shop)
    sid = team_shop.ids["王芳"]
    inquiries, response = team_shop.metrics.get("inquiries"), team_shop.metrics.get("response_s")
    team_shop.data.set_value(d(1), sid, inquiries, 100)
    team_shop.data.set_value(d(2), sid, inquiries, 300)
    team_shop.data.set_value(d(1), sid, response, 1000)
    team_shop.data.set_value(d(2), sid, response, 2000)
    page.set_metric("response_s")
    assert page.model.headerData(31, Qt.Orientation.Horizontal) == "加权平均"
    assert page.model.index(row_of(page, "王芳"), 31).data() == "17.5秒"  # (10×100 + 20×300) / 400


def test_switching_metric_and_month_reloads(qtbot, team_shop):
    team_shop.data.set_value(d(3), team_shop.ids["张伟"], team_shop.metrics.get("orders"), 37)
    team_shop.data.set_value(d(30, 9), team_shop.ids["张伟"], team_shop.metrics.get("orders"), 12)
    page = open_page(qtbot, team_shop)
    page.set_metric("orders")
    assert page.model.index(0, 2).data() == "37" and page.model.index(0, 0).data() == ""
    page.picker.prev_button.click()
    assert page.month() == Month(2026, 9) and page.model.columnCount() == 31
    assert page.model.index(0, 29).data() == "12" and page.model.index(0, 30).data() == "12"
    assert page.model.flags(page.model.index(0, 29)) & Qt.ItemFlag.ItemIsEditable  # the past is editable


def test_event_dialog_adds_an_event(qtbot, team_shop):
    dialog = EventDialog(team_shop, OCT, staff_id=team_shop.ids["王芳"], day=d(8))
    qtbot.addWidget(dialog)
    dialog.type_combo.setCurrentText("备件销售")
    dialog.amount_edit.setText("¥1,280")
    dialog.value_edit.setText("2")
    dialog.attrs_edit.setPlainText("margin=38%\n\npaid=yes\n")
    dialog.note_edit.setText("换了压缩机")
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    [event] = team_shop.store.events.between(OCT.start, OCT.end)
    assert (event.day, event.staff_id, event.type, event.amount_fen, event.attrs, event.note) == \
        (d(8), team_shop.ids["王芳"], "备件销售", 128_000, {"margin": "38%", "paid": "yes"}, "换了压缩机")
    assert str(event.value) == "2"


@pytest.mark.parametrize("field, text, reason", [("attrs_edit", "margin 38%", "格式不对"),
                                                  ("amount_edit", "abc", "不是有效的金额"),
                                                  ("amount_edit", "12.345", "金额最多两位小数（到分）"),
                                                  ("value_edit", "1.234", "最多两位小数")])
def test_event_dialog_refuses_bad_input_and_stays_open(qtbot, team_shop, field, text, reason):
    dialog = EventDialog(team_shop, OCT)
    qtbot.addWidget(dialog)
    widget = getattr(dialog, field)
    widget.setPlainText(text) if field == "attrs_edit" else widget.setText(text)
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted and reason in dialog.error_label.text()
    assert team_shop.store.events.count() == 0


def test_events_tab_adds_and_deletes(qtbot, team_shop, monkeypatch, messages):
    page = open_page(qtbot, team_shop)
    page.table.setCurrentIndex(page.model.index(row_of(page, "李娜"), 6))  # the dialog starts on 李娜, the 7th

    def ask(cls, shop, month, parent=None, **options):
        dialog = cls(shop, month, parent, **options)
        dialog.type_combo.setCurrentText("表扬")
        dialog.note_edit.setText("顾客点名表扬")
        dialog.accept()
        return dialog.saved

    monkeypatch.setattr(EventDialog, "ask", classmethod(ask))
    page.add_event_button.click()
    assert page.event_model.rowCount() == 1
    assert [page.event_model.index(0, c).data() for c in (0, 1, 2, 6)] == ["10月7日", "李娜", "表扬", "顾客点名表扬"]
    assert page.tabs.tabText(1) == "事件（1）"
    assert team_shop.store.events.count() == 1
    page.event_table.selectRow(0)
    page.delete_event_button.click()
    assert len(messages.of("confirm")) == 1
    assert team_shop.store.events.count() == 0 and page.event_model.rowCount() == 0


def test_screenshot(qtbot, team_shop):
    from ui.fonts import install_fonts

    install_fonts(QApplication.instance())
    sales = team_shop.metrics.get("sales")
    for n, sid in enumerate(team_shop.ids.values()):
        if not team_shop.staff.get(sid).employed_on(d(3)):
            continue  # left before October: not on this month's grid
        for day in range(3, 20, 2):
            team_shop.data.set_value(d(day), sid, sales, 600_000 + 37_519 * n * day)
    team_shop.events.add(d(8), team_shop.ids["王芳"], "备件销售", amount_fen=128_000, attrs={"margin": "38%"})
    page = open_page(qtbot, team_shop)
    page.table.setCurrentIndex(page.model.index(1, 9))
    page.paste_text("abc\t1000\n")
    page.resize(1100, 520)
    page.show()
    qtbot.waitExposed(page)
    page.table.clearSelection()
    page.table.horizontalScrollBar().setValue(0)
    SCREENS.mkdir(parents=True, exist_ok=True)
    assert page.grab().save(str(SCREENS / "data.png"))
    page.table.horizontalScrollBar().setValue(page.table.horizontalScrollBar().maximum())
    assert page.grab().save(str(SCREENS / "data_month_end.png"))
    page.tabs.setCurrentIndex(1)
    assert page.grab().save(str(SCREENS / "data_events.png"))
    dialog = EventDialog(team_shop, OCT, page, staff_id=team_shop.ids["王芳"], day=d(8))
    dialog.type_combo.setCurrentText("备件销售")
    dialog.attrs_edit.setPlainText("margin 38%")
    dialog.accept()
    assert dialog.grab().save(str(SCREENS / "event_dialog.png"))


def test_refresh_keeps_metric_and_shows_changes_from_another_connection(qtbot, team_shop, db_path):
    page = open_page(qtbot, team_shop)
    page.set_metric("orders")
    other = Shop.open(db_path, TODAY)
    try:
        other.data.set_value(d(5), team_shop.ids["陈静"], other.metrics.get("orders"), 42)
    finally:
        other.close()
    page.refresh()
    assert page.current_metric().key == "orders"
    assert page.model.index(row_of(page, "陈静"), 4).data() == "42"


def test_the_days_away_of_a_rehired_person_are_greyed_and_refused_with_both_dates(qtbot, team_shop):
    from app.domain import StaffDraft

    back = team_shop.staff.add(StaffDraft(name="刘洋", dept="客服部", hired=date(2025, 1, 1)))
    team_shop.staff.leave(back.id, d(5))
    team_shop.staff.rehire(back.id, d(12))
    page = open_page(qtbot, team_shop)
    row = row_of(page, "刘洋")
    assert [page.model.cell_editable(row, day - 1) for day in (5, 6, 11, 12)] == [True, False, False, True]
    assert page.model.index(row, 7).data(Qt.ItemDataRole.ToolTipRole) == "刘洋 2026年10月5日 离职，2026年10月12日 重新入职"
    page.table.setCurrentIndex(page.model.index(row, 7))
    result = page.paste_text("100\n")
    assert result.stored == 0 and "不在职（2026年10月5日离职，2026年10月12日重新入职）" in result.refused[0][1]


def test_a_day_before_a_rehired_persons_first_hire_names_that_hire(qtbot, team_shop):
    # the tooltip named the rehire: 「刘洋 2026年10月12日 才入职」 on the 1st, though he joined on the 3rd
    from app.domain import StaffDraft

    back = team_shop.staff.add(StaffDraft(name="刘洋", dept="客服部", hired=d(3)))
    team_shop.staff.leave(back.id, d(5))
    team_shop.staff.rehire(back.id, d(12))
    page = open_page(qtbot, team_shop)
    row = row_of(page, "刘洋")
    assert page.model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole) == "刘洋 2026年10月3日 才入职"
    page.table.setCurrentIndex(page.model.index(row, 0))
    result = page.paste_text("100\n")
    assert result.stored == 0 and "不在职（2026年10月3日入职）" in result.refused[0][1]


def test_the_days_after_leaving_say_the_day_as_the_window_writes_dates(qtbot, team_shop):
    from app.domain import StaffDraft

    gone = team_shop.staff.add(StaffDraft(name="刘洋", dept="客服部", hired=date(2025, 1, 1)))
    team_shop.staff.leave(gone.id, d(5))
    page = open_page(qtbot, team_shop)
    row = row_of(page, "刘洋")
    assert page.model.index(row, 7).data(Qt.ItemDataRole.ToolTipRole) == "刘洋 已于 2026年10月5日 离职"


def test_days_off_the_team_are_greyed_and_refused_and_a_locked_shop_offers_to_unlock(qtbot, team_shop, messages,
                                                                                      db_path):
    from app.domain import StaffDraft
    from app.shop import Shop

    late = team_shop.staff.add(StaffDraft(name="刘洋", dept="客服部", hired=d(10)))
    with team_shop.store.atomic():  # an import brought in a value for the 2nd, before 刘洋 joined
        team_shop.store.values.set_many([("sales", d(2), late.id, 500)])
    page = open_page(qtbot, team_shop)
    row = row_of(page, "刘洋")
    assert not page.model.cell_editable(row, 0) and page.model.cell_editable(row, 9)  # the 1st no, the 10th yes
    assert page.model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole) == "刘洋 2026年10月10日 才入职"
    page.table.setCurrentIndex(page.model.index(row, 2))
    result = page.paste_text("100\n")
    assert result.stored == 0 and "不在职（2026年10月10日入职）" in result.refused[0][1]
    page.table.setCurrentIndex(page.model.index(row, 1))  # the stray value on the 2nd can still be cleared
    assert page.clear_selection().cleared == 1 and (late.id, d(2)) not in month_values(team_shop)
    team_shop.security.set_pin("2468")
    locked = Shop.open(db_path, team_shop.today)  # the next start: the shop opens locked
    page = open_page(qtbot, locked)
    before = month_values(locked)
    page.table.setCurrentIndex(page.model.index(row_of(page, "张伟"), 4))
    assert page.paste_text("777\n") is None  # no exception escapes the slot
    assert month_values(locked) == before and any("店主密码" in text for text in messages.of("error"))  # said, not raised
    locked.close()


def test_a_day_an_import_wrote_says_where_it_came_from_and_typing_over_it_says_so(qtbot, team_shop, tmp_path):
    """Nothing told a day from a report apart from one typed, nor said that typing over it replaced the report's."""
    from app.importing import ImportService

    path = tmp_path / "千牛_客服日报.csv"
    path.write_text("日期,客服,销售额\n2026-10-05,张伟,\"1,234.50\"\n2026-10-06,张伟,2000\n", encoding="utf-8")
    imports = ImportService(team_shop.store, team_shop.ctx, team_shop.metrics)
    imports.commit(imports.preview([path]))
    page = open_page(qtbot, team_shop)
    row = row_of(page, "张伟")
    assert page.model.index(row, 4).data(Qt.ItemDataRole.ToolTipRole) == \
        "来自导入：「千牛_客服日报.csv」第 2 行。在这里修改会以手动录入的数值替换它"
    assert page.model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole) is None  # typed: no source
    assert page.model.setData(page.model.index(row, 4), "999")
    assert page.summary.text() == "10月5日：手动录入的数值替换了导入的 ¥1,234.50（「千牛_客服日报.csv」第 2 行）"
    assert page.model.index(row, 4).data(Qt.ItemDataRole.ToolTipRole) is None
    page.refresh()
    assert page.model.index(row, 4).data(Qt.ItemDataRole.ToolTipRole) is None
    assert "第 3 行" in page.model.index(row, 5).data(Qt.ItemDataRole.ToolTipRole)


def test_an_imported_month_total_shows_in_the_total_column_and_is_said(qtbot, team_shop, tmp_path):
    """A 赤兔 month report has no days: after importing it the grid was blank, its 合计 too, with no word why,
    while the board counted it."""
    from app.importing import ImportService

    path = tmp_path / "赤兔_客服绩效_月度_2026-10-01至2026-10-19.csv"
    path.write_text("客服,销售额,客户满意率\n王芳,\"80,320.15\",98.5%\n张伟,100,99%\n", encoding="utf-8")
    imports = ImportService(team_shop.store, team_shop.ctx, team_shop.metrics)
    imports.commit(imports.preview([path]))
    page = open_page(qtbot, team_shop)
    page.refresh()
    model, total = page.model, page.model.total_column
    wang, zhang = row_of(page, "王芳"), row_of(page, "张伟")
    assert model.data(model.index(wang, total)) == "¥80,320.15"
    assert "2026年10月1日 至 2026年10月19日 ¥80,320.15（「赤兔_客服绩效_月度_2026-10-01至2026-10-19.csv」第 2 行）" in \
        model.data(model.index(wang, total), Qt.ItemDataRole.ToolTipRole)
    # 张伟 typed ¥20,800.50 on 1–2 October: the report's ¥100.00 for 1–19 October counts instead, as on the board
    assert model.data(model.index(zhang, total)) == "¥100.00"
    assert model.data(model.index(wang, 0)) == ""  # no day is made up
    assert "期间合计" in page.imported_note.text() and "2 人" in page.imported_note.text()
    page.metric_combo.setCurrentIndex(page.metric_combo.findData("satisfaction_rate"))
    assert model.data(model.index(wang, total)) == "98.5%"


def test_typing_a_cell_refits_the_columns_without_reading_every_cell(qtbot, shop):
    """Fitting the day columns measures the widest cell of each column, not each of the grid's cells: with
    every cell read, typing one value into a shop of 200 people took most of a second."""
    sales = shop.metrics.get("sales")
    ids = [shop.staff.add(StaffDraft(name=f"客服{i:02d}", hired=date(2024, 1, 1))).id for i in range(40)]
    for i, sid in enumerate(ids):
        shop.data.set_value(d(1 + i % 19), sid, sales, 10_000 * (i + 1))
    page = open_page(qtbot, shop)
    page.refresh()
    cells = page.model.rowCount() * page.model.columnCount()
    header = page.table.horizontalHeader()
    narrow = header.sectionSize(0)
    asked = []
    real_data = page.model.data
    page.model.data = lambda index, role=Qt.ItemDataRole.DisplayRole: asked.append(index.row()) or real_data(index, role)
    assert page.model.setData(page.model.index(5, 2), "12345678.90")
    assert len(asked) < cells  # before: every cell of the grid, several times over
    assert header.sectionSize(0) > narrow  # the even grid widened to the new widest value
    assert header.sectionSize(0) >= page.table.sizeHintForColumn(2)


def test_widest_rows_are_those_of_the_largest_values(qtbot, team_shop):
    page = open_page(qtbot, team_shop)
    page.refresh()
    rows = page.model.widest_rows()
    assert len(rows) == page.model.columnCount()
    assert rows[0] == row_of(page, "张伟")  # 12,500.00 beside 李娜's 9,900.00 on the 1st
    assert rows[-1] == row_of(page, "张伟")  # the largest total



def test_a_typed_rate_past_100_is_refused_naming_the_day_as_a_paste_does(qtbot, team_shop, messages):
    """Typed, the refusal said the day as 2026-10-03 where the same value pasted says 10月3日."""
    page = open_page(qtbot, team_shop)
    page.set_metric("conversion_rate")
    assert not page.model.setData(page.model.index(row_of(page, "张伟"), 2), "101%")
    assert messages.of("error") == ["张伟 10月3日的询单转化率（报表）超过 100%"]
    assert month_values(team_shop, "conversion_rate") == {}
