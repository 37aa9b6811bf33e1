"""批准 freezes the results the owner was shown: a change written between the question and the approval (another
window, an import on another computer) is refused with nothing approved, and the page shows the new results."""

from __future__ import annotations

from datetime import date

import pytest
from awards_page_support import SEP, _put, _run, make_team, open_page, wait_idle

from app.awards.service import ChangedSinceShown
from ui import errors


@pytest.fixture
def team(shop, tmp_path):
    return make_team(shop, tmp_path)


def test_a_change_between_the_question_and_the_approval_is_not_approved(qtbot, shop, team, messages, monkeypatch):
    page = open_page(qtbot, shop)
    _run(qtbot, page, page.compute)
    shown = page.review.fingerprint
    other = shop.reopen()

    def owner_answers(kind, title, text):
        if kind == "confirm":  # meanwhile another window writes a sale of 乙's that the question did not show
            _put(other, team["乙"], date(2026, 9, 20), 100)
        return messages(kind, title, text)

    monkeypatch.setattr(errors, "handler", owner_answers)
    page.approve()
    wait_idle(qtbot, page)
    qtbot.waitUntil(lambda: page.review is not None and page.review.fingerprint != shown, timeout=10_000)
    wait_idle(qtbot, page)
    other.close()
    assert shop.awards.history(SEP) == []  # nothing approved
    assert any("核对后有变化，没有批准" in text for text in messages.of("error")), messages.shown
    assert page.review.approved is None and page.approve_button.isEnabled()


def test_the_service_refuses_an_approval_of_results_other_than_those_seen(shop, team):
    seen = shop.awards.status(SEP).shown
    _put(shop, team["乙"], date(2026, 9, 20), 100)
    with pytest.raises(ChangedSinceShown):
        shop.awards.approve(SEP, seen=seen)
    assert shop.awards.history(SEP) == []
    approval = shop.awards.approve(SEP, seen=shop.awards.status(SEP).shown)
    assert not approval.unchanged and approval.review.approved is not None and not approval.review.changed


def test_a_period_approved_meanwhile_with_results_not_shown_is_said_not_taken_for_this_approval(shop, team):
    seen = shop.awards.status(SEP).shown
    _put(shop, team["乙"], date(2026, 9, 20), 100)
    shop.awards.approve(SEP)  # another window (or `awards approve`) approves the new results
    with pytest.raises(ChangedSinceShown, match="按更新后的数据批准"):
        shop.awards.approve(SEP, seen=seen)
    assert len(shop.awards.history(SEP)) == 1
