"""新增/编辑员工: every field of a person. OK saves through shop.staff; a refused entry keeps the dialog
open with the reason shown, and nothing is saved."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain import (
    ROLES,
    Staff,
    normalize_alias,
    spaces_between_wide,
    without_invisible,
    without_spaces_beside_wide,
)
from app.errors import HonghuaError
from app.i18n import joined
from app.periods import shown_date
from app.shop import Shop
from app.staff_draft import StaffDraft
from ui import errors
from ui.approved_change import Declined, write_asking
from ui.dialogs.common import ok_cancel, resize_within_screen, scrolling
from ui.person_choice import person_choice
from ui.widgets.approved_note import ApprovedNote
from ui.widgets.birthday_edit import BirthdayEdit
from ui.widgets.error_label import ErrorLabel
from ui.widgets.hint_text import dim_text
from ui.widgets.money_edit import MoneyEdit
from ui.widgets.optional_date import OptionalDateEdit


class StaffDialog(QDialog):
    def __init__(self, shop: Shop, person: Staff | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.shop = shop
        self.person = person
        self.saved: Staff | None = None
        self.setWindowTitle(self.tr("编辑员工 {name}").format(name=person.display()) if person
                            else self.tr("新增员工"))
        self.setMinimumWidth(460)

        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("必填，例如 张伟（可以重名）"))
        self.namesake_note = dim_text(QLabel())  # a namesake said while the name is typed: the same person twice?
        self.namesake_note.setWordWrap(True)
        self.namesake_note.setTextFormat(Qt.TextFormat.PlainText)
        self.namesake_note.hide()
        self.others = [p for p in shop.staff.list() if person is None or p.id != person.id]
        self.name_edit.textChanged.connect(self._say_namesakes)
        self.aliases_edit = QPlainTextEdit()
        self.aliases_edit.setPlaceholderText(self.tr("淘宝/天猫子账号，每行一个，例如\n旗舰店:小美\n专营店:小美"))
        self.aliases_edit.setTabChangesFocus(True)
        self.aliases_edit.setFixedHeight(84)
        self.dept_combo = QComboBox()
        self.dept_combo.setEditable(True)
        self.dept_combo.addItem("")
        self.dept_combo.addItems([d.name for d in shop.staff.departments()])
        self.dept_combo.lineEdit().setPlaceholderText(self.tr("选择，或输入新部门名称"))
        self.role_combo = QComboBox()
        self.role_combo.setEditable(True)
        self.role_combo.addItems(list(ROLES))
        self.hired_edit = OptionalDateEdit(shop.today, name=self.tr("入职日期"))
        self.birthday_edit = BirthdayEdit()
        self.base_pay = MoneyEdit()
        self.post_pay = MoneyEdit()
        self.allowance = MoneyEdit()
        self.awards_check = QCheckBox(self.tr("参与评奖"))
        self.awards_check.setChecked(True)
        awards_hint = dim_text(QLabel(self.tr("不勾选：不发任何奖项（如店长本人），看板照常显示")))
        awards_hint.setWordWrap(True)
        awards_box = QWidget()
        awards_layout = QVBoxLayout(awards_box)
        awards_layout.setContentsMargins(0, 0, 0, 0)
        awards_layout.addWidget(self.awards_check)
        awards_layout.addWidget(awards_hint)

        fields = QWidget()
        form = QFormLayout(fields)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("姓名"), self.name_edit)
        form.addRow("", self.namesake_note)
        form.addRow(self.tr("子账号"), self.aliases_edit)
        form.addRow(self.tr("部门"), self.dept_combo)
        form.addRow(self.tr("岗位"), self.role_combo)
        form.addRow(self.tr("评奖"), awards_box)
        form.addRow(self.tr("入职日期"), self.hired_edit)
        form.addRow(self.tr("生日"), self.birthday_edit)
        form.addRow(self.tr("基本工资（元）"), self.base_pay)
        form.addRow(self.tr("岗位工资（元）"), self.post_pay)
        form.addRow(self.tr("津贴/补贴（元）"), self.allowance)
        if person is not None and person.left is not None:
            form.addRow(self.tr("离职日期"), QLabel(shown_date(person.left)))
        if person is not None and person.earlier:
            self.earlier_label = QLabel("\n".join(self.tr("{hired} 至 {left}").format(
                hired=shown_date(s.hired) if s.hired else self.tr("（未填）"),
                left=shown_date(s.left) if s.left else "") for s in person.earlier))
            form.addRow(self.tr("以往在职"), self.earlier_label)

        self.error_label = ErrorLabel()
        self.buttons = ok_cancel(self, self.tr("保存"))
        area = scrolling(fields)
        area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from 取消 back to 姓名, not to the area around them
        self.approved_note = ApprovedNote()  # said before an edit, which then asks (`write_asking`)
        if person is not None:
            self.approved_note.show_person(person.name, shop.staff.approved_counting(person), shop.today)
        layout = QVBoxLayout(self)
        layout.addWidget(self.approved_note)
        layout.addWidget(area, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        if person is not None:
            self._fill(person)
        resize_within_screen(self)
        self.name_edit.setFocus()

    @classmethod
    def ask(cls, parent: QWidget | None, shop: Shop, person: Staff | None = None) -> Staff | None:
        """Show the dialog; the saved person, or None when cancelled."""
        dialog = cls(shop, person, parent)
        return dialog.saved if dialog.exec() == QDialog.DialogCode.Accepted else None

    def ok_button(self):  # type: ignore[no-untyped-def]
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def _fill(self, p: Staff) -> None:
        self.name_edit.setText(p.name)
        self.aliases_edit.setPlainText("\n".join(p.aliases))
        self.dept_combo.setCurrentText(p.dept or "")
        self.role_combo.setCurrentText(p.role)
        self.hired_edit.set_date(p.hired)
        self.birthday_edit.set_birthday(p.birthday)
        self.base_pay.set_fen(p.base_pay_fen)
        self.post_pay.set_fen(p.post_pay_fen)
        self.allowance.set_fen(p.allowance_fen)
        self.awards_check.setChecked(p.in_awards)

    def _say_namesakes(self, typed: str) -> None:
        """Someone already has the name typed (spaces and width aside, as imports compare names): said under the
        name, so a person added twice is seen before saving, and namesakes get sub-accounts to tell them apart."""
        key = normalize_alias(without_invisible(typed))
        same = [p for p in self.others if key and normalize_alias(p.name) == key]
        left = [p for p in same if not p.is_current(self.shop.today)]
        who = joined(person_choice(p.name, f"#{p.id}", p.dept, self._left_on(p) if p in left else "") for p in same)
        if left:  # most likely the leaver coming back: 重新入职 keeps her history, targets and flowers one person's
            self.namesake_note.setText(self.tr("已有同名员工 {who}——如是同一人回来工作，请在员工列表勾选「显示已离职」，"
                                               "选中此人后用「重新入职」，不要新增。").format(who=who))
        elif same:
            self.namesake_note.setText(self.tr("已有同名员工 {who}。同一个人不要重复添加；同名的人导入报表时靠子账号区分。").format(
                who=who))
        self.namesake_note.setVisible(bool(same))

    def _left_on(self, person: Staff) -> str:
        return self.tr("{day}离职").format(day=shown_date(person.left)) if person.left else ""

    def draft(self) -> StaffDraft:
        """What the form says; raises UserError for a field that cannot be read (birthday, money)."""
        aliases = tuple(line.strip() for line in self.aliases_edit.toPlainText().splitlines() if line.strip())
        return StaffDraft(
            name=self.name_edit.text(),
            aliases=aliases,
            dept=self.dept_combo.currentText().strip() or None,
            role=self.role_combo.currentText().strip(),
            hired=self.hired_edit.date(),
            birthday=self.birthday_edit.birthday(),
            base_pay_fen=self.base_pay.fen(self.tr("基本工资")),
            post_pay_fen=self.post_pay.fen(self.tr("岗位工资")),
            allowance_fen=self.allowance.fen(self.tr("津贴/补贴")),
            in_awards=self.awards_check.isChecked(),
        )

    def accept(self) -> None:
        try:
            draft = self.draft()
            name = self._name_to_save(draft.name)
            if name is None:  # the question about a space in the name cancelled: the form stays open
                return
            draft = replace(draft, name=name)
            taking = self.shop.staff.rules_taken_by_new(draft.dept) if draft.dept else ""
            if self.person is None:
                self.saved = write_asking(self, lambda confirm: self.shop.staff.add(draft, confirm_approved=confirm))
            else:
                person_id = self.person.id
                self.saved = write_asking(self, lambda confirm: self.shop.staff.edit(person_id, draft,
                                                                                    confirm_approved=confirm))
        except HonghuaError as e:  # bad input, or the file could not be written: nothing saved
            self.error_label.show_message(e.message)
            return
        except Declined:  # an approved period left as it was: the form stays open
            return
        self.error_label.clear_message()
        if taking:  # the department typed is new and takes the rules written for a name another one had
            errors.show_info(self, taking, self.tr("新部门"))
        super().accept()

    def _name_to_save(self, typed: str) -> str | None:
        """The name as typed, without the characters that show nothing (a zero-width space copied from WeChat);
        a space beside a Chinese character (「张 伟」, 「张　伟」 lining up two-character names) is asked about:
        imports, pasting and the command line read it as 张伟 anyway. None when the owner cancels. A name kept as
        it was is not asked about again."""
        if self.person is not None and typed == self.person.name:
            return typed
        name = without_invisible(typed).strip()
        if spaces_between_wide(name):
            closed = without_spaces_beside_wide(name)
            text = self.tr("「{name}」的字中间有空格。导入报表、粘贴表格和命令行查找员工时不看这个空格，"
                           "「{name}」就是「{joined}」。").format(name=name, joined=closed)
            own_id = self.person.id if self.person else None
            same = [p for p in self.shop.staff.list()
                    if p.id != own_id and normalize_alias(p.name) == normalize_alias(name)]
            if same:
                text += self.tr("已有员工 {who}，两人会被当作同名：导入时要用子账号区分。").format(
                    who=joined(p.display() for p in same))
            answer = errors.choose(self, text, self.tr("姓名里有空格"), [
                ("join", self.tr("去掉空格（{joined}）").format(joined=closed)), ("keep", self.tr("保留空格"))])
            if answer is None:
                return None
            if answer == "join":
                name = closed
        if name != typed:
            self.name_edit.setText(name)
        return name
