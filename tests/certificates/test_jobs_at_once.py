"""A print job draws its pages without holding the shop file's write lock, and two jobs at once (two windows,
or a window and the command line) still never give one number to two certificates, nor print a number the
shop did not record for that certificate."""

import sqlite3
from datetime import date

import pytest

from app.certificates import service as module
from app.certificates.model import CertificateRequest
from app.certificates.service import NUMBERING_ATTEMPTS, CertificateService
from app.errors import Cancelled, UserError
from app.store.maintenance import table_counts

from .conftest import BUNDLED, OCT, SEP, page_texts


def req(name, award="销售冠军奖"):
    return CertificateRequest(name, award, OCT)


def print_elsewhere(shop, requests, path, issue_date=None):
    """A job of another window or command: its own connection to the same file."""
    other = shop.reopen()
    try:
        service = CertificateService(other.store, other.ctx, other.settings, BUNDLED)
        return service.print_pdf(requests, path, service.options(), shop_name="店", issue_date=issue_date)
    finally:
        other.close()


def carries(path, certs):
    """Each page names its certificate's recipient with the number and checksum the shop recorded for it."""
    recorded = {c.recipient: c for c in certs}
    for page in page_texts(path):
        [name] = [name for name in recorded if name in page]
        assert recorded[name].number in page and recorded[name].checksum in page


def test_another_writer_is_not_kept_waiting_while_the_pages_are_drawn(service, tmp_path):
    writes = []

    def progress(done, _total):
        other = sqlite3.connect(service.store.path, timeout=0)
        try:
            other.execute("BEGIN IMMEDIATE")  # another window's typed cell, a scheduled import
            other.execute("ROLLBACK")
            writes.append(done)
        finally:
            other.close()

    service.print_pdf([req("小美"), req("小王")], tmp_path / "a.pdf", service.options(), shop_name="店",
                      progress=progress)
    assert writes == [1, 2]


def test_numbers_given_by_another_job_during_the_drawing_are_drawn_again(service, shop, tmp_path):
    elsewhere = []

    def progress(_done, _total):
        if not elsewhere:  # the other job starts and ends while this one draws its first page
            elsewhere.append(print_elsewhere(shop, [req("阿花")], out / "b.pdf"))

    out = tmp_path / "out"
    mine = service.print_pdf([req("小美"), req("小王")], out / "a.pdf", service.options(), shop_name="店",
                             split_dir=out / "每人", progress=progress)
    theirs = elsewhere[0]
    assert [c.number for c in theirs.certificates] == ["HH-2026-10-0001"]
    assert sorted(c.number for c in mine.certificates) == ["HH-2026-10-0002", "HH-2026-10-0003"]
    recorded = service.in_period(OCT)
    assert sorted(c.number for c in recorded) == ["HH-2026-10-0001", "HH-2026-10-0002", "HH-2026-10-0003"]
    assert {c.id for c in recorded} == {c.id for c in mine.certificates + theirs.certificates}
    carries(out / "a.pdf", mine.certificates)
    carries(out / "b.pdf", theirs.certificates)
    split = sorted(p.name for p in (out / "每人").iterdir())  # named with the numbers given, nothing else
    assert split == sorted(f"{c.recipient}_销售冠军奖_{c.number}.pdf" for c in mine.certificates)
    for cert in mine.certificates:
        carries(out / "每人" / f"{cert.recipient}_销售冠军奖_{cert.number}.pdf", [cert])
    assert sorted(p.name for p in out.iterdir()) == ["a.pdf", "b.pdf", "每人"]  # no temporary file left


def test_a_certificate_issued_by_another_job_meanwhile_is_printed_as_issued(service, shop, tmp_path):
    """Both jobs print 小美's certificate: one number, and the date of the job that gave it."""
    elsewhere = []

    def progress(_done, _total):
        if not elsewhere:
            elsewhere.append(print_elsewhere(shop, [req("小美")], tmp_path / "b.pdf", issue_date=date(2026, 10, 5)))

    mine = service.print_pdf([req("小美")], tmp_path / "a.pdf", service.options(), shop_name="店", progress=progress)
    [cert] = service.in_period(OCT)
    assert mine.certificates == elsewhere[0].certificates == [cert] and cert.issued == date(2026, 10, 5)
    carries(tmp_path / "a.pdf", [cert])
    assert "2026年10月5日" in page_texts(tmp_path / "a.pdf")[0]
    assert len(service.store.certificates.prints(cert.id)) == 2


