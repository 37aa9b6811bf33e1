"""Printing certificates: the Qt print dialog, and the PDF's own pages rendered (pdfium) onto the printer,
so what is printed is exactly what was previewed and saved.

The printer starts on the certificate's own paper (A4 or A5, landscape or portrait) with no margins of its
own — the certificate keeps ≥ 10 mm from the edge itself — and each page is drawn over the whole sheet. A
job mixing papers (a sheet of cards, on A4, among A5 certificates) switches the paper page by page. A paper
changed in the dialog is kept for every page, each as large as fits.

Painting runs on a worker (`paint_job`, for ui.tasks: Qt paints on a QPrinter outside the UI thread) with
progress and cancel: at 300 dpi a page takes about half a second, and a 40-page job held the window for
20 seconds."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSizeF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QLineEdit, QWidget

from app import i18n
from app.certificates.checks import missing_text, shortened_text
from app.certificates.model import NAME, CertificateRequest, Options
from app.certificates.service import CertificateService
from app.errors import Cancelled, HonghuaError
from app.shop import Shop
from ui import errors

PRINT_DPI = 300
KEPT_IMAGES_BYTES = 400 * 1024 * 1024  # about a dozen A4 pages at 300 dpi


def _tr(text: str) -> str:
    return QCoreApplication.translate("certificate_print", text)


def confirm_printable(parent: QWidget, service: CertificateService, requests: list[CertificateRequest],
                      chosen: Options, shop_name: str,
                      shortened_words: Callable[[list[str], Options], str] = shortened_text) -> bool:
    """Asked before the file or the printer is: print anyway characters no font has, or citations cut to stay
    readable (said by `shortened_words`: the 小红花 cards' own)? And a draft (winners of a period not yet approved)
    as a whole, with the certificates added by hand ticked with them, which the preview shows numbered?"""
    if chosen.draft and not _drafts_by_hand_confirmed(parent, [r for r in requests if r.recipient_type == NAME]):
        return False
    if missing := service.check(requests, chosen, shop_name):
        lines = "\n".join(missing_text(m) for m in missing[:10])
        if not errors.confirm(parent, _tr("有字符没有可用的字体：\n{lines}\n\n仍然打印吗？").format(lines=lines)):
            return False
    if shortened := service.shortened(requests, chosen, shop_name):
        return errors.confirm(parent, _tr("{message}\n\n仍然打印吗？").format(
            message=shortened_words(shortened, chosen)))
    return True


def _drafts_by_hand_confirmed(parent: QWidget, by_hand: list[CertificateRequest]) -> bool:
    if not by_hand:
        return True
    return errors.confirm(parent, i18n.fill(_tr(
        "{period}的评奖结果还没有批准，获奖名单只能印成草稿（不编号）。和它们一起勾选的 {n} 张手工添加的证书"
        "也会印成草稿，不编号。\n\n要给手工添加的证书编号，请只勾选它们再打印。仍然全部印成草稿吗？"),
        period=by_hand[0].period.shown_label(), n=len(by_hand)), yes_text=_tr("全部印成草稿"))


def render_page(pdf: Path, page: int, dpi: float) -> QImage:
    """One page of a PDF as an image (pdfium, the renderer Chrome uses)."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(pdf))
    try:
        return rendered(document, page, dpi)
    finally:
        document.close()


def rendered(document, page: int, dpi: float) -> QImage:
    """A page of an open pdfium document as an image, straight from pdfium's bitmap (white, no alpha)."""
    bitmap = document[page].render(scale=dpi / 72, prefer_bgrx=True, rev_byteorder=False)
    image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGB32)
    return image.copy()  # the bitmap's memory goes with it


def page_sizes(pdf: Path) -> list[tuple[float, float]]:
    """Each page's (width, height) in points."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(pdf))
    try:
        return [document[index].get_size() for index in range(len(document))]
    finally:
        document.close()


def page_layout(width: float, height: float) -> QPageLayout:
    """A certificate's paper, given in points as its PDF has it: the standard size it is (A4, A5) in its
    orientation, without margins."""
    size = QPageSize(QSizeF(min(width, height), max(width, height)), QPageSize.Unit.Point, "",
                     QPageSize.SizeMatchPolicy.FuzzyMatch)
    orientation = QPageLayout.Orientation.Landscape if width > height else QPageLayout.Orientation.Portrait
    layout = QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Point)
    layout.setMode(QPageLayout.Mode.FullPageMode)
    return layout


def same_paper(one: QPageLayout, other: QPageLayout) -> bool:
    return one.pageSize().isEquivalentTo(other.pageSize()) and one.orientation() == other.orientation()


def set_paper(printer: QPrinter, width: float, height: float) -> None:
    """Start the printer (before its dialog) on the certificate's paper; the page is drawn from the paper's
    corner, not inside the printer's default margins."""
    printer.setPageLayout(page_layout(width, height))
    printer.setFullPage(True)


