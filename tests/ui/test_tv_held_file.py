"""The office TV refreshing while another program holds the shop file (a scheduled import writing out its changes
in rollback-journal mode, where a writer keeps even readers out): nobody stands at the TV to answer a message, so
it keeps showing what it read last, says since when, and reads again at the next refresh. Its painting reads
nothing from the file: a paint during the wait (the window's wait lets it paint) raised the busy error."""

import test_keyboard
from board_support import make_board_shop

import ui.write_wait
from ui.tv_mode import TvWindow


def test_a_refresh_kept_out_keeps_the_screen_and_says_so(make_window, shop, qtbot, other_program, messages,
                                                         monkeypatch):
    make_board_shop(shop)
    window = test_keyboard.shown_window(make_window, qtbot)  # the TV's reads wait for a writer as the window's do
    qtbot.waitUntil(lambda: window.current_page().chart.canvas is not None)  # the board's own reads are done
    tv = TvWindow(shop)
    qtbot.addWidget(tv)
    tv.resize(1280, 720)
    tv.show()
    qtbot.waitExposed(tv)
    rows = [(row.staff.name, row.line.value) for row in tv.rows]
    assert shop.store.db.execute("PRAGMA journal_mode = DELETE").fetchone()[0] == "delete"
    monkeypatch.setattr(ui.write_wait, "LIMIT_S", 1)  # ten minutes in use
    other_program.execute("BEGIN EXCLUSIVE")
    other_program.execute("UPDATE daily_value SET value = value + 1")
    tv.reload()
    assert "数据文件暂时读不到" in tv.note_text() and "稍后自动再试" in tv.note_text()
    tv.grab()  # painted while the file is still held
    assert [(row.staff.name, row.line.value) for row in tv.rows] == rows
    assert not messages.of("error") and tv.isVisible()
    other_program.execute("COMMIT")
    tv.reload()
    assert "数据文件" not in tv.note_text()
    assert [row.line.value for row in tv.rows] == [value + 19 for _name, value in rows]  # each of its 19 days


def test_a_screen_kept_past_midnight_says_the_day_it_was_read(shop, qtbot, monkeypatch):
    """Kept out from 23:58 into the next morning, the line said 「23:58 读到的数据」 as if read that night."""
    from datetime import datetime

    import ui.tv_mode
    from app.errors import StoreError

    make_board_shop(shop)
    tv = TvWindow(shop)
    qtbot.addWidget(tv)

    class Clock(datetime):
        at = datetime(2026, 10, 19, 23, 58)

        @classmethod
        def now(cls, tz=None):
            return cls.at

    monkeypatch.setattr(ui.tv_mode, "datetime", Clock)
    tv.reload()
    monkeypatch.setattr(tv, "read_month", lambda: (_ for _ in ()).throw(StoreError("读不到")))
    tv.reload()
    assert "显示的是 23:58 读到的数据" in tv.note_text()
    Clock.at = datetime(2026, 10, 20, 9, 0)
    assert "显示的是 2026年10月19日 23:58 读到的数据" in tv.note_text()


def _tv_on_a_held_file(make_window, shop, qtbot, other_program):
    """The TV opened from the board over the main window; another program then commits a change (so the next
    refresh must read the file) and holds the file while it writes another, in rollback-journal mode."""
    make_board_shop(shop)
    window = test_keyboard.shown_window(make_window, qtbot)
    page = window.current_page()
    qtbot.waitUntil(lambda: page.chart.canvas is not None)
    page.open_tv()
    tv = page.tv
    qtbot.waitExposed(tv)
    assert shop.store.db.execute("PRAGMA journal_mode = DELETE").fetchone()[0] == "delete"
    other_program.execute("UPDATE daily_value SET value = value + 1")
    other_program.execute("BEGIN EXCLUSIVE")
    other_program.execute("UPDATE daily_value SET value = value + 1")
    return window, page, tv


def test_esc_leaves_the_tv_while_its_refresh_waits_for_the_file(make_window, shop, qtbot, other_program, messages):
    """Nobody stands at the TV to answer the window's 「正在等待写入」 notice: it took the TV's keys (Esc cancelled
    it and an error box followed, the TV stayed), and the TV closed under its own waiting refresh crashed."""
    from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QProgressDialog

    window, page, tv = _tv_on_a_held_file(make_window, shop, qtbot, other_program)
    notices = []
    QTimer.singleShot(800, lambda: notices.extend(w for w in QApplication.topLevelWidgets()
                                                  if isinstance(w, QProgressDialog) and w.isVisible()))
    QTimer.singleShot(1000, lambda: QTest.keyClick(QApplication.activeModalWidget() or tv, Qt.Key.Key_Escape))
    with qtbot.captureExceptions() as raised:
        tv.refresh_timer.timeout.emit()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not notices and not raised and not messages.of("error")
    assert page.tv is None  # left, and gone
    assert not window.write_wait.unattended  # the owner's own waits show their notice again


