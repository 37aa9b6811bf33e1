"""文件 → 打开店铺文件… / 新建店铺… / 最近打开: the shop on show is closed as closing the window closes it only once
the file chosen is open; a file that cannot be opened leaves it open; the next start opens the shop used last."""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings, QTimer
from PySide6.QtWidgets import QFileDialog, QMessageBox
from shiboken6 import isValid

from app import paths
from app import settings as declared
from app.domain import StaffDraft
from app.shop import Shop
from ui import errors, shop_files
from ui.main import parse_args, run
from ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def app_settings(tmp_path):
    """The window's own QSettings (where `run` keeps the list of shop files) in this test's folder."""
    formats = (QSettings.Format.NativeFormat, QSettings.Format.IniFormat)
    for kind in formats:
        QSettings.setPath(kind, QSettings.Scope.UserScope, str(tmp_path / "config"))
    yield QSettings()
    for kind in formats:
        QSettings.setPath(kind, QSettings.Scope.UserScope, os.environ["XDG_CONFIG_HOME"])


@pytest.fixture(autouse=True)
def _no_switch_left():
    yield
    shop_files.take_pending_switch()


def _shop(path: Path, name: str, today, language: str | None = None) -> Path:
    shop = Shop.open(path, today)
    shop.settings.set(declared.SHOP_NAME, name)
    if language is not None:
        shop.settings.set(declared.LANGUAGE, language)
    shop.staff.add(StaffDraft(f"{name}的客服"))
    shop.close()
    return path


