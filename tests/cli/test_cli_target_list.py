"""`honghua target list`: a month's targets of one metric as the 目标 page shows them."""

from datetime import date

from PySide6.QtCore import Qt

from app.periods import Month
from app.shop import Shop
from ui.pages.targets import TargetsPage


def _set(cli, *args):
    result = cli("target", "set", "--month", "2026-10", *args)
    assert result.code == 0, result.err


def test_the_list_shows_what_the_targets_page_shows(cli, add, db, qtbot):
    add("小美", "--dept", "客服部", "--hired", "2025-01-01")
    add("阿强", "--dept", "客服部", "--hired", "2026-10-15")
    add("老王", "--dept", "售后部", "--hired", "2025-01-01")
    _set(cli, "--staff", "小美", "--value", "12.5万")
    _set(cli, "--staff", "阿强", "--value", "¥8,000.50")
    _set(cli, "--shop", "--value", "30000")
    result = cli("target", "list", "--month", "2026-10")
    assert result.code == 0, result.err
    listed = [line.split() for line in result.out.splitlines()[3:]]

    shop = Shop.open(db, date(2026, 10, 20))
    page = TargetsPage(shop)
    qtbot.addWidget(page)
    page.picker.setMonth(Month(2026, 10))
    model = page.model
    shown = [[model.headerData(row, Qt.Orientation.Vertical), model.index(row, 1).data() or "未设"]
             for row in range(model.rowCount())]
    assert [[line[1], line[-1]] for line in listed[:3]] == shown[:3]  # each person: name and target
    assert [[line[0], line[-1]] for line in listed[3:]] == shown[3:]  # 个人目标合计, 全店目标
    assert shown[0][1] == "¥125,000.00" and shown[2][1] == "未设" and shown[3][1] == "¥133,000.50"
    shop.store.close()


def test_a_metric_kept_as_an_average_has_no_sum(cli, add):
    add("小美", "--dept", "客服部")
    _set(cli, "--staff", "小美", "--metric", "平均响应时间", "--value", "30")
    out = cli("target", "list", "--month", "2026-10", "--metric", "response_s").out
    assert out.splitlines()[0] == "2026年10月 平均响应时间目标"
    assert "30秒" in out.splitlines()[3]
    assert out.splitlines()[4].split() == ["个人目标合计", "—"]


def test_the_target_help_names_every_form_a_target_may_be_written_in(cli, add, capsys):
    """The 目标 page says 1.25万 may be typed, and `target set` takes it, but its help listed only 12500,
    12,500.50, ¥12,500 and ￥12,500: each form the help names is taken, 1.25万 among them."""
    from app.cli import main

    assert main(["target", "set", "--help"]) == 0
    said = " ".join(capsys.readouterr().out.split())
    forms = said.split("金额可写 ", 1)[1].split("选项")[0].replace(" 或 ", "、").strip().split("、")
    assert "1.25万" in forms
    add("小美", "--dept", "客服部", "--hired", "2025-01-01")
    for form in forms:
        assert cli("target", "set", "--month", "2026-10", "--staff", "小美", "--value", form).code == 0, form
