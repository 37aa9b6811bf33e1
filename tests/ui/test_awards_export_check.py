"""导出发放表… and 全员计算单… on a month not approved worked out its draft on the window's thread before asking
anything (seconds on a big shop's December, the window frozen). Now a worker finds whom the pay month pays, with
the page's progress and its 取消; the question comes once it is done, and never when the page has moved on to
another pay month, was closed or the check cancelled."""

from __future__ import annotations

import threading
import time

import pytest
from awards_page_support import OCT, _exported, make_team, open_page, wait_idle
from shiboken6 import isValid

import app.awards.receipt


@pytest.fixture
def page(qtbot, shop, tmp_path):
    make_team(shop, tmp_path)
    widget = open_page(qtbot, shop)
    wait_idle(qtbot, widget)
    yield widget
    wait_idle(qtbot, widget)


@pytest.fixture
def held_check(monkeypatch):
    """The worker's check of who is paid, held until `gate` is set; `threads` notes where each ran."""
    real = app.awards.receipt.who_is_paid
    gate = threading.Event()
    threads: list[threading.Thread] = []

    def held(*args, **kwargs):
        threads.append(threading.current_thread())
        assert gate.wait(10), "never released"
        return real(*args, **kwargs)

    monkeypatch.setattr(app.awards.receipt, "who_is_paid", held)
    return gate, threads


@pytest.mark.parametrize("export", ["export_payout", "export_all_receipts"])
def test_the_draft_is_worked_out_by_a_worker_and_asked_about_after(qtbot, page, shop, messages, monkeypatch,
                                                                  held_check, tmp_path, export):
    gate, threads = held_check
    computed: list[str] = []
    real = shop.awards.calculate  # the window's shop; the worker opens its own
    monkeypatch.setattr(shop.awards, "calculate", lambda *a, **k: computed.append(a[0].key()) or real(*a, **k))
    ended: list[object] = []
    page.exports.ended.connect(ended.append)
    check = getattr(page, export)(tmp_path / "out")
    assert check is not None and page.exporting and "2026年9月" in check.dialog.labelText()
    qtbot.waitUntil(lambda: bool(threads))
    qtbot.wait(100)  # the window handles its events while the worker works: nothing asked yet
    assert threads[0] is not threading.main_thread() and messages.shown == [] and computed == []
    gate.set()
    qtbot.waitUntil(lambda: bool(ended), timeout=20_000)
    assert messages.of("confirm") == ["2026年9月还没有批准。要导出草稿（每页标明“草稿”）吗？也可以先点「批准…」。"]
    assert ended[0] is not None and (tmp_path / "out").exists() and computed == []
    assert not page.exporting and page.export_task is None


def _switch(qtbot, page, check):
    page.picker.setPeriod(OCT)  # paid in October: September's answer is no one's question now


def _close(qtbot, page, check):
    page.close()  # stops the page's work, as its window does when it closes


def _cancel(qtbot, page, check):
    check.dialog.canceled.emit()  # the progress dialog's 取消


@pytest.mark.parametrize("meanwhile", [_switch, _close, _cancel], ids=["period switched", "page closed", "取消"])
@pytest.mark.parametrize("export", ["export_payout", "export_all_receipts"])
def test_no_stale_question_after_the_page_moved_on(qtbot, page, messages, held_check, tmp_path, meanwhile, export):
    gate, threads = held_check
    ended: list[object] = []
    page.exports.ended.connect(ended.append)
    check = getattr(page, export)(tmp_path / "out")
    qtbot.waitUntil(lambda: bool(threads))
    if meanwhile is _close:
        gate.set()  # the close waits for the worker: its answer then comes after the page is closed
    meanwhile(qtbot, page, check)
    gate.set()
    qtbot.waitUntil(lambda: bool(ended), timeout=20_000)
    assert ended == [None] and messages.of("confirm") == [] and messages.of("info") == []
    assert not (tmp_path / "out").exists() and not page.exporting


def test_a_switch_to_a_period_paid_in_the_same_month_keeps_the_question(qtbot, page, messages, held_check, tmp_path):
    from app.periods import Quarter

    gate, threads = held_check
    ended: list[object] = []
    page.exports.ended.connect(ended.append)
    messages.answer = False
    assert page.export_payout(tmp_path / "out") is not None
    qtbot.waitUntil(lambda: bool(threads))
    page.picker.setPeriod(Quarter(2026, 3))  # paid with September, as the month is
    gate.set()
    qtbot.waitUntil(lambda: bool(ended), timeout=20_000)
    assert messages.of("confirm") == ["2026年9月还没有批准。要导出草稿（每页标明“草稿”）吗？也可以先点「批准…」。"]


def test_choose_someone_is_said_once_the_worker_found_people_paid(qtbot, page, messages, held_check):
    """查看计算单… with nobody chosen: whether anyone is paid is found by the worker too, then "choose someone"."""
    gate, threads = held_check
    gate.set()
    assert _exported(qtbot, page.show_receipt) is None
    assert threads and messages.of("info") == ["请先在表中选中一名员工，或在「员工」筛选中选择"]


