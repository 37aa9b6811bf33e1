"""`honghua plan|awards|payout|receipt` in-process on a file prepared with the services."""

import json
import re
from datetime import date

import openpyxl
import pytest

from app.cli import main
from app.i18n import set_language
from app.shop import Shop

from .conftest import PLAN_A, PLAN_B, SEP, put, write_plan


@pytest.fixture
def prepared(db_path, tmp_path, today):
    """The conftest team written to a file the CLI then opens."""

    shop = Shop.open(db_path, today)
    from app.domain import StaffDraft

    ids = {}
    for name, dept, pay in (("甲", "客服部", None), ("乙", "客服部", None), ("丙", "售后部", 300000)):
        ids[name] = shop.staff.add(StaffDraft(name=name, dept=dept, hired=date(2026, 3, 1), base_pay_fen=pay)).id
    put(shop, ids["甲"], date(2026, 8, 10), 1_000_000)
    put(shop, ids["甲"], date(2026, 9, 3), 1_200_000)
    put(shop, ids["乙"], date(2026, 8, 10), 1_000_000)
    shop.targets.set_staff(SEP, ids["甲"], shop.metrics.get("sales"), 1_000_000)
    shop.events.add(date(2026, 9, 9), ids["乙"], "投诉")
    shop.events.add(date(2026, 9, 12), ids["丙"], "表扬")
    shop.close()
    write_plan(tmp_path, PLAN_A)
    write_plan(tmp_path, PLAN_B)
    return ids


@pytest.fixture
def cli(db_path, capsys, monkeypatch):
    monkeypatch.delenv("HONGHUA_DB", raising=False)
    monkeypatch.delenv("HONGHUA_TODAY", raising=False)

    def run(*args, today="2026-10-20", lang=None):
        capsys.readouterr()
        code = main(["--db", str(db_path), "--today", today, *(["--lang", lang] if lang else []), *args])
        out = capsys.readouterr()
        return code, out.out, out.err

    yield run
    set_language("zh")


def test_plan_use_list_and_export(cli, prepared, tmp_path):
    code, out, _ = cli("plan", "use", str(tmp_path / "kefu-test.json"))
    assert code == 0 and "已用于全部部门，所有期间。" in out  # a sentence, ended as one
    code, out, _ = cli("plan", "use", str(tmp_path / "after-test.json"), "--dept", "售后部", "--from", "2026-01")
    assert code == 0 and "售后方案" in out and "售后部" in out
    code, out, _ = cli("plan", "list", "--json")
    listing = json.loads(out)
    assert [p["key"] for p in listing["presets"]] == ["taobao-kefu", "after-sales", "ecommerce-pay"]  # as offered
    assert [(a["dept"], a["from"], a["plan"]) for a in listing["in_force"]] == \
        [(None, None, "客服方案"), ("售后部", "2026-01", "售后方案")]
    code, _, _ = cli("plan", "export", "客服方案", "-o", str(tmp_path / "out" / "a.json"))
    assert code == 0 and json.loads((tmp_path / "out" / "a.json").read_text(encoding="utf-8"))["name"] == "客服方案"
    code, _, err = cli("plan", "use", "nothing-like-this")
    assert code == 2 and "没有预设方案" in err



def test_plan_use_and_export_take_the_number_plan_list_shows(cli, prepared, tmp_path):
    """`plan list` numbers the shop's plans, and `plan export 1` answered 「没有预设方案「1」」."""
    cli("plan", "use", str(tmp_path / "kefu-test.json"))
    cli("plan", "use", str(tmp_path / "after-test.json"), "--dept", "售后部")
    code, out, _ = cli("plan", "list", "--json")
    numbers = {p["name"]: p["id"] for p in json.loads(out)["plans"]}
    code, out, _ = cli("plan", "list")
    assert f"{numbers['售后方案']}" in out
    code, _, err = cli("plan", "export", str(numbers["售后方案"]), "-o", str(tmp_path / "b.json"))
    assert code == 0, err
    assert json.loads((tmp_path / "b.json").read_text(encoding="utf-8"))["name"] == "售后方案"
    code, out, err = cli("plan", "use", f"#{numbers['售后方案']}", "--dept", "客服部")
    assert code == 0 and "方案「售后方案」已用于客服部" in out, err
    code, _, err = cli("plan", "use", "99")
    assert code == 2 and "店铺没有编号为 99 的方案" in err and f"{numbers['客服方案']}（客服方案" in err, err


