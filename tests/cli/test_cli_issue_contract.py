"""The command-line contract of the issues, one row per command line as an issue writes it: the command and its
options spelled as written (the metric's key and its Chinese name where the issue says either is taken), the exit
code it names, and the JSON keys it names (more keys are allowed, none missing or renamed). Each row runs on its
own copy of one demo shop, through `python -m app`'s main and through the `honghua` launcher's.

Scheduled tasks and other tools are written against these lines; a renamed option or key breaks them silently."""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

from app.cli import main as app_main
from app.i18n import set_language
from ui.launch import command_word
from ui.launch import main as launcher_main

SAMPLES = Path(__file__).resolve().parents[2] / "data" / "samples"
DAILY_CSV = SAMPLES / "客服日报_2026-10-01至2026-10-07.csv"
TODAY = "2026-10-20"

# JSON shapes as the issues write them: a set is an object holding those keys, a dict maps a key to the shape of
# its value, a one-item list is a list of that shape.
PERSON = {"id", "name", "aliases", "dept", "role", "hired", "left", "birthday", "active"}
PROGRESS_LINE = {"sales_fen", "target_fen", "achieved_pct", "remaining_fen", "elapsed_pct", "per_day_needed_fen"}
PROGRESS = {"month": None, "as_of": None, "staff": [PROGRESS_LINE | {"id", "name"}], "team": PROGRESS_LINE}
IMPORT = {"files": [{"file": None, "encoding": None, "header_row": None, "columns": None, "ignored_columns": None,
                     "period": {"start", "end"}, "new": None, "changed": None, "unchanged": None, "skipped": None,
                     "unknown_staff": None, "errors": [{"row", "column", "value", "reason"}]}],
          "committed": None}
AWARDS = {"period": None,
          "lines": [{"recipient_type", "staff_id", "staff", "award", "rule_kind", "kind", "amount_fen", "item",
                     "explanation", "certificate"}],
          "totals": [{"staff_id", "staff", "cash_fen", "goods_fen", "deduction_fen", "net_fen"}]}
FLOWER_ISSUED = {"number", "issuer", "recipient", "issued", "valid_through"}
FLOWERS = [{"number", "issuer", "recipient", "holder", "issued", "valid_through", "status"}]
BOARD = [{"id", "name", "received", "valid", "rank"}]


@dataclass(frozen=True)
class Line:
    issue: int
    words: str  # split on spaces; {out} is a file or folder in the row's own folder
    code: int = 0
    shape: object = None  # the JSON on stdout, when the line asks for --json


