"""Import in two steps — preview (nothing written) then commit (one transaction, with its log and audit row) —
and undo from the import history."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from app.backups import before_action
from app.clock import shown_stamp, stamp_text
from app.domain import Staff, normalize_alias
from app.errors import Cancelled, UserError
from app.i18n import joined, t
from app.importing import batch as settle_batch
from app.importing import hire_dates
from app.importing import synonyms as synonym_table
from app.importing.kept_shares import keep_other_shares
from app.importing.matching import StaffMatcher
from app.importing.model import FilePlan, ImportOptions, ImportPlan, files_listed
from app.importing.other_accounts import refuse_other_accounts
from app.importing.reading import Batch, read_file
from app.importing.remembered import columns_mapped_in, layout_entry, still_remembered_note
from app.metrics import MetricRegistry
from app.periods import Period, newest_first, parse_period
from app.services import skipped_accounts
from app.services.approved import approved_by_values, approved_holding, check_confirmed
from app.services.context import Context
from app.store import Store
from app.store.import_log import ROW_STRIDE, ImportRecord

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]
PROGRESS_STEPS = 1000  # per file


def _never() -> bool:
    return False


@dataclass(frozen=True)
class UndoResult:
    record: ImportRecord
    notes: list[str]  # what the undo did besides the values: the sub-accounts the import had added


class ImportService:
    def __init__(self, store: Store, ctx: Context, metrics: MetricRegistry):
        self.store = store
        self.ctx = ctx
        self.metrics = metrics
        self._token = 0
        self._staged: int | None = None

    # ---- step 1: preview
    def preview(self, paths: Iterable[str | Path], options: ImportOptions | None = None,
                progress: Progress | None = None, cancel: Cancel | None = None) -> ImportPlan:
        """Read and check every file, stage the values, count what would change. Writes nothing to the shop."""
        options = options or ImportOptions()
        files = [FilePlan(i, Path(p)) for i, p in enumerate(paths)]
        if not files:
            raise UserError(t("请选择要导入的文件"))
        self._token += 1
        plan = ImportPlan(files, options, token=self._token, skipped_accounts=self.store.skipped_accounts.names())
        repo = self.store.imports
        repo.stage_reset()
        self._staged = None
        people = self.store.staff.list()
        plan.staff_names = {p.id: p.name for p in people}
        try:
            with repo.staging():
                self._stage(plan, files, options, people, progress, cancel)
        except BaseException:
            repo.stage_reset()
            raise
        if progress:
            progress(PROGRESS_STEPS * len(files), PROGRESS_STEPS * len(files))
        plan.stamp = repo.stamp()
        self._staged = plan.token
        return plan

    def _stage(self, plan: ImportPlan, files: list[FilePlan], options: ImportOptions, people: list,
               progress: Progress | None, cancel: Cancel | None) -> None:
        repo = self.store.imports
        total = PROGRESS_STEPS * len(files)
        stand_ins: dict = {}
        guessed = set(hire_dates.guessed(self.store, people))  # rows before such a hire date move it: no warning
        read: list[FilePlan] = []  # a workbook gives one plan per sheet read: numbered in order
        for position, f in enumerate(files):
            def report(share: float, base: int = position * PROGRESS_STEPS) -> None:
                if progress:
                    progress(base + int(share * PROGRESS_STEPS), total)
            context = Batch(repo, self.metrics, synonym_table.load(), StaffMatcher(people), options, stand_ins,
                            report, cancel or _never, self._remembered_columns, self.ctx.today, guessed,
                            plan.skipped_accounts)
            f.index = len(read)
            sheets = read_file(f, context)
            for sheet in sheets:
                sheet.book = position
            read.extend(sheets)
            if cancel and cancel():
                raise Cancelled()
        plan.files = read
        plan.stand_ins = {s.id: s for s in stand_ins.values()}
        settle_batch.settle(plan, repo, self.metrics, self.ctx.today, StaffMatcher(people))
        plan.order_errors()
        plan.hire_moves = hire_dates.moves(self.store)
        self._note_approved(plan)
        self._note_imported_before(plan)

    def _note_approved(self, plan: ImportPlan) -> None:
        """The approved award periods the staged values change (by the people and metrics they are of, as a value
        typed in: `approved_by_values`) — or a hire date the import moves back — and those of them changed only
        as a baseline."""
        cells = self.store.imports.changed_cells() if self.store.awards.approved_periods() else []
        only_baseline = {p.key(): base for p, base in approved_by_values(self.store, cells)}
        for period, baseline in hire_dates.approved_by_moves(self.store, plan.hire_moves):
            only_baseline[period.key()] = only_baseline.get(period.key(), True) and baseline
        plan.approved = [p.key() for p in newest_first(map(parse_period, only_baseline))]
        plan.approved_baselines = [key for key in plan.approved if only_baseline[key]]

    def _note_imported_before(self, plan: ImportPlan) -> None:
        """A file whose very content an import still in force read: said first, and whether it changes anything.
        When every file was and nothing would change, the plan says which imports it repeats: its commit
        writes nothing (no import record, no backup)."""
        books = sorted({f.book for f in plan.files})
        earlier = []
        for book in books:
            sheets = [f for f in plan.files if f.book == book]
            said = plan.imported_before_notes.pop(book, None)  # counted again at commit: said anew
            if said in sheets[0].notes:
                sheets[0].notes.remove(said)
            found = self.store.imports.imported_before(sheets[0].content_hash)
            if found is None:
                continue
            record = self.store.imports.get(found[0])
            name = record.file_name if record else ""
            earlier.append((found[0], name, stamp_text(found[1])))  # as --json gives it
            plan.repeats_listed[found[0]] = listed = files_listed(record) if record else ""
            same = not any(f.new or f.changed for f in sheets) and not plan.hire_moves
            note = t("这个文件在 {at} 已经导入过（第 {id} 次导入「{name}」）", at=shown_stamp(found[1]), id=found[0],
                     name=listed) \
                + (t("，内容没有变化，再导入不会改变任何数据") if same else "")
            sheets[0].notes.insert(0, note)
            plan.imported_before_notes[book] = note
        same_all = len(earlier) == len(books) and not any(f.new or f.changed for f in plan.files) \
            and not plan.hire_moves
        plan.repeats = sorted(set(earlier)) if same_all else []
        plan.columns_remembered = self._columns_remembered(plan)

    def _remembered_columns(self, signature: str) -> dict[str, str | None]:
        """The columns remembered for a header row, by their headers as compared now (an older one: a direction mark)."""
        return {synonym_table.normalize_header(h): m for h, m in self.store.import_columns.remembered(signature).items()}

    def _columns_remembered(self, plan: ImportPlan) -> bool:
        """Every column mapped by hand is remembered so already for each file (a scheduled task giving the same
        `--map` every day): committing would have no mapping to keep."""
        for f in plan.files:
            mapped = columns_mapped_in(f, plan.options.column_map)
            known = self._remembered_columns(f.signature) if mapped else {}
            if any(header not in known or known[header] != metric for header, metric in mapped.items()):
                return False
        return True

    # ---- step 2: commit
    def commit(self, plan: ImportPlan, cancel: Cancel | None = None) -> int | None:
        """Write the previewed values in one transaction; returns the import's id, or None when the files
        repeat earlier imports and nothing would change (`plan.repeats`): then nothing is written at all."""
        if self._staged != plan.token:
            raise UserError(t("这份预览已过期（之后又预览了其他文件），请重新预览后再导入"))
        reasons = plan.blocking()
        if reasons:
            raise UserError(t("无法导入：{reasons}。", reasons="；".join(reasons)) + plan.first_errors())
        cancel = cancel or _never
        repo = self.store.imports
        if repo.stamp() != plan.stamp:  # the shop changed since the preview: count again
            self._count_again(plan)
        if plan.nothing_to_write():
            repo.stage_reset()
            self._staged = None
            return None
        options = plan.options
        with self.store.atomic(), self.store.db.stopped_by(cancel):
            if repo.stamp() != plan.stamp:  # another window or a scheduled import committed while this one waited
                self._count_again(plan)
            if plan.nothing_to_write():  # it imported these files meanwhile: no import record, no backup
                repo.stage_reset()
                self._staged = None
                return None
            before_action(self.store, "import")  # a verified backup first; none (disk full …) → no import
            created = self._create_staff(plan)
            if repo.stamp() != plan.stamp:  # the people just created: counted again with them
                self._count_again(plan)
            taught = self._remember_aliases(options)
            for move in plan.hire_moves:
                self.store.staff.set_hired(move.staff_id, move.first)
            totals = plan.totals()
            remembered = [columns_mapped_in(f, options.column_map) for f in plan.files]
            files = [{"file": f.name, "row_base": f.index * ROW_STRIDE, "hash": f.content_hash, "period": f.period,
                      "target": f.target, "counts": f.counts(), **layout_entry(f, mapped)}
                     for f, mapped in zip(plan.files, remembered, strict=True)]
            combined = hashlib.sha256("".join(f.content_hash for f in plan.files).encode()).hexdigest()
            name = "、".join(f.name for f in plan.files)  # the record's name, kept as data
            import_id = repo.add(self.ctx.user, name, plan.files[0].content_hash if len(plan.files) == 1 else combined,
                                 totals, files)
            if cancel():
                raise Cancelled()
            repo.apply_stage(import_id)
            repo.record_names(import_id, taught)
            if cancel():
                raise Cancelled()
            for f, mapped in zip(plan.files, remembered, strict=True):
                if mapped:
                    self.store.import_columns.remember(f.signature, mapped)
            skipped_accounts.remember(self.store, self.ctx, options.remember_skip, import_id)
            plan.skips_remembered = skipped_accounts.listed_of(self.store, options.remember_skip)
            self.store.audit.add(
                self.ctx.user, "import.commit",
                "；".join([t("导入 {name}（第 {id} 次导入）：新增 {new} 行，修改 {changed} 行，未变 {unchanged} 行，"
                             "跳过 {skipped} 行，出错 {errors} 行", name=name, id=import_id, **totals),
                           *(move.message() for move in plan.hire_moves)]),
                {"import_id": import_id, "files": files, "created_staff": created, "approved_periods": plan.approved,
                 "hire_moved": [move.as_json() for move in plan.hire_moves],
                 "aliases_added": [{"alias": a, "staff_id": i} for a, i in taught],
                 "changes": [c.__dict__ for c in plan.changes[:50]]},
                pin_used=self.ctx.pin_used,
            )
        repo.stage_reset()
        self._staged = None
        return import_id

    def _count_again(self, plan: ImportPlan) -> None:
        """Count the staged values against the shop as it is now (it changed since the preview), and say again
        what depends on it: another sub-account's values imported since, the approved periods touched, whether
        the files repeat earlier imports."""
        previewed = self.store.imports.shares.kept()
        keep_other_shares(plan, self.store.imports, self.metrics)
        if self.store.imports.shares.kept() != previewed:  # the totals would not be those the preview showed
            raise UserError(t("预览之后，另一次导入改了这些员工的子账号数据：本文件的数值要与其他子账号保留的数值相加，"
                              "合计与预览里的不同。请重新预览，看过之后再导入"))
        refuse_other_accounts(plan, self.store.imports)
        plan.order_errors()
        settle_batch.count(plan, self.store.imports)
        plan.hire_moves = hire_dates.moves(self.store)
        self._note_approved(plan)
        self._note_imported_before(plan)
        plan.stamp = self.store.imports.stamp()
        reasons = plan.blocking()
        if reasons:
            raise UserError(t("无法导入：{reasons}。", reasons="；".join(reasons)) + plan.first_errors())

    def _create_staff(self, plan: ImportPlan) -> list[dict]:
        """A person for each name no one has, hired on the first day the files give for them: without a hire
        date they would count in every earlier month (on its board, in periods whose awards are approved)."""
        created, new_ids = [], {}
        repo = self.store.imports
        first_days = repo.staged_first_days()
        for stand_in in plan.stand_ins.values():
            if stand_in.id not in first_days:
                continue
            aliases = tuple(k for k in stand_in.keys if k != stand_in.name)
            hired = first_days[stand_in.id]
            new_ids[stand_in.id] = self.store.staff.insert(Staff(id=0, name=stand_in.name, aliases=aliases, hired=hired))
            created.append({"id": new_ids[stand_in.id], "name": stand_in.name, "aliases": list(aliases),
                            "hired": hired.isoformat()})
        repo.assign_staff(new_ids)
        return created

    def _remember_aliases(self, options: ImportOptions) -> list[tuple[str, int]]:
        """A name mapped by hand to a person becomes that person's alias, so the next import matches it — never
        someone's name (it would take that person's rows). Returns the (alias, staff_id) added."""
        names = {normalize_alias(p.name) for p in self.store.staff.list()}
        taught = []
        for raw, staff_id in options.staff_map.items():
            key = normalize_alias(raw)
            person = self.store.staff.get(staff_id)
            if person is None:
                raise UserError(t("没有编号为 {id} 的员工", id=staff_id))
            if self.store.staff.alias_owner(key) is None and key not in names:
                self.store.staff.set_aliases(staff_id, person.aliases + (key,))
                taught.append((key, staff_id))
        return taught

    # ---- history and undo
    def history(self, limit: int = 200) -> list[ImportRecord]:
        return self.store.imports.history(limit)

    def written_span(self, import_id: int) -> tuple[date, date] | None:
        """First and last day the import's values cover (None when it wrote nothing)."""
        return self.store.imports.written_span(import_id)

    def approved_undone(self, import_id: int) -> list[Period]:
        """The approved award periods undoing the import would change (asked about before the undo runs): those of
        its values, and of the hire dates it moved back."""
        days, also = hire_dates.undone_changes(self.store, hire_dates.moved_by(self.store, import_id))
        values = [p for p, _base in approved_by_values(self.store, self.store.imports.cells_undone(import_id))]
        return list({p.key(): p for p in [*approved_holding(self.store, days), *values, *also]}.values())

    def undo(self, import_id: int, *, confirm_approved: bool = False) -> UndoResult:
        """Take the import back; one that changes a period whose awards are approved only with
        `confirm_approved` (else `ApprovedPeriodChange`, nothing undone), as the import itself."""
        repo = self.store.imports
        record = repo.get(import_id)
        if record is None:
            raise UserError(t("没有编号为 {id} 的导入记录", id=import_id))
        if record.status == "undone":
            raise UserError(t("第 {id} 次导入（{file}）已经撤销过了", id=import_id, file=files_listed(record)))
        later = repo.later_change(import_id)
        if later is not None:
            other = repo.get(later)
            raise UserError(t("无法撤销第 {id} 次导入：之后的第 {later} 次导入（{file}，{at}）又修改了其中的数据。"
                              "请先撤销第 {later} 次导入。", id=import_id, later=later,
                              file=files_listed(other) if other else "", at=shown_stamp(other.at) if other else ""))
        with self.store.atomic():
            hires = hire_dates.moved_by(self.store, import_id)
            days, also = hire_dates.undone_changes(self.store, hires)
            approved = check_confirmed(self.store, days, confirm_approved,
                                       t("第 {id} 次导入（{file}）的数据", id=import_id, file=files_listed(record)),
                                       also=also, touching=approved_by_values(self.store, repo.cells_undone(import_id)))
            result = repo.undo(import_id)
            removed, kept = self._forget_aliases(import_id)
            notes = _alias_notes(removed, kept) + hire_dates.put_back(self.store, hires) + \
                self._created_note(import_id) + still_remembered_note(self.store, self.metrics, record) + \
                skipped_accounts.still_set_aside_note(self.store, import_id)
            self.store.audit.add(
                self.ctx.user, "import.undo",
                "；".join([t("撤销第 {id} 次导入（{file}）：删除 {removed} 项，恢复 {restored} 项原值", id=import_id,
                             file=files_listed(record), **result), *notes]),
                {"import_id": import_id, **result, "aliases_removed": removed, "aliases_kept": kept,
                 "hires_put_back": [back.as_json() for back in hires],
                 **({"approved_periods": approved} if approved else {})},
                pin_used=self.ctx.pin_used)
        updated = repo.get(import_id)
        assert updated is not None
        return UndoResult(updated, notes)

    def _created_note(self, import_id: int) -> list[str]:
        """The people the import created are kept (an undo deletes no one): said, with what to do about them."""
        detail = self.store.audit.detail_of("import.commit", "import_id", import_id) or {}
        names = []
        for entry in detail.get("created_staff", []):
            person = self.store.staff.get(entry["id"])
            if person is not None and person.left is None:
                names.append(person.name)
        if not names:
            return []
        return [t("这次导入新建的员工仍在员工名单里：{names}。误建的可以在「员工」页删除（只限没有其他记录的员工）；"
                  "有其他记录的请设为离职", names=joined(names))]

    def _forget_aliases(self, import_id: int) -> tuple[list[dict], list[dict]]:
        """The sub-accounts the import added go with it — those its person still has — except one through which a
        later import still in force found a person's rows: that one stays (taking it away would change what that
        import read). Returns (removed, kept) as dicts of alias, staff_id, name (and for kept, the imports)."""
        people = self.store.staff.list()
        # by the key: an import kept before schema v14 has its names re-keyed, not the sub-account as the staff has it
        held = {(normalize_alias(a), p.id): a for p in people for a in p.aliases}
        taught = [(held[normalize_alias(a), s], s) for a, s in self.store.imports.taught_aliases(import_id)
                  if (normalize_alias(a), s) in held]
        if not taught:
            return [], []
        going = set(taught)

        def matcher(keep: set[tuple[str, int]]) -> StaffMatcher:
            return StaffMatcher([replace(p, aliases=tuple(a for a in p.aliases if (a, p.id) not in going or
                                                          (a, p.id) in keep)) for p in people])

        bare = matcher(set())
        lost = [(i, key, s) for i, key, s in self.store.imports.later_names(import_id) if bare.match(key).staff_id != s]
        removed, kept = [], []
        for alias, staff_id in taught:
            alone = matcher({(alias, staff_id)})
            users = sorted({i for i, key, s in lost if s == staff_id and alone.match(key).staff_id == s})
            entry = {"alias": alias, "staff_id": staff_id, "name": alone.name_of(staff_id)}
            if users:
                kept.append({**entry, "imports": users})
            elif self.store.staff.remove_alias(alias, staff_id):
                removed.append(entry)
        return removed, kept


def _alias_notes(removed: list[dict], kept: list[dict]) -> list[str]:
    notes = []
    if removed:
        notes.append(t("这次导入添加的子账号已一并删除：{aliases}", aliases=joined(
            t("「{alias}」（{name}）", alias=r["alias"], name=r["name"]) for r in removed)))
    for k in kept:
        notes.append(t("子账号「{alias}」（{name}）是这次导入添加的，但之后的第 {imports} 次导入仍靠它找到 {name} 的数据，"
                       "所以保留；如不需要，请先撤销那次导入，或在员工资料里删掉它", alias=k["alias"], name=k["name"],
                       imports=joined(map(str, k["imports"]))))
    return notes
