"""数据 → 导入记录 (undo), 导出, the page's buttons, and files dropped on the main window."""

from __future__ import annotations

import os
import re
from datetime import date
from pathlib import Path

import import_wizard_support as support
import openpyxl
import pytest
from import_wizard_support import (
    D1,
    DAILY_XLSX,
    GBK_CSV,
    OCT,
    commit,
    daily,
    preview,
    sample_sales_fen,
    shoot,
)
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent

from app.periods import Month
from ui.importing.export_dialog import ExportDialog
from ui.importing.history_dialog import ImportHistoryDialog
from ui.navigation import page_index
from ui.pages.data import DataPage

os.environ["QT_QPA_PLATFORM"] = "offscreen"
people, make_wizard = support.people, support.make_wizard  # fixtures


# ---- history and undo
def _import(qtbot, make_wizard, path: Path) -> int:
    wizard = make_wizard([path])
    preview(qtbot, wizard)
    return commit(qtbot, wizard)


def _undone(qtbot, dialog: ImportHistoryDialog) -> None:
    """撤销 of the selected import, waited for to its end."""
    task = dialog.undo_selected()
    with qtbot.waitSignal(task.finished, timeout=10000):
        pass


def test_undo_from_the_history_restores_the_previous_values(qtbot, qtmodeltester, shop, people, make_wizard,
                                                            messages):
    folder = shop.store.path.parent
    first = _import(qtbot, make_wizard, daily(folder, [["2026-10-01", "小美", "1000", "10"]], "一.csv"))
    wizard = make_wizard([daily(folder, [["2026-10-01", "小美", "1200", "12"], ["2026-10-02", "阿强", "50", "1"]],
                                "二.csv")])
    preview(qtbot, wizard)
    changes = wizard.preview_step.change_model
    qtmodeltester.check(changes)
    rows = [[changes.text(r, c) for c in range(7)] for r in range(changes.rowCount())]
    assert ["二.csv", "3", "小美", "2026年10月1日", "销售额", "¥1,000.00", "¥1,200.00"] in rows
    assert wizard.preview_step.tabs.tabText(2) == "将修改的数值（2）"
    second = commit(qtbot, wizard)
    assert shop.store.values.get("sales", D1, people["小美"]) == 120000
    dialog = ImportHistoryDialog(shop)
    qtbot.addWidget(dialog)
    dialog.show()
    model = dialog.model
    qtmodeltester.check(model)
    assert [model.text(r, 0) for r in range(model.rowCount())] == [str(second), str(first)]
    assert [model.text(0, c) for c in (2, 3, 4, 8)] == ["二.csv", "1", "1", "有效"]
    when = re.compile(r"\d{4}年\d{1,2}月\d{1,2}日 \d\d:\d\d")  # as the window writes dates, not 2026-10-20
    assert all(when.fullmatch(model.text(r, 1)) for r in range(model.rowCount())), model.text(0, 1)
    shoot(dialog, "6_history")

    dialog.select(first)  # a later import changed its values: refused, naming the later import
    _undone(qtbot, dialog)
    refusal = messages.of("error")[-1]
    assert f"之后的第 {second} 次导入（二.csv" in refusal and f"请先撤销第 {second} 次导入" in refusal
    assert f"（二.csv，{model.text(0, 1)}）" in refusal  # the time as the table above shows it
    assert shop.store.values.get("sales", D1, people["小美"]) == 120000

    dialog.select(second)
    _undone(qtbot, dialog)
    assert shop.store.values.get("sales", D1, people["小美"]) == 100000
    assert shop.store.values.get("sales", date(2026, 10, 2), people["阿强"]) is None
    assert re.fullmatch(r"已撤销（\d{4}年\d{1,2}月\d{1,2}日 \d\d:\d\d）", model.text(0, 8)), model.text(0, 8)
    assert not dialog.undo_button.isEnabled()
    assert f"已撤销第 {second} 次导入" in messages.of("info")[-1]


