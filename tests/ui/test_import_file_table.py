"""The import wizard's check step says what each file is and what to do about a file it cannot import yet: a total
of part of a month is not called a month's, a file whose month is not known yet is neither daily nor a total, and a
file waiting for a choice in 处理未识别项 is not called unreadable."""

from __future__ import annotations

import import_wizard_support as support
from import_wizard_support import MONTHLY_XLSX, preview, write_csv

from app.periods import Month

people, make_wizard = support.people, support.make_wizard  # fixtures

REMOVE_ADVICE = "无法读取的文件请点「上一步」移除"


def kinds(wizard) -> dict[str, str]:
    files = wizard.preview_step.file_model
    return {files.text(row, 0): files.text(row, 1) for row in range(files.rowCount())}


def test_the_file_table_names_a_total_of_part_of_a_month_and_a_file_of_no_known_month(qtbot, shop, people,
                                                                                        make_wizard):
    folder = shop.store.path.parent
    half = write_csv(folder / "赤兔_上半月.csv", [["统计时间：2026-10-01 ~ 2026-10-15"], ["客服", "销售额"],
                                               ["旗舰店:小美", "1,234.50"]])
    undated = write_csv(folder / "客服绩效.csv", [["客服", "销售额"], ["小美", "300"]])
    wizard = make_wizard([MONTHLY_XLSX, half, undated])
    preview(qtbot, wizard)
    # was 「整月合计」 for 1–15 October, and 「每日数据」 for a file with neither dates nor a period
    assert kinds(wizard) == {MONTHLY_XLSX.name: "整月合计", half.name: "期间合计", undated.name: ""}


def test_a_file_that_needs_its_month_is_not_called_unreadable(qtbot, shop, people, make_wizard):
    undated = write_csv(shop.store.path.parent / "客服绩效.csv", [["客服", "销售额"], ["小美", "300"]])
    wizard = make_wizard([undated])
    plan = preview(qtbot, wizard)
    assert plan.files[0].file_error and plan.files[0].needs_month
    blocking = wizard.preview_step.blocking.text()
    # the month is chosen in 处理未识别项: removing the file, as the wizard advised, was the wrong way out
    assert "请指定数据所属的月份" in blocking and REMOVE_ADVICE not in blocking
    wizard.go_resolve()
    wizard.resolve_step.set_month(Month(2026, 9))
    preview(qtbot, wizard)
    assert not wizard.preview_step.blocking.text() and wizard.next_button.isEnabled()


def test_a_file_whose_only_amount_column_needs_mapping_is_not_called_unreadable(qtbot, shop, people, make_wizard):
    amounts = write_csv(shop.store.path.parent / "日报.csv", [["日期", "客服", "金额"], ["2026-10-01", "小美", "88"]])
    wizard = make_wizard([amounts])
    preview(qtbot, wizard)
    assert REMOVE_ADVICE not in wizard.preview_step.blocking.text()
    assert "处理未识别项" in wizard.preview_step.error_model.text(0, 4)


def test_an_unreadable_file_beside_one_that_needs_its_month_is_still_said_to_be_removed(qtbot, shop, people,
                                                                                         make_wizard):
    folder = shop.store.path.parent
    picture = folder / "报表.xlsx"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + b"0" * 64)
    undated = write_csv(folder / "客服绩效.csv", [["客服", "销售额"], ["小美", "300"]])
    wizard = make_wizard([undated, picture])
    preview(qtbot, wizard)
    assert REMOVE_ADVICE in wizard.preview_step.blocking.text()


def test_in_english_the_reason_a_whole_file_is_refused_reads_as_a_sentence(qtbot, qapp, shop, people, make_wizard):
    """A reason follows the value it is about (「"x" is not a valid number」), so app/ words it in lower case; a
    whole file's reason has no value before it and stood alone in lower case."""
    from ui.main import install_translators

    undated = write_csv(shop.store.path.parent / "客服绩效.csv", [["客服", "销售额"], ["小美", "300"]])
    row_error = write_csv(shop.store.path.parent / "日报.csv", [["统计时间：2026-10-01 ~ 2026-10-31"],
                                                              ["日期", "客服", "销售额"], ["2026-10-01", "小美", "x"]])
    install_translators(qapp, "en")
    try:
        wizard = make_wizard([undated, row_error])
        preview(qtbot, wizard)
        errors = wizard.preview_step.error_model
        reasons = {errors.text(row, 0): errors.text(row, 4) for row in range(errors.rowCount())}
    finally:
        install_translators(qapp, "zh")
    assert reasons[undated.name].startswith("The report has no date column"), reasons
    assert reasons[row_error.name].startswith("is not a valid amount"), reasons  # after its value "x"


def test_a_date_column_of_half_months_is_a_total_of_part_of_a_month(qtbot, shop, people, make_wizard):
    folder = shop.store.path.parent
    halves = write_csv(folder / "半月.csv", [["日期", "客服", "销售额"], ["2026-09-01~2026-09-15", "小美", "300"],
                                            ["2026-09-16~2026-09-30", "小美", "400"]])
    months = write_csv(folder / "月度.csv", [["日期", "客服", "销售额"], ["2026-08-01~2026-08-31", "阿强", "500"],
                                            ["2026-09-01~2026-09-30", "阿强", "600"]])
    wizard = make_wizard([halves, months])
    preview(qtbot, wizard)
    # each row's own span, from its date cell: the halves were called 整月合计 as every dated total was
    assert kinds(wizard) == {halves.name: "期间合计", months.name: "整月合计"}
