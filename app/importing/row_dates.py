"""The dates of one report row: the day or span its date cell gives — or the two cells of a span given in two
columns (开始日期 | 结束日期) — checked against the report's period and today; a date without its year (10月5日) in a
file that says no period takes the year of the file's other dates; the note for a total over days of two months; and
the period a file states."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from app.i18n import t
from app.importing.cells import CellError, NeedsMonth, cell_text, parse_dates, parse_day, shown_cell
from app.importing.header import Column, Layout
from app.importing.model import FilePlan, ImportOptions, RowError
from app.importing.period import span_from_text, span_from_titles, span_label, span_of_sheet
from app.periods import shown_date

Spans = tuple[tuple[date, date] | None, tuple[date, date] | None]
Cell = tuple[str, str]  # (header, the cell's text): where a message points
Waiting = tuple[int, list[object], str, object]  # (row, cells, the caller's name of it, the date cell or pair)


class RowDates:
    """Each row's ISO start and end, read once per distinct date cell (or pair of cells); `days` gathers them.
    `spans`: the file's period, which the rows must lie in, and where a date without its year takes it from."""

    def __init__(self, plan: FilePlan, spans: Spans, today: date | None) -> None:
        self.plan, self.spans, self.today = plan, spans, today
        self.days: set[str] = set()
        self.year_less: list[RowError] = []  # each row's error for a date without its year, until `say_year_less`
        self.waiting: list[Waiting] = []  # rows dated 10月5日 in a file that says no period: read by `take_waiting`
        self._read: dict[object, tuple[str, str]] = {}
        self.use(None, None, False)

    def use(self, column: Column | None, end: Column | None, whole_month: bool) -> None:
        """Read the date column of a (further) table, and the end column when its span is in two."""
        self.column, self.end, self.whole_month = column, end, whole_month
        self._read.clear()

    def of(self, row_no: int, cells: list[object], keep: str = "") -> tuple[str, str] | None:
        """The row's start and end; None after an error, said in the plan, or for a date without its year in a file
        that says no period: kept with `keep` until the file's other dates are known (`take_waiting`)."""
        assert self.column is not None
        n = len(cells)
        raw: object = cells[self.column.index] if self.column.index < n else None
        if self.end is not None:
            raw = (raw, cells[self.end.index] if self.end.index < n else None)
        hit = self._read.get(raw) if isinstance(raw, (str, int, float, tuple)) else None
        if hit is None:
            try:
                hit = self._dated(row_no, raw, self.spans, ask_month=self.spans[1] is not None)
            except NeedsMonth:
                self.waiting.append((row_no, cells, keep, raw))
                return None
            if hit is None:
                return None
            if isinstance(raw, (str, int, float, tuple)):
                self._read[raw] = hit
            self.days.update(hit)
        return hit

    def _dated(self, row_no: int, raw: object, spans: Spans, ask_month: bool = True) -> tuple[str, str] | None:
        if self.end is None:
            hit = row_dates(self.plan, row_no, self.column.header, raw, spans, self.whole_month, self.today,  # type: ignore[union-attr]
                            ask_month)
        else:
            hit = span_in_two(self.plan, row_no, (self.column, self.end), raw, spans, self.today, ask_month)  # type: ignore[arg-type]
        if hit is None and row_no in self.plan.month_rows and self.plan.errors[-1].row == row_no:
            self.year_less.append(self.plan.errors[-1])
        return hit

    def take_waiting(self) -> list[tuple[int, list[object], str, tuple[str, str]]]:
        """The rows dated without their year (10月5日) in a file that says no period, read with the year of the
        file's other dates when they all have the same one (or the year beside it, nearer them: `_year_of`); across
        two years, the one year whose such day lies among them, else refused naming the row. With no other date, the month is asked for, as before.
        (row, cells, what `of` kept, its start and end) of each row read so; the others are said in the plan."""
        waiting, self.waiting = self.waiting, []
        years = sorted({int(day[:4]) for day in self.days})
        among = (date.fromisoformat(min(self.days)), date.fromisoformat(max(self.days))) if self.days else None
        taken = []
        for row_no, cells, keep, raw in waiting:
            hint = self._year_of(raw, years, among) if among else None
            if among and hint is None:
                cell = raw[0] if isinstance(raw, tuple) else raw
                self.plan.error(row_no, self.column.header if self.column else None, shown_cell(cell), t(
                    "没有年份，文件里其他日期从 {first} 到 {last}，跨了两年，看不出是哪一年：请在文件里写上年份（如「{example}」）",
                    first=shown_date(among[0]), last=shown_date(among[1]), example=self._with_year(cell, among[1].year)))
                continue
            hit = self._dated(row_no, raw, (self.spans[0], hint))
            if hit is not None:
                self.days.update(hit)
                taken.append((row_no, cells, keep, hit))
        return taken

    def _with_year(self, cell: object, year: int) -> str:
        """The cell written with `year`, as the file could have it (2026-03-01)."""
        day = self._day_in(cell, year)
        return day.isoformat() if day else f"{year}-01-01"  # 2月29日 and a year without it

    def _year_of(self, raw: object, years: list[int], among: tuple[date, date]) -> tuple[date, date] | None:
        """The year (as its span) a date without one takes: with the file's other dates in one year, that year or the
        one either side that puts the day nearer them, never on a day still to come (12月31日 among 2026年1月1日–3日
        is 2025's); across two years, the one year in which it lies between the file's first and last day."""
        cell = raw[0] if isinstance(raw, tuple) else raw
        if len(years) == 1:
            apart: dict[int, int] = {}  # a year → how many days the cell's day then lies outside the file's dates
            for year in (years[0], years[0] - 1, years[0] + 1):
                day = self._day_in(cell, year)
                if day is not None and (self.today is None or day <= self.today):
                    apart[year] = max((among[0] - day).days, (day - among[1]).days, 0)
            year = min(apart, key=apart.__getitem__, default=years[0])  # the file's own year first, on a tie
            return date(year, 1, 1), date(year, 12, 31)
        fits = []
        for year in years:
            day = self._day_in(cell, year)
            if day is not None and among[0] <= day <= among[1]:
                fits.append((date(year, 1, 1), date(year, 12, 31)))
        return fits[0] if len(fits) == 1 else None

    def _day_in(self, cell: object, year: int) -> date | None:
        """The cell's (first) day read in `year`; None when it has none there (2月29日)."""
        try:
            return parse_dates(cell, (date(year, 1, 1), date(year, 12, 31)), self.whole_month)[0]
        except CellError:
            return None

    def say_year_less(self) -> None:
        """The rows whose date has no year, said once per column naming them (第 2–31 行), in the place of its first
        row's error: they all wait for the same choice of month. A single row keeps its own error."""
        by_column: dict[str | None, list[RowError]] = {}
        for error in self.year_less:
            by_column.setdefault(error.column, []).append(error)
        self.year_less = []
        errors = self.plan.errors
        for said in by_column.values():
            if len(said) < 2:
                continue
            first = said[0]
            once = replace(first, value="", rows=tuple(e.row for e in said if e.row is not None),
                           reason=t("日期没有年份（如「{value}」），看不出是哪一年：请指定数据所属的月份", value=first.value))
            gone = {id(e) for e in said}
            at = next(i for i, e in enumerate(errors) if e is first)
            errors[:] = [e for e in errors[:at] if id(e) not in gone] + [once] + \
                [e for e in errors[at:] if id(e) not in gone]


