"""What a preview produces: per file, its layout, counts, unknown names and every error."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from app.clock import shown_stamp
from app.domain import normalize_alias
from app.i18n import joined, t
from app.importing.encoding import contract_name
from app.importing.note_groups import grouped, numbers_label
from app.importing.rounding import RoundedColumn
from app.importing.skipped_rows import skipped_said
from app.importing.twin_columns import Twins
from app.periods import Month, parse_period, shown_date, shown_month_day
from app.services.approved import unconfirmed_message
from app.store.import_log import ImportRecord
from app.store.import_staging import CellChange

VALUES_LISTED = 200  # values changed, and new, the check step lists; one more is read to tell there are more


@dataclass(frozen=True)
class RowError:
    file: str
    row: int | None  # 1-based as Excel shows it; None for a problem with the whole file
    column: str | None
    value: str
    reason: str
    rows: tuple[int, ...] = ()  # an error said once for several rows: all of them (`row` is the first)

    def rows_shown(self) -> str:
        """2–31、35 for an error of several rows, else its row (nothing for the whole file's)."""
        return numbers_label(list(self.rows)) if self.rows else "" if self.row is None else str(self.row)

    def message(self) -> str:
        where = self.file
        if self.row is not None:
            several = len(self.rows) > 1  # English says "rows 2–31", not "row 2–31"
            where += t(" 第 {rows} 行", rows=self.rows_shown()) if several else t(" 第 {row} 行", row=self.rows_shown())
        if self.column:
            where += t("「{column}」列", column=self.column)
        value = t("「{value}」", value=self.value) if self.value else ""
        return t("{where}：{value}{reason}", where=where, value=value, reason=self.reason)

    def as_json(self) -> dict[str, object]:
        return {"row": self.row, "column": self.column, "value": self.value, "reason": self.reason,
                **({"rows": list(self.rows)} if self.rows else {})}


@dataclass
class ImportOptions:
    month: Month | None = None  # the period when the file does not say it
    # the wizard's month is for the files that need one: a file stating its own period keeps it, and rows with full
    # dates are not held to the month (the command line's --month also refuses a file stating another month)
    month_where_needed: bool = False
    create_staff: bool = False  # create a person for every unknown name
    skip_errors: bool = False  # commit the good rows, skip the rows in error
    staff_map: dict[str, int] = field(default_factory=dict)  # name in the report → existing person (alias kept)
    skip_staff: frozenset[str] = frozenset()  # names whose rows are skipped
    remember_skip: frozenset[str] = frozenset()  # of those, the names every later import skips too (kept at commit)
    column_map: dict[str, str | None] = field(default_factory=dict)  # header → metric key (None: ignore)
    confirm_approved: bool = False  # allow changing a period whose awards are approved


@dataclass
class NicknameMatch:
    """Rows under a sub-account no one has, given to a person only by the part after its colon
    (`Match.by_nickname`): said in the preview, where the owner confirms it as hers, maps it or skips it."""
    name: str  # normalised, as the report wrote it
    staff_id: int
    person: str  # the person as messages name her (her name; with her number when someone shares it)
    first_row: int
    rows: int = 0

    def said(self) -> str:
        return t("{name} → {person}（按昵称对应，未登记此子账号）", name=self.name, person=self.person)

    def pair(self) -> str:
        """Whom it went to, where the line already says it was by nickname: 别家店:小美 → 小美."""
        return f"{self.name} → {self.person}"

    def as_json(self) -> dict[str, object]:
        return {"name": self.name, "staff_id": self.staff_id, "person": self.person, "row": self.first_row,
                "rows": self.rows}


@dataclass
class FilePlan:
    index: int
    path: Path
    content_hash: str = ""
    encoding: str | None = None
    sheet: str | None = None
    header_row: int | None = None
    header_rows: int = 1
    columns: dict[str, str] = field(default_factory=dict)  # header → metric key (or staff / date / ratings)
    ignored_columns: list[str] = field(default_factory=list)  # every header not read, in the file's order
    twins: dict[str, Twins] = field(default_factory=dict)  # a header two or more columns carry → their letters
    # the five-grade rating columns (很满意…很不满): each feeds 评价数, the first two 满意数 too; their `columns`
    # entry says "ratings", like a plain 评价数 column's
    rating_columns: set[str] = field(default_factory=set)
    mappable_columns: list[str] = field(default_factory=list)  # those of them the user may map to a metric
    period: tuple[date, date] | None = None
    target: str = "daily"  # daily | period (a month-total report)
    month_totals: bool = True  # every total row read spans one calendar month (整月合计, else 期间合计)
    new: int = 0
    changed: int = 0
    unchanged: int = 0
    skipped: int = 0
    unknown_staff: list[str] = field(default_factory=list)
    unknown_rows: dict[str, list[int]] = field(default_factory=dict)  # name → [first row, rows]
    nickname_rows: dict[str, NicknameMatch] = field(default_factory=dict)  # name → its rows, by nickname only
    skipped_staff: dict[str, int] = field(default_factory=dict)  # a name chosen to be skipped → its rows here
    month_rows: set[int] = field(default_factory=set)  # rows whose dates lack the year: read once a month is given
    errors: list[RowError] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    error_rows: set[int] = field(default_factory=set)
    file_error: bool = False
    signature: str = ""
    headers: list[str] = field(default_factory=list)  # the header row's names, in the file's order (the signature's)
    metric_headers: dict[str, str] = field(default_factory=dict)  # metric key → header it came from
    label: str | None = None  # the name in messages when it is not just the file's (a sheet of a workbook)
    table_starts: list[int] = field(default_factory=list)  # header rows of further tables below the first
    no_data: bool = False  # a header with no row under it
    book: int = 0  # which of the chosen files this is from: the sheets of one workbook share it
    needs_month: bool = False  # neither the file nor its dates say the year or period: the month must be chosen
    needs_columns: bool = False  # no value column read, but some can be mapped by hand (处理未识别项, --map)
    merged_rows: dict[int, str] = field(default_factory=dict)  # a row in conflict → the rows put together into it
    totals_rows: list[int] = field(default_factory=list)  # rows skipped as totals rows (合计, 全部客服, no name)
    text_rows: list[tuple[int, str]] = field(default_factory=list)  # (row, text) of lines of one cell: 注：…, a title
    header_again_rows: list[int] = field(default_factory=list)  # the header row repeated (a paged export)
    copied_rows: list[int] = field(default_factory=list)  # a row repeated word for word (same name, day, values)
    daily_under_totals: list[str] = field(default_factory=list)  # metrics whose daily values an imported total holds
    may_repeat_rows: bool = True  # a name or person twice for one day may be staged (reading says when it cannot)
    rounded: dict[str, RoundedColumn] = field(default_factory=dict)  # header → its figures finer than kept, rounded

    @property
    def name(self) -> str:
        return self.label or self.path.name

    def table_of(self, row: int) -> int:
        """Which table of the sheet a row belongs to (0: the first)."""
        return bisect_right(self.table_starts, row)

    def error(self, row: int | None, column: str | None, value: str, reason: str) -> None:
        self.errors.append(RowError(self.name, row, column, value, reason))
        if row is None:
            self.file_error = True
        else:
            self.error_rows.add(row)

    def skipped_said(self) -> list[str]:
        return skipped_said(self)

    def counts(self) -> dict[str, int]:
        """Rows, by what the import does with them. A file that cannot be imported as a whole is not counted as a
        row in error: `ImportPlan.failed_files` counts it."""
        return {"new": self.new, "changed": self.changed, "unchanged": self.unchanged, "skipped": self.skipped,
                "errors": len(self.error_rows)}

    def as_json(self) -> dict[str, object]:
        return {
            "file": self.name,
            "encoding": contract_name(self.encoding),
            "header_row": self.header_row,
            "columns": dict(self.columns),
            "ignored_columns": list(self.ignored_columns),
            # a header several columns carry → the letter of the one read (null: none) and of the others
            "same_header_columns": {h: {"read": w.read, "not_read": list(w.not_read)} for h, w in self.twins.items()},
            "period": {"start": self.period[0].isoformat(), "end": self.period[1].isoformat()} if self.period else None,
            "new": self.new,
            "changed": self.changed,
            "unchanged": self.unchanged,
            "skipped": self.skipped,
            "unknown_staff": list(self.unknown_staff),
            # sub-accounts no one has, counted for a person by the part after the colon: {name, staff_id,
            # person, row (the first), rows}
            "nickname_matches": [m.as_json() for m in self.nickname_rows.values()],
            "errors": [e.as_json() for e in self.errors],
            "notes": list(self.notes),  # what the preview says besides errors (a total holding daily values …), each
            "note_lines": grouped(self.notes),  # … as the preview shows them: most important first, repeats grouped
            "totals_rows": list(self.totals_rows),  # rows skipped as totals rows
            "text_rows": [{"row": row, "text": text} for row, text in self.text_rows],  # lines of one cell, skipped
            "header_again_rows": list(self.header_again_rows),  # the header repeated, skipped
            "copied_rows": list(self.copied_rows),  # a row repeated word for word (name, day, values), skipped
            "daily_under_totals": list(self.daily_under_totals),  # metrics kept but not counted (a report holds them)
            # per column, its figures finer than the shop keeps (below the fen, beyond a metric's decimals), rounded
            # half up: {column, metric, count, row, value, kept} — the first of them as the file wrote it and as kept
            "rounded": [c.as_json() for c in self.rounded.values() if c.count],
        }


@dataclass(frozen=True)
class StandIn:
    """A person to be created at commit for names that match nobody (negative id while staged)."""

    id: int
    name: str
    keys: tuple[str, ...]


@dataclass(frozen=True)
class HireMove:
    """A person whose hire date an import set to the first day its files gave for them, now moved back to the first
    day of this import's rows dated before it (the owner typed no other date)."""

    staff_id: int
    name: str
    guessed: date  # the hire date an import gave them
    first: date  # the first day of this import's rows for them: the hire date it gives

    def message(self) -> str:
        same_year = self.guessed.year == self.first.year
        shown = shown_month_day if same_year else shown_date
        return t("{name}的入职日期由导入时按报表首日记的 {guessed} 改为 {first}", name=self.name,
                 guessed=shown(self.guessed), first=shown(self.first))

    def as_json(self) -> dict[str, object]:
        return {"staff_id": self.staff_id, "name": self.name, "from": self.guessed.isoformat(),
                "to": self.first.isoformat()}


@dataclass
class ImportPlan:
    files: list[FilePlan]
    options: ImportOptions
    token: int = 0
    stand_ins: dict[int, StandIn] = field(default_factory=dict)
    changes: list[CellChange] = field(default_factory=list)  # the first VALUES_LISTED + 1 values changed …
    new_values: list[CellChange] = field(default_factory=list)  # … and written where the shop has none
    staff_names: dict[int, str] = field(default_factory=dict)
    stamp: tuple[int, int] = (0, 0)  # the shop file's state when the counts were made
    approved: list[str] = field(default_factory=list)  # approved award periods the import would change
    approved_baselines: list[str] = field(default_factory=list)  # those of them changed only as their baseline
    # (id, name, at) of the imports still in force that read these very files, when nothing would change
    repeats: list[tuple[int, str, str]] = field(default_factory=list)
    repeats_listed: dict[int, str] = field(default_factory=dict)  # their id → their files as `files_listed` says
    imported_before_notes: dict[int, str] = field(default_factory=dict)  # per book: the note saying so, if any
    columns_remembered: bool = False  # every column mapped by hand is remembered so already: nothing to keep
    hire_moves: list[HireMove] = field(default_factory=list)  # hire dates an import gave, moved back by this one
    skipped_accounts: frozenset[str] = frozenset()  # the accounts set not to be imported (设置 → 导入) when previewed
    # set at commit: the names of `options.remember_skip` on that list now (not one that became someone's meanwhile)
    skips_remembered: frozenset[str] = frozenset()

    @property
    def errors(self) -> list[RowError]:
        return [e for f in self.files for e in f.errors]

    def order_errors(self) -> None:
        """Each file's errors in its row order, the whole file's first: those found between files, or again when a
        commit counts again, were found after the rows' own. The owner goes down the file in Excel."""
        for f in self.files:
            f.errors.sort(key=lambda e: -1 if e.row is None else e.row)

    def rows_to_skip(self) -> bool:
        """Rows in error that skipping would leave out; not those waiting only for the month."""
        return any(e.row is not None and e.row not in f.month_rows for f in self.files for e in f.errors)

    @property
    def unknown_staff(self) -> list[str]:
        seen: dict[str, None] = {}
        for f in self.files:
            for name in f.unknown_staff:
                seen.setdefault(name, None)
        return list(seen)

    @property
    def nickname_matches(self) -> list[NicknameMatch]:
        """Every file's sub-accounts found by nickname only, once each: its first file's first row, all its rows."""
        seen: dict[str, NicknameMatch] = {}
        for f in self.files:
            for name, found in f.nickname_rows.items():
                if name in seen:
                    seen[name].rows += found.rows
                else:
                    seen[name] = replace(found)
        return list(seen.values())

    def set_not_imported(self) -> dict[str, int]:
        """The accounts set not to be imported whose rows these files held → how many rows were skipped so."""
        rows = {name: sum(f.skipped_staff.get(name, 0) for f in self.files) for name in sorted(self.skipped_accounts)}
        return {name: n for name, n in rows.items() if n}

    def set_not_imported_said(self) -> str:
        """Said once for the whole import, never left silent: 已跳过：客服机器人（设置为不导入的账号）19 行."""
        rows = self.set_not_imported()
        return t("已跳过：{accounts}", accounts=joined(t("{name}（设置为不导入的账号）{n} 行", name=name, n=n)
                                                   for name, n in rows.items())) if rows else ""

    def skips_given_to_staff(self) -> list[str]:
        """After the commit: the names chosen to be skipped for good that were not set aside, having become someone's
        name or sub-account between the preview and the commit (the alias wins)."""
        return sorted({normalize_alias(n) for n in self.options.remember_skip} - self.skips_remembered)

    def first_errors(self, limit: int = 10) -> str:
        """The first errors (and the names not found) as lines under a refusal, for the command line."""
        lines = [e.message() for e in self.errors[:limit]]
        if self.unknown_staff and not self.options.create_staff:
            for f in self.files:
                header = next((h for h, role in f.columns.items() if role == "staff"), t("客服"))
                for name, (row, rows) in f.unknown_rows.items():
                    lines.append(t("{file} 第 {row} 行「{column}」列：找不到客服「{name}」（共 {n} 行）", file=f.name, row=row,
                                   column=header, name=name, n=rows))
            lines.append(t("找不到的客服：{names}", names=joined(self.unknown_staff)))
        more = len(self.errors) - limit
        if more > 0:
            lines.append(t("……另有 {n} 处错误", n=more))
        return ("\n" + "\n".join(lines)) if lines else ""

    def blocking(self, *, cli: bool = False) -> list[str]:
        """Why this plan cannot be committed as it is (empty when it can); `cli` words the remedies as the
        command line's options."""
        reasons = []
        if any(f.needs_month for f in self.files):
            reasons.append(t("有文件看不出是哪一年、哪个月的数据（请指定数据所属的月份）"))
        if any(f.file_error for f in self.files):
            reasons.append(t("有文件无法导入"))
        if self.rows_to_skip() and not self.options.skip_errors:
            reasons.append(t("有出错的行（加 --skip-errors 可跳过出错的行，导入其余的行）") if cli
                           else t("有出错的行（可以选择跳过出错的行）"))
        if self.approved and not self.options.confirm_approved:
            found = [(parse_period(key), key in self.approved_baselines) for key in self.approved]
            what = t("导入的数据和{names}入职日期的变动", names=joined(m.name for m in self.hire_moves)) \
                if self.hire_moves else t("导入的数据")
            reasons.append(unconfirmed_message(what, found))
        if self.unknown_staff and not self.options.create_staff:
            reasons.append(t("有找不到的客服（先在员工资料里添加子账号，或加 --create-staff 自动新建员工，"
                             "或加 --skip-staff 名称 跳过其行）") if cli
                           else t("有找不到的客服（可以对应到已有员工、新建员工或跳过这些行）"))
        return reasons

    def nothing_to_write(self) -> bool:
        """The files repeat earlier imports and change nothing, and nothing mapped by hand is new to remember:
        committing writes nothing — no import record, no backup."""
        return (bool(self.repeats) and not self.options.staff_map and not self.options.remember_skip
                and (not self.options.column_map or self.columns_remembered))

    def repeat_message(self) -> str:
        """What the owner is told instead of 已导入 when `nothing_to_write()`."""
        earlier = joined(t("第 {id} 次导入「{name}」（{at}）", id=i, name=self.repeats_listed.get(i, name), at=shown_stamp(at))
                         for i, name, at in self.repeats)
        return t("内容没有变化：这些数据已由{earlier}导入，这次没有写入任何数据，也没有新增导入记录或备份。", earlier=earlier)

    def failed_files(self) -> int:
        """Files (or sheets) with a problem of the whole file: not readable, no header, no period …"""
        return sum(1 for f in self.files if f.file_error)

    def totals(self) -> dict[str, int]:
        total = {"new": 0, "changed": 0, "unchanged": 0, "skipped": 0, "errors": 0}
        for f in self.files:
            for key, value in f.counts().items():
                total[key] += value
        return total

    def as_json(self, committed: bool) -> dict[str, object]:
        """What `honghua import --json` prints."""
        return {"files": [f.as_json() for f in self.files], "committed": committed,
                "blocked": [] if committed else self.blocking(cli=True),
                "hire_moved": [m.as_json() for m in self.hire_moves],
                # rows of the accounts set not to be imported (设置 → 导入), skipped: {name, rows}
                "skipped_accounts": [{"name": name, "rows": n} for name, n in self.set_not_imported().items()],
                # the earlier imports these files repeat, when nothing would change and nothing was written (a
                # commit that wrote after all, the shop having changed since the preview, repeats no import)
                "already_imported": [{"import_id": i, "file": name, "at": at} for i, name, at in self.repeats]
                if self.nothing_to_write() and not committed else []}


def files_listed(record: ImportRecord) -> str:
    """The files of an import as the language lists them (the record's `file_name` keeps them joined with 、)."""
    names = [entry["file"] for entry in record.files if isinstance(entry, dict) and entry.get("file")]
    return joined(names) if len(names) > 1 else record.file_name
