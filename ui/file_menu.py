"""The main window's 文件 menu: open the data file's folder, open or make another shop file (handed to
ui/main.py, which opens it in place of this one), and fill the shop with the demo shop in the background."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QDesktopServices

from ui import errors, shop_files

if TYPE_CHECKING:
    from app.demo import DemoSummary
    from ui.tasks import Task

open_url = QDesktopServices.openUrl  # replaced in tests


class FileMenu:
    """Of `MainWindow`: its shop, settings, `recent_menu`, `may_close()` (`UnsavedEdits`) and `refresh_current()`."""

    def open_data_folder(self) -> None:
        from PySide6.QtCore import QUrl

        folder = self.shop.store.path.parent
        if not open_url(QUrl.fromLocalFile(str(folder))):
            errors.show_error(self, self.tr("无法打开文件夹 {folder}").format(folder=folder))

    # ---- another shop
    def open_shop_file(self) -> bool:
        """文件 → 打开店铺文件…: True when the file chosen is to be opened in place of this shop."""
        chosen = shop_files.choose_to_open(self, self.shop.store.path)
        return chosen is not None and self.switch_to(chosen)

    def new_shop_file(self) -> bool:
        """文件 → 新建店铺…: True when the new shop's file is to be made and opened in place of this shop."""
        chosen = shop_files.choose_new(self, self.shop.store.path)
        return chosen is not None and self.switch_to(chosen, new=True)

    def switch_to(self, path: Path, *, new: bool = False) -> bool:
        """Hand `path` to ui/main.py, which opens it and, only when that succeeds, closes this window and shop.
        Edits not saved yet are asked about first, as closing does."""
        why = shop_files.refusal(path, self.shop.store.path, new=new)
        if why == "":
            self.statusBar().showMessage(self.tr("{path} 就是现在打开的店铺").format(path=path), 5000)
            return False
        if why is not None:
            errors.show_error(self, why, self.tr("新建店铺") if new else self.tr("打开店铺文件"))
            return False
        if not self.may_close():
            return False
        shop_files.request_switch(path, new=new)
        return True

    def fill_recent_menu(self) -> None:
        shop_files.fill_recent_menu(self.recent_menu, self.settings, self.shop.store.path, self.switch_to)

    # ---- the demo shop
    def generate_demo_data(self) -> Task | None:
        """Fill the shop with the demo shop in the background; a shop with data is overwritten only on confirm."""
        force = False
        if self.shop.store.holds_entries():
            if not errors.confirm(self, self.tr(
                    "当前店铺已有录入的内容（员工、数据、部门或设置）。"
                    "生成演示数据会清空现有的全部数据（员工、目标、每日数据等），换成演示店铺的数据。"
                    "清空前会先自动备份，需要时可在「设置 → 备份与恢复」中恢复。\n\n确定要继续吗？"),
                    self.tr("生成演示数据"), yes_text=self.tr("清空并生成")):
                return None
            force = True
        shop = self.shop

        def work(progress, cancel):  # type: ignore[no-untyped-def]  # runs on the worker thread
            from app.demo import generate_demo

            worker_shop = shop.reopen()  # this thread's own connection
            try:
                return generate_demo(worker_shop, force=force, progress=progress, cancel=cancel)
            finally:
                worker_shop.close()

        from ui.tasks import run_with_progress

        self.task = run_with_progress(
            self, work, title=self.tr("生成演示数据"), label=self.tr("正在生成演示店铺的员工、目标和每日数据…"),
            on_success=self._demo_done, on_cancelled=self._demo_cancelled)
        return self.task

    def _demo_done(self, summary: DemoSummary) -> None:
        self._data_version = self.shop.store.data_version()
        self.shop.reload_metrics()
        self.refresh_current()
        if summary.backup:
            self.statusBar().showMessage(self.tr("演示数据已生成；原有的数据已先备份到 {path}").format(path=summary.backup))
        else:
            self.statusBar().showMessage(self.tr("演示数据已生成"), 5000)

    def _demo_cancelled(self) -> None:
        self.refresh_current()
        errors.show_info(self, self.tr("已取消生成演示数据。"))
