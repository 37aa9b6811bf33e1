"""A leaver on the 评奖 page and in the 计算单 window: 小丽 left on 9月15日, praised and at 108 % of her target,
with a manual 降本奖. 未获奖原因 says once why the rules paid her nothing (it listed 「离职，期末不在职」 under
each rule), and her 计算单 window says it beside the inputs it explains (it said nothing of it)."""

from __future__ import annotations

from datetime import date

import pytest
from awards_page_support import SEP, _put, computed, make_team, open_page

from app.domain import StaffDraft
from ui.dialogs.award_dialogs import ReceiptDialog

SAID = {
    "zh": ("期末在职才参加的 3 个奖项",
           "9月15日离职，期末不在职，不参加本期要求期末在职的奖项：阶段目标奖、表扬奖、投诉扣款（手动奖项照发）"),
    "en": ("3 awards for staff at period end",
           ("left on 09-15, not employed at the end of the period, so takes no part in this period's awards that "
            "require it: 阶段目标奖, 表扬奖, 投诉扣款 (manual awards are still paid)")),
}
RECEIPT_SAID = {
    "zh": "9月15日离职，期末不在职，不参加要求期末在职的奖项：2026年9月的阶段目标奖、表扬奖、投诉扣款（手动奖项照发）",
    "en": "left on 09-15, not employed at period end, so takes no part in the awards that require it: "
          "2026-09: 阶段目标奖, 表扬奖, 投诉扣款 (manual awards are still paid)",
}


@pytest.fixture
def leaver(shop, tmp_path):
    make_team(shop, tmp_path)
    xl = shop.staff.add(StaffDraft(name="小丽", dept="客服部", role="客服", hired=date(2026, 3, 1))).id
    _put(shop, xl, date(2026, 9, 5), 1_080_000)
    shop.targets.set_staff(SEP, xl, shop.metrics.get("sales"), 1_000_000)
    shop.events.add(date(2026, 9, 8), xl, "表扬")
    shop.staff.leave(xl, date(2026, 9, 15))
    shop.awards.add_manual(SEP, "降本奖", staff_id=xl, amount_fen=30000, reason="换了包装")
    return xl


def test_why_not_has_one_row_for_her_saying_why(qtbot, qtmodeltester, shop, leaver, lang):
    page = open_page(qtbot, shop)
    computed(qtbot, page)
    model = page.tabs.why_not_model
    qtmodeltester.check(model)
    rows = [tuple(model.index(r, c).data() for c in (model.RULE, model.WHO, model.REASON))
            for r in range(model.rowCount())]
    assert [(rule, reason) for rule, who, reason in rows if who == "小丽"] == [SAID[lang]], rows
    assert any(who == "乙" for _rule, who, _reason in rows)  # the others' reasons stay, a row a rule


def test_her_receipt_window_says_why_beside_her_inputs(qtbot, shop, leaver, lang):
    shop.awards.approve(SEP, confirm=True)
    dialog = ReceiptDialog(shop, SEP, leaver)
    qtbot.addWidget(dialog)
    assert not dialog.left_note.isHidden() and dialog.left_note.text() == RECEIPT_SAID[lang]
    assert dialog.lines.rowCount() == 1 and dialog.inputs.rowCount() == 3  # 降本奖; sales, target, praise
