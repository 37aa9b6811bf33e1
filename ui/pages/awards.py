"""评奖 page: pick a period → 计算 (in the background) → review the lines and the totals per person, see why
people got nothing, add manual lines and adjustments → 批准. An approved period whose data changed since shows
a banner with the differences per person and 重新计算并批准; the approval history is kept. 导出发放表 and 全员计算单
write the pay month's payout sheet and everyone's receipts in the background; 查看计算单 shows a person's receipt;
方案模拟 compares a draft plan."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app import i18n
from app.awards import Review
from app.awards.caveats import confirmation_reasons, data_short_note, no_data_note
from app.awards.paymonth import unapproved_periods
from app.awards.service import ChangedSinceShown, ConfirmationNeeded
from app.clock import shown_stamp
from app.errors import HonghuaError
from app.i18n import in_words, joined
from app.money import format_yuan
from app.periods import Month, Period, parse_month, parse_period, shown_date
from app.shop import Shop
from app.store.db import window_holding
from ui import errors
from ui.dialogs.award_dialogs import AdjustDialog, ManualAwardDialog
from ui.dialogs.common import buddy_label, is_short
from ui.dialogs.simulate_dialog import SimulateDialog
from ui.models.award_models import STAFF_ROLE, AwardLineModel
from ui.pages.awards_exports import CHOOSE, PAYOUT, RECEIPTS, PayMonthExports
from ui.pages.awards_work import award_work as _work
from ui.person_choice import told_apart
from ui.plans.plan_dialog import PlanDialog
from ui.tasks import Task, run_with_progress
from ui.widgets.award_lines_table import award_lines_table
from ui.widgets.award_tabs import AwardTabs
from ui.widgets.changed_banner import ChangedBanner
from ui.widgets.elided_label import ElidedLabel
from ui.widgets.file_wait_bar import FileWaitBar
from ui.widgets.no_staff_notice import NoStaffNotice
from ui.widgets.notice_area import NoticeArea
from ui.widgets.period_kind_picker import KINDS, PeriodKindPicker
from ui.widgets.room_watch import RoomWatch


class AwardsPage(QWidget):
    title = "评奖"
    keeps_month_while_shown = True  # past midnight into a new month: the period under review stays
    loaded = Signal()  # a review was shown (or the attempt ended)
    navigate = Signal(str)  # asks the main window to open another page (the 员工 page while there is nobody)

    def __init__(self, shop: Shop, parent: QWidget | None = None):
        super().__init__(parent)
        self.shop = shop
        self.review: Review | None = None
        self.names: dict[int, str] = {}
        self.task: Task | None = None
        self._queued: tuple[str, bool, str | None] | None = None  # the owner's click waiting for another click's job
        self._running_quiet = False
        self._again = False
        self.exports = PayMonthExports(self)  # 导出发放表 and 全员计算单, beside any computation
        self._build()  # its work is stopped by its window (MainWindow.stop_page_work)

    # ---- building
    def _build(self) -> None:
        self.picker = PeriodKindPicker(self.shop.awards.month_to_open())
        self.picker.periodChanged.connect(lambda _p: self.refresh())
        self.picker.periodChanged.connect(lambda _p: self.exports.period_changed())
        self.compute_button = QPushButton(self.tr("计算"))
        self.compute_button.setToolTip(self.tr("按本期生效的方案计算奖项（已批准的期间会检查数据是否有变化）"))
        self.compute_button.clicked.connect(lambda: self.compute())
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.simulate_button = QPushButton(self.tr("方案模拟…"))
        self.simulate_button.clicked.connect(self.simulate)
        self.plans_button = QPushButton(self.tr("方案…"))
        self.plans_button.setToolTip(self.tr("本店的激励方案：复制预设、编辑规则、设为生效、导入导出"))
        self.plans_button.clicked.connect(lambda: self.edit_plans())
        top = QHBoxLayout()
        top.addWidget(self.picker)
        top.addWidget(self.compute_button)
        top.addStretch(1)
        top.addWidget(self.plans_button)
        top.addWidget(self.simulate_button)

        self.file_wait = FileWaitBar()  # the background read waiting for another program holding the file
        self.file_wait.cancelClicked.connect(self._stop_waiting)
        self.banner = ChangedBanner()
        self.banner_title, self.banner_text = self.banner.title, self.banner.text
        self.reapprove_button = self.banner.button
        self.reapprove_button.clicked.connect(lambda: self.approve())
        self.notes = QLabel(wordWrap=True)
        self.notes.setStyleSheet("color: #8a5a00;")
        self.notes.hide()
        self.no_staff = NoStaffNotice(self.tr("还没有员工：先到「员工」页添加员工，再录入或导入数据；评奖按每个人的数据计算。"))
        self.no_staff.addStaff.connect(lambda: self.navigate.emit("staff"))

        self.person_filter = QComboBox()
        self.award_filter = QComboBox()
        self.count = ElidedLabel()  # gives way in a narrow window (English, 150 %), the whole line in its tooltip
        filters = QHBoxLayout()
        for label, combo in ((self.tr("员工"), self.person_filter), (self.tr("奖项"), self.award_filter)):
            filters.addWidget(buddy_label(label, combo))
            filters.addWidget(combo)
            combo.setMinimumContentsLength(12)  # 全部奖项 and All awards fit before the first lines arrive
            combo.currentIndexChanged.connect(lambda _i: self.apply_filters())
        filters.addWidget(self.count, 1)

        self.model = AwardLineModel(self)
        self.table = award_lines_table(self.model)  # a long 说明 wraps in its row
        self.table.setAccessibleName(self.tr("获奖明细"))

        self.tabs = AwardTabs()
        self.totals_model = self.tabs.totals_model
        self.tabs.remove_button.clicked.connect(lambda: self.remove_manual())
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        self.manual_button = QPushButton(self.tr("添加手动奖项…"))
        self.manual_button.clicked.connect(self.add_manual)
        self.adjust_button = QPushButton(self.tr("调整…"))
        self.adjust_button.clicked.connect(self.adjust)
        self.approve_button = QPushButton(self.tr("批准…"))
        self.approve_button.clicked.connect(lambda: self.approve())
        self.payout_button = QPushButton(self.tr("导出发放表…"))
        self.payout_button.clicked.connect(lambda: self.export_payout())
        self.receipt_button = QPushButton(self.tr("查看计算单…"))
        self.receipt_button.clicked.connect(lambda: self.show_receipt())
        self.all_receipts_button = QPushButton(self.tr("全员计算单…"))
        self.all_receipts_button.setToolTip(self.tr("发放月份里有奖励的每个人，一人一页，合成一个 PDF"))
        self.all_receipts_button.clicked.connect(lambda: self.export_all_receipts())
        bottom = QHBoxLayout()
        for button in (self.manual_button, self.adjust_button, self.approve_button):
            bottom.addWidget(button)
        bottom.addStretch(1)
        for button in (self.payout_button, self.receipt_button, self.all_receipts_button):
            bottom.addWidget(button)

        notices = QWidget()
        notices_layout = QVBoxLayout(notices)
        notices_layout.setContentsMargins(0, 0, 0, 0)
        notices_layout.addWidget(self.file_wait)  # first: never scrolled out of sight
        notices_layout.addWidget(self.no_staff)
        notices_layout.addWidget(self.state)  # a row of its own: the status and the plans never squeeze the buttons
        notices_layout.addWidget(self.banner)
        notices_layout.addWidget(self.notes)
        self.notices = NoticeArea(notices)  # in a short window they scroll: the tables and buttons keep their room
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.notices)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        self.room_watch = RoomWatch(self, lambda room: self.notices.set_short(is_short(room)))

    # ---- loading
    @property
    def period(self) -> Period:
        return self.picker.period()

    @property
    def busy(self) -> bool:
        return self.task is not None and self.task.running

    def refresh(self) -> None:
        """Cheap reads now; the period's state (approved lines, changed flag) is recomputed in the background."""
        period = self.period
        if self.review is not None and self.review.period != period:
            self._show(None)
        has_plan = bool(self.shop.awards.plans.in_force(period))
        for button in (self.compute_button, self.manual_button, self.adjust_button, self.approve_button):
            button.setEnabled(has_plan)
        if has_plan:  # a draft is worked out too (a month takes tens of ms): no "not computed"
            self._run("status", quiet=True)  # started first: the reads below are done while it runs
        staff = self.shop.staff.list()
        self.no_staff.setVisible(not staff)
        self.names = told_apart(staff)
        self._fill_manual(period)
        self._fill_history(period)
        if not has_plan:
            self._show(None)
            later = self.shop.awards.plans.first_after(period)
            if later is not None:
                self.state.setText(self.tr("{period}没有生效的激励方案：方案自 {month} 起才生效").format(
                    period=period.shown_label(), month=parse_month(later).shown_label()))
            else:
                self.state.setText(self.tr("还没有生效的激励方案：请点「方案…」选用方案"))
            self.loaded.emit()

    def open_on(self, key: str) -> None:
        """Opened from another page on a period (the 证书 page's notice): the picker shows it, read by the refresh
        that showing the page makes."""
        period = parse_period(key)
        if period != self.period:
            self.picker.blockSignals(True)
            self.picker.setPeriod(period)
            self.picker.blockSignals(False)
            self.exports.period_changed()

    def compute(self) -> Task | None:
        return self._run("compute", quiet=False)

    def _run(self, action: str, quiet: bool, confirm: bool = False, seen: str | None = None) -> Task | None:
        if self.busy:
            if quiet:
                self._again = True  # refresh again once the running job is done
                return None
            if not self._running_quiet:
                self._queued = (action, confirm, seen)  # a click of the owner's is never dropped: it runs next
                return None
            self._drop_background_refresh()  # the owner's click goes first; the refresh's answer is ignored
        work = _work(self.shop, action, self.period, confirm, seen)
        self.file_wait.hide()
        if quiet:
            task = Task(work, self)
            task.succeeded.connect(self._show)
            task.failed.connect(lambda exc: self._failed(exc))
            task.cancelled.connect(self._read_cancelled)
            task.finished.connect(task.deleteLater)
            task.writerWaiting.connect(lambda: self._file_waited(task))
            task.writerWaitOver.connect(lambda: self._file_wait_over(task))
            if self.review is None:  # what is shown stays until the answer comes: the page does not jump
                self.state.setText(self.tr("{period}：正在更新…").format(period=self.period.shown_label()))
        else:
            label = self.tr("正在批准…") if action == "approve" else self.tr("正在计算…")
            done = self._approved if action == "approve" else self._show
            task = run_with_progress(self, work, title=self.tr("评奖"), label=label, on_success=done,
                                     on_cancelled=self._approval_cancelled if action == "approve" else None)
            task.failed.connect(self._action_failed)
        task.cancelled.connect(self.loaded.emit)
        task.finished.connect(lambda: self._finished(task))
        self.task = task
        self._running_quiet = quiet
        if quiet:
            task.start()
        return task

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, HonghuaError):
            self.state.setText(exc.message)
        else:
            errors.show_exception(self, exc)
        self.loaded.emit()

    def _approved(self, approval) -> None:
        if isinstance(approval, ConfirmationNeeded):  # found at the approval, not in the results asked about
            shown = self.review.shown if self.review else None  # the results checked, whatever a refresh shows next
            QTimer.singleShot(0, lambda: self._ask_to_confirm(approval.reasons, shown))  # once `_finished` is done
            return
        self._show(approval.review)

    def _ask_to_confirm(self, reasons: list[str], seen: str | None) -> Task | None:
        """The question 批准 asks before an approval that needs confirming, with the button to confirm it."""
        text = self.tr("{period} 需要确认后才能批准：{reasons}。\n确认仍要批准吗？").format(
            period=self.period.shown_label(), reasons=joined(reasons, separator="；"))
        if errors.confirm(self, text, self.tr("批准评奖结果"), yes_text=self.tr("批准")):
            return self._run("approve", quiet=False, confirm=True, seen=seen)
        self.loaded.emit()

    def _action_failed(self, exc: BaseException) -> None:
        if isinstance(exc, ChangedSinceShown):  # refused: show the results as they are now, to be checked again
            self._again = True
        self.loaded.emit()

    def _approval_cancelled(self) -> None:  # while it waited for another window or command to finish writing
        errors.show_info(self, self.tr("已取消批准：什么都没有改动。"))

    def _file_waited(self, task: Task) -> None:
        if task is self.task:
            self.file_wait.waiting(self.tr(
                "{period}：数据文件正被红花榜的另一个命令（例如计划任务的导入）或窗口使用，等它用完就接着更新。"
                "点「取消」停止等待，页面保持原样。").format(period=self.period.shown_label())
                + window_holding(self.shop.store.path))

    def _file_wait_over(self, task: Task) -> None:
        if task is self.task and not task.is_cancel_requested():
            self.file_wait.hide()

    def _stop_waiting(self) -> None:
        if self.task is not None and self._running_quiet:
            self.task.cancel()
            self.file_wait.stopping()

    def _read_cancelled(self) -> None:
        self._again = False  # not read again at once: the file is still held
        if self.review is None:
            self.state.clear()  # no 「正在更新…」 left behind
        self.file_wait.said(self.tr("已停止等待：{period}没有更新，页面保持原样。等另一个程序用完数据文件后，点「计算」再试。"
                                    ).format(period=self.period.shown_label()))

    def _drop_background_refresh(self) -> None:
        task = self.task
        assert task is not None
        self.file_wait.hide()
        for signal in (task.succeeded, task.failed, task.cancelled, task.finished):
            signal.disconnect()
        task.writerWaiting.disconnect()
        task.writerWaitOver.disconnect()
        task.finished.connect(task.deleteLater)
        task.cancel()
        self.task = None

    def _finished(self, task: Task) -> None:
        if task is not self.task:  # another run was started while this one's answer was shown: wait for that one
            return
        self.task = None
        queued, self._queued = self._queued, None
        if queued is not None:
            self._again = False
            self._run(queued[0], quiet=False, confirm=queued[1], seen=queued[2])
            return
        if self._again:
            self._again = False
            self.refresh()

    def stop_tasks(self) -> None:
        if self.task is not None and self.task.running:
            self.task.cancel_and_wait()
        self.exports.stop()

    def closeEvent(self, event) -> None:
        self.stop_tasks()
        super().closeEvent(event)

    # ---- showing
    def _show(self, review: Review | None) -> None:
        if review is not None and review.period != self.period:
            self._again = True  # the period changed while this was computed
            return
        self.review = review
        if review is not None:  # nobody is named on an empty page
            self.file_wait.hide()
            self.names = told_apart(self.shop.staff.list())
        lines = review.lines if review else []
        self._refill(self.person_filter, self.tr("全部员工"),
                     sorted({(x.staff_id, self.names.get(x.staff_id, x.staff_name or "")) for x in lines
                             if x.staff_id is not None}))
        self._refill(self.award_filter, self.tr("全部奖项"), [(a, a) for a in dict.fromkeys(x.award for x in lines)])
        self.apply_filters()
        self.tabs.show_review(review, self.names)
        self._show_state(review)
        if review is not None:
            self._fill_manual(review.period)
            self._fill_history(review.period)
            self.loaded.emit()

    def _refill(self, combo: QComboBox, everyone: str, items: list[tuple[object, str]]) -> None:
        keep = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everyone, None)
        for data, text in items:
            combo.addItem(text, data)
        combo.setCurrentIndex(max(combo.findData(keep), 0))
        combo.blockSignals(False)

    def apply_filters(self) -> None:
        lines = self.review.lines if self.review else []
        person, award = self.person_filter.currentData(), self.award_filter.currentData()
        shown = [x for x in lines if (person is None or x.staff_id == person) and (award is None or x.award == award)]
        self.model.set_lines(shown, self.names)
        if lines:
            self.count.setText(self.tr("显示 {n} / {total} 行").format(n=len(shown), total=len(lines)))
        else:  # an empty table says where the reasons are (a new shop's first month, often)
            self.count.setText(self.tr("本期没有人获奖：每个奖项的原因见下方「未获奖原因」") if self.review else "")

    def _show_state(self, review: Review | None) -> None:
        # approved and nothing changed since: 批准… would only say so (the compute button follows the plans in force)
        settled = review is not None and review.approved is not None and not review.changed
        not_started = review is not None and review.period.start > self.shop.today  # the service refuses it
        self.approve_button.setEnabled(self.compute_button.isEnabled() and not settled and not not_started)
        if settled and review is not None:
            tip = self.tr("{period} 已批准，数据没有变化，无需重新批准").format(period=review.period.shown_label())
        elif not_started and review is not None:
            tip = self.tr("{period} 还没有开始，开始后才能批准").format(period=review.period.shown_label())
        else:
            tip = ""
        self.approve_button.setToolTip(tip)
        if review is None:
            self.state.clear()
            self.banner.show_review(None)
            self.notes.clear()
            self.notes.hide()
            return
        label = review.period.shown_label()
        net = format_yuan(sum(x.net_fen for x in review.totals))
        if review.approved is None:
            text = self.tr("{period}：尚未批准（草稿）").format(period=label)
        else:
            text = self.tr("{period}：已于 {at} 由 {user} 批准").format(
                period=label, at=shown_stamp(review.approved.approved_at), user=review.approved.user)
        plans = self.tr("方案：{plans}").format(plans=_plans(review.approved_plans or review.plans))
        if review.plan_changed:  # the lines are the approved plan's: name it, and the one in force now
            plans += self.tr("（批准时）；现在生效：{plans}").format(plans=_plans(review.plans))
        self.state.setText(text + self.tr("　个人实发合计 {net}").format(net=net) + "\n" + plans)
        notes = []
        if not_started:  # a month one ▶ too far: 批准… is greyed, and the figures are no month's results yet
            notes.append(self.tr("{period} 还没有开始（{start} 开始）：下面只是按现有数据的预览，开始后才能批准").format(
                period=label, start=shown_date(review.period.start)))
        elif not review.ended:
            notes.append(self.tr("期间到 {end} 才结束，结果是暂时的").format(end=shown_date(review.period.end)))
        if review.provisional_values:
            notes.append(i18n.fill(self.tr("还有 {n} 个暂定或尚未统计的数值"), n=review.provisional_values))
        short = data_short_note(review)
        if short:
            notes.append(short)
        longer = self._longer_periods_waiting(review)
        if longer:
            notes.append(longer)
        # one note a line: the English ones written to go inside a sentence start as one here
        self.notes.setText("\n".join(note[:1].upper() + note[1:] for note in [*notes, *review.notes]))
        self.notes.setVisible(bool(self.notes.text()))
        self.banner.show_review(review)

    def _longer_periods_waiting(self, review: Review) -> str:
        """A month that ends a quarter (half-year, year) whose awards are not approved yet: said on the month, since
        they are paid with it and the period picker shows only the month."""
        if review.period.kind != "month" or not review.ended:
            return ""
        month = Month(review.period.start.year, review.period.start.month)
        waiting = [p for p in unapproved_periods(self.shop, month) if p.kind != "month"]
        if not waiting:
            return ""
        kinds = dict(KINDS)
        choices = self.tr("或").join(self.tr("「{kind}」").format(kind=self.picker.tr(kinds[p.kind])) for p in waiting)
        if len(waiting) == 1:
            return self.tr("{periods}也在这个月结束，还没有批准：在左上角选{choices}，计算并批准；奖金与这个月的一起发放"
                           ).format(periods=waiting[0].shown_label(), choices=choices)
        return self.tr("{periods}也在这个月结束，都还没有批准：在左上角选{choices}，分别计算并批准；奖金与这个月的一起发放"
                       ).format(periods=in_words(p.shown_label() for p in waiting), choices=choices)

    def _fill_manual(self, period: Period) -> None:
        self.tabs.show_manual(self.shop.awards.manual_lines(period), self.names)

    def _fill_history(self, period: Period) -> None:
        self.tabs.show_history([(r, self.shop.awards.approved_net(r)) for r in self.shop.awards.history(period)])

    # ---- actions
    def selected_staff_id(self) -> int | None:
        """The person of the selected line, else of the selected totals row, else the person filter."""
        index = self.table.currentIndex()
        staff_id = self.model.data(index, STAFF_ROLE) if index.isValid() else None
        if staff_id is None:
            staff_id = self.tabs.selected_staff_id()
        return staff_id if staff_id is not None else self.person_filter.currentData()

    def add_manual(self) -> None:
        if ManualAwardDialog.ask(self, self.shop, self.period, self.selected_staff_id()) is not None:
            self.refresh()

    def adjust(self) -> None:
        if AdjustDialog.ask(self, self.shop, self.period, self.selected_staff_id()) is not None:
            self.refresh()

    def remove_manual(self, manual_id: int | None = None) -> None:
        manual_id = manual_id if manual_id is not None else self.tabs.selected_manual_id()
        if manual_id is None:
            errors.show_info(self, self.tr("请先在「手动奖项与调整」中选中一行"))
            return
        question = self.tr("删除手动行 #{id}？删除会记入操作日志。").format(id=manual_id)
        if said := self.shop.awards.removal_note(manual_id):  # waits for the next approval, or is as approved again
            question += "\n\n" + said
        if not errors.confirm(self, question):
            return
        try:
            self.shop.awards.remove_manual(manual_id)
        except HonghuaError as e:
            errors.show_error(self, e.message)
            return
        self.refresh()

    def approve(self) -> Task | None:
        review = self.review
        if review is None:
            errors.show_info(self, self.tr("请先点击「计算」，核对结果后再批准"))
            return None
        if review.approved is not None and not review.changed:
            errors.show_info(self, self.tr("{period} 已批准，数据没有变化，无需重新批准").format(period=review.period.shown_label()))
            return None
        reasons = confirmation_reasons(review)
        text = self.tr("批准 {period} 的评奖结果？批准后结果将锁定，用于发放表和计算单。").format(
            period=review.period.shown_label())
        if review.changed:
            text = self.tr("按最新数据重新计算并批准 {period}？原来的批准会保留在批准记录中。").format(
                period=review.period.shown_label())
            if review.plan_changed:
                text = self.tr("按现在生效的方案（{change}）重新计算并批准 {period}？原来的批准会保留在批准记录中。"
                               ).format(change=review.plan_change, period=review.period.shown_label())
            text += "\n" + review.net_change()  # the money the new approval changes, before the owner says yes
        said = [*reasons, data_short_note(review)]  # the data's missing last days: said, not a confirmation
        if any(said):
            text += "\n\n" + self.tr("请注意：{reasons}。\n确认仍要批准吗？").format(
                reasons=joined([x for x in said if x], separator="；"))
        no_data = no_data_note(self.shop, review.period)  # someone's report not imported, often: named, to cancel
        if no_data:
            text += "\n\n" + no_data[:1].upper() + no_data[1:]
        owing = review.owing(computed=True)  # deductions beyond the awards (or the pay): said before, not after
        if owing:
            text += "\n\n" + owing
        if not errors.confirm(self, text, self.tr("批准评奖结果"), yes_text=self.tr("批准")):
            return None
        return self._run("approve", quiet=False, confirm=bool(reasons), seen=review.shown)

    def pay_month(self) -> Month:
        end = self.period.end
        return Month(end.year, end.month)

    @property
    def exporting(self) -> bool:
        return self.exports.running

    @property
    def export_task(self) -> Task | None:
        return self.exports.task

    def export_payout(self, path: str | Path | None = None) -> Task | None:
        """Write the pay month's payout sheet in the background, once a worker found whom it pays and the draft
        was asked about (`PayMonthExports`); `exports.ended` says what was written."""
        return self.exports.start(PAYOUT, path)

    def export_all_receipts(self, path: str | Path | None = None) -> Task | None:
        """Everyone's 计算单 of the pay month in one PDF, one page each (for the payroll folder), as 导出发放表."""
        return self.exports.start(RECEIPTS, path)

    def show_receipt(self, staff_id: int | None = None) -> Task | None:
        staff_id = staff_id if staff_id is not None else self.selected_staff_id()
        if staff_id is None:  # nobody to choose, maybe: a worker finds out, then why or "choose someone" is said
            return self.exports.start(CHOOSE)
        return self.exports.show_receipt(staff_id)  # worked out by a worker, then shown

    def simulate(self) -> None:
        SimulateDialog.ask(self, self.shop)

    def edit_plans(self) -> None:
        start = self.period.start
        if PlanDialog.ask(self, self.shop, start=Month(start.year, start.month)):
            self._show(None)  # the plans in force may have changed: show the period afresh
            self.refresh()


def _plans(plans: list[dict]) -> str:
    return joined((QCoreApplication.translate("AwardsPage", "{plan}（{departments}）").format(
        plan=p["plan"], departments=joined(p["departments"])) for p in plans), separator="；")
