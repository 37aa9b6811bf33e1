"""The shortcuts of reading a large report give what the long way gives: plain amounts in integer arithmetic,
the people of a name looked up once, a cell's text read before taken from its column's cache, repeated rows looked
for only when there can be some, rows staged many to a statement."""

from __future__ import annotations

import unicodedata
from datetime import date

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from app.importing.cells import CellError, Rounded, _exact_money, _plain_fen, make_parser
from app.importing.model import FilePlan
from app.importing.repeats import RepeatWatch
from app.importing.row_values import RowReader
from app.metrics import MetricRegistry

from .conftest import write_csv

MISSING = frozenset({"", "-", "--", "—"})
PROVISIONAL = frozenset({"延迟统计"})
D1, D2 = date(2026, 10, 1), date(2026, 10, 2)


def money(raw: str) -> int:
    return make_parser("money", MetricRegistry().get("sales"), MISSING, PROVISIONAL)(raw)  # type: ignore[return-value]


def exact(raw: str) -> int | str:
    """The long way: normalise the text, then Decimal rounded half up; the refusal's message when refused."""
    try:
        return _exact_money(unicodedata.normalize("NFKC", raw).strip())
    except CellError as e:
        return str(e)


@given(st.text(alphabet="0123456789,.¥￥-+e 元万１", max_size=16))
@example("1,234.50")
@example("¥0.005")
@example("-0")
@example("1e3")
@example("12.345")
@example("1,23.45")
@example("０.５")
@example("10000000000000.00")
@example("10000000000000.01")
def test_a_plain_amount_read_fast_is_what_the_exact_reading_gives(text):
    fast = _plain_fen(text)
    assert fast is None or fast == exact(text)


@pytest.mark.parametrize("raw, fen", [
    ("1,234.50", 123450), ("¥0.005", 1), ("￥0.004", 0), ("-0", 0), ("12.345", 1235), ("12.344", 1234),
    ("０.５", 50), ("１,２３４", 123400), ("12,345.6", 1234560), ("1.2万", 1200000), (" 88元 ", 8800),
])
def test_tricky_amounts(raw, fen):
    assert money(raw) == fen == exact(raw)


@pytest.mark.parametrize("raw, reason", [("1e3", "金额"), ("1,23.45", "金额"), ("-12", "负数"), ("1.2.3", "金额")])
def test_amounts_refused_either_way(raw, reason):
    with pytest.raises(CellError, match=reason):
        money(raw)


def test_a_word_for_missing_that_looks_like_an_amount_keeps_its_meaning():
    parse = make_parser("money", MetricRegistry().get("sales"), MISSING | {"0"}, PROVISIONAL)
    assert parse("0") is None and parse("12.50") == 1250


def test_repeat_watch_finds_a_name_or_person_twice_on_a_day_and_a_day_met_again():
    watch = RepeatWatch()
    for day in ("2026-10-01", "2026-10-02"):
        for n, name in enumerate(("小美", "阿强")):
            watch.see(name, n + 1, day, day)
    assert not watch.possible
    watch.see("小美", 1, "2026-10-01", "2026-10-01")  # the first day again, after the second
    assert watch.possible
    same_person = RepeatWatch()
    same_person.see("旗舰店:小美", 1, "2026-10-01", "2026-10-01")
    same_person.see("小美", 1, "2026-10-01", "2026-10-01")
    assert same_person.possible
    same_name = RepeatWatch()
    same_name.see("小美", 1, "2026-10-01", "2026-10-31")
    same_name.see("小美", 2, "2026-10-01", "2026-10-31")
    assert same_name.possible


def test_a_person_twice_on_a_day_with_another_day_between_is_still_refused(tmp_path, run, people):
    path = write_csv(tmp_path / "日报.csv", [["日期", "客服", "销售额"], ["2026-10-01", "小美", "100"],
                                            ["2026-10-02", "小美", "1"], ["2026-10-01", "小美", "200"]])
    plan, import_id = run(path)
    assert import_id is None
    assert [e.row for e in plan.errors] == [2, 4]
    assert "同一客服在同一天（2026年10月1日）出现了 2 次（第 2、4 行）" in plan.errors[0].reason


def test_two_sub_accounts_of_a_day_apart_in_the_file_are_still_added_up(tmp_path, shop, run, people):
    path = write_csv(tmp_path / "日报.csv", [["日期", "客服", "销售额"], ["2026-10-01", "旗舰店:晓雯", "100"],
                                            ["2026-10-02", "阿强", "5"], ["2026-10-01", "分店:晓雯", "20"]])
    plan, import_id = run(path)
    assert import_id and not plan.errors
    assert "第 2、4 行是晓雯的不同子账号，已合并为一人一天" in plan.files[0].notes
    assert shop.store.values.get("sales", D1, people["晓雯"]) == 12000


def test_every_row_of_a_name_counts_when_it_is_skipped_mapped_or_new(tmp_path, shop, run, people):
    rows = [["日期", "客服", "销售额"]]
    for day in ("2026-10-01", "2026-10-02", "2026-10-03"):
        rows += [[day, "小美", "10"], [day, "临时工", "1"], [day, "xm_2", "2"], [day, "新来的", "3"]]
    plan, import_id = run(write_csv(tmp_path / "日报.csv", rows), skip_staff=["临时工"],
                          staff_map={"xm_2": people["阿强"]}, create_staff=True)
    f = plan.files[0]
    assert import_id and (f.new, f.skipped) == (9, 3)
    assert f.unknown_rows == {"新来的": [5, 3]}
    assert shop.store.values.get("sales", D2, people["阿强"]) == 200
    assert shop.store.values.get("sales", D2, people["小美"]) == 1000


