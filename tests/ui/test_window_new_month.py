"""A window left open into a new month (a shop PC never switched off, over New Year's Eve): the pages still on the
month they opened on move on, as a window opened that morning would show them (the board, 数据 and 目标 to January,
评奖 to December); a month the owner chose stays, and so does a page on show the owner may be working in — a grid
December's last figures may be being typed into, the month under review."""

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from app.domain import StaffDraft
from app.periods import Month

DEC, JAN = Month(2026, 12), Month(2027, 1)


def _window_open_over_new_years_eve(make_window, shop, days):
    person = shop.staff.add(StaffDraft(name="小美", dept="客服部"))
    shop.set_today(date(2026, 12, 31))
    for day in range(1, 31):
        shop.data.set_value(date(2026, 12, day), person.id, shop.metrics.get("sales"), 100_000)
    clock = iter(days)
    window = make_window(start_page="dashboard", clock=lambda: next(clock))
    window.stop_polling()
    return window, person


def test_the_board_moves_on_to_january_and_offers_decembers_final_result(make_window, shop):
    window, _ = _window_open_over_new_years_eve(make_window, shop, [date(2027, 1, 1)])
    board = window.current_page()
    assert board.picker.month() == DEC
    assert window.check_for_changes() is True  # midnight passed
    assert board.picker.month() == JAN
    assert board.as_of_label.text() == "本月第 1 天，还没有数据"
    assert not board.last_month_link.isHidden() and board.last_month_link.text() == "查看上月最终结果（2026年12月）"


def test_the_data_and_target_pages_built_before_midnight_move_on_too(make_window, shop):
    window, _ = _window_open_over_new_years_eve(make_window, shop, [date(2027, 1, 2)])
    data, targets = window.page(window._index_of("data")), window.page(window._index_of("targets"))
    assert data.month() == DEC and targets.month() == DEC
    window.check_for_changes()
    assert data.month() == JAN and targets.month() == JAN
    window.show_page(window._index_of("data"))
    assert data.model.month == JAN  # the grid shows January's days, not only the picker


def test_a_month_the_owner_chose_stays(make_window, shop):
    window, _ = _window_open_over_new_years_eve(make_window, shop, [date(2027, 1, 1)])
    board = window.current_page()
    board.picker.setMonth(Month(2026, 11))
    window.check_for_changes()
    assert board.picker.month() == Month(2026, 11)
    assert window.month_label.text() == "2027年1月"


def test_the_data_grid_on_show_keeps_december_while_the_owner_may_be_typing(make_window, shop):
    window, _ = _window_open_over_new_years_eve(make_window, shop, [date(2027, 1, 1)])
    window.show_page(window._index_of("data"))
    data = window.current_page()
    window.check_for_changes()
    assert data.month() == DEC and data.model.month == DEC
    assert window.page(window._index_of("dashboard")).picker.month() == JAN  # the board, not on show, moved on


def _with_november(shop, person):
    for day in (2, 30):
        shop.data.set_value(date(2026, 11, day), person.id, shop.metrics.get("sales"), 100_000)


def test_the_awards_page_built_before_midnight_moves_on_to_the_month_to_judge(make_window, shop):
    """Opened on 31 December it showed November, the month then being judged; from 1 January that is December."""
    window, person = _window_open_over_new_years_eve(make_window, shop, [date(2027, 1, 1)])
    _with_november(shop, person)
    awards = window.page(window._index_of("awards"))
    assert awards.picker.period() == Month(2026, 11)
    window.check_for_changes()
    assert awards.picker.period() == DEC


def test_the_awards_page_on_show_keeps_the_month_under_review(make_window, shop):
    window, person = _window_open_over_new_years_eve(make_window, shop, [date(2027, 1, 1)])
    _with_november(shop, person)
    window.show_page(window._index_of("awards"))
    window.check_for_changes()
    assert window.current_page().picker.period() == Month(2026, 11)


