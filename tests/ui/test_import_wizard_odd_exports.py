"""The import wizard on untidy exports: a 金额 column that says neither sales nor refunds, mapped in the window."""

from __future__ import annotations

from datetime import date

import import_wizard_support as support
from import_wizard_support import D1, commit, preview, shoot, write_csv

people, make_wizard = support.people, support.make_wizard  # fixtures


def test_an_amount_column_that_says_nothing_is_offered_for_mapping(qtbot, shop, people, make_wizard):
    csv = write_csv(shop.store.path.parent / "日报.csv", [["日期", "客服", "金额"], ["2026-10-01", "小美", "88"]])
    wizard = make_wizard([csv])
    plan = preview(qtbot, wizard)
    assert plan.files[0].file_error and plan.files[0].mappable_columns == ["金额"]
    assert "「金额」看不出是「销售额」还是「退款金额」" in wizard.preview_step.error_model.text(0, 4)
    assert wizard.resolve_button.isVisible()
    wizard.go_resolve()
    assert list(wizard.resolve_step.columns) == ["金额"]
    wizard.resolve_step.set_column_choice("金额", "sales")
    plan = preview(qtbot, wizard)
    assert not plan.errors
    commit(qtbot, wizard)
    assert shop.store.values.get("sales", D1, people["小美"]) == 8800


def test_odd_exports_go_through_the_wizard(qtbot, shop, people, make_wizard):
    import openpyxl

    folder = shop.store.path.parent
    title_csv = write_csv(folder / "客服绩效.csv", [["客服绩效报表（2026-10-01 至 2026-10-02）"], ["导出时间：2026-10-03 09:12"],
                                                 ["日期", "客服", "销售额"], ["2026-10-01", "小美", "1,200.50"],
                                                 ["2026-10-02", "阿强", "300"]])
    totals_csv = write_csv(folder / "分组合计.csv", [["日期", "客服", "销售额"], ["2026-10-01", "晓雯", "100"],
                                                  ["合计", "", "100"], ["2026-10-01", "大刘", "50"], ["", "总计", "150"]])
    book = openpyxl.Workbook()
    for row in (["统计时间：2026-10-02"], ["日期", "客服", "询单->最终付款", None], [None, None, "人数", "金额"],
                ["2026-10-02", "晓雯", 3, 88], [None, "大刘", 4, 99]):
        book.active.append(row)
    for cells in ("A1:D1", "A2:A3", "B2:B3", "C2:D2", "A4:A5"):
        book.active.merge_cells(cells)
    book.save(folder / "合并.xlsx")
    wizard = make_wizard([title_csv, totals_csv, folder / "合并.xlsx"])
    plan = preview(qtbot, wizard)
    assert not plan.errors, plan.errors
    assert [f.new for f in plan.files] == [2, 2, 2]
    shoot(wizard, "odd_exports_preview")
    commit(qtbot, wizard)
    assert shop.store.values.get("sales", D1, people["大刘"]) == 5000
    assert shop.store.values.get("paying", date(2026, 10, 2), people["大刘"]) == 4


def test_another_sub_accounts_file_imported_apart_is_an_error_and_together_adds_up(qtbot, shop, make_wizard):
    """Each store's export chosen in a wizard of its own: the second would replace the first account's day."""
    from app.domain import StaffDraft

    xiaoyan = shop.staff.add(StaffDraft("晓燕", aliases=("红花旗舰店:晓燕", "红花旗舰店:售前01"))).id
    folder = shop.store.path.parent
    a = write_csv(folder / "A组.csv", [["日期", "客服", "销售额"], ["2026-10-01", "红花旗舰店:晓燕", "1000"]])
    b = write_csv(folder / "B组.csv", [["日期", "客服", "销售额"], ["2026-10-01", "红花旗舰店:售前01", "300"]])
    first = make_wizard([a])
    preview(qtbot, first)
    commit(qtbot, first)
    wizard = make_wizard([b])
    plan = preview(qtbot, wizard)
    errors = wizard.preview_step.error_model
    assert [errors.text(0, c) for c in range(4)] == ["B组.csv", "2", "客服", "红花旗舰店:售前01"]
    assert "已由第 1 次导入「A组.csv」的子账号「红花旗舰店:晓燕」写入" in errors.text(0, 4)
    detail = wizard.preview_step.error_detail  # the whole reason, which the table's column cuts short
    assert detail.isVisible() and detail.text() == errors.text(0, 4) and "导入向导里同时选中它们" in detail.text()
    assert not wizard.next_button.isEnabled() and plan.files[0].changed == 0
    shoot(wizard, "other_sub_account_apart")
    together = make_wizard([a, b])
    plan = preview(qtbot, together)
    assert not plan.errors
    commit(qtbot, together)
    assert shop.store.values.get("sales", D1, xiaoyan) == 130000


