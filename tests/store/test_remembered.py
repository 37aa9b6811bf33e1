"""`Store.remembered`: a read kept while nothing in the file changes, read again after any write."""

from datetime import date

from app.domain import StaffDraft
from app.periods import Month
from app.reports.board import team_tiles
from app.store import open_store


def counting(values: list[int]):
    calls = []

    def compute():
        calls.append(1)
        return list(values)

    return compute, calls


def test_kept_until_this_connection_writes(shop):
    values = [1]
    compute, calls = counting(values)
    assert shop.store.remembered("k", compute) == [1]
    assert shop.store.remembered("k", compute) == [1] and len(calls) == 1
    person = shop.staff.add(StaffDraft(name="小美"))
    values[0] = 2
    assert shop.store.remembered("k", compute) == [2] and len(calls) == 2
    shop.data.set_value(date(2026, 10, 1), person.id, shop.metrics.get("sales"), 100)
    assert shop.store.remembered("k", compute) == [2] and len(calls) == 3


def test_read_again_after_another_connection_commits(shop):
    compute, calls = counting([1])
    shop.store.remembered("k", compute)
    other = open_store(shop.store.path)
    try:
        with other.atomic():
            other.settings.set("shop_name", "别的店")
    finally:
        other.close()
    shop.store.remembered("k", compute)
    assert len(calls) == 2


def test_never_kept_inside_a_transaction_that_may_be_rolled_back(shop):
    compute, calls = counting([1])
    with shop.store.atomic():
        shop.store.remembered("k", compute)
        shop.store.remembered("k", compute)
    assert len(calls) == 2


def test_the_tiles_read_last_month_once_when_the_board_goes_back_to_it(shop, monkeypatch):
    person = shop.staff.add(StaffDraft(name="小美"))
    shop.data.set_value(date(2026, 9, 3), person.id, shop.metrics.get("inquiries"), 10)
    read = []
    reading = shop.store.values.mean_parts
    monkeypatch.setattr(shop.store.values, "mean_parts", lambda metric, weight, start, end:
                        read.append(start) or reading(metric, weight, start, end))
    team_tiles(shop.store, shop.metrics, Month(2026, 10), date(2026, 10, 19))
    team_tiles(shop.store, shop.metrics, Month(2026, 9), date(2026, 10, 19))
    assert read.count(date(2026, 9, 1)) == read.count(date(2026, 10, 1))  # September read once, as October
    shop.data.set_value(date(2026, 9, 4), person.id, shop.metrics.get("inquiries"), 10)
    tiles = team_tiles(shop.store, shop.metrics, Month(2026, 9), date(2026, 10, 19))
    assert read.count(date(2026, 9, 1)) == 2 * read.count(date(2026, 10, 1))  # read again after the write
    assert tiles  # the tiles are made