def test_a_figure_half_typed_at_midnight_is_neither_saved_nor_taken_from_under_the_keys(make_window, shop):
    """The owner is typing December 31's ¥12,500 as the clock passes midnight: reloading the grid then saved the
    ¥12 typed so far and closed the cell. The window takes the new day but reloads the grid once the cell is left."""
    window, person = _window_open_over_new_years_eve(make_window, shop, [date(2027, 1, 1)] * 2)
    window.show_page(window._index_of("data"))
    data = window.current_page()
    december_31 = data.model.index(0, 30)
    data.table.setCurrentIndex(december_31)
    data.table.edit(december_31)
    data.table.indexWidget(december_31).setText("12")
    assert window.check_for_changes() is False  # the grid is not reloaded while the cell is being typed in
    assert data.table.editing() and shop.store.values.get("sales", date(2026, 12, 31), person.id) is None
    assert shop.today == date(2027, 1, 1) and window.page(window._index_of("dashboard")).picker.month() == JAN
    data.table.indexWidget(december_31).setText("12500")
    data.table.commit_open_editor()
    assert shop.store.values.get("sales", date(2026, 12, 31), person.id) == 1_250_000
    assert window.check_for_changes() is True  # the reload it owed
    assert data.month() == DEC and data.model.month == DEC


def test_the_red_flags_list_on_the_month_just_ended_moves_on_as_the_board_does(make_window, shop):
    """The 小红花 page's 小红旗 list opens on this month; left on December it showed December's flags on 1 January
    while the board's flag line, and a window opened that morning, showed January's. A month chosen stays."""
    window, _ = _window_open_over_new_years_eve(make_window, shop, [date(2027, 1, 1)])
    window.show_page(window._index_of("flowers"))
    flowers = window.current_page()
    assert flowers.flag_month.currentData() == DEC.key()
    window.show_page(window._index_of("dashboard"))
    window.check_for_changes()
    window.show_page(window._index_of("flowers"))
    assert flowers.flag_month.currentData() == JAN.key()
    flowers.show_flags_of(None)  # 全部月份, chosen
    flowers.refresh()
    assert flowers.flag_month.currentData() is None


# ---- the page on show that kept the month just ended says so, and moves on once nobody is at the PC

def _data_page_kept_over_new_years_eve(make_window, shop, polls=4):
    """The 数据 page on show past midnight into 2 January, the clock of the owner's last input faked."""
    window, _ = _window_open_over_new_years_eve(make_window, shop, [date(2027, 1, 2)] * polls)
    window.show_page(window._index_of("data"))
    assert window.new_month.last_input is None  # nothing waits to move on: the app's events pass no filter
    window.check_for_changes()
    seconds = [0.0]
    window.new_month.last_input.now = lambda: seconds[0]
    window.new_month.last_input.at = 0.0  # midnight
    return window, window.current_page(), seconds


def test_the_data_page_that_kept_december_says_so_and_offers_january(make_window, shop):
    window, data, _ = _data_page_kept_over_new_years_eve(make_window, shop)
    bar = window.new_month.bar
    assert data.month() == DEC and not bar.isHidden()
    assert bar.label.text() == "已是 2027年1月，本页仍显示 2026年12月" and bar.button.text() == "转到 2027年1月"
    window.show_page(window._index_of("dashboard"))
    assert bar.isHidden()  # the bar is the page's: the board is on January
    window.show_page(window._index_of("data"))
    assert not bar.isHidden()
    bar.button.click()
    assert data.month() == JAN and data.model.month == JAN and bar.isHidden()


def test_the_bar_goes_when_the_owner_picks_a_month_and_that_month_stays(make_window, shop):
    window, data, seconds = _data_page_kept_over_new_years_eve(make_window, shop)
    data.picker.prev_button.click()  # November
    assert window.new_month.bar.isHidden()
    seconds[0] = 3600.0  # nobody at the PC for an hour: a month picked is not moved
    window.check_for_changes()
    assert data.month() == Month(2026, 11)
    window.show_page(window._index_of("dashboard"))
    window.show_page(window._index_of("data"))
    assert window.new_month.bar.isHidden()


