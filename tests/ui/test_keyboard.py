"""The app from the keyboard alone, and read by a screen reader: each dialog opens with its first field in focus,
Tab visits every enabled input once and comes back where it began (no trap in a text box or a read-only table),
Esc closes; every input a screen reader lands on has a name (a label set as its buddy, its text, or an
accessible name — an icon button's tooltip at least)."""

from __future__ import annotations

import shutil

import import_wizard_support as support
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QStandardItemModel
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QTableView,
    QTableWidget,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from app.certificates.service import CertificateService
from app.demo import generate_demo
from app.periods import Month
from ui.dialogs.about_dialog import AboutDialog
from ui.dialogs.award_dialogs import AdjustDialog, ManualAwardDialog, ReceiptDialog
from ui.dialogs.bulk_target_dialog import DepartmentTargetDialog, RaiseDialog
from ui.dialogs.certificate_images import CertificateImagesDialog
from ui.dialogs.department_dialog import DepartmentDialog
from ui.dialogs.event_dialog import EventDialog
from ui.dialogs.event_type_dialog import EventTypeDialog
from ui.dialogs.flower_dialogs import IssueFlowerDialog, RedFlagDialog, TransferFlowerDialog
from ui.dialogs.leave_dialog import LeaveDialog
from ui.dialogs.metric_dialog import MetricDialog
from ui.dialogs.person_detail import PersonDetailDialog
from ui.dialogs.pin_dialog import PinDialog
from ui.dialogs.simulate_dialog import SimulateDialog
from ui.dialogs.staff_dialog import StaffDialog
from ui.dialogs.target_input import TargetInputDialog
from ui.importing.export_dialog import ExportDialog
from ui.importing.history_dialog import ImportHistoryDialog
from ui.navigation import PAGES
from ui.plans.editor import PlanEditorDialog
from ui.plans.plan_dialog import PlanDialog

make_wizard, people = support.make_wizard, support.people  # fixtures
OCT, SEP = Month(2026, 10), Month(2026, 9)
INPUTS = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView, QPlainTextEdit, QTextEdit)
FIELDS = (QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QTextEdit)


def first_person(shop):
    return shop.staff.list()[0]


DIALOGS = {
    "staff_new": lambda shop: StaffDialog(shop),
    "staff_edit": lambda shop: StaffDialog(shop, first_person(shop)),
    "leave": lambda shop: LeaveDialog(shop, first_person(shop)),
    "raise_targets": lambda shop: RaiseDialog(shop, OCT),
    "department_targets": lambda shop: DepartmentTargetDialog(shop, OCT),
    "target_input": lambda shop: TargetInputDialog(shop, first_person(shop), OCT),
    "event": lambda shop: EventDialog(shop, OCT),
    "export": lambda shop: ExportDialog(shop, OCT),
    "import_history": ImportHistoryDialog,
    "person_detail": lambda shop: PersonDetailDialog(shop, first_person(shop), OCT),
    "issue_flower": IssueFlowerDialog,
    "transfer_flower": lambda shop: TransferFlowerDialog(shop, shop.flowers.ledger(month=OCT)[0]),
    "red_flag": RedFlagDialog,
    "manual_award": lambda shop: ManualAwardDialog(shop, SEP),
    "adjust": lambda shop: AdjustDialog(shop, SEP),
    "receipt": lambda shop: ReceiptDialog(shop, SEP, first_person(shop).id),
    "simulate": SimulateDialog,
    "plans": PlanDialog,
    "plan_editor": lambda shop: PlanEditorDialog(shop, shop.awards.plans.editable(shop.awards.plans.stored()[0].id)),
    "certificate_images": lambda shop: CertificateImagesDialog(CertificateService(shop.store, shop.ctx, shop.settings)),
    "metric": MetricDialog,
    "event_type": EventTypeDialog,
    "department": DepartmentDialog,
    "pin": PinDialog,
    "about": lambda shop: AboutDialog(shop, lambda: None),
}
# dialogs to read or to act from, where the first thing in focus is what there is to read or do, not a field
NO_FIELD_FIRST = {"import_history", "person_detail", "receipt", "simulate", "plans", "certificate_images", "about",
                  "department", "export"}


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory, today):
    from app.shop import Shop

    path = tmp_path_factory.mktemp("keyboard") / "demo.db"
    shop = Shop.open(path, today)
    generate_demo(shop)
    shop.close()
    return path


@pytest.fixture(scope="module")
def today():
    from tests.conftest import TODAY

    return TODAY


