"""The columns mapped by hand (the wizard's 处理未识别项, `import --map`) and remembered for files with the same
header: listed by report, changed or forgotten one at a time (设置 → 导入). Values already imported stay as they
are; a change counts from the next import.

A header is known by its signature (a hash of its column names), so the import log keeps each file's signature
and the columns remembered from it: that is how a remembered column is shown by the file it was read from."""

from __future__ import annotations

from dataclasses import dataclass

from app.errors import UserError
from app.i18n import joined, t
from app.importing.model import FilePlan
from app.importing.synonyms import normalize_header
from app.metrics import MetricRegistry
from app.services.context import Context
from app.store import Store
from app.store.import_log import ImportRecord


@dataclass(frozen=True)
class RememberedColumn:
    signature: str
    header: str  # as remembered: normalised (normalize_header)
    metric: str | None  # the metric's key; None: the column is ignored
    shown_header: str  # as the latest file with this header wrote it (全角括号 and all), else `header`


@dataclass(frozen=True)
class RememberedReport:
    """Files with one header, and its columns mapped by hand."""
    signature: str
    file_name: str | None  # the latest file imported with this header; None: none since the log keeps headers
    imported_at: str | None  # when (the log's time stamp)
    import_id: int | None  # which import that was
    headers: tuple[str, ...]  # that file's header row, in its order (empty when not known)
    columns: tuple[RememberedColumn, ...]

    def label(self) -> str:
        return self.file_name or t("较早导入的报表")


def columns_mapped_in(f: FilePlan, column_map: dict[str, str | None]) -> dict[str, str | None]:
    """The hand-made mappings that concern this file: those of its own headers (normalised header → metric).
    Another file of the same import with another header does not learn them."""
    if not f.signature:
        return {}
    present = {normalize_header(h) for h in f.headers}
    mapped = {normalize_header(h): m for h, m in column_map.items()}
    return {h: m for h, m in mapped.items() if h in present}


def layout_entry(f: FilePlan, mapped: dict[str, str | None]) -> dict[str, object]:
    """What a file's entry in the import log keeps of its header: its signature, and the columns remembered."""
    entry: dict[str, object] = {"signature": f.signature, "headers": f.headers} if f.signature else {}
    if mapped:
        entry["remembered_columns"] = mapped
    return entry


def metric_label(metrics: MetricRegistry, key: str | None) -> str:
    if key is None:
        return t("忽略")
    try:
        return metrics.get(key).shown_name
    except UserError:  # a key no metric has any more: shown as stored
        return key


class RememberedColumns:
    def __init__(self, store: Store, ctx: Context, metrics: MetricRegistry):
        self.store = store
        self.ctx = ctx
        self.metrics = metrics

    def reports(self) -> list[RememberedReport]:
        """Every remembered column, by report: the most recently imported report first, those imported only before
        the log kept headers last."""
        by_signature: dict[str, list[tuple[str, str | None]]] = {}
        for signature, header, metric in self.store.import_columns.all_remembered():
            by_signature.setdefault(signature, []).append((header, metric))
        reports = []
        for signature, columns in by_signature.items():
            latest = _latest_file(self.store, signature)
            headers = tuple(str(h) for h in latest[2]) if latest else ()
            as_written = {normalize_header(h): h for h in headers}
            place = {header: i for i, header in enumerate(as_written)}  # in the file's order, where it is known
            columns.sort(key=lambda column: place.get(column[0], len(place)))
            reports.append(RememberedReport(
                signature, latest[0] if latest else None, latest[1] if latest else None,
                latest[3] if latest else None, headers,
                tuple(RememberedColumn(signature, header, metric, as_written.get(header, header))
                      for header, metric in columns)))
        # the most recently imported first; those the log has no file for last
        return sorted(reports, key=lambda r: r.import_id or 0, reverse=True)

    def change(self, signature: str, header: str, metric: str | None) -> bool:
        """Read the column as `metric` (None: ignore it) from the next import on. False: it is read so already."""
        header = normalize_header(header)
        if metric is not None:
            metric = self.metrics.get(metric).key
        with self.store.atomic():
            before = self._remembered(signature, header)
            if before == metric:
                return False
            self.store.import_columns.remember(signature, {header: metric})
            self.store.audit.add(
                self.ctx.user, "import.column_change",
                t("导入时记住的列：{report}的「{header}」由「{before}」改为「{after}」（已导入的数据不变，下次导入时生效）",
                  report=self._report_words(signature), header=_as_written(self.store, signature, header),
                  before=metric_label(self.metrics, before), after=metric_label(self.metrics, metric)),
                {"signature": signature, "header": header, "before": before, "after": metric},
                pin_used=self.ctx.pin_used)
        return True

    def forget(self, signature: str, header: str) -> None:
        """The next import of a file with this header reads the column by its name again, or asks about it."""
        header = normalize_header(header)
        with self.store.atomic():
            before = self._remembered(signature, header)
            self.store.import_columns.forget(signature, header)
            self.store.audit.add(
                self.ctx.user, "import.column_forget",
                t("导入时记住的列：忘记{report}的「{header}」（原为「{before}」），下次导入时重新识别（已导入的数据不变）",
                  report=self._report_words(signature), header=_as_written(self.store, signature, header),
                  before=metric_label(self.metrics, before)),
                {"signature": signature, "header": header, "before": before},
                pin_used=self.ctx.pin_used)

    def _remembered(self, signature: str, header: str) -> str | None:
        known = self.store.import_columns.remembered(signature)
        if header not in known:
            raise UserError(t("「{header}」列的对应已经不在记住的列里了（可能刚在别处改过），请刷新后再看",
                              header=_as_written(self.store, signature, header)))
        return known[header]

    def _report_words(self, signature: str) -> str:
        latest = _latest_file(self.store, signature)
        return t("报表「{file}」", file=latest[0]) if latest else t("较早导入的报表")


def still_remembered_note(store: Store, metrics: MetricRegistry, record: ImportRecord) -> list[str]:
    """An undone import's remembered columns stay (they say how a kind of report reads, not what this file held;
    a corrected file imported again is read the same way): said, with where to change them."""
    pairs = []
    for entry in record.files:
        if not isinstance(entry, dict):
            continue
        known = store.import_columns.remembered(str(entry.get("signature", "")))
        as_written = {normalize_header(h): h for h in entry.get("headers") or []}
        for header, metric in (entry.get("remembered_columns") or {}).items():
            if header in known and known[header] == metric:
                pairs.append(t("「{header}」→{metric}", header=as_written.get(header, header),
                               metric=metric_label(metrics, metric)))
    if not pairs:
        return []
    return [t("这次导入记住的列仍然记住：{pairs}，表头相同的文件以后照样这样读取；如要修改或忘记，请到 设置 → 导入",
              pairs=joined(dict.fromkeys(pairs)))]


def _latest_file(store: Store, signature: str) -> tuple[str, str, list, int] | None:
    """(file name, when, its header row, the import) of the latest import that read a file with this header."""
    for record in store.imports.imports_with_signature(signature):
        for f in record.files:
            if isinstance(f, dict) and f.get("signature") == signature:
                return str(f["file"]), record.at, list(f.get("headers") or []), record.id
    return None


def _as_written(store: Store, signature: str, header: str) -> str:
    latest = _latest_file(store, signature)
    return next((h for h in (latest[2] if latest else []) if normalize_header(h) == header), header)
