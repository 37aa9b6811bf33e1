"""Tables from the keyboard, as in a spreadsheet or a file list: Ctrl+C copies the selected rows as lines of
tab-separated cells (Excel pastes them into as many cells; Qt copied the current cell alone), Enter or F2 opens the
row a double-click opens, Delete asks to delete what a 删除 button deletes."""

from __future__ import annotations

import pytest
import test_keyboard
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QTableView

from ui.models.board_model import PROGRESS_ROLE, ROW_ROLE, BoardModel
from ui.navigation import PAGES, page_index
from ui.widgets.grid_table import GridTable

# each test's shop is a copy of the demo shop (fixtures)
demo_db, today, db_path, shown = test_keyboard.demo_db, test_keyboard.today, test_keyboard.db_path, test_keyboard.shown


@pytest.fixture
def window(make_window, shop, qtbot):
    return test_keyboard.shown_window(make_window, qtbot)


def shown_cells(table: QTableView, row: int) -> str:
    model, header = table.model(), table.horizontalHeader()
    columns = sorted((c for c in range(model.columnCount()) if not header.isSectionHidden(c)), key=header.visualIndex)
    return "\t".join(" ".join(str(model.index(row, c).data() or model.index(row, c).data(
        Qt.ItemDataRole.AccessibleTextRole) or "").split()) for c in columns)  # a drawn cell: its text to be read


def read_only_tables(page) -> list[QTableView]:
    return [t for t in page.findChildren(QTableView) if t.isVisibleTo(page) and not isinstance(t, GridTable)
            and t.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers and t.model() is not None
            and t.model().rowCount() > 0 and t.model().columnCount() > 1
            and t.selectionMode() != QAbstractItemView.SelectionMode.NoSelection]


def test_ctrl_c_copies_a_tables_selected_row_as_cells_excel_pastes(window, qtbot):
    copied = {}
    for index, spec in enumerate(PAGES):
        window.show_page(index)
        qtbot.wait(10)
        for table in read_only_tables(window.current_page()):
            table.setFocus()
            table.selectRow(0)
            QApplication.clipboard().clear()
            QTest.keyClick(table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
            if QApplication.clipboard().text() != shown_cells(table, 0) + "\n":
                copied[f"{spec.key}: {table.accessibleName()}"] = QApplication.clipboard().text()
    assert copied == {}
    assert {"staff", "dashboard", "awards", "flowers"} <= {spec.key for spec in PAGES}  # the pages walked


def test_ctrl_c_copies_rows_top_to_bottom_and_columns_as_shown(window, qtbot):
    window.show_page(1)  # 员工
    table = window.current_page().table
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    table.horizontalHeader().moveSection(0, 2)
    table.selectRow(2)
    QTest.keyClick(table, Qt.Key.Key_Up, Qt.KeyboardModifier.ShiftModifier)
    QTest.keyClick(table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.clipboard().text() == shown_cells(table, 1) + "\n" + shown_cells(table, 2) + "\n"


def test_enter_on_the_boards_row_opens_the_person_as_a_double_click_does(window, qtbot, monkeypatch):
    from ui.dialogs.person_detail import PersonDetailDialog
    from ui.dialogs.target_input import TargetInputDialog

    opened = []
    monkeypatch.setattr(PersonDetailDialog, "ask", classmethod(lambda cls, parent, shop, person, *a: opened.append(
        person.name)))
    monkeypatch.setattr(TargetInputDialog, "ask", classmethod(lambda cls, parent, shop, person, *a: opened.append(
        person.name)))
    window.show_page(0)
    table = window.current_page().table
    table.setFocus()
    table.selectRow(1)
    QTest.keyClick(table, Qt.Key.Key_Return)
    assert opened == [table.model().data(table.model().index(1, 0), ROW_ROLE).staff.name]


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_F2], ids=["Enter", "F2"])
def test_enter_or_f2_on_the_staff_list_edits_the_person(window, qtbot, monkeypatch, key):
    from ui.dialogs.staff_dialog import StaffDialog

    edited = []
    monkeypatch.setattr(StaffDialog, "ask", classmethod(lambda cls, parent, shop, person=None: edited.append(
        person.name)))
    window.show_page(1)
    table = window.current_page().table
    table.setFocus()
    table.selectRow(0)
    QTest.keyClick(table, key)
    assert edited == [window.current_page().selected_person().name]


