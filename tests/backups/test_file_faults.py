"""The shop file failing under the window: a damaged page met while a page reads it is said as the damaged file it
is, with the newest good backup offered, never as a program error to send to technical support."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from app import backups
from app.domain import StaffDraft
from app.errors import StoreError
from app.shop import Shop
from ui import errors
from ui.main_window import MainWindow
from ui.widgets import backup_guard

from .conftest import TODAY

pytestmark = [pytest.mark.usefixtures("qapp"), pytest.mark.qt_no_exception_capture]


@pytest.fixture
def messages(monkeypatch):
    from tests.ui.conftest import Messages

    recorder = Messages(answer=False)
    monkeypatch.setattr(errors, "handler", recorder)
    return recorder


@pytest.fixture
def excepthook():
    """The window's own handler of exceptions escaping a slot, as `ui.main` installs it."""
    previous = errors.install_excepthook()
    yield
    import sys

    sys.excepthook = previous


def damage_daily_values(path: Path) -> None:
    """Overwrite every leaf page of the daily values and their index: the shop opens, the board cannot be read."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    pages = [n for (n,) in conn.execute(
        "SELECT pageno FROM dbstat WHERE name LIKE 'daily_value%' AND pagetype = 'leaf'")]
    conn.close()
    assert pages
    data = bytearray(path.read_bytes())
    for n in pages:
        data[(n - 1) * size + 8:n * size] = b"\xff" * (size - 8)
    path.write_bytes(bytes(data))


def _window(qtbot, shop, tmp_path, start_page: str = "dashboard") -> MainWindow:
    window = MainWindow(shop, start_page=start_page,
                        settings=QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    return window


def _checked(qtbot, window, shop) -> backup_guard.StartupGuard:
    guard = backup_guard.StartupGuard(window, shop)
    with qtbot.waitSignal(guard.done, timeout=10_000):
        window.show()
    return guard


def _said_as_a_crash(messages) -> list[str]:
    return [text for _kind, title, text in messages.shown if title == "程序出错" or "技术支持" in text]


def _corrupt_error(tmp_path) -> sqlite3.DatabaseError:
    """SQLite's own error for a damaged page, as a read of the window's would raise it."""
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.executemany("INSERT INTO t VALUES (?)", [("x" * 500,)] * 50)
    conn.commit()
    conn.close()
    data = bytearray(path.read_bytes())
    data[4096 + 8:] = b"\xff" * (len(data) - 4096 - 8)
    path.write_bytes(bytes(data))
    conn = sqlite3.connect(path)
    try:
        with pytest.raises(sqlite3.DatabaseError) as caught:
            conn.execute("SELECT count(*) FROM t WHERE x > ''").fetchall()
    finally:
        conn.close()
    return caught.value


def test_a_board_drawn_from_a_damaged_file_says_no_crash_and_the_check_offers_the_backup(
        qtbot, demo_db, messages, excepthook, tmp_path):
    good = backups.backup_path(demo_db, "manual").info.path
    damage_daily_values(demo_db)
    shop = Shop.open(demo_db, TODAY)
    try:
        window = _window(qtbot, shop, tmp_path)  # the board reads the daily values at once
        assert _said_as_a_crash(messages) == []
        said = []
        window.statusBar().messageChanged.connect(said.append)
        guard = backup_guard.StartupGuard(window, shop)
        with qtbot.waitSignal(guard.done, timeout=10_000):
            window.show()
            # said once the window is up: shown while its first page was built, it lay over the shop's name
            assert not (window.statusBar().currentMessage() and window.shop_label.isVisible())
        assert "数据文件读不出来，正在检查它…" in said
        [offer] = messages.of("confirm")
        assert good.name in offer and "已损坏" in offer
        assert _said_as_a_crash(messages) == [] and messages.of("error") == []
        window.stop_polling()
    finally:
        shop.close()


def test_damage_met_later_has_the_file_checked_again_and_the_backup_offered(
        qtbot, demo_db, messages, excepthook, tmp_path):
    good = backups.backup_path(demo_db, "manual").info.path
    shop = Shop.open(demo_db, TODAY)
    try:
        window = _window(qtbot, shop, tmp_path)
        guard = _checked(qtbot, window, shop)
        assert messages.shown == []
        damage_daily_values(demo_db)
        corrupt = _corrupt_error(tmp_path)
        with qtbot.waitSignal(guard.done, timeout=10_000):
            errors.show_exception(window, corrupt)  # as the excepthook hands it on
        assert _said_as_a_crash(messages) == []
        [offer] = messages.of("confirm")
        assert good.name in offer and str(demo_db) in offer
        errors.show_exception(window, corrupt)  # known now: said, not checked again
        [said] = messages.of("error")
        assert str(demo_db) in said and "设置 → 备份与恢复" in said
        errors.show_exception(window, corrupt)  # another page read: the status bar says it, no box again
        assert len(messages.of("error")) == 1 and "数据文件已损坏" in window.statusBar().currentMessage()
        window.stop_polling()
    finally:
        shop.close()


def test_a_damaged_read_of_a_file_the_check_finds_sound_says_the_action_did_not_finish(
        qtbot, demo_db, messages, tmp_path):
    shop = Shop.open(demo_db, TODAY)
    try:
        window = _window(qtbot, shop, tmp_path)
        guard = _checked(qtbot, window, shop)
        with qtbot.waitSignal(guard.done, timeout=10_000):
            errors.show_exception(window, _corrupt_error(tmp_path))
        [said] = messages.of("error")
        assert str(demo_db) in said and "没有完成" in said and "没有发现损坏" in said
        assert messages.of("confirm") == [] and _said_as_a_crash(messages) == []
        window.stop_polling()
    finally:
        shop.close()


def test_a_disk_fault_names_the_shop_file_and_what_to_do(qtbot, demo_db, messages, tmp_path):
    shop = Shop.open(demo_db, TODAY)
    try:
        window = _window(qtbot, shop, tmp_path)
        fault = sqlite3.OperationalError("disk I/O error")
        fault.sqlite_errorcode, fault.sqlite_errorname = 10, "SQLITE_IOERR"  # a USB stick pulled
        errors.show_exception(window, fault)
        [said] = messages.of("error")
        assert str(demo_db) in said and "U 盘" in said and "没有完成" in said
        assert _said_as_a_crash(messages) == []
        errors.show_exception(window, ValueError("a bug"))  # anything else is still a crash, logged
        assert len(_said_as_a_crash(messages)) == 1
        window.stop_polling()
    finally:
        shop.close()


def test_a_command_reading_a_damaged_page_names_the_file_and_the_check_to_run(demo_db, capsys):
    from app.cli import main

    backups.backup_path(demo_db, "manual")
    damage_daily_values(demo_db)
    capsys.readouterr()
    assert main(["--db", str(demo_db), "--today", "2026-10-20", "progress", "--month", "2026-10"]) == 1
    said = capsys.readouterr().err.splitlines()[-1]
    assert str(demo_db) in said and "已损坏" in said and "没有完成" in said
    assert f'honghua --db "{demo_db}" check' in said


def test_a_backup_failing_its_check_names_the_shop_file_and_checks_that_file(demo_db, capsys, monkeypatch):
    """The advice was 「请运行「honghua check」」: typed as said, it checked the default shop, not the one named by --db."""
    from app.cli import main
    from app.store import maintenance

    real = maintenance.check_file
    monkeypatch.setattr(maintenance, "check_file", lambda path, **kw: (
        ["On tree page 134 cell 112: Offset 65535 out of range"] if ".honghua.tmp" in Path(path).name
        else real(path, **kw)))
    capsys.readouterr()
    assert main(["--db", str(demo_db), "--today", "2026-10-20", "backup"]) == 1
    said = capsys.readouterr().err
    assert "已删除这份备份" in said and f"数据文件 {demo_db} 可能已损坏" in said
    assert f'honghua --db "{demo_db}" check' in said and "设置 → 备份与恢复" in said
    assert backups.list_backups(demo_db) == []


def test_a_page_that_cannot_be_read_leaves_the_list_on_the_page_still_shown(
        qtbot, demo_db, messages, excepthook, tmp_path):
    shop = Shop.open(demo_db, TODAY)
    try:
        window = _window(qtbot, shop, tmp_path)  # the board, read while the file was sound
        guard = _checked(qtbot, window, shop)
        damage_daily_values(demo_db)
        data = window._index_of("data")
        with qtbot.waitSignal(guard.done, timeout=10_000):  # the file checked again, a backup offered
            window.show_page(data)  # the 数据 page reads the month's values to be built
        assert data not in window.pages
        assert window.current_index() == window._index_of("dashboard")
        assert window.stack.currentWidget() is window.pages[window.current_index()]
        window.stop_polling()
    finally:
        shop.close()


def test_a_start_page_that_cannot_be_read_opens_the_board_and_the_check_offers_the_backup(
        qtbot, demo_db, messages, excepthook, tmp_path):
    """The page left on last cannot be built: the window opened on no page, its check never came, and the start
    ended without a word (the last test here)."""
    good = backups.backup_path(demo_db, "manual").info.path
    damage_daily_values(demo_db)
    shop = Shop.open(demo_db, TODAY)
    try:
        window = _window(qtbot, shop, tmp_path, start_page="data")  # the 数据 page reads the month's values
        assert window.current_index() == window._index_of("dashboard")
        assert window.stack.currentWidget() is window.pages[window.current_index()]
        _checked(qtbot, window, shop)
        [offer] = messages.of("confirm")
        assert good.name in offer and "已损坏" in offer
        assert _said_as_a_crash(messages) == []
        window.stop_polling()
    finally:
        shop.close()


def test_damage_the_check_itself_reads_is_its_finding_not_a_new_check(
        qtbot, demo_db, messages, excepthook, tmp_path, monkeypatch):
    """The check's own failure came back as one more damaged read, which started the check again: hundreds a second."""
    good = backups.backup_path(demo_db, "manual").info.path
    shop = Shop.open(demo_db, TODAY)
    try:
        window = _window(qtbot, shop, tmp_path)
        guard = _checked(qtbot, window, shop)
        corrupt = _corrupt_error(tmp_path)
        backed_up = []

        def damaged_read(*_args, **_kw):  # the shop read past its quick check meets a damaged page
            backed_up.append(1)
            raise corrupt

        monkeypatch.setattr(backups, "daily_backup", damaged_read)
        with qtbot.waitSignal(guard.done, timeout=10_000):
            errors.show_exception(window, corrupt)  # a page's read met damage: the file is checked
        qtbot.wait(300)
        assert len(backed_up) == 1
        [offer] = messages.of("confirm")
        assert good.name in offer and str(demo_db) in offer
        assert _said_as_a_crash(messages) == []
        with pytest.raises(StoreError) as refused:  # read-only now, as for damage the quick check finds
            shop.staff.add(StaffDraft("不再写入"))
        assert "只能查看" in refused.value.message
        window.stop_polling()
    finally:
        shop.close()


