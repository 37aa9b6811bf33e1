"""The 小红花 page's 打印小红花卡…: the flowers the ledger lists, as cards in one PDF, numbered and drawn in the
background as the 证书 page's batch is (`certificate_print.print_job` on `ui/tasks.py`: its own connection,
progress, 取消 leaving no file), then said on the page's done line with 打开文件夹. Characters no font has and facts
cut short on their cards are asked about first, as the 证书 page asks (`certificate_print.confirm_printable`).
A part of `FlowersPage` (flowers.py), whose `visible_flowers`, `people` and `done_line` it uses."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QPushButton

from app import i18n, paths
from app import settings as declared
from app.errors import HonghuaError, UserError
from app.shop import Shop
from ui import errors
from ui.tasks import Task, run_with_progress

open_url = QDesktopServices.openUrl  # replaced in tests


class FlowerCards:
    """打印小红花卡… of `FlowersPage`."""

    shop: Shop

    def _cards_folder_button(self) -> QPushButton:
        """打开文件夹 beside the done line, while it says where the cards were saved."""
        self.cards_task: Task | None = None
        self.cards_folder: Path | None = None
        self.cards_folder_button = QPushButton(self.tr("打开文件夹"))
        self.cards_folder_button.clicked.connect(self.open_cards_folder)
        self.cards_folder_button.hide()
        self.done_line.changed.connect(lambda _text: self.cards_folder_button.hide())  # another action said
        return self.cards_folder_button

    def print_cards(self, path: str | None = None) -> Task | None:
        """The flowers listed in the ledger (as filtered) as cards in one PDF, in the background; the task, or
        None when nothing was begun (nothing to print, no file chosen, cards already being drawn)."""
        from app.recognition.cards import card_requests, check_printable, cut_short_text
        from ui.dialogs.certificate_print import print_job

        if self.cards_task is not None:  # a second click before the progress dialog shows
            return None
        flowers = self.visible_flowers()
        try:
            check_printable(flowers)  # before the file name: nothing to print asks for none
        except UserError as e:
            errors.show_info(self, e.message)
            return None
        requests = card_requests(flowers, {i: p.name for i, p in self.people.items()})
        if not self._printable(requests):
            return None
        if path is None:
            default = paths.suggested_shop_export("小红花卡", self.shop.name, self.shop.today.isoformat(), ".pdf")
            path, _filter = QFileDialog.getSaveFileName(self, self.tr("保存小红花卡"), str(default), "PDF (*.pdf)")
            if not path:
                return None
        target = Path(path)
        # a failure is said by the job as the 证书 page's is: naming the file (a full disk, a folder of its name)
        work = print_job(self.shop, self.shop.name, requests, target, self._card_options(), "",
                         shortened_words=cut_short_text)
        self.cards_task = task = run_with_progress(
            self, work, title=self.tr("打印小红花卡"),
            label=i18n.fill(self.tr("正在生成 {n} 张小红花卡…"), n=len(requests)),
            on_success=lambda _outcome: self._cards_saved(target, len(requests), len(flowers) - len(requests)),
            on_cancelled=lambda: self.done_line.setText(self.tr("已取消：没有保存小红花卡，也没有给卡片编号。")))
        task.finished.connect(self._cards_done)
        return task

    def _card_options(self):
        """The cards' paper as the owner chose it in 设置 → 看板与小红花 (8 or 12 to an A4 sheet)."""
        from app.recognition.cards import card_options

        return card_options(int(str(self.shop.settings.get(declared.FLOWER_CARDS_PER_SHEET))))

    def _printable(self, requests: list) -> bool:
        """Characters no font has, facts cut short on their cards: asked about before the file is, as the 证书 page
        asks (the job would print them all the same)."""
        from app.certificates.service import CertificateService
        from app.recognition.cards import cut_short_text
        from ui.dialogs.certificate_print import confirm_printable

        service = CertificateService(self.shop.store, self.shop.ctx, self.shop.settings)
        try:
            return confirm_printable(self, service, requests, self._card_options(), self.shop.name, cut_short_text)
        except HonghuaError as e:  # the certificates' fonts cannot be read
            errors.show_error(self, e.message)
            return False

    def _cards_done(self) -> None:
        self.cards_task = None

    def _cards_saved(self, target: Path, cards: int, revoked: int) -> None:
        said = [i18n.fill(self.tr("已把 {n} 张小红花卡保存到 {path}。"), n=cards, path=target)]
        if revoked:  # the ledger listed them: why the count is short
            said.append(i18n.fill(self.tr("已撤销的 {n} 朵没有印。"), n=revoked))
        self.done_line.setText(i18n.sentences(said))
        self.cards_folder = target.parent
        self.cards_folder_button.show()

    def open_cards_folder(self) -> None:
        if self.cards_folder is not None and not open_url(QUrl.fromLocalFile(str(self.cards_folder))):
            errors.show_error(self, self.tr("无法打开文件夹 {folder}").format(folder=self.cards_folder))

    def stop_tasks(self) -> None:
        """Cards still being drawn when the window closes: stopped, leaving no file (the main window asks)."""
        if self.cards_task is not None and self.cards_task.running:
            self.cards_task.cancel_and_wait()