def test_delete_on_the_event_list_asks_and_cancel_keeps_the_event(window, qtbot, messages, shop):
    window.show_page(3)  # 数据
    page = window.current_page()
    table = page.event_table
    assert table.model().rowCount() > 0
    before = table.model().rowCount()
    table.setFocus()
    table.selectRow(0)
    messages.answer = False  # 取消, the question's default
    QTest.keyClick(table, Qt.Key.Key_Delete)
    assert [kind for kind, _title, _text in messages.shown] == ["confirm"]
    assert table.model().rowCount() == before


def test_enter_in_the_plan_list_opens_the_plan_and_the_dialog_stays(qtbot, shop, monkeypatch):
    """Enter on a row went on to the dialog, whose default button 复制预设为本店方案 copied the preset."""
    from ui.plans.editor import PlanEditorDialog
    from ui.plans.plan_dialog import PlanDialog

    opened = []
    monkeypatch.setattr(PlanEditorDialog, "ask", classmethod(lambda cls, parent, shop, data: opened.append(data)))
    dialog = shown(qtbot, PlanDialog(shop))
    stored = len(shop.awards.plans.stored())
    dialog.plans.setFocus()
    dialog.plans.selectRow(0)
    QTest.keyClick(dialog.plans, Qt.Key.Key_Return)
    assert len(opened) == 1 and dialog.isVisible()
    assert len(shop.awards.plans.stored()) == stored


def unnamed_lists(root) -> list[str]:
    """Tables, lists and trees without a name saying what they list: a screen reader said only 「列表」."""
    from PySide6.QtWidgets import QHeaderView

    return [f"{type(view).__name__} {view.objectName()}" for view in root.findChildren(QAbstractItemView)
            if not isinstance(view, QHeaderView) and view.window() is root.window()  # not a choice box's popup
            and not view.accessibleName().strip()]


def test_every_list_of_the_window_and_its_dialogs_says_what_it_lists(window, qtbot, shop):
    """The navigation, the 证书 names, the 小红花 tabs' lists and the departments' list had no name."""
    missing = {}
    for index, spec in enumerate(PAGES):
        window.show_page(index)
        if unnamed := unnamed_lists(window.current_page()):
            missing[spec.key] = unnamed
    if unnamed := unnamed_lists(window):
        missing["window"] = unnamed
    for name, make in test_keyboard.DIALOGS.items():
        if unnamed := unnamed_lists(shown(qtbot, make(shop))):
            missing[name] = unnamed
    assert missing == {}


def test_delete_on_the_flower_ledger_asks_why_before_revoking(window, qtbot, monkeypatch):
    from ui.pages import flowers

    asked = []
    monkeypatch.setattr(flowers.QInputDialog, "getText", lambda *args: asked.append(args[1]) or ("", False))
    window.show_page(page_index("flowers"))
    table = window.current_page().table
    table.setFocus()
    table.selectRow(0)
    QTest.keyClick(table, Qt.Key.Key_Delete)
    assert asked == ["撤销小红花"]


def test_delete_on_a_manual_award_line_asks_and_cancel_keeps_it(window, qtbot, shop, messages):
    window.show_page(page_index("awards"))
    page = window.current_page()
    shop.awards.adjust(page.period, shop.staff.list()[0].id, 10_000, "补发")
    page.refresh()
    manual = page.tabs.manual
    page.tabs.setCurrentIndex(page.tabs.indexOf(manual.parentWidget()))
    rows = manual.rowCount()
    assert rows > 0
    manual.setFocus()
    manual.selectRow(0)
    messages.answer = False
    QTest.keyClick(manual, Qt.Key.Key_Delete)
    assert [kind for kind, _title, _text in messages.shown] == ["confirm"] and manual.rowCount() == rows


