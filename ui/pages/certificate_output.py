"""The 证书 page's output: 打印…, 保存PDF… and 打开文件夹. The ticked certificates are numbered and drawn in the
background (its own connection) with progress and 取消; the printer's pages are the PDF's own pages as images."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog

from app import i18n, paths
from app.certificates.checks import order_key
from app.certificates.model import CertificateRequest, Options
from app.certificates.render import page_size
from app.errors import HonghuaError
from ui import errors
from ui.dialogs import certificate_print
from ui.tasks import run_with_progress

open_url = QDesktopServices.openUrl  # replaced in tests


class CertificateOutput:
    """打印… / 保存PDF… / 打开文件夹 of the 证书 page (`CertificatesPage`, whose list, options and status they use)."""

    def ask_save_path(self) -> Path | None:
        """Where to save (tests replace this)."""
        suggested = paths.suggested_shop_export("证书", self.shop.name, self.period_text(), ".pdf")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("保存证书 PDF"), str(suggested),
                                              self.tr("PDF 文件 (*.pdf)"))
        return Path(path) if path else None

    def ask_printer(self, printer: QPrinter) -> bool:
        """The Qt print dialog (tests replace this)."""
        return certificate_print.ask_printer(self, printer)

    def _ready(self) -> tuple[list[CertificateRequest], Options] | None:
        """The ticked certificates and their options, once nothing stands in the way (none ticked, a bad option,
        characters without a font or citations cut to stay readable, and the owner says no): asked before the
        file or the printer is."""
        requests = self.checked_requests()
        if not requests:
            errors.show_info(self, self.tr("请先勾选要打印的证书"))
            return None
        try:
            chosen = self.chosen(requests)
            if not certificate_print.confirm_printable(self, self.service, requests, chosen, self.shop.name):
                return None
        except HonghuaError as e:  # a bad option, or the certificates' fonts cannot be read
            errors.show_error(self, e.message)
            return None
        return requests, chosen

    def _generate(self, ready: tuple[list[CertificateRequest], Options], target: Path, output_label: str,
                  copies: int, on_done, record: bool = True) -> None:
        """Number and draw the ticked certificates (`ready`) into `target` in the background, then
        `on_done(outcome, chosen)`; the print is recorded with them unless not `record` (the printer's pages are
        not out yet)."""
        requests, chosen = ready
        chosen = replace(chosen, copies=max(1, min(copies, 99)))
        if not chosen.draft and not self.save_pending():  # a locked shop (owner PIN): said, nothing begun
            return
        work = certificate_print.print_job(self.shop, self.shop.name, requests, target,
                                           chosen, output_label, record)
        self.task = run_with_progress(self, work, title=self.tr("生成证书"),
                                      label=i18n.fill(self.tr("正在生成 {n} 张证书…"), n=len(requests)),
                                      on_success=lambda outcome: on_done(outcome, chosen),
                                      on_cancelled=lambda: self._say(self.tr("已取消：没有生成文件，也没有给证书编号")))

    def save_checked(self) -> None:
        ready = self._ready()
        if ready is None:
            return
        target = self.ask_save_path()
        if target is None:
            return

        def done(_outcome, _chosen) -> None:
            self.last_folder = target.parent
            self.folder_button.setEnabled(True)
            self._say(self.tr("已保存 {path}").format(path=target))
            self._fill_list()

        self._generate(ready, target, "", 1, done)

    def print_checked(self) -> None:
        ready = self._ready()
        if ready is None:
            return
        requests, chosen = ready
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        first = min(requests, key=order_key)  # the paper of the job's first page (cards have their own)
        certificate_print.set_paper(printer, *page_size(chosen, chosen.template_for(first.award)))
        if not self.ask_printer(printer):
            return
        target = self._temp / "print.pdf"
        label = self.tr("打印机：{name}").format(name=printer.printerName() or printer.outputFileName() or "PDF")

        def done(outcome, chosen) -> None:
            self._fill_list()  # the certificates have their numbers now, whatever the printer does

            def printed(problem: str) -> None:
                if problem:
                    errors.show_error(self, problem)
                    return
                self._say(i18n.fill(self.tr("已发送到打印机：{n} 页，{copies} 份"), n=outcome.pages,
                                    copies=printer.copyCount()))

            self.task = run_with_progress(
                self, certificate_print.paint_job(printer, target, certificate_print.record_job(
                    self.shop, outcome.certificates, chosen.copies, label, chosen)), title=self.tr("打印"),
                label=i18n.fill(self.tr("正在发送 {n} 页到打印机…"), n=outcome.pages), on_success=printed,
                on_cancelled=lambda: self._say(self.tr("已取消打印：证书已经编号，再打印时编号不变")))

        self._generate(ready, target, label, printer.copyCount(), done, record=False)

    def open_folder(self) -> None:
        if self.last_folder is not None:
            open_url(QUrl.fromLocalFile(str(self.last_folder)))
