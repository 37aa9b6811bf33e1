"""导出发放表 and 全员计算单 on the 评奖 page: a draft offered only for a month not approved, in the window's
words; the work on a worker with a cancellable progress dialog, writing what the command line writes."""

from __future__ import annotations

import importlib
import threading

import pytest
from awards_page_support import SEP, _exported, _run, make_team, open_page, wait_idle

from ui import errors


@pytest.fixture
def team(shop, tmp_path):
    return make_team(shop, tmp_path)


@pytest.fixture
def page(qtbot, shop, team):
    widget = open_page(qtbot, shop)
    yield widget
    wait_idle(qtbot, widget)


# ---- the draft is offered only for a month that is not approved, in the window's words

def test_a_path_error_on_an_approved_month_is_only_said_no_draft_offered(qtbot, page, shop, team, messages,
                                                                         tmp_path):
    _run(qtbot, page, page.compute)
    _run(qtbot, page, page.approve)
    (tmp_path / "a-file").write_text("x")
    asked = len(messages.of("confirm"))
    for export, name in ((page.export_payout, "发放表.xlsx"), (page.export_all_receipts, "全员.pdf")):
        assert _exported(qtbot, export, tmp_path / "a-file" / name) is None
        assert len(messages.of("confirm")) == asked, messages.of("confirm")[-1]  # no "要导出草稿吗？"
        error = messages.of("error")[-1]
        assert "路径中有一部分是文件而不是文件夹" in error and "草稿" not in error
    assert (tmp_path / "a-file").read_text() == "x"


def test_the_draft_offer_speaks_of_the_window_not_the_command_line(qtbot, page, shop, team, messages, tmp_path):
    _run(qtbot, page, page.compute)
    messages.answer = False
    assert _exported(qtbot, page.export_payout, tmp_path / "发放表.xlsx") is None
    assert messages.of("confirm")[-1] == "2026年9月还没有批准。要导出草稿（每页标明“草稿”）吗？也可以先点「批准…」。"
    assert _exported(qtbot, page.export_all_receipts, tmp_path / "全员.pdf") is None
    assert messages.of("confirm")[-1] == "2026年9月还没有批准。要导出草稿（每页标明“草稿”）吗？也可以先点「批准…」。"
    assert not any("honghua" in text or "--draft" in text for text in messages.of("confirm"))
    messages.answer = True
    drafted = _exported(qtbot, page.export_payout, tmp_path / "发放表.xlsx")
    assert drafted is not None and drafted.draft and "（草稿）" in messages.of("info")[-1]


# ---- 导出发放表 and 全员计算单 run on a worker with a progress dialog; the draft is asked about before

EXPORTS = [("payout", "write_payout", "export_payout", "发放表.xlsx", 3),  # September, Q3, the sheet
           ("receipt", "written_receipts", "export_all_receipts", "全员.pdf", 2)]  # 甲 and 乙, a page each


def _held(monkeypatch, messages, module: str, function: str):
    """Hold the export's writer until `gate` is set; `calls` notes, for each call, the thread it ran on, its
    keyword arguments and how many questions had been asked by then."""
    module_object = importlib.import_module(f"app.awards.{module}")
    real = getattr(module_object, function)
    gate = threading.Event()
    calls: list[tuple[threading.Thread, dict, int]] = []

    def held(*args, **kwargs):
        calls.append((threading.current_thread(), kwargs, len(messages.of("confirm"))))
        assert gate.wait(10), "never released"
        return real(*args, **kwargs)

    monkeypatch.setattr(module_object, function, held)
    return gate, calls


@pytest.mark.parametrize(("module", "function", "export", "name", "steps"), EXPORTS)
def test_an_export_runs_on_a_worker_while_the_window_goes_on(qtbot, page, shop, messages, monkeypatch, tmp_path,
                                                             module, function, export, name, steps):
    shop.awards.approve(SEP, confirm=True)
    gate, calls = _held(monkeypatch, messages, module, function)
    assert getattr(page, export)(tmp_path / name) is not None  # who is paid is found first, then it writes
    qtbot.waitUntil(lambda: bool(calls))  # the window's events are handled while the writer is held
    task = page.export_task
    assert task is not None and task.running and "2026年9月" in task.dialog.labelText()
    seen: list[tuple[int, int]] = []
    task.progress.connect(lambda done, total: seen.append((done, total)))
    assert calls[0][0] is not threading.main_thread() and not (tmp_path / name).exists()
    assert getattr(page, export)(tmp_path / f"again-{name}") is None and page.exporting  # one at a time
    gate.set()
    with qtbot.waitSignal(task.finished, timeout=20_000):
        pass
    assert (tmp_path / name).exists() and not page.exporting and seen[-1] == (steps, steps)
    assert messages.of("info")[-1].startswith("已导出 2026年9月 ") and not messages.of("error")


@pytest.mark.parametrize(("module", "function", "export", "name", "steps"), EXPORTS)
def test_a_cancelled_export_leaves_no_file(qtbot, page, shop, messages, monkeypatch, tmp_path,
                                           module, function, export, name, steps):
    shop.awards.approve(SEP, confirm=True)
    gate, calls = _held(monkeypatch, messages, module, function)
    out = tmp_path / "out"
    out.mkdir()
    assert getattr(page, export)(out / name) is not None
    qtbot.waitUntil(lambda: bool(calls))
    task = page.export_task
    cancelled: list[bool] = []
    task.cancelled.connect(lambda: cancelled.append(True))
    task.dialog.canceled.emit()  # the progress dialog's 取消
    gate.set()
    with qtbot.waitSignal(task.finished, timeout=20_000):
        pass
    assert cancelled and list(out.iterdir()) == [] and not page.exporting
    assert not messages.of("info") and not messages.of("error")


