"""小红花 page: issue, transfer and revoke flowers; the ledger with filters (its summary counts what it lists; the
reason takes the width the short columns leave); the year's 红花榜; the recent flowers and the red flags (any
month's), revoked ones greyed with their reason (a flag given by mistake is revoked as a flower is); hints for
the administrator; a line saying what the last 发放, 转让 or 撤销 did. The 红花榜 and 小红旗 tabs are
flower_board.py and red_flags_tab.py."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor, QHideEvent, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import i18n
from app.errors import ReasonRefused, UserError
from app.flowers import Flower
from app.periods import Month, Year, shown_date
from app.recognition.expiring import NOTICE_DAYS
from app.recognition.fairness import fairness_hints
from app.recognition.scheme import LEADER, POOL
from app.shop import Shop
from ui import errors
from ui.approved_change import Declined, write_asking
from ui.dialogs.common import buddy_label
from ui.dialogs.flower_dialogs import IssueFlowerDialog, TransferFlowerDialog, nobody_may_issue
from ui.models.flower_model import FLOWER_ROLE, FlowerModel
from ui.pages.flower_board import FlowerBoardTab, held_tip, received_tip
from ui.pages.flower_cards import FlowerCards
from ui.pages.red_flags_tab import RedFlagsTab
from ui.person_choice import namesake_ids, person_choice_among, told_apart
from ui.widgets.elided_label import ElidedLabel
from ui.widgets.flower_ledger_view import LedgerView
from ui.widgets.hint_text import dim_text
from ui.widgets.no_staff_notice import NoStaffNotice
from ui.widgets.refill_combo import refill
from ui.widgets.status_line import StatusLine
from ui.widgets.table_keys import read_only_rows

STATUS_FILTERS = (("all", "全部状态"), ("valid", "有效"), ("expired", "已过期"), ("transferred", "已转让"),
                  ("revoked", "已撤销"))


class FlowersPage(FlowerBoardTab, RedFlagsTab, FlowerCards, QWidget):
    title = "小红花"
    navigate = Signal(str)  # asks the main window to open another page (the 员工 page while there is nobody)

    def __init__(self, shop: Shop, parent: QWidget | None = None):
        super().__init__(parent)
        self.shop = shop
        self._flags_month_current: str | None = None  # the month that was current when the red flags' months were filled
        layout = QVBoxLayout(self)
        layout.addLayout(self._toolbar())
        self.no_staff = NoStaffNotice("")  # its text names the issuing roles, which the settings may change
        self.no_staff.addStaff.connect(lambda: self.navigate.emit("staff"))
        layout.addWidget(self.no_staff)
        # this month's flowers left per issuer, as 发放小红花 counts them: who can still give, at a glance
        self.quota_line = ElidedLabel()
        dim_text(self.quota_line)
        layout.addWidget(self.quota_line)
        # flowers held that lapse soon, by holder: the owner hears of them before they expire
        self.expiring_line = ElidedLabel()
        dim_text(self.expiring_line)
        layout.addWidget(self.expiring_line)
        # a team with nobody in a role that gives flowers is told which roles do and how to have one: whole, in
        # lines, as the how is the point (one line cut it at 150 %)
        self.nobody_line = dim_text(QLabel(wordWrap=True))
        layout.addWidget(self.nobody_line)
        # what the last 发放/转让/撤销 did, naming the flower and the people: the ledger's row alone may be
        # filtered out of the list, or look as before (a transfer)
        self.done_line = StatusLine()
        done_row = QHBoxLayout()
        done_row.addWidget(self.done_line, 1)
        done_row.addWidget(self._cards_folder_button())  # where the cards went, when the line says so
        layout.addLayout(done_row)
        layout.addLayout(self._filters())
        self.splitter = splitter = QSplitter()
        self.model = FlowerModel(self)
        self.any_flower = False  # whether the shop has given any flower, as the last refresh read
        self.table = LedgerView()
        self.table.setAccessibleName(self.tr("小红花记录"))
        self.table.setModel(self.model)
        read_only_rows(self.table, delete_rows=lambda: self.revoke())  # Delete: 撤销…, which asks why first
        self.table.verticalHeader().hide()
        splitter.addWidget(self.table)
        splitter.addWidget(self._side())
        # the ledger takes the room the side panel does not need: its widest column, the reason, is what grows
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        splitter.setCollapsible(0, False)
        layout.addWidget(splitter, 1)
        self.model.set_palette(self.palette())

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        if not event.spontaneous():  # another page shown: what was done here is old news when this comes back
            self.done_line.clear()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # a theme switched while the page is open
            self.model.set_palette(self.palette())

    def _toolbar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.issue_button = QPushButton(self.tr("发放小红花"))
        self.issue_button.clicked.connect(self.issue)
        self.transfer_button = QPushButton(self.tr("转让…"))
        self.transfer_button.clicked.connect(self.transfer)
        self.revoke_button = QPushButton(self.tr("撤销…"))
        self.revoke_button.clicked.connect(lambda: self.revoke())  # asks for the reason (not Qt's `checked`)
        self.flag_button = QPushButton(self.tr("发放小红旗"))
        self.flag_button.clicked.connect(self.issue_flag)
        self.cards_button = QPushButton(self.tr("打印小红花卡…"))
        self.cards_button.setToolTip(self.tr("把台账中当前列出的小红花印成小卡片（每张 A4 8 张或 12 张，在「设置 → 看板与小红花」中选择；带裁切线）"))
        self.cards_button.clicked.connect(lambda: self.print_cards())
        for button in (self.issue_button, self.transfer_button, self.revoke_button, self.flag_button,
                       self.cards_button):
            bar.addWidget(button)
        bar.addStretch(1)
        self.summary = QLabel()
        bar.addWidget(self.summary)
        return bar

    def _filters(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.month_filter = QComboBox()
        self.person_filter = QComboBox()
        self.issuer_filter = QComboBox()
        self.status_filter = QComboBox()
        for key, label in STATUS_FILTERS:
            self.status_filter.addItem(self.tr(label), key)
        for label, combo in ((self.tr("月份"), self.month_filter), (self.tr("员工"), self.person_filter),
                             (self.tr("发放人"), self.issuer_filter), (self.tr("状态"), self.status_filter)):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)  # filled after first show
            bar.addWidget(buddy_label(label, combo))
            bar.addWidget(combo)
            combo.currentIndexChanged.connect(lambda _i: self._fill_ledger())
        bar.addStretch(1)
        self.person_counts = QLabel()  # the picked person's own counts, as the 红花榜 gives them
        self.person_counts.setTextFormat(Qt.TextFormat.PlainText)  # the name as typed
        self.person_counts.setToolTip(received_tip() + "\n" + held_tip())  # 获得 6 朵，当前有效 7 朵: why
        bar.addWidget(self.person_counts)
        return bar

    def _side(self) -> QWidget:
        self.tabs = QTabWidget()
        board_tab = self._board_tab()
        self.recent = QListWidget()
        self.recent.setAccessibleName(self.tr("最近发放"))
        self.recent.setWordWrap(True)  # the panel is narrow: a long reason takes a second line
        self.hints = QListWidget()
        self.hints.setAccessibleName(self.tr("提示"))
        self.hints.setWordWrap(True)
        self.tabs.addTab(board_tab, self.tr("红花榜"))
        self.tabs.addTab(self.recent, self.tr("最近发放"))
        self.tabs.addTab(self._flags_tab(), self.tr("小红旗"))
        self.tabs.addTab(self.hints, self.tr("提示"))
        return self.tabs

    # ---- refreshing
    def refresh(self) -> None:
        self.people = {p.id: p for p in self.shop.staff.list()}
        self._show_no_staff_notice()
        self.shown_names = told_apart(self.people.values())  # namesakes with their number: 小美（#6）
        everything = self.shop.flowers.ledger()  # read once: a shop of some years has thousands of flowers
        self._refill_filters(everything)
        self._fill_ledger(everything)
        self._fill_years(everything)
        self._fill_board()
        self._fill_side_lists(everything)
        self._fill_quota_line()
        self._fill_expiring_line(everything)

    def _show_no_staff_notice(self) -> None:
        self.no_staff.setVisible(not self.people)
        if self.people:
            return
        scheme = self.shop.flowers.scheme
        roles = i18n.alternatives(dict.fromkeys((*scheme.leader_roles, *scheme.manager_roles)))
        text = self.tr("还没有员工：先到「员工」页添加员工。")
        if roles:
            text = i18n.sentences([text, self.tr("小红花由岗位是{roles}的员工发放：把自己也加为员工，选这样的岗位。").format(
                roles=roles)])
        self.no_staff.label.setText(text)

    def _refill_filters(self, everything: list[Flower]) -> None:
        months = sorted({Month.of(f.issued) for f in everything} | {self.shop.current_month()},
                        reverse=True)
        refill(self.month_filter, [(self.tr("全部月份"), None)] + [(m.shown_label(), m.key()) for m in months])
        people = sorted(self.people.values(), key=lambda p: p.id)
        refill(self.person_filter, [(self.tr("全部员工"), None)] + [(self.shown_names[p.id], p.id) for p in people])
        scheme = self.shop.flowers.scheme
        gave = {f.issuer_id for f in everything}  # also someone who gave flowers before a change of role
        refill(self.issuer_filter, [(self.tr("全部发放人"), None)] +
                [(self.shown_names[p.id], p.id) for p in people if p.id in gave or scheme.issuer_kind(p)])
        # the same picker for the red flags, on this month until another is chosen: still on the month that was
        # current at the last fill, past midnight into a new month it moves on, as the board does
        current = self.shop.current_month()
        flag_months = sorted({Month.of(f.issued) for f in self.shop.flowers.red_flags()} | {current}, reverse=True)
        shown = self.flag_month.currentData() if self.flag_month.count() else self._flags_month_current
        refill(self.flag_month, [(self.tr("全部月份"), None)] + [(m.shown_label(), m.key()) for m in flag_months],
                keep=current.key() if shown == self._flags_month_current else shown)
        self._flags_month_current = current.key()

    def visible_flowers(self, everything: list[Flower] | None = None) -> list[Flower]:
        """The ledger's rows under the filters; `everything`, when given, is the whole ledger just read."""
        month_key = self.month_filter.currentData()
        month = Month(int(month_key[:4]), int(month_key[5:])) if month_key else None
        person = self.person_filter.currentData()
        if everything is not None and month is None and person is None:
            flowers = everything
        else:
            flowers = self.shop.flowers.ledger(person, month)
        issuer = self.issuer_filter.currentData()
        if issuer is not None:
            flowers = [f for f in flowers if f.issuer_id == issuer]
        status = self.status_filter.currentData()
        today = self.shop.today
        if status == "transferred":
            flowers = [f for f in flowers if f.transfers]
        elif status != "all":
            flowers = [f for f in flowers if f.status(today) == status]
        return sorted(flowers, key=lambda f: (f.issued, f.id), reverse=True)

    def _fill_quota_line(self) -> None:
        """「本月还可发：王店长 2 朵（共 2 朵），刘佳怡 0 朵（共 2 朵），管理人员名额池 27 朵（共 30 朵）」: flowers left
        of each issuer's quota this month (a shared pool once, a split one per manager), said as left, not as a
        fraction an owner reads as used; a long list ends in "…", whole in the tooltip."""
        flowers, month = self.shop.flowers, self.shop.current_month()
        issuers = flowers.issuers_on(self.shop.today)
        namesakes = namesake_ids(issuers)
        shown, pool_shown = [], False
        for person in issuers:
            quota = flowers.quota(person, month)
            if quota.kind == POOL and not flowers.scheme.pool_split:
                if not pool_shown:  # one pool for all the managers
                    shown.append(self.tr("管理人员名额池 {left} 朵（共 {limit} 朵）").format(
                        left=quota.left, limit=quota.limit))
                    pool_shown = True
                continue
            shown.append(self.tr("{name} {left} 朵（共 {limit} 朵）").format(
                name=person_choice_among(person, namesakes), left=quota.left, limit=quota.limit))
        self.quota_line.setText(self.tr("本月还可发：{quotas}").format(quotas=i18n.joined(shown, separator="，"))
                                if shown else "")
        self.quota_line.setVisible(bool(shown))
        # said before the dialog is filled in; with nobody on the staff list, the notice about adding staff says it
        self.nobody_line.setText(nobody_may_issue(flowers.scheme) if self.people and not shown else "")
        self.nobody_line.setVisible(bool(self.nobody_line.text()))

    def _fill_expiring_line(self, everything: list[Flower]) -> None:
        """「30 天内到期：小美 3 朵（12月31日），小刚 2 朵（12月5日 至 12月20日）」: the valid flowers each person holds
        that lapse soon (`recognition.expiring`), the first to lapse first; nobody who has left is reminded."""
        today = self.shop.today
        soon = sorted(self.shop.flowers.about_to_expire(everything).items(), key=lambda item: (item[1].first, item[0]))
        shown = [i18n.fill(self.tr("{name} {n} 朵（{dates}）"), name=self.shown_names[holder], n=lapsing.count,
                           dates=lapsing.dates())
                 for holder, lapsing in soon
                 if holder in self.people and (self.people[holder].left is None or self.people[holder].left >= today)]
        self.expiring_line.setText(self.tr("{days} 天内到期：{people}").format(
            days=NOTICE_DAYS, people=i18n.joined(shown, separator="，")) if shown else "")
        self.expiring_line.setVisible(bool(shown))

    def _fill_ledger(self, everything: list[Flower] | None = None) -> None:
        flowers = self.visible_flowers(everything)
        self.model.set_flowers(flowers, self.shown_names, self.shop.today)
        if everything is not None:  # the whole ledger, just read: whether it holds any flower at all
            self.any_flower = bool(everything)
        self.table.set_empty_text(self._empty_text() if not flowers else "")
        today = self.shop.today  # valid now, as held() counts: not revoked, not expired, already issued
        valid = sum(1 for f in flowers if f.status(today) == "valid" and f.issued <= today)
        self.summary.setText(i18n.fill(self.tr("共 {n} 朵；当前有效 {valid} 朵"), n=len(flowers), valid=valid))
        person = self.people.get(self.person_filter.currentData())
        self.person_counts.clear()
        if person is not None:  # the list also has what the person gave or passed on: say their own two counts
            self.person_counts.setText(self.tr("{name}：{year} 年获得 {received} 朵，当前有效 {held} 朵").format(
                name=person.name, year=today.year, received=self.shop.flowers.received(Year(today.year)).get(person.id, 0),
                held=self.shop.flowers.held().get(person.id, 0)))

    def _empty_text(self) -> str:
        """Why the ledger lists nothing: no flower yet, none this month, or the filters."""
        if not self.any_flower:
            return self.tr("还没有小红花：点「发放小红花」表扬一件具体的事")
        filters = (self.person_filter, self.issuer_filter)
        only_this_month = (self.month_filter.currentData() == self.shop.current_month().key()
                           and all(combo.currentData() is None for combo in filters)
                           and self.status_filter.currentData() == "all")
        return self.tr("本月还没有发放小红花") if only_this_month else self.tr("当前的筛选没有列出小红花")

    def _fill_side_lists(self, everything: list[Flower]) -> None:
        names = self.shown_names
        self.recent.clear()
        for f in sorted(everything, key=lambda f: (f.issued, f.id), reverse=True)[:30]:
            text = self.tr("{d}　{a} → {b}：{why}").format(d=shown_date(f.issued), a=names[f.issuer_id],
                                                          b=names[f.recipient_id], why=f.reason)
            item = QListWidgetItem()
            if f.revoked_at:  # as in the ledger and the 小红旗 list: kept, greyed, with why it no longer counts
                text += "\n" + self.tr("已撤销：{why}").format(why=f.revoke_reason or "")
                item.setForeground(self._greyed())
            item.setText(text)
            item.setToolTip(text)
            self.recent.addItem(item)
        self._fill_flags()
        self.hints.clear()
        scheme = self.shop.flowers.scheme
        leadership = frozenset(i for i, p in self.people.items() if scheme.issuer_kind(p) == LEADER)
        hints = fairness_hints(everything, list(self.people.values()), self.shop.today, leadership=leadership)
        for hint in hints:
            self.hints.addItem(hint.text)
        if not hints:
            self.hints.addItem(self.tr("暂无需要留意的情况"))

    def _greyed(self) -> QColor:
        """The colour of a line that no longer counts (a revoked flower or flag)."""
        return self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)

    # ---- actions
    def selected_flower(self) -> Flower | None:
        index = self.table.currentIndex()
        return self.model.data(index, FLOWER_ROLE) if index.isValid() else None

    def issue(self) -> None:
        flowers = IssueFlowerDialog.ask(self, self.shop)
        if flowers:
            self.refresh()
            names, first = self.shown_names, flowers[0]
            said = (self.tr("已发放小红花 {number}：{issuer} 发给 {recipient}。") if len(flowers) == 1
                    else self.tr("已发放 {n} 朵小红花 {number}：{issuer} 发给 {recipient}。"))
            self.say_done(said.format(n=len(flowers), number=i18n.joined(f.number for f in flowers),
                                      issuer=names[first.issuer_id],
                                      recipient=i18n.joined(names[f.recipient_id] for f in flowers)), first)

    def say_done(self, text: str, flower: Flower) -> None:
        """Say what was just done to `flower` and put the ledger on its row; a row the filters leave out is
        said so, the filters kept as the owner set them."""
        rows = (r for r in range(self.model.rowCount())
                if self.model.data(self.model.index(r, 0), FLOWER_ROLE).id == flower.id)
        row = next(rows, None)
        if row is None:
            text = i18n.sentences([text, self.tr("当前的筛选没有列出它。")])
        else:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
        self.done_line.setText(text)

    def transfer(self) -> None:
        flower = self.selected_flower()
        if flower is None:
            errors.show_info(self, self.tr("请先在台账中选中一朵小红花"))
            return
        try:  # say why before the holder types a signature, not after
            self.shop.flowers.check_transferable(flower)
        except UserError as e:  # revoked, expired: what is so about this flower, not an error
            errors.show_info(self, e.message)
            return
        if TransferFlowerDialog.ask(self, self.shop, flower):
            self.refresh()
            names = self.shown_names
            self.say_done(self.tr("小红花 {number} 已由 {holder} 转让给 {to}。").format(
                number=flower.number, holder=names[flower.holder_id],
                to=names[self.shop.flowers.get(flower.number).holder_id]), flower)

    def revoke(self, reason: str | None = None) -> None:
        flower = self.selected_flower()
        if flower is None:
            errors.show_info(self, self.tr("请先在台账中选中一朵小红花"))
            return
        if flower.revoked_at:  # before asking why: there is nothing left to revoke
            errors.show_info(self, self.tr("小红花 {number} 已经撤销了，不用再撤销").format(number=flower.number))
            return
        revoked = self._revoke(self.tr("撤销小红花"), flower.number, reason, lambda number, why: write_asking(
            self, lambda confirm: self.shop.flowers.revoke(number, why, confirm_approved=confirm)))
        if revoked:
            names = self.shown_names
            said = [self.tr("已撤销小红花 {number}（{issuer} 发给 {recipient}），记录保留在台账中。").format(
                number=flower.number, issuer=names[flower.issuer_id], recipient=names[flower.recipient_id])]
            if flower.issued >= self.shop.flowers.earliest_day():  # its month's quota can still be spent
                said.append(self.tr("这一朵的名额已退回，可以重新发放。"))
            self.say_done(i18n.sentences(said), flower)

    def _revoke(self, title: str, number: str, reason: str | None, revoke: Callable[[str, str], object]) -> bool:
        """Revoke a flower or a red flag: ask for the reason (unless given), then `revoke(number, reason)`; a
        reason refused (none, too long) is asked for again with why and what was typed. Whether it was revoked."""
        asking, refused = reason is None, ""
        while True:
            if asking:
                prompt = self.tr("撤销 {n} 的原因（记录保留，不会删除）：").format(n=number)
                reason, ok = QInputDialog.getText(self, title, f"{refused}\n{prompt}" if refused else prompt,
                                                  QLineEdit.EchoMode.Normal, reason or "")
                if not ok:
                    return False
            try:
                revoke(number, reason or "")
            except ReasonRefused as e:
                if not asking:
                    errors.show_error(self, e.message)
                    return False
                refused = e.message
                continue
            except UserError as e:
                errors.show_error(self, e.message)
                return False
            except Declined:  # a flower counted in an approved period: kept as it is
                return False
            self.refresh()
            return True
