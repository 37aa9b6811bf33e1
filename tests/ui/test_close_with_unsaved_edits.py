"""Closing the window with edits not saved yet asks 保存 / 不保存 / 取消 once, naming the pages and what on them."""

from __future__ import annotations

import os
import signal
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox

from app import settings as declared
from app.certificates import options as certificate_settings
from ui import errors
from ui.navigation import page_index

Save, Discard, Cancel = (QMessageBox.StandardButton.Save, QMessageBox.StandardButton.Discard,
                         QMessageBox.StandardButton.Cancel)
SHOTS = Path(__file__).resolve().parents[1] / "artifacts" / "screens"


@pytest.fixture
def asked(monkeypatch):
    """The questions asked (text, details); the answer is `asked.answer`."""

    class Asked(list):
        answer = Cancel

    questions = Asked()

    def ask(_parent, text, details):
        questions.append((text, details))
        return questions.answer

    monkeypatch.setattr(errors, "ask_to_save", ask)
    return questions


def _settings_window(make_window):
    window = make_window(start_page="settings")
    window.show()
    return window, window.current_page()


def _edit_settings(page):
    page.name_edit.setText("小美家居旗舰店")
    page.flower_form.editors[declared.FLOWER_LEADER_QUOTA.key].setValue(5)


def test_closing_with_settings_edits_asks_once_and_save_writes_them(make_window, shop, asked, messages):
    window, page = _settings_window(make_window)
    _edit_settings(page)
    window.show_page(page_index("data"))  # another page shown: the edits wait on theirs
    asked.answer = Save
    assert window.close()
    assert asked == [("设置有未保存的修改。", "设置：店铺名称、小红花")]
    assert shop.settings.get(declared.SHOP_NAME) == "小美家居旗舰店"
    assert shop.settings.get(declared.FLOWER_LEADER_QUOTA) == 5
    assert messages.of("info") == []  # no 已保存 box on the way out


def test_discard_closes_and_leaves_the_shop_as_it_was(make_window, shop, asked):
    window, page = _settings_window(make_window)
    _edit_settings(page)
    page.backup_panel.keep_spins[declared.BACKUP_KEEP_DAILY.key].setValue(3)
    asked.answer = Discard
    assert window.close() and not window.isVisible()
    assert asked == [("设置有未保存的修改。", "设置：店铺名称、小红花、备份保留份数")]
    assert shop.settings.get(declared.SHOP_NAME) == "我的淘宝店"
    assert shop.settings.get(declared.FLOWER_LEADER_QUOTA) == 2
    assert shop.settings.get(declared.BACKUP_KEEP_DAILY) == 7


def test_cancel_keeps_the_window_open_with_the_edits(make_window, shop, asked):
    window, page = _settings_window(make_window)
    _edit_settings(page)
    asked.answer = Cancel
    assert not window.close()
    assert window.isVisible() and window.poll_timer.isActive()
    assert page.name_edit.text() == "小美家居旗舰店"
    assert shop.settings.get(declared.SHOP_NAME) == "我的淘宝店"
    assert window.unsaved_changes() == [(page_index("settings"), ["店铺名称", "小红花"])]


def test_a_kill_closes_without_asking_and_saves_nothing(make_window, shop, asked, qapp):
    """Ctrl+C or SIGTERM must end the program: nobody may be there to answer a question."""
    from ui.main import close_without_asking

    window, page = _settings_window(make_window)
    _edit_settings(page)
    close_without_asking(qapp)
    assert asked == [] and not window.isVisible()
    assert shop.settings.get(declared.SHOP_NAME) == "我的淘宝店"


def test_closing_without_edits_does_not_ask(make_window, asked):
    window, page = _settings_window(make_window)
    window.show_page(page_index("certificates"))
    page.name_edit.setText("别的名字")
    page.name_edit.setText("我的淘宝店")  # typed and typed back: nothing to save
    assert window.unsaved_changes() == []
    assert window.close() and asked == []


def test_a_value_that_cannot_be_saved_keeps_the_window_open_and_names_the_field(make_window, shop, asked):
    window, page = _settings_window(make_window)
    page.flower_form.editors[declared.FLOWER_EXTRA_LEADERS.key].setText("15")
    window.show_page(page_index("staff"))
    asked.answer = Save
    assert not window.close() and window.isVisible()
    assert window.current_index() == page_index("settings")
    assert page.tabs.tabText(page.tabs.currentIndex()) == "看板与小红花"
    assert page.flower_form.error.text() == ("「其他按领导层限额发放的员工（姓名或编号）」：没有编号为 15 的员工"
                                             "（编号见「员工」页第一列）")
    assert page.flower_form.error.isVisibleTo(page)
    assert shop.settings.get(declared.FLOWER_EXTRA_LEADERS) == []