def test_a_file_held_longer_than_the_tv_waits_is_said_on_the_tv_not_in_a_box(make_window, shop, qtbot, other_program,
                                                                            messages, monkeypatch):
    monkeypatch.setattr(ui.write_wait, "UNATTENDED_LIMIT_S", 1, raising=False)
    monkeypatch.setattr(ui.write_wait, "LIMIT_S", 2)  # ten minutes in use
    window, _page, tv = _tv_on_a_held_file(make_window, shop, qtbot, other_program)
    values = [row.line.value for row in tv.rows]
    assert window.check_for_changes() is False  # the window's poll: given up unsaid, tried again at the next
    tv.reload()
    assert "数据文件暂时读不到" in tv.note_text() and [row.line.value for row in tv.rows] == values
    assert not messages.of("error") and tv.isVisible()
    other_program.execute("COMMIT")
    window.check_for_changes()
    tv.reload()
    assert "数据文件" not in tv.note_text()
    assert [row.line.value for row in tv.rows] == [value + 2 * 19 for value in values]  # both changes, 19 days each


def test_the_tv_on_a_screen_of_its_own_leaves_the_windows_saves_waiting_as_they_do(make_window, shop, qtbot,
                                                                                    monkeypatch):
    """The office TV on the second screen, the owner at the laptop: a save made there meanwhile still waits for a
    scheduled import with its notice and 取消, not 5 seconds and an error as a wait nobody would answer."""
    make_board_shop(shop)
    window = test_keyboard.shown_window(make_window, qtbot)
    page = window.current_page()
    page.open_tv()
    assert window.write_wait.unattended  # over the window, on its one screen
    elsewhere = object()
    monkeypatch.setattr(page.tv, "screen", lambda: elsewhere)
    page.tv.show_full_screen()
    assert not window.write_wait.unattended


def test_the_tv_on_a_screen_of_its_own_keeps_the_owners_clicks_out_of_its_wait(make_window, shop, qtbot,
                                                                               other_program, monkeypatch):
    """The office TV on the second screen waits for a held file, the owner at the laptop: a click or a key there
    meanwhile ran inside the TV's wait, so the save it made waited as the TV's refresh does — 5 seconds with no
    notice, then an error — not with the window's notice and 取消. The owner's input waits for the TV's read
    instead (5 s at most, the busy cursor on), as it waits for the window's own writes."""
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    monkeypatch.setattr(ui.write_wait, "UNATTENDED_LIMIT_S", 1)
    window, _page, tv = _tv_on_a_held_file(make_window, shop, qtbot, other_program)
    elsewhere = object()
    monkeypatch.setattr(tv, "screen", lambda: elsewhere)
    tv.show_full_screen()
    assert not window.write_wait.unattended
    steps, cursors = [], []

    class Events:  # the application as ui.write_wait sees it, each step of a wait noted
        def __getattr__(self, name):
            return getattr(QApplication, name)

        @staticmethod
        def processEvents(*flags):
            steps.append(flags)
            cursors.append(QApplication.overrideCursor() is not None)
            QApplication.processEvents(*flags)

    monkeypatch.setattr(ui.write_wait, "QApplication", Events())
    tv.reload()
    assert "数据文件暂时读不到" in tv.note_text()
    no_input = QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents
    assert steps and all(flags and flags[0] & no_input for flags in steps)  # no click began a save in the wait
    assert all(cursors) and QApplication.overrideCursor() is None  # busy meanwhile, and only meanwhile
    assert shop.store.waits_with(window.write_wait)  # a save now waits as the window's own


def test_a_tv_hidden_while_its_refresh_waits_leaves_the_windows_waits_as_they_were(make_window, shop, qtbot,
                                                                                 other_program, monkeypatch):
    """Hidden (not closed) while its refresh waited for the file, the TV left the window's waits quiet and short:
    a save at the window then gave up after 5 s with an error instead of waiting with its notice and 取消."""
    from PySide6.QtCore import QTimer

    monkeypatch.setattr(ui.write_wait, "UNATTENDED_LIMIT_S", 1)
    window, _page, tv = _tv_on_a_held_file(make_window, shop, qtbot, other_program)
    assert window.write_wait.unattended
    QTimer.singleShot(300, tv.hide)
    tv.reload()
    assert not tv.isVisible() and not window.write_wait.unattended
    tv.show()
    assert window.write_wait.unattended  # back over the window


def test_the_window_closed_while_the_tvs_refresh_waits_leaves_no_waiter_of_its_own(make_window, shop, qtbot,
                                                                                  other_program, monkeypatch):
    """The window closed (the close of its title bar, on the laptop's screen) while the TV's refresh waited: the
    refresh's end put the closed window's wait back on the shop's connection, whose next write would have put up
    its notice over a window that is gone. The window's closing hands the connection back to SQLite's own wait."""
    from PySide6.QtCore import QTimer

    monkeypatch.setattr(ui.write_wait, "UNATTENDED_LIMIT_S", 1)
    window, _page, tv = _tv_on_a_held_file(make_window, shop, qtbot, other_program)
    QTimer.singleShot(300, window.close)
    tv.reload()
    assert not window.isVisible() and tv.left
    assert shop.store.waits_with(None)