CONTRACT = [
    # issue 2: the foundation
    Line(2, "staff list --json", shape=[PERSON]),
    Line(2, "staff add 张伟 --alias 旗舰店:张伟 --alias 专营店:张伟 --dept 新部门 --role 组长 --hired 2026-10-01 "
            "--birthday 03-18"),
    Line(2, "staff add 李雷 --hired 2026-10-01 --lunar-birthday 08-15"),
    # without --hired a new person counts in every period, September's approved awards too: refused unconfirmed
    Line(2, "staff add 韩梅梅", code=2),
    Line(2, "staff leave 3 --date 2026-10-15"),
    Line(2, "staff leave 小橙子旗舰店:小鹿 --date 2026-10-15"),
    Line(2, "target set --month 2026-11 --staff 1 --metric sales --value 12500"),
    Line(2, "target set --month 2026-11 --staff 宋佳 --metric 销售额 --value ¥12,500"),
    Line(2, "target set --month 2026-11 --dept 客服部 --metric sales --value ￥12,500.50"),
    Line(2, "target set --month 2026-11 --shop --metric sales --value 12,500"),
    Line(2, "target set --month 2026-11 --staff 1 --metric sales --value 1e3", code=2),
    Line(2, "data set --date 2026-10-19 --staff 1 --metric orders --value 37"),
    Line(2, "data set --date 2026-10-19 --staff 1 --metric 订单数 --value 37"),
    Line(2, "event add --date 2026-10-19 --staff 1 --type 表扬 --amount 50 --value 2 --attr margin=38% --attr paid=yes "
            "--note 主动回访"),
    Line(2, "progress --month 2026-10 --as-of 2026-10-19 --json", shape=PROGRESS),
    Line(2, "progress --month 2026-10 --json", shape=PROGRESS),
    Line(2, "demo --staff 4 --months 2 --seed 7", code=2),  # the shop is not empty
    Line(2, "demo --staff 4 --months 2 --seed 7 --force"),
    # issue 3: import and export
    Line(3, f"import {DAILY_CSV} --dry-run --json", code=2, shape=IMPORT),  # names that match nobody block
    Line(3, f"import {DAILY_CSV} --month 2026-10 --dry-run --json --create-staff --skip-errors", shape=IMPORT),
    Line(3, f"import {DAILY_CSV} --json --create-staff", shape=IMPORT),
    Line(3, "export --month 2026-10 -o {out}.xlsx"),
    Line(3, "export --month 2026-10 -o {out}.xlsx --daily"),
    Line(3, "imports list"),
    Line(3, "imports undo 99", code=2),
    # issue 4: plans and the award run
    Line(4, "plan list"),
    Line(4, "plan use taobao-kefu --dept 客服部 --from 2026-11"),
    Line(4, "plan use after-sales"),
    Line(4, "plan export taobao-kefu -o {out}.json"),
    Line(4, "awards compute --period 2026-10 --json", shape=AWARDS),
    Line(4, "awards compute --period 2026-Q3 --json", shape=AWARDS),
    Line(4, "awards compute --period 2026-H2 --json", shape=AWARDS),
    Line(4, "awards compute --period 2026 --json", shape=AWARDS),
    Line(4, "awards approve --period 2026-08"),
    Line(4, "payout --month 2026-09 -o {out}.xlsx"),
    Line(4, "payout --month 2026-10 -o {out}.xlsx", code=2),  # not approved
    Line(4, "payout --month 2026-10 -o {out}.xlsx --draft"),
    Line(4, "receipt --month 2026-09 --staff 1 -o {out}.pdf"),
    # issue 5: certificates
    Line(5, "certificates batch --period 2026-09 -o {out}.pdf"),
    Line(5, "certificates batch --period 2026-09 -o {out}.pdf --template modern --only 王丽娟"),
    Line(5, "certificates batch --period 2026-09 -o {out}.pdf --template card"),
    Line(5, "certificates batch --period 2026-09 --split {out}"),
    Line(5, "certificates batch --period 2026-10 -o {out}.pdf", code=2),  # not approved
    Line(5, "certificates batch --period 2026-10 -o {out}.pdf --draft"),
    Line(5, "certificates make --name 小美 --award 最佳服务奖 --period 2026-10 -o {out}.pdf --template classic"),
    Line(5, "certificates verify HH-2026-09-9999", code=2),
    # issue 6: the poster
    Line(6, "poster --month 2026-10 --as-of 2026-10-19 -o {out}.png"),
    Line(6, "poster --month 2026-10 -o {out}.png --size a4"),
    Line(6, "poster --month 2026-10 -o {out}.png --size wide"),
    # issue 7: little red flowers
    Line(7, "flowers issue --from 2 --to 3 --reason 主动跟进差评客户并挽回 --category 帮助同事 --date 2026-10-20 --json",
         shape=FLOWER_ISSUED),
    Line(7, "flowers issue --from 刘佳怡 --to 1 --reason 自己", code=2),
    Line(7, "flowers list --person 3 --month 2026-09 --json", shape=FLOWERS),
    Line(7, "flowers list --json", shape=FLOWERS),
    Line(7, "flowers board --year 2026 --json", shape=BOARD),
    # issue 8: backups
    Line(8, "backup -o {out}.db"),
    Line(8, "backup"),
    Line(8, "backup list"),
    Line(8, "check"),
]


@pytest.fixture(scope="module")
def demo_shop(tmp_path_factory):
    """The demo shop (today 2026-10-20: July to the 19th of October), with September and its quarter approved."""
    folder = tmp_path_factory.mktemp("demo")
    db = folder / "shop.db"
    for words in (["demo"], ["awards", "approve", "--period", "2026-09"],
                  ["awards", "approve", "--period", "2026-Q3"]):
        assert app_main(["--db", str(db), "--today", TODAY, *words]) == 0
    return db


