"""数据 → 导入: the wizard driven through its methods (never exec()) on the real import service and a fresh
shop per test — samples, unknown names and columns, errors, approved periods, cancel. Each step's screen is
saved under tests/artifacts/screens/import_*.png."""

from __future__ import annotations

import os
import threading
from datetime import date

import import_wizard_support as support
import pytest
from import_wizard_support import (
    D1,
    DAILY_XLSX,
    GBK_CSV,
    MONTHLY_XLSX,
    OCT,
    commit,
    daily,
    dump,
    preview,
    sample_sales_fen,
    shoot,
    wait_idle,
    write_csv,
)
from PySide6.QtCore import QRect, Qt

from app.domain import StaffDraft
from app.importing import ImportOptions, ImportService
from app.periods import Month
from ui.dialogs import common
from ui.importing import wizard as steps
from ui.importing.resolve_step import CREATE, SKIP

os.environ["QT_QPA_PLATFORM"] = "offscreen"
people, make_wizard = support.people, support.make_wizard  # fixtures


# ---- importing the samples
def test_gbk_csv_and_xlsx_are_imported_through_the_wizard(qtbot, shop, people, make_wizard):
    wizard = make_wizard()
    shoot(wizard, "1_files_empty")
    assert not wizard.next_button.isEnabled()
    assert wizard.add_files([GBK_CSV, DAILY_XLSX]) == 2
    assert wizard.add_files([GBK_CSV]) == 0  # already listed
    assert wizard.next_button.isEnabled() and wizard.next_button.text() == "检查文件"
    shoot(wizard, "1_files")

    plan = preview(qtbot, wizard)
    csv_plan = next(f for f in plan.files if f.path == GBK_CSV)
    assert csv_plan.encoding == "gb18030" and csv_plan.new == 28 and csv_plan.skipped == 1
    model = wizard.preview_step.file_model
    assert [model.text(r, 0) for r in range(model.rowCount())] == [GBK_CSV.name, DAILY_XLSX.name]
    assert [model.text(0, c) for c in range(2, 7)] == ["28", "0", "0", "1", "0"]
    layout = wizard.preview_step.layout_text.toPlainText()
    assert "编码：GB18030" in layout and "表头：第 4 行" in layout and "销售额 → 销售额" in layout
    assert "跳过的合计行（不计入，以免重复）：第 33 行" in layout  # which row the 跳过 1 is, and why
    assert "统计时间：2026年10月1日 至 2026年10月7日（每日数据）" in layout  # days as the window writes them
    assert wizard.preview_step.error_model.rowCount() == 0 and not wizard.preview_step.skip_errors.isVisible()
    assert wizard.next_button.text() == "导入" and wizard.next_button.isEnabled()
    assert shop.store.values.get("sales", D1, people["小美"]) is None  # a preview writes nothing
    shoot(wizard, "2_preview")

    import_id = commit(qtbot, wizard)
    assert shop.store.values.get("sales", D1, people["小美"]) == sample_sales_fen(0, 0)
    assert shop.store.values.get("sales", date(2026, 10, 7), people["大刘"]) == sample_sales_fen(3, 6)
    assert shop.store.values.get("consults", D1, people["阿强"]) is not None  # only the xlsx has 咨询人数
    assert shop.store.values.get("response_s", D1, people["晓雯"]) is not None  # only the csv has 平均响应
    result = wizard.result_step.details.toPlainText()
    assert f"第 {import_id} 次导入" in wizard.result_step.heading.text()
    assert "新增 56 行" in result and "跳过：1 行" in result
    shoot(wizard, "5_result")