def test_a_corrected_file_of_one_store_keeps_the_others_share_and_the_history_undoes_it(qtbot, qtmodeltester, shop,
                                                                                         make_wizard, messages):
    """Both stores' GBK exports imported together; then the flagship's corrected export alone: the preview says
    that 专营店's share is kept and shows each day's total from → to; undone from the history, the sums come back."""
    from app.domain import StaffDraft
    from ui.importing.history_dialog import ImportHistoryDialog

    meimei = shop.staff.add(StaffDraft("小美", aliases=("旗舰店:小美", "专营店:小美"), hired=date(2026, 9, 1))).id
    folder = shop.store.path.parent
    header = ["日期", "客服", "销售额"]
    a = write_csv(folder / "旗舰店.csv", [header, ["2026-10-01", "旗舰店:小美", "1000"],
                                          ["2026-10-02", "旗舰店:小美", "800"]], "gbk")
    b = write_csv(folder / "专营店.csv", [header, ["2026-10-01", "专营店:小美", "300"],
                                          ["2026-10-02", "专营店:小美", "200"]], "gbk")
    together = make_wizard([a, b])
    preview(qtbot, together)
    first = commit(qtbot, together)
    corrected = write_csv(folder / "旗舰店更正.csv", [header, ["2026-10-01", "旗舰店:小美", "1100"],
                                                    ["2026-10-02", "旗舰店:小美", "800"]], "gbk")
    wizard = make_wizard([corrected])
    plan = preview(qtbot, wizard)
    assert not plan.errors and wizard.next_button.isEnabled()
    step = wizard.preview_step
    qtmodeltester.check(step.change_model)
    assert [[step.change_model.text(0, c) for c in range(7)]] == [
        ["旗舰店更正.csv", "2", "小美", "2026年10月1日", "销售额", "¥1,300.00", "¥1,400.00"]]
    said = "小美 10月1日–2日（2 天）：「旗舰店:小美」换成本文件的数值，「专营店:小美」保留第 1 次导入的数值，合计随之更新"
    assert said in step.notes_text.toPlainText()
    shoot(wizard, "corrected_store_file")
    second = commit(qtbot, wizard)
    assert shop.store.values.get("sales", D1, meimei) == 140000

    dialog = ImportHistoryDialog(shop)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.select(second)
    task = dialog.undo_selected()
    with qtbot.waitSignal(task.finished, timeout=10000):
        pass
    assert f"已撤销第 {second} 次导入" in messages.of("info")[-1]
    assert shop.store.values.get("sales", D1, meimei) == 130000
    dialog.select(first)
    task = dialog.undo_selected()
    with qtbot.waitSignal(task.finished, timeout=10000):
        pass
    assert shop.store.values.get("sales", D1, meimei) is None


def test_the_check_step_shows_an_errors_reason_once(qtbot, shop, people, make_wizard):
    """The selected error's reason stood in its row and again in red below the table: the line below is for a
    reason the column cuts short, and shows only then."""
    csv = write_csv(shop.store.path.parent / "日报.csv", [["日期", "客服", "销售额"], ["2026-10-01", "小美", "很多"]])
    wizard = make_wizard([csv])
    wizard.resize(1100, 700)
    plan = preview(qtbot, wizard)
    step = wizard.preview_step
    assert len(plan.errors) == 1 and step.tabs.currentWidget() is step.error_table
    reason = step.error_model.index(0, 4)
    cell = step.error_table.visualRect(reason)
    assert cell.right() < step.error_table.viewport().width()  # the row shows the reason whole …
    assert step.error_table.sizeHintForIndex(reason).width() <= cell.width()
    assert not step.error_detail.isVisible()  # … so it is not said again below
    step.error_table.setColumnWidth(3, 2000)  # … but when it runs past the table's edge, the line below has it
    qtbot.waitUntil(step.error_detail.isVisible)
    assert step.error_detail.text() == step.error_model.text(0, 4)


def test_the_english_file_layout_names_the_two_columns_of_a_span_as_it_names_the_others(qtbot, qapp, shop, people,
                                                                                     make_wizard):
    """开始日期 | 结束日期 read as each row's span: 文件结构 said 「start date」 beside 「Staff」 and 「Sales」."""
    from ui.main import install_translators

    csv = write_csv(shop.store.path.parent / "区间.csv", [["开始日期", "结束日期", "客服", "销售额"],
                                                        ["2026-10-01", "2026-10-18", "小美", "100"]])
    install_translators(qapp, "en")
    try:
        wizard = make_wizard([csv])
        layout = wizard.preview_step.describe(preview(qtbot, wizard).files[0]).splitlines()
    finally:
        install_translators(qapp, "zh")
    assert {"    开始日期 → Start date", "    结束日期 → End date", "    客服 → Staff"} <= set(layout), layout
