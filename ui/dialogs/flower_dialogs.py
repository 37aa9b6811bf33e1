"""Dialogs of the 小红花 page: issue a flower (with the quota left; one each for several people, for one fact),
transfer one, issue a red flag."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from app import i18n
from app.domain import RedFlag, Staff
from app.errors import UserError
from app.flowers import Flower
from app.i18n import alternatives, joined
from app.periods import Month, shown_date
from app.recognition.scheme import CATEGORIES, Scheme
from app.shop import Shop
from ui.approved_change import Declined, write_asking
from ui.dialogs.common import grow_to_fit, ok_cancel
from ui.person_choice import namesake_ids, person_choice_among, told_apart
from ui.widgets.error_label import ErrorLabel
from ui.widgets.hint_text import dim_text

LEAVERS_NAMED = 3  # the latest leavers the note under 获得人 names; the rest are counted


def nobody_may_issue(scheme: Scheme) -> str:
    """Which roles may issue, and the two ways to have someone in one (often the owner is not on the list): said
    in the dialog and on the 小红花 page."""
    roles = alternatives(dict.fromkeys((*scheme.leader_roles, *scheme.manager_roles)))
    if not roles:
        return QCoreApplication.translate(
            "IssueFlowerDialog", "没有可以发放小红花的人：请在「设置 → 看板与小红花」里填写领导层或管理人员的岗位。")
    if scheme.manager_roles:  # someone else to add than the owner: one of the roles that share the pool
        return QCoreApplication.translate(
            "IssueFlowerDialog", "没有可以发放小红花的人：只有岗位是{roles}的在职员工才能发放。请在「员工」页把自己（或{managers}）"
            "加为员工并选这个岗位，或在「设置 → 看板与小红花」里修改这些岗位。").format(
            roles=roles, managers=alternatives(scheme.manager_roles))
    return QCoreApplication.translate(
        "IssueFlowerDialog", "没有可以发放小红花的人：只有岗位是{roles}的在职员工才能发放。请在「员工」页把自己"
        "加为员工并选这个岗位，或在「设置 → 看板与小红花」里修改这些岗位。").format(roles=roles)


def _qdate(day) -> QDate:
    return QDate(day.year, day.month, day.day)


class IssueFlowerDialog(QDialog):
    def __init__(self, shop: Shop, parent: QWidget | None = None):
        super().__init__(parent)
        self.shop = shop
        self.flowers: list[Flower] = []
        self.setWindowTitle(self.tr("发放小红花"))
        self.setMinimumWidth(460)
        form = QFormLayout(self)
        today = shop.today
        self._people = shop.staff.list()
        self.day = QDateEdit(_qdate(today))
        self.issuer = QComboBox()
        self.recipient = QComboBox()
        # the same fact for a team effort: a flower each for more people, all given or none
        self.also_button = QPushButton(self.tr("同时发给其他人…"))
        self.also_button.clicked.connect(self._show_also)
        self.also_button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)  # as wide as its words
        self.also = QListWidget()
        self.also.setAccessibleName(self.tr("同时发给"))
        # six names where there is room; on a short screen it gives way down to three (and scrolls) rather than
        # the fields below being drawn over it
        self.also.setMaximumHeight(120)
        self.also.setMinimumHeight(3 * self.also.fontMetrics().height() + 2 * self.also.frameWidth() + 6)
        self.also.hide()
        # who is not offered because they have left: an owner looking for last week's leaver is told why
        self.leavers_note = dim_text(QLabel(wordWrap=True))
        self.leavers_note.setTextFormat(Qt.TextFormat.PlainText)  # names as typed
        self.leavers_note.hide()
        self._offer_people()
        self.quota = QLabel(wordWrap=True)  # the text saying who may issue is long, and names roles as typed
        self.quota.setTextFormat(Qt.TextFormat.PlainText)
        self.category = QComboBox()
        for category in CATEGORIES:  # shown in the window's language, kept as the scheme's word
            self.category.addItem(self.tr(category), category)
        self.reason = QPlainTextEdit()
        self.reason.setPlaceholderText(self.tr("写明具体事实，例如：主动跟进差评客户并挽回"))
        self.reason.setFixedHeight(72)
        self.reason.setTabChangesFocus(True)  # Tab goes on to the next field instead of typing a tab
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.setMaximumDate(_qdate(today))
        self.day.setMinimumDate(_qdate(shop.flowers.earliest_day()))  # a past month's quota cannot be spent
        self.approved = QLabel(wordWrap=True)  # the day falls in an approved award period: say so before giving
        self.approved.hide()
        self.error = ErrorLabel()
        form.addRow(self.tr("发放人"), self.issuer)
        form.addRow("", self.quota)
        form.addRow(self.tr("获得人"), self.recipient)
        form.addRow("", self.leavers_note)
        form.addRow("", self.also_button)
        self.also_label = QLabel(self.tr("同时发给"))
        form.addRow(self.also_label, self.also)
        self.also_label.hide()
        form.addRow(self.tr("类别"), self.category)
        form.addRow(self.tr("事实依据"), self.reason)
        form.addRow(self.tr("日期"), self.day)
        form.addRow("", self.approved)
        form.addRow(self.error)
        form.addRow(ok_cancel(self, self.tr("发放")))
        self.issuer.currentIndexChanged.connect(self._offer_recipients)
        self.issuer.currentIndexChanged.connect(self._show_quota)
        self.recipient.currentIndexChanged.connect(self._offer_also)
        self.recipient.currentIndexChanged.connect(self._show_quota)  # the approved month's note counts the flowers
        self.also.itemChanged.connect(self._show_quota)
        self.day.dateChanged.connect(self._offer_people)
        self.day.dateChanged.connect(self._show_quota)
        self._show_quota()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        grow_to_fit(self)  # its wrapped notes measured at the dialog's own width, not cut short or drawn over

    @property
    def flower(self) -> Flower | None:
        """The flower given (the first, when given to several)."""
        return self.flowers[0] if self.flowers else None

    def _chosen_day(self) -> date:
        d = self.day.date()
        return date(d.year(), d.month(), d.day())

    def _on_the_team(self) -> list[Staff]:
        """The people on the team on the flower's day: a late flower for last month may go to someone who left
        at its end, and not to someone who joined since."""
        day = self._chosen_day()
        return [p for p in self._people if p.employed_on(day)]

    def _offer_people(self) -> None:
        """The issuers on the team on the chosen day, then the recipients; keeps the choices made."""
        namesakes = namesake_ids(self._on_the_team(), lambda p: p.role)
        chosen = self.issuer.currentData()
        self.issuer.blockSignals(True)
        self.issuer.clear()
        # as the 小红花 page lists their quotas; among the people the dialog read (one added since is not known here)
        for p in self.shop.flowers.issuers_on(self._chosen_day(), self._people):
            self.issuer.addItem(person_choice_among(p, namesakes, p.role), p.id)
        if chosen is None:  # on opening: the first who can still give this month, not one whose quota is spent
            chosen = next(iter(self._issuers_with_quota_left()), None)
        self.issuer.setCurrentIndex(max(self.issuer.findData(chosen), 0) if chosen is not None else 0)
        self.issuer.blockSignals(False)
        self._offer_recipients()

    def _issuers_with_quota_left(self) -> list[int]:
        """The offered issuers, in their order, who have flowers left in the chosen day's month."""
        month = Month.of(self._chosen_day())
        people = {p.id: p for p in self._people}
        offered = (self.issuer.itemData(i) for i in range(self.issuer.count()))
        return [i for i in offered if self.shop.flowers.quota(people[i], month).left > 0]

    def _offer_recipients(self) -> None:
        """Everyone on the team but the chosen issuer (a flower cannot go to oneself); keeps the choice made."""
        issuer_id = self.issuer.currentData()
        chosen = self.recipient.currentData()
        self.recipient.blockSignals(True)
        self.recipient.clear()
        team = self._on_the_team()
        namesakes = namesake_ids(team, lambda p: p.dept or p.role)
        for p in team:
            if p.id != issuer_id:
                self.recipient.addItem(person_choice_among(p, namesakes, p.dept or p.role), p.id)
        self.recipient.setCurrentIndex(max(self.recipient.findData(chosen), 0) if chosen is not None else 0)
        self.recipient.blockSignals(False)
        self._say_leavers()
        self._offer_also()

    def _say_leavers(self) -> None:
        """「已离职的人不在名单中：小刚（2026年10月13日离职）。」 under 获得人, the latest leavers first; when one left on a
        day the date can still go back to, how to give them a flower for what they did before."""
        day = self._chosen_day()
        leavers = sorted((p for p in self._people if not p.employed_on(day) and p.left is not None and p.left < day),
                         key=lambda p: (p.left, p.id), reverse=True)
        names = told_apart(self._people)  # namesakes with their number: 小美（#6）
        named = joined(self.tr("{name}（{day}离职）").format(name=names[p.id], day=shown_date(p.left))
                       for p in leavers[:LEAVERS_NAMED])
        if len(leavers) > LEAVERS_NAMED:
            named = i18n.fill(self.tr("{names}等 {n} 人"), names=named, n=len(leavers))
        said = [self.tr("已离职的人不在名单中：{names}。").format(names=named)] if leavers else []
        if leavers and leavers[0].left >= self.shop.flowers.earliest_day():
            said.append(self.tr("为离职前的事发放，可以把日期改到离职那天或之前。"))
        self.leavers_note.setText(i18n.sentences(said))
        self.leavers_note.setVisible(bool(leavers))
        self._grow()

    def _show_also(self) -> None:
        self.also_button.hide()
        self.also_label.show()
        self.also.show()
        self.also.setFocus()
        self._grow()

    def _grow(self) -> None:
        """Taller for the list shown or a line more said (the approved month, the people counted): a shown
        window does not grow by itself, and the fields below were drawn over the list and the fact."""
        if self.isVisible():
            grow_to_fit(self)

    def _offer_also(self) -> None:
        """Everyone the recipient box offers but the one chosen there, to tick; keeps the ticks made."""
        ticked = set(self._also_ticked())
        with QSignalBlocker(self.also):
            self.also.clear()
            for i in range(self.recipient.count()):
                person = self.recipient.itemData(i)
                if person == self.recipient.currentData():
                    continue
                item = QListWidgetItem(self.recipient.itemText(i))
                item.setData(Qt.ItemDataRole.UserRole, person)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if person in ticked else Qt.CheckState.Unchecked)
                self.also.addItem(item)

    def _also_ticked(self) -> list[int]:
        items = (self.also.item(i) for i in range(self.also.count()))
        return [item.data(Qt.ItemDataRole.UserRole) for item in items if item.checkState() == Qt.CheckState.Checked]

    def recipients(self) -> list[int]:
        """The recipient chosen, then the ones ticked to be given a flower too."""
        chosen = self.recipient.currentData()
        return ([chosen] if chosen is not None else []) + self._also_ticked()

    def _show_quota(self) -> None:
        d = self.day.date()
        approved = self.shop.flowers.approved_periods_on(date(d.year(), d.month(), d.day()))
        several = len(self.recipients()) > 1
        counted = (self.tr("{periods}的评奖已经批准：这 {n} 朵小红花会计入，批准的结果会变，评奖页将列出差异。") if several
                   else self.tr("{periods}的评奖已经批准：这朵小红花会计入，批准的结果会变，评奖页将列出差异。"))
        self.approved.setText(counted.format(periods=joined(p.shown_label() for p in approved),
                                             n=len(self.recipients())))
        self.approved.setVisible(bool(approved))
        issuer_id = self.issuer.currentData()
        if issuer_id is None:
            self.quota.setText(nobody_may_issue(self.shop.flowers.scheme))
            self._grow()
            return
        month = Month(d.year(), d.month())
        try:
            text = self.shop.flowers.quota_text(self.shop.staff.get(issuer_id), month)
        except UserError as e:
            text = e.message
        if len(self.recipients()) > 1:
            text += "\n" + i18n.fill(self.tr("这次发给 {n} 人，每人一朵"), n=len(self.recipients()))
        if not self._issuers_with_quota_left():
            text += "\n" + (self.tr("本月所有发放人的小红花名额都已用完，下个月才能再发。") if month.contains(self.shop.today)
                            else self.tr("{month}所有发放人的小红花名额都已用完。").format(month=month.shown_label()))
        self.quota.setText(text)
        self._grow()

    def accept(self) -> None:
        d = self.day.date()
        try:
            if self.issuer.currentData() is None:
                raise UserError(self.tr("没有可以发放小红花的人"))
            if self.recipient.currentData() is None:
                raise UserError(self.tr("没有可以获得小红花的同事：请先在「员工」页添加员工"))
            issuer, recipients = self.issuer.currentData(), self.recipients()
            reason, category = self.reason.toPlainText(), self.category.currentData()
            self.flowers = write_asking(self, lambda confirm: self.shop.flowers.issue_to_several(
                issuer, recipients, reason, category, date(d.year(), d.month(), d.day()), confirm_approved=confirm))
        except UserError as e:
            self.error.show_message(e.message)
            self._show_quota()
            return
        except Declined:  # not given in an approved period: the dialog stays open
            return
        super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None, shop: Shop) -> list[Flower]:
        """The flowers given (one, or one each for several), none when cancelled."""
        dialog = cls(shop, parent)
        return dialog.flowers if dialog.exec() == QDialog.DialogCode.Accepted else []


