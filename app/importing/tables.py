"""Which tables a file holds: a text file in the first encoding that shows a header, or every sheet of a workbook
that has one (a sheet such as 说明 without one is skipped and listed); and which of its staff-like columns names
the people."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import time
from itertools import chain, islice
from typing import TYPE_CHECKING

from app.errors import UserError
from app.i18n import joined, t
from app.importing import readers
from app.importing.cells import cell_text
from app.importing.header import SCAN_ROWS, Column, Layout, detect
from app.importing.model import FilePlan
from app.importing.synonyms import ColumnRule, money_scale, normalize_header

if TYPE_CHECKING:
    from app.importing.reading import Batch

BLANK, NO_HEADER, HEADER_ONLY = "blank", "no header", "header only"  # why a sheet was not read


def tables(plan: FilePlan, batch: Batch, skipped: list[tuple[str, str]]) -> Iterator[tuple]:
    """(source, layout, data rows) of a text file (in the first encoding that shows a header), or of each sheet of
    a workbook that has one; raises UserError when there is none. Sheets passed over go to `skipped` as
    (sheet, BLANK or NO_HEADER)."""
    first_error: str | None = None
    found = text = False
    for source in readers.sources(plan.path):
        text = source.sheet is None
        rows = source.rows()
        try:
            head = list(islice(rows, SCAN_ROWS + 2))
        except UserError as e:
            first_error = first_error or e.message
            continue
        layout = detect_layout(head, batch, source.merged, places(plan, source.sheet))
        if layout is not None:
            _choose_staff(layout, head, batch)
            _span_or_times_of_day(layout, head)
            found = True
            yield source, layout, chain((r for r in head if r[0] >= layout.data_start), rows)
            if source.sheet is None:
                return
            continue
        rows.close()
        blank = not any(any(cell_text(c).strip() for c in cells) for _, cells in head)
        if source.sheet is not None:
            skipped.append((source.sheet, BLANK if blank else NO_HEADER))
        elif blank and not readers.excel_named(plan.path):
            raise UserError(t("「{file}」里没有任何内容", file=plan.name))
    if found:
        return
    if text and readers.excel_named(plan.path):  # neither a workbook nor text with a header
        raise readers.not_excel(plan.path)
    if skipped and all(why == BLANK for _, why in skipped):
        raise UserError(t("「{file}」里没有任何内容", file=plan.name))
    raise UserError(first_error or t(
        "「{file}」里找不到表头：前 {n} 行中没有同时包含客服列（如「客服」「旺旺」「子账号」）和数据列（如「销售额」"
        "「询单人数」）的一行", file=plan.name, n=SCAN_ROWS))


def merged_down(rows: Iterator, source: readers.Source, layout: Layout, plan: FilePlan) -> Iterator:
    """The rows under the header, with a name or date merged down over several rows (a day's date merged over its
    rows in a tidied workbook, an HTML rowspan) given to each of them, as Excel shows it; the preview says so.
    Value columns are left as they are: a number merged over rows belongs to none of them alone."""
    columns = {c.index: c.header for c in (layout.staff, layout.date, layout.date_end) if c is not None}
    if not source.merged and source.markup != "html":  # a CSV: nothing is merged
        return rows
    return _carry_down(rows, source.merged, columns, plan)


def _carry_down(rows: Iterator, merged: list, columns: dict[int, str], plan: FilePlan) -> Iterator:
    starts: dict[int, list[tuple[int, int, int]]] = {}  # first row of a merged range → (last row, col0, col1)
    seen = 0  # ranges looked at (an HTML table adds them as it is read)
    carried: dict[int, tuple[int, int, object]] = {}  # column → (first row, last row, value) of its range
    said: set[int] = set()
    for number, cells in rows:
        if seen < len(merged):
            for r0, c0, r1, c1 in merged[seen:]:
                if r1 > r0 and any(c0 <= c <= c1 for c in columns):
                    starts.setdefault(r0, []).append((r1, c0, c1))
            seen = len(merged)
        for r1, c0, c1 in starts.pop(number, ()):
            value = cells[c0] if c0 < len(cells) else None
            carried.update((c, (number, r1, value)) for c in columns if c0 <= c <= c1)
        for c, (first, last, value) in list(carried.items()):
            if number > last:
                del carried[c]
            elif number > first and (c >= len(cells) or not cell_text(cells[c]).strip()):
                cells = list(cells) + [None] * (c + 1 - len(cells))
                cells[c] = value
                if c not in said:
                    said.add(c)
                    plan.notes.append(t("「{header}」列有合并的单元格（如第 {first}–{last} 行）：合并范围内的每一行都按它的值读取",
                                        header=columns[c], first=first, last=last))
        yield number, cells


def places(plan: FilePlan, sheet: str | None) -> list[tuple[str, str]]:
    """Where a report says what it holds, besides the lines above its header: (where, text)."""
    return [(t("工作表名"), sheet or ""), (t("文件名"), plan.path.stem)]


def detect_layout(head: list, batch: Batch, merged: list | None = None,
                  context: list[tuple[str, str]] | None = None) -> Layout | None:
    """The header among `head`, its columns mapped by hand (or remembered) and its 金额 read by what the report's
    titles, sheet or file name (`context`) say it is."""
    layout = detect(head, batch.synonyms, merged)
    if layout is None:  # a header whose only value columns are mapped by hand (now, or at an earlier import)
        layout = detect(head, batch.synonyms, merged, _rules(_normalized(batch.options.column_map), batch),
                        lambda signature: _rules(batch.remembered(signature), batch))
    if layout is not None:
        manual = _manual_rules(layout, batch)
        by_context, read_as, unsure = _by_context(layout, context or [], manual, batch)
        if manual or by_context:  # none found: every value column is set to be ignored (the file's error says so)
            layout = detect(head, batch.synonyms, merged, {**by_context, **manual}) or _ignored_by_hand(layout, manual)
            layout.displaced = _displaced_notes(layout, batch)
        read = {c.header for c in layout.columns}
        layout.read_as = {header: why for header, why in read_as.items() if header in read}
        layout.unsure_why = unsure
    return layout


def _ignored_by_hand(layout: Layout, manual: dict[str, ColumnRule]) -> Layout:
    layout.leave_unread({header for header, rule in manual.items() if rule.role == "ignore"})
    return layout


def _displaced_notes(layout: Layout, batch: Batch) -> list[str]:
    """A column not read because one mapped by hand (now, or remembered) gives its metric: said, naming both — the
    wizard still lists it as recognised."""
    read = {c.index for c in layout.columns}
    by_hand = {c.rule.slot: c for c in layout.columns if c.rule and c.rule.role == "metric" and c.rule.priority < 0}
    notes = []
    for column in layout.all_headers():
        rule = column.rule
        other = by_hand.get(rule.slot) if rule and rule.role == "metric" and column.index not in read else None
        if other is not None and normalize_header(other.header) != normalize_header(column.header):  # not a twin
            notes.append(t("「{header}」列没有读取：「{other}」列指定为了同一个指标「{metric}」", header=column.header,
                           other=other.header, metric=batch.metrics.get(rule.metric).shown_name))
    return notes


BY_CONTEXT = 1000  # a column read by its context gives way to one whose own header names the metric


def _by_context(layout: Layout, context: list[tuple[str, str]], manual: dict[str, ColumnRule],
                batch: Batch) -> tuple[dict[str, ColumnRule], dict[str, str], dict[str, str]]:
    """For each header that may be one of several metrics (金额): a rule when the report's words name exactly one
    of them, with the note that says why; otherwise why it stays unsure."""
    rules: dict[str, ColumnRule] = {}
    read_as: dict[str, str] = {}
    unsure: dict[str, str] = {}
    report = [(t("标题"), " ".join(layout.titles)), *context]
    for column in layout.unsure:
        key = normalize_header(column.header)
        rule = column.rule
        if key in manual or rule is None:
            continue
        group = column.header.rpartition("/")[0]  # a two-row header's group above it: 售后 over 金额
        texts = [(t("表头"), group), *report] if group else report
        found = [(metric, where, word) for where, text in texts for metric, words in rule.choices
                 for word in words if word in batch.synonyms.plain(text)]
        metrics = list(dict.fromkeys(metric for metric, _, _ in found))
        if len(metrics) == 1:
            metric, where, word = found[0]
            rules[key] = ColumnRule("metric", metric=metric, kind=rule.kind, scale=rule.scale, priority=BY_CONTEXT)
            read_as[column.header] = t("「{header}」列读作「{metric}」（{where}里有「{word}」）", header=column.header,
                                       metric=batch.metrics.get(metric).shown_name, where=where, word=word)
            continue
        if not found:
            why = t("（标题、工作表名和文件名里都没有说明）")
        elif len({where for _, where, _ in found}) == 1:
            first = [next(word for m, _, word in found if m == metric) for metric in metrics]
            why = t("（{where}里既有「{one}」，又有「{other}」）", where=found[0][1], one=first[0], other=first[1])
        else:
            why = t("（{places}）", places=joined((t("{where}里有「{word}」", where=where, word=word)
                                                  for _, where, word in found), separator="，"))
        unsure[column.header] = t("看不出是{choices}{why}", why=why, choices=t("还是").join(
            t("「{metric}」", metric=batch.metrics.get(metric).shown_name) for metric, _ in rule.choices))
    return rules, read_as, unsure


def read_or_said_unsure(plan: FilePlan, layout: Layout) -> bool:
    """The notes on columns read by what the report says they are (金额 in a 销售 report), and on those that could
    not be: False (an error of the file) when they are all its value columns."""
    plan.notes.extend([*layout.read_as.values(), *layout.displaced])
    if any(c.rule and c.rule.role in ("metric", "rating") for c in layout.columns):
        plan.notes.extend(t("「{header}」列没有读取：{why}。如要导入，请在导入向导的「处理未识别项」里指定它对应的指标"
                            "（命令行加 --map {header}=指标；导入后记住，表头相同的文件以后自动使用），或把表头改为其中一个名称",
                            header=header, why=why)
                          for header, why in layout.unsure_why.items())
        return True
    if not layout.unsure_why:  # its only value column set to be ignored by hand
        plan.error(None, None, "", t("没有可读取的数据列：数据列都设为了忽略"))
        return False
    plan.needs_columns = True
    plan.error(None, None, "", t("没有可读取的数据列：{columns}。请在导入向导的「处理未识别项」里指定它对应的指标"
                                 "（命令行加 --map 列名=指标），或把表头改为其中一个名称后重新导入", columns=joined((t("「{header}」{why}", header=header, why=why)
                                                        for header, why in layout.unsure_why.items()), separator="；")))
    return False


def _manual_rules(layout: Layout, batch: Batch) -> dict[str, ColumnRule]:
    return _rules({**batch.remembered(layout.signature()), **_normalized(batch.options.column_map)}, batch)


def _normalized(mapping: dict[str, str | None]) -> dict[str, str | None]:
    return {normalize_header(h): m for h, m in mapping.items()}


def _rules(mapping: dict[str, str | None], batch: Batch) -> dict[str, ColumnRule]:
    """Rules for headers mapped by hand (normalised header → metric key, or None to ignore the column)."""
    rules: dict[str, ColumnRule] = {}
    for header, key in mapping.items():
        if not key:
            rules[header] = ColumnRule("ignore")
            continue
        metric = batch.metrics.get(key)
        kind = {"yuan": "money", "percent": "rate", "seconds": "duration"}.get(metric.unit, "number")
        scale = money_scale(header) if kind == "money" else 1  # mapped by hand, the header's unit still holds
        rules[header] = ColumnRule("metric", metric=metric.key, kind=kind, priority=-1, max_percent=None, scale=scale)
    return rules


def _choose_staff(layout: Layout, head: list, batch: Batch) -> None:
    """With both a nickname column (客服昵称) and a sub-account column (子账号, 旺旺), read the people from the one
    whose values name them; on a tie, the synonym table's order."""
    if len(layout.staff_options) < 2:
        return
    sample = [cells for number, cells in head if number >= layout.data_start]

    def named(column: Column) -> int:
        return sum(1 for cells in sample if column.index < len(cells)
                   and batch.matcher.match(cell_text(cells[column.index]).strip()).staff_id is not None)
    best = max(layout.staff_options, key=named)  # the first of the best: options are in preferred order
    if named(best) > named(layout.staff):  # type: ignore[arg-type]
        layout.use_staff(best)


