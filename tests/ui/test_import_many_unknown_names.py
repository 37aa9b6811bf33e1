"""处理未识别项 with many names (a big shop's first import): one model row per name, not a choice box and a check box
built for each, and every choice still made from the keyboard or the mouse."""

from __future__ import annotations

from pathlib import Path

import pytest
from import_wizard_support import OCT, SCREENS
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QCheckBox, QComboBox

from app.domain import StaffDraft
from app.importing import ImportOptions, ImportPlan
from app.importing.model import FilePlan
from ui.importing.resolve_step import CREATE, SKIP, UNDECIDED, ResolveStep

NAMES = [f"旗舰店:客服{i:04d}" for i in range(1000)]


def plan_naming(names: list[str]) -> ImportPlan:
    unknown = {name: [row + 3, 2] for row, name in enumerate(names)}
    return ImportPlan(files=[FilePlan(index=0, path=Path("客服绩效.xlsx"), header_row=2, columns={"日期": "date"},
                                      unknown_rows=unknown)], options=ImportOptions())


@pytest.fixture
def step(qtbot, shop):
    for name in ("小美", "阿强"):
        shop.staff.add(StaffDraft(name, dept="客服部"))
    made = ResolveStep(shop.staff.list(), shop.metrics, OCT)
    qtbot.addWidget(made)
    made.resize(1000, 700)
    made.load(plan_naming(NAMES))
    made.show()
    qtbot.waitExposed(made)
    return made


def test_a_thousand_names_make_no_widget_each(step):
    """About a second on the window's thread for 1,000 names, one choice box and one check box per name."""
    assert len(step.names) == 1000 and step.undecided() == NAMES
    assert len(step.findChildren(QComboBox)) < 20 and step.findChildren(QCheckBox) == []


def test_the_names_model_is_sound(step, qtmodeltester):
    step.set_staff_choice(NAMES[0], SKIP)
    qtmodeltester.check(step.names)


def cell(step, row: int, column: int):
    return step.names.index(row, column)


POPUP = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")  # offscreen, a popup


@POPUP
def test_a_choice_is_made_and_remembered_from_the_keyboard(step, qtbot):
    table = step.names_table
    table.setFocus()
    table.setCurrentIndex(cell(step, 0, 2))
    QTest.keyClick(table, Qt.Key.Key_Return)  # opens the choice, and does not press the wizard's default button
    editor = table.indexWidget(cell(step, 0, 2))
    assert isinstance(editor, QComboBox) and editor.accessibleName() == NAMES[0]
    assert editor.currentData() == UNDECIDED and editor.findData(step.staff[0].id) >= 0  # the people offered
    qtbot.waitUntil(lambda: editor.view().isVisible())  # dropped down, as a click on a choice box does
    editor.hidePopup()
    editor.setCurrentIndex(editor.findData(SKIP))
    editor.activated.emit(editor.currentIndex())  # what Enter on an option of the open list says
    assert step.staff_choice(NAMES[0]).choice == SKIP
    qtbot.waitUntil(lambda: table.indexWidget(cell(step, 0, 2)) is None)  # the box is gone again
    remember = cell(step, 0, 3)
    assert remember.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    QTest.keyClick(table, Qt.Key.Key_Right)
    assert table.currentIndex() == remember
    QTest.keyClick(table, Qt.Key.Key_Space)
    assert not step.staff_choice(NAMES[0]).remember
    options = step.options(ImportOptions())
    assert options.skip_staff == frozenset({NAMES[0]}) and options.remember_skip == frozenset()


@POPUP
@pytest.mark.parametrize("key", [Qt.Key.Key_Space, Qt.Key.Key_F2, Qt.Key.Key_F4])
def test_space_f2_and_f4_open_the_choice_too(step, key):
    table = step.names_table
    table.setFocus()
    table.setCurrentIndex(cell(step, 1, 2))
    QTest.keyClick(table, key)
    editor = table.indexWidget(cell(step, 1, 2))
    assert isinstance(editor, QComboBox) and editor.currentData() == UNDECIDED
    editor.hidePopup()


