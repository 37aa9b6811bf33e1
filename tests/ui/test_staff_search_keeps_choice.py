"""A search on the 员工 page keeps the person chosen: found among the results, they stay chosen; hidden by a
search and shown again when it is cleared, they are chosen again and scrolled to. Before, clearing the search
left nobody chosen, the list back at its top — in a 200-person list, the person found was lost again."""

from __future__ import annotations

from app.domain import StaffDraft
from tests.ui.staff_page_support import staff_page


def test_a_person_hidden_by_a_search_is_chosen_again_when_it_is_cleared(qtbot, staffed_shop):
    page = staff_page(qtbot, staffed_shop)
    wang = next(p for p in page.model.people() if p.name == "王芳")
    assert page.select(wang.id)
    page.filter_edit.setText("李娜")
    assert page.selected_person() is None and not page.edit_button.isEnabled()
    page.filter_edit.clear()
    assert page.selected_person() == wang and page.edit_button.isEnabled()


def test_the_person_found_is_still_chosen_and_in_view_once_the_search_is_cleared(qtbot, shop):
    for n in range(120):
        shop.staff.add(StaffDraft(f"员工{n:03d}"))
    page = staff_page(qtbot, shop)
    page.show()
    qtbot.waitExposed(page)
    page.filter_edit.setText("员工110")
    page.table.selectRow(0)
    page.filter_edit.clear()
    assert page.selected_person().name == "员工110"
    row = page.table.selectionModel().selectedRows()[0]
    assert page.table.viewport().rect().contains(page.table.visualRect(row).center())
