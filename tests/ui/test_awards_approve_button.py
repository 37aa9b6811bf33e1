"""批准… after the approval: the button stayed enabled and a click only said 「已批准，数据没有变化，无需重新批准」."""

from awards_page_support import OCT, SEP, _put, _run, computed, make_team, open_page, wait_idle

from app.periods import Month


def test_approve_is_offered_only_while_there_is_something_to_approve(qtbot, shop, tmp_path, messages):
    ids = make_team(shop, tmp_path)
    page = open_page(qtbot, shop)
    computed(qtbot, page)
    assert page.approve_button.isEnabled()
    _run(qtbot, page, page.approve)
    assert page.review.approved is not None
    assert not page.approve_button.isEnabled()
    assert page.approve_button.toolTip() == "2026年9月 已批准，数据没有变化，无需重新批准"
    _put(shop, ids["乙"], SEP.start, 100, confirm_approved=True)  # the data change after the approval
    page.refresh()
    wait_idle(qtbot, page)
    _run(qtbot, page, page.compute)
    assert page.review.changed and page.approve_button.isEnabled() and page.approve_button.toolTip() == ""


def test_a_month_not_started_cannot_be_approved_and_the_button_says_why(qtbot, shop, tmp_path, messages):
    make_team(shop, tmp_path)
    page = open_page(qtbot, shop)
    computed(qtbot, page, Month(2026, 11))  # the shop's today is 2026-10-20
    assert page.review is not None and not page.approve_button.isEnabled()
    assert page.approve_button.toolTip() == "2026年11月 还没有开始，开始后才能批准"
    computed(qtbot, page, OCT)  # the running month asks for a confirmation, but may be approved
    assert page.approve_button.isEnabled() and page.approve_button.toolTip() == ""


def test_a_month_not_started_says_on_the_page_it_is_only_a_preview(qtbot, shop, tmp_path, messages, lang):
    """A month one ▶ too far read 「期间到 2026年11月30日 才结束，结果是暂时的」 over its results, 批准… greyed with the
    reason only in its tooltip; the note now says the month has not started and what the figures are."""
    make_team(shop, tmp_path)
    page = open_page(qtbot, shop)
    computed(qtbot, page, Month(2026, 11))  # the shop's today is 2026-10-20
    said = {"zh": "2026年11月 还没有开始（2026年11月1日 开始）：下面只是按现有数据的预览，开始后才能批准",
            "en": "2026-11 has not started yet (it starts on 2026-11-01): below is only a preview from the data so far; "
                  "it can be approved once it has started"}[lang]
    assert said in page.notes.text() and "才结束" not in page.notes.text(), page.notes.text()
    computed(qtbot, page, OCT)  # the running month: not over yet, as before
    assert "2026年10月31日 才结束" in page.notes.text() or "2026-10-31" in page.notes.text()
