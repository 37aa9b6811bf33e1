"""`honghua receipt` of a month whose data changed since its approval prints the approval, as `honghua payout`
does; the payout said so on stderr, the 计算单 said nothing and were handed out with the old figures."""


def test_receipts_of_a_month_changed_since_approval_say_they_print_the_approval(cli, tmp_path):
    assert cli("demo").code == 0
    for period in ("2026-09", "2026-Q3"):  # September pays its quarter too
        assert cli("awards", "approve", "--period", period, "--confirm").code == 0
    assert cli("data", "set", "--date", "2026-09-10", "--staff", "宋佳", "--metric", "sales", "--value", "20000",
               "--confirm-approved").code == 0
    done = cli("receipt", "--month", "2026-09", "--all", "-o", str(tmp_path / "全员.pdf"))
    assert done.code == 0 and (tmp_path / "全员.pdf").exists()
    assert done.err.strip() == ("注意：2026年9月、2026年第三季度 批准后数据有变化，计算单仍按批准时的结果；"
                                "如需更新请重新计算并再次批准。")  # the sale is in the quarter too
    one = cli("receipt", "--month", "2026-09", "--staff", "宋佳", "-o", str(tmp_path / "宋佳.pdf"), lang="en")
    assert "the statements still use the approved results" in one.err, one.err


def test_receipts_of_a_month_as_approved_say_nothing_more(cli, tmp_path):
    assert cli("demo").code == 0
    for period in ("2026-09", "2026-Q3"):  # September pays its quarter too
        assert cli("awards", "approve", "--period", period, "--confirm").code == 0
    done = cli("receipt", "--month", "2026-09", "--all", "-o", str(tmp_path / "全员.pdf"))
    assert done.code == 0 and done.err == ""
