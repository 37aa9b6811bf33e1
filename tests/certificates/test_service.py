"""Numbers, reprints, print records, verification, images, and all-or-nothing jobs."""

import io
import itertools
import os
import time
from dataclasses import replace

import pytest
from PIL import Image
from pypdf import PdfReader

from app.certificates import numbering
from app.certificates.model import CertificateRequest
from app.certificates.service import CertificateService
from app.errors import Cancelled, UserError
from app.periods import HalfYear, Month, Quarter, Year
from app.shop import Shop
from app.store.maintenance import table_counts

from .conftest import BUNDLED, OCT, page_texts, to_png


def req(name, award="销售冠军奖", period=OCT):
    return CertificateRequest(name, award, period)


def stamp(path, kind):
    """Test images that look the part: a red ring on transparency, a scribble, a square logo."""
    from PIL import ImageDraw

    size = {"seal": (300, 300), "signature": (360, 120), "logo": (200, 200)}[kind]
    image = Image.new("RGBA", size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    if kind == "seal":
        draw.ellipse((10, 10, 290, 290), outline=(210, 20, 30, 200), width=14)
        draw.rectangle((110, 110, 190, 190), outline=(210, 20, 30, 200), width=10)
    elif kind == "signature":
        draw.line([(10, 90), (80, 20), (120, 100), (200, 30), (260, 95), (350, 40)], fill=(20, 20, 60, 255), width=6)
    else:
        draw.rounded_rectangle((0, 0, 199, 199), 30, fill=(245, 130, 30, 255))
        draw.ellipse((50, 50, 150, 150), fill=(255, 255, 255, 255))
    image.save(path)
    return path


def test_numbers_per_period_kind_and_sequence(service, tmp_path):
    chosen = service.options()
    out = service.print_pdf([req("小美"), req("阿花"), req("小美", "季度之星", Quarter(2026, 4)),
                             req("小美", "半年之星", HalfYear(2026, 2)), req("小美", "年度之星", Year(2026)),
                             req("小刚", "九月之星", Month(2026, 9))], tmp_path / "n.pdf", chosen, shop_name="店")
    numbers = {(c.recipient, c.award): c.number for c in out.certificates}
    assert numbers == {("小美", "销售冠军奖"): "HH-2026-10-0002", ("阿花", "销售冠军奖"): "HH-2026-10-0001",  # 阿 < 小
                       ("小美", "季度之星"): "HH-2026-Q4-0001", ("小美", "半年之星"): "HH-2026-H2-0001",
                       ("小美", "年度之星"): "HH-2026-0001", ("小刚", "九月之星"): "HH-2026-09-0001"}


def test_a_reprint_keeps_its_number_and_date_and_is_recorded(service, shop, tmp_path):
    first = service.print_pdf([req("小美")], tmp_path / "a.pdf", service.options(), shop_name="店")
    shop.set_today(shop.today.replace(day=28))
    service.ctx = shop.ctx
    again = service.print_pdf([req("小美"), req("阿花")], tmp_path / "b.pdf", replace(service.options(), copies=3),
                              shop_name="店")
    mine = next(c for c in again.certificates if c.recipient == "小美")
    assert mine.number == first.certificates[0].number == "HH-2026-10-0001"
    assert mine.issued == first.certificates[0].issued
    assert next(c for c in again.certificates if c.recipient == "阿花").number == "HH-2026-10-0002"
    prints = shop.store.certificates.prints(mine.id)
    assert [p.copies for p in prints] == [1, 3]
    assert prints[0].os_user == shop.ctx.user and prints[1].output.endswith("b.pdf")
    assert "2026年10月20日" in page_texts(tmp_path / "b.pdf")[1]  # 小美's page: the first date, not today's
    audit = shop.store.audit.recent(action_prefix="certificate.save_pdf")
    assert len(audit) == 2 and "HH-2026-10-0001" in audit[1].summary


def test_verify_ok_unknown_tampered_and_malformed(service, shop, tmp_path):
    cert = service.print_pdf([req("小美")], tmp_path / "v.pdf", service.options(), shop_name="店").certificates[0]
    payload = numbering.qr_payload(cert.number, cert.checksum)
    good = service.verify(payload)
    assert good.ok and good.checksum_checked and good.certificate.recipient == "小美" and len(good.prints) == 1
    assert service.verify(cert.number.lower()).ok and not service.verify(cert.number).checksum_checked
    other = next(ch for ch in numbering.ALPHABET if ch != cert.checksum[0]) + cert.checksum[1:]
    assert service.verify(f"{cert.number}:{other}").status == "tampered"
    assert service.verify("HH-2026-10-0099").status == "unknown"
    assert service.verify("HONGHUA:HH-2026-11-0001:" + cert.checksum).status == "unknown"
    assert service.verify("小美").status == "malformed"
    shop.store.db.execute("UPDATE certificate SET recipient = '小刚' WHERE id = ?", [cert.id])  # edited behind our back
    assert service.verify(cert.number).status == "tampered"


def test_the_checksum_is_the_shops_own(tmp_path, today):
    checks = []
    for name in ("a.db", "b.db"):
        shop = Shop.open(tmp_path / name, today)
        try:
            service = CertificateService(shop.store, shop.ctx, shop.settings, BUNDLED)
            out = service.print_pdf([req("小美")], tmp_path / f"{name}.pdf", service.options(), shop_name="店")
            checks.append((out.certificates[0].number, out.certificates[0].checksum))
        finally:
            shop.close()
    assert checks[0][0] == checks[1][0] and checks[0][1] != checks[1][1]


def test_a_cancelled_job_gives_no_numbers_and_leaves_no_file(service, tmp_path):
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "c.pdf"
    target.write_bytes(b"the old file")
    with pytest.raises(Cancelled):
        service.print_pdf([req(f"员工{i}") for i in range(5)], target, service.options(), shop_name="店",
                          cancel=lambda: True)
    assert target.read_bytes() == b"the old file"
    assert service.in_period(OCT) == [] and list(target.parent.iterdir()) == [target]


def test_a_file_is_moved_into_place_only_once_its_numbers_are_committed(service, tmp_path, monkeypatch):
    """A power cut between the two must never leave a certificate whose number the shop has not recorded."""
    import sqlite3

    from app.certificates import service as module

    real = module.replace_into
    seen = []

    def replace_into(tmp, target):
        other = sqlite3.connect(service.store.path)  # what the next start would read
        try:
            seen.append(other.execute("SELECT count(*) FROM certificate").fetchone()[0])
        finally:
            other.close()
        real(tmp, target)

    monkeypatch.setattr(module, "replace_into", replace_into)
    out = tmp_path / "out"
    service.print_pdf([req("小美"), req("小王")], out / "x.pdf", service.options(), shop_name="店",
                      split_dir=out / "每人")
    assert seen == [2, 2, 2]


def test_a_failure_while_moving_into_place_keeps_the_numbers_for_the_retry(service, tmp_path, monkeypatch):
    from app.certificates import service as module

    def refuse(_tmp, target):
        raise UserError(f"无法写入 {target}")

    with monkeypatch.context() as patched:
        patched.setattr(module, "replace_into", refuse)
        with pytest.raises(UserError):
            service.print_pdf([req("小美")], tmp_path / "out" / "x.pdf", service.options(), shop_name="店")
    assert list((tmp_path / "out").iterdir()) == []  # no file, not even a temporary one
    [issued] = service.in_period(OCT)
    again = service.print_pdf([req("小美")], tmp_path / "out" / "x.pdf", service.options(), shop_name="店")
    assert [c.number for c in again.certificates] == [issued.number] and again.paths == [tmp_path / "out" / "x.pdf"]


def test_a_folder_as_target_is_refused(service, tmp_path):
    with pytest.raises(UserError, match="文件夹"):
        service.print_pdf([req("小美")], tmp_path, service.options(), shop_name="店")


def test_a_folder_that_cannot_be_made_is_said_in_chinese_without_guessing_at_another_program(service, tmp_path,
                                                                                              monkeypatch):
    import errno
    from pathlib import Path

    (tmp_path / "a-file").write_text("x")
    with pytest.raises(UserError) as through_a_file:
        service.print_pdf([req("小美")], tmp_path / "a-file" / "x.pdf", service.options(), shop_name="店")
    assert "路径中有一部分是文件而不是文件夹" in through_a_file.value.message

    def no_drive(self, *args, **kwargs):  # Z:\奖状 on a drive that is not there (Windows), /proc/nope here
        raise FileNotFoundError(errno.ENOENT, "No such file or directory", str(self))

    monkeypatch.setattr(Path, "mkdir", no_drive)
    with pytest.raises(UserError) as missing:
        service.print_pdf([req("小美")], tmp_path / "nope" / "x.pdf", service.options(), shop_name="店")
    for error in (through_a_file.value, missing.value):
        assert "No such file" not in error.message and "Not a directory" not in error.message
        assert "其他程序" not in error.message, error.message  # nothing to do with an open file
    assert missing.value.message == f"无法写入 {tmp_path / 'nope' / 'x.pdf'}：文件或文件夹不存在"
    assert service.in_period(OCT) == []


def test_a_pdf_held_open_by_another_program_is_said_so(service, tmp_path, monkeypatch):
    import errno
    import os

    def held(src, dst):  # Windows refuses the rename onto a PDF open in a viewer
        raise PermissionError(errno.EACCES, "Permission denied", str(src), None, str(dst))

    monkeypatch.setattr(os, "replace", held)
    with pytest.raises(UserError) as refused:
        service.print_pdf([req("小美")], tmp_path / "x.pdf", service.options(), shop_name="店")
    assert "没有权限" in refused.value.message and "其他程序打开" in refused.value.message
    assert str(tmp_path / "x.pdf") in refused.value.message and not (tmp_path / "x.pdf").exists()


def test_progress_reaches_the_total(service, tmp_path):
    seen = []
    service.print_pdf([req(f"员工{i}") for i in range(4)], tmp_path / "p.pdf", service.options(), shop_name="店",
                      split_dir=tmp_path / "each", progress=lambda done, total: seen.append((done, total)))
    assert seen[-1] == (8, 8) and all(a <= b for (a, _), (b, _) in itertools.pairwise(seen))


def _image_forms(resources, seen=None) -> set[str]:
    """The forms holding an image, reachable from a page (forms may be nested: the signing block holds the
    seal and the signature)."""
    seen = set() if seen is None else seen
    found = set()
    for name, xobject in (resources.get("/XObject") or {}).items():
        xobject = xobject.get_object()
        if str(xobject.get("/Subtype")) != "/Form" or name in seen:
            continue
        seen.add(name)
        inner = xobject.get("/Resources") or {}
        if any(str(v.get_object().get("/Subtype")) == "/Image" for v in (inner.get("/XObject") or {}).values()):
            found.add(name)
        found |= _image_forms(inner, seen)
    return found


def test_seal_signature_and_logo_are_kept_in_the_file_and_drawn(service, shop, tmp_path):
    for kind in ("seal", "signature", "logo"):
        service.set_image(kind, stamp(tmp_path / f"{kind}.png", kind))
    assert service.images().seal.startswith(b"\x89PNG")
    for template in ("classic", "modern"):
        pdf = tmp_path / f"{template}.pdf"
        service.print_pdf([req("小美")], pdf, service.options(template=template), shop_name="店")
        images = _image_forms(PdfReader(pdf).pages[0]["/Resources"])
        assert len(images) == (3 if template == "modern" else 2), images  # the logo is only on modern
        to_png(pdf, f"{template}-seal-signature-logo")
    service.clear_image("seal")
    assert service.images().seal is None


def test_an_image_that_is_not_a_png_is_refused(service, tmp_path):
    jpeg = tmp_path / "seal.jpg"
    Image.new("RGB", (10, 10)).save(jpeg, format="JPEG")
    with pytest.raises(UserError, match="PNG"):
        service.set_image("seal", jpeg)
    broken = tmp_path / "broken.png"
    broken.write_bytes(b"\x89PNG\r\n\x1a\n" + b"junk")
    with pytest.raises(UserError):
        service.set_image("seal", broken)
    with pytest.raises(UserError):
        service.set_image("seal", tmp_path / "missing.png")
    assert service.images().seal is None


def test_options_are_saved_and_checked(service):
    chosen = replace(service.options(), template="modern", page="a5-portrait", chinese_date=True,
                     citation="{店铺}感谢{姓名}")
    service.save_options(chosen)
    again = service.options()
    assert (again.template, again.page, again.chinese_date, again.citation) == ("modern", "a5-portrait", True,
                                                                                "{店铺}感谢{姓名}")
    for bad in ({"template": "fancy"}, {"page": "letter"}, {"cards_per_sheet": 6}, {"citation": "{年龄}"},
                {"copies": 0}):
        with pytest.raises(UserError):
            service.options(**bad)


def test_options_are_saved_all_or_none(service, monkeypatch):
    """One form, one transaction: a write failing on the fourth setting leaves the first three as they were."""
    before = service.options()
    chosen = replace(before, template="modern", page="a5-portrait", citation="{店铺}感谢{姓名}",
                     chinese_date=not before.chinese_date)
    store_settings = service.store.settings
    write = store_settings.set

    def failing_on_the_date(key, value):
        if key == "certificate_chinese_date":
            raise OSError("disk full")
        write(key, value)

    monkeypatch.setattr(store_settings, "set", failing_on_the_date)
    with pytest.raises(OSError):
        service.save_options(chosen)
    monkeypatch.undo()
    after = service.options()
    assert (after.template, after.page, after.citation) == (before.template, before.page, before.citation)


def test_a_stream_of_pngs_in_memory_works_too():
    buffer = io.BytesIO()
    Image.new("RGBA", (4, 4)).save(buffer, format="PNG")
    from app.certificates.ornaments import image_reader

    assert image_reader(buffer.getvalue()).getSize() == (4, 4)


@pytest.mark.parametrize(("template", "cards"), [("classic", 4), ("card", 8), ("card", 12)])
def test_the_printed_qr_code_reads_back_and_verifies(service, tmp_path, template, cards):
    """Decoded from the page image by zbar (where installed): the QR code must be a working code."""
    import shutil
    import subprocess

    if not (shutil.which("zbarimg") and shutil.which("pdftoppm")):
        pytest.skip("zbarimg (zbar-tools) or pdftoppm (poppler-utils) is not installed")
    out = service.print_pdf([req("小美"), req("阿花")], tmp_path / "q.pdf",
                            service.options(template=template, cards_per_sheet=cards), shop_name="店")
    subprocess.run(["pdftoppm", "-r", "300", "-png", "-f", "1", "-l", "1", "-singlefile", str(tmp_path / "q.pdf"),
                    str(tmp_path / "q")], check=True, timeout=60)
    read = subprocess.run(["zbarimg", "-q", "--raw", str(tmp_path / "q.png")], capture_output=True, text=True,
                          timeout=60, check=False)
    payloads = sorted(line for line in read.stdout.splitlines() if line.strip())
    expected = sorted(numbering.qr_payload(c.number, c.checksum) for c in out.certificates)
    assert payloads == (expected if template == "card" else expected[:1])
    assert all(service.verify(p).ok for p in payloads)


@pytest.mark.skipif(os.name != "posix", reason="folders are synced on POSIX only")
def test_each_pdf_reaches_the_disk_before_it_replaces_the_old_one(service, tmp_path, monkeypatch):
    """A power cut right after a certificate is moved into place leaves the old or the whole new PDF."""
    import stat

    events = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(fd):
        events.append("folder" if stat.S_ISDIR(os.fstat(fd).st_mode) else "file")
        real_fsync(fd)

    def replace(src, dst):
        events.append("replace")
        real_replace(src, dst)

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "replace", replace)
    out = tmp_path / "out"
    service.print_pdf([req("小美"), req("小王")], out / "奖状.pdf", service.options(), shop_name="店",
                      split_dir=out / "每人")
    assert events == ["file", "replace", "folder"] * 3
    assert sorted(p.name for p in out.rglob("*")) == sorted(["奖状.pdf", "每人", *os.listdir(out / "每人")])


