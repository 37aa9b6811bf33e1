"""The GUI: QApplication, translators, fonts, crash handler, the one-window-per-file lock, the shop, the window.

Nothing here imports matplotlib, reportlab or openpyxl: the first page paints before they are needed.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import os
import shutil
import signal
import sys
import threading
import time
import traceback
from collections.abc import Callable
from datetime import date
from functools import partial
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLockFile,
    QObject,
    QSettings,
    QSize,
    QSysInfo,
    Qt,
    QTimer,
    QTranslator,
)
from PySide6.QtGui import QIcon, QStyleHints
from PySide6.QtWidgets import QApplication, QWidget

from app import i18n, os_errors, paths
from app import settings as declared
from app.cli import COMMANDS
from app.cli.parser import Parser, language_asked, placeholder, translate_argparse_message
from app.clock import resolve_today, today_is_fixed
from app.errors import HonghuaError, UserError
from app.resources import resource_path
from app.shop import Shop, refuse_a_backup
from ui import errors, shop_files
from ui.fonts import install_fonts
from ui.main_window import MainWindow
from ui.navigation import PAGES, page_choices, page_index
from ui.wait_notice import upgrade_saying_so
from ui.widgets import backup_guard

APP_NAME = "Honghua"
FIRST_PAINT_TIMEOUT_MS = 20_000
_translators: list[QTranslator] = []


def _tr(text: str) -> str:
    return QCoreApplication.translate("main", text)


def _page_arg(text: str) -> str:
    try:
        return PAGES[page_index(text)].key
    except ValueError:
        raise argparse.ArgumentTypeError(i18n.t("未知页面「{text}」，可选：{choices}", text=text,
                                                choices=page_choices())) from None


class _Parser(Parser):
    """The command line's parser (help and option errors in the user's language, no English usage frame) that
    exits with 2 on a wrong option, as argparse would, instead of raising for the CLI's handler."""

    def error(self, message: str):  # type: ignore[override]
        self.exit(2, i18n.t("{prog}：{message}", prog=self.prog, message=translate_argparse_message(message)) + "\n"
                  + i18n.t("运行「{prog} -h」查看用法。", prog=self.prog) + "\n")


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    words = sys.argv[1:] if argv is None else argv
    if lang := language_asked(words):  # option errors in the chosen language, before the options are parsed
        i18n.set_language(lang)
    parser = _Parser(
        prog="honghua", description=i18n.t("红花榜：淘宝/天猫店铺客服激励管理。不带命令时打开窗口。"),
        epilog=i18n.t("命令行用法：honghua [--db 文件] <命令> …（例如 honghua staff list）。命令：{commands}。"
                      "一个命令的用法：honghua <命令> -h", commands=i18n.joined(COMMANDS)),
    )
    parser.add_argument("--db", type=Path, metavar=placeholder("文件"),
                        help=i18n.t("数据文件路径（默认：上次在窗口中打开的店铺，第一次是用户数据文件夹中的 honghua.db；也可用环境变量 HONGHUA_DB 指定）"))
    parser.add_argument("--lang", choices=i18n.LANGUAGES, help=i18n.t("界面语言"))
    parser.add_argument("--today", metavar="YYYY-MM-DD", help=i18n.t("把这一天当作今天（也可用环境变量 HONGHUA_TODAY 指定）"))
    parser.add_argument("--page", type=_page_arg, metavar=placeholder("页面"),
                        help=i18n.t("打开时显示的页面：{choices}", choices=page_choices()))
    parser.add_argument("--exit-after-startup", action="store_true",
                        help=i18n.t("窗口第一次绘制完成后输出 startup_ms=… 并退出（用于测量启动时间）"))
    return parser.parse_args(words)


def application() -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    prefer_light_scheme(app.styleHints())
    install_fonts(app)
    # the little red flower in the title bar and taskbar also when started from source (python.exe's icon otherwise)
    app.setWindowIcon(window_icon())
    return app


ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)  # those of honghua.ico, each also a PNG (scripts/make_icon.py)


def window_icon() -> QIcon:
    """The flower at each size of honghua.ico, the same pixels, from one PNG per size: Qt reads a PNG given with
    its size when that size is first drawn, where it reads all seven images of an .ico at once (about 10 million
    instructions of the start, for a title bar that shows one or two of them)."""
    icon = QIcon()
    folder = resource_path("icons")
    for size in ICON_SIZES:
        icon.addFile(str(folder / ("honghua.png" if size == 256 else f"honghua-{size}.png")), QSize(size, size))
    return icon


