"""A command that only reads, run on a shop file named with --db that does not exist yet in a folder that does:
a new owner's first command as often as a typo. Besides the check of --db, it says how a shop is started there;
nothing is created."""

import pytest

from app import i18n
from tests.cli.test_cli_shop_file import run


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_missing_shop_file_in_an_existing_folder_says_how_to_start_a_shop(tmp_path, capsys, monkeypatch, lang):
    monkeypatch.delenv("HONGHUA_DB", raising=False)
    monkeypatch.setenv("HONGHUA_HOME", str(tmp_path / "home"))
    db = tmp_path / "new2.db"
    try:
        code, out, err = run(db, "--lang", lang, "staff", "list", capsys=capsys)
    finally:
        i18n.set_language("zh")
    assert code == 2 and out == ""
    assert f'honghua --db "{db}" staff add' in err
    assert ("新店铺" in err) if lang == "zh" else ("new shop" in err)
    assert list(tmp_path.iterdir()) == []  # nothing made: neither the file nor the home folder


def test_a_missing_folder_is_not_offered_as_the_place_of_a_new_shop(tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("HONGHUA_DB", raising=False)
    db = tmp_path / "nonexist" / "x.db"
    code, _, err = run(db, "staff", "list", capsys=capsys)
    assert code == 2 and "staff add" not in err


def test_the_english_hint_does_not_wrap_the_command_in_quotes_of_its_own(tmp_path, capsys, monkeypatch):
    """The command is copied as it stands: "honghua --db "…" staff add NAME" read as nested quotes."""
    monkeypatch.delenv("HONGHUA_DB", raising=False)
    db = tmp_path / "My Shop.db"
    try:
        code, _, err = run(db, "--lang", "en", "staff", "list", capsys=capsys)
    finally:
        i18n.set_language("zh")
    command = f'honghua --db "{db}" staff add NAME'
    assert code == 2 and command in err
    assert f'"{command}' not in err and f'{command}"' not in err


@pytest.mark.parametrize("name", ["shop.xlsx", "店铺", "honghua.db.csv"])
def test_a_name_not_ending_in_db_is_not_offered_as_a_new_shop(tmp_path, capsys, monkeypatch, name):
    """The window names a shop file *.db: a spreadsheet or a word typed after --db is a mistake to check, not
    a place to start a shop in."""
    monkeypatch.delenv("HONGHUA_DB", raising=False)
    db = tmp_path / name
    code, out, err = run(db, "staff", "list", capsys=capsys)
    assert code == 2 and out == ""
    assert err.startswith(f"错误：数据文件 {db} 不存在（请检查 --db 或 HONGHUA_DB）") and "staff add" not in err
    assert list(tmp_path.iterdir()) == []


def test_a_shop_file_named_in_capitals_is_offered_too(tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("HONGHUA_DB", raising=False)
    db = tmp_path / "SHOP.DB"
    code, _, err = run(db, "staff", "list", capsys=capsys)
    assert code == 2 and f'honghua --db "{db}" staff add 姓名' in err
