"""`honghua poster -o FOLDER` run by a daily task on the morning of the 1st, before the month has any data: the
poster is last month's final result (as the office TV shows then), said on stderr, not a poster of zeros; with
--month the owner still gets the month he names."""

from __future__ import annotations


def test_the_first_of_the_month_without_data_gives_last_months_final_poster(cli, add, tmp_path):
    who = add("小美", "--hired", "2026-09-01")
    assert cli("target", "set", "--month", "2026-10", "--staff", str(who), "--value", "1000").code == 0
    assert cli("data", "set", "--staff", str(who), "--date", "2026-10-31", "--metric", "sales",
               "--value", "1200", today="2026-11-01").code == 0
    done = cli("poster", "-o", str(tmp_path), today="2026-11-01")
    assert done.code == 0, done.err
    assert done.out.strip() == str(tmp_path / "战报_我的淘宝店_2026-10-31.png")
    assert "本月（2026年11月）还没有数据，生成的是 2026年10月 的最终结果；要本月的海报请写 --month 2026-11" in done.err
    asked = cli("poster", "--month", "2026-11", "-o", str(tmp_path), today="2026-11-01")
    assert asked.code == 0 and asked.out.strip() == str(tmp_path / "战报_我的淘宝店_2026-11.png") and asked.err == ""
    assert cli("data", "set", "--staff", str(who), "--date", "2026-11-01", "--metric", "sales",
               "--value", "300", today="2026-11-01").code == 0
    later = cli("poster", "-o", str(tmp_path), today="2026-11-01")
    assert later.out.strip() == str(tmp_path / "战报_我的淘宝店_2026-11-01.png") and later.err == ""
