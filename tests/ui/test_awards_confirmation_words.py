"""An approval the service finds needs confirming (a reason the results asked about did not show) is asked in the
window's words, with its 批准 button, and approved on yes: the window showed the command line's 「加 --confirm」."""

from __future__ import annotations

import threading
from datetime import date

import pytest
from awards_page_support import SEP, _put, _run, make_team, open_page, wait_idle

import app.awards.service
from ui import errors

REASON = "有 1 个暂定数值"


@pytest.fixture
def team(shop, tmp_path, monkeypatch):
    made = make_team(shop, tmp_path)
    # the service finds a reason at the approval; the page's question, from the results shown, had none
    monkeypatch.setattr(app.awards.service, "confirmation_reasons", lambda review: [REASON])
    return made


def _approve(qtbot, shop, messages, monkeypatch, answer):
    page = open_page(qtbot, shop)
    _run(qtbot, page, page.compute)
    asked = []

    def owner_answers(kind, title, text):
        if kind == "confirm":
            asked.append(text)
            return answer(len(asked))
        return messages(kind, title, text)

    monkeypatch.setattr(errors, "handler", owner_answers)
    page.approve()
    wait_idle(qtbot, page)
    qtbot.waitUntil(lambda: len(asked) >= 2, timeout=10_000)
    wait_idle(qtbot, page)
    return page, asked


def test_a_confirmation_found_at_the_approval_is_asked_in_the_windows_words(qtbot, shop, team, messages, monkeypatch):
    page, asked = _approve(qtbot, shop, messages, monkeypatch, answer=lambda n: True)
    assert asked[1] == f"2026年9月 需要确认后才能批准：{REASON}。\n确认仍要批准吗？"
    assert not any("--confirm" in text for text in messages.of("error")), messages.shown
    qtbot.waitUntil(lambda: shop.awards.history(SEP) != [], timeout=10_000)
    assert page.review.approved is not None


def test_no_to_that_question_approves_nothing(qtbot, shop, team, messages, monkeypatch):
    page, asked = _approve(qtbot, shop, messages, monkeypatch, answer=lambda n: n == 1)
    assert "--confirm" not in asked[1] and messages.of("error") == []
    assert shop.awards.history(SEP) == [] and page.approve_button.isEnabled()


def test_the_confirmed_approval_keeps_the_page_busy_until_it_is_done(qtbot, shop, team, messages, monkeypatch):
    """The question was asked while the first approval's task was ending: the approval started on yes then ran
    with the page thinking itself idle (its task forgotten, so a refresh ran alongside and a close did not wait)."""
    release, started = threading.Event(), threading.Event()
    approve = app.awards.service.AwardService.approve

    def held_when_confirmed(self, period, *, confirm=False, seen=None):
        if confirm:
            started.set()
            release.wait(10)
        return approve(self, period, confirm=confirm, seen=seen)

    monkeypatch.setattr(app.awards.service.AwardService, "approve", held_when_confirmed)
    page = open_page(qtbot, shop)
    _run(qtbot, page, page.compute)
    monkeypatch.setattr(errors, "handler", lambda kind, title, text: kind == "confirm" or messages(kind, title, text))
    page.approve()
    try:
        qtbot.waitUntil(started.is_set, timeout=10_000)
        qtbot.wait(100)
        assert page.busy
    finally:
        release.set()
    wait_idle(qtbot, page)
    qtbot.waitUntil(lambda: shop.awards.history(SEP) != [], timeout=10_000)


def test_yes_approves_only_the_results_checked_though_a_refresh_showed_new_ones(qtbot, shop, team, messages,
                                                                                monkeypatch):
    """Data changed as the approval found it needs confirming: the refresh it asked for lands while the question is open, and a yes
    then approves nothing (the results the owner checked are not the data's any more)."""
    release, started = threading.Event(), threading.Event()
    approve = app.awards.service.AwardService.approve

    def held_first(self, period, *, confirm=False, seen=None):
        try:
            return approve(self, period, confirm=confirm, seen=seen)
        finally:
            if not confirm:  # found needing confirmation: the data changes before the answer reaches the page
                started.set()
                release.wait(10)

    monkeypatch.setattr(app.awards.service.AwardService, "approve", held_first)
    page = open_page(qtbot, shop)
    _run(qtbot, page, page.compute)
    checked = page.review.shown
    asked = []

    def owner_answers(kind, title, text):
        if kind != "confirm":
            return messages(kind, title, text)
        asked.append(text)
        if len(asked) == 2:  # the page's refresh lands while the owner reads the question
            qtbot.waitUntil(lambda: page.review.shown != checked, timeout=10_000)
        return True

    monkeypatch.setattr(errors, "handler", owner_answers)
    page.approve()
    qtbot.waitUntil(started.is_set, timeout=10_000)
    _put(shop, team["乙"], date(2026, 9, 5), 1_200_000)
    page.refresh()  # as the window does when data changes; waits for the approval to be over
    release.set()
    qtbot.waitUntil(lambda: len(asked) >= 2, timeout=10_000)
    wait_idle(qtbot, page)
    assert shop.awards.history(SEP) == []
    assert any("没有批准" in text for text in messages.of("error")), messages.shown
