"""The search boxes find a row's dates typed as ISO (copied from a CSV export, the command line, a file name) or
as the window writes them, in either language; other rows, a 2026 in a name among them, stay filtered out."""

from __future__ import annotations

from datetime import date

import pytest

from app.audit import AuditEntry
from app.domain import Birthday, StaffDraft
from ui.pages.staff import StaffPage
from ui.widgets.audit_view import AuditView

AUDIT = [
    AuditEntry(1, "2025-10-05T08:00:00", "owner", "staff.add", "新增员工 去年（#1）"),
    AuditEntry(2, "2026-10-05T09:15:02", "owner", "data.set", "早上的数据"),
    AuditEntry(3, "2026-10-05T21:40:10", "owner", "data.set", "晚上的数据"),
    AuditEntry(4, "2026-10-20T10:00:00", "owner", "data.set", "十月的另一天"),
    AuditEntry(5, "2026-11-05T10:00:00", "owner", "staff.add", "新增员工 小美2026（#5）"),
    AuditEntry(6, "2026-01-05T10:00:00", "owner", "data.set", "一月"),
]


@pytest.fixture
def audit(qtbot, shop):
    view = AuditView(shop)
    qtbot.addWidget(view)
    view.model.set_entries(AUDIT)
    return view


@pytest.mark.parametrize(("typed", "found"), [
    ("2026-10-05", ["早上的数据", "晚上的数据"]),
    ("2026/10/5", ["早上的数据", "晚上的数据"]),
    ("2026年10月5日", ["早上的数据", "晚上的数据"]),
    ("2026-10", ["早上的数据", "晚上的数据", "十月的另一天"]),
    ("2026年10月", ["早上的数据", "晚上的数据", "十月的另一天"]),
    ("10-05", ["新增员工 去年（#1）", "早上的数据", "晚上的数据"]),
    ("10月5日", ["新增员工 去年（#1）", "早上的数据", "晚上的数据"]),
    ("2026-10-05 21:4", ["晚上的数据"]),  # a time copied from the command line's table, here while being typed
])
def test_the_audit_log_finds_a_day_or_month_typed_either_way(audit, lang, typed, found):
    audit.filter_edit.setText(typed)
    assert sorted(audit.visible_summaries()) == sorted(found)


def test_the_audit_log_finds_whole_dates_and_still_plain_text(audit):
    """In Chinese: 2026-1 is January, not 2026年10月 nor 小美2026; 1-05 is not 11月5日. (In English the window
    writes 2026-10-05, where 2026-1 is found as text.)"""
    audit.filter_edit.setText("2026-1")
    assert audit.visible_summaries() == ["一月"]
    audit.filter_edit.setText("1-05")
    assert audit.visible_summaries() == ["一月"]
    audit.filter_edit.setText("小美2026")
    assert audit.visible_summaries() == ["新增员工 小美2026（#5）"]
    audit.filter_edit.setText("")
    assert len(audit.visible_summaries()) == len(AUDIT)


@pytest.fixture
def staff_page(qtbot, shop):
    shop.staff.add(StaffDraft("王芳", hired=date(2026, 10, 5)))
    shop.staff.add(StaffDraft("李娜", hired=date(2025, 10, 5)))
    shop.staff.add(StaffDraft("张伟", hired=date(2026, 10, 12), birthday=Birthday(10, 5)))
    shop.staff.add(StaffDraft("小美2026", hired=date(2026, 1, 5)))
    left = shop.staff.add(StaffDraft("赵磊", hired=date(2024, 3, 1)))
    shop.staff.leave(left.id, date(2026, 10, 5))
    page = StaffPage(shop)
    qtbot.addWidget(page)
    page.show_left.setChecked(True)
    page.refresh()
    return page


@pytest.mark.parametrize(("typed", "found"), [
    ("2026-10-05", ["王芳", "赵磊"]),  # hired that day, left that day
    ("2026年10月5日", ["王芳", "赵磊"]),
    ("２０２６－１０－０５", ["王芳", "赵磊"]),  # full-width, as a Chinese input method may type it
    ("2026-10", ["王芳", "张伟", "赵磊"]),
    ("10-05", ["王芳", "李娜", "张伟", "赵磊"]),  # 张伟's birthday is 10月5日
])
def test_the_staff_search_finds_hire_leave_and_birth_days_typed_either_way(staff_page, lang, typed, found):
    staff_page.filter_edit.setText(typed)
    assert sorted(staff_page.visible_names()) == sorted(found)


def test_the_staff_search_finds_whole_dates_and_still_a_name_with_digits(staff_page):
    staff_page.filter_edit.setText("2026-1")  # January: not those of 2026年10月
    assert staff_page.visible_names() == ["小美2026"]
    staff_page.filter_edit.setText("2026")
    assert "小美2026" in staff_page.visible_names()
    staff_page.filter_edit.setText("美2026")
    assert staff_page.visible_names() == ["小美2026"]


def test_a_search_reads_the_rows_again_once_they_change(audit, staff_page, shop):
    """The cells are read once for all the keys typed, and again when the rows change under a search."""
    audit.filter_edit.setText("2026-12-01")
    assert audit.visible_summaries() == []
    audit.model.set_entries([AuditEntry(7, "2026-12-01T08:00:00", "owner", "data.set", "十二月"), *AUDIT])
    assert audit.visible_summaries() == ["十二月"]
    staff_page.filter_edit.setText("2026-10-19")
    assert staff_page.visible_names() == []
    wang = next(p for p in shop.staff.list() if p.name == "王芳")
    shop.staff.edit(wang.id, StaffDraft("王芳", hired=date(2026, 10, 19)))
    staff_page.refresh()
    assert staff_page.visible_names() == ["王芳"]


def test_a_cell_changed_under_a_search_is_read_again(qapp):
    from PySide6.QtGui import QStandardItem, QStandardItemModel

    from ui.widgets.search_proxy import SearchProxy

    model = QStandardItemModel()
    for text in ("2026年10月5日", "2026年10月6日"):
        model.appendRow(QStandardItem(text))
    proxy = SearchProxy()
    proxy.setSourceModel(model)
    proxy.set_search("2026-10-05")
    assert proxy.rowCount() == 1
    model.item(1).setText("2026年10月5日")
    assert proxy.rowCount() == 2


def _placeholder_room(edit) -> int:
    """The width a line edit's placeholder is drawn in: from its text's start to the clear button."""
    from PySide6.QtWidgets import QStyle, QStyleOptionFrame, QToolButton

    option = QStyleOptionFrame()
    edit.initStyleOption(option)
    contents = edit.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, edit)
    clear = edit.findChild(QToolButton)
    right = clear.x() if clear is not None else contents.right()
    return right - contents.left() - 4  # QLineEdit's own 2 px either side of the text


@pytest.mark.parametrize("page", ["staff", "settings"])
def test_the_search_boxes_say_a_date_can_be_typed_and_show_it_whole_on_a_1366_screen(make_window, lang, page):
    from ui.navigation import page_index

    window = make_window()
    window.resize(1366 - 16, 728 - 40)  # a 1366×768 laptop's room beside the taskbar, inside the window's frame
    window.show()
    window.show_page(page_index(page))
    shown = window.page(page_index(page))
    if page == "settings":
        shown.tabs.setCurrentWidget(shown.audit.parentWidget())
    edit = shown.audit.filter_edit if page == "settings" else shown.filter_edit
    assert edit.isVisible()
    hint = edit.placeholderText()
    assert "2026-10-01" in hint, hint
    assert edit.fontMetrics().horizontalAdvance(hint) <= _placeholder_room(edit), (hint, edit.width())
