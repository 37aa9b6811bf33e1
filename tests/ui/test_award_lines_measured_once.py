"""The 评奖 page's lines wrap a long 说明 in a higher row (`WrappedColumn`). Measuring the rows read every line's
说明 again for each signal of a refill (rows inserted, data changed, the column resized after) and at each
step of a window being resized: about a second and a half for a year's 3,000 lines on a big shop, and a resize
that lagged by half a second a step. Each change of the lines is measured once; a resize only compares."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.store.awards import StoredLine
from ui.models.award_models import AwardLineModel
from ui.widgets.award_lines_table import award_lines_table

LINES = 600
PAINTED = LINES // 5  # far more than painting the rows on screen reads (a few times each), far less than all
LONG = ("部门目标完成率 112.5%，全店第一；奖金进团队基金，由部门负责人按出勤分给每位客服，当月发放。" * 3)


class CountedModel(AwardLineModel):
    """Counts the 说明 read as text."""

    read = 0

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and index.column() == self.EXPLANATION:
            CountedModel.read += 1
        return super().data(index, role)


def _lines(month: int) -> list[StoredLine]:
    return [StoredLine("staff", n, f"客服{n:03d}", "客服部", f"{month}月销售奖", "stage", "cash", 10_000 + n,
                       None, LONG if n % 50 == 0 else f"销售额 ¥{n * 1000}，达成率 {n % 130}%", False, "方案")
            for n in range(1, LINES + 1)]


def _reads(action) -> int:
    CountedModel.read = 0
    action()
    QApplication.processEvents()
    return CountedModel.read


def test_a_refill_reads_each_explanation_once_and_a_resize_none_again(qtbot):
    model = CountedModel()
    table = award_lines_table(model)
    qtbot.addWidget(table)
    table.resize(900, 400)
    table.show()
    model.set_lines(_lines(9))
    QApplication.processEvents()
    one_line = table.verticalHeader().defaultSectionSize()
    wrapped = [row for row in range(LINES) if model.lines[row].explanation == LONG]
    assert all(table.rowHeight(row) > one_line for row in wrapped)

    next_month = [replace(line, award="10月销售奖") if line.staff_id % 3 else line for line in _lines(9)]
    assert _reads(lambda: model.set_lines(next_month)) <= LINES + PAINTED
    assert all(table.rowHeight(row) > one_line for row in wrapped)
    for width in (1000, 2400, 950):
        assert _reads(lambda w=width: table.resize(w, 400)) <= PAINTED
    assert all(table.rowHeight(row) > one_line for row in wrapped)
    assert _reads(lambda: table.resize(6000, 400)) <= PAINTED
    assert [table.rowHeight(row) for row in wrapped] == [one_line] * len(wrapped)  # one line when wide enough
