"""`honghua certificates …` in process: exit codes, what goes to stdout and stderr, English messages."""

import json

from pypdf import PdfReader

from app.certificates import numbering
from app.store import open_store


def _text(path):
    return "".join(page.extract_text() for page in PdfReader(path).pages)


def test_make_then_verify_by_number_and_by_qr_text(cli, tmp_path):
    out = tmp_path / "奖状 小美.pdf"
    made = cli("certificates", "make", "--name", "小美", "--award", "服务之星", "--period", "2026-Q4", "-o", str(out),
               "--value", "¥500.00", "--chinese-date")
    assert made.code == 0, made.err
    assert made.out.strip() == str(out)
    assert "HH-2026-Q4-0001" in made.err
    text = _text(out)
    assert "小美" in text and "服务之星" in text and "2026年第四季度" in text and "二〇二六年十月二十日" in text
    assert "奖励：¥500.00" in text
    check = made.err.split("校验码")[1].strip()
    ok = cli("certificates", "verify", numbering.qr_payload("HH-2026-Q4-0001", check))
    assert ok.code == 0 and "核验通过" in ok.out and "小美" in ok.out and "打印次数：1" in ok.out
    data = json.loads(cli("certificates", "verify", "hh-2026-q4-0001", "--json").out)
    assert data["status"] == "ok" and data["recipient"] == "小美" and data["checksum_checked"] is False
    assert data["prints"][0]["copies"] == 1


def test_verify_writes_the_issue_date_the_chinese_way_and_json_keeps_iso(cli, tmp_path):
    cli("certificates", "make", "--name", "小美", "--award", "服务之星", "--period", "2026-10", "--date",
        "2026-11-01", "-o", str(tmp_path / "a.pdf"))
    shown = cli("certificates", "verify", "HH-2026-10-0001")
    assert shown.code == 0 and "颁发日期：2026年11月1日" in shown.out.splitlines(), shown.out
    assert json.loads(cli("certificates", "verify", "HH-2026-10-0001", "--json").out)["issued"] == "2026-11-01"
    english = cli("certificates", "verify", "HH-2026-10-0001", lang="en")
    assert "Issued: 2026-11-01" in english.out.splitlines(), english.out


def test_list_writes_the_issue_date_as_verify_does_and_json_keeps_iso(cli, tmp_path):
    cli("certificates", "make", "--name", "小美", "--award", "服务之星", "--period", "2026-10", "--date",
        "2026-11-01", "-o", str(tmp_path / "a.pdf"))
    listed = cli("certificates", "list", "--period", "2026-10")
    assert listed.code == 0 and "2026年11月1日" in listed.out and "2026-11-01" not in listed.out, listed.out
    assert json.loads(cli("certificates", "list", "--period", "2026-10", "--json").out)[0]["issued"] == "2026-11-01"
    assert "2026-11-01" in cli("certificates", "list", "--period", "2026-10", lang="en").out


def test_verify_unknown_tampered_and_malformed_exit_2(cli, tmp_path):
    cli("certificates", "make", "--name", "小美", "--award", "服务之星", "--period", "2026-10", "-o",
        str(tmp_path / "a.pdf"))
    for text, words in (("HH-2026-10-0002", "不是本店发出"), ("HH-2026-10-0001:ABCDEF", "校验码不符"),
                        ("hello", "不是证书编号")):
        result = cli("certificates", "verify", text)
        assert result.code == 2 and words in result.err and result.out == "", text


def test_a_reprint_gives_the_same_number(cli, tmp_path):
    for name in ("a.pdf", "b.pdf"):
        cli("certificates", "make", "--name", "小美", "--award", "服务之星", "--period", "2026-10", "-o",
            str(tmp_path / name))
    listed = json.loads(cli("certificates", "list", "--period", "2026-10", "--json").out)
    assert [c["number"] for c in listed] == ["HH-2026-10-0001"]
    assert "HH-2026-10-0001" in _text(tmp_path / "b.pdf")


def test_an_empty_name_exits_2_without_a_file(cli, tmp_path):
    result = cli("certificates", "make", "--name", "  ", "--award", "服务之星", "--period", "2026-10", "-o",
                 str(tmp_path / "x.pdf"))
    assert result.code == 2 and "姓名不能为空" in result.err and "Traceback" not in result.err
    assert not (tmp_path / "x.pdf").exists()


