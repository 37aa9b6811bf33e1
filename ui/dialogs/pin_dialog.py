"""Ask for the owner PIN (店主密码) to unlock writing; the reason for a refusal is shown inline."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLineEdit, QWidget

from app.errors import UserError
from app.shop import Shop
from ui.dialogs.common import ok_cancel
from ui.widgets.error_label import ErrorLabel


class PinDialog(QDialog):
    def __init__(self, shop: Shop, parent: QWidget | None = None):
        super().__init__(parent)
        self.shop = shop
        self.setWindowTitle(self.tr("输入店主密码"))
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("此店铺设置了店主密码。输入密码后才能修改数据；不输入也可以查看看板和小红花。")))
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("店主密码"), self.pin)
        self.error = ErrorLabel()
        form.addRow(self.error)
        form.addRow(ok_cancel(self, self.tr("解锁")))

    def accept(self) -> None:
        try:
            self.shop.security.unlock(self.pin.text())
        except UserError as e:
            self.error.show_message(e.message)
            self.pin.clear()
            return
        super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None, shop: Shop) -> bool:
        return cls(shop, parent).exec() == QDialog.DialogCode.Accepted