_TIME_OF_DAY = re.compile(r"\d{1,2}[:：]\d{2}(?:[:：]\d{2})?")


def _span_or_times_of_day(layout: Layout, head: list) -> None:
    """开始时间 | 结束时间 whose first rows hold times of day only (09:00 | 18:00: a shift, a session) are no span:
    they are left unread like any column the reader does not know, rather than every row refused for its date."""
    if layout.date is None or layout.date_end is None:
        return
    cells = [row[c.index] for number, row in head if number >= layout.data_start
             for c in (layout.date, layout.date_end) if c.index < len(row) and cell_text(row[c.index]).strip()]
    if cells and all(isinstance(c, time) or _TIME_OF_DAY.fullmatch(cell_text(c).strip()) for c in cells):
        layout.drop_span()


def name_sheets(plans: list[FilePlan], skipped: list[tuple[str, str]]) -> None:
    """Several sheets read: each plan is named with its sheet. Sheets not read are listed on the first plan."""
    if len(plans) > 1:
        for p in plans:
            p.label = t("{file} 工作表「{sheet}」", file=p.path.name, sheet=p.sheet)
            p.errors = [replace(e, file=p.name) for e in p.errors]
    reasons = {BLANK: t("空白"), NO_HEADER: t("没有可识别的表头"), HEADER_ONLY: t("只有表头，没有数据")}
    if skipped and plans[0].header_row is not None:
        plans[0].notes.append(t("未读取的工作表：{sheets}", sheets=joined(
            t("{sheet}（{why}）", sheet=name, why=reasons[why]) for name, why in skipped)))
