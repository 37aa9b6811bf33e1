"""调整…: an amount beyond ¥1,000,000.00 either way is refused under the fields, naming the field and the limit,
as `awards adjust` refuses it (one check, `manual_lines.check_line_amount`); nothing is written."""

from __future__ import annotations

from awards_page_support import SEP, make_team

from ui.dialogs.award_dialogs import AdjustDialog


def test_the_dialog_refuses_an_absurd_amount(qtbot, shop, tmp_path):
    team = make_team(shop, tmp_path)
    dialog = AdjustDialog(shop, SEP, staff_id=team["甲"])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.amount.setText("-99999999999")
    dialog.reason.setText("迟到")
    dialog.accept()
    said = dialog.error.text()
    assert dialog.result() != dialog.DialogCode.Accepted and dialog.manual_id is None
    assert "金额" in said and "¥1,000,000.00" in said and "-¥99,999,999,999.00" in said
    assert shop.awards.manual_lines(SEP) == []
