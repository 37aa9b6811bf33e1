"""添加手动奖项… and 调整… on a month already approved: the line is paid only once the month is approved again
(`honghua awards adjust` said so after adding; the window's dialogs said nothing, and the line added did not
show in the table the owner was looking at). Each dialog says it above its fields, and only then."""

from __future__ import annotations

from awards_page_support import SEP, make_team

from ui.dialogs.award_dialogs import AdjustDialog, ManualAwardDialog

SAID = {"zh": "2026年9月 已批准：这次修改会在重新批准后生效",
        "en": "2026-09 is approved: this change takes effect when it is approved again"}


def _dialogs(qtbot, shop, person):
    made = [ManualAwardDialog(shop, SEP, staff_id=person), AdjustDialog(shop, SEP, staff_id=person)]
    for dialog in made:
        qtbot.addWidget(dialog)
        dialog.show()
    return made


def test_both_dialogs_say_the_change_waits_for_the_next_approval(qtbot, shop, tmp_path, lang):
    team = make_team(shop, tmp_path)
    shop.awards.approve(SEP, confirm=True)
    for dialog in _dialogs(qtbot, shop, team["甲"]):
        assert dialog.approved_note.isVisible() and dialog.approved_note.text() == SAID[lang], type(dialog)


def test_a_month_not_approved_says_nothing(qtbot, shop, tmp_path):
    team = make_team(shop, tmp_path)
    for dialog in _dialogs(qtbot, shop, team["甲"]):
        assert not dialog.approved_note.isVisible()