@pytest.fixture
def db_path(demo_db, tmp_path):
    """Each test's shop (and so its window) is a copy of the demo shop."""
    path = tmp_path / "demo.db"
    shutil.copy(demo_db, path)
    return path


@pytest.fixture
def demo_shop(shop):
    return shop


def tabbable(root: QWidget) -> set[QWidget]:
    """The widgets Tab should stop at: shown, enabled, taking focus by Tab (a combo's or spin box's own line edit
    is the box itself)."""
    found = set()
    for widget in root.findChildren(QWidget):
        if not (widget.isVisibleTo(root) and widget.isEnabled() and widget.focusProxy() is None):
            continue
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus != Qt.FocusPolicy.TabFocus:
            continue
        if isinstance(widget.parent(), (QComboBox, QAbstractSpinBox)):
            continue
        found.add(grid_of(widget))
    return found


def grid_of(widget: QWidget) -> QWidget:
    """The editable table a box in one of its cells belongs to (Tab goes from cell to cell in it), else the widget."""
    parent = widget.parentWidget()
    while parent is not None and not parent.isWindow():
        if isinstance(parent, QAbstractItemView):
            return parent
        parent = parent.parentWidget()
    return widget


def presses_inside(widget: QWidget) -> int:
    """How many Tabs a widget may keep: a date's sections, an editable grid's cells; none for a text box (a Tab
    typed into it is a trap) or a read-only table."""
    if isinstance(widget, QDateTimeEdit):
        return widget.sectionCount() - 1
    if isinstance(widget, QAbstractItemView):
        boxes = sum(1 for box in widget.findChildren(QWidget) if box.focusPolicy() & Qt.FocusPolicy.TabFocus
                    and box.focusProxy() is None and not isinstance(box.parent(), (QComboBox, QAbstractSpinBox)))
        editable = widget.editTriggers() != QAbstractItemView.EditTrigger.NoEditTriggers
        if widget.tabKeyNavigation() and editable and widget.model() is not None:
            return boxes + widget.model().rowCount() * widget.model().columnCount()
        return boxes
    return 0


def name(widget: QWidget) -> str:
    """What a screen reader says for the widget: its accessible name, else its text or its label's (buddy)."""
    if isinstance(widget, QComboBox):  # on Windows its name is its label's; on Linux Qt gives its current text
        labels = widget.window().findChildren(QLabel)
        return widget.accessibleName() or next((label.text() for label in labels if label.buddy() is widget), "")
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def describe(widget: QWidget | None) -> str:
    if widget is None:
        return "nothing"
    return f"{type(widget).__name__}「{name(widget) or widget.toolTip()}」"


def tab_chain(start: QWidget) -> list[QWidget]:
    """The widgets Tab goes through from `start` until it is back there (failing on a trap, a widget met twice,
    focus lost or on a hidden or disabled widget)."""
    chain, widget, kept = [start], start, 0
    for _ in range(2000):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        assert now is not None and now.isVisible() and now.isEnabled(), (describe(widget), describe(now))
        now = grid_of(now)
        if now is start and chain == [start] and not presses_inside(start):
            return chain  # the one stop there is (a dialog to read and close): the callers compare it with all
        if now is widget:
            kept += 1
            assert kept <= presses_inside(widget), f"Tab stays in {describe(widget)}"
            continue
        kept = 0
        if now is start:
            return chain
        assert now not in chain, f"Tab comes to {describe(now)} twice: {[describe(w) for w in chain]}"
        chain.append(now)
        widget = now
    raise AssertionError(f"Tab never comes back: {[describe(w) for w in chain]}")


def shown_window(make_window, qtbot, size: tuple[int, int] = (1400, 900)):
    """A main window on screen at `size`, active, with the focus in it."""
    window = make_window()
    window.resize(*size)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    return window


def shown(qtbot, dialog: QDialog) -> QDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    # the focus inside the dialog, not still on a widget of a window an earlier test closed
    qtbot.waitUntil(lambda: dialog.isAncestorOf(QApplication.focusWidget()))
    return dialog


@pytest.mark.parametrize("dialog_name", DIALOGS)
def test_tab_visits_every_input_of_a_dialog_once_and_comes_back(qtbot, demo_shop, dialog_name):
    dialog = shown(qtbot, DIALOGS[dialog_name](demo_shop))
    first = QApplication.focusWidget()
    chain = tab_chain(first)
    assert set(chain) == tabbable(dialog), (
        [describe(w) for w in tabbable(dialog) - set(chain)], [describe(w) for w in chain])
    if dialog_name not in NO_FIELD_FIRST:  # a dialog of fields opens at its first field, not at a button
        assert isinstance(first, FIELDS) and first is next(w for w in chain if isinstance(w, FIELDS)), describe(first)