def test_plan_list_says_where_each_plan_came_from_in_the_owners_words(cli, prepared, tmp_path):
    """The table printed the stored source as kept (「预设 taobao-kefu」), where the window says 预设「…」."""
    cli("plan", "use", "taobao-kefu")
    cli("plan", "use", str(tmp_path / "after-test.json"), "--dept", "售后部")
    code, out, _ = cli("plan", "list")
    assert code == 0 and "预设「淘宝客服激励方案」" in out and "导入自文件「after-test.json」" in out
    assert "预设 taobao-kefu" not in out
    code, out, _ = cli("plan", "list", "--json")
    plans = json.loads(out)["plans"]
    assert {p["source_text"] for p in plans} == {"预设「淘宝客服激励方案」", "导入自文件「after-test.json」"}
    assert all("source" in p for p in plans)  # the kept words stay under their key


def test_compute_json_contract(cli, prepared, tmp_path):
    cli("plan", "use", str(tmp_path / "kefu-test.json"))
    cli("plan", "use", str(tmp_path / "after-test.json"), "--dept", "售后部")
    code, out, _ = cli("awards", "compute", "--period", "2026-09", "--json")
    assert code == 0
    data = json.loads(out)
    assert data["period"] == "2026-09"
    keys = {"recipient_type", "staff_id", "staff", "award", "rule_kind", "kind", "amount_fen", "item", "explanation",
            "certificate"}
    assert all(keys <= set(line) for line in data["lines"])
    amounts = {(x["staff"], x["award"]): x["amount_fen"] for x in data["lines"]}
    # 甲 12,000 / 10,000 = 120% → ¥500; 12,000 − 10,000 = one ¥2,000 step → ¥100; 乙 1 complaint → −¥200
    assert amounts == {("甲", "阶段目标奖"): 50000, ("甲", "阶梯奖励"): 10000, ("乙", "投诉扣款"): -20000,
                       ("丙", "表扬奖"): 3000, (None, "优秀部门"): 50000}
    totals = {x["staff"]: (x["cash_fen"], x["goods_fen"], x["deduction_fen"], x["net_fen"]) for x in data["totals"]}
    assert totals == {"甲": (60000, 0, 0, 60000), "乙": (0, 0, 20000, -20000), "丙": (3000, 0, 0, 3000)}
    team = next(x for x in data["lines"] if x["recipient_type"] == "department")
    assert (team["staff_id"], team["dept"]) == (None, "客服部")


def test_compute_says_why_people_got_nothing_as_the_page_does(cli, prepared, tmp_path):
    cli("plan", "use", str(tmp_path / "kefu-test.json"))
    code, out, _ = cli("awards", "compute", "--period", "2026-09")
    assert code == 0
    why = out.split("未获奖原因：", 1)[1]
    rows = [line.split() for line in why.strip().splitlines()[2:]]  # after the header and its rule
    assert ["阶段目标奖", "乙", "未设目标"] in rows  # 乙 has no September target
    code, out, _ = cli("awards", "compute", "--period", "2026-09", "--json")
    assert "未获奖原因" not in out and json.loads(out)["not_awarded"]