def test_month_total_report_without_staff_creates_people_on_request(qtbot, shop, make_wizard):
    wizard = make_wizard([MONTHLY_XLSX])
    plan = preview(qtbot, wizard)
    assert plan.files[0].target == "period" and plan.files[0].header_rows == 2
    assert "第 3–4 行" in wizard.preview_step.layout_text.toPlainText()
    assert "找不到的客服 4 个" in wizard.preview_step.status.text()
    assert not wizard.next_button.isEnabled() and wizard.resolve_button.isVisible()
    wizard.go_resolve()
    for name in wizard.resolve_step.names:
        wizard.resolve_step.set_staff_choice(name, CREATE)
    preview(qtbot, wizard)
    assert "导入时新建员工 4 个：小美、阿强、晓雯、大刘。" in wizard.preview_step.status.text()  # before 导入
    commit(qtbot, wizard)
    assert sorted(p.name for p in shop.staff.list()) == ["大刘", "小美", "晓雯", "阿强"]
    assert "新建的员工（入职日期记为各自在报表中的第一天，可在员工页修改）：小美、阿强、晓雯、大刘" in wizard.result_step.details.toPlainText()


def test_older_data_imported_later_says_the_hire_date_it_moves_back(qtbot, shop, make_wizard, tmp_path):
    october = write_csv(tmp_path / "十月.csv", [["日期", "客服", "销售额"], ["2026-10-05", "小新", "50"]])
    imports = ImportService(shop.store, shop.ctx, shop.metrics)
    imports.commit(imports.preview([october], ImportOptions(create_staff=True)))
    september = write_csv(tmp_path / "九月.csv", [["日期", "客服", "销售额"], ["2026-09-02", "小新", "20"]])
    wizard = make_wizard([september])
    preview(qtbot, wizard)
    said = "小新的入职日期由导入时按报表首日记的 10月5日 改为 9月2日"
    assert said + "。" in wizard.preview_step.status.text()
    assert "入职前" not in wizard.preview_step.notes_text.toPlainText()
    shoot(wizard, "2_preview_hire_moved")
    commit(qtbot, wizard)
    assert said in wizard.result_step.details.toPlainText().splitlines()
    assert shop.staff.resolve("小新").hired == date(2026, 9, 2)


def test_a_name_whose_namesake_left_goes_to_the_one_on_the_team_that_day(qtbot, shop, make_wizard, tmp_path):
    old = shop.staff.add(StaffDraft("张伟", hired=date(2026, 1, 1))).id
    shop.staff.leave(old, date(2026, 9, 30))
    new = shop.staff.add(StaffDraft("张伟", hired=date(2026, 10, 1))).id
    report = write_csv(tmp_path / "日报.csv", [["日期", "客服", "销售额"], ["2026-09-30", "张伟", "60"],
                                              ["2026-10-02", "张伟", "100"]])
    wizard = make_wizard([report])
    plan = preview(qtbot, wizard)
    assert not plan.errors and wizard.next_button.isEnabled()
    said = f"「张伟」：有 2 位同名员工，各行已按日期归到当时在职的那一位：张伟（#{old}）第 2 行起共 1 行、张伟（#{new}）第 3 行起共 1 行"
    assert said in wizard.preview_step.notes_text.toPlainText()
    commit(qtbot, wizard)
    assert shop.store.values.get("sales", date(2026, 9, 30), old) == 6000
    assert shop.store.values.get("sales", date(2026, 10, 2), new) == 10000


def test_a_month_total_beside_daily_data_says_up_front_which_numbers_count(qtbot, shop, people, make_wizard):
    commit(qtbot, _previewed(qtbot, make_wizard([GBK_CSV])))
    wizard = make_wizard([MONTHLY_XLSX])
    preview(qtbot, wizard)
    status = wizard.preview_step.status.text()
    assert MONTHLY_XLSX.name in status and "报表的合计取代它时间段内的每日数据" in status  # not only in 文件结构


def test_a_workbook_of_two_sheets_is_one_file_and_a_file_without_dates_says_so(qtbot, shop, people, make_wizard,
                                                                                tmp_path):
    import openpyxl

    book = openpyxl.Workbook()
    book.active.title = "旗舰店"
    book.active.append(["日期", "客服", "销售额"])
    book.active.append(["2026-10-01", "小美", "100"])
    other = book.create_sheet("专营店")
    other.append(["日期", "客服", "销售额"])
    other.append(["2026-10-01", "阿强", "200"])
    book.save(tmp_path / "两店.xlsx")
    undated = write_csv(tmp_path / "客服绩效.csv", [["客服", "销售额"], ["小美", "300"]])
    wizard = make_wizard([tmp_path / "两店.xlsx", undated])
    plan = preview(qtbot, wizard)
    assert len(plan.files) == 3  # two sheets and the csv: three plans…
    assert wizard.preview_step.status.text().startswith("共 2 个文件")  # …but two files
    row = next(i for i, f in enumerate(plan.files) if f.path == undated)
    wizard.preview_step._show_file(wizard.preview_step.file_model.index(row, 0))
    assert "统计时间：未知" in wizard.preview_step.layout_text.toPlainText()


