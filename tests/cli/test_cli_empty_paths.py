"""A path typed empty — `-o "%OUT%"` or a file from a variable a scheduled task left unset — is refused naming what
is empty (exit 2, nothing written), as an empty --db is: `poster -o ""` wrote the poster into the current folder,
`backup -o ""` left the copy in the shop's own backups folder instead of the USB stick, `restore ""` looked for
the current folder as a backup and `import ""` said 「错误：：「」是一个文件夹」."""

import pytest


@pytest.mark.parametrize(("words", "what"), [
    (("poster", "--month", "2026-10", "-o", ""), "-o"),
    (("poster", "-o", "  "), "-o"),
    (("backup", "-o", ""), "-o"),
    (("restore", ""), "备份文件"),
    (("import", ""), "报表文件"),
])
def test_an_empty_path_is_refused_and_nothing_is_written(cli, add, db, tmp_path, monkeypatch, words, what):
    add("小美", "--hired", "2025-01-01")
    here = tmp_path / "当前文件夹"
    here.mkdir()
    monkeypatch.chdir(here)
    done = cli(*words)
    assert done.code == 2 and done.out == ""
    assert done.err == f"错误：{what}：路径是空的\n"
    assert list(here.iterdir()) == []
    assert not list(db.parent.glob("backups/*-manual.db"))


def test_an_empty_path_is_said_in_english_too(cli, add):
    add("小美", "--hired", "2025-01-01")
    assert cli("import", "", lang="en").err == "Error: report file: the path is empty\n"
