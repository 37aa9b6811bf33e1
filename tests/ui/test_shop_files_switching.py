"""文件 → 打开店铺文件… / 新建店铺… while the window is at work, in another language, or offered what is no shop to
open: a file that cannot be opened leaves the window's background work to finish as if nothing had been asked; a new
shop speaks the window's language; a folder gone since it was chosen, or a backup, is refused."""

from __future__ import annotations

import shutil
import subprocess
import time

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, QTimer

from app import settings as declared
from app.errors import Cancelled
from app.shop import Shop
from tests.backups.test_disk_full import mount_tmpfs  # noqa: F401 (the fixture)
from tests.ui.awards_page_support import make_team
from tests.ui.test_shop_files import (  # noqa: F401  # the fixtures are used by name
    _answer_open,
    _answer_save,
    _no_switch_left,
    _pulled_before_opening,
    _run,
    _shop,
    app_settings,
    same_window,
)
from ui import errors, shop_files
from ui.main import install_translators
from ui.main_window import MainWindow
from ui.navigation import page_index
from ui.pages import awards
from ui.widgets import backup_guard

AWARDS = page_index("awards")


def _awards_take_a_moment(monkeypatch) -> None:
    """The 评奖 page's background refresh takes half a second, so that it is still running when the window's loop
    ends for the switch."""
    real_work = awards._work

    def work_of(*args, **kwargs):
        work = real_work(*args, **kwargs)

        def slowly(progress, cancel):
            deadline = time.monotonic() + 0.5
            while time.monotonic() < deadline:
                if cancel():
                    raise Cancelled
                time.sleep(0.02)
            return work(progress, cancel)

        return slowly

    monkeypatch.setattr(awards, "_work", work_of)


def _wait_for_the_page(window: MainWindow) -> None:
    deadline = time.monotonic() + 10
    while window.current_page().busy and time.monotonic() < deadline:
        QCoreApplication.processEvents()
        time.sleep(0.01)


@pytest.mark.usefixtures("app_settings")  # the list of shop files in this test's folder
def test_a_file_that_cannot_be_opened_leaves_the_awards_page_refreshing_as_before(
        qapp, tmp_path, today, messages, monkeypatch):
    """The window's loop ended for the file chosen; the 评奖 page took that for the program ending and stopped its
    background refresh, so, the file refused, it said 正在更新… for ever."""
    first = tmp_path / "一店.db"
    shop = Shop.open(first, today)
    make_team(shop, tmp_path)
    shop.close()
    other = tmp_path / "别的.db"
    other.write_bytes("姓名,销售额\n张伟,100\n".encode("gbk"))
    _answer_open(monkeypatch, other)
    _awards_take_a_moment(monkeypatch)
    seen: dict[str, object] = {}

    def choose(window: MainWindow) -> None:
        window.show_page(AWARDS)
        seen["busy"] = window.current_page().busy
        window.open_shop_file()

    @same_window
    def look(window: MainWindow) -> None:
        _wait_for_the_page(window)
        page = window.current_page()
        seen.update(busy_after=page.busy, state=page.state.text(), review=page.review is not None)

    assert _run(qapp, ["--db", str(first)], [choose, look]) == 7
    assert "不是红花榜的数据文件" in messages.of("error")[0] and "当前店铺没有关闭" in messages.of("error")[0]
    assert seen["busy"] and not seen["busy_after"]
    assert seen["review"] and "正在更新" not in str(seen["state"])


@pytest.mark.usefixtures("app_settings")  # the list of shop files in this test's folder
def test_a_switch_while_the_awards_page_refreshes_stops_that_work_with_the_old_window(
        qapp, tmp_path, today, messages, monkeypatch):
    """Its thread must not outlive the window deleted with the page (Qt aborts on a QThread destroyed running)."""
    first = tmp_path / "一店.db"
    shop = Shop.open(first, today)
    make_team(shop, tmp_path)
    shop.close()
    second = _shop(tmp_path / "二店.db", "二店", today)
    _answer_open(monkeypatch, second)
    seen: dict[str, object] = {}
    _awards_take_a_moment(monkeypatch)

    def choose(window: MainWindow) -> None:
        window.show_page(AWARDS)
        seen["thread"] = window.current_page().task._thread  # the refresh's own thread, kept past its window
        window.open_shop_file()

    def look(window: MainWindow) -> None:
        seen.update(title=window.windowTitle(), still_running=seen["thread"].isRunning())

    assert _run(qapp, ["--db", str(first)], [choose, look]) == 7
    assert seen["title"] == "红花榜 — 二店" and not seen["still_running"] and messages.of("error") == []


