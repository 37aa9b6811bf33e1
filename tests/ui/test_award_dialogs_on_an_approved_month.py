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


def test_removing_a_manual_line_of_an_approved_month_asks_saying_it_waits_for_the_next_approval(qtbot, shop,
                                                                                              tmp_path, messages,
                                                                                              lang):
    """删除 of a manual line asked only 「删除手动行 #1？删除会记入操作日志。」 on an approved month, where the line
    stays paid on the payout sheet until the month is approved again; the question says so, as adding one does."""
    from awards_page_support import open_page, wait_idle

    team = make_team(shop, tmp_path)
    first = shop.awards.add_manual(SEP, "降本奖", staff_id=team["甲"], amount_fen=30_000, reason="换了包装供应商")
    second = shop.awards.add_manual(SEP, "降本奖", staff_id=team["乙"], amount_fen=20_000, reason="省了运费")
    page = open_page(qtbot, shop)
    page.picker.setPeriod(SEP)
    wait_idle(qtbot, page)
    page.remove_manual(first)
    assert SAID[lang] not in messages.of("confirm")[-1]  # not approved yet: nothing waits
    shop.awards.approve(SEP, confirm=True)
    page.remove_manual(second)
    assert SAID[lang] in messages.of("confirm")[-1]
    wait_idle(qtbot, page)


def test_removing_a_line_added_after_the_approval_asks_saying_the_month_is_then_as_approved(qtbot, shop, tmp_path,
                                                                                          messages):
    """A line added after the approval, removed, leaves the month as approved: the question said it waited for the
    next approval. It says what the month would be without the line, computed."""
    from awards_page_support import open_page, wait_idle

    team = make_team(shop, tmp_path)
    shop.awards.approve(SEP, confirm=True)
    late = shop.awards.add_manual(SEP, "降本奖", staff_id=team["甲"], amount_fen=30_000, reason="换了包装供应商")
    page = open_page(qtbot, shop)
    page.picker.setPeriod(SEP)
    wait_idle(qtbot, page)
    page.remove_manual(late)
    asked = messages.of("confirm")[-1]
    assert "2026年9月 已批准：删除后结果与批准时相同，无需重新批准" in asked and SAID["zh"] not in asked
    wait_idle(qtbot, page)
    assert page.review is not None and not page.review.changed
