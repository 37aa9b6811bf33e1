"""Printing certificates from the 证书 page: the printer starts on the certificate's paper, each page fills its
sheet (a job mixing papers switches them page by page), the pages go to the printer in the background with
progress and cancel, and the print is recorded."""

from __future__ import annotations

from pathlib import Path

import pytest
from certificates_page_support import add_by_hand, open_page
from pypdf import PdfReader
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog

from app.periods import Month
from ui.pages import certificate_output as module


@pytest.fixture
def page(qtbot, shop):
    widget = open_page(qtbot, shop)
    yield widget
    widget.close()  # before the shop closes: a pending preview must not reach a closed file


def test_printing_goes_through_the_printer_and_is_recorded(qtbot, page, shop, tmp_path):
    add_by_hand(page, "小美", "服务之星")
    out = tmp_path / "printed.pdf"

    def pick(printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        printer.setCopyCount(2)
        return True

    page.ask_printer = pick
    page.print_checked()
    qtbot.waitUntil(lambda: out.exists() and out.stat().st_size > 10_000, timeout=15000)
    qtbot.waitUntil(lambda: "已发送到打印机" in page.status.text(), timeout=5000)
    cert = page.service.in_period(Month(2026, 10))[0]
    prints = shop.store.certificates.prints(cert.id)
    assert len(prints) == 1 and prints[0].copies == 2 and "printed.pdf" in prints[0].output
    said = prints[0].content  # what the printed page said, recorded with the print
    assert (said.recipient, said.award, said.period, said.printed_value) == ("小美", "服务之星", "2026年10月", None)
    # a PDF printer cannot make copies itself: the pages are repeated, so 2 copies recorded are 2 printed
    assert len(PdfReader(out).pages) == 2 and "2 份" in page.status.text()



def _to_pdf_printer(out: Path):
    def pick(printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return True

    return pick


def test_the_pages_go_to_the_printer_in_the_background_with_progress(qtbot, page, tmp_path):
    """Painting takes about half a second a page at 300 dpi: a 40-page job held the window for 20 seconds."""
    for name in ("小美", "阿花", "大刘"):
        add_by_hand(page, name, "服务之星")
    page.ask_printer = _to_pdf_printer(tmp_path / "printed.pdf")
    page.print_checked()
    qtbot.waitUntil(lambda: page.task.dialog.labelText() == "正在发送 3 页到打印机…", timeout=15000)
    seen = []
    page.task.progress.connect(lambda done, total: seen.append((done, total)))
    assert page.task.running and page.task.dialog.windowTitle() == "打印"
    qtbot.waitUntil(lambda: "已发送到打印机：3 页" in page.status.text(), timeout=15000)
    assert seen and seen[-1] == (3, 3) and len(PdfReader(tmp_path / "printed.pdf").pages) == 3


def test_cancelling_the_printing_stops_the_job_and_records_no_print(qtbot, page, shop, tmp_path, monkeypatch):
    for name in ("小美", "阿花", "大刘"):
        add_by_hand(page, name, "服务之星")
    painted = []

    def cancelled_after_the_first_page(printer, pdf, _then=None):  # as the dialog's 取消 would, while printing
        return lambda progress, cancel: module.certificate_print.paint(
            printer, pdf, lambda done, total: painted.append(done), lambda: bool(painted))

    monkeypatch.setattr(module.certificate_print, "paint_job", cancelled_after_the_first_page)
    page.ask_printer = _to_pdf_printer(tmp_path / "printed.pdf")
    page.print_checked()
    qtbot.waitUntil(lambda: "已取消打印" in page.status.text(), timeout=15000)
    assert painted == [1] and "编号不变" in page.status.text()
    certificates = page.service.in_period(Month(2026, 10))
    assert len(certificates) == 3  # numbered in the generating step, kept for a reprint…
    assert all(shop.store.certificates.prints(c.id) == [] for c in certificates)  # …but not recorded as printed
    assert "HH-2026-10-000" in page.list.item(0).text()


# ---- the printer starts on the certificate's paper, and the page fills it
A4, A5 = QPageSize.PageSizeId.A4, QPageSize.PageSizeId.A5
LANDSCAPE, PORTRAIT = QPageLayout.Orientation.Landscape, QPageLayout.Orientation.Portrait


@pytest.mark.parametrize("template, paper, cards, expected", [
    ("classic", "a4-landscape", 4, (A4, LANDSCAPE)),
    ("classic", "a4-portrait", 4, (A4, PORTRAIT)),
    ("modern", "a5-landscape", 4, (A5, LANDSCAPE)),
    ("classic", "a5-portrait", 4, (A5, PORTRAIT)),
    ("card", "a5-landscape", 8, (A4, PORTRAIT)),  # cards have their own paper: 8 to an A4 portrait sheet
])
def test_the_printer_handed_to_the_dialog_has_the_certificates_paper(qtbot, page, template, paper, cards, expected):
    add_by_hand(page, "小美", "服务之星")
    page.template.setCurrentIndex(page.template.findData(template))
    page.paper.setCurrentIndex(page.paper.findData(paper))
    page.cards.setCurrentIndex(page.cards.findData(cards))
    seen = []

    def look(printer: QPrinter) -> bool:
        layout = printer.pageLayout()
        seen.append((layout.pageSize().id(), layout.orientation(), printer.fullPage(),
                     layout.margins(QPageLayout.Unit.Millimeter).isNull()))
        return False  # the owner cancels the dialog

    page.ask_printer = look
    page.print_checked()
    assert seen == [(*expected, True, True)]
    assert page.service.in_period(Month(2026, 10)) == []  # cancelled: nothing numbered


def _inked_box(image):
    """The bounding box of what is not white on a page image, as fractions of the page."""
    from PIL import ImageChops, ImageOps

    grey = ImageOps.grayscale(image)
    box = ImageChops.invert(grey).point(lambda v: 255 if v > 40 else 0).getbbox()
    return tuple(round(v / (grey.width if i % 2 == 0 else grey.height), 3) for i, v in enumerate(box))


@pytest.mark.parametrize("paper, points", [("a4-landscape", (841.89, 595.28)), ("a4-portrait", (595.28, 841.89)),
                                           ("a5-landscape", (595.28, 419.53))])
def test_printing_to_a_pdf_file_gives_pages_of_the_certificates_size_filled(qtbot, page, tmp_path, paper, points):
    import pypdfium2 as pdfium

    add_by_hand(page, "小美", "服务之星")
    page.paper.setCurrentIndex(page.paper.findData(paper))
    out = tmp_path / "printed.pdf"

    def to_pdf(printer: QPrinter) -> bool:  # accepting the dialog's defaults, printing to a PDF file
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return True

    page.ask_printer = to_pdf
    page.print_checked()
    qtbot.waitUntil(lambda: "已发送到打印机" in page.status.text(), timeout=15000)
    box = PdfReader(out).pages[0].mediabox
    assert float(box.width) == pytest.approx(points[0], abs=1.5) and float(box.height) == pytest.approx(points[1],
                                                                                                         abs=1.5)
    printed, made = pdfium.PdfDocument(str(out)), pdfium.PdfDocument(str(page._temp / "print.pdf"))
    try:  # the certificate's border sits where it sits on the certificate itself: drawn full size, not shrunk
        want = _inked_box(made[0].render(scale=0.5).to_pil())
        got = _inked_box(printed[0].render(scale=0.5).to_pil())
    finally:
        printed.close()
        made.close()
    assert got == pytest.approx(want, abs=0.01)



@pytest.mark.parametrize("chosen_in_dialog, expected", [
    (None, [(595, 420), (842, 595), (595, 420)]),  # each page on its own paper: A5, the card sheet's A4, A5
    (A4, [(842, 595)] * 3),  # a paper the owner picks in the dialog is kept for every page
])
def test_a_job_mixing_a_card_sheet_and_a5_certificates_prints_each_on_its_paper(qtbot, page, tmp_path,
                                                                               chosen_in_dialog, expected):
    add_by_hand(page, "阿花", "服务之星")
    add_by_hand(page, "小美", "红花卡")
    add_by_hand(page, "小丽", "最佳服务奖")
    page.service.set_award_template("红花卡", "card")
    page.paper.setCurrentIndex(page.paper.findData("a5-landscape"))
    out = tmp_path / "printed.pdf"

    def to_pdf(printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        if chosen_in_dialog is not None:
            printer.setPageSize(QPageSize(chosen_in_dialog))
        return True

    page.ask_printer = to_pdf
    page.print_checked()
    qtbot.waitUntil(lambda: "已发送到打印机" in page.status.text(), timeout=15000)
    assert _paper_sizes(page._temp / "print.pdf") == [(595, 420), (842, 595), (595, 420)]  # in award order
    assert _paper_sizes(out) == expected


def _paper_sizes(pdf: Path) -> list[tuple[int, int]]:
    return [(round(float(p.mediabox.width)), round(float(p.mediabox.height))) for p in PdfReader(pdf).pages]


@pytest.fixture
def print_dialog_file(monkeypatch) -> list[str]:
    """The Qt print dialog, closed at once: the file its 「Print to File」 offers first is noted."""
    from PySide6.QtPrintSupport import QPrintDialog
    from PySide6.QtWidgets import QLineEdit

    offered: list[str] = []

    def exec_(dialog) -> int:
        offered.append(dialog.findChild(QLineEdit, "filename").text())
        return QPrintDialog.DialogCode.Rejected

    monkeypatch.setattr(QPrintDialog, "exec", exec_)
    return offered


def test_print_to_file_starts_in_the_folder_certificates_were_last_saved_to(qtbot, page, tmp_path, qsettings,
                                                                            monkeypatch, print_dialog_file):
    """It started in the home folder (or wherever the program was started from)."""
    from app import paths

    monkeypatch.setattr(module, "window_settings", lambda: qsettings)
    add_by_hand(page, "小美", "服务之星")
    page.print_checked()
    assert Path(print_dialog_file[-1]) == paths.exports_dir() / f"证书_{page.shop.name}_2026-10.pdf"  # none saved yet
    folder = tmp_path / "十月证书"
    folder.mkdir()
    page.ask_save_path = lambda: folder / "奖状.pdf"
    page.save_checked()
    qtbot.waitUntil(lambda: (folder / "奖状.pdf").exists() and page.folder_button.isEnabled(), timeout=15000)
    page.print_checked()
    assert Path(print_dialog_file[-1]).parent == folder
    again = open_page(qtbot, page.shop)  # another window, as after a restart: the folder is remembered
    add_by_hand(again, "阿花", "服务之星")
    again.print_checked()
    assert Path(print_dialog_file[-1]).parent == folder
    again.close()


@pytest.fixture
def save_dialog_start(monkeypatch, qsettings) -> list[str]:
    """Where each save dialog (one PDF, or the folder for one per person) starts; the dialog is then cancelled.
    The window's settings are the test's own."""
    monkeypatch.setattr(module, "window_settings", lambda: qsettings)
    offered: list[str] = []

    def ask(_parent, _title, start="", *_args, **_kwargs):
        offered.append(start)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(ask))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *args: ask(*args)[0]))
    return offered