def test_a_name_without_any_font_is_warned_on_stderr(cli, tmp_path, monkeypatch):
    from app.certificates import glyphs

    monkeypatch.setattr(glyphs, "system_fallbacks", list)
    monkeypatch.setattr(glyphs.FontPlan, "default", classmethod(lambda cls: cls.sans_only(fallbacks=())))
    result = cli("certificates", "make", "--name", "𠮷田", "--award", "服务之星", "--period", "2026-10", "-o",
                 str(tmp_path / "w.pdf"))
    assert result.code == 0
    assert "警告" in result.err and "𠮷" in result.err and "U+20BB7" in result.err


def test_batch_without_an_approved_run_exits_2(cli, new_shop, tmp_path):
    result = cli("certificates", "batch", "--period", "2026-09", "-o", str(tmp_path / "b.pdf"))
    assert result.code == 2 and "还没有批准" in result.err
    assert cli("certificates", "batch", "--period", "2026-09").code == 2
    assert not (tmp_path / "b.pdf").exists()


def test_templates_pages_and_bad_options(cli, tmp_path):
    for template, page in (("modern", "a5-portrait"), ("card", "a4-landscape"), ("classic", "a4-portrait")):
        result = cli("certificates", "make", "--name", "欧阳娜娜娜", "--award", "销售冠军", "--period", "2026",
                     "-o", str(tmp_path / f"{template}.pdf"), "--template", template, "--page", page)
        assert result.code == 0, result.err
    assert PdfReader(tmp_path / "modern.pdf").pages[0].mediabox.width < 430  # A5 portrait: 148 mm
    bad = cli("certificates", "make", "--name", "x", "--award", "y", "--period", "2026-10", "-o",
              str(tmp_path / "x.pdf"), "--citation", "{年龄}")
    assert bad.code == 2 and "年龄" in bad.err
    assert cli("certificates", "make", "--name", "x", "--award", "y", "--period", "2026-13", "-o",
               str(tmp_path / "y.pdf")).code == 2
    assert cli("certificates", "make", "--name", "x", "--award", "y", "--period", "2026-10").code == 2


def test_seal_image_set_and_clear(cli, tmp_path):
    from PIL import Image

    seal = tmp_path / "seal.png"
    Image.new("RGBA", (64, 64), (200, 0, 0, 128)).save(seal)
    assert cli("certificates", "image", "seal", str(seal)).code == 0
    assert cli("certificates", "image", "seal", str(tmp_path / "nope.png")).code == 2
    assert cli("certificates", "image", "seal", "--clear").code == 0
    assert cli("certificates", "image", "seal").code == 2


def test_english_errors(cli, db, tmp_path):
    open_store(db).close()  # a shop to verify in: a refused first command leaves no file behind
    result = cli("certificates", "make", "--name", " ", "--award", "x", "--period", "2026-10", "-o",
                 str(tmp_path / "x.pdf"), lang="en")
    assert result.code == 2 and result.err.isascii(), result.err
    result = cli("certificates", "verify", "HH-2026-10-0009", lang="en")
    assert result.code == 2 and result.err.isascii() and "not a certificate issued by this shop" in result.err


def test_batch_only_one_person_and_drafts_before_approval(cli, tmp_path):
    assert cli("demo").code == 0
    draft = cli("certificates", "batch", "--period", "2026-09", "--draft", "-o", str(tmp_path / "draft.pdf"))
    assert draft.code == 0, draft.err
    assert all("草稿" in page for page in [p.extract_text() for p in PdfReader(tmp_path / "draft.pdf").pages])
    assert json.loads(cli("certificates", "list", "--period", "2026-09", "--json").out) == []
    assert cli("awards", "approve", "--period", "2026-09", "--confirm").code == 0
    everyone = cli("certificates", "batch", "--period", "2026-09", "--split", str(tmp_path / "all"))
    assert everyone.code == 0, everyone.err
    listed = json.loads(cli("certificates", "list", "--period", "2026-09", "--json").out)
    assert len(listed) == len(everyone.out.split()) >= 2
    person = listed[0]["recipient"]
    mine = [c for c in listed if c["recipient"] == person]
    only = cli("certificates", "batch", "--period", "2026-09", "--only", person, "-o", str(tmp_path / "one.pdf"))
    assert only.code == 0, only.err
    pages = [p.extract_text() for p in PdfReader(tmp_path / "one.pdf").pages]
    assert len(pages) == len(mine) and all(person in page for page in pages)
    assert {c["number"] for c in mine} == {n for n in (c["number"] for c in listed) if any(n in p for p in pages)}
    nobody = cli("certificates", "batch", "--period", "2026-09", "--only", "不存在的人", "-o", str(tmp_path / "x.pdf"))
    assert nobody.code == 2


