"""评奖 page switched between periods while its background status run goes on: the page is busy exactly while a
run goes on, and a run whose worker ends without an answer does not leave it busy for good. The order is driven
with events held by the worker, never by sleeping."""

from __future__ import annotations

import threading

from awards_page_support import OCT, SEP, make_team, open_page, wait_idle
from PySide6.QtWidgets import QApplication

from app import paths
from app.awards.service import AwardService
from app.periods import Month
from ui.tasks import Task

AUG = Month(2026, 8)


class HeldStatus:
    """AwardService.status, held on its worker thread for the periods in `hold` until `release` is set."""

    def __init__(self, monkeypatch, hold):
        self.hold, self.entered, self.release = set(hold), threading.Event(), threading.Event()
        real = AwardService.status

        def status(service, period):
            if period in self.hold:
                self.entered.set()
                assert self.release.wait(10)
            return real(service, period)

        monkeypatch.setattr(AwardService, "status", status)


def test_a_period_chosen_as_the_last_answer_arrives_keeps_the_page_busy_until_its_own_answer(qtbot, shop, tmp_path,
                                                                                          monkeypatch):
    """Switching on `loaded` (a script stepping through periods, or an owner quick on the arrows): the next run
    starts inside the handling of the last one's answer, and that run's end must not be taken for the new one's."""
    make_team(shop, tmp_path)
    page = open_page(qtbot, shop)
    page.picker.setPeriod(SEP)
    wait_idle(qtbot, page)
    held = HeldStatus(monkeypatch, hold=[AUG])
    page.loaded.connect(lambda: page.period == OCT and page.picker.setPeriod(AUG))
    page.picker.setPeriod(OCT)
    try:
        qtbot.waitUntil(held.entered.is_set, timeout=10_000)  # October's answer came, August's run started from it
        QApplication.processEvents()
        assert page.busy and page.task is not None and page.task.running
    finally:
        held.release.set()
    wait_idle(qtbot, page)
    assert page.review is not None and page.review.period == AUG


class Interrupted(BaseException):
    """Not an Exception (as SystemExit is not): a worker's `except Exception` lets it through."""


def test_a_worker_ending_without_an_answer_leaves_the_page_idle(qtbot, shop, tmp_path, monkeypatch, messages):
    make_team(shop, tmp_path)
    page = open_page(qtbot, shop)
    wait_idle(qtbot, page)

    def interrupted(_service, _period):
        raise Interrupted()

    monkeypatch.setattr(AwardService, "status", interrupted)
    monkeypatch.setattr(paths, "logs_dir", lambda: tmp_path / "logs")  # its crash log, not the process's
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.picker.setPeriod(OCT)
    wait_idle(qtbot, page)
    assert messages.of("error") and list((tmp_path / "logs").glob("crash-*"))


def test_a_task_whose_worker_ends_without_an_answer_still_finishes(qtbot):
    def work(_progress, _cancel):
        raise Interrupted()

    task = Task(work)
    failures = []
    task.failed.connect(failures.append)
    with qtbot.waitSignal(task.finished, timeout=10_000):
        task.start()
    assert not task.running and [type(exc) for exc in failures] == [Interrupted]
