"""`flowers list` and `certificates list` on a shop with none say so in words, not as a table of headers alone."""

from app import i18n
from tests.cli.test_cli_shop_file import run


def test_empty_lists_say_there_is_nothing_yet(tmp_path, capsys):
    db = tmp_path / "shop.db"
    assert run(db, "staff", "add", "王五", capsys=capsys)[0] == 0
    code, out, _ = run(db, "flowers", "list", capsys=capsys)
    assert code == 0 and out.strip() == "还没有小红花"
    code, out, _ = run(db, "flowers", "list", "--person", "王五", capsys=capsys)
    assert code == 0 and out.strip() == "没有与 王五（#1） 有关的小红花"
    code, out, _ = run(db, "certificates", "list", "--period", "2026-10", capsys=capsys)
    assert code == 0 and out.strip().startswith("2026年10月还没有发出证书")
    try:
        code, out, _ = run(db, "--lang", "en", "certificates", "list", "--period", "2026-10", capsys=capsys)
    finally:
        i18n.set_language("zh")
    assert code == 0 and out.strip().startswith("No certificates issued for 2026-10 yet")


def test_json_of_an_empty_list_stays_an_empty_list(tmp_path, capsys):
    db = tmp_path / "shop.db"
    run(db, "staff", "add", "王五", capsys=capsys)
    assert run(db, "flowers", "list", "--json", capsys=capsys)[1].strip() == "[]"
    assert run(db, "certificates", "list", "--period", "2026-10", "--json", capsys=capsys)[1].strip() == "[]"
