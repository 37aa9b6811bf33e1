"""The 员工 page as its tests open it: a 1000×600 page, filled."""

from ui.pages.staff import StaffPage


def staff_page(qtbot, shop) -> StaffPage:
    widget = StaffPage(shop)
    qtbot.addWidget(widget)
    widget.resize(1000, 600)
    widget.refresh()
    return widget
