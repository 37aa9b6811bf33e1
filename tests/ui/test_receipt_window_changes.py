"""The 查看计算单 window of a month approved again says what changed for the person since the approval before, as
the printed 计算单 does (it said nothing of it), and names the plan the lines came from."""

from __future__ import annotations

from datetime import date

from awards_page_support import SEP, make_team

from ui.dialogs.award_dialogs import ReceiptDialog

CHANGE = {
    "zh": "与上次批准（2026年10月20日 {at}）相比：奖金实发 ¥{old} → ¥{new}（新增 投诉扣款 -¥200.00）",
    "en": "Compared with the previous approval (2026-10-20 {at}): net bonus ¥{old} → ¥{new} (added 投诉扣款 -¥200.00)",
}
PLANS = {"zh": "方案：客服方案", "en": "Plans: 客服方案"}


def test_the_receipt_window_of_a_month_approved_again_says_what_changed(qtbot, shop, tmp_path, lang):
    ids = make_team(shop, tmp_path)
    shop.awards.approve(SEP, confirm=True)
    before = ReceiptDialog(shop, SEP, ids["甲"])
    qtbot.addWidget(before)
    assert before.change_note.isHidden() and before.plans_note.text() == PLANS[lang]
    old = before.net_fen
    at = shop.store.awards.current_run(SEP.key()).approved_at[11:16]  # the approval's time of day, to the minute
    shop.events.add(date(2026, 9, 20), ids["甲"], "投诉", confirm_approved=True)
    shop.awards.approve(SEP, confirm=True)
    dialog = ReceiptDialog(shop, SEP, ids["甲"])
    qtbot.addWidget(dialog)
    assert not dialog.change_note.isHidden()
    assert dialog.change_note.text() == CHANGE[lang].format(at=at, old=f"{old / 100:,.2f}", new=f"{(old - 20000) / 100:,.2f}")
    assert dialog.plans_note.text() == PLANS[lang]