def test_the_bar_goes_when_undo_shows_another_month(make_window, shop):
    """撤销 shows the month of the step it takes back, its picker's signal blocked: the bar goes at the next poll
    and, that month being the owner's doing, it stays."""
    window, _ = _window_open_over_new_years_eve(make_window, shop, [date(2027, 1, 2)] * 3)
    window.show_page(window._index_of("data"))
    data = window.current_page()
    data.picker.setMonth(Month(2026, 11))
    data.model.setData(data.model.index(0, 0), "5")  # typed into 1 November on 31 December
    data.picker.setMonth(DEC)
    window.check_for_changes()
    assert not window.new_month.bar.isHidden()
    data.undo()
    assert data.month() == Month(2026, 11)
    window.check_for_changes()
    assert window.new_month.bar.isHidden() and window.new_month.last_input is None
    window.check_for_changes()
    assert data.month() == Month(2026, 11)


def test_the_bar_in_english(make_window, shop, lang):
    window, _, _ = _data_page_kept_over_new_years_eve(make_window, shop)
    bar = window.new_month.bar
    expected = {"zh": ("已是 2027年1月，本页仍显示 2026年12月", "转到 2027年1月"),
                "en": ("It is 2027-01 now; this page still shows 2026-12", "Go to 2027-01")}
    assert (bar.label.text(), bar.button.text()) == expected[lang]


def test_the_awards_page_that_kept_november_offers_december_the_month_to_judge(make_window, shop):
    window, person = _window_open_over_new_years_eve(make_window, shop, [date(2027, 1, 1)])
    _with_november(shop, person)
    window.show_page(window._index_of("awards"))
    window.check_for_changes()
    bar, awards = window.new_month.bar, window.current_page()
    assert bar.label.text() == "已是 2027年1月，本页仍显示 2026年11月" and bar.button.text() == "转到 2026年12月"
    bar.button.click()
    assert awards.picker.period() == DEC and bar.isHidden()


def test_the_page_on_show_moves_on_once_nobody_has_touched_the_app_for_half_an_hour(make_window, shop, qtbot):
    window, data, seconds = _data_page_kept_over_new_years_eve(make_window, shop)
    seconds[0] = 29 * 60.0
    window.check_for_changes()
    assert data.month() == DEC  # the owner may only have stepped away for a moment
    qtbot.keyClick(window.month_label, Qt.Key.Key_Shift)  # a key pressed anywhere in the app counts
    seconds[0] = 58 * 60.0
    window.check_for_changes()
    assert data.month() == DEC
    seconds[0] = 60 * 60.0  # half an hour since the key
    assert window.check_for_changes() is True
    assert data.month() == JAN and data.model.month == JAN and window.new_month.bar.isHidden()
    assert window.new_month.last_input is None  # nothing waits any more


def test_not_while_a_cell_is_being_typed_in(make_window, shop):
    window, data, seconds = _data_page_kept_over_new_years_eve(make_window, shop)
    person = data.model.people[0]
    cell = data.model.index(0, 30)
    data.table.setCurrentIndex(cell)
    data.table.edit(cell)  # opened, nothing typed yet: the owner may be about to
    seconds[0] = 3600.0
    window.check_for_changes()
    assert data.month() == DEC and data.table.state() == data.table.State.EditingState
    data.table.indexWidget(cell).setText("12")
    window.check_for_changes()
    assert data.month() == DEC and data.table.editing()
    data.table.indexWidget(cell).setText("12500")
    data.table.commit_open_editor()
    window.check_for_changes()
    assert data.month() == JAN
    assert shop.store.values.get("sales", date(2026, 12, 31), person.id) == 1_250_000  # typed into December


def test_not_while_a_dialog_is_open(make_window, shop, qtbot):
    window, data, seconds = _data_page_kept_over_new_years_eve(make_window, shop)
    dialog = QDialog(window)
    qtbot.addWidget(dialog)
    dialog.show()
    seconds[0] = 3600.0
    window.check_for_changes()
    assert data.month() == DEC
    dialog.close()
    window.check_for_changes()
    assert data.month() == JAN