def test_a_new_pin_typed_twice_differently_is_not_saved_and_the_reason_stays(make_window, shop, asked):
    window, page = _settings_window(make_window)
    page.security_panel.new.setText("2468")
    page.security_panel.repeat.setText("2469")
    asked.answer = Save
    assert not window.close()
    assert asked == [("设置有未保存的修改。", "设置：新的店主密码")]
    assert page.tabs.tabText(page.tabs.currentIndex()) == "安全"
    assert page.security_panel.error.text() == "两次输入的新密码不一样" and not shop.security.is_set()


def test_a_certificate_citation_typed_is_asked_about_and_saved(make_window, shop, asked):
    window = make_window(start_page="certificates")
    window.show()
    page = window.current_page()
    page.citation.setText("{姓名}：{期间}辛苦了，荣获「{奖项}」。")
    asked.answer = Save
    assert window.close()
    assert asked == [("证书有未保存的修改。", "证书：评语")]
    assert shop.settings.get(certificate_settings.CITATION) == "{姓名}：{期间}辛苦了，荣获「{奖项}」。"


def test_a_broken_citation_keeps_the_window_open_and_names_it(make_window, shop, asked, messages):
    window, settings_page = _settings_window(make_window)
    settings_page.name_edit.setText("小美家居旗舰店")
    window.show_page(page_index("certificates"))
    window.current_page().citation.setText("{姓名}荣获{奖品}")
    asked.answer = Save
    assert not window.close() and window.isVisible()
    assert asked == [("证书、设置有未保存的修改。", "证书：评语\n设置：店铺名称")]  # in the navigation's order
    assert messages.of("error") == ["证书评语模板中的「{奖品}」不是可用的字段；可用字段：{姓名}、{期间}、{奖项}、{奖励}、{店铺}、{名次}"]
    assert window.current_index() == page_index("certificates")
    assert shop.settings.get(certificate_settings.CITATION) == certificate_settings.CITATION.default


def test_a_restore_says_which_edits_it_loses(make_window, shop, asked, messages, monkeypatch):
    from app import backups
    from ui.widgets import backup_guard

    _window, page = _settings_window(make_window)
    source = backups.backup_path(shop.store.path, "manual").info.path
    _edit_settings(page)
    requested = []
    monkeypatch.setattr(backup_guard, "request_restore", requested.append)
    messages.answer = False
    page.backup_panel.refresh()
    page.backup_panel.table.selectRow(0)
    assert not page.backup_panel.restore_selected() and requested == []
    question = messages.of("confirm")[0]
    assert question.endswith("\n\n设置有未保存的修改。\n设置：店铺名称、小红花\n恢复后这些修改不会保存。")
    messages.answer = True
    assert page.backup_panel.restore_selected() and requested == [source]
    assert asked == []  # asked in the restore's own question, not in another box


