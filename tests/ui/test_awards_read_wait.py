"""The 评奖 page's quiet status run, kept out by another program holding the shop file (a scheduled import writing
out its changes, in rollback-journal mode where WAL cannot work): its worker waits in steps for up to ten minutes
(`ui.write_wait.LIMIT_S`), and the page sat busy with nothing saying why. Now the page's notices say what it waits
for after a moment (not after SQLite's own 5 s busy timeout), with 取消, which ends the wait leaving the page as it
was and says so."""

from __future__ import annotations

import sqlite3
import threading

import pytest
from awards_page_support import SCREENS, computed, make_team, open_page, wait_idle
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

import ui.pages.awards


@pytest.fixture
def page(qtbot, shop, tmp_path):
    make_team(shop, tmp_path)
    widget = open_page(qtbot, shop)
    computed(qtbot, widget)  # September's lines on show
    assert shop.store.db.execute("PRAGMA journal_mode = DELETE").fetchone()[0] == "delete"
    yield widget
    wait_idle(qtbot, widget)


def _read_once_the_file_is_held(monkeypatch, other: sqlite3.Connection) -> None:
    """The status run's worker starts reading only once the other program holds the whole file: the page's own
    reads on the window's thread (before and beside the run) are done by then, as when the import began
    writing a moment after the page was shown."""
    real = ui.pages.awards._work

    def work(*args, **kwargs):
        job = real(*args, **kwargs)
        monkeypatch.setattr(ui.pages.awards, "_work", real)  # once: the next run reads as it comes
        held = threading.Event()

        def hold() -> None:
            other.execute("BEGIN EXCLUSIVE")
            held.set()

        def started(progress, cancel):
            assert held.wait(10)
            return job(progress, cancel)

        ui.pages.awards.QTimer.singleShot(0, hold)  # from the window's thread, after the page's own reads
        return started

    monkeypatch.setattr(ui.pages.awards, "_work", work)


def _said(page) -> str:
    return "\n".join(label.text() for label in page.findChildren(QLabel) if label.isVisible() and label.text())


def _cancel_button(page) -> QPushButton | None:
    shown = [b for b in page.findChildren(QPushButton) if b.isVisible() and b.isEnabled() and b.text() == "取消"]
    return shown[0] if shown else None


def _shown_lines(page) -> list[str]:
    model = page.table.model()
    return [str(model.index(row, 2).data()) for row in range(model.rowCount())]


def test_the_wait_is_said_with_a_cancel_and_goes_on_once_the_file_is_free(qtbot, page, messages, monkeypatch,
                                                                          other_program):
    lines = _shown_lines(page)
    _read_once_the_file_is_held(monkeypatch, other_program)
    page.refresh()
    qtbot.waitUntil(lambda: _cancel_button(page) is not None, timeout=3500)  # not after SQLite's own 5 s
    assert page.busy and "数据文件正被红花榜的另一个命令" in _said(page) and "等它用完就接着更新" in _said(page)
    assert _shown_lines(page) == lines  # what was shown stays meanwhile
    other_program.execute("COMMIT")
    wait_idle(qtbot, page)
    assert _cancel_button(page) is None and "数据文件" not in _said(page)
    assert _shown_lines(page) == lines and "2026年9月：尚未批准（草稿）" in page.state.text()
    assert messages.shown == []


def test_cancel_ends_the_wait_and_leaves_the_page_as_it_was(qtbot, page, messages, monkeypatch, other_program):
    lines, state = _shown_lines(page), page.state.text()
    _read_once_the_file_is_held(monkeypatch, other_program)
    page.refresh()
    qtbot.waitUntil(lambda: _cancel_button(page) is not None, timeout=3500)
    qtbot.mouseClick(_cancel_button(page), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.busy, timeout=2000)  # the worker's next step hears it: no ten minutes
    assert "已停止等待：2026年9月没有更新，页面保持原样" in _said(page) and _cancel_button(page) is None
    assert _shown_lines(page) == lines and page.state.text() == state and messages.shown == []
    qtbot.wait(300)
    assert not page.busy  # not read again at once while the file is still held
    other_program.execute("COMMIT")
    page.refresh()  # the window's poll, once the other program has written
    wait_idle(qtbot, page)
    assert "已停止等待" not in _said(page) and _shown_lines(page) == lines


@pytest.mark.parametrize("lang", ["zh", "en"], indirect=True)
def test_the_wait_and_its_end_fit_the_page(lang, qtbot, page, monkeypatch, other_program):
    """Looked at in both languages (QT_SCALE_FACTOR=1.5 too): the sentence wraps within the notices, the button
    whole beside it."""
    page.resize(900, 600)
    _read_once_the_file_is_held(monkeypatch, other_program)
    page.refresh()
    qtbot.waitUntil(lambda: page.file_wait.cancel_button.isVisible(), timeout=3500)
    SCREENS.mkdir(parents=True, exist_ok=True)
    bar = page.file_wait
    for name in ("waiting", "cancelled"):
        qtbot.wait(50)
        page.grab().save(str(SCREENS / f"awards_read_wait_{name}_{lang}.png"))
        assert bar.text.height() >= bar.text.heightForWidth(bar.text.width())  # every line of it shown
        assert bar.geometry().right() <= page.notices.viewport().width()
        if name == "waiting":
            assert bar.cancel_button.width() >= bar.cancel_button.sizeHint().width()
            bar.cancel_button.click()
            qtbot.waitUntil(lambda: not page.busy, timeout=2000)
