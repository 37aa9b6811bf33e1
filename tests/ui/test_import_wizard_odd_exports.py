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
