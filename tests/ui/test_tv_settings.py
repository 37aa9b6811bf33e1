"""电视模式 as the owner sets it (设置 → 看板与小红花 → 电视模式): the TV's refresh and rotation intervals are the
shop's settings, read when it opens; 「不轮换」 stays on the board (its pages still turning); 显示在 lists the
connected screens by name and size and is saved with the page's other forms in one transaction."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from board_support import make_board_shop
from PySide6.QtCore import QSize

import ui.tv_screens
from app import settings as declared
from ui.navigation import page_index
from ui.tv_mode import BOARD, LEADERS, TvWindow
from ui.tv_screens import CURRENT

REFRESH, ROTATE, SCREEN = declared.TV_REFRESH_MINUTES, declared.TV_ROTATE_SECONDS, declared.TV_SCREEN


def open_tv(qtbot, shop) -> TvWindow:
    tv = TvWindow(shop)
    qtbot.addWidget(tv)
    tv.resize(1280, 720)
    return tv


def test_the_tv_refreshes_and_rotates_as_set(qtbot, shop):
    make_board_shop(shop)
    tv = open_tv(qtbot, shop)
    assert (tv.refresh_timer.interval(), tv.rotate_timer.interval()) == (5 * 60_000, 20_000)
    shop.settings.set_many([(REFRESH, 12), (ROTATE, 45)])
    tv = open_tv(qtbot, shop)
    assert (tv.refresh_timer.interval(), tv.rotate_timer.interval()) == (12 * 60_000, 45_000)
    tv.turn()
    assert tv.screen_index == LEADERS


def test_without_rotation_the_tv_stays_on_the_board_and_turns_its_pages(qtbot, shop):
    make_board_shop(shop)
    shop.settings.set(ROTATE, 0)
    tv = open_tv(qtbot, shop)
    assert tv.rotate_timer.isActive() and tv.rotate_timer.interval() == 20_000
    tv.board_pages = [["第一页"], ["第二页"]]  # a board too long for one screen
    tv.turn()
    assert (tv.screen_index, tv.page_index) == (BOARD, 1)
    tv.turn()
    assert (tv.screen_index, tv.page_index) == (BOARD, 0)
    tv.page_index = 1
    tv.rotate()  # Space on the TV still shows the leaderboard; the timer brings the board back
    assert tv.screen_index == LEADERS
    tv.turn()
    assert tv.screen_index == BOARD


@pytest.fixture
def page(make_window):
    window = make_window(start_page="settings")
    window.show()
    return window.current_page()


def fake_screen(name: str, width: int, height: int, ratio: float = 1.0):
    return SimpleNamespace(name=lambda: name, size=lambda: QSize(width, height), devicePixelRatio=lambda: ratio)


@pytest.fixture
def two_screens(monkeypatch):
    screens = [fake_screen("Laptop", 1366, 768), fake_screen("HDMI-1", 1920, 1080, 2.0)]
    monkeypatch.setattr(ui.tv_screens.QGuiApplication, "screens", staticmethod(lambda: screens))
    return screens


def choices(combo) -> list[tuple[str, str]]:
    return [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())]


def test_the_form_lists_the_connected_screens_by_name_and_size(page, shop, two_screens):
    page.refresh()
    screen = page.tv_form.editors[SCREEN.key]
    assert choices(screen) == [("当前屏幕", CURRENT), ("Laptop（1366×768）", "Laptop"), ("HDMI-1（3840×2160）", "HDMI-1")]
    assert screen.currentData() == CURRENT


def test_a_screen_chosen_and_since_unplugged_stays_chosen(page, shop, two_screens):
    shop.settings.set(SCREEN, "HDMI-2")
    page.refresh()
    screen = page.tv_form.editors[SCREEN.key]
    assert screen.currentText() == "HDMI-2（未连接）"
    page.tv_form.editors[REFRESH.key].setValue(10)
    assert page.tv_form.save()
    assert (shop.settings.get(SCREEN), shop.settings.get(REFRESH)) == ("HDMI-2", 10)


def test_the_tv_settings_are_saved_with_the_other_forms_in_one_action(page, shop, two_screens):
    page.tabs.setCurrentIndex(next(i for i in range(page.tabs.count()) if page.tabs.tabText(i) == "看板与小红花"))
    page.refresh()
    form = page.tv_form
    assert form.title() == "电视模式"
    form.editors[REFRESH.key].setValue(15)
    form.editors[SCREEN.key].setCurrentIndex(form.editors[SCREEN.key].findData("HDMI-1"))
    page.flower_form.editors[declared.FLOWER_LEADER_QUOTA.key].setValue(4)
    assert page.pending_changes() == ["电视模式", "小红花"]
    assert page.save_pending()
    assert (shop.settings.get(REFRESH), shop.settings.get(SCREEN), shop.settings.get(declared.FLOWER_LEADER_QUOTA)) == (
        15, "HDMI-1", 4)
    assert page.pending_changes() == []


def test_a_rotation_too_short_is_refused_at_its_field_and_nothing_is_written(page, shop):
    page.tabs.setCurrentIndex(0)
    page.name_edit.setText("小美家居")
    page.tv_form.editors[ROTATE.key].setValue(5)
    assert not page.save_pending()
    assert page.tv_form.error.text() == "设置「电视模式：轮换间隔（秒）」应在 10 到 600 之间，或选「不轮换」"
    assert page.tabs.tabText(page.tabs.currentIndex()) == "看板与小红花"
    assert (shop.name, shop.settings.get(ROTATE)) == ("我的淘宝店", 20)
    assert shop.store.audit.recent(action_prefix="setting.set") == []


def test_the_rotation_box_says_no_rotation_one_step_below_ten_seconds(page):
    spin = page.tv_form.editors[ROTATE.key]
    assert spin.value() == 20
    spin.setValue(10)
    spin.stepBy(-1)
    assert (spin.value(), spin.text()) == (0, "不轮换")
    spin.stepBy(1)
    assert spin.value() == 10
    spin.setValue(15)
    spin.stepBy(-10)
    assert spin.value() == 10


def test_the_tv_opened_from_the_board_uses_the_settings(make_window, shop, qtbot):
    make_board_shop(shop)
    shop.settings.set_many([(REFRESH, 30), (ROTATE, 0)])
    window = make_window()
    window.show()
    window.show_page(page_index("dashboard"))
    board = window.current_page()
    board.open_tv()
    assert board.tv is not None and board.tv.isFullScreen()
    assert (board.tv.refresh_timer.interval(), board.tv.rotates) == (30 * 60_000, False)
    board.tv.close()


def test_the_form_says_a_tv_already_open_takes_the_settings_when_opened_again(qtbot, make_window):
    """A TV showing on the second screen kept its refresh, rotation and screen after 保存, and nothing said why."""
    window = make_window(start_page="settings")
    note = window.current_page().tv_form.note
    assert not note.isHidden() and "关掉再打开" in note.text()
    assert window.current_page().board_form.note.isHidden()
