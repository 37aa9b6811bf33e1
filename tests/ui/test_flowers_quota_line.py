"""The 小红花 page's line of this month's quotas: flowers left per issuer and the managers' pool, the numbers
发放小红花 shows one issuer at a time, refreshed after issuing and revoking."""

from datetime import date
from pathlib import Path

import laptop_support as laptop
import pytest
from flowers_support import flowers_page, make_team
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QLabel

from app import settings as declared
from app.domain import StaffDraft
from ui.dialogs import common
from ui.dialogs.flower_dialogs import IssueFlowerDialog, nobody_may_issue
from ui.main import install_translators
from ui.widgets.hint_text import hint_colour

small_screen = laptop.small_screen  # the fixture
ARTIFACTS = Path(__file__).resolve().parent.parent / "artifacts" / "screens"


@pytest.fixture
def team(shop):
    """make_team's 王店长 (店长) and 赵组长 (组长), and 刘佳怡, a 主管 with a leader's quota too."""
    shop, ids = make_team(shop)
    ids["刘佳怡"] = shop.staff.add(StaffDraft(name="刘佳怡", role="主管", dept="客服部", hired=date(2025, 1, 1))).id
    return shop, ids


_page = flowers_page


def test_the_line_says_what_each_issuer_and_the_pool_have_left_this_month(qtbot, team):
    shop, ids = team
    for _ in range(2):
        shop.flowers.issue(ids["刘佳怡"], ids["小美"], "挽回差评")
    for _ in range(3):
        shop.flowers.issue(ids["赵组长"], ids["小刚"], "帮同事")
    page = _page(qtbot, shop)
    assert page.quota_line.text() == \
        "本月还可发：王店长 2 朵（共 2 朵），刘佳怡 0 朵（共 2 朵），管理人员名额池 27 朵（共 30 朵）"
    assert page.quota_line.toolTip() == page.quota_line.text()  # whole there when the line is cut
    assert page.quota_line.palette().color(page.quota_line.foregroundRole()) == hint_colour(page.palette())


def test_the_numbers_are_the_issue_dialogs(qtbot, team):
    shop, ids = team
    shop.flowers.issue(ids["王店长"], ids["小美"], "挽回差评")
    page = _page(qtbot, shop)
    dialog = IssueFlowerDialog(shop)
    qtbot.addWidget(dialog)
    dialog.issuer.setCurrentIndex(dialog.issuer.findData(ids["王店长"]))
    assert dialog.quota.text().startswith("本月剩余 1 朵（共 2 朵）")
    assert "王店长 1 朵（共 2 朵）" in page.quota_line.text()
    # the dialog offers the issuers in the line's order: the leaders, then the pool
    assert [dialog.issuer.itemData(i) for i in range(dialog.issuer.count())] == \
        [ids["王店长"], ids["刘佳怡"], ids["赵组长"]]


def test_issuing_and_revoking_refresh_the_line(qtbot, team, monkeypatch):
    shop, ids = team
    page = _page(qtbot, shop)
    assert "王店长 2 朵（共 2 朵）" in page.quota_line.text()

    def issue(_parent, shop):
        return [shop.flowers.issue(ids["王店长"], ids["小美"], "挽回差评")]

    monkeypatch.setattr(IssueFlowerDialog, "ask", issue)
    page.issue()
    assert "王店长 1 朵（共 2 朵）" in page.quota_line.text()
    page.table.selectRow(0)
    page.revoke(reason="发错了")  # its slot is free again
    assert "王店长 2 朵（共 2 朵）" in page.quota_line.text()


def test_a_split_pool_is_said_per_manager(qtbot, team):
    shop, ids = team
    shop.settings.set(declared.FLOWER_POOL_MODE, "split")
    second = shop.staff.add(StaffDraft(name="钱组长", role="组长", dept="售后部", hired=date(2025, 1, 1))).id
    shop.flowers.issue(second, ids["小美"], "帮同事")
    page = _page(qtbot, shop)
    assert page.quota_line.text() == \
        "本月还可发：王店长 2 朵（共 2 朵），刘佳怡 2 朵（共 2 朵），赵组长 15 朵（共 15 朵），钱组长 14 朵（共 15 朵）"


def test_namesakes_among_the_issuers_are_told_apart(qtbot, team):
    shop, ids = team
    twin = shop.staff.add(StaffDraft(name="王店长", role="主管", dept="售后部", hired=date(2025, 1, 1))).id
    page = _page(qtbot, shop)
    assert f"王店长（#{ids['王店长']}） 2 朵（共 2 朵），" in page.quota_line.text()
    assert f"王店长（#{twin}） 2 朵（共 2 朵）" in page.quota_line.text()


