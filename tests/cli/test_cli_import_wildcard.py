"""A scheduled task on Windows writes `honghua import D:\\导出\\*.csv`: cmd.exe hands the pattern over as typed
(a Unix shell expands it first), and the import said 找不到文件 …\\*.csv. The command reads every report the
pattern names, in name order; a file whose name holds such a character is still read as named."""

from __future__ import annotations

import json

ROWS = {"客服日报_20261001.csv": ("日期,客服,销售额", "2026-10-01,阿强,100"),
        "客服日报_20261002.csv": ("日期,客服,销售额", "2026-10-02,阿强,200"),
        "说明.txt": ("不是报表",)}


def _folder(tmp_path):
    folder = tmp_path / "导出"
    folder.mkdir()
    for name, rows in ROWS.items():
        (folder / name).write_text("\n".join(rows) + "\n", encoding="utf-8")
    return folder


def test_a_pattern_imports_each_report_it_names(cli, tmp_path, add):
    add("阿强")
    folder = _folder(tmp_path)
    result = cli("import", str(folder / "客服日报_*.csv"), "--json")
    assert result.code == 0, result.err
    files = [f["file"] for f in json.loads(result.out)["files"]]
    assert files == ["客服日报_20261001.csv", "客服日报_20261002.csv"], files


def test_a_file_named_with_a_pattern_character_is_read_as_named(cli, tmp_path, add):
    add("阿强")
    path = tmp_path / "日报[1].csv"
    path.write_text("日期,客服,销售额\n2026-10-01,阿强,100\n", encoding="utf-8")
    (tmp_path / "日报1.csv").write_text("日期,客服,销售额\n2026-10-01,阿强,999\n", encoding="utf-8")
    result = cli("import", str(path), "--json")
    assert result.code == 0, result.err
    assert [f["file"] for f in json.loads(result.out)["files"]] == ["日报[1].csv"]


def test_a_pattern_naming_no_file_is_refused_as_a_missing_file(cli, tmp_path, add):
    add("阿强")
    folder = _folder(tmp_path)
    result = cli("import", str(folder / "*.xlsx"))
    assert result.code != 0
    assert "*.xlsx" in result.out + result.err and "找不到文件" in result.out + result.err


def test_a_pattern_in_a_folder_named_with_brackets_reads_its_reports(cli, tmp_path, add):
    """D:\\导出[10月]\\*.csv: Windows has no [ ] wildcard, so the folder is the one named so, not a set of
    characters (which named no folder, and the import said 找不到文件)."""
    add("阿强")
    folder = tmp_path / "导出[10月]"
    folder.mkdir()
    (folder / "日报.csv").write_text("日期,客服,销售额\n2026-10-01,阿强,100\n", encoding="utf-8")
    result = cli("import", str(folder / "*.csv"), "--json")
    assert result.code == 0, result.err
    assert [f["file"] for f in json.loads(result.out)["files"]] == ["日报.csv"]


def test_a_pattern_leaves_out_the_lock_file_of_a_workbook_open_in_excel(cli, tmp_path, add):
    """A report open in Excel when the scheduled task runs has a hidden ~$ lock file beside it, which cmd.exe's
    own wildcards leave out: read as a report it refused the whole import."""
    add("阿强")
    folder = _folder(tmp_path)
    (folder / "~$客服日报_20261001.csv").write_bytes(b"\x05owner" + b" " * 40)
    result = cli("import", str(folder / "*.csv"), "--json")
    assert result.code == 0, result.err + result.out
    assert [f["file"] for f in json.loads(result.out)["files"]] == ["客服日报_20261001.csv", "客服日报_20261002.csv"]
