"""`honghua imports columns` and `honghua imports forget COLUMN [--report R]`: the columns the import remembers
(mapped by hand in the wizard or with `import --map`), listed and forgotten as 设置 → 导入 does — one audited
transaction per column forgotten, values already imported left as they are."""

from __future__ import annotations

from app.cli.common import emit_json, say, table
from app.cli.parser import placeholder
from app.clock import stamp_text
from app.errors import UserError
from app.i18n import joined, t
from app.importing.remembered import RememberedColumn, RememberedColumns, RememberedReport, metric_label
from app.importing.synonyms import normalize_header

SHORT_SIGNATURE = 8  # characters of a header's signature shown for a report whose file name is not known


def register(sub, adapt) -> None:
    p = sub.add_parser("columns", help=t("列出导入时记住的列（手动指定指标或忽略的列）"),
                       description=t("列出导入时记住的列：每份报表（按表头区分）里手动指定了指标或忽略的列，"
                                     "表头相同的文件导入时自动这样读取"))
    p.add_argument("--json", action="store_true", help=t("以 JSON 输出"))
    p.set_defaults(handler=adapt(cmd_columns))
    p = sub.add_parser("forget", help=t("忘记一个记住的列，下次导入时重新识别"),
                       description=t("忘记一个记住的列：下次导入表头相同的文件时，这一列重新按列名识别。已导入的数据不变"))
    p.add_argument("column", metavar=placeholder("列名"), help=t("记住的列名（见 honghua imports columns）"))
    p.add_argument("--report", metavar=placeholder("报表"),
                   help=t("几份报表都记住了这一列时，指定哪一份：文件名，或 imports columns 列出的表头编号"))
    p.set_defaults(handler=adapt(cmd_forget))


def _service(shop) -> RememberedColumns:
    return RememberedColumns(shop.store, shop.ctx, shop.metrics)


def _report_name(report: RememberedReport, reports: list[RememberedReport]) -> str:
    """How the listing names a report, and what --report takes: the latest file with its header, and the start of
    its signature too when another report (other header) had the same file name; else (imported before the log
    kept headers) the start of its signature."""
    signature = report.signature[:SHORT_SIGNATURE]
    if not report.file_name:
        return t("较早导入的报表（表头 {signature}）", signature=signature)
    if sum(other.file_name == report.file_name for other in reports) > 1:
        return t("{file}（表头 {signature}）", file=report.file_name, signature=signature)
    return report.file_name


def cmd_columns(args, shop) -> int:
    reports = _service(shop).reports()
    if args.json:
        emit_json([{
            "report": report.file_name, "signature": report.signature, "last_imported_at": report.imported_at,
            "import_id": report.import_id, "column": column.shown_header, "metric": column.metric,
            "metric_name": metric_label(shop.metrics, column.metric),
        } for report in reports for column in report.columns])
        return 0
    if not reports:
        say(t("还没有记住的列。导入时在导入向导里为认不出的列指定指标或选择忽略，或用 import --map 列名=指标，就会记住。"))
        return 0
    headers = [t("报表"), t("列"), t("读作"), t("最近导入")]
    rows = [[_report_name(report, reports), column.shown_header, metric_label(shop.metrics, column.metric),
             stamp_text(report.imported_at)[:16] if report.imported_at else "—"]
            for report in reports for column in report.columns]
    say(table(headers, rows))
    say(t("表头相同的文件导入时自动这样读取。忘记一列：honghua imports forget 列名 [--report 报表]"))
    return 0


def cmd_forget(args, shop) -> int:
    service = _service(shop)
    reports = service.reports()
    report, column = _chosen(reports, args.column, args.report)
    service.forget(report.signature, column.header)
    say(t("已忘记报表「{report}」的「{column}」（原为「{metric}」）：下次导入时这一列重新按列名识别。已导入的数据不变。",
          report=_report_name(report, reports), column=column.shown_header, metric=metric_label(shop.metrics, column.metric)))
    return 0


def _chosen(reports: list[RememberedReport], column_name: str,
            report_name: str | None) -> tuple[RememberedReport, RememberedColumn]:
    """The remembered column named on the command line: by its header (as the file wrote it, or the same after
    normalising: 全角括号 or not), in the report --report names when several have it. A UserError names what is
    unknown or ambiguous and what there is."""
    if not reports:
        raise UserError(t("还没有记住的列，「{column}」无从忘记", column=column_name))
    every = reports
    if report_name is not None:
        reports = _named_reports(reports, report_name)
    header = normalize_header(column_name)
    found = [(report, column) for report in reports for column in report.columns if column.header == header]
    if not found:
        known = joined(dict.fromkeys(column.shown_header for report in reports for column in report.columns))
        if report_name is not None:
            raise UserError(t("报表「{report}」没有记住「{column}」列。它记住的列：{known}",
                              report=report_name, column=column_name, known=known))
        raise UserError(t("没有记住「{column}」列。记住的列：{known}", column=column_name, known=known))
    if len(found) > 1:
        raise UserError(t("有 {n} 份报表记住了「{column}」列：{reports}。请用 --report 指定哪一份", n=len(found),
                          column=column_name, reports=joined(f"「{_report_name(report, every)}」" for report, _ in found)))
    return found[0]


def _named_reports(reports: list[RememberedReport], name: str) -> list[RememberedReport]:
    """The report --report names: as listed, by its file name, or by the start of its signature."""
    wanted = name.strip()
    as_listed = [r for r in reports if _report_name(r, reports) == wanted]
    if as_listed:
        return as_listed
    by_file = [r for r in reports if r.file_name == wanted]
    if len(by_file) > 1:
        raise UserError(t("有 {n} 份表头不同的报表都叫「{report}」，请用表头编号指定：{signatures}", n=len(by_file),
                          report=wanted, signatures=joined(r.signature[:SHORT_SIGNATURE] for r in by_file)))
    if by_file:
        return by_file
    if len(wanted) >= 4:
        by_signature = [r for r in reports if r.signature.startswith(wanted.lower())]
        if len(by_signature) == 1:
            return by_signature
    raise UserError(t("--report「{report}」：没有这份记住了列的报表。记住了列的报表：{reports}", report=name,
                      reports=joined(f"「{_report_name(r, reports)}」" for r in reports)))