@pytest.mark.usefixtures("app_settings")  # the list of shop files in this test's folder
def test_a_new_shop_made_in_an_english_window_opens_in_english(
        qapp, tmp_path, today, messages, monkeypatch):
    """The new shop's language was the default, Chinese: the owner reading English lost the window's language. The
    shop is still empty, as a first start's: nothing entered, no line in its log (a backup restored into it is not
    another shop's, and it is not backed up as if it held data)."""
    first = _shop(tmp_path / "first.db", "First", today, language="en")
    made = tmp_path / "second.db"
    _answer_save(monkeypatch, made)
    seen: dict[str, object] = {}

    def look(window: MainWindow) -> None:
        seen.update(title=window.windowTitle(), language=window.shop.settings.get(declared.LANGUAGE),
                    holds_entries=window.shop.store.holds_entries())

    try:
        assert _run(qapp, ["--db", str(first)], [lambda window: window.new_shop_file(), look]) == 7
    finally:
        install_translators(qapp, "zh")  # as the other tests expect
    assert seen == {"title": "Honghua — 我的淘宝店", "language": "en", "holds_entries": False}
    assert messages.of("error") == []


@pytest.mark.usefixtures("app_settings")  # the list of shop files in this test's folder
def test_a_new_shop_where_a_locked_shop_was_restored_instead_keeps_its_own_language(
        qapp, tmp_path, today, messages, monkeypatch):
    """新建店铺… where a deleted shop's backups are: the owner restores it instead (its owner PIN set)."""
    from app import backups

    first = _shop(tmp_path / "first.db", "First", today, language="en")
    deleted = _shop(tmp_path / "旧店.db", "旧店", today)
    shop = Shop.open(deleted, today)
    shop.security.set_pin("2468")
    shop.close()
    backups.daily_backup(deleted)
    deleted.unlink()
    _answer_save(monkeypatch, deleted)
    monkeypatch.setattr(errors, "choose", lambda parent, text, title, options: "restore")
    seen: dict[str, object] = {}

    def look(window: MainWindow) -> None:
        seen.update(name=window.shop.settings.get(declared.SHOP_NAME), locked=window.shop.store.locked,
                    language=window.shop.settings.get(declared.LANGUAGE))

    try:
        assert _run(qapp, ["--db", str(first)], [lambda window: window.new_shop_file(), look]) == 7
    finally:
        install_translators(qapp, "zh")  # as the other tests expect
    assert seen == {"name": "旧店", "locked": True, "language": "zh"} and messages.of("error") == []


@pytest.mark.usefixtures("app_settings")  # the list of shop files in this test's folder
def test_a_new_shop_whose_folder_is_gone_before_it_is_made_is_refused(
        qapp, tmp_path, today, messages, monkeypatch):
    """The folder chosen for a new shop (on a USB stick) was gone when the file was made: it was made again, and the
    new shop with it, where the stick had been."""
    first = _shop(tmp_path / "一店.db", "一店", today)
    stick = tmp_path / "U盘"
    stick.mkdir()
    _answer_save(monkeypatch, stick / "新店.db")
    _pulled_before_opening(monkeypatch, stick.rmdir)
    seen: dict[str, object] = {}

    @same_window
    def look(window: MainWindow) -> None:
        seen["title"] = window.windowTitle()

    assert _run(qapp, ["--db", str(first)], [lambda window: window.new_shop_file(), look]) == 7
    assert seen["title"] == "红花榜 — 一店" and not stick.exists()
    [said] = messages.of("error")
    assert str(stick) in said and "当前店铺没有关闭" in said


@pytest.mark.usefixtures("app_settings")  # the list of shop files in this test's folder
def test_a_backup_chosen_in_open_shop_file_is_not_opened_as_a_shop(qapp, tmp_path, today, messages, monkeypatch):
    """The dialog starts beside the backups folder: a backup opened as a shop was written to, and its edits lost
    when the shop's backups were next rotated."""
    from app import backups

    first = _shop(tmp_path / "一店.db", "一店", today)
    backup = backups.daily_backup(first).info.path
    before = backup.read_bytes()
    _answer_open(monkeypatch, backup)
    seen: dict[str, object] = {}

    @same_window
    def look(window: MainWindow) -> None:
        seen["path"] = window.shop.store.path

    assert _run(qapp, ["--db", str(first)], [lambda window: window.open_shop_file(), look]) == 7
    assert seen["path"] == first and backup.read_bytes() == before
    [said] = messages.of("error")
    assert str(backup) in said and str(first) in said and "恢复所选备份" in said and "当前店铺没有关闭" in said
    assert shop_files.recent(QSettings())[0] == first