@pytest.fixture
def run(demo_shop, tmp_path, capsys, monkeypatch):
    """run(entry, words) on a copy of the demo shop → (exit code, stdout, stderr)."""
    for name in ("HONGHUA_DB", "HONGHUA_TODAY", "HONGHUA_PIN", "HONGHUA_DEBUG"):
        monkeypatch.delenv(name, raising=False)
    folder = tmp_path / "店铺 一"
    folder.mkdir()
    db = folder / "shop.db"
    shutil.copyfile(demo_shop, db)

    def go(entry, words: list[str]) -> tuple[int, str, str]:
        capsys.readouterr()
        code = entry(["--db", str(db), "--today", TODAY, *words])
        out, err = capsys.readouterr()
        return code, out, err

    yield go
    set_language("zh")


def _words(line: Line, folder: Path) -> list[str]:
    return [w.replace("{out}", str(folder / "输出 文件")) for w in line.words.split(" ")]


def _missing(data: object, shape: object, where: str = "") -> list[str]:
    """What the JSON lacks of the shape: the paths of keys missing, or of values of the wrong kind."""
    if shape is None:
        return []
    if isinstance(shape, list):
        if not isinstance(data, list):
            return [f"{where or '.'}: not a list"]
        return [m for i, item in enumerate(data) for m in _missing(item, shape[0], f"{where}[{i}]")]
    if not isinstance(data, dict):
        return [f"{where or '.'}: not an object"]
    keys = shape if isinstance(shape, set) else set(shape)
    found = [f"{where}.{key}" for key in sorted(keys - set(data))]
    if isinstance(shape, dict):
        found += [m for key, sub in shape.items() if key in data and data[key] is not None
                  for m in _missing(data[key], sub, f"{where}.{key}")]
    return found


@pytest.mark.parametrize("entry", [app_main, launcher_main], ids=["python -m app", "honghua"])
@pytest.mark.parametrize("line", CONTRACT, ids=lambda line: f"issue {line.issue}: {line.words[:60]}")
def test_each_command_line_of_the_issues(run, tmp_path, entry, line):
    words = _words(line, tmp_path / "店铺 一")
    assert command_word(["--db", "x.db", *words]) == words[0]  # the launcher hands it to the command line
    code, out, err = run(entry, words)
    assert code == line.code, err
    assert "Traceback" not in err
    if code:
        assert err.startswith(("错误：", "未导入：", "核验失败：")), err
    if "--json" in words:
        data = json.loads(out)  # stdout holds the JSON alone
        assert _missing(data, line.shape) == []
        assert data or line.shape is None or line.words.startswith("flowers list --person")


def test_the_contract_covers_every_command_of_the_issues():
    """Every command the issues name has a row: a command added to an issue (or dropped from the parser) is seen."""
    named = {"staff list", "staff add", "staff leave", "target set", "data set", "event add", "progress", "demo",
             "import", "export", "imports list", "imports undo", "plan list", "plan use", "plan export",
             "awards compute", "awards approve", "payout", "receipt", "certificates batch", "certificates make",
             "certificates verify", "poster", "flowers issue", "flowers list", "flowers board", "backup", "check"}
    rows = {" ".join(w for w in line.words.split(" ")[:2] if not w.startswith("-") and "/" not in w)
            for line in CONTRACT}
    assert {name for name in named if name not in rows and name.split(" ")[0] not in rows} == set()


def test_an_ambiguous_name_exits_2_listing_both_ids_wherever_a_person_is_named(run, tmp_path, monkeypatch):
    """Issue 2: `--staff` anywhere accepts an id, a name or an alias; a name two people share exits 2 and lists
    them with their ids."""
    monkeypatch.chdir(tmp_path)  # where a receipt or a certificate would be written
    for name in ("孙丽", "孙丽"):
        assert run(app_main, ["staff", "add", name, "--hired", "2026-10-01"])[0] == 0
    ids = [p["id"] for p in json.loads(run(app_main, ["staff", "list", "--json"])[1]) if p["name"] == "孙丽"]
    for words in (["data", "set", "--date", "2026-10-19", "--staff", "孙丽", "--metric", "orders", "--value", "1"],
                  ["target", "set", "--month", "2026-11", "--staff", "孙丽", "--value", "1"],
                  ["event", "add", "--date", "2026-10-19", "--staff", "孙丽", "--type", "表扬"],
                  ["staff", "leave", "孙丽", "--date", "2026-10-19"],
                  ["flowers", "issue", "--from", "2", "--to", "孙丽", "--reason", "x"],
                  ["flowers", "list", "--person", "孙丽"],
                  ["receipt", "--month", "2026-09", "--staff", "孙丽", "-o", "r.pdf"],
                  ["certificates", "batch", "--period", "2026-09", "--only", "孙丽", "-o", "c.pdf"]):
        code, out, err = run(app_main, words)
        assert code == 2 and out == "", (words, err)
        assert all(f"#{i}" in err for i in ids), (words, err)