def test_a_job_overtaken_every_time_gives_up_and_writes_nothing(service, shop, tmp_path):
    others = []

    def progress(done, _total):
        if done == 1:  # each drawing's first page
            others.append(print_elsewhere(shop, [req(f"员工{len(others)}")], tmp_path / f"b{len(others)}.pdf"))

    (tmp_path / "out").mkdir()
    with pytest.raises(UserError, match="同时给证书编号"):
        service.print_pdf([req("小美")], tmp_path / "out" / "a.pdf", service.options(), shop_name="店",
                          split_dir=tmp_path / "out" / "每人", progress=progress)
    assert len(others) == NUMBERING_ATTEMPTS
    assert sorted(c.recipient for c in service.in_period(OCT)) == sorted(f"员工{i}" for i in range(len(others)))
    assert list((tmp_path / "out").iterdir()) == [tmp_path / "out" / "每人"]
    assert list((tmp_path / "out" / "每人").iterdir()) == []
    assert len(service.store.audit.recent(action_prefix="certificate.save_pdf")) == NUMBERING_ATTEMPTS


def nothing_written(service, folder, before):
    assert service.in_period(OCT) == []
    assert table_counts(service.store.db) == before
    assert list(folder.rglob("*")) == [folder / "每人"]


def test_a_job_cancelled_half_way_through_the_drawing_gives_no_numbers_and_leaves_no_file(service, tmp_path):
    before = table_counts(service.store.db)
    drawn = []
    folder = tmp_path / "out"
    with pytest.raises(Cancelled):
        service.print_pdf([req(f"员工{i}") for i in range(4)], folder / "a.pdf", service.options(), shop_name="店",
                          split_dir=folder / "每人", progress=lambda done, _total: drawn.append(done),
                          cancel=lambda: len(drawn) >= 5)
    assert drawn == [1, 2, 3, 4, 5]  # the whole PDF, then one of the split files
    nothing_written(service, folder, before)


def test_a_failure_while_drawing_gives_no_numbers(service, tmp_path, monkeypatch):
    before = table_counts(service.store.db)
    real = module.draw_pdf

    def draw_pdf(path, sheets, *args, **kwargs):
        if len(sheets) == 1:  # the first split file
            raise OSError(28, "No space left on device")
        return real(path, sheets, *args, **kwargs)

    monkeypatch.setattr(module, "draw_pdf", draw_pdf)
    folder = tmp_path / "out"
    with pytest.raises(UserError, match="小美_销售冠军奖.*磁盘空间不足"):  # said of the file, as a full disk is
        service.print_pdf([req("小美"), req("小王")], folder / "a.pdf", service.options(), shop_name="店",
                          split_dir=folder / "每人")
    nothing_written(service, folder, before)


def test_a_file_that_lost_its_key_draws_once_with_the_key_it_then_keeps(service, tmp_path):
    service.store.db.execute("DELETE FROM certificate_key")
    drawn = []
    out = service.print_pdf([req("小美")], tmp_path / "a.pdf", service.options(), shop_name="店",
                            progress=lambda done, _total: drawn.append(done))
    assert drawn == [1]
    [cert] = out.certificates
    carries(tmp_path / "a.pdf", [cert])
    assert service.verify(f"{cert.number}:{cert.checksum}").ok


def test_a_key_made_by_another_job_meanwhile_is_the_one_the_pages_carry(service, shop, tmp_path):
    """The other job prints another month: the number planned is still free, but its checksum was made with a key
    the shop file did not keep."""
    service.store.db.execute("DELETE FROM certificate_key")
    drawn = []

    def progress(done, _total):
        drawn.append(done)
        if len(drawn) == 1:
            print_elsewhere(shop, [CertificateRequest("阿花", "销售冠军奖", SEP)], tmp_path / "b.pdf")

    out = service.print_pdf([req("小美")], tmp_path / "a.pdf", service.options(), shop_name="店", progress=progress)
    [cert] = out.certificates
    assert cert.number == "HH-2026-10-0001" and drawn == [1, 1]
    carries(tmp_path / "a.pdf", [cert])
    assert service.verify(f"{cert.number}:{cert.checksum}").ok


def test_checking_a_certificate_of_a_file_that_lost_its_key_writes_nothing(service, tmp_path):
    """Its checksum cannot be confirmed: said as the file's want of a key, not as an altered certificate; a check
    is a read: no key is made for the file."""
    [cert] = service.print_pdf([req("小美")], tmp_path / "a.pdf", service.options(), shop_name="店").certificates
    service.store.db.execute("DELETE FROM certificate_key")
    before = table_counts(service.store.db)
    for text in (cert.number, f"{cert.number}:{cert.checksum}"):
        checked = service.verify(text)
        assert checked.status == "no_key" and not checked.ok and checked.certificate.recipient == "小美", text
    assert table_counts(service.store.db) == before
