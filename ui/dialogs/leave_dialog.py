"""离职 and 重新入职: ask for the day (default today) and record it. The person and their history stay."""

from __future__ import annotations

from PySide6.QtWidgets import QDateEdit, QDialog, QFormLayout, QLabel, QVBoxLayout, QWidget

from app.domain import Staff
from app.errors import HonghuaError
from app.shop import Shop
from ui.dialogs.common import ok_cancel
from ui.widgets.error_label import ErrorLabel
from ui.widgets.optional_date import from_qdate, to_qdate


class LeaveDialog(QDialog):
    def __init__(self, shop: Shop, person: Staff, parent: QWidget | None = None):
        super().__init__(parent)
        self.shop = shop
        self.person = person
        self.saved: Staff | None = None
        self.setWindowTitle(self.tr("员工离职"))
        self.setMinimumWidth(380)
        self.date_edit = QDateEdit(to_qdate(shop.today))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        note = QLabel(self.tr("{name} 离职后仍保留在员工名单中（勾选「显示已离职」可见），"
                              "历史数据和已发的奖励都不会删除，以后也可以重新入职。").format(name=person.display()))
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("离职日期"), self.date_edit)
        self.error_label = ErrorLabel()
        self.buttons = ok_cancel(self, self.tr("确认离职"))
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

    @classmethod
    def ask(cls, parent: QWidget | None, shop: Shop, person: Staff) -> Staff | None:
        dialog = cls(shop, person, parent)
        return dialog.saved if dialog.exec() == QDialog.DialogCode.Accepted else None

    def accept(self) -> None:
        try:
            self.saved = self.shop.staff.leave(self.person.id, from_qdate(self.date_edit.date()))
        except HonghuaError as e:
            self.error_label.show_message(e.message)
            return
        super().accept()


class RehireDialog(QDialog):
    """重新入职 from a chosen day: a new stint; the earlier one and the time away stay known."""

    def __init__(self, shop: Shop, person: Staff, parent: QWidget | None = None):
        super().__init__(parent)
        self.shop = shop
        self.person = person
        self.saved: Staff | None = None
        self.setWindowTitle(self.tr("重新入职"))
        self.setMinimumWidth(380)
        self.date_edit = QDateEdit(to_qdate(shop.today))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        left = person.left.isoformat() if person.left else ""
        note = QLabel(self.tr("{name} 于 {left} 离职。重新入职后，以往的在职时间照旧保留；离职期间不算在职"
                              "（不计目标，工龄从重新入职日起算）。").format(name=person.display(), left=left))
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("重新入职日期"), self.date_edit)
        self.error_label = ErrorLabel()
        self.buttons = ok_cancel(self, self.tr("确认重新入职"))
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

    @classmethod
    def ask(cls, parent: QWidget | None, shop: Shop, person: Staff) -> Staff | None:
        dialog = cls(shop, person, parent)
        return dialog.saved if dialog.exec() == QDialog.DialogCode.Accepted else None

    def accept(self) -> None:
        try:
            self.saved = self.shop.staff.rehire(self.person.id, from_qdate(self.date_edit.date()))
        except HonghuaError as e:
            self.error_label.show_message(e.message)
            return
        super().accept()
