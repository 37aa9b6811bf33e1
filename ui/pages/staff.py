"""员工 page: the staff list with a filter, and add / edit / leave / rehire / remove (someone added by mistake) /
departments."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import i18n
from app.domain import Staff, normalize_alias
from app.errors import HonghuaError
from app.periods import shown_date
from app.shop import Shop
from ui import errors
from ui.dialogs.department_dialog import DepartmentDialog
from ui.dialogs.leave_dialog import LeaveDialog, RehireDialog
from ui.dialogs.staff_dialog import StaffDialog
from ui.models.staff_model import ALIAS_COLUMN, ID_ROLE, SORT_ROLE, StaffTableModel
from ui.widgets.search_proxy import SearchProxy
from ui.widgets.status_line import StatusLine
from ui.widgets.table_keys import table_keys
from ui.widgets.text_columns import TextWidthColumns


def _search_key(text: str) -> str:
    """Search text and cells compared alike: as aliases are kept (NFKC, `：` as `:`, spaces folded), any case."""
    return normalize_alias(text).casefold()


class StaffPage(QWidget):
    title = "员工"

    def __init__(self, shop: Shop, parent: QWidget | None = None):
        super().__init__(parent)
        self.shop = shop
        self.model = StaffTableModel(shop.today, self)
        self.proxy = SearchProxy(_search_key, self)  # also finds a hire, leave or birth day typed 2026-10-05
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)

        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("搜索姓名、拼音、子账号、部门、岗位或日期（如 2026-10-01）"))
        self.filter_edit.setAccessibleName(self.tr("搜索员工"))  # a screen reader does not say a placeholder
        # on a small screen the placeholder is cut before its date example; hovering shows it whole
        self.filter_edit.setToolTip(self.filter_edit.placeholderText())
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._on_filter)
        self.show_left = QCheckBox(self.tr("显示已离职"))
        self.show_left.toggled.connect(lambda _on: self.refresh())
        self.add_button = QPushButton(self.tr("新增"))
        self.edit_button = QPushButton(self.tr("编辑"))
        self.leave_button = QPushButton(self.tr("离职…"))
        self.rehire_button = QPushButton(self.tr("重新入职"))
        self.remove_button = QPushButton(self.tr("删除…"))
        self.dept_button = QPushButton(self.tr("部门管理"))
        self.add_button.clicked.connect(lambda: self.add_person())
        self.edit_button.clicked.connect(lambda: self.edit_person())
        self.leave_button.clicked.connect(lambda: self.leave_person())
        self.rehire_button.clicked.connect(lambda: self.rehire_person())
        self.remove_button.clicked.connect(lambda: self.remove_person())
        self.dept_button.clicked.connect(lambda: self.manage_departments())

        self.table = QTableView()
        self.table.setAccessibleName(self.tr("员工名单"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(ALIAS_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(64)
        # each column as wide as its widest text, measured once per refill: a header resizing to its contents asked
        # every cell of 200 people at each layout, half a second to show the page, a fifth to sort or refill it
        TextWidthColumns(self.table, [c for c in range(self.model.columnCount()) if c != ALIAS_COLUMN])
        # a double-click, and Enter on the selected person (Windows' activation), open them for editing
        self.table.activated.connect(lambda _index: self.edit_person())
        table_keys(self.table, open_row=lambda _index: self.edit_person(),  # and F2; Ctrl+C copies the rows
                   delete_rows=lambda: self.remove_person())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())

        self._hidden_choice: Staff | None = None  # chosen, then hidden by a search
        self.count_label = QLabel()
        self.status = StatusLine()  # what the last action did: a person who left vanishes from the list
        self.empty_label = QLabel(self.tr("还没有员工。点击「新增」添加第一位员工，或在「文件」菜单中选择「生成演示数据…」。"))
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)

        tools = QHBoxLayout()
        tools.setSpacing(4)  # six buttons: with the navigation, the window stays narrower than an 800-wide screen's room
        tools.addWidget(self.filter_edit, 1)
        tools.addWidget(self.show_left)
        tools.addSpacing(6)
        for button in (self.add_button, self.edit_button, self.leave_button, self.rehire_button, self.remove_button,
                       self.dept_button):
            tools.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(tools)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label)
        bottom.addSpacing(12)
        bottom.addWidget(self.status, 1)
        layout.addLayout(bottom)
        self._update_buttons()

    # ---- loading
    def refresh(self) -> None:
        selected = self.selected_person()
        people = self.shop.staff.list(include_left=self.show_left.isChecked())
        self.model.set_people(people, self.shop.today)
        self._show_count()
        has_people = bool(people) or self.show_left.isChecked()
        self.table.setVisible(has_people)
        self.empty_label.setVisible(not has_people)
        if selected is not None:
            self.select(selected.id)
        self._update_buttons()

    def _on_filter(self, text: str) -> None:
        """The person chosen stays chosen and in view; one a search hides is chosen again once it shows them."""
        chosen = self.selected_person() or self._hidden_choice
        self.proxy.set_search(text)
        self.table.doItemsLayout()  # the scroll range of the rows now shown, to scroll the chosen one into view
        self._hidden_choice = chosen if chosen is not None and not self.select(chosen.id) else None
        self._show_count()
        self._update_buttons()

    def _show_count(self) -> None:
        """How many people are listed and, while a search is typed, how many of them it finds."""
        people = self.model.rowCount()
        current = sum(1 for p in self.model.people() if p.is_current(self.shop.today))
        shown = self.proxy.rowCount()
        searching = bool(self.filter_edit.text().strip())
        if self.show_left.isChecked():
            template = (self.tr("共 {n} 人（在职 {current} 人，已离职 {left} 人）中 {shown} 人符合") if searching
                        else self.tr("共 {n} 人：在职 {current} 人，已离职 {left} 人"))
            text = i18n.fill(template, n=people, current=current, left=people - current, shown=shown)
        else:
            template = self.tr("在职 {n} 人中 {shown} 人符合") if searching else self.tr("在职 {n} 人")
            text = i18n.fill(template, n=current, shown=shown)
        self.count_label.setText(text)

    def visible_names(self) -> list[str]:
        """Names in the table as shown (after filtering and sorting)."""
        return [str(self.proxy.index(r, 1).data()) for r in range(self.proxy.rowCount())]

    # ---- selection
    def selected_person(self) -> Staff | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        source = self.proxy.mapToSource(rows[0])
        return self.model.person(source.row())

    def select(self, staff_id: int) -> bool:
        for r in range(self.proxy.rowCount()):
            index = self.proxy.index(r, 0)
            if index.data(ID_ROLE) == staff_id:
                self.table.selectionModel().select(
                    index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
                self.table.scrollTo(index)
                return True
        return False

    def _update_buttons(self) -> None:
        person = self.selected_person()
        self.edit_button.setEnabled(person is not None)
        self.leave_button.setEnabled(person is not None)  # for someone who has left: their leaving date corrected
        self.leave_button.setToolTip(self.tr("更改离职日期") if person is not None and person.left is not None else "")
        self.rehire_button.setEnabled(person is not None and person.left is not None)
        self._update_remove_button(person)

    def _update_remove_button(self, person: Staff | None) -> None:
        """删除 only for someone without any history (added by mistake); for anyone else the tooltip says what
        they have and offers 离职."""
        held = self.shop.staff.history(person.id) if person is not None else []
        self.remove_button.setEnabled(person is not None and not held)
        if person is None:
            self.remove_button.setToolTip(self.tr("删除误加、没有任何记录的员工"))
        elif held:
            self.remove_button.setToolTip(i18n.fill(self.tr("{name}已有{what}，不能删除；不再在职请用「离职…」"),
                                                    name=person.name, what=i18n.in_words(held)))
        else:
            self.remove_button.setToolTip(self.tr("没有任何记录，可以删除（误加的员工）"))

    # ---- actions
    def add_person(self) -> None:
        person = StaffDialog.ask(self, self.shop)
        if person is not None:
            self.filter_edit.clear()
            self.refresh()
            self.select(person.id)
            self.status.setText(self.tr("已新增 {who}").format(who=person.display()))

    def search_field(self) -> QLineEdit:
        return self.filter_edit  # Ctrl+F

    def edit_person(self) -> None:
        person = self.selected_person()
        if person is None:
            return
        if (saved := StaffDialog.ask(self, self.shop, person)) is not None:
            self.refresh()
            self.status.setText(self.tr("已保存 {who}").format(who=saved.display()))

    def leave_person(self) -> None:
        person = self.selected_person()
        if person is None:
            return
        if (saved := LeaveDialog.ask(self, self.shop, person)) is not None and saved.left is not None:
            self.refresh()
            day = shown_date(saved.left)
            if person.left is not None:
                said = self.tr("已把 {who} 的离职日期改为 {day}")
            elif self.select(saved.id):
                said = self.tr("已记录 {who} {day}离职")
            else:  # gone from the list shown: said where to find them
                said = self.tr("已记录 {who} {day}离职，名单中不再显示；勾选「显示已离职」可以看到")
            self.status.setText(said.format(who=saved.display(), day=day))

    def rehire_person(self) -> None:
        person = self.selected_person()
        if person is None or person.left is None:
            return
        if (saved := RehireDialog.ask(self, self.shop, person)) is not None:
            self.refresh()
            self.select(saved.id)
            if len(saved.earlier) == len(person.earlier):  # back by the day after leaving: the leaving undone
                said = self.tr("已撤销 {who} 的离职，视为一直在职")
            else:
                said = self.tr("{who} 已重新入职，{day}起在职")
            self.status.setText(said.format(who=saved.display(), day=shown_date(saved.hired) if saved.hired else ""))

    def remove_person(self) -> None:
        person = self.selected_person()
        if person is None or not self.remove_button.isEnabled():
            return
        question = i18n.fill(self.tr("删除员工 {who}？\n\n删除只用于误加、没有任何数据或记录的员工。删除后其子账号可以"
                                     "分给别人，编号 #{id} 不会再给别人用。"), who=person.display(), id=person.id)
        if not errors.confirm(self, question, self.tr("删除员工"), yes_text=self.tr("删除")):
            return
        try:
            self.shop.staff.remove(person.id)
        except HonghuaError as e:
            errors.show_error(self, e.message)
        else:
            self.status.setText(self.tr("已删除 {who}").format(who=person.display()))
        self.refresh()

    def manage_departments(self) -> None:
        if DepartmentDialog.ask(self, self.shop):
            self.refresh()