def row_dates(plan: FilePlan, row_no: int, header: str, raw: object, spans: Spans, whole_month: bool,
              today: date | None, ask_month: bool = True) -> tuple[str, str] | None:
    """The ISO start and end of the row (one day, or the span its date cell gives); None after an error. A row
    whose first day has not come is an error, as typing it in the grid is (a span under way is stored as stated)."""
    if not cell_text(raw).strip():
        plan.error(row_no, header, "", t("日期为空"))
        return None
    try:
        first, last = parse_dates(raw, spans[1], whole_month)
    except CellError as e:
        if isinstance(e, NeedsMonth):
            if not ask_month:
                raise
            plan.needs_month = True
            plan.month_rows.add(row_no)
        plan.error(row_no, header, shown_cell(raw), str(e))
        return None
    cell = (header, shown_cell(raw))
    return _checked(plan, row_no, (first, last), (cell, cell), spans[0], today)


def span_in_two(plan: FilePlan, row_no: int, columns: tuple[Column, Column], raws: tuple[object, object],
                spans: Spans, today: date | None, ask_month: bool = True) -> tuple[str, str] | None:
    """A span given in two columns (开始日期 2026-10-01 | 结束日期 2026-10-18), read as one cell holding
    2026-10-01~2026-10-18 is: each cell one day, the end not before the start."""
    days = []
    for column, raw in zip(columns, raws, strict=True):
        if not cell_text(raw).strip():
            plan.error(row_no, column.header, "", t("日期为空"))
            return None
        try:
            days.append(parse_day(raw, spans[1]))
        except CellError as e:
            if isinstance(e, NeedsMonth):
                if not ask_month:
                    raise
                plan.needs_month = True
                plan.month_rows.add(row_no)
            plan.error(row_no, column.header, shown_cell(raw), str(e))
            return None
    first, last = days
    cells = ((columns[0].header, shown_cell(raws[0])), (columns[1].header, shown_cell(raws[1])))
    if last < first:
        plan.error(row_no, columns[1].header, cells[1][1], t("早于「{header}」列的 {start}，统计时间的结束不能在开始之前",
                                                             header=columns[0].header, start=shown_date(first)))
        return None
    return _checked(plan, row_no, (first, last), cells, spans[0], today)


