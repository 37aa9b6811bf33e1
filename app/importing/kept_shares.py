"""A corrected file of some of a person's sub-accounts, imported on its own after an import that added up all of
them: the file's values replace those accounts' shares and the other accounts' shares that import kept
(import_share, schema v13) are added to them again, so her day's total is right. Said in the preview, a line per
person, and counted as a change from the old total to the new one.

A row is topped up only when every name the file gives her that day made up her day there (a name that did not
is another account: `other_accounts` refuses it), the values it lands on were written by one import, and every
average can be put together again (its weight is given). Otherwise, and for an import made before shares were
kept, the rows are refused as before."""

from __future__ import annotations

from datetime import date
from itertools import groupby

from app.i18n import joined, t
from app.importing.merge_notes import person_named
from app.importing.merge_values import merge_rows
from app.importing.model import ImportPlan
from app.importing.note_groups import ORDINARY, Note
from app.importing.period import shown_days
from app.metrics import MetricRegistry
from app.store.imports import ImportRepo


class KeptShareNote(Note):
    """A note of this module: said anew when the import is counted again."""


def keep_other_shares(plan: ImportPlan, repo: ImportRepo, metrics: MetricRegistry) -> None:
    shares = repo.shares
    shares.undo_kept()
    for f in plan.files:
        f.notes[:] = [n for n in f.notes if not isinstance(n, KeptShareNote)]
    written = shares.writers()
    if written:
        repo.index_rows_by_day()
    for (file, row), found in groupby(written, key=lambda w: (w[0], w[1])):
        cells = list(found)
        own = repo.row_cells(file, row)  # the file's values, before any share is added
        kept: dict[str, None] = {}
        imports: list[int] = []
        for import_id, by_import in groupby(cells, key=lambda w: w[5]):
            names = _top_up(repo, metrics, file, row, own, import_id, list(by_import))
            if names:
                kept |= dict.fromkeys(names)
                imports.append(import_id)
        if kept:
            _, _, staff_id, start, end, *_ = cells[0]
            plan.files[file].notes.append(_note(plan, staff_id, start, end, repo.names_staged(staff_id, start, end),
                                                sorted(kept), imports))


def _top_up(repo: ImportRepo, metrics: MetricRegistry, file: int, row: int, own: list[tuple], import_id: int,
            written: list[tuple]) -> list[str]:
    """Add to the row's cells that land on values import `import_id` wrote the shares it kept of the accounts the
    file does not give; returns those accounts (none: nothing added)."""
    shares = repo.shares
    _, _, staff_id, start, end, _, _, _ = written[0]
    theirs = shares.names_of(import_id, staff_id, start, end)
    ours = repo.names_staged(staff_id, start, end)
    missing = [name for name in theirs if name not in ours]
    if not missing or any(name not in theirs for name in ours):
        return []  # the same accounts again (replaced as before), or another account (`other_accounts` refuses it)
    merged, unknown = merge_rows(metrics, [own, *(shares.cells_of(import_id, staff_id, start, end, name)
                                                 for name in missing)])
    given = {(w[6], w[7]) for w in written}  # a value typed by hand since is replaced by the file's, as before
    if any(metric in unknown for _, metric in given):
        return []  # an average without its weight: refused as before, not left blank behind the owner's back
    topped = [(target, metric, value, pending) for target, metric, _, _, value, pending in merged
              if (target, metric) in given]
    shares.add_kept(file, row, import_id, staff_id, start, end, missing, topped)
    return missing


def _note(plan: ImportPlan, staff_id: int, start: str, end: str, ours: list[str], kept: list[str],
          imports: list[int]) -> Note:
    said = {"who": person_named(plan, staff_id), "ours": joined(ours), "kept": joined(kept),
            "id": joined(map(str, sorted(imports)))}
    if start != end:
        return KeptShareNote(t("{who} {span}：「{ours}」换成本文件的数值，「{kept}」保留第 {id} 次导入的数值，合计随之更新",
                               span=shown_days(start, end), **said), ORDINARY)
    return KeptShareNote(t("{who} {day}：「{ours}」换成本文件的数值，「{kept}」保留第 {id} 次导入的数值，合计随之更新",
                           day=shown_days(start, end), **said), ORDINARY,
                         (t("{who} {days}（{n} 天）：「{ours}」换成本文件的数值，「{kept}」保留第 {id} 次导入的数值，合计随之更新"),
                          said), date.fromisoformat(start))
