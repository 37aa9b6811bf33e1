"""Work the window does in the background (ui.tasks) writes like its foreground: while another Honghua window
or a scheduled `honghua import` holds the write lock, the worker waits for it — the task's own progress says
so, the window stays as it is — instead of failing after SQLite's 5 s; its 取消 ends the wait with nothing
written. Each path is tried with another connection holding a write transaction (BEGIN IMMEDIATE)."""

from __future__ import annotations

import sqlite3
import threading
from datetime import date

import import_wizard_support as support
import pytest
from awards_page_support import SEP, make_team
from awards_page_support import open_page as open_awards_page
from awards_page_support import wait_idle as awards_idle
from certificates_page_support import add_by_hand
from certificates_page_support import open_page as open_certificates_page
from import_wizard_support import daily, preview
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QPushButton

from app.domain import StaffDraft
from app.periods import Month
from ui.importing.history_dialog import ImportHistoryDialog
from ui.pages import certificate_output as certificates_module

people, make_wizard = support.people, support.make_wizard  # fixtures
D1 = date(2026, 10, 1)
WAITING = "等它写完，就接着写入"


@pytest.fixture(autouse=True)
def short_busy_timeout(monkeypatch):
    """What a worker waited before: SQLite's busy timeout, here 0.3 s instead of 5 s, so a test without the
    wait fails quickly; the other writer below holds the lock far longer."""
    import app.store.db

    monkeypatch.setattr(app.store.db, "BUSY_TIMEOUT_MS", 300)


class OtherWriter:
    """Another process's connection (a scheduled import) holding the write lock until it is told to stop."""

    def __init__(self, path):
        self.conn = sqlite3.connect(path, isolation_level=None)

    def begin(self) -> OtherWriter:
        self.conn.execute("BEGIN IMMEDIATE")
        return self

    def commit(self) -> None:
        self.conn.execute("COMMIT")

    def give_up(self) -> None:
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")


@pytest.fixture
def other_writer(db_path):
    writer = OtherWriter(db_path)
    yield writer
    writer.give_up()
    writer.conn.close()


def _waiting(task) -> bool:
    return task.dialog is not None and WAITING in task.dialog.labelText() and task.dialog.isVisible()


def _wait_then(qtbot, task, other_writer, *, cancel: bool) -> None:
    """Once the task says it waits for the other writer: let it finish (its write goes on), or 取消."""
    qtbot.waitUntil(lambda: _waiting(task), timeout=10_000)
    assert task.running
    if cancel:
        task.dialog.findChild(QPushButton).click()
    else:
        other_writer.commit()


# ---- 生成演示数据
def test_the_demo_shop_waits_for_another_writer_and_is_written_after_it(make_window, qtbot, shop, other_writer,
                                                                        messages):
    window = make_window(start_page="staff")
    other_writer.begin()
    task = window.generate_demo_data()
    _wait_then(qtbot, task, other_writer, cancel=False)
    with qtbot.waitSignal(task.finished, timeout=60_000):
        pass
    assert messages.of("error") == [] and len(shop.staff.list()) >= 5
    assert window.current_page().visible_names() != []


def test_cancelling_the_demo_shops_wait_writes_nothing(make_window, qtbot, shop, other_writer, messages):
    window = make_window(start_page="staff")
    other_writer.begin()
    task = window.generate_demo_data()
    with qtbot.waitSignal(task.finished, timeout=60_000):
        _wait_then(qtbot, task, other_writer, cancel=True)
    other_writer.give_up()
    assert shop.staff.list() == [] and messages.of("error") == []
    assert "已取消生成演示数据" in messages.of("info")[-1]


# ---- 评奖: 计算 (its log row) and 批准
@pytest.fixture
def awards_page(qtbot, shop, tmp_path):
    make_team(shop, tmp_path)
    page = open_awards_page(qtbot, shop)
    awards_idle(qtbot, page)
    yield page
    awards_idle(qtbot, page)


def test_computing_awards_waits_for_another_writer_to_log_it(qtbot, awards_page, shop, other_writer, messages):
    other_writer.begin()
    task = awards_page.compute()
    _wait_then(qtbot, task, other_writer, cancel=False)
    awards_idle(qtbot, awards_page)
    assert messages.of("error") == []
    assert shop.store.audit.recent(limit=1)[0].action == "awards.compute"
    assert awards_page.model.rowCount() == 3


def test_approving_waits_for_another_writer_and_a_cancelled_wait_approves_nothing(qtbot, awards_page, shop,
                                                                                   other_writer, messages):
    awards_page.compute()
    awards_idle(qtbot, awards_page)
    other_writer.begin()
    task = awards_page.approve()
    with qtbot.waitSignal(task.finished, timeout=10_000):
        _wait_then(qtbot, task, other_writer, cancel=True)
    awards_idle(qtbot, awards_page)
    assert shop.awards.history(SEP) == [] and messages.of("error") == []
    assert "已取消批准" in messages.of("info")[-1]

    task = awards_page.approve()
    _wait_then(qtbot, task, other_writer, cancel=False)
    awards_idle(qtbot, awards_page)
    assert len(shop.awards.history(SEP)) == 1 and messages.of("error") == []


