"""The person detail's events of the month name each type as the window shows it: renamed (设置 → 事件类型 → 改名…),
by its new name, as the 数据 page's list of events does."""

from datetime import date

from board_support import OCT, make_board_shop

from ui.dialogs.person_detail import PersonDetailDialog


def test_a_renamed_event_type_reads_by_its_new_name(qtbot, shop):
    shop, people = make_board_shop(shop)
    shop.events.add(date(2026, 10, 8), people["小美"].id, "表扬")
    shop.events.add(date(2026, 10, 9), people["小美"].id, "投诉")
    shop.events.rename_type("表扬", "顾客表扬")
    dialog = PersonDetailDialog(shop, shop.staff.get(people["小美"].id), OCT)
    qtbot.addWidget(dialog)
    assert [dialog.events.item(r, 1).text() for r in range(dialog.events.rowCount())] == ["顾客表扬", "投诉"]
