"""离职 and 重新入职: ask for the day (default today) and record it. The person and their history stay."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import QDateEdit, QDialog, QFormLayout, QLabel, QVBoxLayout, QWidget

from app.domain import Staff
from app.errors import HonghuaError
from app.periods import shown_date
from app.services.staff import rehire_cancels_leaving
from app.shop import Shop
from ui import errors
from ui.approved_change import Declined, write_asking
from ui.dialogs.common import ok_cancel
from ui.widgets.error_label import ErrorLabel
from ui.widgets.optional_date import from_qdate, to_qdate


class _DayDialog(QDialog):
    """One day asked for, a note on what it means, and the record made on OK (its refusal shown in place)."""

    def __init__(self, shop: Shop, person: Staff, parent: QWidget | None, *, title: str, note: str,
                 day_label: str, ok_text: str):
        super().__init__(parent)
        self.shop = shop
        self.person = person
        self.saved: Staff | None = None
        self.setWindowTitle(title)
        self.setMinimumWidth(380)
        self.date_edit = QDateEdit(to_qdate(shop.today))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        note_label = QLabel(note)
        note_label.setWordWrap(True)
        form = QFormLayout()
        form.addRow(day_label, self.date_edit)
        self.day_note = QLabel()  # what the chosen day means, where it is not what the button says
        self.day_note.setWordWrap(True)
        self.day_note.hide()
        self.error_label = ErrorLabel()
        self.buttons = ok_cancel(self, ok_text)
        layout = QVBoxLayout(self)
        layout.addWidget(note_label)
        layout.addLayout(form)
        layout.addWidget(self.day_note)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

    @classmethod
    def ask(cls, parent: QWidget | None, shop: Shop, person: Staff) -> Staff | None:
        dialog = cls(shop, person, parent)
        return dialog.saved if dialog.exec() == QDialog.DialogCode.Accepted else None

    def record(self, day: date, confirm_approved: bool) -> Staff:
        raise NotImplementedError

    def still_meant(self, day: date) -> bool:
        """Whether the day is saved after what it means was said (the dialog stays open otherwise)."""
        return True

    def accept(self) -> None:
        day = from_qdate(self.date_edit.date())
        if not self.still_meant(day):
            return
        try:
            self.saved = write_asking(self, lambda confirm: self.record(day, confirm))
        except HonghuaError as e:
            self.error_label.show_message(e.message)
            return
        except Declined:  # a day changing an approved period not confirmed: the dialog stays open
            return
        super().accept()


class LeaveDialog(_DayDialog):
    """离职 on a chosen day; for someone who has already left, the leaving date corrected (a typo in it)."""

    def __init__(self, shop: Shop, person: Staff, parent: QWidget | None = None):
        if person.left is None:
            super().__init__(shop, person, parent, title=self.tr("员工离职"),
                             note=self.tr("{name} 离职后仍保留在员工名单中（勾选「显示已离职」可见），"
                                          "历史数据和已发的奖励都不会删除，以后也可以重新入职。").format(name=person.display()),
                             day_label=self.tr("离职日期"), ok_text=self.tr("确认离职"))
            return
        super().__init__(shop, person, parent, title=self.tr("更改离职日期"),
                         note=self.tr("{name} 于 {left} 离职。离职日期填错了，在这里改正；要回来上班，请用「重新入职」。").format(
                             name=person.display(), left=shown_date(person.left)),
                         day_label=self.tr("离职日期"), ok_text=self.tr("保存"))
        self.date_edit.setDate(to_qdate(person.left))

    def record(self, day: date, confirm_approved: bool) -> Staff:
        return self.shop.staff.leave(self.person.id, day, confirm_approved=confirm_approved)

    def still_meant(self, day: date) -> bool:
        """Records after the leaving date (a date picked a month early) are asked about before it is saved; a day
        before the hire date is not (the service refuses it, saying why), nor the date kept saved again unchanged."""
        if day == self.person.left or (self.person.hired is not None and day < self.person.hired):
            return True
        kept = self.shop.staff.kept_after_leaving(self.person.id, day)
        return not kept or errors.confirm(self, kept + "\n\n" + self.tr("离职日期确定是 {day} 吗？").format(
            day=shown_date(day)), self.windowTitle())


class RehireDialog(_DayDialog):
    """重新入职 from a chosen day: a new stint; the earlier one and the time away stay known."""

    def __init__(self, shop: Shop, person: Staff, parent: QWidget | None = None):
        left = shown_date(person.left) if person.left else ""
        super().__init__(shop, person, parent, title=self.tr("重新入职"),
                         note=self.tr("{name} 于 {left} 离职。重新入职后，以往的在职时间照旧保留；离职期间不算在职"
                                      "（不计目标，工龄从重新入职日起算）。").format(name=person.display(), left=left),
                         day_label=self.tr("重新入职日期"), ok_text=self.tr("确认重新入职"))
        self.date_edit.dateChanged.connect(self._say_whether_it_cancels)
        self._say_whether_it_cancels()

    def _say_whether_it_cancels(self) -> None:
        """A day by the day after leaving cancels the leaving (`StaffService.rehire`): said before it is saved. Not
        for a day the service refuses (before the hire date, after today): saving it cancels nothing."""
        left, hired, day = self.person.left, self.person.hired, from_qdate(self.date_edit.date())
        refused = (hired is not None and day < hired) or day > self.shop.today
        cancels = not refused and rehire_cancels_leaving(self.person, day)
        if cancels and left is not None:
            self.day_note.setText(self.tr(
                "重新入职日期不晚于离职次日（{next}）：保存后将撤销离职，{name}视为一直在职，不再记 {left} 离职。").format(
                next=shown_date(left + timedelta(days=1)), name=self.person.display(), left=shown_date(left)))
        self.day_note.setVisible(cancels)

    def record(self, day: date, confirm_approved: bool) -> Staff:
        return self.shop.staff.rehire(self.person.id, day, confirm_approved=confirm_approved)
