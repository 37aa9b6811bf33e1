"""Departments: the list, a name box, 新增, 改名 and 删除. Used by 部门管理 on the staff page and by 设置.

Enter in the name box does what the box holds: choosing a department fills it with that name, so an edited
name is a rename (as the dialog's hint says) and an unchanged one has nothing to do; a name typed into the
empty box (at first, or after 新增 cleared it) is a new department. The button Enter presses is the default one.
删除 (or Delete in the list) deletes a department nothing uses, asking first; one in use is refused naming what
uses it (`StaffService.department_uses`).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain import normalize_dept_name
from app.errors import HonghuaError
from app.shop import Shop
from ui import errors
from ui.approved_change import Declined, write_asking
from ui.widgets.error_label import ErrorLabel


class DepartmentEditor(QWidget):
    changed = Signal()

    def __init__(self, shop: Shop, parent: QWidget | None = None):
        super().__init__(parent)
        self.shop = shop
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("部门"))
        self.list.currentItemChanged.connect(self._on_current)
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("部门名称，例如 客服部"))
        self.name_edit.setAccessibleName(self.tr("部门名称"))  # a screen reader does not say a placeholder
        self.name_edit.installEventFilter(self)  # Enter is taken here: a dialog would press its default button too
        self.name_edit.textChanged.connect(lambda _text: self._update_buttons())
        self.filled_from_list = False  # the box holds a chosen department's name (edited or not), not a new one
        self.add_button = QPushButton(self.tr("新增部门"))
        self.add_button.clicked.connect(self.add)
        self.rename_button = QPushButton(self.tr("改名"))
        self.rename_button.setToolTip(self.tr("把选中的部门改成上面输入的名称"))
        self.rename_button.clicked.connect(self.rename)
        self.remove_button = QPushButton(self.tr("删除"))
        self.remove_button.setToolTip(self.tr("删除选中的部门（只能删除没人用过的部门）"))
        self.remove_button.clicked.connect(self.remove)
        self.list.installEventFilter(self)  # Delete in the list presses 删除
        self.error_label = ErrorLabel()

        row = QHBoxLayout()
        row.addWidget(self.name_edit, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.rename_button)
        row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        layout.addWidget(self.error_label)
        self.refresh()

    def refresh(self) -> None:
        current = self.selected_id()
        self.list.clear()
        current_staff = self.shop.staff.list(include_left=False)
        for dept in self.shop.staff.departments():
            members = sum(1 for p in current_staff if p.dept_id == dept.id)
            item = QListWidgetItem(self.tr("{name}（在职 {n} 人）").format(name=dept.name, n=members))
            item.setData(Qt.ItemDataRole.UserRole, dept.id)
            item.setData(Qt.ItemDataRole.UserRole + 1, dept.name)
            self.list.addItem(item)
            if dept.id == current:
                self.list.setCurrentItem(item)
        self._update_buttons()

    def selected_id(self) -> int | None:
        item = self.list.currentItem()
        return None if item is None else int(item.data(Qt.ItemDataRole.UserRole))

    def names(self) -> list[str]:
        return [str(self.list.item(i).data(Qt.ItemDataRole.UserRole + 1)) for i in range(self.list.count())]

    def select(self, name: str) -> None:
        for i in range(self.list.count()):
            if self.list.item(i).data(Qt.ItemDataRole.UserRole + 1) == name:
                self.list.setCurrentRow(i)

    def _selected_name(self) -> str | None:
        item = self.list.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole + 1))

    def _on_current(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.name_edit.setText(str(item.data(Qt.ItemDataRole.UserRole + 1)))
            self.filled_from_list = True
        self._update_buttons()

    def _renaming(self) -> bool:
        """Enter renames: the box was filled by choosing a department (改名 is greyed while its name is unchanged)."""
        return self.filled_from_list and self._selected_name() is not None

    def _update_buttons(self) -> None:
        selected = self._selected_name()
        self.rename_button.setEnabled(selected is not None and normalize_dept_name(self.name_edit.text()) != selected)
        self.remove_button.setEnabled(selected is not None)
        self.rename_button.setDefault(self._renaming())
        self.add_button.setDefault(not self._renaming())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.list and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.key() == Qt.Key.Key_Delete:
            if self.remove_button.isEnabled():
                self.remove_button.click()
            return True
        if watched is self.name_edit and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            button = self.rename_button if self._renaming() else self.add_button
            if button.isEnabled():
                button.click()
            return True
        return super().eventFilter(watched, event)

    def add(self) -> None:
        name = self.name_edit.text()
        taking = self.shop.staff.rules_taken_by_new(name)
        try:
            dept = write_asking(self, lambda confirm: self.shop.staff.add_department(name, confirm_approved=confirm))
        except HonghuaError as e:
            self.error_label.show_message(e.message)
            return
        except Declined:  # a former name's rules stay with the department that had it: the name stays typed
            return
        self._done(dept.name)
        self.name_edit.clear()  # ready for the next department (selecting the new one filled the box with its name)
        self.filled_from_list = False
        self._update_buttons()
        if taking:  # a rule written for a name another department had before its rename now applies to this one
            errors.show_info(self, taking, self.tr("新增部门"))

    def rename(self) -> None:
        dept_id = self.selected_id()
        if dept_id is None:
            self.error_label.show_message(self.tr("请先在列表中选择要改名的部门"))
            return
        name = self.name_edit.text()
        try:
            said = write_asking(self, lambda confirm: self.shop.staff.rename_department(dept_id, name,
                                                                                         confirm_approved=confirm))
        except HonghuaError as e:
            self.error_label.show_message(e.message)
            return
        except Declined:  # the approved periods left as they were: the name stays typed
            return
        self._done(self.name_edit.text().strip())
        if said:  # what the rename does to the plans' rules written for either name
            errors.show_info(self, said, self.tr("部门改名"))

    def remove(self) -> None:
        dept_id, name = self.selected_id(), self._selected_name()
        if dept_id is None or name is None:
            self.error_label.show_message(self.tr("请先在列表中选择要删除的部门"))
            return
        if all(d.id != dept_id for d in self.shop.staff.departments()):  # deleted meanwhile in another window
            self.refresh()
            self.error_label.show_message(self.tr("部门「{name}」已经不在了：可能已在另一个窗口里删除").format(name=name))
            return
        # one in use is refused by the service, naming what uses it: asked only about one that can go
        if not self.shop.staff.department_uses(dept_id) and not errors.confirm(
                self, self.tr("删除部门「{name}」？它没有员工，也没有被目标、方案或评奖用过。").format(name=name),
                self.tr("删除部门"), yes_text=self.tr("删除")):
            return
        try:
            self.shop.staff.remove_department(dept_id)
        except HonghuaError as e:
            self.error_label.show_message(e.message)
            return
        self.error_label.clear_message()
        self.name_edit.clear()
        self.filled_from_list = False
        self.refresh()
        self.changed.emit()

    def _done(self, name: str) -> None:
        self.error_label.clear_message()
        self.refresh()
        self.select(" ".join(name.split()))
        self.changed.emit()
