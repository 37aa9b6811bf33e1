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
