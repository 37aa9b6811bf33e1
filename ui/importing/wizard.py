"""数据 → 导入: pick or drop files → check (preview) → resolve unknown names, columns, month → import.

A QDialog with its own steps rather than a QWizard: after the user resolved names or columns the files are
checked again and the wizard goes back to the check step, a loop QWizard's page history does not allow.
Every step that reads files or writes runs in the background through `ImportSession` (session.py), with a
progress bar and 取消; tests drive the public methods (add_files, start_preview, go_resolve, commit, …)
and never call exec().
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QSettings, QSize, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app import i18n
from app.importing import ImportOptions, ImportPlan
from app.periods import Month, parse_period
from app.shop import Shop
from ui import errors
from ui.approved_change import confirm_change
from ui.dialogs.common import resize_within_screen, screen_room
from ui.importing.files_step import FilesStep
from ui.importing.preview_step import PreviewStep
from ui.importing.resolve_step import ResolveStep
from ui.importing.result_step import ResultStep
from ui.importing.session import ImportSession
from ui.tasks import Task
from ui.widgets.hint_text import dim_text, hint_colour
from ui.write_wait import task_notice

FILES, PREVIEW, RESOLVE, RESULT = range(4)
LEAST_SIZE = QSize(920, 640)  # what it opens at on a 1024×700 screen: several files in the table
MOST_SIZE = QSize(1440, 1000)  # on a big screen it opens at a share of it, up to this: long names and notes fit
SIZE_KEY = "import/wizard_size"  # the size it was closed at, in the window's settings


def opening_size(room: QSize, remembered: object = None) -> QSize:
    """The size the wizard was last closed at, else seven tenths of the screen's width and four fifths of its height
    (at least LEAST_SIZE, at most MOST_SIZE) — never more than `room`, the screen's room inside the frame."""
    if isinstance(remembered, QSize) and remembered.isValid():
        return remembered.boundedTo(room)
    share = QSize(room.width() * 7 // 10, room.height() * 4 // 5)
    return share.expandedTo(LEAST_SIZE).boundedTo(MOST_SIZE).boundedTo(room)


class ImportWizard(QDialog):
    imported = Signal(int)        # an import was committed (its id)
    history_requested = Signal()

    def __init__(self, shop: Shop, paths: Iterable[str | Path] = (), parent: QWidget | None = None,
                 settings: QSettings | None = None, month: Month | None = None):
        """`settings`: the window's, where the size it is closed at is kept for the next time (None: not kept).
        `month`: the one offered for a report that does not say its own (the 数据 page's; None or one still to
        come: this month)."""
        super().__init__(parent)
        self.shop = shop
        self.settings = settings
        self.setWindowTitle(self.tr("导入绩效报表"))
        size = opening_size(screen_room(self), settings.value(SIZE_KEY) if settings is not None else None)
        resize_within_screen(self, size.width(), size.height())
        self.plan: ImportPlan | None = None
        self.import_id: int | None = None
        self.session = ImportSession(shop.store.path, lambda: shop.ctx, self)
        self.session.progress.connect(self._on_progress)
        self.session.previewed.connect(self._on_previewed)
        self.session.committed.connect(self._on_committed)
        self.session.cancelled.connect(self._on_cancelled)
        self.session.failed.connect(self._on_failed)
        self.session.busy_changed.connect(lambda _busy: self._update())
        self.session.writer_waiting.connect(self._on_writer_waiting)

        self.steps_label = QLabel()
        self.files_step = FilesStep()
        self.files_step.changed.connect(self._files_changed)
        self.preview_step = PreviewStep(shop.metrics)
        self.preview_step.skip_errors_changed.connect(self._skip_errors_changed)
        this_month = shop.current_month()  # a month still to come holds no report's data
        self.resolve_step = ResolveStep(shop.staff.list(), shop.metrics, min(month or this_month, this_month))
        self.result_step = ResultStep(shop.metrics)
        self.stack = QStackedWidget()
        for step in (self.files_step, self.preview_step, self.resolve_step, self.result_step):
            self.stack.addWidget(step)

        self.work_label = QLabel()
        self.progress_bar = QProgressBar()
        self.progress_bar.setTextVisible(False)
        self.cancel_button = QPushButton(self.tr("取消"))
        self.cancel_button.clicked.connect(self.cancel_work)
        self.work_bar = QWidget()
        work = QHBoxLayout(self.work_bar)
        work.setContentsMargins(0, 0, 0, 0)
        work.addWidget(self.work_label)
        work.addWidget(self.progress_bar, 1)
        work.addWidget(self.cancel_button)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        dim_text(self.notice)

        self.back_button = QPushButton(self.tr("上一步"))
        self.back_button.clicked.connect(self.back)
        self.resolve_button = QPushButton(self.tr("处理未识别项…"))
        self.resolve_button.clicked.connect(self.go_resolve)
        self.columns_button = QPushButton(self.tr("更改列的对应…"))
        self.columns_button.setToolTip(self.tr("认错了的列（例如识别为销售额、其实是另一个数）可以改为另一个指标，或忽略"))
        self.columns_button.clicked.connect(self.go_columns)
        self.history_button = QPushButton(self.tr("查看导入记录"))
        self.history_button.clicked.connect(self._show_history)
        self.next_button = QPushButton()
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self.next)
        self.close_button = QPushButton(self.tr("关闭"))
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.history_button)
        buttons.addStretch(1)
        for button in (self.back_button, self.columns_button, self.resolve_button, self.next_button, self.close_button):
            buttons.addWidget(button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.steps_label)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.work_bar)
        layout.addWidget(self.notice)
        layout.addLayout(buttons)
        self.files_step.add_files(paths)
        self.say("")
        self._go(FILES)

    def say(self, text: str) -> None:
        """The line above the buttons; hidden when empty, so it takes no room from the tables."""
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    # ---- where we are
    def step(self) -> int:
        return self.stack.currentIndex()

    def _go(self, step: int) -> None:
        self.stack.setCurrentIndex(step)
        for index in range(self.stack.count()):  # the wizard as small as the step on show needs, not the tallest
            page = self.stack.widget(index)
            shown = QSizePolicy.Policy.Preferred if index == step else QSizePolicy.Policy.Ignored
            page.setSizePolicy(shown, shown)
        self._update()

    def _update(self) -> None:
        busy = self.session.busy
        step = self.step()
        # reached by 更改列的对应… with nothing unrecognised, the step shows only the columns recognised
        only_columns = not self.resolve_step.has_items() and self.resolve_step.has_recognised()
        resolving = self.tr("3 更改列的对应") if only_columns else self.tr("3 处理未识别项")
        names = [self.tr("1 选择文件"), self.tr("2 检查"), resolving, self.tr("4 导入")]
        later = hint_colour(self.palette()).name()
        shown = [f"<b style='color:#c62f2f'>{n}</b>" if i == step else f"<span style='color:{later}'>{n}</span>"
                 for i, n in enumerate(names)]
        self.steps_label.setText(" &nbsp;›&nbsp; ".join(shown))
        self.work_bar.setVisible(busy)
        self.back_button.setVisible(step in (PREVIEW, RESOLVE))
        self.resolve_button.setVisible(step == PREVIEW and self.resolve_step.has_items())
        self.columns_button.setVisible(step == PREVIEW and self.resolve_step.has_recognised())
        self.history_button.setVisible(step == RESULT and self.import_id is not None and not busy)
        texts = {FILES: self.tr("检查文件"), PREVIEW: self.tr("导入"), RESOLVE: self.tr("应用并重新检查"),
                 RESULT: self.tr("完成")}
        self.next_button.setText(texts[step])
        self.close_button.setVisible(step != RESULT)
        ready = {FILES: bool(self.files_step.paths()), PREVIEW: self.plan is not None and not self.commit_blockers(),
                 RESOLVE: True, RESULT: True}[step]
        for button in (self.back_button, self.resolve_button, self.columns_button, self.files_step.add_button,
                       self.files_step.remove_button):
            button.setEnabled(not busy)
        self.files_step.remove_button.setEnabled(not busy and bool(self.files_step.paths()))
        was_enabled = self.next_button.isEnabled()
        self.next_button.setEnabled(ready and not busy)
        if self.next_button.isEnabled() and not was_enabled and self.focusWidget() is self.close_button:
            # the work had disabled it and Qt moved the focus on to 关闭, where Enter would close the wizard
            self.next_button.setFocus()
        if step == PREVIEW:
            reasons = self.commit_blockers() if self.plan is not None else []
            # a file waiting for its month or a column's metric is put right in 处理未识别项, not removed
            if self.plan is not None and any(f.file_error and not (f.needs_month or f.needs_columns)
                                             for f in self.plan.files):
                reasons.append(self.tr("无法读取的文件请点「上一步」移除，或改正后重新检查。"))
            self.preview_step.set_blocking(reasons)

    def commit_blockers(self) -> list[str]:
        """What stops the import now (an approved period is asked about when 导入 is clicked)."""
        if self.plan is None:
            return [self.tr("还没有检查文件")]
        asked_later = replace(self.plan, options=replace(self.plan.options, confirm_approved=True))
        return asked_later.blocking()

    # ---- navigation
    def next(self) -> Task | None:
        step = self.step()
        if step == FILES or step == RESOLVE:
            return self.start_preview()
        if step == PREVIEW:
            return self.commit()
        self.accept()
        return None

    def back(self) -> None:
        if self.session.busy:
            return
        self.say("")
        self._go(FILES if self.step() == PREVIEW else PREVIEW)

    def go_resolve(self) -> None:
        if not self.session.busy and self.plan is not None:
            self._go(RESOLVE)

    def go_columns(self) -> None:
        """The same step, at the columns the import recognised: one read as the wrong metric is changed there."""
        if not self.session.busy and self.plan is not None:
            self._go(RESOLVE)
            self.resolve_step.show_recognised()

    def add_files(self, paths: Iterable[str | Path]) -> int:
        """Files picked or dropped while the wizard is open: back to the first step with them added."""
        if self.session.busy:
            return 0
        added = self.files_step.add_files(paths)
        if added and self.step() != FILES:
            self._go(FILES)
        return added

    def _files_changed(self) -> None:
        self.plan = None
        self.resolve_step.reset()
        self.preview_step.skip_errors.setChecked(False)
        self._update()

    def _skip_errors_changed(self, checked: bool) -> None:
        if self.plan is not None:
            self.plan.options.skip_errors = checked
        self._update()

    # ---- the background steps
    def options(self) -> ImportOptions:
        return self.resolve_step.options(ImportOptions(skip_errors=self.preview_step.skip_errors.isChecked()))

    def start_preview(self) -> Task | None:
        paths = self.files_step.paths()
        if self.session.busy or not paths:
            return None
        self.plan = None
        self.say("")
        self.preview_step.clear(i18n.fill(self.tr("正在检查 {n} 个文件…"), n=len(paths)))
        self.work_label.setText(self.tr("正在检查文件"))
        self.progress_bar.setRange(0, 0)
        self._go(PREVIEW)
        return self.session.preview(paths, self.options())

    def commit(self) -> Task | None:
        plan = self.plan
        if self.session.busy or plan is None:
            return None
        blockers = self.commit_blockers()
        if blockers:
            errors.show_error(self, "\n".join(blockers), self.tr("还不能导入"))
            return None
        plan.options.skip_errors = self.preview_step.skip_errors.isChecked()
        if plan.approved and not plan.options.confirm_approved:
            if not confirm_change(self, [parse_period(key) for key in plan.approved]):  # as the grids ask
                return None
            plan.options.confirm_approved = True
        self.say("")
        self.result_step.show_working(plan)
        self.work_label.setText(self.tr("正在写入"))
        self.progress_bar.setRange(0, 0)
        self._go(RESULT)
        return self.session.commit(plan)

    def cancel_work(self) -> None:
        if self.session.busy:
            self.work_label.setText(self.tr("正在取消…"))
            self.session.cancel()

    def _on_progress(self, done: int, total: int) -> None:
        self.progress_bar.setRange(0, max(total, 0))
        if total > 0:
            self.progress_bar.setValue(min(done, total))

    def _on_writer_waiting(self, waiting: bool) -> None:
        """Another window or command is writing: said in the work bar and the line above the buttons, whose
        取消 ends the wait with nothing written."""
        if waiting:
            self.work_label.setText(self.tr("正在等待写入"))
            self.say(task_notice())
        elif self.session.task is not None and not self.session.task.is_cancel_requested():
            self.work_label.setText(self.tr("正在写入"))
            self.say("")

    def _on_previewed(self, plan: object) -> None:
        assert isinstance(plan, ImportPlan)
        self.plan = plan
        self.preview_step.show_plan(plan)
        self.resolve_step.load(plan)
        self._go(PREVIEW)

    def _on_committed(self, import_id: int | None) -> None:
        assert self.plan is not None
        self.import_id = import_id
        if import_id is None:  # the same files again: nothing was written
            self.result_step.show_repeat(self.plan)
            self._go(RESULT)
            return
        self.result_step.show_done(self.plan, import_id)
        self._go(RESULT)
        self.imported.emit(import_id)

    def _on_cancelled(self, step: str) -> None:
        if step == "preview":
            self.preview_step.clear(self.tr("已取消检查。"))
            self._go(FILES)
            self.say(self.tr("已取消检查，没有写入任何数据。"))
        else:
            self._go(PREVIEW)
            self.say(self.tr("已取消导入，没有写入任何数据。可以再次点击「导入」。"))

    def _on_failed(self, step: str, exc: object) -> None:
        if step == "preview":
            self.preview_step.clear(self.tr("检查没有完成。"))
            self._go(FILES)
        else:
            self._go(PREVIEW)
        assert isinstance(exc, BaseException)
        errors.show_exception(self, exc)

    # ---- closing
    def _show_history(self) -> None:
        self.accept()
        self.history_requested.emit()

    def done(self, result: int) -> None:
        self.session.close()  # cancels a running step first: a cancelled step writes nothing
        if self.settings is not None and not (self.isMaximized() or self.isFullScreen()):
            self.settings.setValue(SIZE_KEY, self.size())
        super().done(result)
