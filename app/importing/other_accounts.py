"""A person's day that an earlier import wrote under other sub-accounts than this import gives her.

The shop keeps one value per person, day and metric, not one per sub-account: an export of another store (or of
another account of hers) imported on its own would replace the first account's values instead of adding to
them, and money would be lost without a word. Such rows are errors that say so and how to import the files
together (where sub-accounts are added up). A report of the same accounts exported again (a name in common with
the earlier import) replaces its values as before; values typed by hand or written by an undone import are
not concerned. Equal values under a bare name (a per-person total) are the same data again and pass; equal
values of two whole sub-accounts do not (the second account's money would be missing). Where the earlier import
made a person's day of several names (`import_day_name`: A.csv and B.csv imported together), a file giving only
some of them is refused too: it would replace the sum with one account's share — unless that import kept each
account's share (schema v13): then `kept_shares` has added the others' shares to the file's values first. For imports
made before those were kept (schema v10), the names are known per import and person only (`import_name`), as before."""

from __future__ import annotations

from app.i18n import bracketed, joined, t
from app.importing.model import ImportPlan, files_listed
from app.importing.period import shown_days
from app.store.import_log import ROW_STRIDE, file_of
from app.store.imports import ImportRepo


def refuse_other_accounts(plan: ImportPlan, repo: ImportRepo) -> None:
    seen: set[tuple[int, int]] = set()
    for file, row, staff_id, start, end, import_id, source_row, differs in repo.written_under_other_names():
        if (file, row) in seen:
            continue
        ours = repo.names_staged(staff_id, start, end)
        theirs = repo.names_read(import_id, staff_id, start, end)
        accounts = all(":" in name for name in ours + theirs)
        if not differs and not accounts:
            continue  # the same values under a bare name: the same data again, which changes nothing
        missing = [name for name in theirs if name not in ours]
        partly = len(missing) < len(theirs)
        seen.add((file, row))
        record = repo.get(import_id)
        assert record is not None  # the query joined its log row
        earlier_file, _ = file_of(record.file_name, record.files, source_row // ROW_STRIDE)
        f = plan.files[file]
        when = shown_days(start, end)
        said = {"person": bracketed(plan.staff_names.get(staff_id, ""), f"#{staff_id}"), "when": when, "id": import_id,
                "file": earlier_file, "theirs": joined(theirs), "ours": joined(ours), "this": f.path.name,
                "earlier": _file_of_sheet(earlier_file), "missing": joined(missing), "files": files_listed(record)}
        if partly:  # her day there was the sum of several names; this file gives only some of them again
            reason = t("{person}在 {when} 的数据是第 {id} 次导入「{files}」把「{theirs}」的数值相加得到的，本文件只有「{ours}」。"
                       "单独导入时，本文件的数值会替换那个合计，「{missing}」的数值就丢了。请把本文件和含有「{missing}」的报表一起导入"
                       "（导入向导里同时选中它们），各账号的数值会相加；如果「{missing}」在 {when} 确实没有数据，请先撤销第 {id} 次导入再导入",
                       **said)
        elif accounts and (stray := stray_account(plan, repo, file, row)):
            reason = t("{person}在 {when} 的数据已由第 {id} 次导入「{file}」的子账号「{theirs}」写入。", **said) + stray
        elif accounts:
            reason = t("{person}在 {when} 的数据已由第 {id} 次导入「{file}」的子账号「{theirs}」写入，本文件的「{ours}」是另一个子账号。"
                       "分开导入时，后导入的数值会替换先导入的，而不是相加。请把这些文件一起导入（导入向导里同时选中它们；"
                       "命令行：honghua import {earlier} {this}），各子账号的数值会相加；如果它其实是那份报表改了账号名后重新导出的，"
                       "请先撤销第 {id} 次导入再导入", **said)
        else:  # a bare name (晓燕, no store) is compared, not added, when the files are imported together
            reason = t("{person}在 {when} 的数据已由第 {id} 次导入「{file}」的「{theirs}」写入，本文件的「{ours}」数值不同。"
                       "不带店铺名的名称可能是这位员工各子账号的合计，也可能只是其中一个账号，无法判断；分开导入时，后导入的数值会替换先导入的。"
                       "如果本文件的数值是这位员工在 {when} 的全部数据，请先撤销第 {id} 次导入再导入；如果是另一个子账号的数据，"
                       "请把不带店铺名的名称改为完整的子账号（店铺名:昵称），再把两个文件一起导入（命令行：honghua import {earlier} "
                       "{this}）", **said)
        for part, r in [(file, row), *repo.merges.merged_with(file, row)]:  # the rows put together go with it
            plan.files[part].error(r, _staff_header(plan, part), repo.row_names(part, [r]).get(r, ""), reason)
        repo.drop_rows(file, [row])


def stray_account(plan: ImportPlan, repo: ImportRepo, file: int, row: int) -> str:
    """What to do when the row's sub-account (专营店:小美) was found only by its nickname, through another
    sub-account of the person (旗舰店:小美): it is not hers, so files giving both are compared, never added up.
    '' for a whole sub-account of hers, or a bare name."""
    found = repo.merges.row_account(file, row)
    if found is None or found[1] or ":" not in found[0]:
        return ""
    name, _whole, staff_id = found
    return t("「{name}」还不是{person}的子账号（只是昵称与其子账号相同），几个文件一起导入时也只比较、不相加：如果它是这位员工在"
             "另一个店的账号，请在「员工」页把「{name}」添为{person}的子账号，再把这些文件一起导入，各子账号的数值会相加；"
             "如果它是另一位员工的账号，请把它添为那位员工的子账号", name=name,
             person=bracketed(plan.staff_names.get(staff_id, ""), f"#{staff_id}"))


def _file_of_sheet(name: str) -> str:
    """The workbook's file name in a sheet's name as messages give it (报表.xlsx 工作表「旗舰店」): what to import."""
    template = t("{file} 工作表「{sheet}」", file="\0", sheet="\1")
    between = template[template.index("\0") + 1:template.index("\1")]
    return name.split(between)[0] if between else name


def _staff_header(plan: ImportPlan, file: int) -> str:
    return next((h for h, role in plan.files[file].columns.items() if role == "staff"), t("客服"))

