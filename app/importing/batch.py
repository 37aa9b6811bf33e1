"""After every file of a preview is staged: duplicates, one person under two sub-accounts (in one sheet, or in
sheets of one workbook), the same cell in two files, and the new / changed / unchanged counts."""

from __future__ import annotations

from datetime import date

from app.i18n import joined, t
from app.importing.kept_shares import keep_other_shares
from app.importing.matching import StaffMatcher
from app.importing.merge_notes import account_in, both, day_of, merged_line, person_named, unmerged
from app.importing.merge_values import merge_rows
from app.importing.model import VALUES_LISTED, FilePlan, ImportPlan
from app.importing.note_groups import ORDINARY, ROUTINE, Note, important
from app.importing.other_accounts import refuse_other_accounts, stray_account
from app.importing.period import shown_days, span_label
from app.metrics import MetricRegistry
from app.store.imports import ImportRepo

LISTED_ROWS = 5  # rows named in one message: a detail report repeats a person thousands of times a day


def settle(plan: ImportPlan, repo: ImportRepo, metrics: MetricRegistry, today: date | None = None,
           matcher: StaffMatcher | None = None) -> None:
    repo.stage_indexed(len(plan.files) > 1)
    if any(f.may_repeat_rows for f in plan.files):
        _duplicates(plan, repo)
        _combine(plan, repo, metrics, matcher)
    if len(plan.files) > 1:
        _combine_sheets(plan, repo, metrics)
        _cross_file(plan, repo, metrics)
    keep_other_shares(plan, repo, metrics)
    refuse_other_accounts(plan, repo)
    count(plan, repo)
    if any(f.target == "period" for f in plan.files) and repo.period_overlaps_daily():
        for f in plan.files:
            if f.target == "period":
                f.notes.append(t("这段时间已有每日数据：报表的合计取代它时间段内的每日数据，时间段之外的每日数据另加（跨月的合计不计入）"))
    _note_daily_under_totals(plan, repo, metrics, today)
    _note_totals_overlapped_in_part(plan, repo)


def _note_totals_overlapped_in_part(plan: ImportPlan, repo: ImportRepo) -> None:
    """A total overlapping an imported one of its month in part: the board counts one of the two whole (the one
    ending later), so the days only the other held count nothing — said, not found on the board."""
    if not any(f.target == "period" for f in plan.files):
        return
    for index, spans in repo.totals_overlapped_in_part().items():
        f = plan.files[index]
        imported = joined(shown_days(a, b) for other, a, b in spans if other is None)
        alongside = joined(t("「{file}」的 {days}", file=plan.files[other].name, days=shown_days(a, b))
                           for other, a, b in spans if other is not None)
        for text in filter(None, (imported and t("已导入的 {others}", others=imported),
                                  alongside and t("同时导入的{others}", others=alongside))):
            f.notes.append(important(t("统计时间 {span} 与{others} 的合计部分重叠：部分重叠的两份合计只计入结束得晚的一份，"
                                       "另一份只有它有的日子也不再计入看板和评奖。请导出从当月 1 日起的合计，整份取代之前的",
                                       span=span_label(f.period), others=text)))


def _note_daily_under_totals(plan: ImportPlan, repo: ImportRepo, metrics: MetricRegistry, today: date | None) -> None:
    """Daily values of a summed metric on days an imported total (a month report) holds are kept but do not
    count — as the 数据 page refuses such a value typed by hand: said, not left to be found on the grid. A
    total whose last day has not passed does not count yet (the import said so), nor hold its days."""
    if not any(f.target == "daily" for f in plan.files):
        return
    summed = [m.key for m in metrics.stored if m.aggregation == "sum"]
    held = repo.daily_under_totals(summed, before=today)
    for f in plan.files:
        if held.get(f.index):
            f.daily_under_totals = sorted(held[f.index])
            names = joined(metrics.get(k).shown_name for k in held[f.index])
            f.notes.append(important(t("{metrics}的部分日子已有导入的期间合计（如月报）：这些逐日数据会保存，但不计入"
                                       "（看板、评奖按那份合计计算；数据页上显示为灰色）", metrics=names)))


def count(plan: ImportPlan, repo: ImportRepo) -> None:
    """The rows that are new, changed or unchanged against the shop as it is now, and the first values changed and
    new (a first import of a month has only new ones: the preview shows what it read)."""
    states = repo.row_states()
    for f in plan.files:
        found = states.get(f.index, {})
        f.unchanged, f.new, f.changed = found.get(0, 0), found.get(1, 0), found.get(2, 0)
    listed = VALUES_LISTED + 1
    plan.changes = repo.changes(listed) if any(f.changed for f in plan.files) else []
    # a changed row may write new values too (a column the earlier export did not have)
    plan.new_values = repo.changes(listed, state=1) if any(f.new or f.changed for f in plan.files) else []


