"""The import wizard on untidy exports: a 金额 column that says neither sales nor refunds, mapped in the window."""

from __future__ import annotations

import import_wizard_support as support
from import_wizard_support import D1, commit, preview, write_csv

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
