"""小红花 page: each 发放/转让/撤销 says what it did, naming the flower and the people, and puts the ledger on the
flower's row (or says the filters leave it out); a revoked flower of a month still open says its place is back."""

from datetime import date

import pytest
from flowers_support import make_team, pick

from ui.dialogs.flower_dialogs import IssueFlowerDialog, RedFlagDialog, TransferFlowerDialog
from ui.pages.flowers import FlowersPage


@pytest.fixture
def page(qtbot, shop):
    shop, ids = make_team(shop)
    shown = FlowersPage(shop)
    qtbot.addWidget(shown)
    shown.resize(1200, 700)
    shown.show()
    shown.refresh()
    return shown, ids


def _given_and_selected(page, ids, fact="挽回差评"):
    """A flower from 王店长 to 小美, the ledger reloaded and on its row."""
    flower = page.shop.flowers.issue(ids["王店长"], ids["小美"], fact)
    page.refresh()
    page.table.selectRow(0)
    return flower


def _selected_number(page) -> str | None:
    flower = page.selected_flower()
    return flower.number if flower else None


def test_a_flower_given_is_said_and_selected(page, monkeypatch):
    page, ids = page
    shop = page.shop
    shop.flowers.issue(ids["赵组长"], ids["阿花"], "帮同事")
    page.refresh()
    assert not page.done_line.isVisible()
    monkeypatch.setattr(IssueFlowerDialog, "ask", classmethod(
        lambda cls, parent, shop: [shop.flowers.issue(ids["王店长"], ids["小美"], "挽回差评")]))
    page.table.selectRow(0)
    page.issue()
    assert page.done_line.isVisible()
    assert page.done_line.text() == "已发放小红花 HF-2026-0002：王店长 发给 小美。"
    assert _selected_number(page) == "HF-2026-0002"


def test_a_flower_the_filters_leave_out_is_said_so(page, monkeypatch):
    page, ids = page
    pick(page.person_filter, ids["阿花"])
    monkeypatch.setattr(IssueFlowerDialog, "ask", classmethod(
        lambda cls, parent, shop: [shop.flowers.issue(ids["王店长"], ids["小美"], "挽回差评")]))
    page.issue()
    assert page.done_line.text() == "已发放小红花 HF-2026-0001：王店长 发给 小美。当前的筛选没有列出它。"
    assert page.person_filter.currentData() == ids["阿花"]  # the owner's filter is kept


def test_a_transfer_names_both_holders(page, monkeypatch):
    page, ids = page
    flower = _given_and_selected(page, ids)
    monkeypatch.setattr(TransferFlowerDialog, "ask", classmethod(
        lambda cls, parent, shop, flower: shop.flowers.transfer(flower.number, ids["小刚"], "小美")))
    page.transfer()
    assert page.done_line.text() == f"小红花 {flower.number} 已由 小美 转让给 小刚。"
    assert _selected_number(page) == flower.number


def test_a_revoked_flower_says_whose_it_was_and_that_its_place_is_back(page):
    page, ids = page
    shop = page.shop
    flower = _given_and_selected(page, ids, "发错人了")
    page.revoke(reason="应该发给小刚")
    assert page.done_line.text() == (f"已撤销小红花 {flower.number}（王店长 发给 小美），记录保留在台账中。"
                                     "这一朵的名额已退回，可以重新发放。")
    assert shop.flowers.quota(shop.staff.get(ids["王店长"]), shop.current_month()).left == 2


def test_a_revoked_flower_of_a_closed_month_promises_no_place_back(page):
    page, ids = page
    shop = page.shop
    shop.set_today(date(2026, 9, 10))
    old = shop.flowers.issue(ids["王店长"], ids["小美"], "九月的")
    shop.set_today(date(2026, 10, 20))
    page.refresh()
    page.table.selectRow(0)
    page.revoke(reason="发错了")
    assert page.done_line.text() == f"已撤销小红花 {old.number}（王店长 发给 小美），记录保留在台账中。"


def test_a_refused_revoke_says_nothing_done(page, messages):
    page, ids = page
    _given_and_selected(page, ids)
    page.revoke(reason="  ")
    assert messages.of("error") and not page.done_line.isVisible()


def test_red_flags_given_and_revoked_are_said(page, monkeypatch):
    page, ids = page
    monkeypatch.setattr(RedFlagDialog, "ask", classmethod(
        lambda cls, parent, shop: shop.flowers.issue_red_flag(ids["王店长"], "客服部", "双11零差评")))
    page.issue_flag()
    assert page.done_line.text() == "已发放小红旗 HQ-2026-0001：王店长 发给 客服部。"
    page.flags.setCurrentRow(0)
    page.revoke_flag(reason="发错部门了")
    assert page.done_line.text() == "已撤销小红旗 HQ-2026-0001（发给 客服部），记录保留在列表中。"


