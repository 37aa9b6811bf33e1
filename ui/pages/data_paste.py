"""The 数据 page's paste: a block copied from Excel placed from the current cell (or a single value into every
selected cell), its rows found by the names they carry and its columns by the days their titles name; the cells
written are selected afterwards, to be seen and taken back with Ctrl+Z."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from app.errors import FinerThanKept, UserError
from app.periods import Month
from app.services.data import CellInput, PasteResult, off_team
from ui import errors
from ui.models.month_grid_model import parse_block
from ui.pasted_block import Labelled, RowsNamed, place_lines, read_as, strip_labels, titled_days


class DataPaste:
    """Of `DataPage`: its grid (`table`, `model`), `shop`, `history`, `_write` and `_after_write`."""

    def paste_clipboard(self) -> None:
        self.paste_text(QApplication.clipboard().text())

    def paste_text(self, text: str) -> PasteResult | None:
        """Paste a block starting at the current cell; a single value fills every selected cell."""
        metric = self.model.metric
        block = parse_block(text)
        if metric is None or not block:
            return None
        anchor = self.table.anchor()
        if self.model.rowCount() == 0:
            errors.show_info(self, self.tr("这个月还没有在职员工，请先在「员工」页添加"))
            return None
        if not anchor.isValid():
            errors.show_info(self, self.tr("请先点一下要粘贴到的起始单元格"))
            return None
        named = RowsNamed([person.name for person in self.model.people], self._away())
        labelled = strip_labels(block, self._is_value, named.knows)
        block = labelled.rows
        notes = read_as(labelled)
        if len(block) == 1 and len(block[0]) == 1 and len(self.table.selectedIndexes()) > 1 and not labelled.names:
            targets = [(i.row(), i.column(), block[0][0]) for i in self.table.selectedIndexes()]
            unplaced: list[str] = []
        else:
            columns = self._titled_columns(labelled)
            if columns is None:
                return None
            lines, unplaced = place_lines(labelled, anchor.row(), named)
            targets = [(row, columns[c] if columns else anchor.column() + c, cell)
                       for row, line in lines for c, cell in enumerate(line)]
            if columns and columns != list(range(anchor.column(), anchor.column() + len(columns))):
                notes.append(self.tr("按标题行的日期填到各天"))
        cells: list[CellInput] = []
        cut = 0
        for row, column, cell in targets:
            if row >= self.model.rowCount() or column >= self.model.total_column:
                cut += not self._means_no_value(cell)  # a blank past the grid (a 31日 of February's sheet) loses nothing
                continue
            if self.model.is_future(column) and self._means_no_value(cell):
                continue  # a month's sheet pasted mid-month: its days to come are blank, nothing to refuse
            cells.append(CellInput(self.model.staff_at(row).id, self.model.days[column], cell))
        before = self.history.newest()
        result = self._write(metric, cells, self.tr("粘贴"))
        if result is None:
            return None
        step = self.history.newest()
        self._after_write(result, [(c.staff_id, c.day, reason) for c, reason in result.refused], cut, notes, unplaced,
                          written=step if step is not before else None)
        return result

    def _away(self) -> dict[str, str]:
        """The shop's people off the team all the month shown, by name: when they left or joined, for a line of
        theirs in a pasted sheet."""
        month, shown = self.model.month, {person.id for person in self.model.people}
        return {person.name: off_team(person, month.start if person.left and person.left < month.start else month.end)
                for person in self.shop.staff.list() if person.id not in shown}

    def _titled_columns(self, labelled: Labelled) -> list[int] | None:
        """The grid column of each value column whose title names its day (1日, 10月1日), [] when the titles name
        no days (the block goes where the cursor is), None when they name another month's: said, nothing written —
        September's sheet pasted on October would have made its figures October's. A day the month has not (31日 in
        September) is the total's column, cut as past the grid."""
        days = titled_days(labelled)
        if days is None or any(len(line) > len(days) for line in labelled.rows):
            return []
        month = self.model.month
        other = next((day for day in days if day.outside(month.year, month.month)), None)
        if other is not None:
            named = other.month_named(month.year)
            errors.show_info(self, self.tr("标题行「{title}」是 {other} 的日期，表格显示的是 {shown}：没有粘贴。"
                                           "请先换到那个月再粘贴。").format(
                title=other.title, other=Month.of(named).shown_label() if named else other.title,
                shown=month.shown_label()), self.tr("粘贴结果"))
            return None
        wrong = next(filter(None, (day.weekday_refusal(month.year, month.month) for day in days)), None)
        if wrong is not None:
            errors.show_info(self, wrong, self.tr("粘贴结果"))
            return None
        return [day.day - 1 if day.day <= len(self.model.days) else self.model.total_column for day in days]

    def _means_no_value(self, text: str) -> bool:
        try:
            return self.model.metric is not None and self.shop.data.parse_cell(self.model.metric, text) is None
        except UserError:
            return False

    def _is_value(self, text: str) -> bool:
        """Whether a pasted cell reads as a value of the metric shown (a title or a name does not)."""
        if self.model.metric is None:
            return False
        try:
            self.shop.data.parse_cell(self.model.metric, text)
        except FinerThanKept:  # a number all the same, refused where it lands
            return True
        except UserError:
            return False
        return True