def _staff_header(f: FilePlan) -> str:
    return next((h for h, role in f.columns.items() if role == "staff"), t("客服"))


def _duplicates(plan: ImportPlan, repo: ImportRepo) -> None:
    for file, name, start, end, rows in repo.duplicate_names():
        f = plan.files[file]
        if f.table_starts and len({f.table_of(r) for r in rows}) == len(rows):
            continue  # one row in each of two tables of the sheet (售前 and 售后): put together below, if they can be
        if _kept_once(f, repo, rows):
            continue
        if start != end:  # a report over a span: the person twice for the same period
            reason = t("同一客服在同一段时间（{span}）出现了 {n} 次（第 {rows} 行{more}），无法判断以哪一行为准",
                       span=shown_days(start, end), n=len(rows),
                       rows=joined(map(str, rows[:LISTED_ROWS])), more=t("等") if len(rows) > LISTED_ROWS else "")
        elif len(rows) <= LISTED_ROWS:
            reason = t("同一客服在同一天（{day}）出现了 {n} 次（第 {rows} 行），无法判断以哪一行为准", day=shown_days(start, end),
                       n=len(rows), rows=joined(map(str, rows)))
        else:  # a row per conversation or order: a detail report, not the per-person summary
            reason = t("同一客服在同一天（{day}）出现了 {n} 次（第 {rows} 行等），无法判断以哪一行为准。这像是明细表（每次接待或每笔"
                       "订单一行）：请导出按客服、按天汇总的绩效报表", day=shown_days(start, end), n=len(rows),
                       rows=joined(map(str, rows[:LISTED_ROWS])))
        for row in rows:
            f.error(row, _staff_header(f), name, reason)
        repo.drop_rows(file, rows)


def _kept_once(f: FilePlan, repo: ImportRepo, rows: list[int]) -> bool:
    """The same name and day on a few rows giving the same values (two exports pasted into one sheet, a page's
    last line again on the next): nothing to choose between, so the first row is kept and the others skipped
    (`FilePlan.copied_rows`, said with the other skipped rows). Values are compared as read (100 and 100.00), the
    cells of the columns not read as written: rows differing there (备注, 时间) are two records, refused as before."""
    first = sorted(repo.row_cells(f.index, rows[0]))
    if len(rows) > LISTED_ROWS or any(sorted(repo.row_cells(f.index, row)) != first for row in rows[1:]):
        return False
    if len(repo.unread_texts(f.index, rows)) > 1:
        return False
    repo.drop_rows(f.index, rows[1:])
    f.skipped += len(rows) - 1
    f.copied_rows += rows[1:]
    return True


def _combine(plan: ImportPlan, repo: ImportRepo, metrics: MetricRegistry, matcher: StaffMatcher | None) -> None:
    """Two sub-accounts of one person on one day: counts and money are added, averages weighted. An average that
    has no weight in the report (a 满意率 without 评价数) is left unknown for that day, and the preview says so.
    A row naming the person without a store (her name, or the nickname of her sub-accounts) is not added to them:
    see `_bare_names`."""
    for file, staff_id, rows in repo.shared_days():
        f = plan.files[file]
        if matcher is not None:
            rows = _bare_names(plan, repo, metrics, matcher, (file, staff_id), rows)
            if len(rows) < 2:
                continue
        per_row = {row: repo.row_cells(file, row) for row in rows}
        clash = _tables_clash(f, per_row)
        if clash:
            for row in rows:
                f.error(row, f.metric_headers.get(clash, clash), "",
                        t("同一员工同一天在两张表里都有「{metric}」（第 {rows} 行），无法判断以哪一个为准",
                          metric=metrics.get(clash).shown_name, rows=joined(map(str, rows))))
            repo.drop_rows(file, rows)
            continue
        merged, unknown = merge_rows(metrics, list(per_row.values()))
        repo.replace_cells(file, rows, rows[0], [(file, rows[0], *cell[:4], staff_id, *cell[4:], 0) for cell in merged])
        listed = joined(map(str, rows))
        span = _span_of(per_row.values())
        who, day = person_named(plan, staff_id), day_of(per_row.values())
        if len({f.table_of(r) for r in rows}) > 1:
            f.notes.append(Note(t("第 {rows} 行是{who}同一天在不同表里的数据，已合在一起", rows=listed, who=who), ROUTINE,
                                (t("{who}：{days}（{n} 天）在不同表里的数据已合在一起"), {"who": who}), day)
                           if span is None else
                           Note(t("第 {rows} 行是{who} {span} 在不同表里的数据，已合在一起", rows=listed, who=who, span=span), ROUTINE))
        else:
            names = repo.row_names(file, rows)
            accounts = both(names[r] for r in rows)
            f.notes.append(Note(t("第 {rows} 行是{who}的不同子账号，已合并为一人一天", rows=listed, who=who), ROUTINE,
                                (merged_line(), {"who": who, "accounts": accounts}), day) if span is None else
                           Note(t("第 {rows} 行是{who}的不同子账号，已合并为一人 {span} 的合计", rows=listed, who=who, span=span),
                                ROUTINE))
        for key in unknown:
            metric = metrics.get(key)
            f.notes.append(unmerged(t("第 {rows} 行", rows=listed), metric, metrics, span, who, day))


