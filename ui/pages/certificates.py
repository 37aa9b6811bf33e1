"""证书 page: a period's certificates with checkboxes, a live preview of the selected one, and 打印 / 保存PDF /
打开文件夹. Generating runs in the background (its own connection) with progress and cancel; the preview and the
printer's pages are the PDF's own pages as images, so what is seen is what is printed. Templates: 默认模板 is the
shop's default; an award may have its own (本奖项模板, under the list), used by its preview and prints unless
全部用默认模板 is ticked for a job. 印章与签名… opens the dialog for the seal, signature and logo."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.awards import Review
from app.awards.computing import NoPlanInForce
from app.certificates.checks import missing_text, order_key, shortened_text
from app.certificates.citation import with_field_braces
from app.certificates.model import NAME, STAFF, CertificateRequest, Options
from app.certificates.options import PAGE_LABELS, TEMPLATE_LABELS
from app.certificates.service import CertificateService
from app.certificates.sources import winners
from app.errors import HonghuaError
from app.i18n import fill
from app.periods import Month, Period, newest_first, parse_period
from app.shop import Shop
from ui import errors
from ui.dialogs.certificate_images import CertificateImagesDialog
from ui.pages.awards_work import on_own_connection
from ui.pages.certificate_manual import ManualForm
from ui.pages.certificate_output import CertificateOutput
from ui.person_choice import told_apart_names
from ui.preview_folders import make_preview_folder
from ui.tasks import Task
from ui.widgets.approval_changed_notice import ApprovalChangedNotice
from ui.widgets.certificate_preview import PreviewPane, rendered_certificate
from ui.widgets.check_all import CheckAll
from ui.widgets.elided_label import ElidedLabel
from ui.widgets.eliding_combo import ElidingComboBox

PREVIEW_DELAY_MS = 250
LIST_WIDTH = 400  # the list's width on a laptop, and the least it is given


class CertificatesPage(CertificateOutput, QWidget):
    title = "证书"
    navigate = Signal(str)  # asks the main window to open another page: 评奖 on a period, "awards:2026-10"

    def __init__(self, shop: Shop, parent: QWidget | None = None):
        super().__init__(parent)
        self.shop = shop
        self.requests: list[CertificateRequest] = []
        self._shown: list[CertificateRequest] = []  # the requests the list shows, row by row
        self.approved = False
        self.last_folder: Path | None = None
        self._loaded_period: str | None = None
        self._numbers: dict[int, str] = {}  # row → its certificate's number, once it has one
        self._offer = 0  # winners of the loaded period whose awards give no 奖状 (offered: 全部载入)
        self._said = ""  # the last save's or print's message: a reload keeps it while the list is the same
        self._state_status = ""  # what happens to the listed certificates (approved or draft): said once the list
        # that was empty, with its note to use 手工添加, gets a certificate by hand
        self._temp = temp = make_preview_folder()  # preview and printer pages
        self.destroyed.connect(lambda: shutil.rmtree(temp, ignore_errors=True))
        self._preview_timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self.update_preview)
        self._approval_asked: Task | None = None  # the newest check of the listed period's approval
        self._approval_checks: set[Task] = set()  # those still running (an older one's answer is dropped)
        self._build()

    @property
    def service(self) -> CertificateService:
        return CertificateService(self.shop.store, self.shop.ctx, self.shop.settings)

    # ---- building
    def _build(self) -> None:
        self.period = QComboBox(editable=True)
        self.period.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)  # its periods grow with approvals
        self.period.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)  # a typed period is read, not listed
        self.load_button = QPushButton(self.tr("载入获奖名单"))
        self.load_button.clicked.connect(lambda: self.load_requests())  # not Qt's `checked` as `keep`
        self.which = ElidingComboBox()  # a new shop's plan may give no 奖状 at all: its winners can have one anyway
        self.which.addItem(self.tr("只载入发奖状的奖项"), False)
        self.which.addItem(self.tr("载入全部获奖者"), True)
        self.which.setAccessibleName(self.tr("载入哪些获奖者"))
        self.which.setToolTip(self.tr("「载入全部获奖者」也列出方案里没有勾选「获奖者得奖状」的奖项（扣款除外）"))
        self.which.currentIndexChanged.connect(lambda _i: self.reload())
        self.template = ElidingComboBox()
        for key, label in TEMPLATE_LABELS.items():
            self.template.addItem(self.tr(label), key)
        self.force_template = QCheckBox(self.tr("全部用默认模板"))
        self.force_template.setToolTip(self.tr("勾选后，这次打印的所有证书都用默认模板，不管各奖项设置的模板"))
        self.images_button = QPushButton(self.tr("印章与签名…"))
        self.images_button.clicked.connect(self.edit_images)
        self.paper = QComboBox()
        for key, label in PAGE_LABELS.items():
            self.paper.addItem(self.tr(label), key)
        self.cards = ElidingComboBox()  # the 小卡片 template's own paper: 4 to an A4 landscape sheet, or 8 to a portrait one
        self.cards.addItem(self.tr("每张 A4 横向 4 张"), 4)
        self.cards.addItem(self.tr("每张 A4 纵向 8 张"), 8)
        self.cards.setAccessibleName(self.tr("小卡片每张纸印几张"))
        self.cards.setToolTip(self.tr("小卡片每张 A4 纸印几张：4 张（横向）或 8 张（纵向），和其他打印设置一起记住"))
        self.cards.hide()  # shown while one prints as a card (`_relabel`): hidden first, so no room is made for it
        self.chinese_date = QCheckBox(self.tr("中文日期"))
        self.show_value = QCheckBox(self.tr("显示奖励"))
        self.citation = QLineEdit()
        self.citation.setPlaceholderText(self.tr("评语模板，可用 {姓名} {期间} {奖项} {奖励} {店铺} {名次}"))
        # what to print, then how it looks: two rows fit beside the navigation at 1024 wide, in English too
        top = QHBoxLayout()
        period_label, template_label = QLabel(self.tr("期间")), QLabel(self.tr("默认模板"))
        period_label.setBuddy(self.period)  # what a screen reader says for the field
        template_label.setBuddy(self.template)
        for widget in (period_label, self.period, self.load_button, self.which, template_label, self.template,
                       self.force_template):
            top.addWidget(widget)
        top.addStretch(1)
        cite = QHBoxLayout()
        paper_label, citation_label = QLabel(self.tr("纸张")), QLabel(self.tr("评语"))
        paper_label.setBuddy(self.paper)
        citation_label.setBuddy(self.citation)
        for widget in (paper_label, self.paper, self.cards, self.chinese_date, self.show_value, citation_label):
            cite.addWidget(widget)
        cite.addWidget(self.citation, 1)
        cite.addWidget(self.images_button)

        # a row longer than the list wraps, its end (已变更，需重印) shown without scrolling sideways
        self.list = QListWidget(accessibleName=self.tr("证书名单"), wordWrap=True, resizeMode=QListWidget.ResizeMode.Adjust)
        self.list.currentRowChanged.connect(self._row_changed)
        # a 40-character award title gives way in its middle at the pane's edge, 「年度最佳…客服组）」的模板 (the
        # tooltip has it whole), not widening the pane
        self.award_label = ElidedLabel(self.tr("本奖项模板"))
        self.award_label.setTextFormat(Qt.TextFormat.PlainText)  # an award named 最佳<i>服务</i> is shown as typed
        self.award_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.award_template = QComboBox()
        self.award_template.addItem(self.tr("跟随默认模板"), None)
        self.award_template.setAccessibleName(self.tr("本奖项模板"))  # the label beside it shows the award's name
        for key, label in TEMPLATE_LABELS.items():
            self.award_template.addItem(self.tr(label), key)
        self.award_template.setEnabled(False)
        self.award_template.activated.connect(lambda _i: self.set_award_template(self.award_template.currentData()))
        per_award = QHBoxLayout()  # 全选 first, then the selected certificate's award and its template
        for widget, stretch in ((CheckAll(self.list), 0), (self.award_label, 1), (self.award_template, 0)):
            per_award.addWidget(widget, stretch)
        self.manual = ManualForm(self.period_text)
        self.manual.made.connect(self.add_manual)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list, 1)
        left_layout.addLayout(per_award)
        left_layout.addWidget(self.manual)

        self.stale = ApprovalChangedNotice()  # the period's data changed since its approval: printed as approved
        self.stale.openAwards.connect(lambda key: self.navigate.emit(f"awards:{key}"))
        self.preview = PreviewPane()
        self.notice = QLabel(wordWrap=True)
        self.notice.setTextFormat(Qt.TextFormat.PlainText)  # names and awards are shown as typed, never as markup
        self.notice.setStyleSheet("color: #b3261e;")
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.stale)
        right_layout.addWidget(self.preview, 1)
        right_layout.addWidget(self.notice)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        # wide enough for 「姓名 · 奖项 · 模板 (证书编号)」; a wider window widens the list too (its rows wrap),
        # not only the preview, while a laptop's keeps it at that width
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([LIST_WIDTH, 2 * LIST_WIDTH])
        left.setMinimumWidth(LIST_WIDTH)

        self.print_button = QPushButton(self.tr("打印…"))
        self.print_button.clicked.connect(self.print_checked)
        self.save_button = self._save_button()
        self.folder_button = QPushButton(self.tr("打开文件夹"), enabled=False)
        self.folder_button.clicked.connect(self.open_folder)
        self.status = QLabel(wordWrap=True)  # a long path wraps: the message stays, it must not widen the window
        self.load_all_button = QPushButton(self.tr("全部载入"))  # offered when no award of the period gives a 奖状
        self.load_all_button.clicked.connect(lambda: self.which.setCurrentIndex(self.which.findData(True)))
        self.load_all_button.hide()
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.load_all_button)
        for button in (self.print_button, self.save_button, self.folder_button):
            bottom.addWidget(button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(cite)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        self.template.currentIndexChanged.connect(lambda _i: self._relabel())
        self.paper.currentIndexChanged.connect(lambda _i: self.schedule_preview())
        self.cards.currentIndexChanged.connect(lambda _i: self.schedule_preview())
        self.force_template.toggled.connect(lambda _on: self._relabel())
        for box in (self.chinese_date, self.show_value):
            box.toggled.connect(lambda _on: self.schedule_preview())
        self.citation.textChanged.connect(lambda _text: self.schedule_preview())
        self._load_options()
        self.preview.show_text(self._placeholder())

    def _load_options(self) -> None:
        saved = self.service.options()
        self.template.setCurrentIndex(max(self.template.findData(saved.template), 0))
        self.paper.setCurrentIndex(max(self.paper.findData(saved.page), 0))
        self.cards.setCurrentIndex(max(self.cards.findData(saved.cards_per_sheet), 0))
        self.chinese_date.setChecked(saved.chinese_date)
        self.show_value.setChecked(saved.show_value)
        self.citation.setText(saved.citation)
        self.citation.setCursorPosition(0)  # its start ({姓名}：在{期间}…) shows when the box is narrower than the text

    # ---- loading
    def refresh(self) -> None:
        """Shown, or the shop changed: offer periods approved since, and reload the winners (an approval or a
        re-approval may have changed them), keeping certificates added by hand."""
        periods = [p.key() for p in newest_first(map(parse_period, self.shop.store.awards.approved_periods()))]
        now, judged = Month.of(self.shop.today), self.shop.awards.month_to_open()  # as 评奖 opens: maybe this month
        offered = list(dict.fromkeys([*periods, judged.key(), now.previous().key(), now.key()]))
        if offered != [self.period.itemData(i) for i in range(self.period.count())]:
            self._list_periods(offered)
        # an editable box may be squeezed below its text: in English the row's other boxes left 2026-09 as "026-0"
        self.period.setMinimumWidth(self.period.sizeHint().width())
        self.reload()

    def _list_periods(self, keys: list[str]) -> None:
        """List these periods in this order (one approved since takes its place among them), keeping the period
        chosen or typed."""
        first = self.period.count() == 0
        chosen, typed = self.period_text(), self.period.currentText()
        self.period.clear()
        for key in keys:
            self.period.addItem(parse_period(key).shown_label(), key)
        if first:
            return
        index = self.period.findData(chosen)
        if index >= 0:
            self.period.setCurrentIndex(index)
        else:
            self.period.setEditText(typed)

    def reload(self) -> None:
        """Load the chosen period again, keeping the certificates added by hand to the one listed."""
        by_hand = [r for r in self.requests if r.recipient_type == NAME] \
            if self._loaded_period == self.period_text() else []
        self.load_requests(keep=by_hand)

    def period_text(self) -> str:
        """The period chosen (its key, `2026-09`, where the list shows 2026年9月) or typed (`2026-Q3`, or as
        the list writes one: 2026年第三季度), as its key when it names one."""
        text = self.period.currentText().strip()
        index = self.period.currentIndex()
        if index >= 0 and text == self.period.itemText(index) and self.period.itemData(index):
            return str(self.period.itemData(index))
        try:
            return parse_period(text).key()
        except HonghuaError:  # loading it says why
            return text

    def load_requests(self, keep: list[CertificateRequest] | tuple = ()) -> None:
        """The winners of the chosen period, plus `keep` (certificates added by hand), then the list.

        Saving or printing numbers certificates, which changes the file, so the window's data_version poll
        reloads the page right after: the message of that save or print stays as long as the reload finds
        the same list (the same period, certificates and approval)."""
        before = (self._loaded_period, {r.identity() for r in self.requests}, self.approved)
        text = self.period_text()
        self._loaded_period = text
        self.requests, self.approved, self._state_status = [], False, ""
        all_winners = bool(self.which.currentData())
        offer = 0  # winners whose awards give no 奖状, offered when none does
        status, judged = "", False  # judged: the period's approval is known (said once the list is complete)
        approved_period = None  # whether its approval still holds is worked out in the background
        try:
            period = parse_period(text)
            keep = [*self.service.made_by_hand(period), *keep]  # made by hand earlier: listed again to reprint
            found = winners(self.shop, period, draft=True)
            self.requests, self.approved = found.requests(all_winners), found.approved
            approved_period = period if found.approved else None
        except NoPlanInForce:  # the certificates made by hand are still listed
            status = self.tr("还没有生效的激励方案：请在「评奖」页点「方案…」选用方案；手工添加的证书仍可打印")
        except HonghuaError as e:
            status = e.message
        else:
            judged = True
            if not self.requests and not keep:  # the plan's winners, if any, got no 奖状: say so, not an empty list
                offer = 0 if all_winners else found.without_certificate()
                shown = period.shown_label()
                if all_winners:
                    status = fill(self.tr("{period}没有获奖记录。要发证书，可以在列表下方「手工添加」。"), period=shown)
                elif offer:
                    status = fill(self.tr("{period}没有人获得勾了「获奖者得奖状」的奖项。本期有 {n} 位获奖者的奖项没有勾选"
                                          "发奖状：点「全部载入」为他们发证书，或在列表下方「手工添加」。"), period=shown, n=offer)
                else:
                    status = fill(self.tr("{period}没有要发证书的获奖：方案里勾了「获奖者得奖状」的奖项，这一期没有人获得。"
                                          "要发证书，可以在列表下方「手工添加」。"), period=shown)
        known = {r.identity() for r in self.requests}
        for request in keep:
            if request.identity() not in known:
                known.add(request.identity())
                self.requests.append(request)
        self.requests.sort(key=order_key)  # the order the PDF prints them in: award, then place or name
        if judged:
            self._state_status = self._approval_note()
            status = status or self._state_status
        if not (self._said and before == (text, known, self.approved)):
            self._said = ""
            self.status.setText(status)
        self._offer = offer
        self.load_all_button.setVisible(offer > 0)
        self._check_approval(approved_period)
        self._fill_list()

    def _check_approval(self, period: Period | None) -> None:
        """The notice for the approved period listed (None: none), once 评奖's review of it now is known: worked
        out on a worker's own connection, as the 评奖 page does — a month of a 200-person shop takes a third of a
        second, which each reload (every show, every change of the file) froze the window for. Meanwhile the notice
        stays as it was for that period; an answer for a period asked about before is dropped."""
        if period is None or period.key() != self.stale.period_key:
            self.stale.show_review(None)
        self._approval_asked = None
        if period is None:
            return
        task = Task(on_own_connection(self.shop, lambda own, _progress, _cancel: _as_approved(own, period)), self)
        self._approval_asked = task
        self._approval_checks.add(task)
        task.succeeded.connect(lambda review: self._approval_known(task, review))
        task.failed.connect(lambda _exc: self._approval_known(task, None))
        task.finished.connect(lambda: self._approval_checks.discard(task))
        task.finished.connect(task.deleteLater)
        task.start()

    def _approval_known(self, task: Task, review: Review | None) -> None:
        if task is self._approval_asked:
            self.stale.show_review(review)

    @property
    def checking_approval(self) -> bool:
        return bool(self._approval_checks)

    def stop_tasks(self) -> None:
        """The checks still running end before the page (or its shop) does."""
        for task in list(self._approval_checks):
            task.cancel_and_wait()

    def closeEvent(self, event) -> None:
        self.stop_tasks()
        super().closeEvent(event)

    def _approval_note(self) -> str:
        """What saving or printing the listed certificates does: numbers them once the period is approved; before,
        the winners print only as drafts, and certificates made by hand (where the list has any) are numbered when
        ticked alone."""
        if self.approved:
            return self.tr("已批准：证书将编号并记录")
        if any(r.recipient_type == NAME for r in self.requests):
            return self.tr("尚未批准：获奖名单只能打印草稿（不编号）；只勾选手工添加的证书打印时，它们会编号")
        return self.tr("尚未批准：获奖名单只能打印草稿（不编号）")

    def _say(self, text: str) -> None:
        """The status line after a save or print (or its cancelling): kept over reloads of the same list."""
        self._said = text
        self.status.setText(text)

    def _fill_list(self) -> None:
        current = self.list.currentRow()
        unticked = {self._shown[i].identity() for i in range(min(self.list.count(), len(self._shown)))
                    if self.list.item(i).checkState() != Qt.CheckState.Checked}
        self.list.clear()
        for request in self.requests:
            item = QListWidgetItem()
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked if request.identity() in unticked else Qt.CheckState.Checked)
            self.list.addItem(item)
        self._shown = list(self.requests)
        service = self.service
        certs = {i: cert for i, r in enumerate(self.requests) if (cert := service.existing(r)) is not None}
        void = service.voided(list(certs.values()))
        changed = service.changed_since_printed([(self.requests[i], c) for i, c in certs.items()])  # re-approved
        self._numbers = {i: c.number + (self.tr("，已作废") if c.id in void else self.tr("，已变更，需重印")
                                        if c.id in changed else "") for i, c in certs.items()}
        self._relabel()
        if self.requests:
            self.list.setCurrentRow(min(max(current, 0), len(self.requests) - 1))
        else:  # what to do next shows at once, not after the preview's delay
            self.preview.show_text(self._placeholder())
        self.schedule_preview()

    def _relabel(self) -> None:
        """Each row: who · award · the template it prints with (the number once it has one)."""
        chosen = self._look()
        printed = chosen.templates_for(r.award for r in self.requests)  # cards have their own paper: 4 or 8 to a sheet
        self.cards.setVisible("card" in printed)
        self.paper.setEnabled(printed != {"card"})
        self.paper.setToolTip(self.tr("小卡片固定印在 A4 上：每张 4 张（横向）或 8 张（纵向）") if "card" in printed else "")
        listed = {r.staff_id: r.recipient for r in self.requests if r.recipient_type == STAFF and r.staff_id is not None}
        # the shop's namesakes, as the 评奖 page tells them apart: one of two 张伟 listed alone still has the number
        people = told_apart_names({**{p.id: p.name for p in self.shop.staff.list()}, **listed}.items())
        for i, request in enumerate(self.requests):
            template = self.tr(TEMPLATE_LABELS[chosen.template_for(request.award)])
            number = self._numbers.get(i)
            who = people.get(request.staff_id, request.recipient) if request.recipient_type == STAFF \
                else request.recipient
            label = f"{who} · {request.award} · {template}" + (f"  ({number})" if number else "")
            self.list.item(i).setText(label)
            self.list.item(i).setToolTip(label)
        self._row_changed(self.list.currentRow())

    def _row_changed(self, row: int) -> None:
        """The per-award template combo follows the selected certificate's award."""
        request = self.requests[row] if 0 <= row < len(self.requests) else None
        self.award_template.setEnabled(request is not None)
        if request is None:
            self.award_label.setText(self.tr("本奖项模板"))
        else:
            self.preview.show_coming()
            before, _, after = self.tr("「{award}」的模板").partition("{award}")
            self.award_label.set_parts(before, request.award.strip(), after)
            own = self.service.award_templates().get(request.award.strip())
            self.award_template.setCurrentIndex(max(self.award_template.findData(own), 0))
        self.schedule_preview()

    def set_award_template(self, template: str | None) -> None:
        """The selected certificate's award gets its own template (None: it follows the default)."""
        row = self.list.currentRow()
        if not 0 <= row < len(self.requests):
            return
        try:
            self.service.set_award_template(self.requests[row].award, template)
        except HonghuaError as e:  # a locked shop (owner PIN): relabelled, the box shows the saved template again
            errors.show_error(self, e.message)
        self._relabel()

    def edit_images(self) -> None:
        CertificateImagesDialog.ask(self, self.service, on_change=self.schedule_preview)

    def add_manual(self, request: CertificateRequest) -> None:
        """A certificate made by hand (`ManualForm`) joins the list, selected."""
        if self._loaded_period != self.period_text():  # list the period it is for, where a reload keeps it
            self.load_requests()
        self._offer = 0  # the offer beside the note to add one by hand is done with (the list's choice still
        self.load_all_button.hide()  # loads all the winners)
        self.requests.append(request)
        self.requests.sort(key=order_key)  # in the list where the PDF prints it
        if self._state_status and not self._said:  # the note to add one by hand is done with; say this one's numbering
            self._state_status = self._approval_note()
            self.status.setText(self._state_status)
        self._fill_list()
        self.list.setCurrentRow(self.requests.index(request))

    def checked_requests(self) -> list[CertificateRequest]:
        return [r for i, r in enumerate(self.requests) if self.list.item(i).checkState() == Qt.CheckState.Checked]

    def _look(self) -> Options:
        """The options on screen, unchecked (for labels: the saved citation stands in for a broken one)."""
        saved = self.service.options()
        forced = self.force_template.isChecked()
        return replace(saved, template=self.template.currentData() or saved.template,
                       award_templates=() if forced else saved.award_templates)

    def chosen(self, requests: list[CertificateRequest], typed_citation: bool = True) -> Options:
        """The options on screen (with the saved citation instead of the typed one when not `typed_citation`);
        a draft when approved lines are printed before approval."""
        forced = () if self.force_template.isChecked() else None
        citation = (self.citation.text() or None) if typed_citation else None
        options = self.service.options(template=self.template.currentData(), page=self.paper.currentData(),
                                       cards_per_sheet=self.cards.currentData(), citation=citation,
                                       chinese_date=self.chinese_date.isChecked(),
                                       show_value=self.show_value.isChecked(), award_templates=forced)
        draft = not self.approved and any(r.recipient_type != NAME for r in requests)
        return replace(options, draft=draft)

    # ---- options changed and not saved yet (a numbered print saves them; the window asks before it closes)
    def pending_changes(self) -> list[str]:
        saved = self.service.options()
        typed_citation = with_field_braces(self.citation.text().strip())  # saved as {姓名}
        changed = [
            (self.tr("默认模板"), self.template.currentData() != saved.template),
            (self.tr("纸张"), (self.paper.currentData(), self.cards.currentData()) != (saved.page, saved.cards_per_sheet)),
            (self.tr("中文日期"), self.chinese_date.isChecked() != saved.chinese_date),
            (self.tr("显示奖励"), self.show_value.isChecked() != saved.show_value),
            (self.tr("评语"), bool(typed_citation) and typed_citation != saved.citation),  # empty: the saved one
        ]
        return [what for what, differs in changed if differs]

    def save_pending(self) -> bool:
        try:
            self.service.save_options(replace(self.chosen([]), draft=False, copies=1))
        except HonghuaError as e:  # a citation with an unknown field, say: named in the message
            errors.show_error(self, e.message)
            return False
        return True

    # ---- preview
    def schedule_preview(self) -> None:
        self._preview_timer.start()

    def hideEvent(self, event) -> None:
        self._preview_timer.stop()  # a hidden page draws nothing (and its shop may be closing)
        super().hideEvent(event)

    def update_preview(self) -> None:
        if not self.isVisible():
            return
        row = self.list.currentRow()
        if not 0 <= row < len(self.requests):
            self.preview.show_text(self._placeholder())
            return
        if not self.preview.fonts_ready():  # being read in the background: drawn on a later tick
            self._preview_timer.start()
            return
        request = self.requests[row]
        problems = []
        try:
            try:
                chosen = self.chosen([request])
            except HonghuaError as e:  # a citation being typed: the template and paper chosen still show
                problems.append(e.message)
                chosen = self.chosen([request], typed_citation=False)
            pdf = self.service.preview(request, self._temp / "preview.pdf", chosen, shop_name=self.shop.name)
        except HonghuaError as e:  # the pane shows neither another certificate nor 正在准备预览… any longer
            self.preview.show_text(self.tr("这张证书无法预览，原因见下方。"))
            self.notice.setText("\n".join([*problems, e.message]))
            return
        missing = self.service.check([request], chosen, self.shop.name)
        shortened = self.service.shortened([request], chosen, self.shop.name)
        self.notice.setText("\n".join([*self.service.reprint_notes([request]), *problems,
                                       *(missing_text(m) for m in missing),
                                       *([shortened_text(shortened, chosen)] if shortened else [])]))
        self.preview.show_image(rendered_certificate(pdf, chosen, chosen.template_for(request.award)))

    def _placeholder(self) -> str:
        """What the preview pane says while no certificate is selected: what to do next."""
        if self.requests:
            return self.tr("在左边的名单里点一张证书，这里显示它打印出来的样子。")
        if self._offer:
            return self.tr("这一期的获奖者都没有奖状：他们的奖项在方案里没有勾选「获奖者得奖状」。\n\n"
                           "点下方「全部载入」为他们发证书，或在左下方填写姓名和奖项，点「手工添加」。")
        return self.tr("还没有要打印的证书。\n\n选择期间后点「载入获奖名单」列出获奖者，"
                       "或在左下方填写姓名和奖项，点「手工添加」。\n\n选中一张证书后，这里显示它打印出来的样子。")


def _as_approved(shop: Shop, period: Period) -> Review | None:
    """The approved period as 评奖 reviews it now (its `changed` says the approval no longer holds); None when it
    cannot be computed (no plan in force now): nothing is said then."""
    try:
        return shop.awards.status(period)
    except HonghuaError:
        return None