class TransferFlowerDialog(QDialog):
    def __init__(self, shop: Shop, flower: Flower, parent: QWidget | None = None):
        super().__init__(parent)
        self.shop, self.flower = shop, flower
        holder = shop.staff.get(flower.holder_id)
        self.setWindowTitle(self.tr("转让小红花 {n}").format(n=flower.number))
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("持有人：{name}　有效期至 {d}（转让后不变）").format(
            name=holder.name, d=shown_date(flower.valid_through)), textFormat=Qt.TextFormat.PlainText))
        self.to = QComboBox()
        team = [p for p in shop.staff.list() if p.employed_on(shop.today)]
        namesakes = namesake_ids(team, lambda p: p.dept or p.role)
        for p in team:  # not back to the one who gave it: the service refuses that
            if p.id not in (holder.id, flower.issuer_id):
                self.to.addItem(person_choice_among(p, namesakes, p.dept or p.role), p.id)
        self.signed = QLineEdit()
        self.signed.setPlaceholderText(self.tr("持有人本人输入自己的姓名作为签名"))
        self.reason = QLineEdit()
        self.error = ErrorLabel()
        form.addRow(self.tr("转让给"), self.to)
        form.addRow(self.tr("持有人签名"), self.signed)
        form.addRow(self.tr("理由"), self.reason)
        form.addRow(self.error)
        form.addRow(ok_cancel(self, self.tr("转让")))

    def accept(self) -> None:
        try:
            if self.to.currentData() is None:
                raise UserError(self.tr("没有可以接收这朵小红花的在职同事"))
            self.flower = self.shop.flowers.transfer(self.flower.number, self.to.currentData(), self.signed.text(),
                                                     self.reason.text())
        except UserError as e:
            self.error.show_message(e.message)
            return
        super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None, shop: Shop, flower: Flower) -> bool:
        return cls(shop, flower, parent).exec() == QDialog.DialogCode.Accepted


