"""设置 → 导入: the accounts set not to be imported (the wizard's 以后导入也跳过这个账号: the shop's robot, a shared
售前 account), with 恢复导入 for one remembered by mistake. Each change is one audited transaction."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.clock import shown_stamp
from app.errors import HonghuaError
from app.services.skipped_accounts import SkippedAccounts
from app.shop import Shop
from app.store.skipped_accounts import SkippedAccount
from ui import errors
from ui.widgets.hint_text import dim_text

ROLE = Qt.ItemDataRole.UserRole


class SkippedAccountsPanel(QGroupBox):
    def __init__(self, shop: Shop, parent: QWidget | None = None):
        super().__init__(self.tr("设置为不导入的账号"), parent)
        self.shop = shop
        hint = QLabel(self.tr("导入时选了「跳过这些行」并勾选「以后导入也跳过这个账号」的名称（如店铺的客服机器人、共用的售前账号）："
                              "以后导入（包括命令行导入）都跳过它们的行，并在预览里说明。记错了的，选中后点「恢复导入」。"))
        hint.setWordWrap(True)
        self.list = QTreeWidget()
        self.list.setAccessibleName(self.tr("设置为不导入的账号"))
        self.list.setColumnCount(2)
        self.list.setHeaderLabels([self.tr("账号"), self.tr("设置于")])
        self.list.setRootIsDecorated(False)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setTabKeyNavigation(False)
        self.list.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.list.header().setStretchLastSection(True)
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.empty_label = QLabel(self.tr("没有设置为不导入的账号。"))
        dim_text(self.empty_label)
        self.restore_button = QPushButton(self.tr("恢复导入"))
        self.restore_button.setToolTip(self.tr("下次导入时重新读取这个账号的行；找不到对应的员工时，导入向导会询问"))
        self.restore_button.clicked.connect(lambda: self.restore_selected())
        buttons = QHBoxLayout()
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addStretch(0)  # takes the room the list leaves when it is hidden (no account set aside)
        self._update_buttons()

    def _service(self) -> SkippedAccounts:
        return SkippedAccounts(self.shop.store, self.shop.ctx)

    def refresh(self) -> None:
        chosen = self.selected()
        self.list.clear()
        for account in self._service().listed():
            item = QTreeWidgetItem([account.name, self._since_text(account)])
            item.setData(0, ROLE, account.name)
            self.list.addTopLevelItem(item)
            if account.name == chosen:
                self.list.setCurrentItem(item)
        shown = self.list.topLevelItemCount() > 0
        self.list.setVisible(shown)
        self.empty_label.setVisible(not shown)
        self._update_buttons()

    def _since_text(self, account: SkippedAccount) -> str:
        at = shown_stamp(account.since)
        if account.import_id is None:
            return at
        return self.tr("{at}（第 {id} 次导入时）").format(at=at, id=account.import_id)

    def selected(self) -> str | None:
        items = self.list.selectedItems()
        return items[0].data(0, ROLE) if items else None

    def select(self, name: str) -> None:
        for i in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(i)
            if item.data(0, ROLE) == name:
                self.list.setCurrentItem(item)
                return
        raise KeyError(name)

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self.selected() is not None)

    def restore_selected(self) -> bool:
        name = self.selected()
        if name is None:
            return False
        question = self.tr("恢复导入「{name}」？\n\n下次导入时重新读取这个账号的行；它不是哪位员工的账号时，导入向导会再询问"
                           "（可以对应到员工、新建员工或跳过）。已导入的数据不变。").format(name=name)
        if not errors.confirm(self, question, self.tr("恢复导入"), yes_text=self.tr("恢复导入")):
            return False
        try:
            self._service().restore(name)
        except HonghuaError as e:
            errors.show_error(self, e.message)
            self.refresh()
            return False
        self.refresh()
        return True