@pytest.mark.parametrize("key, attribute", [("dashboard", "table"), ("staff", "table"), ("data", "event_table"),
                                            ("flowers", "table")])
def test_f5_keeps_the_row_the_owner_was_on(window, qtbot, key, attribute):
    """The page's models were filled again: the table lost its current row and selection, so the next arrow key
    started from the top and Enter or Delete had nothing chosen."""
    window.show_page(page_index(key))
    table = getattr(window.current_page(), attribute)
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    table.selectRow(2)
    QTest.keyClick(table, Qt.Key.Key_F5)
    assert table.currentIndex().row() == 2 and [i.row() for i in table.selectionModel().selectedRows()] == [2]
    QTest.keyClick(table, Qt.Key.Key_Down)
    assert table.currentIndex().row() == 3


def test_a_reload_keeps_the_chosen_event_when_one_is_added_above_it(window, qtbot, shop, messages):
    """Found again by what it shows, not by its number: Delete asks about the event the owner chose."""
    window.show_page(page_index("data"))
    page = window.current_page()
    page.event_table.setFocus()
    qtbot.waitUntil(page.event_table.hasFocus)
    page.event_table.selectRow(2)
    chosen = page.event_model.event_at(2)
    first = page.event_model.event_at(0)
    shop.events.add(first.day, first.staff_id, "表扬", note="另一台电脑记的")  # as another program would
    QTest.keyClick(page.event_table, Qt.Key.Key_F5)
    row = page.event_table.currentIndex().row()
    assert row == 3 and page.event_model.event_at(row).id == chosen.id


def test_ctrl_c_copies_the_boards_progress_as_its_bar_shows_it(window, qtbot):
    """The bar is drawn by a delegate: the cell had no text, and the copied row an empty 进度."""
    board = window.current_page()
    board.table.setFocus()
    board.table.selectRow(0)
    QTest.keyClick(board.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    drawn = board.model.index(0, BoardModel.PROGRESS).data(PROGRESS_ROLE)[3]
    assert drawn.endswith("%") and drawn in QApplication.clipboard().text().split("\t")


def test_ctrl_a_then_ctrl_c_copies_all_award_lines_and_totals_for_a_payroll_sheet(window, qtbot):
    """One row at a time could be chosen: an owner pasting the month's awards into a payroll sheet copied each
    person by hand."""
    window.show_page(page_index("awards"))
    page = window.current_page()
    for table in (page.table, page.tabs.totals):
        page.tabs.setCurrentWidget(page.tabs.totals) if table is page.tabs.totals else None
        qtbot.waitUntil(lambda table=table: table.model().rowCount() > 1)
        table.setFocus()
        qtbot.waitUntil(table.hasFocus)
        QTest.keyClick(table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        QTest.keyClick(table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
        rows = table.model().rowCount()
        assert QApplication.clipboard().text() == "".join(shown_cells(table, row) + "\n" for row in range(rows))


def test_a_reload_keeps_the_person_whose_figures_changed(window, qtbot, shop):
    """Another program's import changed the person's row on the board: found again by the name, told apart."""
    board = window.current_page()
    board.table.setFocus()
    qtbot.waitUntil(board.table.hasFocus)
    board.table.selectRow(2)
    person = board.model.index(2, 0).data(ROW_ROLE).staff
    day = board.progress.as_of
    metric = shop.metrics.get(board.headline.currentData())
    shop.data.set_value(day, person.id, metric, 1)  # less than before: the row may move down the board
    QTest.keyClick(board.table, Qt.Key.Key_F5)
    row = board.table.currentIndex().row()
    assert row >= 0 and board.model.index(row, 0).data(ROW_ROLE).staff.id == person.id
