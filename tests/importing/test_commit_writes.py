"""What a commit writes over the stored values: a changed value replaced with this import's row, an equal one left
with the import (and row) that wrote it, the same cell given by two files written once, from the first file."""

from __future__ import annotations

from .test_flow import daily


def _stored(shop, metric="sales"):
    return shop.store.db.execute("SELECT day, staff_id, value, import_id, source_row, provisional FROM daily_value "
                                 "WHERE metric = ? ORDER BY day, staff_id", [metric]).fetchall()


def test_equal_values_keep_their_import_and_changed_ones_take_this_ones(tmp_path, shop, run, people):
    mei, qiang = people["小美"], people["阿强"]
    _, first = run(daily(tmp_path, [["2026-10-01", "小美", "100", "1", "1"], ["2026-10-01", "阿强", "200", "2", "2"]]))
    shop.store.db.execute("UPDATE daily_value SET provisional = 1 WHERE staff_id = ?", [mei])
    plan, second = run(daily(tmp_path, [["2026-10-01", "阿强", "201", "2", "2"], ["2026-10-01", "小美", "100", "1", "1"],
                                        ["2026-10-02", "小美", "300", "3", "3"]], name="第二份.csv"))
    assert (plan.files[0].new, plan.files[0].changed, plan.files[0].unchanged) == (1, 1, 1)
    assert _stored(shop) == [("2026-10-01", mei, 10000, first, 3, 1), ("2026-10-01", qiang, 20100, second, 3, 0),
                             ("2026-10-02", mei, 30000, second, 5, 0)]
    previous = shop.store.db.execute("SELECT staff_id, value, import_ref FROM import_previous WHERE import_id = ? "
                                     "AND metric = 'sales'", [second]).fetchall()
    assert previous == [(qiang, 20000, first)]


def test_the_same_cell_in_two_files_is_written_once_from_the_first_file(tmp_path, shop, run, people):
    mei = people["小美"]
    _, first = run(daily(tmp_path, [["2026-10-01", "小美", "100", "1", "1"]]))
    one = daily(tmp_path, [["2026-10-01", "小美", "150", "1", "1"], ["2026-10-02", "小美", "300", "3", "3"]],
                name="一.csv")
    two = daily(tmp_path, [["2026-10-02", "小美", "300", "3", "3"], ["2026-10-01", "小美", "150", "1", "1"]],
                name="二.csv")
    _, both = run(one, two)
    assert both is not None and both != first
    assert _stored(shop) == [("2026-10-01", mei, 15000, both, 3, 0), ("2026-10-02", mei, 30000, both, 4, 0)]
