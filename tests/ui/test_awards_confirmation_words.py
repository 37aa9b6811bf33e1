"""An approval the service finds needs confirming (a reason the results asked about did not show) is asked in the
window's words, with its 批准 button, and approved on yes: the window showed the command line's 「加 --confirm」."""

from __future__ import annotations

import pytest
from awards_page_support import SEP, _run, make_team, open_page, wait_idle

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
