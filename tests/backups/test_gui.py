"""The window: 设置 → 备份与恢复, the check after the first paint, and restore reopening the window."""

from __future__ import annotations

import time
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from app import backups
from app.domain import StaffDraft
from app.errors import StoreError
from app.shop import Shop
from ui.main import install_translators
from ui.main_window import MainWindow
from ui.widgets import backup_guard

from .conftest import TODAY, damage, dump, moments_today

pytestmark = pytest.mark.usefixtures("qapp")


@pytest.fixture
def messages(monkeypatch):
    from tests.ui.conftest import Messages
    from ui import errors

    recorder = Messages()
    monkeypatch.setattr(errors, "handler", recorder)
    return recorder


@pytest.fixture
def restarts(monkeypatch):
    """Requests to restart the window (instead of ending the test's event loop)."""
    asked: list[int] = []
    monkeypatch.setattr(backup_guard, "restart", lambda: asked.append(1))
    yield asked
    backup_guard.take_pending_restore()


@pytest.fixture
def opened(demo_db):
    shop = Shop.open(demo_db, TODAY)
    yield shop
    shop.close()


def _window(qtbot, shop, tmp_path):
    from PySide6.QtCore import QSettings

    window = MainWindow(shop, settings=QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    return window


def test_settings_tab_backs_up_lists_and_restores(qtbot, opened, messages, restarts, tmp_path):
    from ui.pages.settings import SettingsPage

    page = SettingsPage(opened)
    qtbot.addWidget(page)
    titles = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert "备份与恢复" in titles
    page.tabs.setCurrentIndex(titles.index("备份与恢复"))
    panel = page.backup_panel
    assert panel.table.rowCount() == 0 and not panel.restore_button.isEnabled()
    task = panel.back_up_now()
    qtbot.waitUntil(lambda: not task.running and panel.table.rowCount() == 1, timeout=10_000)
    assert "已备份到" in messages.of("info")[-1]
    assert panel.table.item(0, 1).text() == "手动" and "KB" in panel.table.item(0, 2).text()
    made = backups.list_backups(opened.store.path)[0].created
    shown = f"{made.year}年{made.month}月{made.day}日 {made:%H:%M}"  # as the window writes times, not 2026-11-28 00:02:01
    assert panel.table.item(0, 0).text() == shown
    (tmp_path / "usb").mkdir()  # a folder the file dialog picked: there
    panel.choose_target = lambda: tmp_path / "usb" / "copy.db"
    task = panel.back_up_to()
    qtbot.waitUntil(lambda: not task.running and len(messages.of("info")) == 2, timeout=10_000)
    assert (tmp_path / "usb" / "copy.db").exists()
    panel.table.selectRow(0)
    assert panel.restore_button.isEnabled()
    page.resize(1000, 600)
    shots = Path(__file__).resolve().parents[1] / "artifacts" / "screens"
    shots.mkdir(parents=True, exist_ok=True)
    assert page.grab().save(str(shots / "settings-backups.png"))
    messages.answer = False
    assert not panel.restore_selected() and restarts == []
    assert messages.of("confirm")[-1].startswith(f"用 {shown} 的手动备份替换当前的全部数据吗？")  # no space before 替换
    install_translators(QApplication.instance(), "en")
    try:
        assert not panel.restore_selected()
        assert messages.of("confirm")[-1].startswith('Replace all current data with the "manual" backup of ')  # the kind quoted
    finally:
        install_translators(QApplication.instance(), "zh")
    messages.answer = True
    assert panel.restore_selected() and restarts == [1]
    assert backup_guard.take_pending_restore() == backups.list_backups(opened.store.path)[0].path
    panel.keep_spins["backup_keep_daily"].setValue(3)
    assert panel.save_keep()
    from app import settings as declared

    assert opened.settings.get(declared.BACKUP_KEEP_DAILY) == 3


def test_saving_the_kept_backups_says_so_and_is_in_the_audit_log(qtbot, opened, messages):
    from app import settings as declared
    from ui.widgets.backup_panel import BackupPanel

    panel = BackupPanel(opened)
    qtbot.addWidget(panel)
    panel.refresh()
    panel.keep_spins["backup_keep_weekly"].setValue(2)
    assert panel.save_keep()
    assert opened.settings.get(declared.BACKUP_KEEP_WEEKLY) == 2
    assert messages.of("info") == ["已保存保留份数，下次备份时按新的份数清理旧备份。"]
    assert [e.summary for e in opened.store.audit.recent(action_prefix="setting.set")] == [
        "设置「按周保留的备份份数」：4 → 2"]


def test_a_copy_elsewhere_is_suggested_with_its_date(qtbot, opened):
    """The same name every time made each copy on the USB stick replace the one before."""
    from ui.widgets.backup_panel import BackupPanel

    panel = BackupPanel(opened)
    qtbot.addWidget(panel)
    assert panel.suggested_copy_name(date(2026, 10, 20)) == "shop-备份-20261020.db"
    assert panel.suggested_copy_name(date(2026, 10, 27)) != panel.suggested_copy_name(date(2026, 10, 20))


def test_a_file_that_cannot_be_restored_is_refused_before_asking(qtbot, opened, messages, restarts, tmp_path):
    from ui.widgets.backup_panel import BackupPanel

    panel = BackupPanel(opened)
    qtbot.addWidget(panel)
    bad = tmp_path / "not-a-shop.db"
    bad.write_text("hello", encoding="utf-8")
    panel.choose_source = lambda: bad
    assert not panel.restore_from_file()
    assert restarts == [] and messages.of("confirm") == [] and str(bad) in messages.of("error")[0]


def test_the_open_data_file_is_refused_before_asking(qtbot, opened, messages, restarts, tmp_path):
    """从文件恢复… with the shop's own file used to ask "用 …/shop.db 替换当前的全部数据吗？" and fail only after
    the window had closed; it is refused at once, with the command line's message."""
    from ui.widgets.backup_panel import BackupPanel

    panel = BackupPanel(opened)
    qtbot.addWidget(panel)
    link = tmp_path / "link-to-shop.db"
    link.symlink_to(opened.store.path)
    (tmp_path / "sub").mkdir()
    for chosen in (opened.store.path, tmp_path / "sub" / ".." / opened.store.path.name, link):
        panel.choose_source = lambda chosen=chosen: chosen
        assert not panel.restore_from_file()
        assert restarts == [] and messages.of("confirm") == []
        assert messages.of("error")[-1] == f"{chosen} 就是当前的数据文件，不能用它自己来恢复"
    assert backup_guard.take_pending_restore() is None


def test_after_the_first_paint_a_sound_file_gets_its_daily_backup(qtbot, opened, messages, tmp_path):
    window = _window(qtbot, opened, tmp_path)
    guard = backup_guard.StartupGuard(window, opened)
    with qtbot.waitSignal(guard.done, timeout=10_000) as signal:
        window.show()
    outcome = signal.args[0]
    guard.wait()
    assert outcome.problems == [] and outcome.backup.info.kind == "daily"
    assert "已自动备份" in window.statusBar().currentMessage()
    window.stop_polling()


def test_the_days_backup_says_when_the_computers_clock_is_behind_the_newest_backup(qtbot, opened, messages, tmp_path):
    """A clock reset by a power cut: the day's backup is named after the newest one, and the owner is told to set the
    clock right (the window said nothing of a daily backup's warnings)."""
    from app.backups import files

    future = files.new_path(opened.store.path, "daily", datetime.now() + timedelta(days=400))
    future.parent.mkdir(exist_ok=True)
    future.write_bytes(Path(opened.store.path).read_bytes())
    window = _window(qtbot, opened, tmp_path)
    guard = backup_guard.StartupGuard(window, opened)
    with qtbot.waitSignal(guard.done, timeout=10_000) as signal:
        window.show()
    guard.wait()
    assert files.list_backups(opened.store.path)[0].path == signal.args[0].backup.info.path
    assert any("电脑的时间" in text for text in messages.of("info")), messages.shown
    window.stop_polling()


def test_a_window_left_open_past_midnight_makes_the_new_days_backup(qtbot, opened, messages, tmp_path, monkeypatch):
    """A shop PC that is never switched off: the day's backup must not wait for the next start."""
    from app.backups import making

    window = _window(qtbot, opened, tmp_path)
    guard = backup_guard.StartupGuard(window, opened)
    with qtbot.waitSignal(guard.done, timeout=10_000):
        window.show()
    guard.wait()
    assert guard.new_day_timer.isActive()
    guard.check_on_a_new_day()  # still the same day: nothing to do
    guard.wait()
    assert [b.kind for b in backups.list_backups(opened.store.path)] == ["daily"]

    tomorrow = datetime.now() + timedelta(days=1)

    class Tomorrow(datetime):
        @classmethod
        def now(cls, tz=None):
            return tomorrow

    class TomorrowsDate(date):
        @classmethod
        def today(cls):
            return tomorrow.date()

    monkeypatch.setattr(making, "datetime", Tomorrow)
    monkeypatch.setattr(backup_guard, "date", TomorrowsDate)
    with qtbot.waitSignal(guard.done, timeout=10_000) as signal:
        guard.check_on_a_new_day()
    guard.wait()
    assert signal.args[0].backup.info.created.date() == tomorrow.date()
    assert [(b.kind, b.created.date()) for b in backups.list_backups(opened.store.path)] == [
        ("daily", tomorrow.date()), ("daily", date.today())]
    assert "已自动备份" in window.statusBar().currentMessage()
    assert guard.new_day_timer.isActive() and messages.shown == []
    window.stop_polling()


def test_a_damaged_file_becomes_read_only_and_the_newest_good_backup_is_offered(
        qtbot, demo_db, messages, restarts, tmp_path):
    good = backups.backup_path(demo_db, "manual").info.path
    damage(demo_db)
    shop = Shop.open(demo_db, TODAY)  # the schema is readable: the window opens, the check finds the damage
    try:
        window = _window(qtbot, shop, tmp_path)
        guard = backup_guard.StartupGuard(window, shop)
        with qtbot.waitSignal(guard.done, timeout=10_000):
            window.show()
        guard.wait()
        [offer] = messages.of("confirm")
        assert good.name in offer and "已损坏" in offer
        assert restarts == [1] and backup_guard.take_pending_restore() == good
        with pytest.raises(StoreError) as caught:
            shop.staff.add(StaffDraft("不应写入"))
        assert "只能查看" in caught.value.message
        window.stop_polling()
    finally:
        shop.close()


def test_restore_reopens_the_window_on_the_restored_data(qapp, demo_db, messages, monkeypatch):
    from ui.main import parse_args, run

    saved = backups.backup_path(demo_db, "manual").info.path
    expected = dump(saved)
    shop = Shop.open(demo_db, TODAY)
    shop.staff.add(StaffDraft("恢复后应消失"))
    shop.close()
    real_reopen = backup_guard.reopen_after_restore
    reopened, tabs_shown = [], []

    def shown_tab() -> None:  # the reopened window's 设置 tab: where the owner restored, not 店铺
        window = next(w for w in qapp.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())
        tabs_shown.append(window.current_page().tabs.tabText(window.current_page().tabs.currentIndex()))

    def reopen(*args):
        result = real_reopen(*args)
        reopened.append(result[0])
        QTimer.singleShot(300, shown_tab)
        QTimer.singleShot(500, lambda: qapp.exit(7))  # the reopened window runs until we end it
        return result

    monkeypatch.setattr(backup_guard, "reopen_after_restore", reopen)
    QTimer.singleShot(300, lambda: backup_guard.request_restore(saved))
    code = run(qapp, parse_args(["--db", str(demo_db), "--today", "2026-10-20"]), time.perf_counter())
    assert code == 7 and len(reopened) == 1
    assert tabs_shown == ["备份与恢复"]
    assert any("已从" in text and "恢复数据" in text for text in messages.of("info"))
    after = dump(demo_db)
    assert {k: v for k, v in after.items() if k != "audit"} == {k: v for k, v in expected.items() if k != "audit"}
    assert not demo_db.with_name("shop.db.lock").exists()


def test_an_unreadable_file_is_restored_from_the_newest_good_backup_on_open(demo_db, messages):
    from ui.main import main

    good = backups.backup_path(demo_db, "manual").info.path
    data = bytearray(demo_db.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # the schema page itself: the file cannot be read at all
    demo_db.write_bytes(bytes(data))
    assert main(["--db", str(demo_db), "--exit-after-startup"]) == 0
    assert good.name in messages.of("confirm")[0]
    after, expected = dump(demo_db), dump(good)
    assert backups.health(demo_db).ok and after["staff"] == expected["staff"]
    assert len(after["audit"]) == len(expected["audit"]) + 1  # the restore itself is in the log
    assert sorted(b.kind for b in backups.list_backups(demo_db)) == ["damaged", "manual"]
    # once the window is up it says so, as after a restore in 设置 (it opened without a word, the damaged file's
    # place unsaid), and shows the list of backups where that file is
    [damaged] = [b.path for b in backups.list_backups(demo_db) if b.kind == "damaged"]
    [said] = messages.of("info")
    assert said.startswith(f"已从 {good} 恢复数据。") and f"恢复前的数据保存在 {damaged}" in said


def test_a_backup_kept_out_by_a_rollback_journal_writer_says_so_and_is_cancelled_leaving_no_file(
        qtbot, opened, messages, monkeypatch):
    """A shop where WAL cannot work: another program writing out its changes keeps the backup's reading out.
    立即备份 waited for it for ever, its 取消 unheard; now its progress says it waits, and 取消 ends it."""
    import sqlite3

    from PySide6.QtWidgets import QPushButton

    from app.store import maintenance
    from ui.widgets.backup_panel import BackupPanel
    from ui.write_wait import task_notice

    monkeypatch.setattr(maintenance, "BUSY_TIMEOUT_MS", 300)  # the first try, before the steps: 5 s in use
    assert opened.store.db.execute("PRAGMA journal_mode = DELETE").fetchone()[0] == "delete"
    panel = BackupPanel(opened)
    qtbot.addWidget(panel)
    other = sqlite3.connect(opened.store.path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        task = panel.back_up_now()
        qtbot.waitUntil(lambda: task.dialog.isVisible() and task.dialog.labelText() == task_notice(), timeout=10_000)
        task.dialog.findChild(QPushButton).click()
        qtbot.waitUntil(lambda: not task.running, timeout=10_000)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert backups.list_backups(opened.store.path) == [] and list((opened.store.path.parent / "backups").glob("*")) == []
    assert messages.of("error") == [] and messages.of("info") == []


def test_backing_up_now_while_locked_deletes_no_old_backup(qtbot, opened, messages):
    """立即备份 on a shop locked by its owner PIN made the backup and deleted the old ones its rotation no longer
    keeps, without the PIN: deleting is a change. As on the command line, the old ones now stay until unlocked."""
    from app import settings as declared
    from ui.widgets.backup_panel import BackupPanel

    opened.settings.set_many([(declared.BACKUP_KEEP_LAST, 1), (declared.BACKUP_KEEP_DAILY, 0),
                              (declared.BACKUP_KEEP_WEEKLY, 0), (declared.BACKUP_KEEP_MONTHLY, 0)])
    opened.security.set_pin("2468")
    opened.store.locked = True  # as the window opens a shop with a PIN
    for _ in range(2):
        backups.backup_path(opened.store.path, "manual", rotate_old=False)
    panel = BackupPanel(opened)
    qtbot.addWidget(panel)
    task = panel.back_up_now()
    qtbot.waitUntil(lambda: not task.running and len(messages.of("info")) == 1, timeout=10_000)
    assert len(backups.list_backups(opened.store.path)) == 3
    assert "旧备份没有按保留份数删除" in messages.of("info")[-1]
    opened.security.unlock("2468")
    task = panel.back_up_now()
    qtbot.waitUntil(lambda: not task.running and len(messages.of("info")) == 2, timeout=10_000)
    assert len(backups.list_backups(opened.store.path)) == 1 and "只读" not in messages.of("info")[-1]


def test_a_copy_to_a_usb_stick_pulled_meanwhile_is_refused_not_made_on_this_disk(qtbot, opened, messages, tmp_path):
    """The folder picked in 备份到其他位置… was made again when the stick had been pulled, and the owner was told
    "已备份到 …" of a copy that sat on this computer's own disk."""
    from ui.widgets.backup_panel import BackupPanel

    panel = BackupPanel(opened)
    qtbot.addWidget(panel)
    stick = tmp_path / "U 盘" / "店铺 备份"
    panel.choose_target = lambda: stick / "小橙子-备份-20261020.db"
    task = panel.back_up_to()
    qtbot.waitUntil(lambda: not task.running, timeout=10_000)
    [error] = messages.of("error")
    assert str(stick) in error and "U 盘可能已拔出" in error and "数据文件没有被修改" in error
    assert messages.of("info") == [] and not (tmp_path / "U 盘").exists()


def test_the_days_backup_made_while_the_list_is_open_is_listed(qtbot, opened, messages, tmp_path):
    """The window opened on 设置 → 备份与恢复 said 已自动备份到 … in its status bar while the list stayed empty."""
    from PySide6.QtCore import QSettings

    window = MainWindow(opened, start_page="settings",
                        settings=QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    page = window.current_page()
    page.show_backups()
    guard = backup_guard.StartupGuard(window, opened)
    with qtbot.waitSignal(guard.done, timeout=10_000):
        window.show()
    guard.wait()
    table = page.backup_panel.table
    assert [table.item(r, 1).text() for r in range(table.rowCount())] == ["每日自动"]
    assert table.item(0, 3).text() == backups.list_backups(opened.store.path)[0].path.name
    window.stop_polling()


def test_lower_kept_counts_say_how_many_backups_the_next_backup_deletes_before_saving(qtbot, opened, messages):
    """Saving 最近 1 said only 下次备份时按新的份数清理旧备份: the next backup then deleted all five of today's."""
    from app import settings as declared
    from ui.widgets.backup_panel import BackupPanel

    for moment in moments_today(5):
        backups.backup_path(opened.store.path, "manual", moment)
    panel = BackupPanel(opened)
    qtbot.addWidget(panel)
    panel.refresh()
    panel.keep_spins["backup_keep_daily"].setValue(3)  # keeps all five still: saved without a question
    assert panel.save_keep() and messages.of("confirm") == []
    panel.keep_spins["backup_keep_last"].setValue(1)
    messages.answer = False
    assert not panel.save_keep()
    [question] = messages.of("confirm")
    assert question.startswith("按新的保留份数，下次备份时会删除现有的 5 份备份（") and question.endswith("）。保存吗？")
    assert opened.settings.get(declared.BACKUP_KEEP_LAST) == 10 and panel.keep_changed()
    messages.answer = True
    assert panel.save_keep() and opened.settings.get(declared.BACKUP_KEEP_LAST) == 1
    assert len(backups.list_backups(opened.store.path)) == 5  # deleted only by the next backup, as said
    assert len(backups.backup_path(opened.store.path, "manual").deleted) == 5


def test_the_question_before_lower_kept_counts_asks_in_english_to_save_the_numbers(qtbot, qapp, opened, messages):
    """「…deletes 5 existing backups (…). Save them?」 read as saving the backups the numbers delete."""
    from ui.main import install_translators
    from ui.widgets.backup_panel import BackupPanel

    for moment in moments_today(2):
        backups.backup_path(opened.store.path, "manual", moment)
    install_translators(qapp, "en")
    try:
        panel = BackupPanel(opened)
        qtbot.addWidget(panel)
        panel.refresh()
        panel.keep_spins["backup_keep_last"].setValue(1)
        messages.answer = False
        assert not panel.save_keep()
    finally:
        install_translators(qapp, "zh")
    [question] = messages.of("confirm")
    assert question.startswith("With the new numbers, the next backup deletes 2 existing backups (")
    assert question.endswith("). Save the new numbers?")


def test_a_restore_before_the_window_opens_is_said_in_the_restored_shops_language(qapp, demo_db, messages):
    """The message was worded before the shop's language was known: an English window said it in Chinese."""
    from app import settings as declared
    from ui.main import install_translators, main

    shop = Shop.open(demo_db, TODAY)
    shop.settings.set(declared.LANGUAGE, "en")
    shop.close()
    good = backups.backup_path(demo_db, "manual").info.path
    data = bytearray(demo_db.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)
    demo_db.write_bytes(bytes(data))
    try:
        assert main(["--db", str(demo_db), "--exit-after-startup"]) == 0
    finally:
        install_translators(qapp, "zh")
    [said] = messages.of("info")
    assert said.startswith(f"The data was restored from {good}.")


def test_the_days_backup_made_while_the_restore_question_is_open_leaves_the_backup_chosen(
        qtbot, opened, restarts, monkeypatch):
    """The start-up check's thread makes the day's backup after the first paint: finished while the owner read the
    question, its rotation deleted the backup chosen (the oldest kept), and the restore then found no file."""
    from ui import errors
    from ui.widgets.backup_panel import BackupPanel

    from .test_restore_keeps_its_source import _ten_backups

    chosen = _ten_backups(opened.store.path)
    rotated: list[Path] = []

    def answer(kind: str, _title: str, _text: str) -> bool:  # the day's backup, done while the question is shown
        rotated.extend(backups.backup_path(opened.store.path, "daily").deleted)
        return True

    monkeypatch.setattr(errors, "handler", answer)
    panel = BackupPanel(opened)
    qtbot.addWidget(panel)
    monkeypatch.setattr(panel, "choose_source", lambda: chosen)
    assert panel.restore_from_file() and restarts == [1]
    assert chosen.exists() and chosen not in rotated and backup_guard.take_pending_restore() == chosen


def test_the_days_backup_the_closing_window_waits_for_leaves_the_backup_chosen(qapp, demo_db, messages, monkeypatch):
    """The old window's loop ended while its start-up check was still making the day's backup: waited for, its
    rotation deleted the backup about to be restored."""
    from ui.main import parse_args, run

    from .test_restore_keeps_its_source import _ten_backups

    chosen = _ten_backups(demo_db)
    wanted = dump(chosen)["staff"]
    shop = Shop.open(demo_db, TODAY)
    shop.staff.add(StaffDraft("恢复后应消失"))
    shop.close()
    real_close = backup_guard.StartupGuard.close
    made: list[Path] = []

    def close(guard) -> None:  # the first window's thread finishes its backup while the loop's end waits for it
        ours = guard.shop.store.path == demo_db  # not a guard an earlier test's window left to be closed now
        real_close(guard)
        if ours and not made:
            made.append(backups.backup_path(demo_db, "daily").info.path)

    monkeypatch.setattr(backup_guard.StartupGuard, "close", close)
    real_reopen = backup_guard.reopen_after_restore

    there_to_restore: list[bool] = []

    def reopen(*args):
        there_to_restore.append(chosen.exists())  # once restored, the next window's check may rotate it as any
        result = real_reopen(*args)
        QTimer.singleShot(300, lambda: qapp.exit(7))
        return result

    monkeypatch.setattr(backup_guard, "reopen_after_restore", reopen)
    QTimer.singleShot(300, lambda: backup_guard.request_restore(chosen))
    assert run(qapp, parse_args(["--db", str(demo_db), "--today", "2026-10-20"]), time.perf_counter()) == 7
    assert made and messages.of("error") == [] and there_to_restore == [True]
    assert dump(demo_db)["staff"] == wanted


def test_a_shop_file_emptied_by_a_power_cut_is_offered_its_backup_as_emptied_not_as_damaged(demo_db, messages):
    from ui.main import main

    good = backups.backup_path(demo_db, "manual").info.path
    demo_db.write_bytes(b"")  # the PC switched off at the wall before the disk wrote the file
    messages.answer = False
    assert main(["--db", str(demo_db), "--exit-after-startup"]) != 0
    [offer] = messages.of("confirm")
    assert "是空的（0 字节）" in offer and "断电" in offer and good.name in offer
    assert "已损坏" not in offer and "不会再写入" not in offer
    assert demo_db.stat().st_size == 0  # declined: nothing changed


def test_lower_kept_counts_deleting_backups_of_one_minute_name_that_minute_once(qtbot, opened, messages):
    """「（2026年11月28日 23:06 至 2026年11月28日 23:06）」 for backups all made within one minute."""
    from ui.widgets.backup_panel import BackupPanel

    made = moments_today(1)[0].replace(second=0)
    for second in (1, 2, 3):
        backups.backup_path(opened.store.path, "manual", made + timedelta(seconds=second))
    panel = BackupPanel(opened)
    qtbot.addWidget(panel)
    panel.refresh()
    panel.keep_spins["backup_keep_last"].setValue(1)
    panel.keep_spins["backup_keep_daily"].setValue(0)
    messages.answer = False
    assert not panel.save_keep()
    [question] = messages.of("confirm")
    assert question == f"按新的保留份数，下次备份时会删除现有的 3 份备份（{panel._when(panel.backups[0])}）。保存吗？"


def test_backups_of_one_minute_are_listed_and_asked_about_with_their_seconds(qtbot, demo_db, messages, monkeypatch):
    """Two backups of a minute (two imports, 立即备份 clicked twice) read alike as 20:21 in the list and in the restore's
    question, which could not say which one the owner chose: their seconds tell them apart."""
    from ui.widgets.backup_panel import BackupPanel

    monkeypatch.setattr(backup_guard, "request_restore", lambda _source: None)
    made = moments_today(1)[0].replace(second=0)
    shop = Shop.open(demo_db, TODAY)
    try:
        for at in (made + timedelta(seconds=12), made + timedelta(seconds=47), made + timedelta(minutes=2)):
            backups.backup_path(shop.store.path, "import", at)
        panel = BackupPanel(shop)
        qtbot.addWidget(panel)
        panel.refresh()
        shown = [panel.table.item(row, 0).text() for row in range(panel.table.rowCount())]
        assert shown[0].count(":") == 1  # a minute of its own keeps the shorter time
        assert shown[1].endswith(f"{made:%H:%M}:47") and shown[2].endswith(f"{made:%H:%M}:12")
        panel.table.selectRow(2)
        messages.answer = False
        assert not panel.restore_selected()
        [question] = messages.of("confirm")
        assert question.startswith(f"用 {shown[2]} 的导入前备份替换当前的全部数据吗？")
    finally:
        shop.close()