# ---- 导入: the wizard's commit, and 导入记录's undo
def test_an_import_waits_for_another_writer_and_then_writes(qtbot, shop, people, make_wizard, other_writer,
                                                            messages):
    wizard = make_wizard([daily(shop.store.path.parent, [["2026-10-01", "小美", "1000", "10"]])])
    preview(qtbot, wizard)
    other_writer.begin()
    wizard.next()
    qtbot.waitUntil(lambda: WAITING in wizard.notice.text(), timeout=10_000)
    assert wizard.session.busy and wizard.work_label.text() == "正在等待写入"
    assert shop.store.values.get("sales", D1, people["小美"]) is None
    other_writer.commit()
    support.wait_idle(qtbot, wizard)
    assert wizard.import_id is not None and shop.store.values.get("sales", D1, people["小美"]) == 100000
    assert messages.of("error") == [] and WAITING not in wizard.notice.text()


def test_cancelling_an_imports_wait_writes_nothing(qtbot, shop, people, make_wizard, other_writer, messages):
    wizard = make_wizard([daily(shop.store.path.parent, [["2026-10-01", "小美", "1000", "10"]])])
    preview(qtbot, wizard)
    other_writer.begin()
    wizard.next()
    qtbot.waitUntil(lambda: WAITING in wizard.notice.text(), timeout=10_000)
    wizard.cancel_button.click()
    support.wait_idle(qtbot, wizard)
    other_writer.give_up()
    assert wizard.import_id is None and shop.store.values.get("sales", D1, people["小美"]) is None
    assert shop.store.imports.history() == [] and messages.of("error") == []
    assert "已取消导入，没有写入任何数据" in wizard.notice.text()


def _imported(shop, people) -> int:
    from app.importing import ImportOptions, ImportService

    service = ImportService(shop.store, shop.ctx, shop.metrics)
    path = daily(shop.store.path.parent, [["2026-10-01", "小美", "1000", "10"]])
    return service.commit(service.preview([path], ImportOptions()))


def test_undoing_an_import_waits_for_another_writer(qtbot, shop, people, other_writer, messages):
    import_id = _imported(shop, people)
    dialog = ImportHistoryDialog(shop)
    qtbot.addWidget(dialog)
    dialog.select(import_id)
    other_writer.begin()
    task = dialog.undo_selected()
    with qtbot.waitSignal(task.finished, timeout=10_000):
        _wait_then(qtbot, task, other_writer, cancel=True)
    assert shop.store.values.get("sales", D1, people["小美"]) == 100000 and messages.of("error") == []
    assert "已取消撤销" in messages.of("info")[-1]

    task = dialog.undo_selected()
    with qtbot.waitSignal(task.finished, timeout=10_000):
        _wait_then(qtbot, task, other_writer, cancel=False)
    assert shop.store.values.get("sales", D1, people["小美"]) is None and messages.of("error") == []


# ---- 证书: numbering (save), and the print recorded after the pages went out
@pytest.fixture
def certificates_page(qtbot, shop):
    shop.staff.add(StaffDraft("小美"))
    page = open_certificates_page(qtbot, shop)
    add_by_hand(page, "小美", "服务之星")
    yield page
    page.close()


def test_saving_certificates_waits_for_another_writer_to_number_them(qtbot, certificates_page, shop, other_writer,
                                                                     tmp_path, messages):
    page = certificates_page
    target = tmp_path / "证书.pdf"
    page.ask_save_path = lambda: target
    other_writer.begin()
    page.save_checked()
    with qtbot.waitSignal(page.task.finished, timeout=15_000):
        _wait_then(qtbot, page.task, other_writer, cancel=True)
    assert page.service.in_period(Month(2026, 10)) == [] and not target.exists()
    assert "已取消" in page.status.text() and messages.of("error") == []

    page.save_checked()
    with qtbot.waitSignal(page.task.finished, timeout=15_000):
        _wait_then(qtbot, page.task, other_writer, cancel=False)
    assert target.exists() and len(page.service.in_period(Month(2026, 10))) == 1 and messages.of("error") == []


@pytest.fixture
def lock_taken_before_recording(monkeypatch, other_writer):
    """The other writer takes the lock once the pages went out, just before the print is recorded."""
    real = certificates_module.certificate_print.record_job
    taken = threading.Event()

    def record_job(*args):
        record = real(*args)

        def after_the_other_writer_began():
            taken.wait(10)
            record()

        return after_the_other_writer_began

    monkeypatch.setattr(certificates_module.certificate_print, "record_job", record_job)
    return taken


@pytest.mark.parametrize("cancel", [False, True])
def test_a_print_is_recorded_after_another_writer_or_says_it_was_not(qtbot, certificates_page, shop, other_writer,
                                                                     tmp_path, messages, lock_taken_before_recording,
                                                                     cancel):
    page = certificates_page
    out = tmp_path / "printed.pdf"

    def to_pdf(printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return True

    page.ask_printer = to_pdf
    page.print_checked()
    qtbot.waitUntil(lambda: page.task is not None and page.task.dialog.windowTitle() == "打印", timeout=15_000)
    other_writer.begin()
    lock_taken_before_recording.set()
    task = page.task
    with qtbot.waitSignal(task.finished, timeout=15_000):
        _wait_then(qtbot, task, other_writer, cancel=cancel)
    [cert] = page.service.in_period(Month(2026, 10))
    assert out.exists()
    if cancel:
        assert shop.store.certificates.prints(cert.id) == []
        assert "没有记入打印记录" in messages.of("error")[-1]
    else:
        assert len(shop.store.certificates.prints(cert.id)) == 1 and messages.of("error") == []
        assert "已发送到打印机" in page.status.text()
