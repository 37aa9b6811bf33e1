"""The 员工 list of a 200-person shop shows, sorts and refills without asking each cell again and again: its
header resized to its contents asked the model for every cell's roles at each layout, some 370 asks a person
to open, sort and refill it: half a second to open the page, a fifth of one to sort it. Its columns are still as wide as their widest text."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics

from app.domain import StaffDraft
from tests.ui.staff_page_support import staff_page
from ui.models.staff_model import StaffTableModel

PEOPLE = 200


def _asks(monkeypatch):
    asked = [0]
    data = StaffTableModel.data

    def counted(self, index, role=Qt.ItemDataRole.DisplayRole):
        asked[0] += 1
        return data(self, index, role)

    monkeypatch.setattr(StaffTableModel, "data", counted)
    return asked


def test_a_big_list_is_sorted_and_refilled_without_asking_every_cell(qtbot, shop, monkeypatch):
    for n in range(PEOPLE):
        shop.staff.add(StaffDraft(f"员工{n:03d}", dept=f"客服{n % 7}部", role="客服"))
    asked = _asks(monkeypatch)  # before the model is made: the binding looks its method up once
    page = staff_page(qtbot, shop)
    page.show()
    qtbot.waitExposed(page)
    page.table.sortByColumn(3, Qt.SortOrder.AscendingOrder)
    page.show_left.setChecked(True)
    page.refresh()
    qtbot.wait(1)  # the layouts and paints that follow
    assert asked[0] < 150 * PEOPLE  # about 85 now (sorting, painting); 370 before


def test_a_column_is_as_wide_as_its_widest_text(qtbot, staffed_shop):
    staffed_shop.staff.add(StaffDraft("欧阳娜娜娜娜娜娜", dept="一个名字很长很长的部门", role="客服"))
    page = staff_page(qtbot, staffed_shop)
    page.show()
    qtbot.waitExposed(page)
    metrics = QFontMetrics(page.table.font())
    for column, text in ((1, "欧阳娜娜娜娜娜娜"), (3, "一个名字很长很长的部门")):
        assert page.table.columnWidth(column) > metrics.horizontalAdvance(text)