@pytest.mark.parametrize(("module", "function", "export", "name", "steps"), EXPORTS)
def test_the_draft_is_asked_about_on_the_windows_thread_before_the_work(qtbot, page, messages, monkeypatch,
                                                                        tmp_path, module, function, export, name,
                                                                        steps):
    asked_on: list[threading.Thread] = []

    def handler(kind, title, text):
        asked_on.append(threading.current_thread())
        return messages(kind, title, text)

    monkeypatch.setattr(errors, "handler", handler)
    gate, calls = _held(monkeypatch, messages, module, function)
    gate.set()
    written = _exported(qtbot, getattr(page, export), tmp_path / name)
    assert messages.of("confirm") == ["2026年9月还没有批准。要导出草稿（每页标明“草稿”）吗？也可以先点「批准…」。"]
    assert [(kwargs["draft"], confirms) for _thread, kwargs, confirms in calls] == [(True, 1)]  # asked, then written
    assert written is not None and (tmp_path / name).exists() and messages.of("info")
    assert set(asked_on) == {threading.main_thread()}  # the question and the message after: none from the worker


@pytest.mark.parametrize(("module", "function", "export", "name", "steps"), EXPORTS)
def test_an_approved_month_is_exported_without_computing_on_the_windows_thread(qtbot, page, shop, monkeypatch,
                                                                               tmp_path, module, function, export,
                                                                               name, steps):
    shop.awards.approve(SEP, confirm=True)
    computed: list[str] = []
    real = shop.awards.calculate  # the window's shop; the worker opens its own
    monkeypatch.setattr(shop.awards, "calculate", lambda *a, **k: computed.append(a[0].key()) or real(*a, **k))
    assert _exported(qtbot, getattr(page, export), tmp_path / name) is not None
    assert computed == []  # before: the pay month worked out here, holding the window


@pytest.mark.parametrize("approved", [False, True])
def test_the_exports_write_what_the_command_line_writes(qtbot, page, shop, messages, tmp_path, approved):
    from openpyxl import load_workbook
    from pypdf import PdfReader

    from app.awards.payout import write_payout
    from app.awards.receipt import people_paid, write_receipts

    if approved:
        shop.awards.approve(SEP, confirm=True)
    sheet = _exported(qtbot, page.export_payout, tmp_path / "page.xlsx").path
    pdf = _exported(qtbot, page.export_all_receipts, tmp_path / "page.pdf").path
    draft = not approved
    write_payout(shop, SEP, tmp_path / "cli.xlsx", draft=draft)
    write_receipts(shop, SEP, people_paid(shop, SEP, draft=draft), tmp_path / "cli.pdf", draft=draft)

    def cells(path):
        return {ws.title: list(ws.iter_rows(values_only=True)) for ws in load_workbook(path)}

    def text(path):
        return [p.extract_text() for p in PdfReader(path).pages]

    assert cells(sheet) == cells(tmp_path / "cli.xlsx") and text(pdf) == text(tmp_path / "cli.pdf")
    assert len(text(pdf)) == 2 and ("草稿" in text(pdf)[0]) == draft and ("发放表（草稿）" in cells(sheet)) == draft


# ---- the draft question comes before the file name: a 'no' asks nothing more

@pytest.mark.parametrize("export", ["export_payout", "export_all_receipts"])
def test_a_draft_declined_asks_for_no_file_name(qtbot, page, shop, messages, monkeypatch, export):
    from PySide6.QtWidgets import QFileDialog

    _run(qtbot, page, page.compute)  # September, not approved
    asked: list[str] = []

    def save_dialog(_parent, title, *_args, **_kwargs):
        asked.append(title)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_dialog))
    messages.answer = False
    assert _exported(qtbot, getattr(page, export)) is None
    assert "还没有批准" in messages.of("confirm")[-1]
    assert asked == []
    messages.answer = True  # a yes asks where to save next, and a cancelled file dialog writes nothing
    assert _exported(qtbot, getattr(page, export)) is None
    assert len(asked) == 1 and len(messages.of("confirm")) == 2


# ---- a month whose data changed since its approval: the 计算单 print the approval, and say so as the sheet does

def test_everyones_receipts_of_a_month_changed_since_approval_say_they_print_the_approval(qtbot, page, shop, team,
                                                                                        messages, tmp_path):
    from datetime import date

    from awards_page_support import _put

    shop.awards.approve(SEP, confirm=True)
    _put(shop, team["乙"], date(2026, 9, 6), 1, confirm_approved=True)  # 乙 reaches 100% after the approval
    written = _exported(qtbot, page.export_all_receipts, tmp_path / "全员.pdf")
    assert written is not None and written.path.exists()
    said = messages.of("info")[-1]
    assert said.startswith("已导出 2026年9月 全员计算单")
    assert "注意：2026年9月 批准后数据有变化，计算单仍按批准时的结果；如需更新请重新计算并再次批准。" in said, said


def test_the_payout_sheets_message_says_whom_it_pays_and_how_much(qtbot, page, shop, messages, tmp_path, lang):
    """导出发放表… said only 「已导出 2026年9月 发放表：路径」; the command line says how many people and the net it
    pays, the figure the owner checks against the page before handing the sheet to payroll."""
    from app.money import format_yuan

    shop.awards.approve(SEP, confirm=True)
    summary = _exported(qtbot, page.export_payout, tmp_path / "page.xlsx")
    said = messages.of("info")[-1]
    people = f"{summary.people} 人" if lang == "zh" else f"{summary.people} people"
    assert summary.people == 2 and people in said and format_yuan(summary.net_fen) in said, said
