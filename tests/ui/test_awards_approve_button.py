"""批准… after the approval: the button stayed enabled and a click only said 「已批准，数据没有变化，无需重新批准」."""

from awards_page_support import SEP, _put, _run, computed, make_team, open_page, wait_idle


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