def test_manual_approve_change_and_status(cli, prepared, tmp_path):
    cli("plan", "use", str(tmp_path / "kefu-test.json"))
    code, _, err = cli("awards", "manual", "--period", "2026-09", "--rule", "降本奖", "--staff", "乙",
                       "--amount", "300", "--reason", "")
    assert code == 2 and "理由" in err
    code, out, _ = cli("awards", "manual", "--period", "2026-09", "--rule", "降本奖", "--staff", "乙",
                       "--amount", "300", "--reason", "换了包装供应商")
    assert code == 0 and out.strip() == "已添加手动奖项 #1"
    code, out, err = cli("awards", "approve", "--period", "2026-10")
    assert code == 2 and "--confirm" in err and "2026年10月31日" in err
    assert cli("awards", "approve", "--period", "2026-09")[0] == 0
    code, out, _ = cli("awards", "status", "--period", "2026-09")
    assert "数据未变化" in out
    assert cli("data", "set", "--date", "2026-09-20", "--staff", "乙", "--metric", "sales", "--value", "12000",
               "--confirm-approved")[0] == 0
    code, out, _ = cli("awards", "status", "--period", "2026-09")
    assert code == 0 and "批准后数据有变化" in out and "乙：实发 ¥100.00 → ¥200.00" in out
    assert "T" not in out.splitlines()[0]  # the approval time reads 2026-10-20 09:30, not ISO
    assert cli("awards", "approve", "--period", "2026-Q3")[0] == 0
    code, _, err = cli("payout", "--month", "2026-09", "-o", str(tmp_path / "p.xlsx"))
    assert code == 0 and "2026年9月 批准后数据有变化" in err
    # 乙 had ¥300 − ¥200 = ¥100; now also one ¥2,000 step over August's ¥10,000 → + ¥100 = ¥200
    data = json.loads(cli("awards", "compute", "--period", "2026-09", "--json")[1])
    assert data["changed"] is True and data["approved"] is True
    assert {x["staff"]: x["net_fen"] for x in data["totals"]}["乙"] == 10000  # still the approved lines
    code, out, _ = cli("awards", "remove", "1")
    assert code == 0 and "降本奖" in out


def test_data_changed_since_approval_with_the_same_result_says_so(cli, prepared, tmp_path):
    """甲's September ¥12,000.00 → ¥12,100.00: still ≥120% of ¥10,000.00 (¥500) and still one ¥2,000 step over
    August's ¥10,000.00 (¥100), so nobody's pay moves; status said only 「批准后数据有变化」 and listed nothing."""
    cli("plan", "use", str(tmp_path / "kefu-test.json"))
    assert cli("awards", "approve", "--period", "2026-09")[0] == 0
    assert cli("data", "set", "--date", "2026-09-20", "--staff", "甲", "--metric", "sales", "--value", "100",
               "--confirm-approved")[0] == 0
    for command in ("status", "compute"):
        code, out, _ = cli("awards", command, "--period", "2026-09")
        assert code == 0 and "批准后数据有变化，但按现在的数据重新计算，结果与批准时相同" in out.splitlines()[0]
        assert "与批准结果的差异" not in out


def test_payout_needs_approval_unless_draft(cli, prepared, tmp_path):
    cli("plan", "use", str(tmp_path / "kefu-test.json"))
    code, _, err = cli("payout", "--month", "2026-09", "-o", str(tmp_path / "p.xlsx"))
    assert code == 2 and "2026年9月" in err and "--draft" in err and not (tmp_path / "p.xlsx").exists()
    code, _, err = cli("payout", "--month", "2026-09", "-o", str(tmp_path / "p.xlsx"), "--draft")
    assert code == 0 and "草稿" in err and (tmp_path / "p.xlsx").exists()
    code, out, _ = cli("receipt", "--month", "2026-09", "--all", "--draft", "-o", str(tmp_path / "全员.pdf"))
    assert code == 0 and "人，一人一页" in out and (tmp_path / "全员.pdf").exists()
    code, _, err = cli("receipt", "--month", "2026-09", "--all", "--staff", "甲", "-o", str(tmp_path / "x.pdf"))
    assert code == 2 and "不能与" in err


def test_payout_lists_departments_in_pinyin_order(cli, prepared, tmp_path):
    import openpyxl

    cli("plan", "use", str(tmp_path / "kefu-test.json"))
    cli("plan", "use", str(tmp_path / "after-test.json"), "--dept", "售后部")
    code, _, err = cli("payout", "--month", "2026-09", "-o", str(tmp_path / "p.xlsx"), "--draft")
    assert code == 0, err
    rows = list(openpyxl.load_workbook(tmp_path / "p.xlsx").active.iter_rows(values_only=True))
    assert [(r[2], r[1]) for r in rows if isinstance(r[0], int)] == [("客服部", "甲"), ("客服部", "乙"), ("售后部", "丙")]