def test_undo_says_it_took_away_the_sub_account_the_import_added(qtbot, shop, people, messages):
    from app.importing import ImportOptions, ImportService

    service = ImportService(shop.store, shop.ctx, shop.metrics)
    path = daily(shop.store.path.parent, [["2026-10-01", "旗舰店:新来的", "1000", "10"]])
    import_id = service.commit(service.preview([path], ImportOptions(staff_map={"旗舰店:新来的": people["小美"]})))
    dialog = ImportHistoryDialog(shop)
    qtbot.addWidget(dialog)
    dialog.select(import_id)
    _undone(qtbot, dialog)
    assert messages.of("info")[-1] == (f"已撤销第 {import_id} 次导入，数值已恢复为导入前的样子。\n"
                                       "这次导入添加的子账号已一并删除：「旗舰店:新来的」（小美）")
    assert shop.staff.get(people["小美"]).aliases == ()


def test_undo_needs_confirmation(qtbot, shop, people, make_wizard, messages):
    first = _import(qtbot, make_wizard, daily(shop.store.path.parent, [["2026-10-01", "小美", "1000", "10"]]))
    dialog = ImportHistoryDialog(shop)
    qtbot.addWidget(dialog)
    dialog.select(first)
    messages.answer = False
    assert dialog.undo_selected() is None
    assert shop.store.values.get("sales", D1, people["小美"]) == 100000



def test_undoing_an_import_of_an_approved_month_asks_about_the_approval(qtbot, shop, people, make_wizard, messages,
                                                                        monkeypatch):
    from app.periods import Month
    from ui import errors

    first = _import(qtbot, make_wizard, daily(shop.store.path.parent, [["2026-10-01", "小美", "1000", "10"]]))
    shop.awards.plans.use("taobao-kefu")
    shop.awards.approve(Month(2026, 10), confirm=True)
    dialog = ImportHistoryDialog(shop)
    qtbot.addWidget(dialog)
    dialog.select(first)
    answers = iter([True, False])  # yes to 撤销导入, no to changing the approved month
    monkeypatch.setattr(errors, "handler", lambda kind, title, text: messages(kind, title, text) and next(answers))
    assert dialog.undo_selected() is None
    assert "2026年10月 的评奖已经批准" in messages.of("confirm")[-1]
    assert shop.store.values.get("sales", D1, people["小美"]) == 100000
    monkeypatch.setattr(errors, "handler", messages)  # yes to both
    _undone(qtbot, dialog)
    assert shop.store.values.get("sales", D1, people["小美"]) is None and not messages.of("error")


def test_undoing_an_import_no_approved_plan_reads_asks_only_about_the_undo(qtbot, shop, people, make_wizard, messages,
                                                                         tmp_path):
    """An approved month whose plan reads none of the import's metrics was asked about all the same."""
    import json

    from app.periods import Month

    first = _import(qtbot, make_wizard, daily(shop.store.path.parent, [["2026-10-01", "小美", "1000", "10"]]))
    plan = tmp_path / "praise.json"
    plan.write_text(json.dumps({"name": "表扬方案", "key": "praise", "rules": [
        {"name": "表扬奖", "kind": "per_event", "period": "month", "pays": "cash", "event": "表扬", "per": "count",
         "amount": 20}]}, ensure_ascii=False), encoding="utf-8")
    shop.awards.plans.use(str(plan))
    shop.awards.approve(Month(2026, 10), confirm=True)
    dialog = ImportHistoryDialog(shop)
    qtbot.addWidget(dialog)
    dialog.select(first)
    _undone(qtbot, dialog)
    assert len(messages.of("confirm")) == 1 and "撤销第" in messages.of("confirm")[0]  # 撤销导入 only
    assert shop.store.values.get("sales", D1, people["小美"]) is None and not messages.of("error")
    assert not shop.awards.status(Month(2026, 10)).changed


# ---- export
def test_export_writes_a_readable_xlsx(qtbot, shop, people, make_wizard, messages, tmp_path):
    _import(qtbot, make_wizard, GBK_CSV)
    dialog = ExportDialog(shop, OCT)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.path_edit.text().endswith("红花榜数据_我的淘宝店_2026年10月.xlsx")
    shoot(dialog, "7_export")
    dialog.daily_radio.setChecked(True)
    target = tmp_path / "导出 目录" / "十月.xlsx"
    task = dialog.export(target)
    with qtbot.waitSignal(task.finished, timeout=15000):
        pass
    assert dialog.written == target and "已导出到" in messages.of("info")[-1]
    book = openpyxl.load_workbook(target)
    totals, days = book.worksheets
    rows = list(totals.iter_rows(values_only=True))
    assert rows[0][:3] == ("员工", "部门", "销售额")
    xm = next(r for r in rows if r[0] == "小美")
    assert round(xm[2] * 100) == sum(sample_sales_fen(0, d) for d in range(7))
    assert days.max_row == 1 + 28 and days.cell(row=2, column=1).value.date() == D1


