"""One import, from the first preview to the commit, on a connection of its own, off the UI thread.

Why one connection for the whole wizard: `ImportService.preview` stages the parsed cells in TEMP tables of
the connection it runs on, and `commit` copies them from there into the shop; it also refuses a plan that
is not the last preview of that same service object. So the preview, any re-preview after the user resolved
names or columns, and the commit must all use one `ImportService` on one connection. SQLite ties a
connection to the thread that opened it, and each `ui.tasks.Task` runs on a new QThread, so the session
opens its shop on the first worker with `check_same_thread=False` and then runs strictly one task at a time:
a step starts only after the previous one finished (`busy`). The connection therefore has a single user at
any moment — the "one serial writer" the house rules allow — and the UI thread never uses it (it only
closes it, when no task is running). Everything the UI shows it reads from the plan objects handed back.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QEventLoop, QObject, Signal

from app.errors import UserError
from app.i18n import t
from app.importing import ImportOptions, ImportPlan, ImportService
from app.services.context import Context
from app.shop import Shop
from app.store import open_store
from ui.tasks import Task


class ImportSession(QObject):
    """Runs preview and commit in the background; results come back as signals on the UI thread."""

    progress = Signal(int, int)
    previewed = Signal(object)   # ImportPlan
    committed = Signal(object)   # the import's id, or None: the same files again, nothing written
    cancelled = Signal(str)      # "preview" or "commit": nothing was written
    failed = Signal(str, object)  # step, exception
    busy_changed = Signal(bool)
    writer_waiting = Signal(bool)  # the commit waits for another writer (True), or no longer (False)

    def __init__(self, path: Path, ctx: Context | Callable[[], Context], parent: QObject | None = None):
        """`ctx` may be a function returning the window's current context, read (on the UI thread) at every
        step: the owner may give the PIN while the wizard is open."""
        super().__init__(parent)
        self.path = Path(path)
        self._ctx_source = ctx if callable(ctx) else (lambda: ctx)
        self.task: Task | None = None
        self.step = ""
        self._shop: Shop | None = None      # opened and used on worker threads only
        self._service: ImportService | None = None

    @property
    def busy(self) -> bool:
        return self.task is not None and self.task.running

    # ---- the steps
    def preview(self, paths: Sequence[Path], options: ImportOptions) -> Task:
        files = [Path(p) for p in paths]
        ctx = self.ctx

        def work(progress: Callable[[int, int], None], cancel: Callable[[], bool]) -> ImportPlan:
            return self._worker_service(ctx).preview(files, options, progress=progress, cancel=cancel)

        return self._run("preview", work, self.previewed.emit)

    def commit(self, plan: ImportPlan) -> Task:
        ctx = self.ctx

        def work(progress: Callable[[int, int], None], cancel: Callable[[], bool]) -> int | None:
            progress(0, 0)  # the commit is one transaction: the bar shows it is working, not how far
            if self._service is None:
                raise UserError(t("这份预览已过期（之后又预览了其他文件），请重新预览后再导入"))
            return self._worker_service(ctx).commit(plan, cancel=cancel)

        return self._run("commit", work, self.committed.emit)

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def close(self) -> None:
        """Cancel a running step, wait until it stopped, and close the session's connection."""
        task = self.task
        if task is not None and task.running:
            task.cancel()
            loop = QEventLoop()
            task.finished.connect(loop.quit)
            loop.exec()
        if self._shop is not None:
            self._shop.close()
            self._shop = self._service = None

    # ---- running
    @property
    def ctx(self) -> Context:
        return self._ctx_source()

    def _worker_service(self, ctx: Context) -> ImportService:
        """Called on a worker thread: the first call opens the session's own connection; every call brings
        it up to date with the window's context (today, user, whether the owner PIN was given)."""
        if self._service is None:
            self._shop = Shop(open_store(self.path, thread_shared=True), ctx)
            self._service = ImportService(self._shop.store, self._shop.ctx, self._shop.metrics)
        assert self._shop is not None
        self._shop._use_ctx(ctx)
        self._shop.security.lock_if_set()
        self._service.ctx = ctx
        return self._service

    def _run(self, step: str, work: Callable, on_success: Callable[[object], None]) -> Task:
        if self.busy:
            raise RuntimeError("an import step is already running")
        self.step = step
        task = Task(work, self)
        task.progress.connect(self.progress.emit)
        task.succeeded.connect(on_success)
        task.cancelled.connect(lambda: self.cancelled.emit(step))
        task.failed.connect(lambda exc: self.failed.emit(step, exc))
        task.writerWaiting.connect(lambda: self.writer_waiting.emit(True))
        task.writerWaitOver.connect(lambda: self.writer_waiting.emit(False))
        task.finished.connect(lambda: self._finished(task))
        self.task = task.start()
        self.busy_changed.emit(True)
        return task

    def _finished(self, task: Task) -> None:
        if self.task is task:
            self.task = None
        task.deleteLater()
        self.busy_changed.emit(False)