def test_a_file_with_a_note_per_row_keeps_the_summary_short(qtbot, shop, people, make_wizard):
    from ui.importing.preview_step import NOTES_SHOWN

    wizard = make_wizard([GBK_CSV])
    plan = preview(qtbot, wizard)
    plan.files[0].notes[:] = [f"第 {row} 行：比率与人数不一致" for row in range(3, 40)]
    wizard.preview_step.show_plan(plan)
    status = wizard.preview_step.status.text()
    assert status.count("比率与人数不一致") == NOTES_SHOWN and f"另有 {37 - NOTES_SHOWN} 条说明" in status
    assert "第 39 行" in wizard.preview_step.describe(plan.files[0])  # all of them in 文件结构


def _previewed(qtbot, wizard):
    preview(qtbot, wizard)
    return wizard


# ---- unknown names
def test_an_unknown_name_mapped_to_a_person_is_remembered_as_an_alias(qtbot, shop, people, make_wizard):
    wizard = make_wizard()
    csv = daily(shop.store.path.parent, [["2026-10-01", "xm_2026", "￥1000.00", "10"],
                                         ["2026-10-01", "阿强", "500", "5"]])
    wizard.add_files([csv])
    plan = preview(qtbot, wizard)
    assert plan.unknown_staff == ["xm_2026"]
    assert not wizard.next_button.isEnabled()
    assert "有找不到的客服" in wizard.preview_step.blocking.text()
    wizard.go_resolve()
    assert wizard.step() == steps.RESOLVE and list(wizard.resolve_step.names) == ["xm_2026"]
    assert not wizard.resolve_step.month_box.isVisible()
    wizard.resolve_step.set_staff_choice("xm_2026", people["小美"])
    shoot(wizard, "3_resolve")
    assert wizard.next_button.text() == "应用并重新检查"
    wizard.next()
    wait_idle(qtbot, wizard)
    assert wizard.step() == steps.PREVIEW and not wizard.plan.unknown_staff
    assert list(wizard.resolve_step.names) == ["xm_2026"]  # still listed with its choice
    commit(qtbot, wizard)
    assert shop.store.values.get("sales", D1, people["小美"]) == 100000
    assert shop.staff.resolve("xm_2026").id == people["小美"]
    assert "记住的子账号：xm_2026 → 小美" in wizard.result_step.details.toPlainText()


def test_create_a_new_person_and_skip_another_name(qtbot, shop, people, make_wizard):
    csv = daily(shop.store.path.parent, [["2026-10-01", "旗舰店:新人", "200", "2"],
                                         ["2026-10-01", "路人甲", "300", "3"], ["2026-10-02", "路人甲", "300", "3"],
                                         ["2026-10-01", "阿强", "500", "5"]])
    wizard = make_wizard([csv])
    preview(qtbot, wizard)
    wizard.go_resolve()
    row = wizard.resolve_step.staff_choice("旗舰店:新人")
    assert ("新建员工「新人」", CREATE) in row.own
    wizard.resolve_step.set_staff_choice("旗舰店:新人", CREATE)
    assert wizard.resolve_step.undecided() == ["路人甲"]
    assert not wizard.resolve_step.options(wizard.options()).create_staff  # not while a name is undecided
    wizard.resolve_step.set_staff_choice("路人甲", SKIP)
    plan = preview(qtbot, wizard)
    assert plan.files[0].skipped == 2 and plan.unknown_staff == ["旗舰店:新人"]
    commit(qtbot, wizard)
    person = shop.staff.resolve("旗舰店:新人")
    assert person.name == "新人"
    assert shop.store.values.get("sales", D1, person.id) == 20000
    assert all(p.name != "路人甲" for p in shop.staff.list())
    assert "跳过的客服：路人甲" in wizard.result_step.details.toPlainText()