def test_the_staged_kinds_and_rate_tops_are_read_in_one_pass(shop, people):
    repo = shop.store.imports
    repo.stage_reset()
    sid = people["小美"]
    assert repo.staged_kinds() == {"daily": False, "period": False, "pending": False, "stored_pending": False}
    repo.stage([(0, 2, "小美", sid, "2026-10-01", "2026-10-01", 0, 0)],
               [(0, 2, "daily", "reply_rate", "2026-10-01", "2026-10-01", sid, 9850, 0, 1),
                (0, 2, "daily", "sales", "2026-10-01", "2026-10-01", sid, 120000, 0, 0),
                (0, 2, "daily", "orders", "2026-10-01", "2026-10-01", sid, None, 1, 0)])
    assert repo.staged_kinds() == {"daily": True, "period": False, "pending": True, "stored_pending": False}
    assert repo.rate_tops(0, "reply_rate") == (9850, 9850)
    assert repo.rate_tops(0, "sales") == (None, 120000)
    assert repo.rate_tops(1, "reply_rate") == (None, None)
    repo.stage([(0, 3, "小美", sid, "2026-10-01", "2026-10-31", 0, 0)],
               [(0, 3, "period", "sales", "2026-10-01", "2026-10-31", sid, 5, 0, 0)])
    assert repo.staged_kinds()["period"]
    repo.stage_reset()


@pytest.mark.parametrize("count", [0, 1, 49, 50, 51, 149, 4103])
def test_rows_staged_many_to_a_statement_are_the_rows_given(shop, people, count):
    """Staging inserts `Database.insert_rows`'s ROWS_PER_INSERT rows per statement and the rest one by one: every row arrives, as given."""
    repo = shop.store.imports
    repo.stage_reset()
    sid = people["小美"]
    rows = [(0, n, f"名字{n % 7}\u200b", sid if n % 3 else -1, "2026-10-01", "2026-10-31", n % 2, n) for n in range(count)]
    cells = [(0, n, "daily", metric, "2026-10-01", "2026-10-01", sid, Rounded(n) if n % 5 else None, n % 2, n % 3)
             for n in range(count) for metric in ("sales", "reply_rate")]
    repo.stage(rows, cells)
    assert repo.db.execute("SELECT * FROM temp.imp_row ORDER BY file, row_no").fetchall() == [
        (*r[:6], None, None, *r[6:]) for r in rows]
    assert repo.db.execute("SELECT * FROM temp.imp_cell ORDER BY file, row_no, metric").fetchall() == sorted(
        cells, key=lambda c: (c[1], c[3]))
    repo.stage_reset()


def test_a_staged_row_of_the_wrong_length_is_refused(shop, people):
    repo = shop.store.imports
    repo.stage_reset()
    rows = [(0, n, "小美", people["小美"], "2026-10-01", "2026-10-01", 0, 0) for n in range(60)]
    rows[10] = rows[10][:6]
    with pytest.raises(ValueError):
        repo.stage(rows, [])


def test_the_people_an_import_creates_get_their_rows_in_one_pass(tmp_path, shop, run):
    """A first import of a big report creates many people: each one's staged cells were once found by a scan of
    the whole staging table per person (200 people and 1.5 million cells: two minutes)."""
    names = [f"旗舰店:新人{i:02d}" for i in range(30)]
    csv = write_csv(tmp_path / "日报.csv", [["日期", "客服", "销售额"]] + [
        [f"2026-10-0{day}", name, str(100 * i + day)] for i, name in enumerate(names) for day in (1, 2)])
    updates = []
    shop.store.db.conn.set_trace_callback(
        lambda sql: updates.append(sql) if sql.startswith("UPDATE temp.imp_cell SET staff_id") else None)
    try:
        _, import_id = run(csv, create_staff=True)
    finally:
        shop.store.db.conn.set_trace_callback(None)
    assert import_id is not None and len(updates) <= 1
    created = {p.name: p.id for p in shop.staff.list()}
    for i, name in enumerate(names):
        assert shop.store.values.get("sales", D2, created[name.split(":")[1]]) == (100 * i + 2) * 100
        assert shop.staff.resolve(name).id == created[name.split(":")[1]]


def test_a_cell_text_read_before_is_taken_from_its_column_without_a_call_to_its_parser(tmp_path):
    sales = make_parser("money", MetricRegistry().get("sales"), MISSING, PROVISIONAL)
    asked: list[object] = []

    def parse(raw: object) -> object:
        asked.append(raw)
        return sales(raw)

    parse.cache = sales.cache  # type: ignore[attr-defined]
    reader = RowReader([(1, "销售额", "sales", parse, "money", None)])
    plan = FilePlan(0, tmp_path / "日报.csv")
    read = [reader.row_cells(plan, ["2026-10-01", raw], row, (0, row, "daily", "2026-10-01", "2026-10-01", 1))
            for row, raw in enumerate(["¥1,200.50", "80", "¥1,200.50", "80", "--", 12.5, 12.5], start=2)]
    assert [[cell[7] for cell in cells or ()] for cells in read] == [[120050], [8000], [120050], [8000], [], [1250],
                                                                    [1250]]
    assert asked == ["¥1,200.50", "80", "--", 12.5, 12.5]  # a number from Excel is no text: read each time
