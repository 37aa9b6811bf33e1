"""What is simply so about a flower (revoked, none listed) is said in an information box, not in 「出错了」, and
before anything is asked (a reason, a file name)."""

from datetime import date

from flowers_support import make_team

from ui.pages import flower_cards, flowers
from ui.pages.flowers import FlowersPage


def _page_with_a_revoked_flower(qtbot, shop):
    shop, ids = make_team(shop)
    flower = shop.flowers.issue(ids["王店长"], ids["小美"], "发错了", day=date(2026, 10, 3))
    shop.flowers.revoke(flower.number, "误发")
    page = FlowersPage(shop)
    qtbot.addWidget(page)
    page.refresh()
    page.table.setCurrentIndex(page.model.index(0, 0))
    return page, flower


def test_transferring_or_revoking_a_revoked_flower_says_so_plainly(qtbot, shop, messages, monkeypatch):
    page, flower = _page_with_a_revoked_flower(qtbot, shop)
    asked = []
    monkeypatch.setattr(flowers.QInputDialog, "getText", staticmethod(lambda *args: asked.append(args) or ("", False)))
    page.transfer()
    page.revoke()
    assert messages.of("error") == [] and asked == []  # no reason asked for a flower already revoked
    assert messages.of("info") == [f"小红花 {flower.number} 已撤销，不能转让", f"小红花 {flower.number} 已经撤销了，不用再撤销"]


def test_printing_the_cards_of_an_empty_ledger_says_none_is_listed(qtbot, shop, messages, monkeypatch):
    """It said 「没有可打印的小红花（已撤销的不打印）」 in 「出错了」: there was no flower, revoked or not."""
    page = FlowersPage(shop)
    qtbot.addWidget(page)
    page.refresh()
    asked = []
    monkeypatch.setattr(flower_cards.QFileDialog, "getSaveFileName", staticmethod(lambda *args: asked.append(args) or ("", "")))
    assert page.print_cards() is None
    assert asked == [] and messages.of("error") == []
    assert messages.of("info") == ["台账里没有列出小红花，没有卡片可打印"]
