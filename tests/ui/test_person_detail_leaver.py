"""The person detail of someone who left in the month shown: the month's row says the day they left, not
「截至」 the board's as-of day as if their share were still of a month running."""

from datetime import date

from board_support import OCT, make_board_shop

from ui.dialogs.person_detail import PersonDetailDialog


def test_the_month_they_left_in_says_the_day(qtbot, shop):
    shop, people = make_board_shop(shop)  # today is 20 October, data through the 19th
    shop.staff.leave(people["小刚"].id, date(2026, 10, 15))
    dialog = PersonDetailDialog(shop, shop.staff.get(people["小刚"].id), OCT)
    qtbot.addWidget(dialog)
    last = dialog.months.rowCount() - 1
    assert dialog.months.item(last, 0).text() == "2026年10月（10月15日离职）"
    staying = PersonDetailDialog(shop, shop.staff.get(people["小美"].id), OCT)
    qtbot.addWidget(staying)
    assert staying.months.item(last, 0).text() == "2026年10月（截至10月19日）"
