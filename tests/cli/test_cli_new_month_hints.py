"""What the command line says in a month's first days names only a month that has something in it, and counts
a month begun today as the board does."""

import json
import re

JAN_2 = "2027-01-02"


def test_no_month_is_offered_to_pay_or_print_when_no_plan_was_ever_in_force(cli, add, tmp_path):
    add("小美", "--dept", "客服部", "--hired", "2025-01-01", today="2026-12-20")
    assert cli("data", "set", "--date", "2026-12-19", "--staff", "小美", "--metric", "sales", "--value", "5000",
               today="2026-12-20").code == 0
    # December has data but no rules: an approval is refused and its payout pays nothing, so it is not offered
    payout = cli("payout", "--month", "2027-01", "-o", str(tmp_path / "发放表.xlsx"), today=JAN_2)
    assert payout.code == 2 and payout.err.strip() == "错误：2027年1月 没有需要发放的评奖结果"
    receipt = cli("receipt", "--month", "2027-01", "--all", "-o", str(tmp_path / "计算单.pdf"), today=JAN_2)
    assert receipt.code == 2 and "提示" not in receipt.err
    batch = cli("certificates", "batch", "--period", "2027-01", "-o", str(tmp_path / "证书.pdf"), today=JAN_2)
    assert batch.code == 2 and "提示" not in batch.err and "还没有批准" in batch.err


def test_as_of_not_come_yet_in_the_month_begun_today_reads_it_as_the_board_does(cli, add):
    add("小美", "--hired", "2025-01-01", today="2026-11-20")
    cli("target", "set", "--month", "2026-12", "--staff", "小美", "--value", "31000", today="2026-11-20")
    board = cli("progress", "--month", "2026-12", today="2026-12-01")
    asked = cli("progress", "--month", "2026-12", "--as-of", "2026-12-15", today="2026-12-01")
    assert asked.code == 0 and asked.out == board.out  # 「本月第 1 天，还没有数据」, not 「尚未开始」
    assert "还没有开始" not in asked.err and "--as-of 2026-12-15 还没有到（今天是 2026-12-01）" in asked.err
    as_json = cli("progress", "--month", "2026-12", "--as-of", "2026-12-15", "--json", today="2026-12-01")
    assert json.loads(as_json.out)["as_of"] == "2026-11-30"  # nothing of December counted yet, as without --as-of
    ahead = cli("progress", "--as-of", "2027-01-05", today="2026-12-31")  # a month to come is not begun
    assert "2027年1月 还没有开始，没有可计的天数" in ahead.err and "尚未开始" in ahead.out


HINT_PLAN = {"name": "提示测试方案", "key": "hint-test", "rules": [
    {"name": "办公室评比", "kind": "manual", "period": "month", "pays": "cash", "recipient": "department",
     "amount": 300},
    {"name": "最佳建议奖", "kind": "manual", "period": "month", "pays": "cash", "amount": 100, "certificate": True},
    {"name": "年度之星", "kind": "manual", "period": "year", "pays": "cash", "amount": 500, "certificate": True},
]}


def _december(cli, add, tmp_path):
    """小美 (客服部) with December's data, under a plan of manual awards: 办公室评比 to a team (no certificate), 最佳建议奖
    a month's and 年度之星 a year's, each with a certificate."""
    add("小美", "--dept", "客服部", "--hired", "2025-01-01", today="2026-12-20")
    assert cli("data", "set", "--date", "2026-12-19", "--staff", "小美", "--metric", "sales", "--value", "5000",
               today="2026-12-20").code == 0
    plan = tmp_path / "hint-test.json"
    plan.write_text(json.dumps(HINT_PLAN, ensure_ascii=False), encoding="utf-8")
    assert cli("plan", "use", str(plan), today="2026-12-20").code == 0


def _manual(cli, period, rule, *who):
    assert cli("awards", "manual", "--period", period, "--rule", rule, *who, "--reason", "评比第一", today=JAN_2).code == 0


def _follow(cli, err) -> str:
    """Do first what the hint on stderr says to (each `honghua awards approve …` in it) and give the month or period
    it says to write."""
    hint = next(line for line in err.splitlines() if line.startswith("提示："))
    for period in re.findall(r"honghua awards approve --period ([0-9QH-]+)", hint):
        approved = cli("awards", "approve", "--period", period, today=JAN_2)
        assert approved.code == 0, approved.err
    return re.search(r"写 --(?:month|period) ([0-9QH-]+)$", hint).group(1)


def test_the_payout_hint_gives_the_command_for_every_period_to_approve(cli, add, tmp_path):
    _december(cli, add, tmp_path)
    sheet = str(tmp_path / "发放表.xlsx")
    early = cli("payout", "--month", "2027-01", "-o", sheet, today=JAN_2)
    assert early.code == 2 and early.err.splitlines()[-1] == (
        "提示：2027年1月 还没有结束。要发 2026年12月 的奖金，请先批准 2026年12月、2026年度（honghua awards approve "
        "--period 2026-12；honghua awards approve --period 2026），再写 --month 2026-12")
    month = _follow(cli, early.err)
    assert cli("payout", "--month", month, "-o", sheet, today=JAN_2).code == 0