def _bare_names(plan: ImportPlan, repo: ImportRepo, metrics: MetricRegistry, matcher: StaffMatcher,
                person: tuple[int, int], rows: list[int]) -> list[int]:
    """One table's rows of one person on one day, some under sub-accounts (店铺:昵称), some under a bare name or
    nickname: the bare row is most often the same data again (a copy, or the person's total over the sub-accounts),
    and adding it would count the day twice. When it equals the sub-accounts (added up) it is kept once and the
    preview says so; when it does not, which is right cannot be told: all the rows are errors. In an export without
    store names (no sub-account in the rows) the nicknames of her sub-accounts are her accounts, added up; her own
    name beside them is compared with them in the same way when it is the nickname of none of her sub-accounts.
    Returns the rows still to be put together."""
    file, staff_id = person
    f = plan.files[file]
    if len({f.table_of(r) for r in rows}) > 1:
        return rows
    names = repo.row_names(file, rows)
    bare = [r for r in rows if ":" not in names[r] and (staff_id < 0 or matcher.match(names[r]).via in ("name",
                                                                                                     "nickname"))]
    accounts = [r for r in rows if r not in bare]
    nicknames = not accounts  # an export without store names: the nicknames of her sub-accounts are accounts,
    if nicknames and staff_id > 0:  # her name beside them — the nickname of none of them — is her total or a copy
        accounts = [r for r in bare if not matcher.whole_person(staff_id, names[r])]
        bare = [r for r in bare if r not in accounts]
    if not bare or not accounts:
        return rows
    cells = {r: repo.row_cells(file, r) for r in rows}
    merged, unknown = merge_rows(metrics, [cells[r] for r in accounts])
    added_up = {(c[0], c[1]): tuple(c[4:6]) for c in merged}
    same = all({(c[0], c[1]): tuple(c[4:6]) for c in cells[r] if c[1] not in unknown} == added_up for r in bare)
    span = _span_of([cells[rows[0]]])
    when = t("同一天") if span is None else t("同一段时间（{span}）", span=span)
    day = day_of([cells[rows[0]]])
    if not same:
        listed = joined(t("第 {row} 行「{name}」", row=r, name=names[r]) for r in rows)
        dated = t("同一天（{day}）", day=shown_days(*cells[rows[0]][0][2:4])) if span is None else when
        reason = t("同一人{when}既有子账号、又有不带店铺名的名称（{rows}），数值却不同：不带店铺名的一行可能是重复或汇总（相加会多算），"
                   "也可能是另一个账号，无法判断。请删去多余的一行；如果确是两个账号、应当相加，请把那一行的名称改为完整的子账号（店铺名:昵称）",
                   rows=listed, when=dated) if not nicknames else \
            t("同一人{when}既有姓名、又有子账号的昵称（{rows}），数值却不同：姓名这一行可能是重复或按人汇总的一行（相加会多算），"
              "也可能是另一个账号，无法判断。请删去多余的一行；如果确是另一个账号、应当相加，请在员工资料里把它添加为子账号（店铺名:昵称）",
              rows=listed, when=dated)
        for r in rows:
            f.error(r, _staff_header(f), names[r], reason)
        repo.drop_rows(file, rows)
        return []
    for r in bare:
        group = (t("{who}：「{name}」这一行 {days}（{n} 天）都与子账号（{accounts}）的数值相同，只计子账号、没有再加一次"
                   "（这一行像是重复的一行，或按人汇总的一行）"),
                 {"who": person_named(plan, staff_id), "name": names[r], "accounts": both(names[a] for a in accounts)})
        if nicknames and len(accounts) == 1:
            f.notes.append(Note(t("第 {row} 行「{name}」（姓名）与{when}子账号昵称的第 {other} 行数值相同，只计昵称的那一行、没有再加一次"
                                  "（姓名这一行像是重复的一行，或按人汇总的一行）", row=r, name=names[r], when=when,
                                  other=accounts[0]), ORDINARY, group, day))
        elif nicknames:
            f.notes.append(Note(t("第 {row} 行「{name}」（姓名）与{when}子账号昵称的第 {rows} 行（相加后）数值相同，只计昵称的行、没有再加一次"
                                  "（姓名这一行像是重复的一行，或按人汇总的一行）", row=r, name=names[r], when=when,
                                  rows=joined(map(str, accounts))), ORDINARY, group, day))
        elif len(accounts) == 1:
            f.notes.append(Note(t("第 {row} 行「{name}」（姓名，没有店铺名）与第 {other} 行「{account}」（子账号）是同一人{when}的相同数据，"
                                  "只计一次、没有相加（不带店铺名的这一行像是重复的一行，或按人汇总的一行）", row=r, name=names[r],
                                  other=accounts[0], account=names[accounts[0]], when=when), ORDINARY, group, day))
        else:
            f.notes.append(Note(t("第 {row} 行「{name}」（姓名，没有店铺名）等于{when}子账号第 {rows} 行之和，只计子账号各行、没有再加一次"
                                  "（不带店铺名的这一行像是按人汇总的一行）", row=r, name=names[r], when=when,
                                  rows=joined(map(str, accounts))), ORDINARY, group, day))
    for r in bare:  # its values are not written again; the row stays read, its name a name of the person's day
        for cell in cells[r]:
            repo.delete_cell(file, r, cell[0], cell[1])
    return accounts