def test_an_unknown_column_is_mapped_and_a_missing_month_chosen(qtbot, shop, people, make_wizard):
    csv = write_csv(shop.store.path.parent / "无日期.csv", [["客服", "询单人数", "自定义成交"], ["小美", "3", "88"]])
    wizard = make_wizard([csv])
    plan = preview(qtbot, wizard)
    assert plan.files[0].ignored_columns == ["自定义成交"] and plan.files[0].file_error
    assert "请指定数据所属的月份" in wizard.preview_step.error_model.text(0, 4)
    wizard.go_resolve()
    assert wizard.resolve_step.month_box.isVisibleTo(wizard) and list(wizard.resolve_step.columns) == ["自定义成交"]
    wizard.resolve_step.set_month(Month(2026, 9))
    wizard.resolve_step.set_column_choice("自定义成交", "sales")
    shoot(wizard, "3_resolve_month")
    plan = preview(qtbot, wizard)
    assert plan.files[0].period == (date(2026, 9, 1), date(2026, 9, 30)) and plan.files[0].target == "period"
    commit(qtbot, wizard)
    assert shop.store.imports.period_totals("sales", date(2026, 9, 1), date(2026, 9, 30)) == {people["小美"]: 8800}


def test_a_new_shops_first_import_lists_a_few_unknown_names_not_all(qtbot, shop, make_wizard):
    """60 people unknown: the summary names ten (it took seven lines and pushed the file table down); the next
    step lists them all."""
    rows = [["日期", "旺旺", "销售额"]] + [["2026-10-01", f"旗舰店:客服{i:02d}", "100"] for i in range(60)]
    csv = write_csv(shop.store.path.parent / "首次导入.csv", rows)
    wizard = make_wizard([csv])
    preview(qtbot, wizard)
    status = wizard.preview_step.status.text()
    assert "找不到的客服 60 个：旗舰店:客服00、" in status and "旗舰店:客服09……。" in status
    assert "旗舰店:客服10" not in status
    wizard.go_resolve()
    assert len(wizard.resolve_step.names) == 60
    wizard.resolve_step.set_staff_choice("旗舰店:客服00", SKIP)
    wizard.resolve_step.create_rest_button.click()  # not sixty choices one by one
    assert not wizard.resolve_step.undecided()
    preview(qtbot, wizard)
    status = wizard.preview_step.status.text()
    assert "导入时新建员工 59 个：客服01、" in status and "客服10……。" in status and "客服00" not in status
    commit(qtbot, wizard)
    assert len(shop.staff.list()) == 59 and shop.staff.resolve("旗舰店:客服59").name == "客服59"


def test_dates_without_a_year_ask_for_the_month_in_the_window(qtbot, shop, people, make_wizard):
    """10月1日 in a file whose title and name give no year: the window asks for the month (it said 「请用 --month
    指定月份」 on every row and offered only to skip them all)."""
    csv = write_csv(shop.store.path.parent / "客服日报.csv", [["日期", "客服", "销售额"], ["10月1日", "小美", "100"],
                                                         ["10月2日", "小美", "200"]])
    wizard = make_wizard([csv])
    preview(qtbot, wizard)
    assert all("--month" not in wizard.preview_step.error_model.text(r, 4)
               for r in range(wizard.preview_step.error_model.rowCount()))
    assert "请指定数据所属的月份" in wizard.preview_step.blocking.text()
    assert wizard.resolve_button.isVisible()
    wizard.go_resolve()
    assert wizard.resolve_step.month_box.isVisibleTo(wizard)
    wizard.resolve_step.set_month(OCT)
    plan = preview(qtbot, wizard)
    assert not plan.errors and plan.files[0].new == 2
    commit(qtbot, wizard)
    assert shop.store.values.get("sales", date(2026, 10, 2), people["小美"]) == 20000


