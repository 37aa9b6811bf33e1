"""`honghua import` prints each note of a file under one label: 「注意：」 for the important ones (a person's rows
outside their time on the team), 「说明：」 for the rest, never both."""

from __future__ import annotations


def test_an_important_note_is_labelled_once(cli, add, tmp_path):
    left = add("吴静怡", "--hired", "2025-02-03")
    assert cli("staff", "leave", str(left), "--date", "2026-09-20").code == 0
    report = tmp_path / "日报.csv"
    report.write_text("日期,客服,销售额\n2026-10-05,吴静怡,888\n", encoding="utf-8")
    result = cli("import", str(report))
    assert result.code == 0, result.err
    assert "  注意：吴静怡 已于 2026年9月20日 离职，文件里却有 2026年10月5日 的数据" in result.out
    assert "注意：注意：" not in result.out and "说明：注意：" not in result.out
