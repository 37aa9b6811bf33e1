"""操作日志: a change of many people's targets or data at once (a department's target, a paste, an undo) is found
by the name of a person it changed, and its tooltip names them, though its summary says only how many."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.periods import Month

OCT = Month(2026, 10)


def _log_view(qtbot, shop):
    from ui.widgets.audit_view import AuditView

    view = AuditView(shop)
    qtbot.addWidget(view)
    view.refresh()
    return view


def test_a_department_target_is_found_by_the_name_of_a_member_it_changed(qtbot, staffed_shop):
    sales = staffed_shop.metrics.get("sales")
    li_na = next(p for p in staffed_shop.staff.list() if p.name == "李娜")
    staffed_shop.targets.set_staff(OCT, li_na.id, sales, 800_000)
    staffed_shop.targets.set_department(OCT, "客服部", sales, 500_000)
    view = _log_view(qtbot, staffed_shop)

    view.filter_edit.setText("李娜")

    found = view.visible_summaries()
    assert len(found) == 3  # her adding, her own target, then her department's, newest first, which names nobody
    assert "全体 2 人" in found[0] and "李娜" not in found[0]
    tooltip = view.proxy.index(0, 3).data(Qt.ItemDataRole.ToolTipRole)
    assert "张伟（#1）" in tooltip and "李娜（#2）" in tooltip


def test_a_pasted_block_of_data_and_its_undo_name_the_people_they_changed(qtbot, staffed_shop):
    from datetime import date

    from app.services.data import CellInput

    sales = staffed_shop.metrics.get("sales")
    wang = next(p for p in staffed_shop.staff.list() if p.name == "王芳")
    pasted = staffed_shop.data.paste(sales, [CellInput(wang.id, date(2026, 10, 5), "1200")])
    staffed_shop.data.restore(sales, pasted.changes)
    view = _log_view(qtbot, staffed_shop)

    view.filter_edit.setText("王芳")

    assert len(view.visible_summaries()) == 3  # her adding, the paste and its undo
    view.filter_edit.setText("张伟")
    assert not any("粘贴" in summary or "撤销" in summary for summary in view.visible_summaries())


def test_a_row_naming_its_person_itself_gets_no_list(qtbot, staffed_shop):
    sales = staffed_shop.metrics.get("sales")
    staffed_shop.targets.set_staff(OCT, 1, sales, 800_000)
    entry = staffed_shop.store.audit.recent(1)[0]
    assert entry.people == ()
    view = _log_view(qtbot, staffed_shop)
    assert view.proxy.index(0, 3).data(Qt.ItemDataRole.ToolTipRole) == entry.content()
