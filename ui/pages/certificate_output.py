"""The 证书 page's output: 打印…, 保存PDF… (one file, or one per person in a folder, as `honghua certificates batch
--split` writes them) and 打开文件夹. The ticked certificates are numbered and drawn in the background (its own
connection) with progress and 取消; the printer's pages are the PDF's own pages as images."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QSettings, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog, QMenu

from app import i18n, paths
from app.certificates.checks import order_key
from app.certificates.model import CertificateRequest, Options
from app.certificates.render import page_size
from app.errors import HonghuaError
from ui import errors
from ui.dialogs import certificate_print
from ui.tasks import run_with_progress
from ui.widgets.menu_button import MenuButton

open_url = QDesktopServices.openUrl  # replaced in tests
SPLIT_FOLDER_KEY = "certificates/split_folder"  # the folder 每人一个PDF last saved to, in the window's settings
SAVED_FOLDER_KEY = "certificates/saved_folder"  # the folder certificates were last saved to, one PDF or each
NAMES_SHOWN = 3  # files of the same names named in the question before replacing them


def window_settings() -> QSettings:
    return QSettings()  # replaced in tests


class CertificateOutput:
    """打印… / 保存PDF… / 打开文件夹 of the 证书 page (`CertificatesPage`, whose list, options and status they use)."""

    def _save_button(self) -> MenuButton:
        """保存PDF…: a click saves one file; its menu also offers one file per person, in a folder."""
        button = MenuButton(self.tr("保存PDF…"))
        button.clicked.connect(self.save_checked)
        menu = QMenu(button)
        menu.addAction(self.tr("保存为一个PDF…"), self.save_checked)
        menu.addAction(self.tr("每人一个PDF（选择文件夹）…"), self.save_split)
        button.setMenu(menu)
        return button

    def _suggested_file(self) -> Path:
        """The certificates' PDF as a save first names it, in the exports folder, by the period listed: one typed
        in the box and not loaded yet is not what the file holds."""
        return paths.suggested_shop_export("证书", self.shop.name, self._loaded_period or self.period_text(), ".pdf")

    def ask_save_path(self) -> Path | None:
        """Where to save (tests replace this): 保存为一个PDF… starts where certificates were last saved."""
        path, _ = QFileDialog.getSaveFileName(self, self.tr("保存证书 PDF"), str(self._file_in_last_folder()),
                                              self.tr("PDF 文件 (*.pdf)"))
        return Path(path) if path else None

    def _saved_to(self, folder: Path) -> None:
        """Certificates were saved into `folder`: 打开文件夹 opens it, and 保存为一个PDF… and the print dialog's
        「Print to File」 start there, also after a restart (the window's settings keep it)."""
        self.last_folder = folder
        self.folder_button.setEnabled(True)
        window_settings().setValue(SAVED_FOLDER_KEY, str(folder))

    def _file_in_last_folder(self) -> Path:
        """The file 保存为一个PDF… and the print dialog's 「Print to File」 offer: named as a save names it, in the
        folder certificates were last saved to, else in the exports folder."""
        suggested = self._suggested_file()
        last = self.last_folder or Path(str(window_settings().value(SAVED_FOLDER_KEY, "") or suggested.parent))
        return (last if paths.reachable_folder(last) else suggested.parent) / suggested.name

    def ask_split_folder(self) -> Path | None:
        """The folder for one file per person, starting where the last such save went (remembered)."""
        settings = window_settings()
        last = Path(str(settings.value(SPLIT_FOLDER_KEY, "") or paths.exports_dir()))
        start = last if paths.reachable_folder(last) else paths.suggested_export("")  # the exports folder, made if it can be
        folder = QFileDialog.getExistingDirectory(self, self.tr("每人一个PDF：选择保存的文件夹"), str(start))
        if not folder:
            return None
        settings.setValue(SPLIT_FOLDER_KEY, folder)
        return Path(folder)

    def ask_printer(self, printer: QPrinter) -> bool:
        """The Qt print dialog (tests replace this)."""
        return certificate_print.ask_printer(self, printer, self._file_in_last_folder())

    def _ready(self) -> tuple[list[CertificateRequest], Options] | None:
        """The ticked certificates and their options, once nothing stands in the way (none ticked, a bad option,
        characters without a font or citations cut to stay readable, and the owner says no): asked before the
        file or the printer is."""
        requests = self.checked_requests()
        if not requests and not self.requests:  # nothing to tick: where the list comes from is said instead
            errors.show_info(self, self.tr("名单里还没有证书：点「载入获奖名单」列出所选期间的获奖者，"
                                           "或在左下方填写姓名和奖项后点「手工添加」"))
            return None
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

    def _generate(self, ready: tuple[list[CertificateRequest], Options], target: Path | None, output_label: str,
                  copies: int, on_done, record: bool = True, split_dir: Path | None = None) -> None:
        """Number and draw the ticked certificates (`ready`) into `target` (or one file each into `split_dir`) in
        the background, then `on_done(outcome, chosen)`; the print is recorded with them unless not `record` (the
        printer's pages are not out yet)."""
        requests, chosen = ready
        chosen = replace(chosen, copies=max(1, min(copies, 99)))
        if not chosen.draft and not self.save_pending():  # a locked shop (owner PIN): said, nothing begun
            return
        work = certificate_print.print_job(self.shop, self.shop.name, requests, target,
                                           chosen, output_label, record, split_dir)
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

        def done(_outcome, chosen) -> None:
            self._saved_to(target.parent)
            count = len(ready[0])  # how many, and whether numbered: a draft is easily taken for the real thing
            said = self.tr("已保存 {n} 张证书草稿（不编号）到 {path}") if chosen.draft else \
                self.tr("已保存 {n} 张证书（已编号）到 {path}")
            self._say(i18n.fill(said, n=count, path=target))
            self._fill_list()

        self._generate(ready, target, "", 1, done)

    def save_split(self) -> None:
        """每人一个PDF: the ticked certificates one file each in a folder, named as the command line names them."""
        ready = self._ready()
        if ready is None:
            return
        folder = self.ask_split_folder()
        if folder is None or not self._may_replace(folder, ready):
            return

        def done(outcome, _chosen) -> None:
            self._saved_to(folder)
            self._say(i18n.fill(self.tr("已保存 {n} 个文件到 {folder}"), n=len(outcome.paths), folder=folder))
            self._fill_list()

        self._generate(ready, None, str(folder), 1, done, split_dir=folder)

    def _may_replace(self, folder: Path, ready: tuple[list[CertificateRequest], Options]) -> bool:
        """Files of the names the job writes already in `folder` (an earlier save of the same certificates)
        are replaced once the owner says so."""
        requests, chosen = ready
        try:
            names = self.service.split_names(requests, chosen, self.shop.name)
        except HonghuaError as e:
            errors.show_error(self, e.message)
            return False
        there = [name for name in names if (folder / name).exists()]
        if not there:
            return True
        shown = "\n".join(there[:NAMES_SHOWN]) + ("\n…" if len(there) > NAMES_SHOWN else "")
        question = i18n.fill(self.tr("文件夹 {folder} 里已经有 {n} 个同名的文件：\n{names}\n要替换吗？"),
                             folder=folder, n=len(there), names=shown)
        return errors.confirm(self, question, yes_text=self.tr("替换"))

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
