"""Draw the user guide's screenshots (docs/guide/images/*.png) from today's app.

    QT_QPA_PLATFORM=offscreen python scripts/make_guide_images.py [--out FOLDER] [NAME ...]

Each picture is made on a shop of its own in a temporary folder — the demo shop, or a new one — with today
fixed at 2026-10-20, so the pictures are the same on every run and show no path of this computer. Without
NAME every picture below is drawn; with NAMEs (`board`, `import` …) only those. --out draws them elsewhere
than docs/guide/images (a test does, to see the script still runs). The phone poster is made by the commands
an owner runs (`honghua demo`, then `honghua poster`) and shown at a phone's width.
Look at the pictures before committing them: the guide's text describes what they show.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

from app.backups.making import backup_path
from app.demo import generate_demo
from app.domain import StaffDraft
from app.importing.service import ImportService
from app.periods import Month, parse_period
from app.shop import Shop

IMAGES = ROOT / "docs" / "guide" / "images"
SAMPLES = ROOT / "data" / "samples"
TODAY = date(2026, 10, 20)
SEP = Month(2026, 9)
WINDOW = (1200, 760)
POSTER_WIDTH = 420  # the phone poster (1080×1920) as wide as a phone shows it, about 130 KB


class _Evening(datetime):
    """The clock of the pictures' approvals and imports: the evening of TODAY, not the day they are drawn."""

    @classmethod
    def now(cls, tz=None):  # type: ignore[override]
        return cls(TODAY.year, TODAY.month, TODAY.day, 18, 30, 0, tzinfo=tz)


