"""Two imported totals of one month that overlap without one holding the other (1–12, then 6–18) cannot both
count: the board keeps the one ending later, and the days only the other held counted nothing any more — 小美's
month fell from 12,000 to 5,000 without a word. The import says so before it is committed."""

from __future__ import annotations

from datetime import date

from app.importing.note_groups import is_important
from app.periods import Month

from .conftest import write_csv

SAID = "与已导入的 2026年10月1日 至 2026年10月12日 的合计部分重叠"


def _total(tmp_path, span: tuple[str, str], sales: str, name: str):
    return write_csv(tmp_path / name, [[f"统计时间：{span[0]} ~ {span[1]}"], ["客服", "销售额"], ["旗舰店:小美", sales]])


def _notes(plan) -> list[str]:
    return [note for f in plan.files for note in f.notes]


def test_a_total_overlapping_an_imported_one_in_part_says_only_one_counts(tmp_path, shop, run, people):
    run(_total(tmp_path, ("2026-10-01", "2026-10-12"), "12000", "一.csv"))
    plan, _ = run(_total(tmp_path, ("2026-10-06", "2026-10-18"), "5000", "二.csv"))
    [note] = [n for n in _notes(plan) if SAID in n]
    assert note.startswith("统计时间 2026年10月6日 至 2026年10月18日 " + SAID) and is_important(note), note
    assert "只计入结束得晚的一份" in note
    # what the note warns of: the later total alone counts
    assert shop.progress(Month(2026, 10), as_of=date(2026, 10, 19)).people[0].line.value == 500000


def test_a_total_holding_or_repeating_an_imported_one_says_nothing_of_it(tmp_path, shop, run, imports, people):
    run(_total(tmp_path, ("2026-10-01", "2026-10-12"), "12000", "一.csv"))
    for span, name in ((("2026-10-01", "2026-10-18"), "二.csv"), (("2026-10-01", "2026-10-12"), "三.csv"),
                       (("2026-10-13", "2026-10-18"), "四.csv")):
        preview = imports.preview([_total(tmp_path, span, "100", name)])  # each alone, nothing committed
        assert not [n for n in _notes(preview) if "部分重叠" in n], (span, _notes(preview))


def test_two_totals_overlapping_in_part_imported_together_say_it_of_each_other(tmp_path, imports, people):
    first = _total(tmp_path, ("2026-10-01", "2026-10-12"), "12000", "一.csv")
    second = _total(tmp_path, ("2026-10-06", "2026-10-18"), "5000", "二.csv")
    plan = imports.preview([first, second])
    said = {f.name: [n for n in f.notes if "部分重叠" in n] for f in plan.files}
    expected = ("统计时间 2026年10月1日 至 2026年10月12日 与同时导入的「二.csv」的 2026年10月6日 至 2026年10月18日 的合计部分重叠："
                "部分重叠的两份合计只计入结束得晚的一份，另一份只有它有的日子也不再计入看板和评奖。请导出从当月 1 日起的合计，整份取代之前的")
    assert said["一.csv"] == [expected], said
    assert len(said["二.csv"]) == 1 and "与同时导入的「一.csv」的 2026年10月1日 至 2026年10月12日 的合计部分重叠" in said["二.csv"][0]


def test_a_total_spanning_two_months_says_only_that_it_does_not_count(tmp_path, shop, run, imports, people):
    """9月25日–10月5日 beside an imported 9月20日–30日: a total over two months counts in neither, so the one of
    September counts whole — not「只计入结束得晚的一份」, the note beside 跨了月份 contradicting it."""
    run(_total(tmp_path, ("2026-09-20", "2026-09-30"), "12000", "一.csv"))
    plan, _ = run(_total(tmp_path, ("2026-09-25", "2026-10-05"), "5000", "二.csv"))
    notes = _notes(plan)
    assert any("跨了月份" in n for n in notes) and not [n for n in notes if "部分重叠" in n], notes
    assert shop.progress(Month(2026, 9), as_of=date(2026, 10, 19)).people[0].line.value == 1200000


def test_a_total_not_counted_yet_overlaps_nothing(tmp_path, shop, run, imports, people):
    """A cell the seller tool marks 延迟统计 is kept as not counted yet, never as a total: the imported 1–12 still
    counts whole, so nothing is said of an overlap, whether the other total is imported or chosen beside it."""
    run(_total(tmp_path, ("2026-10-01", "2026-10-12"), "12000", "一.csv"))
    pending = _total(tmp_path, ("2026-10-06", "2026-10-18"), "延迟统计", "二.csv")
    beside = _total(tmp_path, ("2026-10-10", "2026-10-20"), "300", "三.csv")
    plan = imports.preview([pending, beside])
    said = {f.name: [n for n in f.notes if "部分重叠" in n] for f in plan.files}
    assert said["二.csv"] == [] and not [n for n in said["三.csv"] if "二.csv" in n], said
    run(pending)
    assert shop.progress(Month(2026, 10), as_of=date(2026, 10, 19)).people[0].line.value == 1200000


def test_the_check_grows_with_the_report_not_with_its_square(tmp_path, shop, imports, monkeypatch):
    """Two reports of every person chosen together: the staged totals were joined with themselves, 2.6 s of a
    2.7 s preview for 500 people. SQLite's steps are counted (not the clock): 4× the people, about 4× the steps."""
    from app.domain import Staff
    from app.store.import_staging import ImportStaging

    check = ImportStaging.totals_overlapped_in_part
    steps: list[int] = []

    def counted(self):
        ticks = [0]

        def tick() -> int:
            ticks[0] += 1
            return 0
        self.db.conn.set_progress_handler(tick, 100)
        try:
            return check(self)
        finally:
            self.db.conn.set_progress_handler(None, 0)
            steps.append(ticks[0])

    monkeypatch.setattr(ImportStaging, "totals_overlapped_in_part", counted)
    added = 0
    for people in (50, 200):
        with shop.store.atomic():  # in one transaction: 200 adds of their own took seconds
            for i in range(added, people):
                shop.store.staff.insert(Staff(0, f"员工{i}", aliases=(f"旗舰店:员工{i}",)))
        added = people
        files = [write_csv(tmp_path / f"{span[0]}_{people}.csv", [[f"统计时间：{span[0]} ~ {span[1]}"], ["客服", "销售额", "询单人数"],
                                                               *[[f"旗舰店:员工{i}", "100", "5"] for i in range(people)]])
                 for span in (("2026-10-01", "2026-10-12"), ("2026-10-06", "2026-10-18"))]
        plan = imports.preview(files)
        assert all(len([n for n in f.notes if "部分重叠" in n]) == 1 for f in plan.files)
    assert 0 < steps[1] < 8 * steps[0], steps  # the join: 16×