@pytest.mark.parametrize("dialog_name", DIALOGS)
def test_esc_closes_a_dialog_and_it_has_a_default_button(qtbot, demo_shop, dialog_name):
    dialog = shown(qtbot, DIALOGS[dialog_name](demo_shop))
    defaults = [b for b in dialog.findChildren(QAbstractButton) if getattr(b, "isDefault", lambda: False)()]
    assert len(defaults) == 1 and defaults[0].isVisible(), [b.text() for b in defaults]
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def unnamed_inputs(root: QWidget) -> list[str]:
    """Inputs a screen reader would land on without a name to say. A button with only an icon or an arrow may do
    with its tooltip; a field needs a label set as its buddy, or an accessible name."""
    missing = []
    for widget in tabbable(root):
        # a table or list is read by its headers and rows; a scroll area is no input
        if not isinstance(widget, INPUTS) or isinstance(widget, QAbstractScrollArea) and not isinstance(
                widget, (QPlainTextEdit, QTextEdit)):
            continue
        if name(widget):
            continue
        missing.append(describe(widget))
    return missing


@pytest.mark.parametrize("dialog_name", DIALOGS)
def test_every_input_of_a_dialog_has_a_name_a_screen_reader_says(qtbot, demo_shop, dialog_name):
    dialog = shown(qtbot, DIALOGS[dialog_name](demo_shop))
    assert unnamed_inputs(dialog) == []


def test_every_input_of_every_page_has_a_name_a_screen_reader_says(make_window, demo_shop, qtbot):
    window = make_window()
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    missing = {}
    for index, spec in enumerate(PAGES):
        window.show_page(index)
        qtbot.wait(10)
        if unnamed := unnamed_inputs(window.current_page()):
            missing[spec.key] = unnamed
    assert unnamed_inputs(window) == [] and missing == {}, missing
    assert name(window.page(0).chart) == "进度图表"  # the board's chart is a picture, read by its name


def test_every_icon_only_button_has_a_name_or_a_tooltip(make_window, demo_shop, qtbot):
    window = make_window()
    window.show()
    silent = []
    for index in range(len(PAGES)):
        window.show_page(index)
        page = window.current_page()
        for button in page.findChildren(QAbstractButton):
            if not button.isVisibleTo(page) or button.focusPolicy() == Qt.FocusPolicy.NoFocus:
                continue  # a table's corner button
            if not button.text().strip() and not button.accessibleName() and not button.toolTip():
                silent.append(f"{PAGES[index].key}: {type(button).__name__} {button.objectName()}")
    assert silent == []


def test_tab_goes_round_every_page_from_where_its_shortcut_leaves_the_focus(make_window, demo_shop, qtbot):
    """Ctrl+1…Ctrl+8 show a page; Tab goes through its inputs and the navigation and back, a read-only table being
    one stop (Tab went through the staff list, the board and the 小红花 ledger cell by cell: ten people made a
    hundred Tabs); in the 目标 and 数据 grids Tab goes from cell to cell, as in a spreadsheet, and on past the last."""
    window = shown_window(make_window, qtbot)
    for index, spec in enumerate(PAGES):
        QTest.keyClick(QApplication.focusWidget() or window, Qt.Key(Qt.Key.Key_1 + index),
                       Qt.KeyboardModifier.ControlModifier)
        assert window.current_index() == index
        start = QApplication.focusWidget()
        assert start is not None and window.isAncestorOf(start), spec.key
        chain = tab_chain(start)
        assert set(chain) == tabbable(window), (spec.key, [describe(w) for w in tabbable(window) - set(chain)])


def test_f1_opens_the_guide_with_its_fields_named_and_esc_closes_it(make_window, qtbot):
    """The guide is a window of its own, which only the mouse could close."""
    window = make_window()
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    guide = window.guide
    assert guide is not None and guide.isVisible()
    assert unnamed_inputs(guide) == []
    QTest.keyClick(guide.browser, Qt.Key.Key_Escape)
    assert not guide.isVisible()