def test_the_month_chosen_for_one_file_is_not_forced_on_the_others(qtbot, shop, people, make_wizard):
    folder = shop.store.path.parent
    total = write_csv(folder / "合计.csv", [["客服", "销售额"], ["小美", "100"]])
    september = write_csv(folder / "日报.csv", [["统计时间：2026-09-01 ~ 2026-09-30"], ["日期", "客服", "销售额"],
                                              ["2026-09-03", "阿强", "50"]])
    wizard = make_wizard([total, september])
    preview(qtbot, wizard)
    wizard.go_resolve()
    wizard.resolve_step.set_month(OCT)  # asked because of 合计.csv
    plan = preview(qtbot, wizard)
    assert not plan.errors, plan.errors  # was: 日报.csv 「文件的统计时间 2026-09-01 ~ 2026-09-30 不在所选月份 2026年10月 之内」
    commit(qtbot, wizard)
    assert shop.store.values.get("sales", date(2026, 9, 3), people["阿强"]) == 5000


def test_files_that_cannot_be_imported_are_counted_as_files_not_rows(qtbot, shop, people, make_wizard):
    folder = shop.store.path.parent
    bad = folder / "坏文件.xlsx"  # CSV text under an Excel name, read as text: no period, refused as a whole
    bad.write_text("客服,销售额\n小美,100\n", encoding="utf-8")
    other = folder / "另一个.xlsx"
    other.write_bytes(b"not a workbook either")
    wizard = make_wizard([bad, other])
    preview(qtbot, wizard)
    status = wizard.preview_step.status.text()
    assert "出错 0 行。2 个文件无法导入（原因见「错误」）。" in status
    files = wizard.preview_step.file_model
    assert [files.text(r, 6) for r in range(files.rowCount())] == ["整个文件", "整个文件"]
    errors = wizard.preview_step.error_model
    reasons = [errors.text(r, 4) for r in range(errors.rowCount())]
    assert len(reasons) == 2 and "没有统计时间" in reasons[0]
    assert "不是有效的 Excel 文件（可能已损坏，或是改了扩展名的其他文件）" in reasons[1]


def test_an_always_ignored_column_is_not_asked_about_again(qtbot, shop, people, make_wizard):
    from ui.importing.resolve_step import IGNORE_ALWAYS

    rows = [["日期", "客服", "询单人数", "备注栏"], ["2026-10-01", "小美", "3", "x"]]
    first = write_csv(shop.store.path.parent / "日报一.csv", rows)
    wizard = make_wizard([first])
    preview(qtbot, wizard)
    wizard.go_resolve()
    assert list(wizard.resolve_step.columns) == ["备注栏"]
    wizard.resolve_step.set_column_choice("备注栏", IGNORE_ALWAYS)
    preview(qtbot, wizard)
    commit(qtbot, wizard)
    # the last step says it is remembered, and where a slip of the mouse is undone
    assert "记住的列：备注栏 → 忽略（可在「设置 → 导入」里修改或忘记）" in wizard.result_step.details.toPlainText()
    second = write_csv(shop.store.path.parent / "日报二.csv", rows[:1] + [["2026-10-02", "小美", "4", "y"]])
    again = make_wizard([second])
    plan = preview(qtbot, again)
    assert plan.files[0].mappable_columns == []  # remembered as ignored: nothing left to ask about…
    assert plan.files[0].ignored_columns == ["备注栏"]  # …though the preview still lists it as not read
    again.go_resolve()
    assert list(again.resolve_step.columns) == []


