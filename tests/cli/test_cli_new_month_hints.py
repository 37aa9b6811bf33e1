"""What the command line says in a month's first days names only a month that has something in it, and counts
a month begun today as the board does."""

import json

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
