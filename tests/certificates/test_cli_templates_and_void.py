"""The command line for per-award templates, image warnings, and void certificates (in process)."""

import json
from dataclasses import dataclass
from datetime import datetime

import pytest
from PIL import Image
from pypdf import PdfReader

from app.cli import main
from app.clock import shown_stamp
from app.i18n import set_language


@dataclass
class Result:
    code: int
    out: str
    err: str


@pytest.fixture
def cli(tmp_path, capsys, monkeypatch):
    for name in ("HONGHUA_DB", "HONGHUA_TODAY", "HONGHUA_DEBUG"):
        monkeypatch.delenv(name, raising=False)

    def run(*args: str, lang: str | None = None) -> Result:
        capsys.readouterr()
        head = ["--db", str(tmp_path / "shop.db"), "--today", "2026-10-20"] + (["--lang", lang] if lang else [])
        code = main([*head, *args])
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    yield run
    set_language("zh")


def _titles(path):
    return ["荣誉证书" if "荣誉证书" in t.replace(" ", "") else "奖状" if "奖状" in t.replace(" ", "") else "card"
            for t in (page.extract_text() for page in PdfReader(path).pages)]


def _make(cli, path, award, *extra):
    result = cli("certificates", "make", "--name", "小美", "--award", award, "--period", "2026-10", "-o", str(path),
                 *extra)
    assert result.code == 0, result.err
    return path


def test_award_template_set_list_clear_and_refusals(cli):
    assert cli("certificates", "award-template", "最佳服务奖", "modern").code == 0
    listed = cli("certificates", "award-template")
    assert listed.code == 0 and "默认模板：classic" in listed.out and "最佳服务奖" in listed.out
    assert "modern" in listed.out
    assert cli("certificates", "award-template", "最佳服务奖").code == 2  # neither a template nor --clear
    assert cli("certificates", "award-template", "最佳服务奖", "modern", "--clear").code == 2
    assert cli("certificates", "award-template", " ", "modern").code == 2
    assert cli("certificates", "award-template", "最佳服务奖", "--clear").code == 0
    assert "最佳服务奖" not in cli("certificates", "award-template").out


def test_an_award_no_plan_or_certificate_names_is_saved_with_a_warning_naming_the_close_titles(cli, tmp_path):
    assert cli("plan", "use", "taobao-kefu").code == 0
    known = cli("certificates", "award-template", "最佳服务奖", "modern")
    assert known.code == 0 and "警告" not in known.err
    typo = cli("certificates", "award-template", "最佳服物奖", "modern")
    assert typo.code == 0 and "没有「最佳服物奖」" in typo.err and "「最佳服务奖」" in typo.err
    assert "最佳服物奖" in cli("certificates", "award-template").out  # saved all the same: a plan may come later
    _make(cli, tmp_path / "hand.pdf", "手写的奖")  # a certificate's award is known from then on
    assert "警告" not in cli("certificates", "award-template", "手写的奖", "card").err
    assert "警告" not in cli("certificates", "award-template", "最佳服物奖", "--clear").err


def test_without_template_the_awards_own_is_used_and_template_forces_one(cli, tmp_path):
    cli("certificates", "award-template", "最佳服务奖", "modern")
    assert _titles(_make(cli, tmp_path / "own.pdf", "最佳服务奖")) == ["荣誉证书"]
    assert _titles(_make(cli, tmp_path / "default.pdf", "销售冠军奖")) == ["奖状"]
    assert _titles(_make(cli, tmp_path / "forced.pdf", "最佳服务奖", "--template", "classic")) == ["奖状"]


def test_an_image_without_transparency_is_saved_with_a_warning(cli, tmp_path):
    Image.new("RGB", (300, 300), (255, 255, 255)).save(tmp_path / "seal.png")
    result = cli("certificates", "image", "seal", str(tmp_path / "seal.png"))
    assert result.code == 0 and "警告" in result.err and "透明" in result.err and "已保存" in result.out
    english = cli("certificates", "image", "seal", str(tmp_path / "seal.png"), lang="en")
    assert english.code == 0 and english.err.isascii() and english.out.isascii(), english.err


def test_a_void_certificate_exits_2_with_its_details_and_the_approval(cli, tmp_path):
    assert cli("demo").code == 0
    assert cli("awards", "approve", "--period", "2026-09", "--confirm").code == 0
    assert cli("certificates", "batch", "--period", "2026-09", "-o", str(tmp_path / "sep.pdf")).code == 0
    listed = json.loads(cli("certificates", "list", "--period", "2026-09", "--json").out)
    assert listed and {c["status"] for c in listed} == {"ok"}
    gone = next(c for c in listed if c["award"] == "专业知识奖")

    plan = tmp_path / "plan.json"
    assert cli("plan", "export", "-o", str(plan), "taobao-kefu").code == 0
    content = json.loads(plan.read_text(encoding="utf-8"))
    content["rules"] = [r for r in content["rules"] if r["name"] != "专业知识奖"]
    plan.write_text(json.dumps(content, ensure_ascii=False), encoding="utf-8")
    assert cli("plan", "use", str(plan)).code == 0
    assert cli("awards", "approve", "--period", "2026-09", "--confirm").code == 0

    void = cli("certificates", "verify", f"HONGHUA:{gone['number']}:{gone['checksum']}")
    assert void.code == 2 and "已作废" in void.err and "核验通过" not in void.out
    assert gone["recipient"] in void.out and "重新批准" in void.out
    data = json.loads(cli("certificates", "verify", gone["number"], "--json").out)
    assert data["status"] == "void" and data["recipient"] == gone["recipient"]
    assert data["superseded_by"]["approved_at"] and data["superseded_by"]["user"]
    approved_at = data["superseded_by"]["approved_at"]
    assert datetime.fromisoformat(approved_at).isoformat() == approved_at  # JSON keeps the stored ISO time
    assert f"于 {shown_stamp(approved_at)} 由" in void.out  # as `awards status` says it: 2026年10月20日 09:30
    assert "颁发日期：2026年10月20日" in void.out and data["issued"] == "2026-10-20"
    still = next(c for c in listed if c["number"] != gone["number"])
    assert cli("certificates", "verify", still["number"]).code == 0
    after = {c["number"]: c["status"] for c in json.loads(
        cli("certificates", "list", "--period", "2026-09", "--json").out)}
    assert after[gone["number"]] == "void" and after[still["number"]] == "ok"
    assert "已作废" in cli("certificates", "list", "--period", "2026-09").out
    english = cli("certificates", "verify", gone["number"], lang="en")
    assert english.code == 2 and english.err.isascii(), english.err  # stdout holds the names, as they are
    assert "Why void" in english.out and "approved again" in english.out
    assert f" {shown_stamp(approved_at)} " in english.out and "T" not in shown_stamp(approved_at)