def test_a_batch_into_a_folder_of_earlier_files_says_how_many_it_replaced(cli, tmp_path):
    """A reprint into the folder of an earlier batch replaced its files without a word: a scheduled job's log
    now says so (the window asks before it replaces any)."""
    assert cli("demo").code == 0
    assert cli("awards", "approve", "--period", "2026-09", "--confirm").code == 0
    folder = tmp_path / "九月"
    first = cli("certificates", "batch", "--period", "2026-09", "--split", str(folder))
    assert first.code == 0 and "替换" not in first.err, first.err
    written = first.out.split()
    (folder / "别人的.pdf").write_bytes(b"%PDF-1.4 kept")
    again = cli("certificates", "batch", "--period", "2026-09", "--split", str(folder))
    assert again.code == 0 and again.out.split() == written
    assert f"替换了 {folder} 中原有的 {len(written)} 个同名文件" in again.err.splitlines(), again.err
    assert (folder / "别人的.pdf").read_bytes() == b"%PDF-1.4 kept"


def test_batch_refuses_an_empty_split_folder_and_a_pdf_name_that_is_not_one(cli, tmp_path, monkeypatch):
    assert cli("demo").code == 0
    assert cli("awards", "approve", "--period", "2026-09", "--confirm").code == 0
    here = tmp_path / "here"
    here.mkdir()
    monkeypatch.chdir(here)  # --split "" was the current folder: the PDFs landed wherever the shell was
    for args in (("--split", ""), ("--split", "  ", "-o", str(tmp_path / "all.pdf")), ("--split", "", "-o", "a.pdf")):
        result = cli("certificates", "batch", "--period", "2026-09", *args)
        assert result.code == 2 and "--split 要写一个文件夹" in result.err and result.out == "", (args, result.err)
    for name in ("all.txt", "all"):
        result = cli("certificates", "batch", "--period", "2026-09", "-o", str(tmp_path / name))
        assert result.code == 2 and "-o 要写一个以 .pdf 结尾的文件名" in result.err and name in result.err
    made = cli("certificates", "make", "--name", "小美", "--award", "服务之星", "--period", "2026-10", "-o",
               str(tmp_path / "小美.png"))
    assert made.code == 2 and ".pdf" in made.err
    assert list(here.iterdir()) == []
    assert not any(p.suffix in (".pdf", ".txt", ".png") or p.name == "all" for p in tmp_path.iterdir())
    assert json.loads(cli("certificates", "list", "--period", "2026-09", "--json").out) == []
    assert cli("certificates", "batch", "--period", "2026-09", "-o", str(tmp_path / "ALL.PDF")).code == 0


def test_a_shop_file_that_lost_its_key_says_it_cannot_check_rather_than_accuse_the_certificate(cli, db, tmp_path):
    made = cli("certificates", "make", "--name", "小美", "--award", "服务之星", "--period", "2026-10", "-o",
               str(tmp_path / "a.pdf"))
    assert made.code == 0, made.err
    check = made.err.split("校验码")[1].strip()
    store = open_store(db)
    try:
        with store.atomic():
            store.db.execute("DELETE FROM certificate_key")  # a cleared file: the certificates stay, the key is gone
    finally:
        store.close()
    for text in ("HH-2026-10-0001", numbering.qr_payload("HH-2026-10-0001", check)):
        result = cli("certificates", "verify", text)
        assert result.code == 2 and result.out == "", text
        assert "无法核验：证书 HH-2026-10-0001 是本店发出的，但这个数据文件缺少校验用的密钥" in result.err, result.err
        assert "校验码不符" not in result.err and "核验失败" not in result.err
    data = json.loads(cli("certificates", "verify", "HH-2026-10-0001", "--json").out)
    assert data == {"status": "no_key", "number": "HH-2026-10-0001"}
    english = cli("certificates", "verify", "HH-2026-10-0001", lang="en")
    assert english.code == 2 and english.err.isascii(), english.err
    assert "lost the key" in english.err and "does not match" not in english.err