def settle(app: QApplication, done: Callable[[], bool] = lambda: True, seconds: float = 20.0) -> None:
    """Let queued work (background tasks, the chart drawn after the first paint) finish."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        if done():
            break
        time.sleep(0.02)
    for _ in range(5):
        app.processEvents()
        time.sleep(0.02)
    if not done():
        raise RuntimeError("timed out waiting for the window")


class Pictures:
    def __init__(self, app: QApplication, folder: Path, out: Path):
        self.app, self.folder, self.out = app, folder, out
        self.shops: list[Shop] = []

    def save(self, widget: QWidget, name: str) -> None:
        QApplication.processEvents()
        path = self.out / f"{name}.png"
        if not widget.grab().save(str(path)):
            raise RuntimeError(f"could not save {path}")
        print(path)

    def shop(self, name: str, *, demo: bool) -> Shop:
        """A shop file of its own, opened by a relative name (the status bar shows `honghua.db`)."""
        folder = self.folder / name
        folder.mkdir()
        os.chdir(folder)
        shop = Shop.open(Path("honghua.db"), TODAY)
        if demo:
            generate_demo(shop)
        self.shops.append(shop)
        return shop

    def window(self, shop: Shop, page: str):
        from ui.main_window import MainWindow

        settings = QSettings(str(self.folder / f"window-{len(self.shops)}.ini"), QSettings.Format.IniFormat)
        window = MainWindow(shop, start_page=page, settings=settings)
        window.resize(*WINDOW)
        window.show()
        settle(self.app)
        return window

    def close(self) -> None:
        for widget in QApplication.topLevelWidgets():
            stop = getattr(widget, "stop_polling", None)
            if stop:
                stop()
            widget.close()
        for shop in self.shops:
            shop.close()

    # ---- the main window's pages
    def first_empty_shop(self) -> None:
        self.save(self.window(self.shop("new", demo=False), "dashboard"), "first-empty-shop")

    def board(self) -> None:
        window = self.window(self.shop("board", demo=True), "dashboard")
        chart = window.current_page().chart
        settle(self.app, lambda: chart.canvas is not None and not chart.placeholder.isVisible())
        self.save(window, "first-board")
        self.save(window, "board")

    def staff_list(self) -> None:
        self.save(self.window(self.shop("staff", demo=True), "staff"), "staff-list")

    def data_grid(self) -> None:
        self.save(self.window(self.shop("data", demo=True), "data"), "data-grid")

    def targets(self) -> None:
        self.save(self.window(self.shop("targets", demo=True), "targets"), "targets")

    def flowers(self) -> None:
        self.save(self.window(self.shop("flowers", demo=True), "flowers"), "flowers")

    def awards(self) -> None:
        window = self.window(self.shop("awards", demo=True), "awards")
        page = window.current_page()
        settle(self.app, lambda: not page.busy)
        page.compute()
        settle(self.app, lambda: not page.busy)
        self.save(window, "awards")

    def awards_changed(self) -> None:
        shop = self.shop("changed", demo=True)
        shop.awards.approve(SEP, confirm=True)
        person = next(p for p in shop.staff.list() if p.dept == "客服部")
        sales = shop.metrics.get("sales")
        shop.data.set_value(date(2026, 9, 30), person.id, sales, 5_000_000, confirm_approved=True)
        window = self.window(shop, "awards")
        page = window.current_page()
        settle(self.app, lambda: not page.busy)
        self.save(window, "awards-changed")

    def certificates(self) -> None:
        shop = self.shop("certificates", demo=True)
        shop.awards.approve(SEP, confirm=True)
        window = self.window(shop, "certificates")
        page = window.current_page()
        page.load_requests()
        settle(self.app, lambda: not page.preview.pixmap().isNull())
        self.save(window, "certificates")

    def settings_tabs(self) -> None:
        window = self.window(self.shop("settings", demo=True), "settings")
        page = window.current_page()
        self.save(window, "first-settings-shop")
        tabs = page.tabs
        tabs.setCurrentIndex(next(i for i in range(tabs.count()) if tabs.tabText(i) == "备份与恢复"))
        backup_path(Path("honghua.db"), "manual", datetime(2026, 10, 20, 18, 5, 12))
        page.refresh()
        settle(self.app)
        self.save(window, "backups")

    # ---- dialogs
    def staff_dialog(self) -> None:
        from ui.dialogs.staff_dialog import StaffDialog

        shop = self.shop("staff-dialog", demo=True)
        dialog = StaffDialog(shop, shop.staff.list()[1])
        dialog.show()
        dialog.birthday_edit.check.setChecked(True)
        dialog.birthday_edit.calendar.setCurrentIndex(0)  # 公历: there is no 2月30日
        dialog.birthday_edit.month.setValue(2)
        dialog.birthday_edit.day.setValue(30)
        dialog.accept()  # refused: the dialog says why under the form
        settle(self.app)
        self.save(dialog, "staff-dialog")

    def targets_department(self) -> None:
        from ui.dialogs.bulk_target_dialog import DepartmentTargetDialog

        shop = self.shop("targets-dept", demo=True)
        dialog = DepartmentTargetDialog(shop, shop.current_month(), metric_key="sales")
        dialog.value_edit.setText("60,000")
        dialog.show()
        settle(self.app)
        self.save(dialog, "targets-department")

    def export(self) -> None:
        from ui.importing.export_dialog import ExportDialog

        shop = self.shop("export", demo=True)
        dialog = ExportDialog(shop, shop.current_month())
        dialog.daily_radio.setChecked(True)
        dialog.path_edit.setText(r"C:\Users\店长\AppData\Local\Honghua\exports\数据_2026-10.xlsx")
        dialog.show()
        settle(self.app)
        self.save(dialog, "export")

    def import_wizard(self) -> None:
        """A new shop's first import: the two daily samples, four people the shop does not know yet."""
        from ui.importing.wizard import ImportWizard

        shop = self.shop("import", demo=False)
        wizard = ImportWizard(shop, [SAMPLES / "客服日报_2026-10-01至2026-10-07.csv", SAMPLES / "千牛_客服日报_2026-10.xlsx"])
        wizard.resize(920, 640)
        wizard.show()
        settle(self.app)
        self.save(wizard, "import-1-files")
        wizard.next()
        settle(self.app, lambda: not wizard.session.busy)
        self.save(wizard, "import-2-preview")
        wizard.go_resolve()
        wizard.resolve_step.create_rest()
        settle(self.app)
        self.save(wizard, "import-3-resolve")
        wizard.next()  # apply and check again
        settle(self.app, lambda: not wizard.session.busy)
        wizard.next()  # import
        settle(self.app, lambda: not wizard.session.busy and wizard.import_id is not None)
        self.save(wizard, "import-4-result")
        wizard.session.close()
        wizard.close()

    def import_errors(self) -> None:
        from ui.importing.wizard import ImportWizard

        shop = self.shop("import-errors", demo=False)
        shop.staff.add(StaffDraft("小美", aliases=("旗舰店:小美",), dept="客服部"))
        report = self.folder / "客服日报_10月.csv"
        rows = ["统计时间：2026-10-01 ~ 2026-10-31", "日期,客服,销售额,询单人数",
                "2026-10-01,旗舰店:小美,\"￥3,120.50\",48", "2026-10-02,旗舰店:小美,abc,51",
                "2026-10-03,旗舰店:小美,\"￥2,980.00\",4O"]
        report.write_bytes(("\r\n".join(rows) + "\r\n").encode("gbk"))
        wizard = ImportWizard(shop, [report])
        wizard.resize(920, 640)
        wizard.show()
        wizard.next()
        settle(self.app, lambda: not wizard.session.busy)
        wizard.preview_step.tabs.setCurrentIndex(1)
        settle(self.app)
        self.save(wizard, "import-2-errors")
        wizard.session.close()
        wizard.close()

    def import_history(self) -> None:
        from ui.importing.history_dialog import ImportHistoryDialog

        shop = self.shop("history", demo=False)
        for name in ("小美", "阿强", "晓雯", "大刘"):
            shop.staff.add(StaffDraft(name, aliases=(f"旗舰店:{name}",), dept="客服部"))
        service = ImportService(shop.store, shop.ctx, shop.metrics)
        for sample in ("客服日报_2026-10-01至2026-10-07.csv", "千牛_客服日报_2026-10.xlsx"):
            service.commit(service.preview([SAMPLES / sample]))
        dialog = ImportHistoryDialog(shop)
        dialog.show()
        settle(self.app)
        dialog.table.selectRow(0)
        settle(self.app)
        self.save(dialog, "import-history")

    def awards_dialogs(self) -> None:
        from ui.dialogs.award_dialogs import ManualAwardDialog, ReceiptDialog

        shop = self.shop("award-dialogs", demo=True)
        dialog = ManualAwardDialog(shop, SEP)
        dialog.amount.setText("150")  # the wish gift's value: the plan gives no amount for it
        dialog.item.setText("下午茶")
        dialog.reason.setText("团队投票选出的本月心愿礼物")
        dialog.show()
        settle(self.app)
        self.save(dialog, "awards-manual")
        for period in (SEP, parse_period("2026-Q3")):  # September pays the month and the third quarter
            shop.awards.approve(period, confirm=True)
        person = next(p for p in shop.staff.list() if p.name == "刘佳怡")
        receipt = ReceiptDialog(shop, SEP, person.id)
        receipt.show()
        settle(self.app)
        self.save(receipt, "awards-receipt")

    # ---- the board in English and on the office TV
    def english_board(self) -> None:
        from ui.main import install_translators

        shop = self.shop("english", demo=True)
        install_translators(self.app, "en")
        try:
            window = self.window(shop, "dashboard")
            chart = window.current_page().chart
            settle(self.app, lambda: chart.canvas is not None and not chart.placeholder.isVisible())
            self.save(window, "english-board")
        finally:
            install_translators(self.app, "zh")

    def tv_mode(self) -> None:
        from ui.tv_mode import TvWindow

        tv = TvWindow(self.shop("tv", demo=True))
        tv.resize(1200, 675)  # a TV's 16:9
        tv.show()
        settle(self.app)
        self.save(tv, "tv-mode")
        tv.close()

    # ---- the daily poster, as `honghua poster` makes it
    def poster_phone(self) -> None:
        from PIL import Image

        from app.cli import main as honghua

        folder = self.folder / "poster"
        folder.mkdir()
        drawn = folder / "战报.png"
        for command in (["demo"], ["poster", "--month", "2026-10", "-o", str(drawn), "--size", "phone"]):
            if honghua(["--db", str(folder / "honghua.db"), "--today", TODAY.isoformat(), *command]) != 0:
                raise RuntimeError(f"honghua {command[0]} failed")
        with Image.open(drawn) as poster:
            height = round(poster.height * POSTER_WIDTH / poster.width)
            shown = poster.convert("RGB").resize((POSTER_WIDTH, height), Image.Resampling.LANCZOS)
        path = self.out / "poster-phone.png"
        shown.save(path, optimize=True)
        print(path)


