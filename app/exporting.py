"""A month's metrics to .xlsx: per-person totals (and, with `daily`, one row per person and day).

Chinese headers, money as numbers formatted ¥#,##0.00, rates as numbers formatted 0.00%, frozen header row,
fitted column widths. Every text cell is written as text: one beginning with = + - @ tab or CR (that is not a
number) can never become a live formula.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from decimal import Decimal
from pathlib import Path

from app.atomic_file import replaced_atomically, require_suffix
from app.audit import AuditEntry
from app.domain import Staff
from app.i18n import joined, t
from app.metrics import Metric, MetricRegistry
from app.periods import Month, clamp_as_of
from app.store import Store

MONEY_FORMAT = "¥#,##0.00"
PERCENT_FORMAT = "0.00%"
DATE_FORMAT = "yyyy-mm-dd"
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$")


def needs_escape(text: str) -> bool:
    """Text Excel could take for a formula (or DDE): starts with = + - @ tab or CR and is not a number."""
    return text.startswith(_FORMULA_START) and not _NUMBER.match(text.strip())


def export_month(store: Store, metrics: MetricRegistry, month: Month, path: str | Path, *, daily: bool = False,
                 as_of: date | None = None) -> Path:
    """`as_of`: the last day whose data counts, as on the board (`default_as_of`): in the month still going, a
    report not yet ended (all October, imported on the 20th) is not counted, the daily values are."""
    from openpyxl import Workbook

    target = Path(path)
    require_suffix(target, ".xlsx", t("导出文件"))
    people = [p for p in store.staff.list() if p.employed_during(month.start, month.end)]
    used = _used_metrics(store, metrics, month)
    book = Workbook()
    sheet = book.active
    sheet.title = t("{month}汇总", month=month.shown_label())
    _totals_sheet(sheet, store, metrics, month, people, used, month.end if as_of is None else clamp_as_of(month, as_of))
    if daily:
        _daily_sheet(book.create_sheet(t("{month}每日", month=month.shown_label())), store, month, people, used)
    return save_book(book, target)


def save_book(book, target: Path) -> Path:
    """Write next to the target, then rename: a full disk or a file open in Excel leaves no half file."""
    with replaced_atomically(target, ".xlsx") as tmp:
        book.save(tmp)
    return target


def export_audit(store: Store, path: str | Path) -> Path:
    """The whole audit log, newest first, for the owner's records or an accountant."""
    from openpyxl import Workbook

    target = Path(path)
    require_suffix(target, ".xlsx", t("导出文件"))
    book = Workbook()
    sheet = book.active
    sheet.title = t("操作日志")
    names = {person.id: person.display() for person in store.staff.list()}

    def content(entry: AuditEntry) -> str:  # a bulk change names whom it changed, as the window's tooltip does
        if not entry.people:
            return entry.content()
        return entry.content() + t("（涉及：{names}）", names=joined(names.get(i, f"#{i}") for i in entry.people))

    rows = [[(entry.at.replace("T", " "), None), (entry.user, None), (entry.action, None), (content(entry), None),
             (t("是") if entry.pin_used else "", None)] for entry in store.audit.recent(limit=10**9)]
    _write(sheet, [t("时间"), t("操作人"), t("操作"), t("内容"), t("用了店主密码")], rows)
    return save_book(book, target)


def _used_metrics(store: Store, metrics: MetricRegistry, month: Month) -> list[Metric]:
    used = []
    for metric in metrics.stored:
        if store.values.sums(metric.key, month.start, month.end) or \
                store.values.span_totals_within(metric.key, month.start, month.end):
            used.append(metric)
    return used


def _totals_sheet(sheet, store: Store, metrics: MetricRegistry, month: Month, people: list[Staff],
                  used: list[Metric], last: date) -> None:
    """Each person's month as the board counts it (`span_totals`: imported totals with the daily values they do
    not hold; a rate from the days both its parts are known on)."""
    from app.reports.totals import Totals, span_totals

    derived = [d for d in metrics.derived if d.op == "ratio"]
    headers = [t("员工"), t("部门"), *(m.name for m in used), *(d.name for d in derived)]
    totals = span_totals(store, metrics, month.start, last, [m.key for m in used])
    rows: list[list[tuple[object, str | None]]] = []
    for person in people:
        own = totals.get(person.id, Totals())
        row: list[tuple[object, str | None]] = [(person.name, None), (person.dept or "", None)]
        row += [_number(metric, own.get(metric.key)) for metric in used]
        for d in derived:
            value = own.derived(d)
            if value is not None and d.unit == "yuan":
                value = value / 100
            row.append((value, PERCENT_FORMAT if d.unit == "percent" else MONEY_FORMAT))
        rows.append(row)
    _write(sheet, headers, rows)


def _daily_sheet(sheet, store: Store, month: Month, people: list[Staff], used: list[Metric]) -> None:
    grids = {m.key: store.values.month_grid(m.key, month.start, month.end) for m in used}
    headers = [t("日期"), t("员工"), *(m.name for m in used)]
    rows = []
    for day in month.day_list():
        for person in people:
            values = [grids[m.key].get((person.id, day)) for m in used]
            if all(v is None for v in values):
                continue
            rows.append([(day, DATE_FORMAT), (person.name, None),
                         *(_number(m, v) for m, v in zip(used, values, strict=True))])
    _write(sheet, headers, rows)


def _number(metric: Metric, units: int | None) -> tuple[object, str | None]:
    if units is None:
        return None, None
    value = metric.from_units(units)
    if metric.is_money:
        return value, MONEY_FORMAT
    if metric.unit == "percent":
        return value / 100, PERCENT_FORMAT
    return value, "0" if metric.decimals == 0 else "0." + "0" * metric.decimals


def _write(sheet, headers: list[str], rows: list[list[tuple[object, str | None]]]) -> None:
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    widths = [_width(h) for h in headers]
    for col, header in enumerate(headers, start=1):
        cell = sheet.cell(row=1, column=col)
        _put(cell, header)
        cell.font = Font(bold=True)
    for r, row in enumerate(rows, start=2):
        for col, (value, fmt) in enumerate(row, start=1):
            cell = sheet.cell(row=r, column=col)
            _put(cell, value)
            if fmt:
                cell.number_format = fmt
            shown = value.isoformat() if isinstance(value, date) else f"{value:,.2f}" if isinstance(value, Decimal) \
                else str(value if value is not None else "")
            widths[col - 1] = max(widths[col - 1], _width(shown) + (2 if fmt == MONEY_FORMAT else 0))
    sheet.freeze_panes = "A2"
    for col, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(col)].width = min(max(width + 2, 8), 60)


def _put(cell, value: object) -> None:
    if isinstance(value, str):
        cell.value = value
        cell.data_type = "s"  # always text, never a formula
        if needs_escape(value):
            cell.quotePrefix = True
    else:
        cell.value = value


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in text)
