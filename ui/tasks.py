"""Long work off the UI thread: a plain function `fn(progress, cancel)` runs on a QThread; progress,
result and exception come back to the UI thread as signals. No widget is touched from the worker.

    task = run_with_progress(window, work, title="生成演示数据", label="正在生成…", on_success=done)

Threading rules: the worker may only call `progress(done, total)` and `cancel()`; it opens its own
database connection (SQLite connections are bound to their thread) and returns plain values. A write it makes
while another writer holds the file waits as the window's do (`ui.write_wait.TaskWriteWait`: `writerWaiting`,
`writerWaitOver`; the task's cancel ends the wait with nothing written).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from app.errors import Cancelled
from app.store.database import writers_waited_with
from ui import errors
from ui.write_wait import NOTICE_WIDTH, TaskWriteWait, task_notice, wrapped_label

Work = Callable[[Callable[[int, int], None], Callable[[], bool]], Any]
PROGRESS_INTERVAL_S = 0.05  # at most ~20 progress updates a second reach the UI thread


class _Worker(QObject):
    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, fn: Work, cancel_event: threading.Event, write_wait: TaskWriteWait):
        super().__init__()
        self._fn = fn
        self._cancel_event = cancel_event
        self._write_wait = write_wait
        self._last_emit = 0.0

    def _progress(self, done: int, total: int) -> None:
        now = time.monotonic()
        if done >= total or now - self._last_emit >= PROGRESS_INTERVAL_S:
            self._last_emit = now
            self.progressed.emit(int(done), int(total))

    @Slot()
    def run(self) -> None:
        try:
            with writers_waited_with(self._write_wait):
                result = self._fn(self._progress, self._cancel_event.is_set)
        except BaseException as exc:  # noqa: BLE001  # handed to the UI thread, which shows it: a worker that
            self.failed.emit(exc)  # sent no answer would leave its task running for good
        else:
            self.succeeded.emit(result)
        finally:
            # end the thread's event loop from here too: a UI thread blocked in wait() (cancel_and_wait at
            # close) cannot run the queued _stop_thread, and would otherwise wait for the whole timeout
            QThread.currentThread().quit()


class Task(QObject):
    """One run of `fn` on its own QThread. Signals are delivered on the thread that created the Task."""

    progress = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)      # any exception except Cancelled
    cancelled = Signal()
    finished = Signal()          # after any of the three above
    writerWaiting = Signal()     # a write of the work has been waiting a moment for another writer
    writerWaitOver = Signal()    # … and goes on (or was given up)

    def __init__(self, fn: Work, parent: QObject | None = None):
        super().__init__(parent)
        self._cancel_event = threading.Event()
        self._thread = QThread()
        self._write_wait = TaskWriteWait(self._cancel_event.is_set, self)
        self._write_wait.noticed.connect(self._on_writer_waiting)
        self._write_wait.ended.connect(self._on_writer_wait_over)
        self._worker = _Worker(fn, self._cancel_event, self._write_wait)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.progressed.connect(self._on_progress)
        self._worker.succeeded.connect(self._on_succeeded)
        self._worker.failed.connect(self._on_failed)
        self.running = False
        self.dialog: QProgressDialog | None = None  # set by run_with_progress
        self._pending_progress: tuple[int, int] | None = None
        self._emitting_progress = False

    def start(self) -> Task:
        self.running = True
        self._thread.start()
        return self

    def cancel(self) -> None:
        self._cancel_event.set()

    def is_cancel_requested(self) -> bool:
        return self._cancel_event.is_set()

    def cancel_and_wait(self, timeout_ms: int = 10_000) -> bool:
        """Ask the worker to stop and block until it did (used when the window closes)."""
        self.cancel()
        return self._thread.wait(timeout_ms)

    def _stop_thread(self) -> None:
        self._thread.quit()
        self._thread.wait()
        self.running = False

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        # A listener may process events (a modal QProgressDialog's setValue does), which delivers the next
        # update inside this emit: it is kept and emitted after, so every listener sees the updates in order.
        self._pending_progress = (done, total)
        if self._emitting_progress:
            return
        self._emitting_progress = True
        try:
            while self._pending_progress is not None:
                update, self._pending_progress = self._pending_progress, None
                self.progress.emit(*update)
        finally:
            self._emitting_progress = False

    @Slot()
    def _on_writer_waiting(self) -> None:
        self.writerWaiting.emit()

    @Slot()
    def _on_writer_wait_over(self) -> None:
        self.writerWaitOver.emit()

    @Slot(object)
    def _on_succeeded(self, result: object) -> None:
        self._stop_thread()
        self.succeeded.emit(result)
        self.finished.emit()

    @Slot(object)
    def _on_failed(self, exc: BaseException) -> None:
        self._stop_thread()
        if isinstance(exc, Cancelled):
            self.cancelled.emit()
        else:
            self.failed.emit(exc)
        self.finished.emit()


def _tr(text: str) -> str:
    return QCoreApplication.translate("tasks", text)


def run_with_progress(parent: QWidget, fn: Work, *, title: str, label: str,
                      on_success: Callable[[object], None] | None = None,
                      on_cancelled: Callable[[], None] | None = None) -> Task:
    """Run `fn` with a cancellable progress dialog; errors are shown through ui.errors."""
    dialog = QProgressDialog(label, _tr("取消"), 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    # the minimum duration counts from the first value: without one the dialog showed after Qt's own 4 s, work
    # that reports no step for a while (a draft computed before its first period is done) saying nothing so long
    dialog.setValue(0)
    task = Task(fn, parent)

    def on_progress(done: int, total: int) -> None:
        dialog.setMaximum(max(total, 1))
        dialog.setValue(min(done, max(total, 1)))

    def on_cancel_clicked() -> None:
        dialog.setLabelText(_tr("正在取消…"))
        task.cancel()

    def on_failed(exc: BaseException) -> None:
        errors.show_exception(parent, exc)

    def on_writer_waiting() -> None:  # said in this dialog: the window stays as it is meanwhile
        dialog.setLabel(wrapped_label(task_notice()))
        dialog.setMinimumWidth(NOTICE_WIDTH)
        dialog.show()

    def on_writer_wait_over() -> None:
        if not task.is_cancel_requested():
            dialog.setLabelText(label)

    def on_finished() -> None:
        dialog.reset()
        dialog.hide()
        dialog.deleteLater()
        task.deleteLater()

    task.progress.connect(on_progress)
    dialog.canceled.connect(on_cancel_clicked)
    task.failed.connect(on_failed)
    task.writerWaiting.connect(on_writer_waiting)
    task.writerWaitOver.connect(on_writer_wait_over)
    if on_success is not None:
        task.succeeded.connect(on_success)
    if on_cancelled is not None:
        task.cancelled.connect(on_cancelled)
    task.finished.connect(on_finished)
    task.dialog = dialog
    return task.start()