@pytest.mark.usefixtures("app_settings")  # the list of shop files in this test's folder
def test_a_restore_from_the_window_reopens_it_on_the_backups_data_as_a_switch_reopens_it(
        qapp, tmp_path, today, messages):
    """The window a restore ends is closed as a switch closes it (its check waited for, its state saved, not asked
    about edits again), and the window made anew shows the shop as the backup has it."""
    from app import backups

    path = _shop(tmp_path / "一店.db", "一店", today)
    source = backups.backup_path(path, "manual").info.path
    shop = Shop.open(path, today)
    shop.settings.set(declared.SHOP_NAME, "改过的名字")
    shop.close()
    seen: dict[str, object] = {}

    def look(window: MainWindow) -> None:
        seen.update(title=window.windowTitle(), page=window.current_index())

    assert _run(qapp, ["--db", str(path)], [lambda window: backup_guard.request_restore(source), look]) == 7
    assert seen == {"title": "红花榜 — 一店", "page": page_index("settings")}
    [said] = messages.of("info")
    assert str(source) in said


@pytest.mark.usefixtures("app_settings")  # the list of shop files in this test's folder
def test_a_shop_in_a_folder_that_cannot_be_written_is_refused_keeping_the_current_one(
        qapp, tmp_path, today, messages, monkeypatch, mount_tmpfs):  # noqa: F811
    """A shop on a write-protected stick chosen in 文件 → 打开 was refused under 「出错了」, without saying that the
    shop open before stays open."""
    first = _shop(tmp_path / "一店.db", "一店", today)
    stick = mount_tmpfs("4m")
    _shop(stick / "二店.db", "二店", today)
    subprocess.run(["mount", "-o", "remount,ro", str(stick)], check=True)
    _answer_open(monkeypatch, stick / "二店.db")
    seen: dict[str, object] = {}

    @same_window
    def look(window: MainWindow) -> None:
        seen["title"] = window.windowTitle()

    assert _run(qapp, ["--db", str(first)], [lambda window: window.open_shop_file(), look]) == 7
    assert seen["title"] == "红花榜 — 一店"
    [(title, said)] = [(title, text) for kind, title, text in messages.shown if kind == "error"]
    assert title == "无法打开数据文件"
    assert str(stick) in said and "复制到可以写入的文件夹" in said and "当前店铺没有关闭" in said


@pytest.mark.usefixtures("app_settings")  # the list of shop files in this test's folder
def test_a_kill_while_a_shop_chosen_is_refused_ends_the_program(qapp, tmp_path, today, messages, monkeypatch):
    """A kill while 无法打开数据文件 was shown closed the box and the window, and the loop was started again with no
    window to end it: the program stayed, its lock saying the shop was still open."""
    from ui.main import TERMINATING, close_without_asking

    first = _shop(tmp_path / "一店.db", "一店", today)
    stick = _shop(tmp_path / "U盘" / "店铺.db", "U盘的店", today)
    _answer_open(monkeypatch, stick)
    _pulled_before_opening(monkeypatch, lambda: shutil.rmtree(stick.parent))

    def killed_while_shown(kind: str, title: str, text: str) -> bool:  # as the signal's handler, in the box's loop
        close_without_asking(qapp)
        return messages(kind, title, text)

    monkeypatch.setattr(errors, "handler", killed_while_shown)
    loops = []
    real_exec = qapp.exec
    monkeypatch.setattr(qapp, "exec", lambda: loops.append(1) or real_exec())
    try:
        assert _run(qapp, ["--db", str(first)], [lambda window: window.open_shop_file()]) == 0
    finally:
        qapp.setProperty(TERMINATING, False)
        # the windows closed after the loop ended: Qt's quit came with no loop running, which leaves every later
        # event loop of this process returning at once (the next tests' waits) until the application's loop runs
        QTimer.singleShot(0, qapp.quit)
        real_exec()
    assert len(loops) == 1 and "当前店铺没有关闭" in messages.of("error")[0]