def test_the_line_goes_when_another_page_is_shown(page, monkeypatch):
    page, ids = page
    monkeypatch.setattr(IssueFlowerDialog, "ask", classmethod(
        lambda cls, parent, shop: [shop.flowers.issue(ids["王店长"], ids["小美"], "挽回差评")]))
    page.issue()
    page.refresh()  # a reload (another program wrote the file) keeps it
    assert page.done_line.isVisible()
    page.hide()
    page.show()
    assert not page.done_line.isVisible()


def test_a_refused_reason_is_asked_for_again_with_why_and_what_was_typed(page, monkeypatch):
    """An empty or too long reason was an error box, and the reason typed was gone: the owner started again."""
    from ui.pages import flowers

    page, ids = page
    shop = page.shop
    flower = _given_and_selected(page, ids)
    long = "应该发给小刚" * 40  # 240 characters
    answers = iter([("  ", True), (long, True), ("应该发给小刚", True)])
    asked = []
    monkeypatch.setattr(flowers.QInputDialog, "getText", lambda *args: asked.append(args) or next(answers))
    page.revoke()
    labels, texts = [args[2] for args in asked], [args[4] if len(args) > 4 else "" for args in asked]
    assert labels[1].startswith(f"撤销小红花 {flower.number} 需要写明原因\n")
    assert labels[2].startswith("撤销原因太长：写了 240 个字，最多 200 个字\n") and texts[2] == long
    assert shop.flowers.get(flower.number).revoke_reason == "应该发给小刚"
    assert page.done_line.text().startswith(f"已撤销小红花 {flower.number}")


def test_a_refused_reason_cancelled_revokes_nothing(page, monkeypatch, messages):
    from ui.pages import flowers

    page, ids = page
    flower = _given_and_selected(page, ids)
    answers = iter([("", True), ("", False)])
    monkeypatch.setattr(flowers.QInputDialog, "getText", lambda *args: next(answers))
    page.revoke()
    assert page.shop.flowers.get(flower.number).revoked_at is None
    assert messages.shown == [] and not page.done_line.isVisible()


def test_flowers_given_to_several_are_said_together(page, monkeypatch):
    page, ids = page
    monkeypatch.setattr(IssueFlowerDialog, "ask", classmethod(lambda cls, parent, shop: shop.flowers.issue_to_several(
        ids["赵组长"], [ids["小刚"], ids["阿花"]], "大促一起加班")))
    page.issue()
    assert page.done_line.text() == "已发放 2 朵小红花 HF-2026-0001、HF-2026-0002：赵组长 发给 小刚、阿花。"



def test_flowers_given_to_several_are_said_in_the_plural_in_english(page, monkeypatch, qapp):
    from ui.main import install_translators

    page, ids = page
    monkeypatch.setattr(IssueFlowerDialog, "ask", classmethod(lambda cls, parent, shop: shop.flowers.issue_to_several(
        ids["赵组长"], [ids["小刚"], ids["阿花"]], "大促一起加班")))
    install_translators(qapp, "en")
    try:
        page.issue()
    finally:
        install_translators(qapp, "zh")
    assert page.done_line.text().startswith("2 red flowers given (HF-2026-0001, HF-2026-0002): ")


def test_names_with_markup_are_said_as_typed(page, monkeypatch):
    """A name is text, not markup: 「小美<b>」 given a flower was said as 小美 and a bold full stop, 「A&amp;B」 as A&B
    once the line held a tag."""
    from plain_text_support import reads_as_typed
    from PySide6.QtWidgets import QLabel

    from app.domain import StaffDraft

    page, ids = page
    odd = page.shop.staff.add(StaffDraft(name="小美<b>", hired=date(2025, 1, 1))).id
    other = page.shop.staff.add(StaffDraft(name="A&amp;B", hired=date(2025, 1, 1))).id
    monkeypatch.setattr(IssueFlowerDialog, "ask", classmethod(
        lambda cls, parent, shop: shop.flowers.issue_to_several(ids["王店长"], [odd, other], "挽回差评")))
    page.issue()
    assert "小美<b>、A&amp;B" in page.done_line.text()
    assert reads_as_typed(page.done_line)
    pick(page.person_filter, odd)  # her own counts, by name
    assert page.person_counts.text().startswith("小美<b>：") and reads_as_typed(page.person_counts)
    page.table.selectRow(0)
    transfer = TransferFlowerDialog(page.shop, page.selected_flower())
    transfer.show()
    holder = transfer.findChild(QLabel)
    assert holder.text().startswith("持有人：小美<b>") and reads_as_typed(holder)