# ---- the 数据 page and the main window
def test_data_page_buttons_open_the_dialogs(qtbot, shop, people):
    page = DataPage(shop)
    qtbot.addWidget(page)
    page.resize(1000, 600)
    page.show()
    shoot(page, "0_data_page")
    texts = [page.imports.import_button.text(), page.imports.history_button.text(), page.imports.export_button.text()]
    assert texts == ["导入…", "导入记录", "导出…"]
    page.imports.import_button.click()
    assert page.imports.wizard is not None and page.imports.wizard.isVisible()
    page.imports.wizard.reject()
    page.imports.history_button.click()
    assert page.imports.history.isVisible()
    page.imports.history.reject()
    page.imports.export_button.click()
    assert page.imports.export_dialog.isVisible() and page.imports.export_dialog.picker.month() == OCT
    page.imports.export_dialog.reject()


@pytest.mark.parametrize("today", [date(2026, 11, 2)])  # month end: October's report imported in November
def test_after_an_import_the_data_page_shows_a_month_it_wrote(qtbot, shop, people, messages):
    page = DataPage(shop)
    qtbot.addWidget(page)
    page.show()
    assert page.month() == Month(2026, 11)
    wizard = page.imports.open_import([GBK_CSV])
    preview(qtbot, wizard)
    commit(qtbot, wizard)
    assert page.month() == OCT  # not an empty November after importing October
    xm = next(r for r in range(page.model.rowCount()) if page.model.headerData(r, Qt.Orientation.Vertical) == "小美")
    assert page.model.data(page.model.index(xm, 0)) == "¥1,372.00"

    two_months = support.write_csv(shop.store.path.parent / "跨月.csv", [
        ["统计时间：2026-10-31 ~ 2026-11-01"], support.HEADER, ["2026-10-31", "小美", "100", "1"],
        ["2026-11-01", "小美", "200", "2"]])
    wizard = page.imports.open_import([two_months])
    preview(qtbot, wizard)
    commit(qtbot, wizard)
    assert page.month() == OCT  # the month shown holds some of what was written: it stays


def _drop(target, paths: list[Path]) -> QDropEvent:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    enter = QDragEnterEvent(QPoint(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    target.dragEnterEvent(enter)
    assert enter.isAccepted() == bool([p for p in paths if p.suffix != ".png"])
    event = QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    target.dropEvent(event)
    return event


def test_dropping_a_file_on_the_main_window_opens_the_wizard_with_it(qtbot, shop, people, make_window, tmp_path):
    window = make_window(start_page="staff")
    picture = tmp_path / "logo.png"
    picture.write_bytes(b"\x89PNG")
    _drop(window, [picture])
    assert window.current_index() == page_index("staff")  # nothing to import: nothing opens
    _drop(window, [GBK_CSV, picture])
    page = window.current_page()
    assert window.current_index() == page_index("data") and isinstance(page, DataPage)
    wizard = page.imports.wizard
    assert wizard.isVisible() and wizard.files_step.paths() == [GBK_CSV]
    _drop(page, [DAILY_XLSX])  # a second drop, on the page, adds to the open wizard
    assert page.imports.wizard is wizard and wizard.files_step.paths() == [GBK_CSV, DAILY_XLSX]
    wizard.session.close()
    wizard.reject()


def test_excels_unicode_text_dropped_on_the_window_is_imported(qtbot, shop, people, make_window, tmp_path):
    """Excel saves 「Unicode 文本」 as a tab-separated UTF-16 .txt, which the import reads: dropping one was
    ignored, and the file dialog hid it."""
    text = tmp_path / "客服日报.txt"
    text.write_bytes("统计时间：2026-10-01\n日期\t客服\t销售额\n2026-10-01\t小美\t1,200.50\n".encode("utf-16"))
    window = make_window(start_page="staff")
    _drop(window, [text])
    wizard = window.current_page().imports.wizard
    assert wizard.isVisible() and wizard.files_step.paths() == [text]
    preview(qtbot, wizard)
    commit(qtbot, wizard)
    assert shop.store.values.get("sales", date(2026, 10, 1), people["小美"]) == 120050
    wizard.session.close()
    wizard.reject()
