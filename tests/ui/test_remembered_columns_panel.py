"""设置 → 导入: the columns imports remember, by report, with 修改… and 忘记 (one audited transaction each; the values
already imported stay)."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from app.domain import StaffDraft
from app.importing import ImportOptions, ImportService
from app.importing.remembered import RememberedColumns
from app.shop import Shop
from ui.dialogs.column_choice_dialog import ColumnChoiceDialog
from ui.pages.settings import SettingsPage
from ui.widgets.remembered_columns_panel import RememberedColumnsPanel

SCREENS = Path(__file__).resolve().parents[1] / "artifacts" / "screens"
TITLE = "统计时间：2026-10-01 ~ 2026-10-31"


def _write(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join([TITLE, *lines]) + "\n", encoding="utf-8")
    return path


def _import(shop, path: Path, lines: list[str], column_map: dict[str, str | None]) -> int:
    _write(path, lines)
    service = ImportService(shop.store, shop.ctx, shop.metrics)
    plan = service.preview([path], ImportOptions(column_map=column_map))
    assert not plan.blocking(), plan.blocking()
    import_id = service.commit(plan)
    assert import_id is not None
    return import_id


@pytest.fixture
def taught(shop, tmp_path):
    """Two reports with columns mapped by hand: 接待日报 (one read as a metric, one ignored) and 退款明细."""
    shop.staff.add(StaffDraft("小美"))
    _import(shop, tmp_path / "接待日报.csv", ["日期,客服,销售额,接待人数（去重）,备注", "2026-10-01,小美,100,12,好"],
            {"接待人数（去重）": "inquiries", "备注": None})
    _import(shop, tmp_path / "售后退款明细_10月.csv", ["日期,客服,金额,退款笔数", "2026-10-02,小美,30,1"],
            {"金额": "refunds", "退款笔数": None})
    return shop


@pytest.fixture
def page(qtbot, taught):
    widget = SettingsPage(taught)
    qtbot.addWidget(widget)
    widget.refresh()
    return widget


def _shown(panel) -> list[tuple[str, list[tuple[str, str]]]]:
    tree = panel.tree
    return [(tree.topLevelItem(i).text(0), [(tree.topLevelItem(i).child(j).text(0), tree.topLevelItem(i).child(j).text(1))
                                            for j in range(tree.topLevelItem(i).childCount())])
            for i in range(tree.topLevelItemCount())]


def _remembered(shop) -> dict[str, str | None]:
    return {c.shown_header: c.metric for r in RememberedColumns(shop.store, shop.ctx, shop.metrics).reports()
            for c in r.columns}


def test_the_import_tab_lists_each_report_with_its_remembered_columns(page):
    tabs = page.tabs
    assert "导入" in [tabs.tabText(i) for i in range(tabs.count())]
    shown = _shown(page.remembered_columns)
    assert all(re.fullmatch(r"(售后退款明细_10月|接待日报)\.csv（最近导入：\d{4}年\d+月\d+日 \d\d:\d\d）", report)
               for report, _ in shown)
    assert shown[0][0].startswith("售后退款明细_10月.csv") and shown[1][0].startswith("接待日报.csv")  # newest first
    assert shown[0][1] == [("金额", "退款金额"), ("退款笔数", "忽略")]  # in the file's order
    assert shown[1][1] == [("接待人数（去重）", "询单人数"), ("备注", "忽略")]
    labels = [label.text() for label in page.remembered_columns.findChildren(type(page.remembered_columns.empty_label))]
    assert "已导入的数据不变；下次导入时生效。" in labels
    assert not [text for text in labels if "--" in text]  # no command-line option in an owner's window
    assert page.remembered_columns.tree.topLevelItem(1).toolTip(0) == "这份报表的列：日期、客服、销售额、接待人数（去重）、备注"


def test_buttons_wait_for_a_column_to_be_chosen(page):
    panel = page.remembered_columns
    assert not panel.change_button.isEnabled() and not panel.forget_button.isEnabled()
    panel.tree.setCurrentItem(panel.tree.topLevelItem(0))  # a report, not a column
    assert not panel.forget_button.isEnabled()
    panel.select("备注")
    assert panel.change_button.isEnabled() and panel.forget_button.isEnabled()


def test_a_column_ignored_by_a_slip_is_read_as_a_metric_after_all(qtbot, page, taught, tmp_path):
    panel = page.remembered_columns
    panel.select("备注")
    report, column = panel.selected()
    dialog = ColumnChoiceDialog(taught, report, column)
    qtbot.addWidget(dialog)
    assert dialog.combo.currentText() == "忽略这一列"
    dialog.choose("received")
    dialog.accept()
    assert dialog.changed and _remembered(taught)["备注"] == "received"
    assert taught.store.audit.recent(1)[0].action == "import.column_change"
    panel.refresh()
    assert ("备注", "接待人数") in _shown(panel)[1][1]
    assert panel.selected()[1].shown_header == "备注"  # the selection stays on the column
    assert taught.store.values.get("received", date(2026, 10, 1), 1) is None  # already imported: not read again


def test_modify_opens_the_dialog_for_the_selected_column_and_shows_the_new_choice(page, taught, monkeypatch):
    panel = page.remembered_columns
    asked = []

    def ask(parent, shop, report, column):
        asked.append(column.shown_header)
        RememberedColumns(shop.store, shop.ctx, shop.metrics).change(report.signature, column.header, "refunds")
        return True
    monkeypatch.setattr(ColumnChoiceDialog, "ask", staticmethod(ask))
    panel.select("接待人数（去重）")
    assert panel.change_selected() is True
    assert asked == ["接待人数（去重）"]
    assert ("接待人数（去重）", "退款金额") in _shown(panel)[1][1]


def test_forget_asks_first_and_the_next_import_asks_about_the_column_again(page, taught, messages, tmp_path):
    panel = page.remembered_columns
    panel.select("备注")
    messages.answer = False
    assert panel.forget_selected() is False
    assert "备注" in _remembered(taught)
    messages.answer = True
    assert panel.forget_selected() is True
    [question, _again] = messages.of("confirm")
    assert question.startswith("忘记「备注」读作「忽略」？") and "已导入的数据不变" in question
    assert "备注" not in _remembered(taught) and [c for _, cs in _shown(panel) for c, _ in cs if c == "备注"] == []
    assert taught.store.audit.recent(1)[0].action == "import.column_forget"
    path = _write(tmp_path / "接待日报2.csv", ["日期,客服,销售额,接待人数（去重）,备注", "2026-10-02,小美,1,1,好"])
    plan = ImportService(taught.store, taught.ctx, taught.metrics).preview([path])
    assert plan.files[0].mappable_columns == ["备注"]  # the wizard's 处理未识别项 lists it again


def test_a_locked_shop_says_why_and_changes_nothing(qtbot, taught, messages):
    taught.security.set_pin("1234")
    locked = Shop.open(taught.store.path, taught.today)
    try:
        page = SettingsPage(locked)
        qtbot.addWidget(page)
        page.refresh()
        page.remembered_columns.select("备注")
        assert page.remembered_columns.forget_selected() is False
        assert "店主密码" in messages.of("error")[-1]
        report, column = page.remembered_columns.selected()
        dialog = ColumnChoiceDialog(locked, report, column)
        qtbot.addWidget(dialog)
        dialog.choose("sales")
        dialog.accept()
        assert not dialog.changed and "店主密码" in messages.of("error")[-1]
        assert _remembered(locked)["备注"] is None
    finally:
        locked.close()


def test_a_shop_without_remembered_columns_says_how_they_come(qtbot, shop):
    page = SettingsPage(shop)
    qtbot.addWidget(page)
    page.refresh()
    panel = page.remembered_columns
    assert not panel.empty_label.isHidden() and panel.tree.isHidden()
    assert "还没有记住的列" in panel.empty_label.text()


def test_a_shop_without_remembered_columns_keeps_its_lines_together_at_the_top(qtbot, shop):
    """With the list hidden nothing else is stretched over the tab: the note, the buttons and the last line follow
    one another under the explanation instead of standing apart down the page."""
    page = SettingsPage(shop)
    qtbot.addWidget(page)
    page.refresh()
    page.resize(1000, 560)
    page.tabs.setCurrentWidget(next(page.tabs.widget(i) for i in range(page.tabs.count())
                                    if page.tabs.tabText(i) == "导入"))
    page.show()
    QApplication.processEvents()
    panel = page.remembered_columns
    empty = panel.empty_label
    assert empty.height() <= empty.heightForWidth(empty.width()) + 2
    gap = panel.change_button.geometry().top() - empty.geometry().bottom()
    assert 0 <= gap <= 2 * panel.layout().spacing() + 2


def test_screenshot_of_the_panel(qtbot, page):
    """Look at it: tests/artifacts/screens/settings-import-columns.png (and the dialog beside it)."""
    SCREENS.mkdir(parents=True, exist_ok=True)
    page.resize(1000, 560)
    page.tabs.setCurrentWidget(next(page.tabs.widget(i) for i in range(page.tabs.count())
                                    if page.tabs.tabText(i) == "导入"))
    page.show()
    page.remembered_columns.select("接待人数（去重）")
    QApplication.processEvents()
    tree = page.remembered_columns.tree
    for i in range(tree.topLevelItemCount()):  # nothing cut short: the names fit their column
        for j in range(tree.topLevelItem(i).childCount()):
            item = tree.topLevelItem(i).child(j)
            assert tree.visualItemRect(item).width() > 0
            assert tree.columnWidth(0) >= tree.fontMetrics().horizontalAdvance(item.text(0)) + tree.indentation()
    path = SCREENS / "settings-import-columns.png"
    assert page.grab().save(str(path)) and path.stat().st_size > 5000
    report, column = page.remembered_columns.selected()
    dialog = ColumnChoiceDialog(page.shop, report, column)
    qtbot.addWidget(dialog)
    dialog.show()
    QApplication.processEvents()
    assert dialog.grab().save(str(SCREENS / "settings-import-column-dialog.png"))


def test_the_panel_in_english_at_a_small_screen(qtbot, qapp, taught):
    from ui.main import install_translators

    install_translators(qapp, "en")
    try:
        page = SettingsPage(taught)
        qtbot.addWidget(page)
        page.refresh()
        page.resize(1000, 560)
        index = next(i for i in range(page.tabs.count()) if page.tabs.tabText(i) == "Import")
        page.tabs.setCurrentIndex(index)
        page.show()
        QApplication.processEvents()
        panel = page.remembered_columns
        assert panel.tree.topLevelItem(0).text(0).startswith("售后退款明细_10月.csv (last imported: ")
        assert [panel.tree.topLevelItem(0).child(j).text(1) for j in range(2)] == ["Refunds", "Ignored"]
        assert panel.change_button.text() == "Change…" and panel.forget_button.text() == "Forget"
        SCREENS.mkdir(parents=True, exist_ok=True)
        assert page.grab().save(str(SCREENS / "settings-import-columns-en.png"))
    finally:
        install_translators(qapp, "zh")


def test_a_reports_columns_are_listed_with_commas_in_english(qtbot, qapp, taught):
    """The tooltip of a report listed its columns with 「、」 in the English window."""
    from ui.main import install_translators

    install_translators(qapp, "en")
    try:
        panel = RememberedColumnsPanel(taught)
        qtbot.addWidget(panel)
        panel.refresh()
        tip = panel.tree.topLevelItem(1).toolTip(0)
    finally:
        install_translators(qapp, "zh")
    assert tip.endswith(": 日期, 客服, 销售额, 接待人数（去重）, 备注"), tip