# ---- errors
def test_a_file_with_errors_needs_skip_errors_ticked(qtbot, qtmodeltester, shop, people, make_wizard, messages):
    csv = daily(shop.store.path.parent, [["2026-10-01", "小美", "abc", "1"], ["2026-10-01", "阿强", "500", "5"]])
    wizard = make_wizard([csv])
    preview(qtbot, wizard)
    errors = wizard.preview_step.error_model
    qtmodeltester.check(errors)
    qtmodeltester.check(wizard.preview_step.file_model)
    assert errors.rowCount() == 1
    assert [errors.text(0, c) for c in range(4)] == [csv.name, "3", "销售额", "abc"]
    assert errors.data(errors.index(0, 4), Qt.ItemDataRole.BackgroundRole) is not None  # highlighted
    assert wizard.preview_step.tabs.currentWidget() is wizard.preview_step.error_table
    assert wizard.preview_step.skip_errors.isVisible() and not wizard.next_button.isEnabled()
    shoot(wizard, "2_preview_errors")
    before = dump(shop)
    assert wizard.commit() is None
    assert "有出错的行" in messages.of("error")[-1]
    assert dump(shop) == before
    wizard.preview_step.skip_errors.setChecked(True)
    assert wizard.next_button.isEnabled() and wizard.plan.options.skip_errors
    commit(qtbot, wizard)
    assert shop.store.values.get("sales", D1, people["阿强"]) == 50000
    assert shop.store.values.get("sales", D1, people["小美"]) is None
    result = wizard.result_step.details.toPlainText()
    assert "有错误、未导入：1 行" in result and "第 3 行「销售额」列" in result


def test_a_file_that_cannot_be_read_blocks_until_it_is_removed(qtbot, shop, people, make_wizard, tmp_path):
    picture = tmp_path / "报表.xlsx"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + b"0" * 64)
    wizard = make_wizard([GBK_CSV, picture])
    preview(qtbot, wizard)
    errors = wizard.preview_step.error_model
    assert [errors.text(0, c) for c in range(3)] == ["报表.xlsx", "", ""] and "PNG 图片" in errors.text(0, 4)
    wizard.preview_step.skip_errors.setChecked(True)  # no row to skip: the whole file is unreadable
    assert not wizard.next_button.isEnabled() and "有文件无法导入" in wizard.preview_step.blocking.text()
    assert "上一步」移除" in wizard.preview_step.blocking.text()
    wizard.back()
    assert wizard.step() == steps.FILES
    wizard.files_step.list.item(1).setSelected(True)
    wizard.files_step.remove_selected()
    assert wizard.files_step.paths() == [GBK_CSV] and wizard.plan is None
    preview(qtbot, wizard)
    commit(qtbot, wizard)
    assert shop.store.values.get("sales", D1, people["小美"]) == sample_sales_fen(0, 0)


