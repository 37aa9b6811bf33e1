"""Figures a file holds finer than the shop keeps them (money below the fen, a metric beyond its decimals) are
rounded half up as they are read; the preview says so once per column — how many values, one example with its
row (「第 12 行 1234.567 记为 1,234.57」) — so the owner reads it before committing. The CLI's text and --json
(`rounded`) say the same."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING

from app.i18n import t
from app.importing.note_groups import ORDINARY, Note
from app.metrics import Metric, MetricRegistry
from app.money import format_yuan

if TYPE_CHECKING:
    from app.importing.model import FilePlan


@dataclass
class RoundedColumn:
    header: str
    metric: str
    rows: dict[int, tuple[str, int, bool]] = field(default_factory=dict)  # row → (as written, units kept, bare rate)
    count: int = 0  # once settled: the values rounded, rows in error aside
    example: dict[str, object] = field(default_factory=dict)  # once settled: the first of them (row, value, kept)

    def as_json(self) -> dict[str, object]:
        return {"column": self.header, "metric": self.metric, "count": self.count, **self.example}


def rounded_cell(plan: FilePlan, row: int, header: str, metric: str, written: str, units: int, bare: bool) -> None:
    column = plan.rounded.setdefault(header, RoundedColumn(header, metric))
    column.rows.setdefault(row, (written, int(units), bare))


def read_as_percents(plan: FilePlan, header: str, metric: Metric, finer: list[tuple[int, int]]) -> None:
    """A rate column's bare numbers turned out to be percents (98.567, not 0.98567): their units are divided by 100
    and rounded (`bare_to_percent`), so those rounded then are said too — `finer`, (row, units before) of the
    bare cells whose units were not whole hundreds."""
    for column in plan.rounded.values():
        if column.metric == metric.key:
            column.rows = {row: (written, (units + 50) // 100 if bare else units, bare)
                           for row, (written, units, bare) in column.rows.items()}
    for row, units in finer:
        written = f"{Decimal(units).scaleb(-(metric.decimals + 2)).normalize():f}"
        rounded_cell(plan, row, header, metric.key, written, (units + 50) // 100, True)


def settle(plan: FilePlan, metrics: MetricRegistry) -> None:
    """Count each column's rounded values (rows in error aside) and say it among the file's notes."""
    for column in plan.rounded.values():
        rows = sorted(row for row in column.rows if row not in plan.error_rows)
        column.count = len(rows)
        if not rows:
            continue
        written, units, _bare = column.rows[rows[0]]
        metric = metrics.get(column.metric)
        kept = format_yuan(units, symbol=False) if metric.is_money else metric.format(units)
        plain = kept if metric.is_money else metric.format(units, grouped=False)  # `import --json` reads it as before
        column.example = {"row": rows[0], "value": written, "kept": plain}
        fields = {"header": column.header, "row": rows[0], "value": written, "kept": kept, "kept_to": metric.kept_to()}
        if len(rows) == 1:
            text = t("「{header}」列第 {row} 行的 {value} 比店里记的更细（{kept_to}），已四舍五入记为 {kept}", **fields)
        else:
            text = t("「{header}」列有 {n} 个数值比店里记的更细（{kept_to}），已四舍五入，如第 {row} 行 {value} 记为 {kept}",
                     n=len(rows), **fields)
        plan.notes.append(Note(text, ORDINARY))