def _combine_sheets(plan: ImportPlan, repo: ImportRepo, metrics: MetricRegistry) -> None:
    """Sheets of one workbook (one per store), then files of one import (each store's export), with different whole
    sub-accounts (店铺:昵称) of one person on one day: put together as within a sheet. The same sub-account again
    in a further sheet or file is a copy or a conflict, as in two files. A row found by a bare name or nickname (a
    汇总 sheet may give the person's total) is never added to others: `_cross_file` keeps it once when it equals
    them, and calls it a conflict when it does not. Sheets and files are looked at in one pass: a sub-account
    repeated in a further file is compared with its own row, not with a workbook's rows already added up."""
    _combine_accounts(plan, repo, metrics, [f.index for f in plan.files])


def _combine_accounts(plan: ImportPlan, repo: ImportRepo, metrics: MetricRegistry, files: list[int]) -> None:
    for staff_id, found in repo.merges.shared_days_across(files):
        kept: list[tuple[int, int, frozenset[str]]] = []
        for file, row, names, whole in found:
            if not whole:
                continue
            earlier = next(((f, r) for f, r, seen in kept if seen & names), None)
            if earlier is not None:
                _repeated(plan, repo, metrics, (file, row), earlier)
            else:
                kept.append((file, row, names))
        if len(kept) < 2:
            continue
        rows = [(file, row) for file, row, _ in kept]
        merged, unknown = merge_rows(metrics, [repo.row_cells(file, row) for file, row in rows])
        first_file, first_row = rows[0]
        repo.merges.merge_across(rows, [(first_file, first_row, *cell[:4], staff_id, *cell[4:], 0) for cell in merged])
        one_book = len({plan.files[file].book for file, _ in rows}) == 1
        listed = joined(t("工作表「{sheet}」第 {row} 行", sheet=plan.files[file].sheet, row=row) if one_book else
                        t("「{file}」第 {row} 行", file=plan.files[file].name, row=row) for file, row in rows)
        notes = plan.files[first_file].notes
        span = _span_of([merged])
        who, day = person_named(plan, staff_id), day_of([merged])
        accounts = both(account_in(plan, file, row, one_book, repo.row_names(file, [row])[row]) for file, row in rows)
        notes.append(Note(t("{rows} 是{who}的不同子账号，已合并为一人一天", rows=listed, who=who), ROUTINE,
                          (merged_line(), {"who": who, "accounts": accounts}), day) if span is None else
                     Note(t("{rows} 是{who}的不同子账号，已合并为一人 {span} 的合计", rows=listed, who=who, span=span), ROUTINE))
        for key in unknown:
            notes.append(unmerged(listed, metrics.get(key), metrics, span, who, day))


def _span_of(rows) -> str | None:  # type: ignore[no-untyped-def]
    """The span rows put together cover, as a label (2026年10月1日 至 2026年10月31日), or None for one day. Each
    cell starts (target, metric, start, end, …)."""
    for cells in rows:
        for cell in cells:
            start, end = cell[2], cell[3]
            return None if start == end else shown_days(start, end)
    return None