def _shown(qapp) -> MainWindow:
    [window] = [w for w in qapp.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
    return window


def _run(qapp, args: list[str], steps: list[Callable[[MainWindow], object]]) -> int:
    """`run` as the launcher calls it; each step gets the window on show once it is another window than the last
    step's (or after the first paint of the first), and the loop ends with 7 after the last."""
    todo = list(steps)
    last: list[MainWindow] = []

    def next_step() -> None:
        windows = [w for w in qapp.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        if len(windows) != 1 or (last and windows[0] is last[-1] and todo and getattr(todo[0], "new_window", True)):
            QTimer.singleShot(50, next_step)
            return
        window = windows[0]
        last.append(window)
        step = todo.pop(0)
        step(window)
        if todo:
            QTimer.singleShot(50, next_step)
        else:
            QTimer.singleShot(0, lambda: qapp.exit(7))

    QTimer.singleShot(100, next_step)
    try:
        return run(qapp, parse_args([*args, "--today", "2026-10-20"]), time.perf_counter())
    finally:  # `run` leaves its window shown, as a process about to end may
        for window in filter(isValid, last):  # the windows a switch closed are deleted already
            window.hide()
            window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def same_window(step: Callable[[MainWindow], object]) -> Callable[[MainWindow], object]:
    step.new_window = False  # type: ignore[attr-defined]
    return step


def _pulled_before_opening(monkeypatch, pull: Callable[[], object]) -> None:
    """`pull()` (a USB stick pulled out) once the file is chosen, before the window's loop ends to open it."""
    real_end = shop_files.end_loop

    def pulled_meanwhile() -> None:
        pull()
        real_end()

    monkeypatch.setattr(shop_files, "end_loop", pulled_meanwhile)


def _answer(monkeypatch, method: str, path: Path) -> list[str]:
    """QFileDialog.`method` answers `path`; what it suggested (a folder, a file name) each time it is asked."""
    asked: list[str] = []

    def answer(parent, caption, suggested, file_filter, *args, **kwargs):
        asked.append(suggested)
        return str(path), ""

    monkeypatch.setattr(QFileDialog, method, staticmethod(answer))
    return asked


def _answer_open(monkeypatch, path: Path) -> list[str]:
    return _answer(monkeypatch, "getOpenFileName", path)


def test_open_shop_file_opens_the_chosen_shop_and_closes_this_one_as_closing_does(
        qapp, tmp_path, today, messages, monkeypatch, app_settings):
    first = _shop(tmp_path / "一店.db", "一店", today)
    (tmp_path / "二店").mkdir()
    second = _shop(tmp_path / "二店" / "二店.db", "二店", today)
    folders = _answer_open(monkeypatch, second)
    seen: dict[str, object] = {}

    def choose(window: MainWindow) -> None:
        window.show_page(7)
        seen["old"] = window.shop
        assert window.open_shop_action.shortcut().toString() == "Ctrl+O"
        window.open_shop_action.trigger()

    def look(window: MainWindow) -> None:
        seen.update(title=window.windowTitle(), shop=window.shop_label.text(), path=window.path_label.toolTip(),
                    page=window.current_index(), locks=(paths.lock_path(first).exists(),
                                                        paths.lock_path(second).exists()),
                    names=[p.name for p in window.shop.staff.list()])

    assert _run(qapp, ["--db", str(first)], [choose, look]) == 7
    assert folders == [str(tmp_path)]  # the dialog starts in the folder of the shop on show
    assert seen["title"] == "红花榜 — 二店" and seen["shop"] == "店铺：二店" and seen["path"] == str(second)
    assert seen["names"] == ["二店的客服"] and seen["page"] == 0  # another file: the board, as at start-up
    assert seen["locks"] == (False, True)  # the first shop's lock released, the second's held
    assert seen["old"].store.closed  # the first shop's connection closed with its window
    assert app_settings.value("window/page") == "dashboard"
    assert shop_files.recent(app_settings)[:2] == [second, first]
    assert messages.of("error") == []
    assert not paths.lock_path(second).exists()  # released when the window closed


@pytest.mark.parametrize("problem", ["not a shop", "open in another window"])
def test_a_file_that_cannot_be_opened_leaves_this_shop_open_and_says_why(
        qapp, tmp_path, today, messages, monkeypatch, app_settings, problem):
    first = _shop(tmp_path / "一店.db", "一店", today)
    other = tmp_path / "别的.db"
    held = None
    if problem == "not a shop":
        other.write_bytes("姓名,销售额\n张伟,100\n".encode("gbk"))
    else:
        _shop(other, "别的店", today)
        from ui.main import acquire_lock

        held = acquire_lock(other)
    before = other.read_bytes()
    _answer_open(monkeypatch, other)
    seen: dict[str, object] = {}

    def choose(window: MainWindow) -> None:
        seen["old"] = window
        window.open_shop_file()

    @same_window
    def look(window: MainWindow) -> None:
        seen.update(same=window is seen["old"], title=window.windowTitle(), lock=paths.lock_path(first).exists(),
                    polling=window.poll_timer.isActive(), names=[p.name for p in window.shop.staff.list()])

    try:
        assert _run(qapp, ["--db", str(first)], [choose, look]) == 7
    finally:
        if held is not None:
            held.unlock()
    [said] = messages.of("error")
    assert str(other) in said
    assert ("不是红花榜的数据文件" in said) if problem == "not a shop" else ("已经在另一个红花榜窗口中打开" in said)
    assert seen == {"old": seen["old"], "same": True, "title": "红花榜 — 一店", "lock": True, "polling": True,
                    "names": ["一店的客服"]}
    assert other.read_bytes() == before
    assert shop_files.recent(app_settings)[0] == first


def test_a_file_gone_between_choosing_and_opening_is_not_made_anew(
        qapp, tmp_path, today, messages, monkeypatch, app_settings):
    """The file chosen was there when chosen, gone when the window's loop had ended (a USB stick pulled): opening it
    made a new, empty shop in its place."""
    first = _shop(tmp_path / "一店.db", "一店", today)
    stick = _shop(tmp_path / "U盘" / "店铺.db", "U盘的店", today)
    _answer_open(monkeypatch, stick)
    _pulled_before_opening(monkeypatch, lambda: shutil.rmtree(stick.parent))
    seen: dict[str, object] = {}

    @same_window
    def look(window: MainWindow) -> None:
        seen["title"] = window.windowTitle()

    assert _run(qapp, ["--db", str(first)], [lambda window: window.open_shop_file(), look]) == 7
    assert seen["title"] == "红花榜 — 一店" and not stick.parent.exists()
    [said] = messages.of("error")
    assert str(stick) in said and "当前店铺没有关闭" in said


def test_an_older_shop_file_is_upgraded_with_its_backup_as_at_start_up(
        qapp, tmp_path, today, messages, monkeypatch, app_settings):
    first = _shop(tmp_path / "一店.db", "一店", today)
    old = tmp_path / "旧电脑" / "旧店铺.db"
    old.parent.mkdir()
    shutil.copyfile(ROOT / "tests" / "fixtures" / "schema" / "v8.sqlite", old)
    _answer_open(monkeypatch, old)
    seen: dict[str, object] = {}

    def look(window: MainWindow) -> None:
        seen["path"] = window.shop.store.path

    assert _run(qapp, ["--db", str(first)], [lambda window: window.open_shop_file(), look]) == 7
    assert seen["path"] == old and messages.of("error") == []
    from app import backups

    assert [b.kind for b in backups.list_backups(old)] == ["migrate"]


def test_a_damaged_file_is_offered_its_backup_and_refused_the_current_shop_stays(
        qapp, tmp_path, today, messages, monkeypatch, app_settings):
    from app import backups

    first = _shop(tmp_path / "一店.db", "一店", today)
    damaged = _shop(tmp_path / "坏了.db", "坏了", today)
    backups.backup_path(damaged, "manual")
    data = bytearray(damaged.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)
    damaged.write_bytes(bytes(data))
    _answer_open(monkeypatch, damaged)
    messages.answer = False  # the restore offered is declined
    seen: dict[str, object] = {}

    @same_window
    def look(window: MainWindow) -> None:
        seen["title"] = window.windowTitle()

    assert _run(qapp, ["--db", str(first)], [lambda window: window.open_shop_file(), look]) == 7
    [offer] = messages.of("confirm")
    assert str(damaged) in offer and "已损坏" in offer
    assert seen["title"] == "红花榜 — 一店" and str(damaged) in messages.of("error")[0]


def test_edits_not_saved_yet_are_asked_about_first_and_cancel_keeps_all(
        make_window, shop, tmp_path, today, monkeypatch):
    other = _shop(tmp_path / "别的.db", "别的店", today)
    _answer_open(monkeypatch, other)
    asked = []
    monkeypatch.setattr(errors, "ask_to_save", lambda _parent, text, details: asked.append(text)
                        or QMessageBox.StandardButton.Cancel)
    ended = []
    monkeypatch.setattr(shop_files, "end_loop", lambda: ended.append(1))
    window = make_window(start_page="settings")
    window.current_page().name_edit.setText("改了没保存")
    assert not window.open_shop_file()
    assert asked == ["设置有未保存的修改。"] and ended == [] and shop_files.take_pending_switch() is None
    asked.clear()
    monkeypatch.setattr(errors, "ask_to_save", lambda _parent, text, details: asked.append(text)
                        or QMessageBox.StandardButton.Save)
    assert window.open_shop_file()
    assert asked == ["设置有未保存的修改。"] and ended == [1] and shop.name == "改了没保存"
    assert shop_files.take_pending_switch() == shop_files.Switch(other, False)


def test_the_shop_on_show_chosen_again_changes_nothing(make_window, db_path, monkeypatch, messages):
    _answer_open(monkeypatch, db_path)
    ended = []
    monkeypatch.setattr(shop_files, "end_loop", lambda: ended.append(1))
    window = make_window()
    assert not window.open_shop_file()
    assert ended == [] and messages.shown == [] and "就是现在打开的店铺" in window.statusBar().currentMessage()


def _answer_save(monkeypatch, path: Path) -> list[str]:
    return _answer(monkeypatch, "getSaveFileName", path)


def test_new_shop_makes_an_empty_shop_and_opens_it(qapp, tmp_path, today, messages, monkeypatch, app_settings):
    first = _shop(tmp_path / "一店.db", "一店", today)
    new = tmp_path / "二店"  # typed without .db
    suggested = _answer_save(monkeypatch, new)
    seen: dict[str, object] = {}

    def look(window: MainWindow) -> None:
        seen.update(path=window.path_label.toolTip(), names=window.shop.staff.list(),
                    hint=window.current_page().isVisible())

    assert _run(qapp, ["--db", str(first)], [lambda window: window.new_shop_action.trigger(), look]) == 7
    assert suggested == [str(tmp_path / "新店铺.db")]
    made = tmp_path / "二店.db"
    assert made.is_file() and seen["path"] == str(made) and seen["names"] == []
    assert messages.of("error") == [] and shop_files.recent(app_settings)[:2] == [made, first]


def test_new_shop_never_overwrites_an_existing_file(make_window, tmp_path, today, monkeypatch, messages):
    taken = _shop(tmp_path / "已有.db", "已有的店", today)
    before = taken.read_bytes()
    _answer_save(monkeypatch, taken)
    ended = []
    monkeypatch.setattr(shop_files, "end_loop", lambda: ended.append(1))
    window = make_window()
    assert not window.new_shop_file()
    [said] = messages.of("error")
    assert str(taken) in said and "不会覆盖" in said and ended == [] and taken.read_bytes() == before


# ---- 最近打开
@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")  # offscreen, showing a popup
def test_recent_lists_the_shops_opened_newest_first_a_gone_one_said_when_chosen(
        make_window, qsettings, db_path, tmp_path, today, monkeypatch, messages):
    other = _shop(tmp_path / "别的 & 店.db", "别的店", today)
    gone = tmp_path / "U盘" / "拔掉了.db"
    shop_files.remember(qsettings, gone)
    shop_files.remember(qsettings, other)
    window = make_window()
    window.show()
    window.recent_menu.popup(window.pos())  # filled as it opens
    actions = window.recent_menu.actions()
    window.recent_menu.hide()
    assert [a.toolTip() for a in actions] == [str(db_path), str(other), str(gone)]
    assert actions[0].text().startswith("&1 shop.db（") and actions[0].isChecked()  # the shop on show
    assert not any(a.isChecked() for a in actions[1:])
    text = actions[1].text()  # a long folder is cut in its middle; the tooltip has the whole path
    assert text.startswith("&2 别的 && 店.db（/") and text.endswith(f"{tmp_path.name[-8:]}）") and actions[1].isEnabled()
    ended = []
    monkeypatch.setattr(shop_files, "end_loop", lambda: ended.append(1))
    actions[2].trigger()  # the USB stick is not plugged in: said when chosen, the shop on show stays
    [said] = messages.of("error")
    assert ended == [] and str(gone) in said and "U 盘" in said and "当前店铺没有关闭" in said
    actions[1].trigger()
    assert ended == [1] and shop_files.take_pending_switch() == shop_files.Switch(other, False)
    other.unlink()  # gone since the menu was shown: said, never made anew as an empty shop
    actions[1].trigger()
    assert ended == [1] and str(other) in messages.of("error")[1] and not other.exists()


def test_the_recent_menu_asks_no_file_anything_as_it_opens(make_window, qsettings, tmp_path, monkeypatch):
    """Each file was asked whether it was there as the menu opened: a network share that no longer answers (its
    server switched off) held the menu until the share's time-out, once per file."""
    for n in range(3):
        shop_files.remember(qsettings, tmp_path / "共享盘" / f"{n}店.db")
    window = make_window()
    asked: list[object] = []

    def answer_nothing(real):
        def recorded(path, *args, **kwargs):
            asked.append(path)
            return real(path, *args, **kwargs)
        return recorded

    import builtins
    import sqlite3

    for module, name in ((os, "stat"), (os, "lstat"), (os, "open"), (builtins, "open"), (sqlite3, "connect")):
        monkeypatch.setattr(module, name, answer_nothing(getattr(module, name)))
    window.fill_recent_menu()
    monkeypatch.undo()
    assert asked == []
    assert [a.toolTip() for a in window.recent_menu.actions()][1:] == [
        str(tmp_path / "共享盘" / f"{n}店.db") for n in (2, 1, 0)]


def test_a_window_opening_and_closing_asks_no_other_file_listed(make_window, qsettings, db_path, tmp_path,
                                                                monkeypatch):
    """Each file in 最近打开 was asked where it really is (to list the shop once) as a window opened and as it
    closed: a network share that no longer answers held every start until the share's time-out, once per file."""
    share = tmp_path / "共享盘"
    for n in range(3):
        shop_files.remember(qsettings, share / f"{n}店.db")
    asked: list[object] = []

    def watched(real):
        def recorded(path, *args, **kwargs):
            if str(path).startswith(str(share)):
                asked.append(path)
            return real(path, *args, **kwargs)
        return recorded

    import builtins

    for module, name in ((os, "stat"), (os, "lstat"), (os, "open"), (builtins, "open")):
        monkeypatch.setattr(module, name, watched(getattr(module, name)))
    make_window().close()
    monkeypatch.undo()
    assert asked == []
    assert shop_files.recent(qsettings) == [db_path, *(share / f"{n}店.db" for n in (2, 1, 0))]


def test_a_shop_reached_by_another_path_is_listed_once(make_window, qsettings, shop, db_path, tmp_path):
    """Through a link, or by the path its window last listed it by (a mapped drive and its share's own path)."""
    link = tmp_path / "链接.db"
    link.symlink_to(db_path)
    shop_files.remember(qsettings, tmp_path / "别的.db")
    shop_files.remember(qsettings, link)
    shop_files.remember_shop(qsettings, shop_files.shop_key(db_path), link, shop.name, "staff")
    make_window().close()
    assert shop_files.recent(qsettings) == [db_path, tmp_path / "别的.db"]
    drive = tmp_path / "映射的盘" / "shop.db"  # no such file: the path by which its window listed it
    shop_files.remember(qsettings, drive)
    shop_files.remember_shop(qsettings, shop_files.shop_key(db_path), drive, shop.name, "staff")
    make_window().close()
    assert shop_files.recent(qsettings) == [db_path, tmp_path / "别的.db"]


def test_recent_keeps_eight_and_survives_a_damaged_settings_file(qsettings, tmp_path):
    for n in range(10):
        shop_files.remember(qsettings, tmp_path / f"{n}.db")
    shop_files.remember(qsettings, tmp_path / "3.db")
    assert shop_files.recent(qsettings) == [tmp_path / f"{n}.db" for n in (3, 9, 8, 7, 6, 5, 4, 2)]
    qsettings.setValue(shop_files.RECENT_KEY, 12)
    assert shop_files.recent(qsettings) == []
    qsettings.setValue(shop_files.RECENT_KEY, [str(tmp_path / "a.db")])
    qsettings.sync()
    assert QSettings(qsettings.fileName(), QSettings.Format.IniFormat).value(shop_files.RECENT_KEY) is not None
    assert shop_files.recent(QSettings(qsettings.fileName(), QSettings.Format.IniFormat)) == [tmp_path / "a.db"]


# ---- the next start
def test_a_start_without_db_opens_the_shop_used_last_and_db_still_wins(
        qapp, tmp_path, today, messages, monkeypatch, app_settings):
    home = tmp_path / "home"
    monkeypatch.setenv("HONGHUA_HOME", str(home))
    first = _shop(tmp_path / "一店.db", "一店", today)
    second = _shop(tmp_path / "二店.db", "二店", today)
    shop_files.remember(app_settings, first)
    shop_files.remember(app_settings, second)
    seen: list[Path] = []

    def look(window: MainWindow) -> None:
        seen.append(window.shop.store.path)

    assert _run(qapp, [], [look]) == 7
    assert _run(qapp, ["--db", str(first)], [look]) == 7
    assert _run(qapp, [], [look]) == 7  # now the one used last
    monkeypatch.setenv("HONGHUA_DB", str(second))
    assert _run(qapp, [], [look]) == 7
    assert seen == [second, first, first, second]
    assert not (home / "honghua.db").exists() and messages.shown == []


def test_a_shop_used_last_that_is_gone_opens_the_default_file_and_says_so(
        qapp, tmp_path, today, messages, monkeypatch, app_settings):
    home = tmp_path / "home"
    monkeypatch.setenv("HONGHUA_HOME", str(home))
    stick = tmp_path / "U盘" / "店铺.db"
    shop_files.remember(app_settings, stick)
    seen: list[Path] = []

    def look(window: MainWindow) -> None:
        seen.append(window.shop.store.path)

    assert _run(qapp, [], [look]) == 7
    assert seen == [home / "honghua.db"] and not stick.parent.exists()
    [said] = messages.of("info")
    assert str(stick) in said and str(home / "honghua.db") in said and "最近打开" in said
    assert shop_files.recent(app_settings) == [home / "honghua.db", stick]


def test_a_shop_used_last_that_cannot_be_opened_opens_the_default_file_and_says_so(
        qapp, tmp_path, today, messages, monkeypatch, app_settings):
    """The window opened nothing, so every start failed the same way, and 文件 → 打开店铺文件… was out of reach."""
    home = tmp_path / "home"
    monkeypatch.setenv("HONGHUA_HOME", str(home))
    mine = _shop(home / "honghua.db", "一店", today)
    broken = tmp_path / "二店.db"
    broken.write_bytes("姓名,销售额\n张伟,100\n".encode("gbk"))  # written over by another program
    shop_files.remember(app_settings, broken)
    seen: list[Path] = []

    def look(window: MainWindow) -> None:
        seen.append(window.shop.store.path)

    assert _run(qapp, [], [look]) == 7
    assert seen == [mine]
    [why] = messages.of("error")
    [said] = messages.of("info")
    assert str(broken) in why and str(broken) in said and str(mine) in said and "最近打开" in said
    assert shop_files.recent(app_settings) == [mine, broken]


def test_a_shop_used_last_open_in_another_window_opens_nothing_else(
        qapp, tmp_path, today, messages, monkeypatch, app_settings):
    """A second double-click while the window is open: that window is the one to use, not another shop."""
    from ui.main import acquire_lock

    home = tmp_path / "home"
    monkeypatch.setenv("HONGHUA_HOME", str(home))
    other = _shop(tmp_path / "二店.db", "二店", today)
    shop_files.remember(app_settings, other)
    held = acquire_lock(other)
    try:
        assert run(qapp, parse_args(["--today", "2026-10-20"]), time.perf_counter()) == 1
    finally:
        held.unlock()
    assert "已经在另一个红花榜窗口中打开" in messages.of("error")[0] and not home.exists()


def test_the_command_line_keeps_its_own_default_whatever_the_window_opened_last(
        tmp_path, today, monkeypatch, app_settings, capsys):
    """A scheduled `honghua staff list` (no --db) reads the default file, never the shop the window used last."""
    from app.cli import main as cli_main

    home = tmp_path / "home"
    monkeypatch.setenv("HONGHUA_HOME", str(home))
    shop_files.remember(app_settings, _shop(tmp_path / "二店.db", "二店", today))
    _shop(home / "honghua.db", "一店", today)
    assert cli_main(["--today", "2026-10-20", "staff", "list"]) == 0
    out = capsys.readouterr().out
    assert "一店的客服" in out and "二店的客服" not in out


def test_a_shop_file_dropped_on_the_window_opens_as_if_chosen_in_the_file_menu(
        qapp, tmp_path, today, messages, app_settings):
    """Dragged from Explorer onto the window (it went to the import wizard, which cannot read a shop file)."""
    from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent

    first = _shop(tmp_path / "一店.db", "一店", today)
    second = _shop(tmp_path / "二店.db", "二店", today)
    seen: dict[str, object] = {}

    def drop(window: MainWindow) -> None:
        mime = QMimeData()
        mime.setUrls([QUrl.fromLocalFile(str(second))])
        enter = QDragEnterEvent(QPoint(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                                Qt.KeyboardModifier.NoModifier)
        window.dragEnterEvent(enter)
        seen["accepted"] = enter.isAccepted()
        window.dropEvent(QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                                    Qt.KeyboardModifier.NoModifier))

    def look(window: MainWindow) -> None:
        seen["title"] = window.windowTitle()

    assert _run(qapp, ["--db", str(first)], [drop, look]) == 7
    assert seen == {"accepted": True, "title": "红花榜 — 二店"}
    assert messages.of("error") == []
