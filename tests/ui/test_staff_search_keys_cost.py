"""Each key typed into the 员工 search of a big list costs about what painting the rows found costs: the columns'
widths were measured again from every cell of the rows found at each key (`TextWidthColumns` asking
`SearchProxy.column_texts`), some 8 cells a person found: 30–160 ms a key on a 1,000-person list, where a
key had cost a few. The texts the list shows are read once until its rows change."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.domain import StaffDraft
from tests.ui.staff_page_support import staff_page
from tests.ui.test_staff_list_measured_once import _asks

PEOPLE = 200


def test_typing_into_the_search_does_not_read_every_row_found_again(qtbot, shop, monkeypatch):
    for n in range(PEOPLE):
        shop.staff.add(StaffDraft(f"{'张赵郑周王'[n % 5]}伟{n:03d}", dept=f"客服{n % 7}部", role="客服"))
    asked = _asks(monkeypatch)
    page = staff_page(qtbot, shop)
    page.show()
    qtbot.waitExposed(page)
    page.filter_edit.setText("z")  # the first key reads each row's texts
    qtbot.wait(1)
    before = asked[0]
    found = []
    for typed in ("zh", "zha", "zhan", "zha", "zh", "z", ""):  # other people found at each key
        page.filter_edit.setText(typed)
        qtbot.wait(1)
        found.append(page.proxy.rowCount())
    assert found == [160, 80, 40, 80, 160, 160, 200]
    # painting the rows in view, about 1,100 asks a key; some 8 asks more for each person found before
    assert (asked[0] - before) / len(found) < 1_500, asked[0] - before


def test_the_columns_still_fit_the_rows_found_and_follow_a_sort(qtbot, shop):
    for name, dept in (("王芳", "客服部"), ("李娜", "一个名字很长很长的运营部门")):
        shop.staff.add(StaffDraft(name, dept=dept))
    page = staff_page(qtbot, shop)
    page.show()
    qtbot.waitExposed(page)
    wide = page.table.columnWidth(3)
    page.filter_edit.setText("王芳")
    qtbot.wait(1)
    assert page.table.columnWidth(3) < wide  # as a header resizing to its contents: the rows shown
    page.filter_edit.clear()
    page.table.sortByColumn(3, Qt.SortOrder.DescendingOrder)
    qtbot.wait(1)
    assert page.table.columnWidth(3) == wide
    page.refresh()
    shop.staff.edit(2, StaffDraft("李娜", dept="运营"))
    page.refresh()
    qtbot.wait(1)
    assert page.table.columnWidth(3) < wide