def test_a_flower_is_issued_transferred_revoked_and_listed_as_the_issue_writes_it(run):
    """Issue 7's transfer and revoke, on the number the issue printed."""
    code, out, err = run(app_main, ["flowers", "issue", "--from", "2", "--to", "3", "--reason", "帮同事顶班"])
    assert code == 0, err
    number = out.strip()
    assert run(app_main, ["flowers", "transfer", number, "--to", "4", "--signed", "王丽娟", "--reason", "谢谢"])[0] == 0
    assert run(app_main, ["flowers", "revoke", number, "--reason", "发错了"])[0] == 0
    mine = json.loads(run(app_main, ["flowers", "list", "--person", "3", "--json"])[1])
    [flower] = [f for f in mine if f["number"] == number]
    assert (flower["recipient"], flower["holder"], flower["status"]) == ("王丽娟", "孙悦", "revoked")
    statuses = {f["status"] for f in json.loads(run(app_main, ["flowers", "list", "--json"])[1])}
    assert statuses <= {"valid", "expired", "revoked"} and len(statuses) == 3
    code, _, err = run(app_main, ["flowers", "transfer", number, "--to", "1", "--signed", "孙悦"])
    assert code == 2 and "已撤销" in err


def test_a_certificate_batch_is_verified_by_its_number(run, tmp_path):
    """Issue 5: verify exits 0 with the certificate's details for a number the shop issued, 2 when tampered."""
    code, out, err = run(app_main, ["certificates", "batch", "--period", "2026-09", "-o", str(tmp_path / "证书.pdf")])
    assert code == 0, err
    listed = json.loads(run(app_main, ["certificates", "list", "--period", "2026-09", "--json"])[1])
    number, checksum = listed[0]["number"], listed[0]["checksum"]
    code, out, _ = run(app_main, ["certificates", "verify", number])
    assert code == 0 and listed[0]["recipient"] in out
    assert run(app_main, ["certificates", "verify", f"{number}*{checksum}"])[0] == 0
    wrong = "A" if checksum[0] != "A" else "B"
    assert run(app_main, ["certificates", "verify", f"{number}*{wrong}{checksum[1:]}"])[0] == 2


def test_a_backup_is_restored_by_its_file(run, tmp_path):
    """Issue 8: `backup -o FILE` then `restore FILE`."""
    copy = tmp_path / "备份 副本.db"
    assert run(app_main, ["backup", "-o", str(copy)])[0] == 0
    assert run(app_main, ["staff", "add", "后来的人", "--hired", "2026-10-01"])[0] == 0
    code, _, err = run(app_main, ["restore", str(copy)])
    assert code == 0, err
    names = [p["name"] for p in json.loads(run(app_main, ["staff", "list", "--json"])[1])]
    assert "后来的人" not in names


def test_an_import_with_a_row_in_error_names_it_with_the_issues_keys(run, tmp_path):
    """Issue 3's `errors` items ({row, column, value, reason}): no row of the table has one, so a renamed key
    there went unseen by it."""
    bad = tmp_path / "日报 有错.csv"
    bad.write_text("日期,客服,销售额\n2026-10-05,旗舰店:小美,100\n2026-10-06,旗舰店:小美,-1\n", encoding="utf-8")
    code, out, err = run(app_main, ["import", str(bad), "--create-staff", "--json"])
    assert code == 2 and err.startswith("  错误："), err
    data = json.loads(out)
    assert _missing(data, IMPORT) == []
    assert [(e["row"], e["value"]) for e in data["files"][0]["errors"]] == [(3, "-1")]