def _tables_clash(f: FilePlan, per_row: dict[int, list]) -> str | None:
    """A metric given for one person and day by two tables of the sheet: which is right cannot be told."""
    if not f.table_starts:
        return None
    seen: dict[str, int] = {}
    for row, cells in per_row.items():
        table = f.table_of(row)
        for cell in cells:
            if seen.setdefault(cell[1], table) != table:
                return cell[1]
    return None


def _cross_file(plan: ImportPlan, repo: ImportRepo, metrics: MetricRegistry) -> None:
    """The same person, day and metric in two files of one import: equal values are kept once; different
    values are an error in the later file."""
    for target, metric, _start, _end, _staff, found in repo.merges.cross_file():
        first_file, first_row, first_value, first_pending = found[0]
        for file, row, value, pending in found[1:]:
            if file != first_file:
                _same_cell(plan, repo, metrics, (file, row, target, metric, value, pending),
                           (first_file, first_row, first_value, first_pending))


def _repeated(plan: ImportPlan, repo: ImportRepo, metrics: MetricRegistry, later: tuple[int, int],
              first: tuple[int, int]) -> None:
    """A row of a sheet naming a sub-account an earlier sheet of the workbook gave for that day: each value it
    shares with the earlier row is a copy (kept once) or a conflict (the row is an error)."""
    given = {(target, metric): (value, pending) for target, metric, _s, _e, value, pending in repo.row_cells(*first)}
    for target, metric, _start, _end, value, pending in repo.row_cells(*later):
        if (target, metric) in given and not _same_cell(plan, repo, metrics, (*later, target, metric, value, pending),
                                                        (*first, *given[target, metric])):
            return


def _same_cell(plan: ImportPlan, repo: ImportRepo, metrics: MetricRegistry, cell: tuple, first: tuple) -> bool:
    """cell (file, row, target, metric, value, pending) given again after first (file, row, value, pending): an equal
    value is dropped as a copy (True); a different one makes the later row an error, dropped (False)."""
    file, row, target, metric, value, pending = cell
    first_file, first_row, first_value, first_pending = first
    if value == first_value and pending == first_pending:
        repo.delete_cell(file, row, target, metric)
        return True
    f = plan.files[file]
    m = metrics.get(metric)
    header = f.metric_headers.get(metric, m.name)
    where = f.merged_rows.get(row)
    if where is None:  # the first of its values in conflict: the rows put together into it go with it
        parts = repo.merges.merged_with(file, row)
        where = f.merged_rows[row] = joined(_row_label(plan, file, other_file, other_row)
                                              for other_file, other_row in parts)
        for other_file, other_row in parts:
            plan.files[other_file].error(other_row, header, "", t("已与{row}合并为同一员工同一天，随它一起出错（见该行）",
                                                                 row=_row_label(plan, other_file, file, row)))
    f.error(row, header, m.format(value, empty=t("延迟统计"), grouped=False),  # the cell's value, as files write it
            (t("（本行与{rows}合并后的值）", rows=where) if where else "")
            + t("与「{other}」第 {row} 行的值 {value} 不同", other=plan.files[first_file].name, row=first_row,
                value=m.format(first_value, empty=t("延迟统计")))
            + _not_added(plan, repo, (file, row), (first_file, first_row)))
    repo.drop_rows(file, [row])
    return False


def _not_added(plan: ImportPlan, repo: ImportRepo, row: tuple[int, int], first: tuple[int, int]) -> str:
    """Why two sub-accounts of one person were compared and not added up, when one is not hers (`stray_account`);
    said once, with the row's first value in conflict (the row is dropped then)."""
    later, earlier = repo.merges.row_account(*row), repo.merges.row_account(*first)
    if later is None or earlier is None or later[0] == earlier[0]:
        return ""
    advice = stray_account(plan, repo, *row) or stray_account(plan, repo, *first)
    return t("。{advice}", advice=advice) if advice else ""


def _row_label(plan: ImportPlan, here: int, file: int, row: int) -> str:
    """Row `row` of `file`, as said in a message about `here`: 第 4 行, 工作表「母婴店」第 4 行, 「b.csv」第 4 行."""
    if file == here:
        return t("第 {row} 行", row=row)
    other = plan.files[file]
    if other.sheet and other.book == plan.files[here].book:
        return t("工作表「{sheet}」第 {row} 行", sheet=other.sheet, row=row)
    return t("「{file}」第 {row} 行", file=other.name, row=row)