@pytest.mark.parametrize("command, name, suffix", [
    (("payout", "--month", "2026-09", "--draft"), "p.txt", ".xlsx"),
    (("payout", "--month", "2026-09", "--draft"), "p", ".xlsx"),
    (("receipt", "--month", "2026-09", "--all", "--draft"), "全员.xlsx", ".pdf"),
    (("export", "--month", "2026-09"), "数据.csv", ".xlsx"),
    (("poster", "--month", "2026-09"), "战报.jpg", ".png"),
])
def test_an_output_not_named_for_its_kind_is_refused(cli, prepared, tmp_path, command, name, suffix):
    cli("plan", "use", str(tmp_path / "kefu-test.json"))
    code, out, err = cli(*command, "-o", str(tmp_path / name))
    assert code == 2 and out == "" and f"-o 要写一个以 {suffix} 结尾的文件名" in err and name in err, err
    assert "Traceback" not in err and list(tmp_path.glob(f"{name}*")) == []
    code, _, err = cli(*command, "-o", str(tmp_path / name), lang="en")
    assert code == 2 and f"-o needs a file name ending in {suffix}" in err
    upper = str(tmp_path / ("P" + suffix.upper()))
    assert cli(*command, "-o", upper)[0] == 0  # P.XLSX is an Excel file too


def test_english_messages(cli, prepared, tmp_path):
    code, _, err = cli("awards", "compute", "--period", "2026-09", lang="en")
    assert code == 2 and err.isascii() and "plan use" in err


def test_payout_note_tells_a_plan_change_from_a_data_change(cli, prepared, tmp_path):
    """As on the 评奖 page: a sheet of approved lines says whether the plan in force, the data, or both changed."""
    cli("plan", "use", str(tmp_path / "kefu-test.json"))
    cli("plan", "use", str(tmp_path / "after-test.json"), "--dept", "售后部")
    assert cli("awards", "approve", "--period", "2026-09")[0] == 0
    assert cli("awards", "approve", "--period", "2026-Q3")[0] == 0  # paid in September too
    edited = json.loads(json.dumps(PLAN_A))
    next(r for r in edited["rules"] if r["name"] == "投诉扣款")["amount"] = 100
    write_plan(tmp_path, edited, "edited.json")
    assert cli("plan", "use", str(tmp_path / "edited.json"), "--dept", "客服部", "--from", "2026-09")[0] == 0
    code, _, err = cli("payout", "--month", "2026-09", "-o", str(tmp_path / "plan.xlsx"))
    assert code == 0 and "2026年9月 批准后方案有变化（客服方案 第1版 → 第2版），本表仍按批准时的结果" in err
    assert "数据" not in err
    sheet = openpyxl.load_workbook(tmp_path / "plan.xlsx")["发放表"]
    assert any("批准后方案有变化（客服方案 第1版 → 第2版）" in str(c.value) for row in sheet.iter_rows() for c in row)
    assert cli("data", "set", "--date", "2026-09-20", "--staff", "乙", "--metric", "sales", "--value", "12000",
               "--confirm-approved")[0] == 0
    code, _, err = cli("payout", "--month", "2026-09", "-o", str(tmp_path / "both.xlsx"))
    assert code == 0 and ("注意：2026年9月 批准后方案（客服方案 第1版 → 第2版）和数据都有变化；"
                          "2026年第三季度 批准后数据有变化，本表仍按批准时的结果") in err
    code, _, err = cli("payout", "--month", "2026-09", "-o", str(tmp_path / "en.xlsx"), lang="en")
    assert code == 0 and "both the plan in force for" in err and "changed since approval" in err
    # the sheet is a Chinese document whatever the window's language: its note too
    sheet = openpyxl.load_workbook(tmp_path / "en.xlsx")["发放表"]
    notes = [str(c.value) for row in sheet.iter_rows() for c in row if "批准后" in str(c.value)]
    assert notes == [("注意：2026年9月 批准后方案（客服方案 第1版 → 第2版）和数据都有变化；2026年第三季度 批准后数据有变化，"
                      "本表仍按批准时的结果；如需更新请重新计算并再次批准。")]
    said = next(line for line in err.splitlines() if "changed since approval" in line)
    assert "2026-09" in said and "Q3" in said and "年" not in said  # the periods as English says them too


