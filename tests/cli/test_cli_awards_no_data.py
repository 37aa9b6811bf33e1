"""`awards approve` of a month where someone taking part has no data at all for it says so on stderr, naming them;
the approval and its exit code are as before."""

NOTE = "以下员工本期没有任何数据：小丽——如果是漏导入了报表，请先导入再批准"


def test_approving_names_the_people_without_data_on_stderr(cli, add):
    assert cli("demo", "--staff", "6", "--months", "3", today="2026-11-01").code == 0  # data from 09-01 to 10-31
    add("小丽", "--dept", "客服部", "--hired", "2026-09-01", today="2026-11-01")
    add("新人", "--dept", "客服部", "--hired", "2026-11-02", today="2026-11-02")  # joined after October
    approved = cli("awards", "approve", "--period", "2026-10", today="2026-11-02")
    assert approved.code == 0 and "已批准 2026年10月" in approved.out
    assert NOTE in approved.err and NOTE not in approved.out and "新人" not in approved.err
    english = cli("awards", "approve", "--period", "2026-09", lang="en", today="2026-11-02")
    assert english.code == 0 and "Note: no data at all this period for 小丽 — if their report" in english.err


def test_nothing_is_said_when_everyone_has_data(cli):
    assert cli("demo", "--staff", "6", "--months", "2", today="2026-11-01").code == 0
    approved = cli("awards", "approve", "--period", "2026-10", today="2026-11-02")
    assert approved.code == 0 and "没有任何数据" not in approved.err