@pytest.mark.parametrize("switched", [False, True], ids=["shown", "period switched meanwhile"])
def test_a_persons_receipt_is_worked_out_by_a_worker_then_shown(qtbot, page, shop, messages, monkeypatch, switched):
    """查看计算单… with someone chosen worked out their receipt on the window's thread: 1.7 s on the big shop's
    September (its quarter a draft), the approved month's state worked out twice (once refused for the draft)."""
    from ui.dialogs.award_dialogs import ReceiptDialog

    real = app.awards.receipt.receipt_of
    gate, threads = threading.Event(), []

    def held(*args, **kwargs):
        threads.append(threading.current_thread())
        assert gate.wait(10), "never released"
        return real(*args, **kwargs)

    monkeypatch.setattr(app.awards.receipt, "receipt_of", held)
    computed: list[str] = []
    calculate = shop.awards.calculate
    monkeypatch.setattr(shop.awards, "calculate", lambda *a, **k: computed.append(a[0].key()) or calculate(*a, **k))
    shown: list[tuple] = []
    monkeypatch.setattr(ReceiptDialog, "ask", staticmethod(
        lambda parent, shop, month, staff_id, receipt=None: shown.append((month.key(), staff_id, receipt))))
    person = shop.staff.list()[0].id
    ended: list[object] = []
    page.exports.ended.connect(ended.append)
    task = page.show_receipt(person)
    assert task is not None and "2026年9月" in task.dialog.labelText()
    qtbot.waitUntil(lambda: bool(threads))
    assert threads[0] is not threading.main_thread() and shown == []
    if switched:
        page.picker.setPeriod(OCT)
    gate.set()
    qtbot.waitUntil(lambda: bool(ended), timeout=20_000)
    assert computed == [] and messages.shown == []
    if switched:
        assert shown == []
    else:
        [(month, staff_id, (sections, draft, _slip))] = shown
        assert (month, staff_id, draft) == ("2026-09", person, True) and sections


def test_the_receipt_windows_pdf_is_written_by_a_worker(qtbot, shop, messages, monkeypatch, tmp_path):
    """Its 保存PDF… wrote on the window's thread, working out a draft's periods again (1.3 s on the big shop)."""
    from awards_page_support import SEP

    from ui.dialogs.award_dialogs import ReceiptDialog

    make_team(shop, tmp_path)
    dialog = ReceiptDialog(shop, SEP, shop.staff.list()[0].id)
    qtbot.addWidget(dialog)
    real = app.awards.receipt.write_receipts
    threads: list[threading.Thread] = []
    monkeypatch.setattr(app.awards.receipt, "write_receipts",
                        lambda *a, **k: threads.append(threading.current_thread()) or real(*a, **k))
    out = tmp_path / "out"
    out.mkdir()
    saving = dialog.save_pdf(out / "甲.pdf")
    assert saving is not None and dialog.save_pdf(out / "again.pdf") is None  # one at a time
    with qtbot.waitSignal(saving.finished, timeout=20_000):
        pass
    assert threads and threads[0] is not threading.main_thread()
    assert (out / "甲.pdf").read_bytes().startswith(b"%PDF") and not (out / "again.pdf").exists()
    assert messages.of("info") == [f"已保存 {out / '甲.pdf'}"]


@pytest.mark.parametrize("lang", ["zh", "en"], indirect=True)
def test_the_checks_progress_shows_whole(lang, qtbot, page, held_check, tmp_path):
    """Looked at in both languages (QT_SCALE_FACTOR=1.5 too) while the worker works."""
    from awards_page_support import SCREENS
    from PySide6.QtWidgets import QLabel

    gate, _threads = held_check
    check = page.export_payout(tmp_path / "out")
    qtbot.waitUntil(lambda: check.dialog.isVisible(), timeout=2500)  # after its 300 ms, not Qt's own 4 s
    label = check.dialog.findChild(QLabel)
    assert label.text() == ("正在查看 2026年9月 要发放的奖励…" if lang == "zh" else "Working out what 2026-09 pays…")
    assert label.width() >= label.sizeHint().width()
    SCREENS.mkdir(parents=True, exist_ok=True)
    check.dialog.grab().save(str(SCREENS / f"awards_export_check_{lang}.png"))
    check.dialog.canceled.emit()
    gate.set()
    qtbot.waitUntil(lambda: not page.exporting, timeout=10_000)


def test_a_check_the_page_moved_away_from_shows_no_progress(qtbot, page, messages, monkeypatch, tmp_path):
    """Switched to another pay month at once: the check, cancelled, still works out the period it is at; its
    progress dialog came up after 300 ms over the window, naming the month left, until that was done, and its
    step done brought it back."""
    gate, threads = threading.Event(), []

    def stepped(shop, month, progress, cancel):  # a period worked out after the switch, then one step told
        threads.append(threading.current_thread())
        assert gate.wait(10), "never released"
        progress(1, 2)
        time.sleep(0.5)
        return app.awards.receipt.NOBODY

    monkeypatch.setattr(app.awards.receipt, "who_is_paid", stepped)
    ended: list[object] = []
    page.exports.ended.connect(ended.append)
    check = page.export_payout(tmp_path / "out")
    dialog = check.dialog
    qtbot.waitUntil(lambda: bool(threads))
    page.picker.setPeriod(OCT)
    shown: list[bool] = []
    until = time.monotonic() + 0.6  # past its 300 ms
    qtbot.waitUntil(lambda: shown.append(dialog.isVisible()) or time.monotonic() > until, timeout=5000)
    gate.set()
    qtbot.waitUntil(lambda: shown.append(isValid(dialog) and dialog.isVisible()) or bool(ended), timeout=20_000)
    assert ended == [None] and not any(shown) and messages.shown == []