def test_a_team_with_nobody_who_may_give_flowers_is_told_how_to_have_one(qtbot, shop):
    """Before the dialog is filled in (a 客服主管 typed as the role is not a 主管): the line says who gives flowers."""
    shop.staff.add(StaffDraft(name="小美", role="客服", dept="客服部"))
    shop.staff.add(StaffDraft(name="老王", role="客服主管", dept="客服部"))
    page = _page(qtbot, shop)
    assert page.nobody_line.isVisible() and not page.quota_line.isVisible()
    assert page.nobody_line.text() == (
        "没有可以发放小红花的人：只有岗位是店长、主管或组长的在职员工才能发放。请在「员工」页把自己（或组长）"
        "加为员工并选这个岗位，或在「设置 → 看板与小红花」里修改这些岗位。")
    dialog = IssueFlowerDialog(shop)  # the dialog says the same
    qtbot.addWidget(dialog)
    assert dialog.quota.text() == page.nobody_line.text()
    shop.staff.add(StaffDraft(name="王店长", role="店长", dept="客服部"))
    page.refresh()  # someone who gives flowers: the quotas instead
    assert page.quota_line.isVisible() and not page.nobody_line.isVisible()


@pytest.mark.parametrize("managers, added", [([], "把自己加为员工"), (["领班"], "把自己（或领班）加为员工")])
def test_the_way_to_have_someone_who_gives_flowers_names_only_roles_that_give_them(qtbot, shop, managers, added):
    """It said 「把自己（或组长）加为员工」 in a shop where a 组长 gives no flowers."""
    shop.settings.set(declared.FLOWER_MANAGER_ROLES, managers)
    shop.staff.add(StaffDraft(name="小美", role="客服", dept="客服部"))
    said = _page(qtbot, shop).nobody_line.text()
    assert added in said and ("组长" in said) == ("组长" in managers)


def test_how_to_have_someone_who_gives_flowers_is_said_whole_on_a_laptop_at_150_percent(
        qtbot, shop, make_window, small_screen, lang):
    """One line cut it with "…" after 「请在「员工」页把自己（或组长）加为员工并选这」, in English after "on the St":
    the how, the point of it, was left to the tooltip."""
    shop.staff.add(StaffDraft(name="小美", role="客服", dept="客服部"))
    window = make_window(start_page="flowers")
    window.resize(laptop.ROOM)
    window.show()
    qtbot.waitExposed(window)
    said = nobody_may_issue(shop.flowers.scheme)
    [line] = [label for label in window.current_page().findChildren(QLabel) if label.isVisible() and label.text() == said]
    assert line.wordWrap()
    qtbot.waitUntil(lambda: line.height() >= line.heightForWidth(line.width()))


def test_no_staff_leaves_the_line_to_the_notice_about_adding_staff(qtbot, shop):
    page = _page(qtbot, shop)
    assert not page.quota_line.isVisible() and page.no_staff.isVisible()


def test_a_long_line_ends_in_an_ellipsis(qtbot, team):
    shop, _ = team
    for n in range(20):
        shop.staff.add(StaffDraft(name=f"主管{n:02d}号", role="主管", dept="客服部", hired=date(2025, 1, 1)))
    page = _page(qtbot, shop)
    page.resize(900, 600)
    qtbot.waitUntil(lambda: page.quota_line.shown_text().endswith("…"), timeout=2000)
    assert page.minimumSizeHint().width() < 900  # the list never widens the window
    assert "主管19号 2 朵（共 2 朵）" in page.quota_line.toolTip()


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("screen", [QRect(0, 0, 911, 472), QRect(0, 0, 1920, 1040)])
def test_screens_of_the_quota_line(make_window, team, qapp, qtbot, monkeypatch, lang, screen):
    """A 1366×768 laptop at 150 % (tests/ui/test_small_laptop.py) and a 1920×1080 screen."""
    shop, ids = team
    shop.flowers.issue(ids["刘佳怡"], ids["小美"], "挽回差评")
    monkeypatch.setattr(common, "available_geometry", lambda _window: screen)
    install_translators(qapp, lang)
    try:
        window = make_window(start_page="flowers")
        window.resize(screen.width() - 16, screen.height() - 40)
        window.show()
        qtbot.waitExposed(window)
        line = window.current_page().quota_line
        assert line.isVisible() and line.text()
        assert window.minimumSizeHint().width() <= 911 - 16
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        assert window.grab().save(str(ARTIFACTS / f"flowers_quota_line_{lang}_{screen.width()}.png"))
    finally:
        install_translators(qapp, "zh")
