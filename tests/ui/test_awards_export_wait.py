"""导出发放表…, 全员计算单… and 查看计算单… work out who is paid (or the person's receipt) on a worker, which opens its
own connection to the shop file. Another program holding the whole file (a scheduled import writing out its
changes, in rollback-journal mode where WAL cannot work) kept that worker in SQLite's 5 s busy timeout first: the
progress said nothing of the wait and its 取消 was unheard for those 5 s. Now the wait is said after a moment and
取消 ends it at once, as the page's status run does."""

from __future__ import annotations

import sqlite3
import threading
import time

import pytest
from awards_page_support import make_team, open_page, wait_idle
from PySide6.QtCore import QTimer

import ui.pages.awards_exports
from ui.write_wait import task_notice


@pytest.fixture
def page(qtbot, shop, tmp_path):
    make_team(shop, tmp_path)
    widget = open_page(qtbot, shop)
    wait_idle(qtbot, widget)
    assert shop.store.db.execute("PRAGMA journal_mode = DELETE").fetchone()[0] == "delete"
    yield widget
    wait_idle(qtbot, widget)


def _held_once_started(monkeypatch, name: str, other: sqlite3.Connection) -> None:
    """The worker opens the file only once the other program holds it: the page's own reads are done by then."""
    real = getattr(ui.pages.awards_exports, name)

    def made(*args, **kwargs):
        job = real(*args, **kwargs)
        held = threading.Event()

        def hold() -> None:
            other.execute("BEGIN EXCLUSIVE")
            held.set()

        def started(progress, cancel):
            assert held.wait(10)
            return job(progress, cancel)

        QTimer.singleShot(0, hold)  # from the window's thread, after the page's own reads
        return started

    monkeypatch.setattr(ui.pages.awards_exports, name, made)


@pytest.mark.parametrize("what", ["export_payout", "show_receipt"])
def test_the_wait_is_said_and_cancelled_at_once(qtbot, page, shop, messages, monkeypatch, other_program, tmp_path,
                                                what):
    ended: list[object] = []
    page.exports.ended.connect(ended.append)
    if what == "export_payout":
        _held_once_started(monkeypatch, "paid_work", other_program)
        task = page.export_payout(tmp_path / "out")
    else:
        _held_once_started(monkeypatch, "receipt_work", other_program)
        task = page.show_receipt(shop.staff.list()[0].id)
    assert task is not None
    qtbot.waitUntil(lambda: task.dialog.isVisible() and task.dialog.labelText() == task_notice(), timeout=3000)
    clicked = time.monotonic()
    task.dialog.canceled.emit()  # its 取消
    qtbot.waitUntil(lambda: bool(ended), timeout=10_000)
    assert time.monotonic() - clicked < 1.5  # heard at the wait's next step, not after SQLite's own 5 s
    assert ended == [None] and messages.shown == [] and not page.exporting
    other_program.execute("COMMIT")


def test_the_receipt_windows_pdf_waits_saying_so(qtbot, page, shop, messages, other_program, tmp_path):
    from awards_page_support import SEP

    from ui.dialogs.award_dialogs import ReceiptDialog

    dialog = ReceiptDialog(shop, SEP, shop.staff.list()[0].id)
    qtbot.addWidget(dialog)
    other_program.execute("BEGIN EXCLUSIVE")
    saving = dialog.save_pdf(tmp_path / "甲.pdf")
    assert saving is not None
    qtbot.waitUntil(lambda: saving.dialog.isVisible() and saving.dialog.labelText() == task_notice(), timeout=3000)
    clicked = time.monotonic()
    with qtbot.waitSignal(saving.finished, timeout=10_000):
        saving.dialog.canceled.emit()
    assert time.monotonic() - clicked < 1.5 and not (tmp_path / "甲.pdf").exists() and messages.shown == []
    other_program.execute("COMMIT")
