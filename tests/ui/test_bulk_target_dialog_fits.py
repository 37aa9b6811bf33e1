"""全部上调 and 按部门统一设置 show their notes whole: in English at 150 % the note under the percentage was cut at
the dialog's edge, and the warning for a lower-is-better metric was squeezed into the buttons."""

from datetime import date

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel

from app.domain import StaffDraft
from app.periods import Month
from ui.dialogs.bulk_target_dialog import DepartmentTargetDialog, RaiseDialog


def _large(dialog):
    """Text as large as on a laptop at 150 % (the dialog's least width stays as it is)."""
    font = QFont(dialog.font())
    font.setPointSizeF(font.pointSizeF() * 1.5)
    dialog.setFont(font)


def _cut(dialog):
    """The texts shown that do not fit their label: too narrow, or wrapped into fewer lines than they need."""
    cut = []
    for label in dialog.findChildren(QLabel):
        if not label.isVisible() or not label.text():
            continue
        if label.wordWrap():
            if label.height() < label.heightForWidth(label.width()):
                cut.append(label.text())
        elif label.width() < label.sizeHint().width():
            cut.append(label.text())
    return cut


@pytest.mark.parametrize("lang", ["zh", "en"], indirect=True)
def test_the_raise_dialog_shows_its_notes_whole(qtbot, shop, lang):
    dialog = RaiseDialog(shop, Month(2026, 11), metric_key="response_s")  # with the lower-is-better warning
    qtbot.addWidget(dialog)
    _large(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.direction.isVisible()
    assert _cut(dialog) == []


@pytest.mark.parametrize("lang", ["zh", "en"], indirect=True)
def test_the_department_dialog_shows_who_joined_mid_month_whole(qtbot, shop, lang):
    shop.staff.add(StaffDraft(name="马晓燕", dept="客服部", hired=date(2026, 10, 15)))
    dialog = DepartmentTargetDialog(shop, Month(2026, 10))
    qtbot.addWidget(dialog)
    _large(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.part_month.isVisible()
    assert _cut(dialog) == []


@pytest.mark.parametrize("lang", ["zh", "en"], indirect=True)
@pytest.mark.parametrize("kind", [RaiseDialog, DepartmentTargetDialog])
def test_the_example_in_the_value_field_is_not_cut(qtbot, shop, lang, kind):
    dialog = kind(shop, Month(2026, 11))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    edit = dialog.percent_edit if kind is RaiseDialog else dialog.value_edit
    assert edit.contentsRect().width() > edit.fontMetrics().horizontalAdvance(edit.placeholderText())