@POPUP
def test_a_click_drops_the_choice_down(step, qtbot):
    table = step.names_table
    where = table.visualRect(cell(step, 2, 2)).center()
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    editor = table.indexWidget(cell(step, 2, 2))
    assert isinstance(editor, QComboBox)
    qtbot.waitUntil(lambda: editor.view().isVisible())
    editor.setCurrentIndex(editor.findData(step.staff[1].id))
    editor.activated.emit(editor.currentIndex())
    editor.hidePopup()
    assert step.options(ImportOptions()).staff_map == {NAMES[2]: step.staff[1].id}
    assert cell(step, 2, 2).data() == "对应到 阿强（客服部）"


def test_tab_from_an_open_choice_keeps_it_and_leaves_the_table(step, qtbot):
    table = step.names_table
    table.setCurrentIndex(cell(step, 6, 2))
    table.edit(cell(step, 6, 2))
    editor = table.indexWidget(cell(step, 6, 2))
    editor.setFocus()
    editor.setCurrentIndex(editor.findData(CREATE))
    QTest.keyClick(editor, Qt.Key.Key_Tab)
    assert step.staff_choice(NAMES[6]).choice == CREATE
    qtbot.waitUntil(lambda: table.indexWidget(cell(step, 6, 2)) is None)
    assert step.create_rest_button.hasFocus()  # the next field, not 以后导入 beside the choice


def test_a_click_on_the_words_of_later_imports_ticks_it(step):
    """Not only a click on the little square: the words beside it were a check box's own before."""
    step.set_staff_choice(NAMES[4], SKIP)
    table = step.names_table
    words = table.visualRect(cell(step, 4, 3)).center()
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=words)
    assert not step.staff_choice(NAMES[4]).remember
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=words)
    assert step.staff_choice(NAMES[4]).remember
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(cell(step, 5, 3)).center())
    assert step.staff_choice(NAMES[5]).remember and cell(step, 5, 3).data(Qt.ItemDataRole.CheckStateRole) is None


def test_the_rest_are_created_at_once_and_a_choice_can_be_changed_back(step):
    step.set_staff_choice(NAMES[5], SKIP)
    step.create_rest_button.click()
    assert step.undecided() == [] and step.staff_choice(NAMES[0]).choice == CREATE
    assert step.staff_choice(NAMES[5]).choice == SKIP
    assert step.options(ImportOptions()).create_staff
    step.set_staff_choice(NAMES[0], UNDECIDED)
    assert not step.options(ImportOptions()).create_staff  # a name undecided again: nobody created yet
    with pytest.raises(KeyError):
        step.set_staff_choice(NAMES[0], 999)  # nobody's id


def test_the_step_with_many_names_looks_right(step, qapp):
    """Looked at: the names, their choices drawn as choice boxes, the skipped one's box, in both languages."""
    from ui.main import install_translators

    step.set_staff_choice(NAMES[1], SKIP)
    step.set_staff_choice(NAMES[2], step.staff[0].id)
    step.resize(1366, 768)
    SCREENS.mkdir(parents=True, exist_ok=True)
    assert step.grab().save(str(SCREENS / "3_resolve_many_names_zh.png"))
    install_translators(qapp, "en")
    try:
        english = ResolveStep(step.staff, step.metrics, OCT)
        english.load(plan_naming(NAMES))
        english.set_staff_choice(NAMES[1], SKIP)
        english.resize(1366, 768)
        english.show()
        assert english.grab().save(str(SCREENS / "3_resolve_many_names_en.png"))
        assert cell(english, 1, 2).data() == "Skip these rows", cell(english, 1, 2).data()
        english.close()
    finally:
        install_translators(qapp, "zh")