def test_plan_use_on_an_approved_month_notes_it_and_status_says_plan_changed(cli, prepared, tmp_path):
    cli("plan", "use", str(tmp_path / "kefu-test.json"))
    cli("plan", "use", str(tmp_path / "after-test.json"), "--dept", "售后部")
    assert cli("awards", "approve", "--period", "2026-09")[0] == 0
    edited = json.loads(json.dumps(PLAN_A))
    next(r for r in edited["rules"] if r["name"] == "投诉扣款")["amount"] = 100
    write_plan(tmp_path, edited, "edited.json")
    code, out, err = cli("plan", "use", str(tmp_path / "edited.json"), "--dept", "客服部", "--from", "2026-09")
    assert code == 0 and "第2版" in out
    assert "已批准的 2026年9月 保留批准时的结果" in err
    code, out, _ = cli("awards", "status", "--period", "2026-09")
    assert code == 0 and "批准后方案有变化（客服方案 第1版 → 第2版）" in out and "批准后数据有变化" not in out
    code, out, _ = cli("awards", "compute", "--period", "2026-09")
    assert "方案：客服方案（客服部、未分部门）；售后方案（售后部）\n现在生效：" in out and "客服方案（第2版）（客服部）" in out


def test_a_month_approved_in_english_shows_only_its_data_change(cli, prepared, tmp_path):
    """The plan kept with the approval is compared by department, not by the language's 「no department」."""
    cli("plan", "use", str(tmp_path / "kefu-test.json"))
    cli("plan", "use", str(tmp_path / "after-test.json"), "--dept", "售后部")
    assert cli("awards", "approve", "--period", "2026-09", lang="en")[0] == 0
    assert cli("awards", "approve", "--period", "2026-Q3")[0] == 0  # paid in September too
    assert cli("event", "add", "--date", "2026-09-20", "--staff", "乙", "--type", "表扬", "--confirm-approved")[0] == 0
    code, out, _ = cli("awards", "status", "--period", "2026-09", "--json")
    data = json.loads(out)
    assert code == 0 and data["changed"] and data["data_changed"] and not data["plan_changed"]
    code, out, _ = cli("awards", "status", "--period", "2026-09")
    assert "批准后数据有变化" in out and "方案和数据" not in out and "方案有变化" not in out
    code, _, err = cli("payout", "--month", "2026-09", "-o", str(tmp_path / "sep.xlsx"))
    assert code == 0 and "批准后数据有变化" in err and "方案" not in err


def test_a_month_approved_in_chinese_lists_only_real_differences_in_english(cli, prepared, tmp_path):
    """Explanations are kept in the language of the approval: read in English they are no difference."""
    cli("plan", "use", str(tmp_path / "kefu-test.json"))
    cli("plan", "use", str(tmp_path / "after-test.json"), "--dept", "售后部")
    assert cli("awards", "approve", "--period", "2026-09")[0] == 0
    assert cli("data", "set", "--date", "2026-09-20", "--staff", "乙", "--metric", "sales", "--value", "12000",
               "--confirm-approved")[0] == 0
    for lang in ("zh", "en"):
        code, out, _ = cli("awards", "status", "--period", "2026-09", lang=lang)
        *listed, total = [line for line in out.splitlines() if not line.startswith("  ")][2:]
        assert code == 0 and listed == [{"zh": "乙：实发 -¥200.00 → -¥100.00", "en": "乙: net -¥200.00 → -¥100.00"}[lang]]
        assert total == {"zh": "个人实发合计 ¥430.00 → ¥530.00", "en": "Net pay to staff ¥430.00 → ¥530.00"}[lang]
        assert out.count("\n  + ") == 1 and "阶梯奖励 ¥100.00" in out and "\n  − " not in out
        data = json.loads(cli("awards", "status", "--period", "2026-09", "--json", lang=lang)[1])
        assert [d["recipient"] for d in data["differences"]] == ["乙"]


