"""The 评奖 page's 导出发放表…, 全员计算单… and 查看计算单…: who the pay month pays (or the person's receipt) is worked
out by a worker first (a month not approved is computed as a draft: seconds on a big shop, the window painting and
its 取消 heard meanwhile); then, if the page still shows a period paid in that month, nobody paid is said, the
draft asked about, the file name asked for, and the file written by a worker."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QFileDialog

from app import paths
from app.awards.paymonth import unapproved_periods
from app.awards.receipt import PEOPLE, TEAMS
from app.i18n import joined
from app.periods import Month
from ui import errors
from ui.dialogs.award_dialogs import ReceiptDialog
from ui.pages.awards_work import export_work, paid_work, receipt_work
from ui.tasks import Task, run_with_progress

if TYPE_CHECKING:
    from ui.pages.awards import AwardsPage

PAYOUT, RECEIPTS, CHOOSE = "payout", "receipts", "choose"  # CHOOSE: 查看计算单… with nobody chosen


def _tr(text: str) -> str:
    return QCoreApplication.translate("AwardsPage", text)  # the page's words, in its context


class PayMonthExports(QObject):
    # what was written (the payout summary, the 计算单's `ReceiptsWritten`), or None: nothing was
    ended = Signal(object)

    def __init__(self, page: AwardsPage):
        super().__init__(page)
        self.page = page
        self.task: Task | None = None  # the check of who is paid (or the receipt worked out), then the writing
        self._check: tuple[Task, Month] | None = None  # that check, and the pay month it is of

    @property
    def running(self) -> bool:
        return self.task is not None and self.task.running

    def start(self, what: str, path: str | Path | None = None) -> Task | None:
        """Check who the pay month pays on a worker, then go on (`_checked`). None when nothing was started: an
        export already running, or nobody to pay known at once (no staff, no plan in force: said)."""
        if self.running:
            return None
        page = self.page
        month = page.pay_month()
        nothing = self._nothing_known(month)
        if nothing:
            errors.show_info(page, nothing)
            return None
        answer: list[str] = []
        task = run_with_progress(page, paid_work(page.shop, month), title=self._title(what),
                                 label=_tr("正在查看 {month} 要发放的奖励…").format(month=month.shown_label()))
        task.succeeded.connect(answer.append)
        task.finished.connect(lambda: self._checked(task, what, month, path, answer))
        self.task, self._check = task, (task, month)
        return task

    def show_receipt(self, staff_id: int) -> Task | None:
        """A person's 计算单 window, once a worker has worked out their receipt (a draft computes the periods not
        approved yet: over a second on a big shop); not when the page moved on to another pay month meanwhile."""
        if self.running:
            return None
        page = self.page
        month = page.pay_month()
        answer: list[object] = []
        task = run_with_progress(page, receipt_work(page.shop, month, staff_id), title=_tr("查看计算单"),
                                 label=_tr("正在生成 {month} 的计算单…").format(month=month.shown_label()))
        task.succeeded.connect(answer.append)
        task.finished.connect(lambda: self._receipt_ready(task, month, staff_id, answer))
        self.task, self._check = task, (task, month)
        return task

    def _receipt_ready(self, task: Task, month: Month, staff_id: int, answer: list[object]) -> None:
        if self.task is task:
            self.task = self._check = None
        if answer and not task.is_cancel_requested() and month == self.page.pay_month():
            ReceiptDialog.ask(self.page, self.page.shop, month, staff_id, answer[0])
        self.ended.emit(None)

    def period_changed(self) -> None:
        """Another period shown: a check still running of another pay month is asked about no more, nor is its
        progress shown over the window while it stops (at its next step: a period worked out, seconds on a big
        shop)."""
        if self._check is not None and self._check[0].running and self._check[1] != self.page.pay_month():
            check, self._check = self._check[0], None
            check.cancel()
            check.progress.disconnect()  # its dialog's: a step told after would show it again
            if check.dialog is not None:
                check.dialog.cancel()  # hidden

    def stop(self) -> None:
        if self.task is not None and self.task.running:
            self.task.cancel_and_wait()

    def _checked(self, check: Task, what: str, month: Month, path: str | Path | None, answer: list[str]) -> None:
        if self.task is check:
            self.task = self._check = None
        page = self.page
        # cancelled (its 取消, another period, the page closed), failed (said by its dialog), or a stale answer
        if not answer or check.is_cancel_requested() or month != page.pay_month():
            self.ended.emit(None)
            return
        nothing = self._nothing_paid(what, month, answer[0])
        if nothing or what == CHOOSE:
            errors.show_info(page, nothing or _tr("请先在表中选中一名员工，或在「员工」筛选中选择"))
            self.ended.emit(None)
            return
        task = self._write(what, month, path)
        if task is None:
            self.ended.emit(None)

    def _write(self, what: str, month: Month, path: str | Path | None) -> Task | None:
        title = self._title(what)
        draft = self._draft_wanted(title, month)  # before the file name: a 'no' asks nothing more
        if draft is None:
            return None
        if path is None:
            if what == PAYOUT:
                named, suffix, kind = "奖金发放表", ".xlsx", _tr("Excel 文件 (*.xlsx)")
            else:
                named, suffix, kind = "奖金计算单（全员）", ".pdf", _tr("PDF 文件 (*.pdf)")
            suggested = paths.suggested_shop_export(named, self.page.shop.name, month.key(), suffix)
            chosen, _ = QFileDialog.getSaveFileName(self.page, title, str(suggested), kind)
            if not chosen:
                return None
            path = chosen
        if what == PAYOUT:
            label = _tr("正在导出 {month} 发放表…").format(month=month.shown_label())
        else:
            label = _tr("正在生成 {month} 全员计算单…").format(month=month.shown_label())
        work = export_work(self.page.shop, "payout" if what == PAYOUT else "receipts", month, path, draft)
        task = run_with_progress(self.page, work, title=title, label=label)
        written: list[object] = []
        task.succeeded.connect(written.append)
        task.succeeded.connect(lambda result: self._say_written(what, month, result))
        task.finished.connect(lambda: self._written(task, written))
        self.task = task
        return task

    def _written(self, task: Task, written: list[object]) -> None:
        if self.task is task:
            self.task = None
        self.ended.emit(written[0] if written else None)

    def _say_written(self, what: str, month: Month, result) -> None:
        from app.awards.payout import changed_note, netted_note, owing_note

        if what != PAYOUT:
            text = _tr("已导出 {month} 全员计算单：{path}").format(month=month.shown_label(), path=result.path)
            if result.changed:  # the approval printed, the data changed since: as the sheet's message says it
                text += "\n\n" + changed_note(result.changed, receipts=True)
            errors.show_info(self.page, text)
            return

        text = _tr("已导出 {month} 发放表{draft}：{path}").format(
            month=month.shown_label(), draft=_tr("（草稿）") if result.draft else "", path=result.path)
        text += "\n" + result.totals_text()  # as the command line says it: the figure checked against the page
        if result.owing:
            text += "\n\n" + owing_note(result.owing)
        if result.netted:
            text += "\n\n" + netted_note(result.netted)
        if result.changed:
            text += "\n\n" + changed_note(result.changed)
        errors.show_info(self.page, text)

    @staticmethod
    def _title(what: str) -> str:
        return _tr("导出发放表") if what == PAYOUT else _tr("全员计算单") if what == RECEIPTS else _tr("查看计算单")

    def _nothing_known(self, month: Month) -> str:
        """Nobody to pay, known without computing: no staff yet, or no plan in force for the pay month."""
        shop = self.page.shop
        if not shop.staff.list():
            return _tr("还没有员工，也就没有奖金要发放。请先到「员工」页添加员工，导入或录入数据后点「计算」、"
                       "「批准…」，再来导出发放表和计算单。")
        if not shop.awards.plans.in_force(month):
            return _tr("{month} 没有生效的激励方案，也就没有奖金要发放：请先点「方案…」选用方案，再计算、批准。"
                       ).format(month=month.shown_label())
        return ""

    @staticmethod
    def _nothing_paid(what: str, month: Month, paid: str) -> str:
        """What is the case, and what to do, when the pay month pays no person ("" when someone is paid); the
        payout sheet, which lists team funds too, is written for a team paid."""
        if paid == PEOPLE:
            return ""
        if paid == TEAMS:  # a team fund or goods: on the payout sheet, on nobody's 计算单
            return "" if what == PAYOUT else _tr(
                "{month} 的奖励都发给了团队（团队基金或实物），没有发给个人的，也就没有计算单要生成；团队的奖励见"
                "「导出发放表…」导出的发放表。").format(month=month.shown_label())
        return _tr("{month} 没有人获得奖励，没有发放表或计算单要生成。每个奖项为什么没有人获得，见下方"
                   "「未获奖原因」；如有需要，可以点「添加手动奖项…」。").format(month=month.shown_label())

    def _draft_wanted(self, title: str, month: Month) -> bool | None:
        """Whether to write a draft: a month with periods not approved yet offers one in the window's words (the
        refusal's own message is the command line's). None: not wanted."""
        periods = unapproved_periods(self.page.shop, month)
        if not periods:
            return False
        question = _tr("{periods}还没有批准。要导出草稿（每页标明“草稿”）吗？也可以先点「{approve}」。").format(
            periods=joined(p.shown_label() for p in periods), approve=self.page.approve_button.text())
        return True if errors.confirm(self.page, question, title, yes_text=_tr("导出草稿")) else None