def test_a_window_program_start_that_reads_no_page_still_says_so(demo_db, monkeypatch):
    """No page of the file can be read: the start fails outside the event loop, where no check will come. It was
    said as 「正在检查」 in the status bar of a window never shown, and the program ended without a word."""
    from ui import main as window_program
    from ui import main_window

    def unreadable(*_args, **_kw):
        fault = sqlite3.DatabaseError("database disk image is malformed")
        fault.sqlite_errorcode, fault.sqlite_errorname = 11, "SQLITE_CORRUPT"
        raise fault

    said = []
    monkeypatch.setattr(main_window, "build_page", unreadable)
    monkeypatch.setattr(errors, "handler", lambda kind, title, text: said.append((kind, title)) or False)
    try:
        assert window_program.main(["--db", str(demo_db)]) == 1
        assert errors.file_fault is None  # before the window left is closed, which clears it too
    finally:  # the window the failed start left (its shop closed) polls no more in the tests after this one
        from PySide6.QtWidgets import QApplication

        for left in [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]:
            left.stop_polling()
            left.close()
            left.deleteLater()
    assert ("error", "程序出错") in said  # as before the window said the shop file's faults: logged, and said


@pytest.mark.parametrize(("error", "code", "name"), [
    (sqlite3.OperationalError, 5, "SQLITE_BUSY"),  # "database is locked": another program writes, nothing damaged
    (sqlite3.OperationalError, 6, "SQLITE_LOCKED"),
    (sqlite3.IntegrityError, 2067, "SQLITE_CONSTRAINT_UNIQUE"),  # a bug of ours, as "no such table" is
    (sqlite3.OperationalError, 1, "SQLITE_ERROR"),
])
def test_sqlite_errors_that_are_no_file_fault_stay_a_logged_crash(qtbot, demo_db, messages, tmp_path, error, code, name):
    shop = Shop.open(demo_db, TODAY)
    try:
        window = _window(qtbot, shop, tmp_path)
        fault = error("database is locked" if code == 5 else "some failure")
        fault.sqlite_errorcode, fault.sqlite_errorname = code, name
        errors.show_exception(window, fault)
        qtbot.wait(20)  # a check of the file would be said in the status bar by now
        [said] = messages.of("error")
        assert _said_as_a_crash(messages) == [said] and "crash-" in said
        assert window.statusBar().currentMessage() == "" and messages.of("confirm") == []
        window.stop_polling()
    finally:
        shop.close()
