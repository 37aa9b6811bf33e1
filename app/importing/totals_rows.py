"""A totals row without a label: the name cell is blank and the numbers are the column sums.

The seller tools put the shop's totals under the people, sometimes with a word (合计, 全部客服 — those are
skipped by their word) and sometimes with nothing in the name cell. Such a row is a totals row when each summed
value in it equals the sum of the rows above (since the table started, or since the previous totals row). A row
that does not add up but is the table's last one and is at least as large as every row above in each summed
column is taken as a totals row too (the export may total rows it did not show); any other row without a name
stays an error.
"""

from __future__ import annotations

from collections import defaultdict

from app.i18n import joined, t
from app.importing.cells import PENDING, CellError
from app.importing.model import FilePlan

SUMS, LARGEST = "sums", "largest"
LISTED_ROWS = 5  # rows named in the note on totals rows between the data: a daily report may have one a day
UNSUMMED_ROWS = 1024  # rows read before they are added to the sums, when nothing asked for the sums meanwhile


class TotalsWatch:
    """Follows the summed columns of one table's rows to recognise a totals row without a label."""

    def __init__(self, plan: FilePlan, summed: set[str]):
        self.plan = plan
        self.summed = summed  # metric keys summed over days and people (money, counts)
        self.columns: list[tuple[int, str, object]] = []  # (cell index, metric key, parser) of the summed columns
        self.summed_here: set[str] = set()  # their metrics
        self.since_start: dict[str, int] = {}
        self.since_total: dict[str, int] = {}
        self.largest: dict[str, int] = {}
        self.rows = 0
        self.unsummed: list[list[tuple]] = []  # rows read whose values are not in the sums yet
        self.pending: int | None = None  # a blank-named row decided by whether a data row follows
        self.adding_up: list[int] = []  # rows without a label skipped as totals rows: they add up the rows above
        self.closing: list[int] = []  # … and the table's last rows, as large as every row above
        self.labelled: list[tuple[int, int]] = []  # this table's rows with a totals word: (row, data rows above)
        self.between: list[int] = []  # those of them with data rows under them (合计 between two groups)

    def start_table(self, columns: list[tuple]) -> None:
        self.settle_pending()
        self._settle_labelled()
        self.columns = [(index, metric, parse) for index, _header, metric, parse, kind, check_only in columns
                        if metric in self.summed and kind not in ("rate", "rating") and not check_only]
        self.summed_here = {metric for _index, metric, _parse in self.columns}
        self.since_start, self.since_total, self.largest = {}, {}, {}
        self.rows = 0
        self.unsummed = []

    def add(self, cells: list) -> None:
        """A named data row as the file has it, read here — whoever it is for: a row the owner chose to skip,
        or one in error, is in the file's totals all the same."""
        self._count((self._values(cells) or {}).items())

    def add_read(self, staged: list[tuple]) -> None:
        """A named data row already read (`staged` cells: metric at 3, value at 7, pending flag at 8), so its
        values are not parsed a second time. Added up by the batch (`_add_unsummed`), before the sums are read."""
        self.rows += 1
        self.unsummed.append(staged)
        if len(self.unsummed) >= UNSUMMED_ROWS:
            self._add_unsummed()

    def _add_unsummed(self) -> None:
        """The rows read since the sums were last brought up to date, added up a column at a time: most rows are
        never compared with a totals row, and one pass over many rows costs less than one call per row."""
        if not self.unsummed:
            return
        wanted = self.summed_here
        columns: defaultdict[str, list[int]] = defaultdict(list)
        for row in self.unsummed:
            for cell in row:
                metric, value = cell[3], cell[7]
                if metric in wanted and value is not None and not cell[8]:
                    columns[metric].append(value)
        self.unsummed = []
        for metric, values in columns.items():
            self._add(metric, sum(values), max(values))

    def _count(self, values) -> None:
        self.rows += 1
        for metric, value in values:
            self._add(metric, value, value)

    def _add(self, metric: str, added: int, top: int) -> None:
        self.since_start[metric] = self.since_start.get(metric, 0) + added
        self.since_total[metric] = self.since_total.get(metric, 0) + added
        if top > self.largest.get(metric, 0):
            self.largest[metric] = top

    def _values(self, cells: list) -> dict[str, int] | None:
        """The summed columns' values of a row (empty and pending cells left out); None when one is unreadable."""
        values = {}
        n = len(cells)
        for index, metric, parse in self.columns:
            try:
                value = parse(cells[index] if index < n else None)  # type: ignore[operator]
            except CellError:
                return None
            if value is not None and value is not PENDING:
                values[metric] = value
        return values

    def labelled_total(self, row_no: int) -> None:
        """A totals row with its word (合计, 小计): sums start again under it."""
        self._add_unsummed()
        self.since_total = {}
        self.labelled.append((row_no, self.rows))

    def _settle_labelled(self) -> None:
        """The table ended: its worded totals rows with people's rows under them are said (a total in the
        middle is easily taken for a person's row, or missed)."""
        self.between.extend(row for row, above in self.labelled if above < self.rows)
        self.labelled = []

    def blank_row(self, row_no: int, cells: list) -> str | None:
        """A row without a name: SUMS when it adds up the rows above (skipped now), LARGEST when it could be
        the table's closing total (decided by what follows), None when it is no totals row."""
        if not self.rows or not self.columns:
            return None
        self._add_unsummed()
        values = self._values(cells)
        if not values:
            return None
        for sums in (self.since_start, self.since_total):
            if sums and all(sums.get(metric, 0) == value for metric, value in values.items()):
                self._skip(row_no, self.adding_up)
                return SUMS
        if self.rows > 1 and all(value >= self.largest.get(metric, 0) for metric, value in values.items()):
            self.pending = row_no
            return LARGEST
        return None

    def row_follows(self, staff_header: str) -> None:
        """A row under a blank-named row (a person's, or another without a name): that row was not the table's
        last, so it was someone's data without a name after all."""
        if self.pending is not None:
            self.plan.error(self.pending, staff_header, "", t("客服名称为空"))
            self.pending = None

    def settle_pending(self) -> None:
        """The table ended: a blank-named row as large as every row above it closed the table: its total."""
        if self.pending is not None:
            self._skip(self.pending, self.closing)
            self.pending = None

    def _skip(self, row_no: int, kind: list[int]) -> None:
        self._add_unsummed()
        self.plan.skipped += 1
        self.plan.totals_rows.append(row_no)
        kind.append(row_no)
        self.since_total = {}

    def notes(self) -> list[str]:
        self._settle_labelled()
        notes = []
        if self.between:
            listed = joined(map(str, self.between[:LISTED_ROWS])) + (t("等") if len(self.between) > LISTED_ROWS else "")
            notes.append(t("第 {rows} 行是夹在数据中间的合计行（如「合计」「小计」），已跳过，没有计入任何人", rows=listed))
        if len(self.adding_up) == 1:
            notes.append(t("第 {row} 行没有客服名称，数字等于上面各行之和：是合计行，已跳过", row=self.adding_up[0]))
        elif self.adding_up:
            notes.append(t("第 {rows} 行没有客服名称，数字等于上面各行之和：是合计行，已跳过",
                           rows=joined(map(str, self.adding_up))))
        if len(self.closing) == 1:
            notes.append(t("第 {row} 行没有客服名称，是表格的最后一行，每列都不小于上面各行：按合计行跳过；"
                           "如果它其实是某位客服的数据，请在报表里补上名称后重新导入", row=self.closing[0]))
        elif self.closing:
            notes.append(t("第 {rows} 行没有客服名称，是表格的最后一行，每列都不小于上面各行：按合计行跳过；"
                           "如果它其实是某位客服的数据，请在报表里补上名称后重新导入", rows=joined(map(str, self.closing))))
        return notes