def test_compute_shows_deductions_with_their_sign_as_the_sheet_does(cli, prepared, tmp_path):
    """乙's ¥200 complaint: the window, the payout sheet, the 计算单 and `awards simulate` write −¥200.00 under 扣款;
    the compute table wrote ¥200.00 beside a net of −¥200.00."""
    cli("plan", "use", str(tmp_path / "kefu-test.json"))
    code, out, _ = cli("awards", "compute", "--period", "2026-09")
    assert code == 0
    totals = out.split("个人合计：", 1)[1].split("\n\n", 1)[0]
    row = next(line.split() for line in totals.splitlines() if line.startswith("乙"))
    assert row[1:5] == ["¥0.00", "¥0.00", "-¥200.00", "-¥200.00"]
    code, out, _ = cli("awards", "compute", "--period", "2026-09", "--json")
    assert next(x for x in json.loads(out)["totals"] if x["staff"] == "乙")["deduction_fen"] == 20000  # as before


def test_payout_says_the_team_fund_and_goods_only_when_the_sheet_lists_them(cli, prepared, tmp_path):
    cli("plan", "use", str(tmp_path / "after-test.json"))  # cash and fixed pay only: no team fund, no goods
    code, out, err = cli("payout", "--month", "2026-09", "-o", str(tmp_path / "p.xlsx"), "--draft")
    assert code == 0, err
    assert "奖金实发合计" in out and "团队基金" not in out and "实物价值" not in out
    cli("plan", "use", str(tmp_path / "kefu-test.json"))  # 优秀部门 pays the 客服部's team fund
    code, out, err = cli("payout", "--month", "2026-09", "-o", str(tmp_path / "p.xlsx"), "--draft", lang="en")
    assert code == 0, err
    assert "net awards" in out and "team funds ¥500.00" in out and "goods worth" not in out


def test_approving_again_says_which_approval_it_replaced_and_the_change(cli, prepared, tmp_path):
    """After a late data edit, `awards approve` replaced the earlier approval saying only 「已批准 2026年9月：…
    个人实发现金合计 ¥700.00」, as a first approval: not that an approval was replaced, nor what it paid before."""
    cli("plan", "use", str(tmp_path / "kefu-test.json"))
    code, first, _ = cli("awards", "approve", "--period", "2026-09")
    assert code == 0 and first.startswith("已批准 2026年9月") and "取代" not in first
    assert cli("data", "set", "--date", "2026-09-20", "--staff", "乙", "--metric", "sales", "--value", "12000",
               "--confirm-approved")[0] == 0
    code, out, _ = cli("awards", "approve", "--period", "2026-09")
    old_net = re.search(r"合计 (¥[\d,.]+)", first).group(1)
    assert code == 0 and out.startswith("已重新批准 2026年9月（取代 2026年10月20日 ")
    assert f"个人实发现金合计 {old_net} → " in out and "批准记录" in out
    code, out, _ = cli("awards", "approve", "--period", "2026-09", lang="en")
    assert code == 0 and "nothing to approve" in out


def test_removing_a_manual_line_of_an_approved_period_says_it_waits_for_the_next_approval(cli, prepared, tmp_path):
    """`awards manual` and `awards adjust` on an approved period say the change is paid from its next approval;
    `awards remove` said only 「已删除 #1（降本奖）」, though the line stays on the payout sheet until then."""
    cli("plan", "use", str(tmp_path / "kefu-test.json"))
    for _ in range(2):
        assert cli("awards", "manual", "--period", "2026-09", "--rule", "降本奖", "--staff", "乙", "--amount", "300",
                   "--reason", "换了包装供应商")[0] == 0
    code, out, err = cli("awards", "remove", "1")
    assert code == 0 and out.strip() == "已删除 #1（降本奖）" and not err  # not approved: nothing waits
    assert cli("awards", "approve", "--period", "2026-09")[0] == 0
    code, out, err = cli("awards", "remove", "2")
    assert code == 0 and "已删除 #2（降本奖）" in out and "2026年9月 已批准：这次修改会在重新批准后生效" in err