def test_a_preview_that_fails_is_shown_and_goes_back_to_the_files(qtbot, shop, make_wizard, messages, monkeypatch):
    from app.errors import UserError

    def refuse(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        raise UserError("「客服日报.csv」正被其他程序打开，请关闭后再试")
    monkeypatch.setattr(ImportService, "preview", refuse)
    wizard = make_wizard([GBK_CSV])
    wizard.start_preview()
    wait_idle(qtbot, wizard)
    assert wizard.step() == steps.FILES and wizard.next_button.isEnabled()
    assert messages.of("error") == ["「客服日报.csv」正被其他程序打开，请关闭后再试"]


def test_an_approved_period_asks_for_confirmation_naming_it(qtbot, shop, people, make_wizard, messages):
    service = ImportService(shop.store, shop.ctx, shop.metrics)
    service.commit(service.preview([daily(shop.store.path.parent, [["2026-10-01", "小美", "1000", "10"]])]))
    shop.awards.plans.use("taobao-kefu")
    shop.awards.approve(OCT, confirm=True)
    wizard = make_wizard([daily(shop.store.path.parent, [["2026-10-01", "小美", "1200", "10"]], "新.csv")])
    plan = preview(qtbot, wizard)
    assert plan.approved == ["2026-10"] and wizard.next_button.isEnabled()
    before = dump(shop)
    messages.answer = False
    assert wizard.commit() is None
    assert "2026年10月 的评奖已经批准" in messages.of("confirm")[-1]  # the grids' question
    assert dump(shop) == before
    messages.answer = True
    commit(qtbot, wizard)
    assert shop.store.values.get("sales", D1, people["小美"]) == 120000
    assert shop.awards.status(OCT).changed
    assert "评奖已批准的期间 2026年10月 的数据有变" in wizard.result_step.details.toPlainText()


# ---- cancel
@pytest.fixture
def gate(monkeypatch):
    """Hold ImportService.<step> on the worker until the test let it go (the cancel is requested first)."""
    release = threading.Event()

    def hold(step: str) -> None:
        real = getattr(ImportService, step)

        def held(self, *args, **kwargs):  # type: ignore[no-untyped-def]
            assert release.wait(10)
            return real(self, *args, **kwargs)
        monkeypatch.setattr(ImportService, step, held)
    hold.release = release  # type: ignore[attr-defined]
    return hold


def test_cancel_during_preview_writes_nothing(qtbot, shop, people, make_wizard, gate):
    wizard = make_wizard([GBK_CSV, DAILY_XLSX])
    before = dump(shop)
    gate("preview")
    assert wizard.start_preview() is not None
    assert wizard.work_bar.isVisibleTo(wizard) and not wizard.next_button.isEnabled()
    shoot(wizard, "2_checking")
    wizard.cancel_work()
    gate.release.set()
    wait_idle(qtbot, wizard)
    assert wizard.step() == steps.FILES and wizard.plan is None
    assert "已取消检查" in wizard.notice.text()
    assert dump(shop) == before


def test_cancel_during_commit_writes_nothing_and_the_import_can_be_retried(qtbot, shop, people, make_wizard,
                                                                             gate):
    wizard = make_wizard([GBK_CSV])
    preview(qtbot, wizard)
    before = dump(shop)
    gate("commit")
    assert wizard.next() is not None
    assert wizard.step() == steps.RESULT and "正在写入" in wizard.result_step.heading.text()
    shoot(wizard, "4_committing")
    wizard.cancel_work()
    gate.release.set()
    wait_idle(qtbot, wizard)
    assert wizard.step() == steps.PREVIEW and "已取消导入" in wizard.notice.text()
    assert dump(shop) == before
    commit(qtbot, wizard)  # the preview is still staged on the session's connection
    assert shop.store.values.get("sales", D1, people["小美"]) == sample_sales_fen(0, 0)


def test_closing_the_wizard_while_checking_cancels(qtbot, shop, people, make_wizard, gate):
    wizard = make_wizard([GBK_CSV])
    before = dump(shop)
    gate("preview")
    wizard.start_preview()
    gate.release.set()
    wizard.reject()  # waits for the worker to stop
    assert not wizard.session.busy and wizard.session.task is None
    assert dump(shop) == before


def test_the_same_file_again_says_nothing_changed_and_records_nothing(qtbot, shop, people, make_wizard):
    service = ImportService(shop.store, shop.ctx, shop.metrics)
    first = service.commit(service.preview([GBK_CSV]))
    wizard = make_wizard([GBK_CSV])
    plan = preview(qtbot, wizard)
    assert f"第 {first} 次导入「{GBK_CSV.name}」" in wizard.preview_step.status.text()
    before = dump(shop)
    emitted = []
    wizard.imported.connect(emitted.append)
    assert wizard.next() is not None
    wait_idle(qtbot, wizard)
    assert wizard.step() == steps.RESULT and wizard.import_id is None and emitted == []
    assert wizard.result_step.heading.text() == "内容没有变化，没有写入"
    assert f"第 {first} 次导入「{GBK_CSV.name}」" in wizard.result_step.details.toPlainText()
    assert dump(shop) == before and [r.id for r in service.history()] == [first]
    assert plan.repeats and not wizard.history_button.isVisible()
    shoot(wizard, "5_result_repeat")


def test_the_same_file_again_records_nothing_though_the_shop_changed_elsewhere_after_the_check(
        qtbot, shop, people, make_wizard):
    service = ImportService(shop.store, shop.ctx, shop.metrics)
    first = service.commit(service.preview([GBK_CSV]))
    wizard = make_wizard([GBK_CSV])
    preview(qtbot, wizard)
    shop.staff.add(StaffDraft(name="新来的"))  # another page wrote meanwhile: the import's data is as it was
    assert wizard.next() is not None
    wait_idle(qtbot, wizard)
    assert wizard.import_id is None and wizard.result_step.heading.text() == "内容没有变化，没有写入"
    assert [r.id for r in service.history()] == [first]


def test_the_file_table_shows_several_files_in_the_default_size(qtbot, shop, people, make_wizard, tmp_path,
                                                               monkeypatch):
    """920×640 is what a 1024×700 screen leaves the wizard: seven files with notes showed 1½ rows of the table."""
    monkeypatch.setattr(common, "available_geometry", lambda _window: QRect(0, 0, 1024, 700))
    files = [daily(tmp_path, [[f"2026-10-{day:02d}", "小美", "100", "3"]], name=f"日报{day}.csv") for day in range(8, 14)]
    wizard = make_wizard([GBK_CSV, *files])
    assert (wizard.width(), wizard.height()) == (920, 640)
    preview(qtbot, wizard)
    table = wizard.preview_step.file_table
    last_whole = table.rowAt(table.viewport().height() - 1) - 1  # the row cut by the bottom edge is not counted
    assert last_whole + 1 >= 4 and not wizard.notice.isVisible()
    assert not wizard.preview_step.blocking.isVisible()
    shoot(wizard, "2_preview_seven_files")


@pytest.mark.parametrize(("choices", "lists"), [
    (("new", "new", "王芳", "skip"), [("New staff (start date set to the first day each appears in the reports; "
                                       "change it on the Staff page): 小美, 阿强")]),
    (("王芳", "李娜", "skip", "skip"), ["Sub-accounts remembered: 旗舰店:小美 → 王芳, 旗舰店:阿强 → 李娜",
                                       "Staff skipped: 旗舰店:大刘, 旗舰店:晓雯"])])
def test_the_english_result_lists_new_mapped_and_skipped_staff_with_commas(qtbot, qapp, shop, make_wizard, choices,
                                                                           lists):
    """The result's lists of people created, sub-accounts remembered and people skipped were joined with 「、」 in
    the English window."""
    from ui.main import install_translators

    ids = {name: shop.staff.add(StaffDraft(name)).id for name in ("王芳", "李娜")}
    install_translators(qapp, "en")
    try:
        wizard = make_wizard([MONTHLY_XLSX])
        preview(qtbot, wizard)
        wizard.go_resolve()
        for name, choice in zip(wizard.resolve_step.names, choices, strict=True):
            wizard.resolve_step.set_staff_choice(name, {"new": CREATE, "skip": SKIP}.get(choice) or ids[choice])
        preview(qtbot, wizard)
        commit(qtbot, wizard)
        result = wizard.result_step.details.toPlainText()
    finally:
        install_translators(qapp, "zh")
    assert set(lists) <= set(result.splitlines()), result


def test_the_english_file_layout_lists_the_columns_left_unread_with_commas(qtbot, qapp, shop, people, make_wizard):
    """文件结构 joined the columns it does not read with 「、」 in the English window."""
    from ui.main import install_translators

    install_translators(qapp, "en")
    try:
        wizard = make_wizard([GBK_CSV])
        plan = preview(qtbot, wizard)
        plan.files[0].ignored_columns[:] = ["旺旺分组", "备注"]
        layout = wizard.preview_step.describe(plan.files[0])
    finally:
        install_translators(qapp, "zh")
    assert "旺旺分组, 备注" in layout, layout


def test_the_file_layout_says_which_of_two_columns_alike_is_read(qtbot, tmp_path, people, make_wizard):
    """Two 客服 columns: 文件结构 listed 客服 as read and 客服 as not read, without saying which was which."""
    path = write_csv(tmp_path / "日报.csv", [["日期", "客服", "询单人数", "客服", "销售额"],
                                           ["2026-10-01", "小美", "10", "阿强", "100"]])
    wizard = make_wizard([path])
    layout = wizard.preview_step.describe(preview(qtbot, wizard).files[0]).splitlines()
    assert "    客服（B 列） → 客服" in layout and "未读取的列（已忽略）：客服（D 列）" in layout, layout
    assert "说明：有 2 列的表头都是「客服」：读取的是 B 列，D 列没有读取" in layout, layout