def ask_printer(parent: QWidget, printer: QPrinter, suggested_file: Path) -> bool:
    """The Qt print dialog: a real printer, or a PDF printer such as Microsoft Print to PDF. Its own 「Print to
    File」 (Qt's dialog, where the system has no print dialog of its own) offers `suggested_file`, not a file in
    the home folder; the printer's output file is left alone, which would make printing to a file the choice."""
    dialog = QPrintDialog(printer, parent)
    file_field = dialog.findChild(QLineEdit, "filename")  # none in Windows' or macOS's own dialog
    if file_field is not None and not printer.outputFileName():
        file_field.setText(str(suggested_file))
    return dialog.exec() == QPrintDialog.DialogCode.Accepted


def paint(printer: QPrinter, pdf: Path, progress=None, cancel=None) -> str:
    """Each PDF page as an image at up to 300 dpi, as large as fits on the printer's page (the whole sheet
    when the printer is set to full page, as `set_paper` does); the pages are repeated when the printer cannot
    make the copies itself. While the printer is still on the first page's paper, each page gets its own
    (set just before `newPage`, as Qt asks). `progress(done, total)` after each page; `cancel()` true aborts
    the print job and raises Cancelled. Returns an error message, or ''."""
    import pypdfium2 as pdfium

    sizes = page_sizes(pdf)
    own_papers = bool(sizes) and same_paper(printer.pageLayout(), page_layout(*sizes[0]))
    painter = QPainter()
    if not painter.begin(printer):
        return _tr("无法开始打印")
    document = pdfium.PdfDocument(str(pdf))
    try:
        dpi = min(printer.resolution(), PRINT_DPI)
        repeats = 1 if printer.supportsMultipleCopies() else max(printer.copyCount(), 1)
        total = repeats * len(sizes)
        # copies the printer cannot make reuse each page's image (a PDF printer then writes it once) when the
        # job's images fit in memory; otherwise each collated copy renders its pages again
        collated = printer.collateCopies()
        keep = repeats > 1 and collated and sum(w * h for w, h in sizes) * (dpi / 72) ** 2 * 4 <= KEPT_IMAGES_BYTES
        images: dict[int, QImage] = {}
        first = True
        pages = range(len(sizes))  # copies collated (1,2,1,2) or not (1,1,2,2), as the print dialog says
        order = [i for _ in range(repeats) for i in pages] if collated else \
            [i for i in pages for _ in range(repeats)]
        for done, index in enumerate(order, start=1):
            size = sizes[index]
            if cancel is not None and cancel():
                printer.abort()
                raise Cancelled()
            if not first:
                if own_papers:
                    printer.setPageLayout(page_layout(*size))
                printer.newPage()
            first = False
            layout = printer.pageLayout()
            area = layout.fullRectPixels(printer.resolution()) if printer.fullPage() \
                else layout.paintRectPixels(printer.resolution())  # the painter's origin is its corner
            image = images.get(index) or rendered(document, index, dpi)
            if keep:
                images[index] = image
            else:  # the last page's image only: the next copy of an uncollated job is the same page
                images = {index: image}
            scale = min(area.width() / image.width(), area.height() / image.height())
            w, h = image.width() * scale, image.height() * scale
            painter.drawImage(QRectF((area.width() - w) / 2, (area.height() - h) / 2, w, h), image)
            if progress is not None:
                progress(done, total)
    finally:
        if painter.isActive():
            painter.end()
        document.close()
    return ""


def paint_job(printer: QPrinter, pdf: Path, then=None):
    """Painting the pages onto the printer, for ui.tasks, and `then()` once they all went; the work returns
    an error message, or ''."""

    def work(progress, cancel) -> str:
        problem = paint(printer, pdf, progress, cancel)
        if problem or then is None:
            return problem
        try:
            then()
        except Cancelled:  # the wait for another writer cancelled: the pages are out all the same
            return _tr("页面已发送到打印机，但取消了等待，这次打印没有记入打印记录（证书编号不变）。")
        except HonghuaError as e:
            return _tr("页面已发送到打印机，但这次打印没有记入打印记录：{reason}").format(reason=e.message)
        return ""

    return work


def record_job(shop: Shop, certificates: list, copies: int, output: str, chosen):
    """Recording a print once its pages went to the printer (a cancelled or failed print is not recorded),
    on the worker's own connection to the file; nothing to record for a draft."""

    def record() -> None:
        if not certificates:
            return
        from app.certificates.service import CertificateService

        own = shop.reopen()
        try:
            CertificateService(own.store, own.ctx, own.settings).record_print(certificates, copies, output, chosen)
        finally:
            own.close()

    return record


def print_job(shop: Shop, shop_name: str, requests: list, target: Path | None, chosen, output_label: str,
              record: bool = True, split_dir: Path | None = None,
              shortened_words: Callable[[list[str], Options], str] = shortened_text):
    """The work of one save or print, for ui.tasks: runs on a worker with its own connection to the file
    and the page's context (so a shop locked by the owner PIN stays locked there too); `split_dir`: one file per
    certificate in that folder (`target` None)."""

    def work(progress, cancel):
        from app.certificates.service import CertificateService

        own = shop.reopen()
        try:
            service = CertificateService(own.store, own.ctx, own.settings)
            return service.print_pdf(requests, target, chosen, shop_name=shop_name, output_label=output_label,
                                     record=record, split_dir=split_dir, progress=progress, cancel=cancel,
                                     shortened_words=shortened_words)
        finally:
            own.close()

    return work