def _checked(plan: FilePlan, row_no: int, dates: tuple[date, date], cells: tuple[Cell, Cell],
             span: tuple[date, date] | None, today: date | None) -> tuple[str, str] | None:
    """The row's days within the file's period and begun by today; `cells`: where its first and last day are."""
    first, last = dates
    if span and not (span[0] <= first and last <= span[1]):
        header, text = cells[0] if first < span[0] else cells[1]
        plan.error(row_no, header, text, t("日期不在报表的统计时间 {span} 之内", span=span_label(span)))
        return None
    if today and first > today:
        header, text = cells[0]
        plan.error(row_no, header, text, t("日期 {day} 还没到（今天是 {today}），不能导入",
                                           day=span_label((first, last)), today=shown_date(today)))
        return None
    if first != last:
        note_cross_month(plan, first, last)
    return first.isoformat(), last.isoformat()


def note_cross_month(plan: FilePlan, first: date, last: date) -> None:
    """A total over days of two months can be given to neither month: stored as stated, counted nowhere."""
    if (first.year, first.month) == (last.year, last.month):
        return
    note = t("统计时间 {span} 跨了月份：看板和评奖按自然月计算，跨月的合计不计入任何一个月；"
             "请按月导出（每月 1 日起）再导入", span=span_label((first, last)))
    if note not in plan.notes:
        plan.notes.append(note)


def file_span(plan: FilePlan, layout: Layout, options: ImportOptions) -> tuple[date, date] | None:
    """The period the file states (its title, sheet or name), or the month chosen for it; None with the month asked
    for when nothing says it and no column dates the rows."""
    named = span_from_text(plan.path.stem)
    month = (options.month.start, options.month.end) if options.month else None
    stated = span_from_titles(layout.titles) or span_of_sheet(plan.sheet, named or month) or named
    if options.month_where_needed and (stated or layout.date is not None):
        return stated  # its rows' own dates, or its own period: the month only gives 10月1日 its year (`_year_hint`)
    if stated and month and not (month[0] <= stated[0] and stated[1] <= month[1]):
        plan.error(None, None, "", t("文件的统计时间 {span} 不在所选月份 {month} 之内", span=span_label(stated),
                                     month=options.month.shown_label() if options.month else ""))
        return None
    span = stated or month
    if layout.date is None and span is None:
        plan.needs_month = True
        plan.error(None, None, "", t("报表没有日期列，标题和文件名里也没有统计时间：请指定数据所属的月份"))
    return span
