"""Approving again a month whose data changed since its approval: the question says what the new approval pays
against the old, in the words of the page's state line, so the owner sees the money before saying yes (it asked
only 「按最新数据重新计算并批准 2026年9月？」, the total change nowhere on the page)."""

from __future__ import annotations

from datetime import date

from awards_page_support import SEP, _put, _run, make_team, open_page, wait_idle
from PySide6.QtCore import Qt


def test_the_reapproval_question_names_the_change_in_net_pay(qtbot, shop, tmp_path, messages):
    team = make_team(shop, tmp_path)
    shop.awards.approve(SEP, confirm=True)  # 甲 ¥540.00, 乙 −¥200.00 (a complaint): ¥340.00
    _put(shop, team["乙"], date(2026, 9, 6), 1, confirm_approved=True)  # 乙 reaches 100%: +¥200.00
    page = open_page(qtbot, shop)
    _run(qtbot, page, page.refresh)
    assert page.banner.isVisible()
    messages.answer = False
    page.approve()
    wait_idle(qtbot, page)
    question = messages.of("confirm")[-1]
    assert "重新计算并批准 2026年9月" in question
    assert "个人实发合计 ¥340.00 → ¥540.00" in question, question
    assert len(shop.awards.history(SEP)) == 1  # no: nothing approved



def test_the_approval_history_says_what_each_approval_paid(qtbot, shop, tmp_path, messages):
    """Approved, changed, approved again: the history listed two approvals and their times, not what either paid,
    so the sheet printed from the first could not be told from the second by its total."""
    team = make_team(shop, tmp_path)
    shop.awards.approve(SEP, confirm=True)
    _put(shop, team["乙"], date(2026, 9, 6), 1, confirm_approved=True)
    shop.awards.approve(SEP, confirm=True)
    page = open_page(qtbot, shop)
    _run(qtbot, page, page.refresh)
    history = page.tabs.history
    heading = [history.horizontalHeaderItem(c).text() for c in range(history.columnCount())]
    paid = heading.index("个人实发合计")
    assert [(history.item(r, 0).text(), history.item(r, paid).text()) for r in range(history.rowCount())] == [
        ("当前", "¥540.00"), ("已被取代", "¥340.00")]
    # amounts flush right, as in every other table of the page
    assert all(history.item(r, paid).textAlignment() & Qt.AlignmentFlag.AlignRight for r in range(history.rowCount()))