def test_the_window_closed_for_a_restore_does_not_ask_again(qapp, tmp_path, messages, monkeypatch):
    """A restore ends the event loop, then the window is closed: its edits were already said to be lost."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from app import backups
    from app.shop import Shop
    from tests.backups.conftest import TODAY
    from ui.main import parse_args, run
    from ui.main_window import MainWindow
    from ui.widgets import backup_guard

    db = tmp_path / "shop.db"
    Shop.open(db, TODAY).close()
    saved = backups.backup_path(db, "manual").info.path
    real_reopen = backup_guard.reopen_after_restore

    def reopen(*args):
        reopened = real_reopen(*args)
        # the reopened window runs until we end it (asked before the restore, the exit ended the restore's own wait)
        QTimer.singleShot(300, lambda: qapp.exit(7))
        return reopened

    pending = []

    def edit_then_restore():
        try:
            window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())
            window.show_page(page_index("settings"))
            window.current_page().name_edit.setText("恢复前输入的店名")
            pending.extend(window.unsaved_changes())
        finally:
            backup_guard.request_restore(saved)

    monkeypatch.setattr(backup_guard, "reopen_after_restore", reopen)
    QTimer.singleShot(300, edit_then_restore)
    assert run(qapp, parse_args(["--db", str(db), "--today", "2026-10-20"]), 0.0) == 7
    assert pending == [(page_index("settings"), ["店铺名称"])]
    assert messages.of("save") == []


def test_the_question_is_in_chinese_and_shows_whole(make_window, qtbot):
    window, page = _settings_window(make_window)
    _edit_settings(page)
    window.show_page(page_index("certificates"))
    window.current_page().citation.setText("{姓名}：{期间}辛苦了")
    box = errors.save_question(window, *window.unsaved_text(window.unsaved_changes()))
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    assert [box.button(b).text() for b in (Save, Discard, Cancel)] == ["保存", "不保存", "取消"]
    assert box.defaultButton() is box.button(Save) and box.escapeButton() is box.button(Cancel)
    assert box.text() == "证书、设置有未保存的修改。"
    assert box.informativeText() == "证书：评语\n设置：店铺名称、小红花"
    for label in box.findChildren(type(window.shop_label)):  # every text fits its label
        if label.text():
            assert label.width() >= label.sizeHint().width() or label.wordWrap(), label.text()
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert box.grab().save(str(SHOTS / "unsaved-question.png"))
    box.close()


def _typing_in_a_cell(make_window, shop, qtbot, page_key, column, text):
    from datetime import date

    from PySide6.QtWidgets import QLineEdit

    from app.domain import StaffDraft

    shop.staff.add(StaffDraft(name="张伟", dept="客服部", hired=date(2024, 1, 1)))
    window = make_window(start_page=page_key)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitActive(window)
    page = window.current_page()
    index = page.model.index(0, column)
    page.table.setCurrentIndex(index)
    page.table.edit(index)
    editor = next(e for e in page.table.findChildren(QLineEdit) if e.isVisible())
    editor.setFocus()
    editor.setText(text)
    return window


def _stored(shop, page_key):
    from datetime import date

    from app.periods import Month

    if page_key == "data":  # column 4 is the 5th
        return shop.store.values.get("sales", date(2026, 10, 5), shop.staff.list()[0].id)
    return list(shop.targets.for_month(Month(2026, 10)).values())


@pytest.mark.parametrize(("page_key", "column", "title"), [("data", 4, "数据"), ("targets", 1, "目标")])
def test_a_value_being_typed_in_a_grid_is_asked_about_and_saved(make_window, shop, qtbot, asked, page_key, column,
                                                                title):
    window = _typing_in_a_cell(make_window, shop, qtbot, page_key, column, "777")
    asked.answer = Save
    assert window.close()
    assert asked == [(f"{title}有未保存的修改。", f"{title}：正在输入的单元格")]
    assert _stored(shop, page_key) == (77_700 if page_key == "data" else [77_700])


@pytest.mark.parametrize(("page_key", "column"), [("data", 4), ("targets", 1)])
def test_a_value_being_typed_is_dropped_on_discard(make_window, shop, qtbot, asked, page_key, column):
    window = _typing_in_a_cell(make_window, shop, qtbot, page_key, column, "777")
    asked.answer = Discard
    assert window.close() and len(asked) == 1
    assert _stored(shop, page_key) == (None if page_key == "data" else [])


@pytest.mark.parametrize(("page_key", "column"), [("data", 4), ("targets", 1)])
def test_a_value_the_grid_refuses_keeps_the_window_open_with_the_reason(make_window, shop, qtbot, asked, messages,
                                                                         page_key, column):
    window = _typing_in_a_cell(make_window, shop, qtbot, page_key, column, "七百")
    asked.answer = Save
    assert not window.close() and window.isVisible()
    assert len(messages.of("error")) == 1 and "七百" in messages.of("error")[0]
    assert _stored(shop, page_key) == (None if page_key == "data" else [])


@pytest.mark.parametrize(("page_key", "column"), [("data", 4), ("targets", 1)])
def test_a_cell_opened_and_left_as_it_was_asks_nothing(make_window, shop, qtbot, asked, page_key, column):
    """A double-click on a cell opens its editor; nothing typed, closing the window has nothing to ask about (保存
    would only write the same value again, with a row in 操作日志)."""
    window = _typing_in_a_cell(make_window, shop, qtbot, page_key, column, "")
    assert window.current_page().pending_changes() == []
    assert window.close() and asked == []
    assert _stored(shop, page_key) == (None if page_key == "data" else [])


@pytest.mark.skipif(sys.platform == "win32", reason="SIGTERM is a POSIX signal")
def test_a_kill_while_the_question_is_open_ends_the_window_and_saves_nothing(make_window, shop, qapp, monkeypatch):
    """Windows shutting down or `timeout` sent SIGTERM while 保存 / 不保存 / 取消 was open: the window stayed open."""
    from ui.main import TERMINATING, close_on_signals

    window, page = _settings_window(make_window)
    _edit_settings(page)

    def ask(parent, text, details):  # the real box, and the kill once it is open
        box = errors.save_question(parent, text, details)
        QTimer.singleShot(0, lambda: os.kill(os.getpid(), signal.SIGTERM))
        QTimer.singleShot(10_000, box, box.reject)  # never hangs the test
        return QMessageBox.StandardButton(box.exec())

    monkeypatch.setattr(errors, "ask_to_save", ask)
    previous = {sig: signal.getsignal(sig) for sig in (signal.SIGINT, signal.SIGTERM)}
    close_on_signals(qapp)
    try:
        started = time.monotonic()
        window.close()
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        qapp.setProperty(TERMINATING, False)
    assert not window.isVisible() and time.monotonic() - started < 9
    assert shop.settings.get(declared.SHOP_NAME) == "我的淘宝店"
    assert shop.settings.get(declared.FLOWER_LEADER_QUOTA) == 2