class RedFlagDialog(QDialog):
    """A department's red flag, dated as a flower is: today, or in the first days of a month a day of last month
    (its pool), never in the future; the issuers are those who may give flags on that day."""

    def __init__(self, shop: Shop, parent: QWidget | None = None):
        super().__init__(parent)
        self.shop = shop
        self.flag: RedFlag | None = None
        self.setWindowTitle(self.tr("发放小红旗"))
        self.setMinimumWidth(420)  # the flags left for last month on one line
        form = QFormLayout(self)
        today = shop.today
        self.issuer = QComboBox()
        self.dept = QComboBox()
        self.dept.addItems([d.name for d in shop.staff.departments()])
        self.left = QLabel(wordWrap=True)
        self.reason = QLineEdit()
        self.day = QDateEdit(_qdate(today))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.setMaximumDate(_qdate(today))
        self.day.setMinimumDate(_qdate(shop.flowers.earliest_day()))  # a past month's pool cannot be spent
        self.error = ErrorLabel()
        form.addRow(self.tr("发放人"), self.issuer)
        form.addRow("", self.left)
        form.addRow(self.tr("部门"), self.dept)
        form.addRow(self.tr("理由"), self.reason)
        form.addRow(self.tr("日期"), self.day)
        form.addRow(self.error)
        form.addRow(ok_cancel(self, self.tr("发放")))
        self.day.dateChanged.connect(self._day_changed)
        self._day_changed()

    def _chosen_day(self) -> date:
        d = self.day.date()
        return date(d.year(), d.month(), d.day())

    def _day_changed(self) -> None:
        """The issuers on the team on the chosen day (keeping the choice made) and the flags left in its month."""
        day = self._chosen_day()
        scheme = self.shop.flowers.scheme
        chosen = self.issuer.currentData()
        with QSignalBlocker(self.issuer):
            self.issuer.clear()
            team = [p for p in self.shop.staff.list() if p.employed_on(day)]
            namesakes = namesake_ids(team, lambda p: p.role)
            for p in team:
                if scheme.may_issue_red_flags(p):
                    self.issuer.addItem(person_choice_among(p, namesakes, p.role), p.id)
            self.issuer.setCurrentIndex(max(self.issuer.findData(chosen), 0) if chosen is not None else 0)
        month = Month.of(day)
        left, pool = self.shop.flowers.red_flags_left(month)
        if month.contains(self.shop.today):
            text = i18n.fill(self.tr("本月还可以发 {n} 面小红旗（共 {pool} 面）"), n=left, pool=pool) if left else \
                self.tr("本月的小红旗（共 {pool} 面）已经发完了，下个月才能再发。").format(pool=pool)
        else:
            text = i18n.fill(self.tr("{month}还可以补发 {n} 面小红旗（共 {pool} 面）"),
                             month=month.shown_label(), n=left, pool=pool) if left else \
                self.tr("{month}的小红旗（共 {pool} 面）已经发完了。").format(month=month.shown_label(), pool=pool)
        self.left.setText(text)

    def accept(self) -> None:
        try:
            if self.issuer.currentData() is None:
                raise UserError(self.tr("没有可以发放小红旗的人"))
            if not self.dept.count():
                raise UserError(self.tr("还没有部门：小红旗是发给部门的，请先在「员工」页的「部门管理」里添加部门"))
            self.flag = self.shop.flowers.issue_red_flag(self.issuer.currentData(), self.dept.currentText(),
                                                         self.reason.text(), self._chosen_day())
        except UserError as e:
            self.error.show_message(e.message)
            self._day_changed()  # e.g. the month's last flag given meanwhile from another window
            return
        super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None, shop: Shop) -> RedFlag | None:
        dialog = cls(shop, parent)
        return dialog.flag if dialog.exec() == QDialog.DialogCode.Accepted else None
