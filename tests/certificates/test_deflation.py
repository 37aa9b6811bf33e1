"""A certificate document's streams deflated at its save (`deflation.AtSave`): a long one's two at a time are the
bytes deflated one after another as they are written, the pages' drawings and the embedded fonts' files and
character maps; the fonts, deflated at zlib's quickest level, are the subsets reportlab embeds."""

import threading

import pytest
from pypdf import PdfReader
from pypdf.generic import StreamObject
from reportlab.pdfgen.canvas import Canvas

from app.certificates import deflation
from app.certificates.glyphs import Fonts
from app.certificates.model import CertificateRequest
from app.certificates.render import PAGE_SIZES, QuickDeflate, SharedResources

from .conftest import BUNDLED, OCT


@pytest.fixture(scope="module")
def face():
    return Fonts(BUNDLED).body.primary.name


def many_pages(path, pages: int, face: str) -> bytes:
    """A document of `pages` pages of different drawings (a few kilobytes of operators each, as a certificate's)
    in an embedded TrueType font, saved as the certificates save theirs."""
    c = Canvas(str(path), pagesize=PAGE_SIZES["a4-landscape"], pageCompression=0, invariant=1, pdfVersion=(1, 4))
    c._doc.defaultStreamFilters = [QuickDeflate()]
    c._doc.setCompression(1)
    shared = SharedResources(c)
    for n in range(pages):
        c.setFont(face, 10 + n % 7)
        for k in range(n % 5 + 1):
            c.drawString(72 + k, 500 - 20 * k, f"第{n}页，第{k}行：" + "证书编号 abc " * (n % 11))
        for k in range(40 + n % 9):
            c.rect(60 + (k * 7 + n) % 23, 100 + (k * k + n) % 37, 3 + k % 5, 1 + (k + n) % 3, fill=1, stroke=0)
        c.showPage()
        shared.adopt_last_page()
    shared.deflate_at_save()
    c.save()
    return path.read_bytes()


class Noted:
    """Which thread ran each job `two_at_a_time` was given, and the fonts' encodings made ahead that were used.
    With `both`, each thread waits after taking its first job until the other took one: on a busy machine one of
    them may otherwise run them all."""

    def __init__(self, monkeypatch, both: bool = False) -> None:
        self.threads: list[int] = []
        self.used: list[bytes] = []
        run, encode = deflation._run_each, deflation.Ahead.encode
        first_taken = threading.Barrier(2, timeout=60)

        def noted_run(jobs):
            def each():
                for job in jobs:
                    self.threads.append(threading.get_ident())
                    if both and self.threads.count(threading.get_ident()) == 1:
                        first_taken.wait()
                    yield job

            run(each())

        def noted_encode(ahead, content):
            encoded = encode(ahead, content)
            if encoded is ahead._encoded:
                self.used.append(encoded)
            return encoded

        monkeypatch.setattr(deflation, "_run_each", noted_run)
        monkeypatch.setattr(deflation.Ahead, "encode", noted_encode)


@pytest.mark.parametrize("pages", [deflation.FROM_PAGES, 41])
def test_streams_deflated_two_at_a_time_are_the_bytes_deflated_one_by_one(tmp_path, monkeypatch, face, pages):
    noted = Noted(monkeypatch, both=True)
    ahead = many_pages(tmp_path / "ahead.pdf", pages, face)
    fonts = len(noted.used)
    assert fonts >= 2  # a font file and its character map, made by reportlab's save before `AtSave` was reached
    assert len(noted.threads) == pages + fonts and len(set(noted.threads)) == 2

    monkeypatch.setattr(deflation, "FROM_PAGES", pages + 1)
    noted.threads.clear()
    noted.used.clear()
    one_by_one = many_pages(tmp_path / "one-by-one.pdf", pages, face)
    assert noted.threads == [] and noted.used == []
    assert ahead == one_by_one
    assert len(PdfReader(tmp_path / "ahead.pdf").pages) == pages


def decoded_streams(path) -> list[bytes]:
    reader = PdfReader(path)
    objects = (reader.get_object(number) for number in range(1, int(reader.trailer["/Size"])))
    return [obj.get_data() for obj in objects if isinstance(obj, StreamObject)]