def prefer_light_scheme(hints: QStyleHints) -> None:
    """A light window even when Windows is set to dark mode: the board's bars and colours, the charts, the
    certificate previews and the banners are drawn for a light window (the pages stay readable in a dark
    palette too, where the platform does not follow this request)."""
    hints.setColorScheme(Qt.ColorScheme.Light)


def install_translators(app: QCoreApplication, lang: str) -> None:
    """Qt's own strings (buttons, context menus) in Chinese; our strings in English for --lang en."""
    i18n.set_language(lang)
    for old in _translators:
        app.removeTranslator(old)
    _translators.clear()
    candidates = [(f"qtbase_{'zh_CN' if lang == 'zh' else lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))]
    if lang != "zh":
        candidates.append((f"honghua_{lang}", str(resource_path("i18n"))))
    for name, folder in candidates:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _translators.append(translator)


def still_open_note(switching: bool) -> str:
    """Said after a refusal to open the shop chosen in 文件 → 打开 (`switching`): the shop open before stays open."""
    return "\n\n" + _tr("当前店铺没有关闭。") if switching else ""


def acquire_lock(db_path: Path, *, switching: bool = False) -> QLockFile | None:
    """One window per shop file. A lock left by a killed process is recovered (its pid is gone). `switching`: asked
    from 文件 → 打开 of a window whose shop stays open when this one cannot be, which the refusal says."""
    kept = still_open_note(switching)
    lock = QLockFile(str(paths.lock_path(db_path)))
    lock.setStaleLockTime(0)  # no age limit: a window may stay open for days; a dead owner is found by its pid
    if lock.tryLock(0):
        return lock
    if lock.error() == QLockFile.LockError.LockFailedError:
        pid, host, _app_name = lock.getLockInfo()
        # An empty or garbled file (a power cut right after it was made) names no owner, so Qt never finds
        # it stale. Remove it unless its owner still holds it (Qt's native lock on the open file) and retry.
        if not pid and lock.removeStaleLockFile() and lock.tryLock(0):
            return lock
        # Qt cannot tell whether a process on another computer still runs, so such a lock never goes stale: a
        # USB stick carried home after a power cut at the shop would be locked for good. Removing it fails
        # while that window still holds the file open (a network share), so the owner's word that it is
        # closed is only taken when it is.
        elsewhere = bool(host) and host != QSysInfo.machineHostName()
        if elsewhere and left_on_another_computer(db_path, host) and lock.removeStaleLockFile() and lock.tryLock(0):
            return lock
        errors.show_error(None, _tr(
            "数据文件 {path} 已经在另一个红花榜窗口中打开（计算机 {host}，进程号 {pid}）。\n\n"
            "请切换到那个窗口继续使用；同一个数据文件同时只能在一个窗口中打开。本次没有对文件做任何修改。"
        ).format(path=db_path, host=host or _tr("未知"), pid=pid or _tr("未知")) + kept, _tr("店铺已经打开"))
    elif disk_full(folder := paths.lock_path(db_path).parent):  # beside the file a link points to
        errors.show_error(None, _tr("{folder} 所在的磁盘已满，无法在那里创建锁文件，所以不能打开 {path}。"
                                    "请清理这个磁盘的空间后再打开；数据文件没有被修改。").format(folder=folder, path=db_path) + kept,
                          _tr("无法打开数据文件"))
    else:
        errors.show_error(None, _tr("无法在 {folder} 中创建锁文件（没有写入权限？），所以不能打开 {path}。").format(
            folder=folder, path=db_path) + _copy_elsewhere(db_path) + kept, _tr("无法打开数据文件"))
    return None


def _copy_elsewhere(db_path: Path) -> str:
    """What to do with a shop file in a folder that cannot be written (a write-protected USB stick, a read-only
    share): copy it elsewhere — with the -journal or -wal a power cut left beside it, without which the copy lacks
    the last changes or holds half of a write."""
    real = paths.real_path(db_path)
    if not real.is_file():
        return ""
    left = [side.name for side in (real.with_name(real.name + suffix) for suffix in ("-journal", "-wal"))
            if side.exists()]
    if left:
        return "\n\n" + _tr("数据文件没有被修改。请把它和旁边的 {files} 一起复制到可以写入的文件夹（例如桌面）再打开："
                             "{files} 里有上次没写完或还没并入数据文件的内容，只复制数据文件会丢失数据或让数据出错。").format(
            files=i18n.joined(left))
    return "\n\n" + _tr("数据文件没有被修改。请把它复制到可以写入的文件夹（例如桌面）再打开，或者检查这个文件夹的权限。")


def disk_full(folder: Path) -> bool:
    """Whether the disk of `folder` is full, for this user too (a quota used up leaves the disk's free space)."""
    from app.store.database import LOW_SPACE, has_room

    try:
        return shutil.disk_usage(folder).free < LOW_SPACE or not has_room(folder, LOW_SPACE)
    except OSError:  # a folder that is not there: not a full disk
        return False


def left_on_another_computer(db_path: Path, host: str) -> bool:
    """Whether the owner says the window on computer `host` is closed, so this one may open the shop file."""
    return errors.confirm(None, _tr(
        "数据文件 {path} 在另一台计算机（{host}）上的红花榜窗口中打开过，那个窗口没有正常关闭："
        "可能那台计算机断电了、U 盘被直接拔出了，也可能它现在还开着。\n\n"
        "如果那台计算机上的红花榜已经关闭（或那台计算机已经关机），可以在这里打开。"
        "如果还开着，请先到那边关闭它：两台计算机同时使用同一个数据文件可能会损坏数据。").format(path=db_path, host=host),
        _tr("店铺可能还在别处打开"), yes_text=_tr("已经关闭，在这里打开"))


def where_folder_is_missing(db_path: Path) -> Path | None:
    """--db or HONGHUA_DB names a file in a folder that does not exist — most likely a typo, so no new, empty
    shop is made there unasked (the command line refuses it too). The owner opens another shop file or has
    the folder made; the file to open, or None to stop."""
    text = _tr("文件夹 {folder} 不存在，所以没有数据文件 {name}。\n\n"
               "可能是路径写错了（请检查 --db 或 HONGHUA_DB）。可以打开已有的数据文件；"
               "如果确实要在这里开一家新店，可以新建这个文件夹和一个空的数据文件。").format(
        folder=db_path.parent, name=db_path.name)
    while True:
        choice = errors.choose(None, text, _tr("文件夹不存在"), [
            ("open", _tr("打开其他数据文件…")), ("create", _tr("新建文件夹和空店铺"))])
        if choice == "create":
            return db_path
        if choice != "open":
            return None
        chosen = choose_shop_file(db_path)
        if chosen is not None:
            return chosen


def choose_shop_file(db_path: Path) -> Path | None:
    from PySide6.QtWidgets import QFileDialog

    start = next((folder for folder in db_path.parents if folder.is_dir()), Path.home())
    name, _filter = QFileDialog.getOpenFileName(None, _tr("打开数据文件"), str(start),
                                                _tr("数据文件 (*.db);;所有文件 (*)"))
    return Path(name) if name else None


def open_shop(db_path: Path, today: date, *, offer_backup: bool = True,
              switching: bool = False) -> tuple[Shop, QLockFile] | None:
    """Lock and open the shop file; on failure show why and return None (the file is left as it was). `switching`:
    chosen in the window's 文件 menu, whose shop stays open when this one cannot be."""
    kept = still_open_note(switching)
    try:
        refuse_a_backup(db_path)  # before its lock file, and before an older one would be upgraded
    except UserError as e:
        errors.show_error(None, e.message + kept, _tr("无法打开数据文件"))
        return None
    try:
        db_path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        errors.show_error(None, _tr("无法创建文件夹 {folder}：{error}").format(
            folder=db_path.parent, error=os_errors.reason(e)) + kept)
        return None
    lock = acquire_lock(db_path, switching=switching)
    if lock is None:
        return None
    if offer_backup and not db_path.exists() and not backup_guard.offer_for_missing_file(db_path):
        lock.unlock()
        return None
    try:
        upgrade_saying_so(db_path)  # an older shop file: its backup and upgrade, seconds on a big shop
        shop = Shop.open(db_path, today)
    except HonghuaError as e:
        # a restore is made while this window still holds the file's lock: no other window opens it meanwhile
        restored = offer_backup and backup_guard.offer_after_failed_open(db_path, e.message, kept=kept)
        lock.unlock()
        if restored:
            return open_shop(db_path, today, offer_backup=False, switching=switching)
        if not offer_backup:
            errors.show_error(None, e.message + kept, _tr("无法打开数据文件"))
        return None
    except BaseException:
        lock.unlock()
        raise
    return shop, lock


class FirstPaintReporter(QObject):
    """--exit-after-startup: after the first page has painted, print startup_ms and leave the event loop."""

    def __init__(self, page: QWidget, started_at: float, app: QCoreApplication):
        super().__init__(page)
        self.started_at = started_at
        self.app = app
        self.reported = False
        page.installEventFilter(self)
        QTimer.singleShot(FIRST_PAINT_TIMEOUT_MS, self._timeout)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.reported:
            self.reported = True
            QTimer.singleShot(0, self._report)  # runs after this paint event has been handled
        return False

    def _report(self) -> None:
        elapsed_ms = (time.perf_counter() - self.started_at) * 1000
        print(f"startup_ms={elapsed_ms:.1f}", flush=True)
        # Leave once the work queued behind the first paint (tidying, a warning) has run: it is done in
        # every start, yet it is not part of the time to the first paint.
        QTimer.singleShot(0, partial(self.app.exit, 0))

    def _timeout(self) -> None:
        if not self.reported:
            self.reported = True
            print("startup: the first page was not painted in time", file=sys.stderr, flush=True)
            self.app.exit(1)


def _remove_stale_preview_folders() -> None:
    from ui import preview_folders  # imports the backups package, which the first paint does not need

    preview_folders.remove_stale_preview_folders()


# What opening the 证书 page and drawing its first preview import, none of it Qt: the award rules (to list the
# winners), the certificate templates, reportlab's canvas, paragraphs and QR codes, pdfium (to show the page).
# About half a second the window froze for when the page was first opened; imported on a thread instead.
CERTIFICATE_MODULES = ("app.awards.service", "app.recognition.service", "app.store.certificates", "app.services.staff",
                       "app.store.events",  # the store's events, read by the award run, made on first use
                       "app.certificates.sources", "app.certificates.service", "app.certificates.classic",
                       "app.certificates.modern", "app.certificates.card", "app.certificates.pagedicts",
                       "app.certificates.deflation",  # imported at the first save (`SharedResources.deflate_at_save`)
                       "reportlab.pdfgen.canvas",
                       "reportlab.platypus", "reportlab.graphics.barcode.qrencoder", "reportlab.lib.utils",
                       "PIL.ImageFile", "pypdfium2")
# What the 评奖 page's 导出发放表 and 全员计算单 import: openpyxl and its writer took the first export about half a
# second more than the next ones. Imported after the certificate modules, on the same thread.
PAYOUT_MODULES = ("app.awards.payout", "app.awards.receipt", "openpyxl", "openpyxl.writer.excel",
                  "openpyxl.packaging.extended")


def _import_certificate_modules() -> None:
    for name in CERTIFICATE_MODULES + PAYOUT_MODULES:
        importlib.import_module(name)


def _warn_about_a_risky_location(window: QWidget, db_path: Path) -> None:
    """A shop file on a network drive or in a cloud-sync folder is said once the window is on screen: reading the
    mount table (Linux) or asking Windows about the drive is no part of the first paint."""
    from app import storage_location

    warning = storage_location.warning(db_path)
    if warning:
        errors.show_info(window, warning, _tr("数据文件的位置有风险"))


def _read_certificate_fonts() -> None:
    """The 证书 page's first preview need not wait about a second for them (reportlab is imported by the thread
    that reads them), nor opening the page for the modules it imports (`CERTIFICATE_MODULES`), nor the first
    payout sheet for openpyxl (`PAYOUT_MODULES`)."""
    from app.certificates import glyphs

    glyphs.read_in_background()
    threading.Thread(target=_import_certificate_modules, name="certificate-modules", daemon=True).start()


class AfterFirstPaint(QObject):
    """Calls `then` once, right after `page` has painted for the first time (the window is on screen)."""

    def __init__(self, page: QWidget, then: Callable[[], object]):
        super().__init__(page)
        self.then: Callable[[], object] | None = then
        page.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.then is not None:
            QTimer.singleShot(0, self.then)  # runs after this paint event has been handled
            self.then = None
            watched.removeEventFilter(self)
        return False


def collect_garbage_after_first_paint(page: QWidget) -> None:
    """Turn the cyclic garbage collector back on, which `ui.launch.gui` paused for the start, once `page` has painted
    (or after FIRST_PAINT_TIMEOUT_MS, should a window kept minimized not paint)."""
    AfterFirstPaint(page, gc.enable)
    QTimer.singleShot(FIRST_PAINT_TIMEOUT_MS, gc.enable)


TERMINATING = "honghua_terminating"  # the application's property once a kill or Ctrl+C asked it to end


def close_without_asking(app: QApplication) -> None:
    """Close every window as 退出 does (state saved, lock released), but without the question about edits not
    saved yet: a kill must end the program, and nobody may be there to answer (edits not saved are lost, as at a
    power cut). A question open meanwhile (that one, or any modal box) is closed as its 取消 or × would, and the
    window's closing it held up then goes on (`MainWindow.may_close`); a shop chosen or a restore asked for on the
    way is not opened or made (`run_until_another_shop`, `run`)."""
    app.setProperty(TERMINATING, True)
    for window in app.topLevelWidgets():
        if hasattr(window, "ask_about_unsaved"):
            window.ask_about_unsaved = False
    app.closeAllWindows()  # the modal boxes first, then the windows (one whose closing asks is left to go on)


def close_on_signals(app: QApplication) -> None:
    """Ctrl+C or a kill closes the windows without asking once the loop runs.

    Python sees the signal the next time it runs code: at the latest at the window's next poll."""
    def close_windows(*_args: object) -> None:
        QTimer.singleShot(0, lambda: close_without_asking(app))

    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, close_windows)


def run(app: QApplication, opts: argparse.Namespace, started_at: float) -> int:
    app.setProperty(TERMINATING, False)
    if opts.lang:
        install_translators(app, opts.lang)
    try:
        today = resolve_today(opts.today)
    except UserError as e:
        errors.show_error(None, e.message)
        return 2
    fixed_today = today_is_fixed(opts.today)  # a fixed "today" stays fixed

    def day() -> date:
        return today if fixed_today else date.today()

    chosen = opts.db is not None or bool(os.environ.get("HONGHUA_DB"))  # the default folder is made as needed
    # the file named by --db, else HONGHUA_DB's or the user data folder's (platformdirs, loaded only to find that one)
    default = Path(opts.db or paths.default_db_path()).expanduser().absolute()
    said: tuple[str, str] | None = None  # about the shop file used last (gone, or not opened): once the window is up
    if chosen:
        db_path = default
    else:
        db_path, gone = shop_files.file_to_start_with(QSettings(), default)
        db_path = db_path.expanduser().absolute()
        if gone is not None:
            said = shop_files.gone_text(gone, default), _tr("上次打开的店铺找不到了")
    if chosen and not db_path.parent.is_dir():
        found = where_folder_is_missing(db_path)
        if found is None:
            return 1
        db_path = found.expanduser().absolute()
    close_on_signals(app)
    opened = open_shop(db_path, today)
    if opened is None and not chosen and not paths.same_file(db_path, default) and not paths.lock_path(db_path).exists():
        # The shop used last cannot be opened (`open_shop` said why): the default file then, or no start would
        # ever reach 文件 → 打开店铺文件…. Open in another window (its lock held) it is that window the owner wants.
        said = shop_files.not_opened_text(db_path, default), _tr("上次打开的店铺打不开")
        db_path = default
        opened = open_shop(db_path, today)
    if opened is None:
        return 1
    shop, lock = opened
    held = [shop]
    # once, after the first paint (not again when a restore or another shop file reopens the window): the 证书
    # preview folders a killed window left, the certificates' fonts
    tidy_up = True
    new_file = True  # the warning about a network drive or a cloud-sync folder, for each shop file opened
    try:
        if not opts.lang:
            install_translators(app, str(shop.settings.get(declared.LANGUAGE)))
        message = backup_guard.take_message_after_open()  # the file was restored before the window opened
        start_page = "settings" if message else opts.page
        while True:
            window = MainWindow(shop, start_page=start_page, clock=None if fixed_today else date.today)
            window.show()
            guard = backup_guard.StartupGuard(window, shop)  # quick_check + daily backup after the first paint
            collect_garbage_after_first_paint(window.current_page())
            if tidy_up:
                AfterFirstPaint(window.current_page(), _remove_stale_preview_folders)
                AfterFirstPaint(window.current_page(), _read_certificate_fonts)
                tidy_up = False
            if new_file:
                AfterFirstPaint(window.current_page(), partial(_warn_about_a_risky_location, window, db_path))
                new_file = False
            if opts.exit_after_startup:  # installed last, so its filter sees the first paint first
                FirstPaintReporter(window.current_page(), started_at, app)
            if message:
                window.current_page().show_backups()
                QTimer.singleShot(0, partial(errors.show_info, window, message, _tr("恢复完成")))
            if said is not None:
                QTimer.singleShot(0, partial(errors.show_info, window, *said))
                said = None
            code, switched = run_until_another_shop(app, day)
            window.stop_polling()
            if switched is not None:  # 文件 → 打开店铺文件… and the like: the new shop is open and locked
                _close_window(window, guard, shop)  # its edits not saved were asked about before the switch
                lock.unlock()
                shop, lock = switched
                db_path = Path(shop.store.path)
                held.append(shop)
                if not opts.lang:
                    install_translators(app, str(shop.settings.get(declared.LANGUAGE)))
                message = backup_guard.take_message_after_open()
                start_page = "settings" if message else None
                new_file = True
                continue
            source = backup_guard.take_pending_restore()
            if code != backup_guard.RESTART_CODE or source is None or app.property(TERMINATING):
                guard.close()
                return code
            from app.backups.making import sparing  # not before the first paint

            with sparing(source):  # the day's backup the start-up check may still be making rotates others
                # the restore's question said that edits not saved are lost; it needs the file closed, the lock held
                _close_window(window, guard, shop)
                shop, message = backup_guard.reopen_after_restore(db_path, source, day())
            if shop is None:
                return 1
            held.append(shop)
            start_page = "settings"
    finally:
        for opened_shop in held:
            opened_shop.close()
        lock.unlock()


def _close_window(window: MainWindow, guard: backup_guard.StartupGuard, shop: Shop) -> None:
    """Close the window as closing it does (its start-up check waited for, its state saved) without asking about
    its edits not saved (the caller's question did), then its shop."""
    guard.close()
    window.ask_about_unsaved = False
    window.close()
    window.deleteLater()
    shop.close()


def run_until_another_shop(app: QApplication, day: Callable[[], date]) -> tuple[int, tuple[Shop, QLockFile] | None]:
    """Run the window's event loop until it ends; a shop file chosen in its 文件 menu is opened here while the
    current one is still open, and the loop goes on when it cannot be (`open_shop` said why)."""
    while not app.property(TERMINATING):  # a kill while a refusal was shown closed the windows: no loop would end
        code = app.exec()
        wanted = shop_files.take_pending_switch()
        if app.property(TERMINATING):
            return 0, None
        if code != shop_files.SWITCH_CODE or wanted is None:
            return code, None
        why = shop_files.refusal(wanted.path, None, new=wanted.new)
        if why:
            errors.show_error(None, why, _tr("无法打开数据文件"))
            continue
        opened = open_shop(wanted.path, day(), switching=True)
        if opened is not None:
            # made just now, it speaks the window's language rather than the default one (unless a locked shop's
            # backup was restored in its place, when the file had been deleted: that shop keeps its own). Written
            # without a line in the log, as the app's own start of the file: the shop stays empty
            # (`maintenance.has_rows`), so a backup restored into it is not told as another shop's
            if wanted.new and not (store := opened[0].store).locked:
                with store.atomic():
                    store.settings.set(declared.LANGUAGE.key, i18n.language())
            return code, opened
    return 0, None


def main(argv: list[str] | None = None, *, started_at: float | None = None) -> int:
    started_at = time.perf_counter() if started_at is None else started_at
    opts = parse_args(sys.argv[1:] if argv is None else argv)
    if opts.exit_after_startup and errors.handler is None:
        errors.handler = errors.print_instead  # a measuring run has nobody to click a dialog away
    app = application()
    previous_hook = errors.install_excepthook()
    previous_signals = {sig: signal.getsignal(sig) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        return run(app, opts, started_at)
    except Exception as exc:  # noqa: BLE001  # a bug outside the event loop: crash log, a dialog, exit 1
        traceback.print_exc()
        errors.file_fault = None  # a window's, left by a start that failed: no check of it will come to say this
        errors.show_exception(None, exc)
        return 1
    finally:
        sys.excepthook = previous_hook
        for sig, handler in previous_signals.items():
            signal.signal(sig, handler)
