"""The dates of one report row: the day or span its date cell gives, checked against the report's period and
today; and the note for a total over days of two months."""

from __future__ import annotations

from datetime import date

from app.i18n import t
from app.importing.cells import CellError, NeedsMonth, cell_text, parse_dates
from app.importing.model import FilePlan
from app.importing.period import span_label


def row_dates(plan: FilePlan, row_no: int, header: str, raw: object,
           spans: tuple[tuple[date, date] | None, tuple[date, date] | None], whole_month: bool,
           today: date | None) -> tuple[str, str] | None:
    """The ISO start and end of the row (one day, or the span its date cell gives); None after an error. `spans`:
    the file's period, which the row must lie in, and where a date without its year takes it from. A row whose
    first day has not come is an error, as typing it in the grid is (a span under way is stored as stated)."""
    span, hint = spans
    if not cell_text(raw).strip():
        plan.error(row_no, header, "", t("日期为空"))
        return None
    try:
        first, last = parse_dates(raw, hint, whole_month)
    except CellError as e:
        plan.needs_month = plan.needs_month or isinstance(e, NeedsMonth)
        plan.error(row_no, header, cell_text(raw), str(e))
        return None
    if span and not (span[0] <= first and last <= span[1]):
        plan.error(row_no, header, cell_text(raw), t("日期不在报表的统计时间 {span} 之内", span=span_label(span)))
        return None
    if today and first > today:
        plan.error(row_no, header, cell_text(raw), t("日期 {day} 还没到（今天是 {today}），不能导入",
                                                     day=first if first == last else span_label((first, last)),
                                                     today=today))
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