def test_compute_of_a_period_not_started_says_it_is_a_preview(cli, prepared, tmp_path):
    """`awards compute --period 2026-11` on 20 October said 「提示：期间尚未结束，结果是暂时的」, as for the running
    month; the period has not started, and `awards approve` refuses it."""
    cli("plan", "use", str(tmp_path / "kefu-test.json"))
    code, _, err = cli("awards", "compute", "--period", "2026-11")
    assert code == 0 and "2026年11月 还没有开始（2026年11月1日 开始），结果只是按现有数据的预览" in err and "尚未结束" not in err
    code, _, err = cli("awards", "compute", "--period", "2026-10")
    assert code == 0 and "提示：期间尚未结束，结果是暂时的" in err


def test_removing_a_line_added_after_the_approval_says_the_period_is_as_approved_again(cli, prepared, tmp_path):
    """A manual line added after the approval and then removed leaves the period as approved: `awards remove` said
    it waited for the next approval all the same. What it says is computed; a line the approval paid still waits."""
    cli("plan", "use", str(tmp_path / "kefu-test.json"))
    assert cli("awards", "manual", "--period", "2026-09", "--rule", "降本奖", "--staff", "乙", "--amount", "300",
               "--reason", "换了包装供应商")[0] == 0
    assert cli("awards", "approve", "--period", "2026-09")[0] == 0
    code, _out, err = cli("awards", "adjust", "--period", "2026-09", "--staff", "甲", "--amount", "-30",
                          "--reason", "迟到")
    assert code == 0 and "2026年9月 已批准：这次修改会在重新批准后生效" in err
    code, out, err = cli("awards", "remove", "2")
    assert code == 0 and "已删除 #2（调整）" in out
    assert "2026年9月 已批准：现在的结果与批准时相同，无需重新批准" in err and "重新批准后生效" not in err
    code, out, _ = cli("awards", "status", "--period", "2026-09")
    assert "数据未变化" in out  # as the status says
    code, out, err = cli("awards", "remove", "1")  # the approval paid this one
    assert code == 0 and "2026年9月 已批准：这次修改会在重新批准后生效" in err


def test_an_absurd_adjustment_is_refused_naming_the_field_and_the_limit(cli, prepared, tmp_path):
    """`awards adjust --amount -99999999999` was taken: a slip of the keyboard deducted ¥99,999,999,999.00 from
    one person. An adjustment or a manual line beyond ¥1,000,000.00 either way is refused, nothing written."""
    cli("plan", "use", str(tmp_path / "kefu-test.json"))
    code, _out, err = cli("awards", "adjust", "--period", "2026-09", "--staff", "甲", "--amount", "-99999999999",
                          "--reason", "迟到")
    assert code == 2
    assert "金额" in err and "¥1,000,000.00" in err and "-¥99,999,999,999.00" in err and "Traceback" not in err
    code, _out, err = cli("awards", "manual", "--period", "2026-09", "--rule", "降本奖", "--staff", "乙",
                          "--amount", "1000000.01", "--reason", "换了包装供应商")
    assert code == 2 and "金额" in err and "¥1,000,000.00" in err
    code, out, _ = cli("awards", "manual-list", "--period", "2026-09", "--json")
    assert json.loads(out) == []
    from app.awards.manual_lines import LINE_LIMIT_FEN

    assert LINE_LIMIT_FEN == 100_000_000
    code, _out, _err = cli("awards", "adjust", "--period", "2026-09", "--staff", "甲", "--amount", "-1000000",
                           "--reason", "赔偿")  # the limit itself is allowed
    assert code == 0