def test_a_split_reprint_with_one_pdf_open_elsewhere_changes_no_file(service, tmp_path, monkeypatch):
    """Windows refuses to replace a PDF open in a viewer: a reprint into a folder where one person's PDF is
    open must stop before any file is replaced, not after the ones before it were."""
    import errno
    from pathlib import Path

    folder = tmp_path / "每人"
    people = [req("小美"), req("小王"), req("小张")]
    service.print_pdf(people, None, service.options(), shop_name="店", split_dir=folder)
    names = sorted(p.name for p in folder.iterdir())
    for name in names:
        (folder / name).write_bytes(b"the old file")
    held = folder / names[1]

    def refuse(path):
        raise PermissionError(errno.EACCES, "Permission denied", str(path))

    real_open, real_replace = Path.open, os.replace
    monkeypatch.setattr(Path, "open", lambda self, *a, **k: refuse(self) if self == held else real_open(self, *a, **k))
    monkeypatch.setattr(os, "replace", lambda src, dst: refuse(dst) if Path(dst) == held else real_replace(src, dst))
    before = table_counts(service.store.db.conn)
    with pytest.raises(UserError) as refused:
        service.print_pdf(people, None, service.options(), shop_name="店", split_dir=folder)
    monkeypatch.undo()
    assert str(held) in refused.value.message and "其他程序打开" in refused.value.message
    assert [(folder / n).read_bytes() for n in names] == [b"the old file"] * 3
    assert sorted(p.name for p in folder.iterdir()) == names
    assert table_counts(service.store.db.conn) == before  # the reprint is not recorded either


def test_a_print_job_clears_what_a_killed_one_left_in_its_folder(service, tmp_path):
    old, out = time.time() - 3600, tmp_path / "out"
    out.mkdir()
    left = out / ".certificates-abcd1234.pdf.honghua.tmp"
    left.write_bytes(b"%PDF-1.4 half")
    os.utime(left, (old, old))
    service.print_pdf([req("小美")], out / "奖状.pdf", service.options(), shop_name="店")
    assert sorted(p.name for p in out.iterdir()) == ["奖状.pdf"]


def test_a_certificate_made_by_hand_leaves_out_the_spaces_around_its_name_and_award(service, tmp_path):
    """`certificates make --name "  王五 "` numbered a certificate for 「  王五 」, printed off the centre."""
    made = service.make("  王五 ", " 最佳服务奖  ", OCT, tmp_path / "hand.pdf", service.options(), shop_name="小橙子旗舰店")
    assert [(c.recipient, c.award) for c in made.certificates] == [("王五", "最佳服务奖")]
    assert [(c.recipient, c.award) for c in service.in_period(OCT)] == [("王五", "最佳服务奖")]
