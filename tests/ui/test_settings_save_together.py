"""Ctrl+S on 设置 (and the 保存 answer when the window closes) writes every form holding edits in one
transaction, or none of them: each form is checked first, each refused form says why at its field, and the
page turns to the first one refused."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from app import backups
from app import settings as declared
from app.errors import StoreError, UserError
from app.security import FAILURES_KEY
from app.shop import Shop
from app.store import db as db_module
from ui import errors
from ui.navigation import page_index

QUOTA = declared.FLOWER_LEADER_QUOTA
EXTRA_LEADERS = declared.FLOWER_EXTRA_LEADERS
UNKNOWN_PERSON = "「其他按领导层限额发放的员工（姓名或编号）」：没有编号为 15 的员工（编号见「员工」页第一列）"


@pytest.fixture
def locked(qtbot, shop, db_path, qsettings):
    """The shop with an owner PIN (1234), opened again, locked, in a window on 设置: (that shop, the page)."""
    from ui.main_window import MainWindow

    shop.security.set_pin("1234")
    locked = Shop.open(db_path, date(2026, 10, 20))
    window = MainWindow(locked, settings=qsettings)
    qtbot.addWidget(window)
    window.show_page(page_index("settings"))
    yield locked, window.current_page()
    window.stop_polling()
    locked.close()


@pytest.fixture
def page(make_window):
    window = make_window(start_page="settings")
    window.show()
    return window.current_page()


def _ctrl_s(page) -> None:
    page.name_edit.setFocus()
    QTest.keyClick(page.name_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


def _settings_written(shop) -> list[str]:
    return [entry.summary for entry in shop.store.audit.recent(50, "setting.set")]


def _tab(page) -> str:
    return page.tabs.tabText(page.tabs.currentIndex())


def test_a_refused_second_form_leaves_the_first_unwritten_and_as_typed(page, shop):
    page.name_edit.setText("小美家居旗舰店")
    page.flower_form.editors[QUOTA.key].setValue(5)
    page.flower_form.editors[EXTRA_LEADERS.key].setText("15")
    _ctrl_s(page)
    assert shop.settings.get(declared.SHOP_NAME) == "我的淘宝店"
    assert shop.settings.get(QUOTA) == 2 and _settings_written(shop) == []
    assert page.name_edit.text() == "小美家居旗舰店"  # still typed, to be saved once the other form is put right
    assert _tab(page) == "看板与小红花"
    assert page.flower_form.error.text() == UNKNOWN_PERSON and page.flower_form.error.isVisibleTo(page)
    assert page.pending_changes() == ["店铺名称", "小红花"]


def test_every_refused_form_says_why_and_the_page_shows_the_first(page, shop):
    page.name_edit.setText("   ")
    page.flower_form.editors[EXTRA_LEADERS.key].setText("15")
    _ctrl_s(page)
    assert _tab(page) == "店铺"
    assert page.name_error.text() == "店铺名称不能为空"
    assert page.flower_form.error.text() == UNKNOWN_PERSON
    page.name_edit.setText("小美家居旗舰店")
    page.flower_form.editors[EXTRA_LEADERS.key].setText("")
    _ctrl_s(page)  # put right: both saved, both reasons gone
    assert shop.settings.get(declared.SHOP_NAME) == "小美家居旗舰店"
    assert not page.name_error.isVisibleTo(page) and not page.flower_form.error.isVisibleTo(page)


def test_two_valid_forms_are_written_in_one_transaction(page, shop, monkeypatch):
    commits = []
    real_commit = db_module._commit
    monkeypatch.setattr(db_module, "_commit", lambda *args: commits.append(1) or real_commit(*args))
    page.name_edit.setText("小美家居旗舰店")
    page.board_form.editors[declared.PRORATE_TARGETS.key].setChecked(
        not page.board_form.editors[declared.PRORATE_TARGETS.key].isChecked())
    page.flower_form.editors[QUOTA.key].setValue(5)
    _ctrl_s(page)
    assert len(commits) == 1
    assert shop.settings.get(declared.SHOP_NAME) == "小美家居旗舰店" and shop.settings.get(QUOTA) == 5
    assert len(_settings_written(shop)) == 3  # each change in the audit log, in the same transaction
    assert page.pending_changes() == []
    assert page.window().statusBar().currentMessage() == "已保存：店铺名称、看板、小红花"


def test_a_write_failing_midway_rolls_back_the_forms_written_before_it(page, shop, monkeypatch):
    real_set_many = shop.settings.set_many

    def write_then_fail(pairs):
        real_set_many(pairs)
        if any(setting is QUOTA for setting, _value in pairs):
            raise UserError("写入小红花设置时出错")

    monkeypatch.setattr(shop.settings, "set_many", write_then_fail)
    page.name_edit.setText("小美家居旗舰店")
    page.flower_form.editors[QUOTA.key].setValue(5)
    _ctrl_s(page)
    assert shop.settings.get(declared.SHOP_NAME) == "我的淘宝店" and shop.settings.get(QUOTA) == 2
    assert _settings_written(shop) == []
    assert _tab(page) == "看板与小红花" and page.flower_form.error.text() == "写入小红花设置时出错"
    assert page.name_edit.text() == "小美家居旗舰店" and page.pending_changes() == ["店铺名称", "小红花"]


def test_a_new_pin_whose_commit_failed_was_not_given(page, shop, monkeypatch):
    real_commit = db_module._commit

    def disk_full_once(*args):
        monkeypatch.setattr(db_module, "_commit", real_commit)
        raise StoreError("磁盘已满，店铺文件没有修改")

    monkeypatch.setattr(db_module, "_commit", disk_full_once)
    page.name_edit.setText("小美家居旗舰店")
    page.security_panel.new.setText("2468")
    page.security_panel.repeat.setText("2468")
    _ctrl_s(page)
    assert not shop.security.is_set() and shop.settings.get(declared.SHOP_NAME) == "我的淘宝店"
    page.security_panel.new.setText("")
    page.security_panel.repeat.setText("")
    _ctrl_s(page)  # the name alone, on a shop that has no PIN
    written = shop.store.audit.recent(1, "setting.set")[0]
    assert written.summary == "设置「店铺名称」：我的淘宝店 → 小美家居旗舰店" and not written.pin_used


def test_a_new_pin_typed_twice_differently_keeps_the_shop_name_unwritten(page, shop):
    page.name_edit.setText("小美家居旗舰店")
    page.security_panel.new.setText("2468")
    page.security_panel.repeat.setText("2469")
    _ctrl_s(page)
    assert shop.settings.get(declared.SHOP_NAME) == "我的淘宝店" and not shop.security.is_set()
    assert _tab(page) == "安全" and page.security_panel.error.text() == "两次输入的新密码不一样"


def test_declining_the_lower_backup_counts_writes_nothing(page, shop, messages):
    for _ in range(3):
        backups.backup_path(shop.store.path, "manual")
    page.backup_panel.refresh()
    page.name_edit.setText("小美家居旗舰店")
    page.backup_panel.keep_spins[declared.BACKUP_KEEP_LAST.key].setValue(1)
    messages.answer = False
    _ctrl_s(page)
    assert len(messages.of("confirm")) == 1
    assert shop.settings.get(declared.SHOP_NAME) == "我的淘宝店" and shop.settings.get(declared.BACKUP_KEEP_LAST) == 10
    assert _tab(page) == "备份与恢复"
    messages.answer = True
    _ctrl_s(page)
    assert shop.settings.get(declared.SHOP_NAME) == "小美家居旗舰店" and shop.settings.get(declared.BACKUP_KEEP_LAST) == 1


def test_saving_at_close_writes_nothing_when_a_form_is_refused(make_window, shop, monkeypatch):
    monkeypatch.setattr(errors, "ask_to_save", lambda *_args: QMessageBox.StandardButton.Save)
    window = make_window(start_page="settings")
    window.show()
    page = window.current_page()
    page.name_edit.setText("小美家居旗舰店")
    page.flower_form.editors[EXTRA_LEADERS.key].setText("15")
    window.show_page(page_index("staff"))
    assert not window.close()
    assert shop.settings.get(declared.SHOP_NAME) == "我的淘宝店"
    assert window.current_index() == page_index("settings") and _tab(page) == "看板与小红花"


def test_a_wrong_current_pin_on_a_locked_shop_writes_nothing_but_counts_the_try(locked, messages):
    shop, page = locked
    messages.answer = False  # an offer to unlock is declined: the PIN typed in 安全 is the one that counts
    page.name_edit.setText("小美家居旗舰店")
    page.security_panel.current.setText("9999")
    page.security_panel.new.setText("2468")
    page.security_panel.repeat.setText("2468")
    assert not page.save_pending()
    assert page.security_panel.error.text() == "店主密码不对" and _tab(page) == "安全"
    assert shop.settings.get(declared.SHOP_NAME) == "我的淘宝店" and shop.store.locked
    assert shop.store.settings.get(FAILURES_KEY)["count"] == 1  # a wrong try is kept, whatever else happens
    page.security_panel.current.setText("1234")
    assert page.save_pending()  # the right PIN opens the shop for the other forms too
    assert shop.settings.get(declared.SHOP_NAME) == "小美家居旗舰店" and not shop.store.locked


@pytest.mark.parametrize("name_too", [True, False], ids=["ctrl_s", "its_own_button"])
def test_a_locked_shop_asks_about_the_backups_dropped_only_once_unlocked(locked, messages, monkeypatch, name_too):
    shop, page = locked
    for _ in range(3):
        backups.backup_path(shop.store.path, "manual")
    page.backup_panel.refresh()
    page.backup_panel.keep_spins[declared.BACKUP_KEEP_LAST.key].setValue(1)
    if name_too:
        page.name_edit.setText("小美家居旗舰店")
    save = page.save_pending if name_too else page.backup_panel.save_keep
    monkeypatch.setattr(errors, "pin_prompt", lambda: shop.security.unlock("1234") or True)  # the PIN given
    assert not save()  # refused for the PIN, which the owner then gives
    assert messages.of("confirm") == ["此店铺设置了店主密码，修改数据需要先输入密码。现在输入吗？"]
    assert save()
    assert len(messages.of("confirm")) == 2  # the backups dropped asked about once, when they could be
    assert shop.settings.get(declared.BACKUP_KEEP_LAST) == 1
