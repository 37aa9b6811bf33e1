"""The 评奖 page of a shop with nobody on its staff list says that staff come first and offers the button that
opens the 员工 page, as the 目标, 数据 and 小红花 pages do; the notice goes once someone is added."""

from app.domain import StaffDraft
from ui.navigation import PAGES


def test_an_empty_shop_is_sent_to_the_staff_page_first(qtbot, make_window, shop):
    window = make_window()
    window.show_page([spec.key for spec in PAGES].index("awards"))
    page = window.current_page()
    qtbot.waitUntil(lambda: page.no_staff.isVisibleTo(page))
    assert "员工" in page.no_staff.label.text()
    page.no_staff.button.click()
    assert PAGES[window.current_index()].key == "staff"

    shop.staff.add(StaffDraft("小美"))
    page.refresh()
    assert not page.no_staff.isVisibleTo(page)
