"""Commands the CLI offers the user to type next carry the --db the command ran with: typed as shown, they must act on
the same shop file, not the default one."""

from app.cli import main


def _run(capsys, *args: str) -> tuple[int, str]:
    code = main(["--today", "2026-10-20", *args])
    out = capsys.readouterr()
    return code, out.out + out.err


def test_an_empty_shop_offers_staff_add_and_demo_on_the_same_file(tmp_path, capsys):
    db = tmp_path / "店铺.db"
    assert _run(capsys, "--db", str(db), "staff", "add", "张三")[0] == 0
    assert _run(capsys, "--db", str(db), "staff", "leave", "张三", "--date", "2026-10-01")[0] == 0
    code, said = _run(capsys, "--db", str(db), "staff", "list", "--active")
    assert code == 0
    assert f'honghua --db "{db}" staff add' in said and f'honghua --db "{db}" demo' in said, said


def test_no_plan_offers_plan_use_on_the_same_file(tmp_path, capsys):
    db = tmp_path / "shop.db"
    assert _run(capsys, "--db", str(db), "staff", "add", "张三")[0] == 0
    code, said = _run(capsys, "--db", str(db), "plan", "list")
    assert code == 0
    assert f'honghua --db "{db}" plan use taobao-kefu' in said, said


def test_an_import_offers_its_undo_on_the_same_file(tmp_path, capsys):
    db = tmp_path / "shop.db"
    assert _run(capsys, "--db", str(db), "staff", "add", "小美", "--hired", "2025-01-01")[0] == 0
    report = tmp_path / "日报.csv"
    report.write_text("日期,客服,销售额\n2026-10-01,小美,100\n", encoding="utf-8")
    code, said = _run(capsys, "--db", str(db), "import", str(report))
    assert code == 0, said
    assert f'可用「honghua --db "{db}" imports undo 1」撤销' in said, said


def test_the_default_shop_file_needs_no_db(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("HONGHUA_HOME", str(tmp_path))
    monkeypatch.delenv("HONGHUA_DB", raising=False)
    assert _run(capsys, "staff", "add", "张三")[0] == 0
    code, said = _run(capsys, "plan", "list")
    assert code == 0 and "选用一个预设：honghua plan use taobao-kefu" in said, said
