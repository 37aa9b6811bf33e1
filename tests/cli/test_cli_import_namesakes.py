"""`honghua import` of a report naming 张伟 when the shop has two, one of whom has left: each row goes to the one on
the team on its day, and the output says so; a day both were on the team stays an error (exit 2, nothing written)."""

from __future__ import annotations

from datetime import date

from app.shop import Shop


def _csv(path, *rows: str) -> str:
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return str(path)


def _sales(db, day: date, staff_id: int) -> int | None:
    shop = Shop.open(db, day)
    try:
        return shop.store.values.get("sales", day, staff_id)
    finally:
        shop.close()


def test_the_row_goes_to_the_namesake_on_the_team_that_day(cli, add, db, tmp_path):
    old = add("张伟", "--hired", "2026-01-01")
    assert cli("staff", "leave", str(old), "--date", "2026-10-05").code == 0
    new = add("张伟", "--hired", "2026-10-03")
    report = _csv(tmp_path / "日报.csv", "日期,客服,销售额", "2026-10-01,张伟,100", "2026-10-08,张伟,200")
    result = cli("import", report)
    assert result.code == 0, result.err
    assert f"「张伟」：有 2 位同名员工，各行已按日期归到当时在职的那一位：张伟（#{old}）第 2 行起共 1 行、张伟（#{new}）第 3 行起共 1 行" \
        in result.out
    assert (_sales(db, date(2026, 10, 1), old), _sales(db, date(2026, 10, 8), new)) == (10000, 20000)

    both = _csv(tmp_path / "月报.csv", "日期,客服,销售额", "2026-10-01,张伟,100", "2026-10-04,张伟,300")
    result = cli("import", both)
    assert result.code == 2
    assert "月报.csv 第 3 行「客服」列：「张伟」有 2 位员工叫「张伟」，无法区分" in result.err
    assert _sales(db, date(2026, 10, 4), old) is None  # nothing written