PICTURES = {
    "first-empty-shop": Pictures.first_empty_shop,
    "board": Pictures.board,
    "staff-list": Pictures.staff_list,
    "targets": Pictures.targets,
    "data-grid": Pictures.data_grid,
    "flowers": Pictures.flowers,
    "awards": Pictures.awards,
    "awards-changed": Pictures.awards_changed,
    "certificates": Pictures.certificates,
    "settings": Pictures.settings_tabs,
    "staff-dialog": Pictures.staff_dialog,
    "targets-department": Pictures.targets_department,
    "export": Pictures.export,
    "import": Pictures.import_wizard,
    "import-2-errors": Pictures.import_errors,
    "import-history": Pictures.import_history,
    "awards-dialogs": Pictures.awards_dialogs,
    "english-board": Pictures.english_board,
    "tv-mode": Pictures.tv_mode,
    "poster-phone": Pictures.poster_phone,
}


def main(argv: list[str]) -> int:
    from ui.fonts import install_fonts
    from ui.main import install_translators

    parser = argparse.ArgumentParser(description="Draw the user guide's screenshots.")
    parser.add_argument("--out", type=Path, default=IMAGES, help="the folder to write to (default: the guide's)")
    parser.add_argument("names", nargs="*", metavar="NAME", help=", ".join(PICTURES))
    args = parser.parse_args(argv)
    unknown = [name for name in args.names if name not in PICTURES]
    if unknown:
        parser.error(f"unknown: {', '.join(unknown)}")
    out = args.out.resolve()
    out.mkdir(parents=True, exist_ok=True)
    from ui import errors

    errors.handler = errors.print_instead  # a message box would wait for a click that never comes
    from PySide6.QtCore import QRect

    from ui.dialogs import common

    # the pictures show an office PC's screen, not the offscreen one (800×800, which the board takes for a
    # narrow laptop's and shows its chart in a tab)
    common.available_geometry = lambda _window: QRect(0, 0, 1920, 1040)
    app = QApplication([])
    install_fonts(app)
    install_translators(app, "zh")
    from app import clock
    from app.store import awards as stored_awards
    from app.store import import_log as stored_imports

    # an approval is stamped by app.clock (today's date at the clock's time), the rest by the store
    clock.datetime = stored_awards.datetime = stored_imports.datetime = _Evening  # type: ignore[misc]
    for variable in ("LOGNAME", "USER", "USERNAME"):  # the operator the pictures name (a Windows login)
        os.environ[variable] = "店长"
    with tempfile.TemporaryDirectory() as folder:
        os.environ["HONGHUA_HOME"] = folder  # exports, logs and window state stay out of the user's folder
        here = Path.cwd()
        pictures = Pictures(app, Path(folder), out)
        try:
            for name in args.names or list(PICTURES):
                PICTURES[name](pictures)
        finally:
            pictures.close()
            os.chdir(here)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