def test_receipts_of_everyone_are_offered_only_for_a_month_paying_someone(cli, add, tmp_path):
    _december(cli, add, tmp_path)
    _manual(cli, "2026-12", "办公室评比", "--dept", "客服部")  # December pays a team only
    receipts = ("receipt", "--month", "2027-01", "--all", "-o", str(tmp_path / "计算单.pdf"))
    waiting = cli(*receipts, today=JAN_2)
    assert waiting.code == 2 and "提示" not in waiting.err
    payout = cli("payout", "--month", "2027-01", "-o", str(tmp_path / "发放表.xlsx"), today=JAN_2)
    month = _follow(cli, payout.err)  # the team's fund is on the sheet
    assert cli("payout", "--month", month, "-o", str(tmp_path / "发放表.xlsx"), today=JAN_2).code == 0
    approved = cli(*receipts, today=JAN_2)
    assert approved.code == 2 and "提示" not in approved.err
    assert cli("receipt", "--month", "2026-12", "--all", "-o", str(tmp_path / "x.pdf"), today=JAN_2).code == 2
    one = cli("receipt", "--month", "2027-01", "--staff", "小美", "-o", str(tmp_path / "小美.pdf"), today=JAN_2)
    assert one.code == 2 and "请写 --month 2026-12" in one.err  # her own 计算单 of December is made
    month = _follow(cli, one.err)
    assert cli("receipt", "--month", month, "--staff", "小美", "-o", str(tmp_path / "小美.pdf"), today=JAN_2).code == 0


def test_certificates_are_offered_only_for_a_period_with_certificates(cli, add, tmp_path):
    _december(cli, add, tmp_path)
    _manual(cli, "2026-12", "办公室评比", "--dept", "客服部")  # no certificate
    batch = ("certificates", "batch", "--period", "2027-01", "-o", str(tmp_path / "证书.pdf"))
    for approve in (False, True):
        if approve:
            assert cli("awards", "approve", "--period", "2026-12", today=JAN_2).code == 0
        early = cli(*batch, today=JAN_2)
        assert early.code == 2 and "提示" not in early.err, early.err
    assert cli("certificates", "batch", "--period", "2026-12", "-o", str(tmp_path / "x.pdf"), today=JAN_2).code == 2


def test_certificates_of_the_year_begun_point_to_the_year_just_ended(cli, add, tmp_path):
    _december(cli, add, tmp_path)
    _manual(cli, "2026", "年度之星", "--staff", "小美")
    batch = ("certificates", "batch", "--period", "2027", "-o", str(tmp_path / "证书.pdf"))
    waiting = cli(*batch, today=JAN_2)
    assert waiting.code == 2 and waiting.err.splitlines()[-1] == (
        "提示：2027年度 还没有结束。要打印 2026年度 的证书，请先批准它（honghua awards approve --period 2026），"
        "再写 --period 2026")
    year = _follow(cli, waiting.err)
    approved = cli(*batch, today=JAN_2)
    assert approved.code == 2 and approved.err.splitlines()[-1] == (
        "提示：2027年度 还没有结束。2026年度 的评奖结果已批准，要打印它的证书请写 --period 2026")
    assert cli("certificates", "batch", "--period", year, "-o", str(tmp_path / "证书.pdf"), today=JAN_2).code == 0


def test_certificates_of_the_month_begun_point_to_a_month_with_certificates(cli, add, tmp_path):
    _december(cli, add, tmp_path)
    _manual(cli, "2026-12", "最佳建议奖", "--staff", "小美")
    early = cli("certificates", "batch", "--period", "2027-01", "-o", str(tmp_path / "证书.pdf"), today=JAN_2)
    assert early.code == 2 and "请先批准它（honghua awards approve --period 2026-12）" in early.err
    month = _follow(cli, early.err)
    assert cli("certificates", "batch", "--period", month, "-o", str(tmp_path / "证书.pdf"), today=JAN_2).code == 0


def test_a_month_edited_since_its_approval_is_said_to_pay_as_approved_until_approved_again(cli, add, tmp_path):
    """The hint said only 「已批准，要发它的奖金请写 --month」: the sheet would pay what was approved, not the edit."""
    _december(cli, add, tmp_path)
    _manual(cli, "2026-12", "最佳建议奖", "--staff", "小美")
    payout = ("payout", "--month", "2027-01", "-o", str(tmp_path / "发放表.xlsx"))
    _follow(cli, cli(*payout, today=JAN_2).err)  # approves December and the year
    _manual(cli, "2026-12", "办公室评比", "--dept", "客服部")  # edited after the approval
    edited = cli(*payout, today=JAN_2)
    assert edited.code == 2 and edited.err.splitlines()[-2:] == [
        "提示：2027年1月 还没有结束。2026年12月 的评奖结果已批准，要发它的奖金请写 --month 2026-12",
        ("注意：2026年12月 批准后数据或方案有变化，奖金仍按批准时的结果发放；要按现在的数据发放，请先重新批准"
         "（honghua awards approve --period 2026-12）")]
    for period in re.findall(r"honghua awards approve --period ([0-9QH-]+)", edited.err.splitlines()[-1]):
        assert cli("awards", "approve", "--period", period, today=JAN_2).code == 0
    approved_again = cli(*payout, today=JAN_2)
    assert approved_again.code == 2 and "注意" not in approved_again.err
    assert approved_again.err.splitlines()[-1].endswith("要发它的奖金请写 --month 2026-12")
