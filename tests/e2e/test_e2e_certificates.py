"""Certificates from the real command line in a child process: the demo shop's approved September, a
certificate made by hand, verification of its QR text, and the refusals."""

import json

from pypdf import PdfReader


def _text(path):
    return [page.extract_text() for page in PdfReader(path).pages]


def test_batch_of_an_approved_month_split_and_verify(app, tmp_path):
    assert app("demo").code == 0
    refused = app("certificates", "batch", "--period", "2026-09", "-o", str(tmp_path / "sep.pdf"))
    assert refused.code == 2 and "还没有批准" in refused.err and "Traceback" not in refused.err
    assert app("awards", "approve", "--period", "2026-09", "--confirm").code == 0
    done = app("certificates", "batch", "--period", "2026-09", "-o", str(tmp_path / "sep.pdf"), "--split",
               str(tmp_path / "每人"), "--template", "modern")
    assert done.code == 0, done.err
    written = done.out.split()
    assert written[0] == str(tmp_path / "sep.pdf") and len(written) > 1
    pages = _text(tmp_path / "sep.pdf")
    listed = json.loads(app("certificates", "list", "--period", "2026-09", "--json").out)
    assert len(pages) == len(listed) == len(written) - 1
    for page, cert in zip(pages, listed, strict=False):
        assert cert["number"] in page and "2026年9月" in page
    again = app("certificates", "batch", "--period", "2026-09", "-o", str(tmp_path / "again.pdf"))
    assert again.code == 0
    assert json.loads(app("certificates", "list", "--period", "2026-09", "--json").out) == listed  # same numbers
    first = listed[0]
    ok = app("certificates", "verify", f"HONGHUA:{first['number']}:{first['checksum']}", "--json")
    assert ok.code == 0 and json.loads(ok.out)["recipient"] == first["recipient"]
    assert len(json.loads(ok.out)["prints"]) == 2


def test_make_by_hand_and_the_refusals(app, tmp_path):
    made = app("certificates", "make", "--name", "A&B <客服>", "--award", "最佳服务奖", "--period", "2026-10", "-o",
               str(tmp_path / "hand.pdf"), "--template", "card")
    assert made.code == 0, made.err
    assert "A&B <客服>" in _text(tmp_path / "hand.pdf")[0]
    assert app("certificates", "verify", "HH-2026-10-0001").code == 0
    assert app("certificates", "verify", "HH-2026-10-0001:ABCDEF").code == 2
    assert app("certificates", "verify", "HH-2026-11-0001").code == 2
    empty = app("certificates", "make", "--name", "", "--award", "x", "--period", "2026-10", "-o",
                str(tmp_path / "e.pdf"))
    assert empty.code == 2 and "姓名不能为空" in empty.err and not (tmp_path / "e.pdf").exists()


def test_per_award_templates_and_a_void_certificate(app, tmp_path):
    assert app("demo").code == 0
    assert app("awards", "approve", "--period", "2026-09", "--confirm").code == 0
    assert app("certificates", "award-template", "订单最多奖", "modern").code == 0
    done = app("certificates", "batch", "--period", "2026-09", "-o", str(tmp_path / "own.pdf"))
    assert done.code == 0, done.err
    pages = [t.replace(" ", "") for t in _text(tmp_path / "own.pdf")]
    assert any("订单最多奖" in p and "荣誉证书" in p for p in pages)
    assert all("奖状" in p for p in pages if "订单最多奖" not in p)
    forced = app("certificates", "batch", "--period", "2026-09", "-o", str(tmp_path / "forced.pdf"), "--template",
                 "classic")
    assert forced.code == 0 and all("奖状" in t.replace(" ", "") for t in _text(tmp_path / "forced.pdf"))

    listed = json.loads(app("certificates", "list", "--period", "2026-09", "--json").out)
    gone = next(c for c in listed if c["award"] == "专业知识奖")
    plan = tmp_path / "plan.json"
    assert app("plan", "export", "-o", str(plan), "taobao-kefu").code == 0
    content = json.loads(plan.read_text(encoding="utf-8"))
    content["rules"] = [r for r in content["rules"] if r["name"] != "专业知识奖"]
    plan.write_text(json.dumps(content, ensure_ascii=False), encoding="utf-8")
    assert app("plan", "use", str(plan)).code == 0
    assert app("awards", "approve", "--period", "2026-09", "--confirm").code == 0
    void = app("certificates", "verify", f"HONGHUA:{gone['number']}:{gone['checksum']}")
    assert void.code == 2 and "已作废" in void.err and "重新批准" in void.out and "Traceback" not in void.err


def test_a_reprint_after_a_name_was_corrected_prints_the_corrected_name(app, tmp_path):
    """The owner corrects 刘佳怡 to 刘家怡 after October's certificates were printed and approves again: the reprint
    says 刘家怡 under the same number; the paper printed first still verifies, as an earlier print issued under the
    name since corrected; a checksum that matches no name printed does not."""
    day = "2026-11-05"

    def run(*args):
        return app(*args, today=day)

    def listed():
        return {c["number"]: c for c in json.loads(run("certificates", "list", "--period", "2026-10", "--json").out)}

    assert run("demo").code == 0
    assert run("awards", "approve", "--period", "2026-10").code == 0
    assert run("certificates", "batch", "--period", "2026-10", "-o", str(tmp_path / "a.pdf")).code == 0
    first = next(c for c in listed().values() if c["recipient"] == "刘佳怡")
    assert run("staff", "edit", "刘佳怡", "--name", "刘家怡", "--confirm-approved").code == 0
    assert run("awards", "approve", "--period", "2026-10", "--confirm").code == 0
    before = listed()
    draft = run("certificates", "batch", "--period", "2026-10", "--draft", "-o", str(tmp_path / "draft.pdf"))
    assert draft.code == 0, draft.err
    pages = _text(tmp_path / "draft.pdf")
    assert all("草稿" in page for page in pages) and "刘家怡" in "".join(pages)
    assert listed() == before  # a draft of an approved period writes nothing: no number, print or new name
    done = run("certificates", "batch", "--period", "2026-10", "-o", str(tmp_path / "c.pdf"))
    assert done.code == 0, done.err
    text = "".join(_text(tmp_path / "c.pdf"))
    assert "刘家怡" in text and "刘佳怡" not in text
    again = listed()[first["number"]]
    assert again["recipient"] == "刘家怡" and again["checksum"] != first["checksum"]

    old = run("certificates", "verify", f"HONGHUA:{first['number']}:{first['checksum']}")
    assert old.code == 0, old.err
    assert "获奖：刘家怡" in old.out and "早先打印" in old.out and "「刘佳怡」" in old.out
    data = json.loads(run("certificates", "verify", f"HONGHUA:{first['number']}:{first['checksum']}", "--json").out)
    assert (data["status"], data["recipient"], data["printed_as"]) == ("ok", "刘家怡", "刘佳怡")
    assert [p["recipient"] for p in data["prints"]] == ["刘佳怡", "刘家怡"]
    new = json.loads(run("certificates", "verify", f"HONGHUA:{first['number']}:{again['checksum']}", "--json").out)
    assert new["status"] == "ok" and new["printed_as"] is None
    made_up = "".join("2" if ch != "2" else "3" for ch in first["checksum"])
    tampered = run("certificates", "verify", f"HONGHUA:{first['number']}:{made_up}")
    assert tampered.code == 2 and "Traceback" not in tampered.err