@pytest.mark.parametrize("dialog_name", DIALOGS)
def test_no_two_buttons_of_a_dialog_sound_the_same(qtbot, demo_shop, dialog_name):
    """The 印章与签名 dialog had a 选择图片… and a 清除 for each image: a screen reader could not tell them apart."""
    dialog = shown(qtbot, DIALOGS[dialog_name](demo_shop))
    names = [name(w) for w in tabbable(dialog) if isinstance(w, QAbstractButton)]
    assert sorted({n for n in names if names.count(n) > 1}) == []


def test_the_import_wizard_goes_on_from_the_keyboard(qtbot, make_wizard, people):
    """Checking the files disabled 导入 while it ran, and Qt gave the focus to 关闭: Enter closed the wizard instead of
    importing. The preview's tables took Tab cell by cell."""
    wizard = make_wizard([support.DAILY_XLSX, support.GBK_CSV])
    qtbot.waitExposed(wizard)
    wizard.next_button.setFocus()
    support.preview(qtbot, wizard)
    assert QApplication.focusWidget() is wizard.next_button and wizard.next_button.text() == "导入"
    tab_chain(wizard.next_button)
    assert unnamed_inputs(wizard) == [] and unnamed_tables(wizard) == []
    QTest.keyClick(wizard.next_button, Qt.Key.Key_Return)
    support.wait_idle(qtbot, wizard)
    assert wizard.import_id is not None


def test_tab_goes_through_the_import_wizards_choices_for_unknown_names(qtbot, make_wizard):
    wizard = make_wizard([support.MONTHLY_XLSX])
    qtbot.waitExposed(wizard)
    support.preview(qtbot, wizard)
    wizard.go_resolve()
    qtbot.wait(10)
    chain = tab_chain(QApplication.focusWidget())
    assert set(chain) == tabbable(wizard), [describe(w) for w in tabbable(wizard) - set(chain)]
    assert unnamed_tables(wizard) == []
    names = wizard.resolve_step.names  # drawn by the table: each choice's cell says whose it is
    choices = [names.index(row, 2).data(Qt.ItemDataRole.AccessibleTextRole) for row in range(names.rowCount())]
    assert choices and all(said.startswith(f"{word}: ") for word, said in zip(names, choices, strict=True))


def test_every_settings_tab_goes_round_on_tab_and_names_its_fields(make_window, qtbot):
    """操作日志's filter box and 备份与恢复's four kept-backup counts had no name but their placeholder or tooltip."""
    window = make_window(start_page="settings")
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    tabs = window.current_page().findChild(QTabWidget)
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        tabs.tabBar().setFocus()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is tabs.tabBar())
        chain = tab_chain(tabs.tabBar())
        assert set(chain) == tabbable(window), (tabs.tabText(index), [describe(w) for w in tabbable(window) - set(chain)])
        assert unnamed_inputs(tabs.currentWidget()) == [], tabs.tabText(index)


@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")  # offscreen, showing a popup
def test_the_month_popup_opens_from_the_keyboard_at_the_shown_month(qtbot):
    """Space on 2026年10月 opened the popup with nothing in it in focus: the keys went on to the window behind."""
    from ui.widgets.period_picker import PeriodPicker

    picker = PeriodPicker(OCT)
    qtbot.addWidget(picker)
    picker.show()
    picker.label_button.setFocus()
    qtbot.keyClick(picker.label_button, Qt.Key.Key_Space)
    popup = picker.popup
    assert popup is not None and popup.isVisible()
    assert popup.focusWidget() is popup.month_buttons[OCT.month - 1]
    qtbot.keyClick(popup.month_buttons[OCT.month - 1], Qt.Key.Key_Tab)
    qtbot.keyClick(popup.focusWidget(), Qt.Key.Key_Space)
    assert picker.month() == Month(2026, 11)


def unnamed_tables(root: QWidget) -> list[str]:
    """Tables without a name of their own to say what they list: a screen reader said only 「表格」."""
    def headers(table: QTableView) -> str:
        model = table.model()
        columns = range(min(model.columnCount(), 3)) if model is not None else range(0)
        return "/".join(str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in columns)

    return [f"{type(table).__name__} {headers(table)}" for table in root.findChildren(QTableView)
            if not table.accessibleName().strip()]


@pytest.mark.parametrize("dialog_name", DIALOGS)
def test_every_table_of_a_dialog_says_what_it_lists(qtbot, demo_shop, dialog_name):
    assert unnamed_tables(shown(qtbot, DIALOGS[dialog_name](demo_shop))) == []


