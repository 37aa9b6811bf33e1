"""The 评奖 page's tables keep each row's texts once worked out (a view reads every cell many times) and size
their columns from them. A recompute updates the rows in place, the same person's line where it stood: what it
shows must be the new amount, name and explanation, the totals' too, and the columns as wide as the new texts —
never the texts kept from before."""

from __future__ import annotations

from datetime import date

from awards_page_support import _run, computed, make_team, open_page
from PySide6.QtWidgets import QApplication

from app.domain import StaffDraft
from ui.models.award_models import AwardLineModel, TotalsModel


def _line_texts(model: AwardLineModel, award: str) -> list[str]:
    row = next(row for row, line in enumerate(model.lines) if line.award == award)
    return [model.index(row, column).data() for column in range(model.columnCount())]


def _totals_row(model: TotalsModel, name: str) -> list[str]:
    row = next(row for row in range(model.rowCount()) if model.index(row, TotalsModel.NAME).data() == name)
    return [model.index(row, column).data() for column in range(model.columnCount())]


def test_a_recompute_shows_the_new_amounts_names_and_explanations_of_lines_updated_in_place(qtbot, shop, tmp_path):
    ids = make_team(shop, tmp_path)
    page = open_page(qtbot, shop)
    computed(qtbot, page)
    praise = _line_texts(page.model, "表扬奖")
    assert praise[0] == "甲" and praise[AwardLineModel.AMOUNT] == "¥40.00", praise
    narrow = page.table.columnWidth(AwardLineModel.RECIPIENT)
    resets = []
    page.model.modelReset.connect(lambda: resets.append("lines"))
    page.totals_model.modelReset.connect(lambda: resets.append("totals"))

    for day in range(10, 20):  # ten more: ¥240.00 in all
        shop.events.add(date(2026, 9, day), ids["甲"], "表扬")
    shop.staff.edit(ids["甲"], StaffDraft(name="甲（天猫旗舰店售前）", dept="客服部", role="客服", hired=date(2026, 3, 1)))
    _run(qtbot, page, page.compute)
    QApplication.processEvents()

    assert resets == []  # the rows were updated where they stand, as a recompute does
    praise_now = _line_texts(page.model, "表扬奖")
    assert praise_now[0] == "甲（天猫旗舰店售前）"
    assert praise_now[AwardLineModel.AMOUNT] == "¥240.00"
    assert praise_now[AwardLineModel.EXPLANATION] != praise[AwardLineModel.EXPLANATION]
    assert "12" in praise_now[AwardLineModel.EXPLANATION]  # 表扬 12 次
    totals = _totals_row(page.totals_model, "甲（天猫旗舰店售前）")
    assert totals[TotalsModel.CASH] == "¥740.00"  # 阶段目标奖 ¥500.00 and 表扬奖 ¥240.00
    assert page.table.columnWidth(AwardLineModel.RECIPIENT) > narrow  # measured from the new name
