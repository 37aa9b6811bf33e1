"""The 小红花 page's 小红旗 tab: a month's red flags (or every month's), revoked ones greyed with
their reason, and the counts by department; giving and revoking a flag. A part of `FlowersPage`
(flowers.py), whose `_greyed`, `_revoke` and `done_line` (what the last action did) it uses."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import i18n
from app.domain import RedFlag
from app.periods import Month, parse_month, shown_date
from app.shop import Shop
from app.sorting import chinese_order
from ui import errors
from ui.dialogs.flower_dialogs import RedFlagDialog
from ui.widgets.list_label import ListLabel

FLAG_ROLE = Qt.ItemDataRole.UserRole  # the red flag a line of the 小红旗 list shows


class RedFlagsTab:
    """The 小红旗 tab of `FlowersPage`."""

    shop: Shop

    def _flags_tab(self) -> QWidget:
        """The red flags of a month (this month at first; earlier months and all of them can be picked)."""
        self.flag_month = QComboBox()
        self.flag_month.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)  # filled after first show
        self.flag_month.currentIndexChanged.connect(lambda _i: self._fill_flags())
        self.revoke_flag_button = QPushButton(self.tr("撤销小红旗…"))
        self.revoke_flag_button.setToolTip(self.tr("撤销列表中选中的小红旗：需写明原因，记录保留"))
        self.revoke_flag_button.clicked.connect(lambda: self.revoke_flag())  # asks for the reason
        self.flags = QListWidget()
        self.flags.setAccessibleName(self.tr("小红旗"))
        self.flags.setWordWrap(True)
        # the counts by department wrap between departments, on two lines at most: the list keeps its room
        self.flag_summary = ListLabel(max_lines=3)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("月份")))
        row.addWidget(self.flag_month)
        row.addStretch(1)
        row.addWidget(self.revoke_flag_button)
        layout.addLayout(row)
        layout.addWidget(self.flags, 1)
        layout.addWidget(self.flag_summary)
        return tab

    def show_flags_of(self, month: Month | None) -> None:
        """Pick the month the 小红旗 list shows (None: every month)."""
        self.flag_month.setCurrentIndex(max(self.flag_month.findData(month.key() if month else None), 0))

    def _fill_flags(self) -> None:
        key = self.flag_month.currentData()
        flags = self.shop.flowers.red_flags(parse_month(key) if key else None)
        names = self.shown_names
        depts = {d.id: d.name for d in self.shop.staff.departments()}
        self.flags.clear()
        for flag in sorted(flags, key=lambda f: (f.issued, f.id), reverse=True):
            text = self.tr("{d}　{number}　{dept}：{why}（{who}）").format(
                d=shown_date(flag.issued), number=flag.number, dept=depts.get(flag.dept_id, ""), why=flag.reason,
                who=names.get(flag.issuer_id, ""))
            item = QListWidgetItem()
            item.setData(FLAG_ROLE, flag)
            if flag.revoked_at:  # kept in the list, greyed, with why it no longer counts
                text += "\n" + self.tr("已撤销：{why}").format(why=flag.revoke_reason or "")
                item.setForeground(self._greyed())
            item.setText(text)
            item.setToolTip(text)
            self.flags.addItem(item)
        revoked = sum(1 for f in flags if f.revoked_at)
        summary = self.tr("有效 {n} 面；已撤销 {revoked} 面").format(n=len(flags) - revoked, revoked=revoked)
        per_dept: dict[str, int] = {}  # each department's valid flags: the owner compares departments by them
        for flag in flags:
            if not flag.revoked_at:
                name = depts.get(flag.dept_id, "")
                per_dept[name] = per_dept.get(name, 0) + 1
        counts = [self.tr("{dept} {n} 面").format(dept=name, n=n)
                  for name, n in sorted(per_dept.items(), key=lambda item: (-item[1], chinese_order(item[0])))]
        # one list that wraps, as the board writes it: a line per department made the window taller than a
        # small laptop's screen once a shop had a dozen departments
        self.flag_summary.setText(f"{summary}\n{i18n.joined(counts)}" if counts else summary)

    def issue_flag(self) -> None:
        flag = RedFlagDialog.ask(self, self.shop)
        if flag is not None:
            self.refresh()
            self.show_flags_of(Month.of(flag.issued))  # where the new flag is (last month's, given late)
            self.done_line.setText(self.tr("已发放小红旗 {number}：{issuer} 发给 {dept}。").format(
                number=flag.number, issuer=self.shown_names[flag.issuer_id], dept=self._dept_name(flag)))

    def _dept_name(self, flag: RedFlag) -> str:
        return next((d.name for d in self.shop.staff.departments() if d.id == flag.dept_id), "")

    def selected_flag(self) -> RedFlag | None:
        item = self.flags.currentItem()
        return item.data(FLAG_ROLE) if item is not None else None

    def revoke_flag(self, reason: str | None = None) -> None:
        flag = self.selected_flag()
        if flag is None:
            errors.show_info(self, self.tr("请先在小红旗列表中选中一面小红旗"))
            return
        if self._revoke(self.tr("撤销小红旗"), flag.number, reason, self.shop.flowers.revoke_red_flag):
            self.done_line.setText(self.tr("已撤销小红旗 {number}（发给 {dept}），记录保留在列表中。").format(
                number=flag.number, dept=self._dept_name(flag)))