def test_every_table_of_every_page_says_what_it_lists(make_window, demo_shop, qtbot):
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    missing = {}
    for index, spec in enumerate(PAGES):
        window.show_page(index)
        if unnamed := unnamed_tables(window.current_page()):
            missing[spec.key] = unnamed
    assert missing == {}
    assert window.page(0).table.accessibleName() == "每人进度"


def scroll_stops(chain: list[QWidget]) -> list[str]:
    return [describe(widget) for widget in chain if isinstance(widget, QScrollArea)]


@pytest.mark.parametrize("dialog_name", DIALOGS)
def test_a_scroll_area_is_no_tab_stop_where_all_of_it_shows_or_tab_reaches_its_inputs(qtbot, demo_shop, dialog_name):
    """印章与签名 began at its scroll area, a stop that said nothing, before its first button; the person detail's
    was a stop with nothing to scroll."""
    dialog = shown(qtbot, DIALOGS[dialog_name](demo_shop))
    assert scroll_stops(tab_chain(dialog.focusWidget())) == []


def test_the_person_detail_s_tables_are_read_row_by_row_from_the_keyboard(qtbot, demo_shop):
    """Its tables took no focus: a keyboard or screen-reader user could not reach their rows, and on a short screen
    the scroll area was the only stop. Now Tab goes to each table (scrolling it into view) and the arrows move
    through its rows."""
    dialog = shown(qtbot, PersonDetailDialog(demo_shop, first_person(demo_shop), OCT))
    dialog.resize(dialog.width(), 260)
    area = dialog.findChild(QScrollArea)
    qtbot.waitUntil(lambda: area.verticalScrollBar().maximum() > 0)
    chain = tab_chain(QApplication.focusWidget())
    assert [w for w in chain if isinstance(w, QTableWidget)] == [dialog.months, dialog.events, dialog.awards]
    assert scroll_stops(chain) == []  # the tables are the stops: Tab scrolls each into view
    dialog.events.setFocus()
    qtbot.waitUntil(lambda: area.verticalScrollBar().value() > 0)  # the events table was below the dialog's edge
    QTest.keyClick(dialog.events, Qt.Key.Key_Down)
    QTest.keyClick(dialog.events, Qt.Key.Key_Down)
    assert dialog.events.currentRow() == 1 and dialog.events.accessibleName()


def test_the_settings_forms_scroll_areas_are_no_tab_stops(make_window, qtbot):
    window = make_window(start_page="settings")
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    tabs = window.current_page().findChild(QTabWidget)
    stops = {}
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        tabs.tabBar().setFocus()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is tabs.tabBar())
        if found := scroll_stops(tab_chain(tabs.tabBar())):
            stops[tabs.tabText(index)] = found
    assert stops == {}


def test_the_grids_menu_shows_its_keys_and_each_key_acts_once(qtbot):
    """复制, 粘贴, 清空, 撤销 and 重做 in the right-click menu showed no keys. Shown now, the keys still do each thing
    once, and not while a cell is being typed in (the cell's editor copies its own text)."""
    from ui.widgets.grid_table import GridTable

    grid = GridTable()
    grid.offer_undo()
    model = QStandardItemModel(3, 3)
    grid.setModel(model)
    qtbot.addWidget(grid)
    grid.show()
    qtbot.waitExposed(grid)
    grid.activateWindow()
    grid.setFocus()
    qtbot.waitUntil(grid.hasFocus)
    shown_keys = {action.text(): action.shortcut().toString() for action in grid.actions()}
    assert shown_keys == {"复制": "Ctrl+C", "粘贴": "Ctrl+V", "清空所选单元格": "Del", "撤销": "Ctrl+Z", "重做": "Ctrl+Y"}
    assert all(action.isShortcutVisibleInContextMenu() for action in grid.actions())
    said: list[str] = []
    for signal, word in ((grid.copyRequested, "copy"), (grid.pasteRequested, "paste"), (grid.clearRequested, "clear"),
                         (grid.undoRequested, "undo"), (grid.redoRequested, "redo")):
        signal.connect(lambda word=word: said.append(word))
    grid.setCurrentIndex(model.index(0, 0))
    for key, modifier in ((Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier),
                          (Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier),
                          (Qt.Key.Key_Delete, Qt.KeyboardModifier.NoModifier),
                          (Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier),
                          (Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)):
        QTest.keyClick(grid, key, modifier)
    assert said == ["copy", "paste", "clear", "undo", "redo"]
    grid.edit(model.index(1, 1))
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    QTest.keyClick(editor, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert said == ["copy", "paste", "clear", "undo", "redo"]
