"""The office TV shows a change within seconds: a figure saved in the window, or written by another program (a
scheduled import), was shown only at the next timed refresh, five minutes later by default. Every few seconds
it asks the file whether anything changed (two counters) and reads the month again only when something did."""

from datetime import date

from board_support import make_board_shop

import ui.tv_mode
from ui.tv_mode import TvWindow


def _tv(shop, qtbot) -> TvWindow:
    make_board_shop(shop)
    tv = TvWindow(shop)
    qtbot.addWidget(tv)
    return tv


def _value_of(tv: TvWindow, name: str) -> int:
    return next(row.line.value for row in tv.rows if row.staff.name == name)


def test_a_figure_saved_in_the_window_is_shown_at_the_next_check(shop, qtbot):
    tv = _tv(shop, qtbot)
    before = _value_of(tv, "小美")
    person = next(p for p in shop.staff.list() if p.name == "小美")
    shop.data.set_value(date(2026, 10, 19), person.id, shop.metrics.get("sales"), 250_000)  # 100,000 before
    tv.reload_if_changed()
    assert _value_of(tv, "小美") == before + 150_000


def test_another_programs_write_is_shown_at_the_next_check(shop, qtbot, other_program):
    tv = _tv(shop, qtbot)
    before = _value_of(tv, "小刚")
    other_program.execute("UPDATE daily_value SET value = value + 1 WHERE metric = 'sales' AND staff_id = "
                          "(SELECT id FROM staff WHERE name = '小刚')")
    tv.reload_if_changed()
    assert _value_of(tv, "小刚") == before + 19  # each of its 19 days


def test_nothing_changed_reads_nothing(shop, qtbot, monkeypatch):
    tv = _tv(shop, qtbot)
    reads = []
    monkeypatch.setattr(tv, "read_month", lambda: reads.append(1))
    for _ in range(3):
        tv.reload_if_changed()
    assert reads == []


def test_the_check_runs_on_a_timer_of_seconds(shop, qtbot):
    tv = _tv(shop, qtbot)
    assert tv.change_timer.isActive() and tv.change_timer.interval() == ui.tv_mode.CHANGE_CHECK_MS <= 15_000
    assert tv.refresh_timer.interval() > tv.change_timer.interval()


def test_no_check_reads_while_the_windows_write_is_under_way(shop, qtbot, monkeypatch):
    tv = _tv(shop, qtbot)
    reads = []
    monkeypatch.setattr(tv, "read_month", lambda: reads.append(1))
    with shop.store.atomic():
        person = next(p for p in shop.staff.list() if p.name == "小美")
        shop.data.set_value(date(2026, 10, 18), person.id, shop.metrics.get("sales"), 1)
        tv.reload_if_changed()  # a write that may still be rolled back
    assert reads == []


def test_the_check_waits_for_no_writer_holding_the_file(shop, qtbot, other_program, monkeypatch):
    """Another program writing out its changes in rollback-journal mode holds even readers out: the check gives
    up at once and asks again later, rather than holding the screen (or the window's keys) in a wait."""
    tv = _tv(shop, qtbot)
    asked = []

    class WindowsWait:  # the window's own wait, which a check must not borrow
        def waiting(self, seconds):
            asked.append(seconds)
            return seconds < 1

        def over(self):
            pass

    shop.store.wait_for_writers_with(WindowsWait())
    assert shop.store.db.execute("PRAGMA journal_mode = DELETE").fetchone()[0] == "delete"
    reads = []
    monkeypatch.setattr(tv, "read_month", lambda: reads.append(1))
    other_program.execute("BEGIN EXCLUSIVE")
    other_program.execute("UPDATE daily_value SET value = value + 1")
    tv.reload_if_changed()
    assert asked == [] and reads == []
    other_program.execute("COMMIT")
    monkeypatch.undo()
    tv.reload_if_changed()  # the next check, the file free: the change is read
    assert _value_of(tv, "小美") == 100_000 * 19 + 19