def test_save_as_one_pdf_starts_in_the_folder_certificates_were_last_saved_to(qtbot, page, tmp_path, save_dialog_start):
    """It started in the exports folder every time, while the print dialog went on where the last save went."""
    from app import paths

    offered = save_dialog_start
    add_by_hand(page, "小美", "服务之星")
    assert page.ask_save_path() is None
    assert Path(offered[-1]) == paths.exports_dir() / f"证书_{page.shop.name}_2026-10.pdf"  # none saved yet
    folder = tmp_path / "十月证书"
    folder.mkdir()
    saved = page.ask_save_path
    page.ask_save_path = lambda: folder / "奖状.pdf"
    page.save_checked()
    qtbot.waitUntil(lambda: (folder / "奖状.pdf").exists() and page.folder_button.isEnabled(), timeout=15000)
    page.ask_save_path = saved
    page.ask_save_path()
    assert Path(offered[-1]) == folder / f"证书_{page.shop.name}_2026-10.pdf"  # the name a save gives, in that folder
    again = open_page(qtbot, page.shop)  # another window, as after a restart: the folder is remembered
    again.ask_save_path()
    assert Path(offered[-1]).parent == folder
    again.close()


def test_a_remembered_folder_gone_or_out_of_reach_starts_the_saves_in_the_exports_folder(
        page, tmp_path, qsettings, monkeypatch, save_dialog_start):
    """The folder certificates were last saved to was deleted, was on a USB stick since removed, or is on a share
    that now refuses to be looked at (asks for a login, a folder one may no longer enter): 保存为一个PDF… and
    每人一个PDF start in the exports folder. A folder out of reach stopped the click with an error."""
    import os

    from app import paths

    offered = save_dialog_start
    add_by_hand(page, "小美", "服务之星")
    exports = paths.exports_dir()
    gone = tmp_path / "U盘" / "十月证书"
    qsettings.setValue(module.SAVED_FOLDER_KEY, str(gone))
    qsettings.setValue(module.SPLIT_FOLDER_KEY, str(gone))
    assert page.ask_save_path() is None and page.ask_split_folder() is None
    assert [Path(offered[0]).parent, Path(offered[1])] == [exports, exports]
    refused = tmp_path / "共享" / "证书"
    refused.mkdir(parents=True)
    stat = os.stat

    def out_of_reach(path, *args, **kwargs):
        if Path(path) == refused:
            raise PermissionError(13, "Permission denied", str(path))
        return stat(path, *args, **kwargs)

    monkeypatch.setattr(os, "stat", out_of_reach)
    qsettings.setValue(module.SAVED_FOLDER_KEY, str(refused))
    qsettings.setValue(module.SPLIT_FOLDER_KEY, str(refused))
    assert page.ask_save_path() is None and page.ask_split_folder() is None
    assert [Path(offered[2]).parent, Path(offered[3])] == [exports, exports]