@pytest.mark.parametrize("pages", [1, deflation.FROM_PAGES])
def test_the_fonts_deflated_quickly_are_the_subsets_reportlab_embeds(tmp_path, monkeypatch, face, pages):
    """The same streams once inflated, the fonts' among them; only the fonts' deflated bytes differ from those of
    reportlab's own filter, which a reportlab whose save did not reach `AtSave` would keep."""
    quick = many_pages(tmp_path / "quick.pdf", pages, face)
    monkeypatch.setattr(deflation.AtSave, "addObjects", lambda self, document: None)
    reportlabs = many_pages(tmp_path / "reportlab.pdf", pages, face)
    assert quick != reportlabs
    streams = decoded_streams(tmp_path / "quick.pdf")
    assert streams == decoded_streams(tmp_path / "reportlab.pdf")
    assert any(stream.startswith(b"\x00\x01\x00\x00") for stream in streams)  # a TrueType file, so compared too


def test_a_batch_of_certificates_is_the_same_file_deflated_two_at_a_time_or_not(service, tmp_path, monkeypatch):
    requests = [CertificateRequest(f"员工{n}号", "销售冠军奖", OCT) for n in range(deflation.FROM_PAGES + 3)]
    chosen = service.options(template="classic")
    noted = Noted(monkeypatch)
    service.print_pdf(requests, tmp_path / "ahead.pdf", chosen, shop_name="店")
    assert len(noted.threads) == len(requests) + len(noted.used) and len(noted.used) >= 4  # two faces: each job once
    monkeypatch.setattr(deflation, "FROM_PAGES", len(requests) + 1)
    noted.threads.clear()
    service.print_pdf(requests, tmp_path / "reprinted.pdf", chosen, shop_name="店")  # the same numbers
    assert noted.threads == []
    assert (tmp_path / "ahead.pdf").read_bytes() == (tmp_path / "reprinted.pdf").read_bytes()


@pytest.mark.filterwarnings("ignore::ResourceWarning")  # reportlab's file, closed by letting go of it
@pytest.mark.parametrize(("thread", "error"), [("other", MemoryError("deflate: out of memory")),
                                               ("this", KeyboardInterrupt("Ctrl+C"))])
def test_an_error_while_deflating_two_at_a_time_is_raised_as_it_was_and_leaves_nothing(
        service, shop, tmp_path, monkeypatch, windows_files, thread, error):
    """An error on either thread (memory running out, Ctrl+C on the command line) comes out of the save as it was
    raised: not as the temporary file that could not be removed, which is removed; nothing is numbered and the
    other thread is not left running."""
    this = threading.get_ident()
    run = deflation._run_each

    def failing(jobs):
        if (threading.get_ident() == this) == (thread == "this"):
            raise error
        run(jobs)

    monkeypatch.setattr(deflation, "_run_each", failing)
    requests = [CertificateRequest(f"员工{n}号", "销售冠军奖", OCT) for n in range(deflation.FROM_PAGES)]
    (tmp_path / "out").mkdir()
    threads = threading.active_count()
    with pytest.raises(type(error)) as caught:
        service.print_pdf(requests, tmp_path / "out" / "奖状.pdf", service.options(), shop_name="店",
                          split_dir=tmp_path / "out" / "每人")
    assert caught.value is error
    assert list((tmp_path / "out").rglob("*")) == [tmp_path / "out" / "每人"]  # no PDF, no temporary file
    assert shop.store.db.execute("SELECT count(*) FROM certificate").fetchone()[0] == 0
    assert threading.active_count() == threads


def test_without_a_second_thread_every_stream_is_deflated_on_this_one(monkeypatch):
    """A system that refuses a new thread (or Python shutting down) failed the save with RuntimeError."""
    from concurrent.futures import ThreadPoolExecutor

    def refused(*_args, **_kwargs):
        raise RuntimeError("can't start new thread")

    monkeypatch.setattr(ThreadPoolExecutor, "submit", refused)
    ran = []
    deflation.two_at_a_time([lambda i=i: ran.append(i) for i in range(20)])
    assert ran == list(range(20))
