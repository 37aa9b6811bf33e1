"""The shell: navigation, a stack of pages built on first show, the status bar, the 文件, 页面 and 帮助 menus. Its
place on the screen is worked out in `ui.window_geometry`, the 文件 menu's actions are `ui.file_menu.FileMenu` and
the question about edits not saved yet `ui.unsaved_edits.UnsavedEdits`.

Pages keep one contract: `Page(shop, parent=None)`, a `title`, and `refresh()`, called when the page is
shown and when another process (a scheduled CLI import, say) changed the shop file. A page holding typed edits
that only a button writes also has `pending_changes()` and `save_pending()`: the window asks about them before
it closes.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from datetime import date
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, QSignalBlocker, QSize, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import StoreError
from app.i18n import joined
from app.shop import Shop
from app.store import FileGone
from app.store.database import FileBusy
from ui import errors, shop_files
from ui.file_faults import FileFaults
from ui.file_menu import FileMenu
from ui.navigation import DEFAULT_PAGE, PAGES, PageSpec, page_index
from ui.new_month import NewMonth
from ui.pages.placeholder import PlaceholderPage
from ui.unsaved_edits import UnsavedEdits
from ui.widgets.kept_place import kept_place
from ui.widgets.plain_looks import pad, set_font, set_text_colour
from ui.window_geometry import restore_geometry
from ui.write_wait import WriteWait

if TYPE_CHECKING:
    from ui.guide_window import GuideWindow
    from ui.tasks import Task

POLL_INTERVAL_MS = 2000
NAV_STYLE = """
QListWidget#navigation { border: none; border-right: 1px solid #d8d8d8; background: #f7f4f2; outline: 0; }
QListWidget#navigation::item { color: #333; }
QListWidget#navigation::item:hover { background: #f1e3e0; }
QListWidget#navigation::item:selected { background: #c62f2f; color: white; }
QListWidget#navigation::item:selected:focus { border-left: 5px solid #f2b705; }
"""


def build_page(spec: PageSpec, shop: Shop, parent: QWidget | None = None) -> QWidget:
    if spec.module is None or spec.cls is None:
        return PlaceholderPage(shop, parent, title=spec.title, description=spec.coming)
    page_class = getattr(importlib.import_module(spec.module), spec.cls)
    return page_class(shop, parent)


class MainWindow(FileMenu, UnsavedEdits, QMainWindow):
    def __init__(self, shop: Shop, *, start_page: str | None = None, settings: QSettings | None = None,
                 clock: Callable[[], date] | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.shop = shop
        self.clock = clock  # given when "today" is the real date: a window left open overnight moves on with it
        self.settings = settings if settings is not None else QSettings()
        self.pages: dict[int, QWidget] = {}
        self.task: Task | None = None
        self.guide: GuideWindow | None = None  # 帮助 → 使用指南's window, made when first asked for
        self.ask_about_unsaved = True  # off when a restore's own question already said the edits will be lost
        self.write_wait = WriteWait(self)
        shop.store.wait_for_writers_with(self.write_wait)  # a write waits for a scheduled import, not 5 s

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(self.tr("页面导航"))
        for i, spec in enumerate(PAGES):
            item = QListWidgetItem(self.tr(spec.title))
            item.setToolTip(self.tr("{title}（Ctrl+{n}）").format(title=self.tr(spec.title), n=i + 1))
            item.setSizeHint(QSize(0, 40))
            item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.nav.addItem(item)
        self.nav.setFixedWidth(112)
        self.nav.setStyleSheet(NAV_STYLE)
        self.nav.currentRowChanged.connect(self._on_nav_row)
        self.stack = QStackedWidget()
        self.new_month = NewMonth(shop, self, watch_input=clock is not None)  # its bar: a page that kept its month
        right = QVBoxLayout()
        right.addWidget(self.new_month.bar)
        right.addWidget(self.stack, 1)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addLayout(right, 1)
        self.setCentralWidget(central)

        self._build_menus()
        self._build_status_bar()
        self._data_version = shop.store.data_version()
        self._unreadable = False  # the last poll could not read the file (its message is shown once)
        self._reload_owed = False  # a poll found a change while a cell of the page on show was typed in
        self.poll_timer = QTimer(self)
        self.poll_timer.setInterval(POLL_INTERVAL_MS)
        self.poll_timer.timeout.connect(self.check_for_changes)
        self.poll_timer.start()
        QCoreApplication.instance().aboutToQuit.connect(self._loop_ended)  # type: ignore[union-attr]

        self.setAcceptDrops(True)  # report files dropped anywhere open the import wizard; a shop file opens instead
        restore_geometry(self, self.settings.value("window/geometry"))
        self.shop_key = shop_files.shop_key(shop.store.path)  # the page left on and the name are kept per file
        self.shop_name = shop.name  # as the title says it: kept when the window closes, its shop maybe closed first
        shop_files.remember(self.settings, shop.store.path)  # before the page is: it reads the path listed last
        self.file_faults = FileFaults(self, shop.store.path)
        errors.file_fault = self.file_faults  # set before the first page reads the file, which may be damaged
        self.show_page(self._index_of(start_page or shop_files.page_to_open(
            self.settings, self.shop_key, shop.store.path, DEFAULT_PAGE)))
        for fallback in (DEFAULT_PAGE, "settings"):  # the page to start on could not be read (a damaged file)
            if self.stack.currentWidget() is None:  # the window opens on one that can, for the check to offer a backup
                self.show_page(self._index_of(fallback))
        self.update_shop_labels()
        errors.pin_prompt = self.unlock  # a write refused by the owner PIN offers to unlock here

    # ---- building
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("文件(&F)"))
        self.open_shop_action, self.new_shop_action, self.recent_menu = shop_files.add_to_menu(
            file_menu, self.open_shop_file, self.new_shop_file, self.fill_recent_menu)
        file_menu.addSeparator()
        self.demo_action = file_menu.addAction(self.tr("生成演示数据…"))
        self.demo_action.triggered.connect(self.generate_demo_data)
        self.open_folder_action = file_menu.addAction(self.tr("打开数据文件所在文件夹"))
        self.open_folder_action.triggered.connect(self.open_data_folder)
        self.save_action = file_menu.addAction(self.tr("保存本页的修改"))
        self.save_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        self.save_action.triggered.connect(self.save_page)
        file_menu.addSeparator()
        quit_action = file_menu.addAction(self.tr("退出"))
        quit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        quit_action.triggered.connect(self.close)

        view_menu = self.menuBar().addMenu(self.tr("页面(&P)"))
        self.page_actions: list[QAction] = []
        for i, spec in enumerate(PAGES):
            action = view_menu.addAction(self.tr(spec.title))
            action.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(partial(self.show_page, i))
            self.page_actions.append(action)
        view_menu.addSeparator()
        self.find_action = view_menu.addAction(self.tr("搜索"))
        self.find_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        self.find_action.triggered.connect(self.find_on_page)
        self.refresh_action = view_menu.addAction(self.tr("刷新"))
        self.refresh_action.setShortcut(QKeySequence("F5"))
        self.refresh_action.triggered.connect(self.refresh_current)

        help_menu = self.menuBar().addMenu(self.tr("帮助(&H)"))
        self.guide_action = help_menu.addAction(self.tr("使用指南"))
        self.guide_action.setShortcut(QKeySequence("F1"))
        self.guide_action.triggered.connect(self.show_guide)
        self.about_action = help_menu.addAction(self.tr("关于红花榜"))
        self.about_action.triggered.connect(self.show_about)

    def _build_status_bar(self) -> None:
        self.shop_label = QLabel()
        self.path_label = QLabel()
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # a long path is cut at the window's edge (the tooltip has it whole) instead of widening the window
        self.path_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.month_label = QLabel()
        self.lock_button = QPushButton(self.tr("只读 · 点此输入店主密码"))
        self.lock_button.setFlat(True)
        set_text_colour(self.lock_button, "#b3261e")
        set_font(self.lock_button, bold=True)
        self.lock_button.setToolTip(self.tr("此店铺设置了店主密码：不输入密码可以查看，修改数据需要先解锁"))
        self.lock_button.clicked.connect(self.unlock)
        bar = self.statusBar()
        for label in (self.shop_label, self.path_label, self.month_label):
            pad(label, 10)
        bar.addWidget(self.shop_label)
        bar.addWidget(self.path_label, 1)
        bar.addPermanentWidget(self.lock_button)
        bar.addPermanentWidget(self.month_label)

    def unlock(self) -> bool:
        """Ask for the owner PIN; the shop stays read-only until it is given (also offered by ui.errors when
        a write is refused)."""
        from ui.dialogs.pin_dialog import PinDialog

        unlocked = PinDialog.ask(self, self.shop)
        self.update_shop_labels()
        return unlocked

    def update_shop_labels(self) -> None:
        name = self.shop_name = self.shop.name
        self.setWindowTitle(self.tr("红花榜 — {name}").format(
            name=shop_files.told_apart(self.settings, self.shop_key, name, self.shop.store.path)))
        demo = self.shop.holds_demo  # said beside the name: an owner trying the demo knows it is not a shop to fill in
        self.shop_label.setText((self.tr("店铺：{name}（演示数据）") if demo else self.tr("店铺：{name}")).format(name=name))
        self.shop_label.setToolTip(self.tr("这是演示店铺，员工和数据都是编的。开始用自己的店铺的做法见使用指南"
                                           "「第一次使用」（按 F1）。") if demo else "")
        path = str(self.shop.store.path)
        self.path_label.setText(self.tr("数据文件：{path}").format(path=path))
        self.path_label.setToolTip(path)
        month = self.shop.current_month()
        self.month_label.setText(self.tr("{year}年{month}月").format(year=month.year, month=month.month))
        self.lock_button.setVisible(self.shop.store.locked)

    # ---- pages
    def _index_of(self, word: str) -> int:
        try:
            return page_index(word)
        except ValueError:
            return page_index(DEFAULT_PAGE)

    def page(self, index: int) -> QWidget:
        """The page at `index`, built on first use."""
        if index not in self.pages:
            widget = build_page(PAGES[index], self.shop, self.stack)
            self.pages[index] = widget
            self.stack.addWidget(widget)
            navigate = getattr(widget, "navigate", None)  # a page may ask to open another, e.g. 看板 → 员工
            if navigate is not None:
                navigate.connect(self.open_page)
            shop_changed = getattr(widget, "shopChanged", None)  # 设置 renamed the shop or changed the PIN
            if shop_changed is not None:
                shop_changed.connect(self.update_shop_labels)
            target_set = getattr(widget, "targetSet", None)  # the board set a target: 目标's 撤销 takes it back
            if target_set is not None:
                target_set.connect(lambda month, cells: self.page(self._index_of("targets")).remember_target_set(
                    month, cells))
        return self.pages[index]

    def open_page(self, where: str) -> None:
        """A page asked for by another: its word, and after a colon what it is to show (`awards:2026-10`, the
        证书 page's notice: 评奖 on that period), handed to its `open_on` before it is shown."""
        word, _, what = where.partition(":")
        index = self._index_of(word)
        if what:
            self.page(index).open_on(what)  # type: ignore[attr-defined]
        self.show_page(index)

    def current_index(self) -> int:
        return self.nav.currentRow()

    def current_page(self) -> QWidget:
        return self.page(self.current_index())

    def show_page(self, index: int) -> None:
        if self.nav.currentRow() != index:
            self.nav.setCurrentRow(index)  # re-enters through _on_nav_row
            return
        self._show(index)

    def _on_nav_row(self, row: int) -> None:
        if row >= 0:
            self._show(row)

    def _show(self, index: int) -> None:
        try:
            page = self.page(index)
        except BaseException:  # not built (its file could not be read): the list goes back to the page still shown
            shown = next((i for i, built in self.pages.items() if built is self.stack.currentWidget()), None)
            if shown is not None:
                with QSignalBlocker(self.nav):
                    self.nav.setCurrentRow(shown)
            raise
        self.stack.setCurrentWidget(page)
        page.refresh()  # type: ignore[attr-defined]
        self.new_month.show_bar_for(page)
        self._remember_page(PAGES[index].key)

    def _remember_page(self, key: str) -> None:
        # the page of the shop used last, as an earlier version read it
        shop_files.set_if_changed(self.settings, "window/page", key)
        shop_files.remember_shop(self.settings, self.shop_key, self.shop.store.path, self.shop_name, key)

    def refresh_current(self) -> None:
        self.update_shop_labels()
        with kept_place(self.current_page()):  # F5, or another program's write: the owner's row stays chosen
            self.current_page().refresh()  # type: ignore[attr-defined]

    def save_page(self) -> bool:
        """Ctrl+S: write the page's edits that only a button writes (设置's forms, all or none in one transaction;
        证书's options, a cell being typed in); the page shows why at the field when it cannot."""
        page = self.current_page()
        pending = getattr(page, "pending_changes", list)()
        if not pending:
            self.statusBar().showMessage(self.tr("这一页没有未保存的修改"), 5000)
            return False
        if not page.save_pending():  # type: ignore[attr-defined]
            return False
        self.statusBar().showMessage(self.tr("已保存：{what}").format(what=joined(pending)), 5000)
        return True

    def find_on_page(self) -> None:
        """Ctrl+F: to the page's search box (员工, 目标's and 数据's 找人, 设置 → 操作日志), its text selected to be typed over."""
        search = getattr(self.current_page(), "search_field", lambda: None)()
        if search is None:
            self.statusBar().showMessage(self.tr("这一页没有搜索框：员工页、目标页、数据页和「设置 → 操作日志」可以搜索"), 5000)
            return
        search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        search.selectAll()

    def check_for_changes(self) -> bool:
        """Poll PRAGMA data_version (it moves when another connection committed) and the date. True when
        either moved and the page on show was reloaded, or the pages kept on the month just ended moved on. Nothing is reloaded while a write of the window waits for
        another writer (this poll runs inside its wait): the page would change under that write; the next poll
        after it catches up. Nor is the page on show while one of its cells is being typed in (数据, 目标): the
        reload would save the figure half typed and close the cell under the owner's keys; the new day is taken
        all the same, and the first poll after the cell is left reloads the page. Into a new month the pages move
        on, or the page on show says it did not (`ui.new_month`)."""
        if self.write_wait.in_progress or not self.shop.store.waits_with(self.write_wait):
            return False  # a wait goes on (a write of the window's, the TV's refresh): the next poll, after it
        try:
            version = self.shop.store.data_version()
        except FileGone as e:  # deleted or replaced while open: what the window still reads is saved, said once
            if not self._unreadable:
                self._unreadable = True
                from app.backups.making import rescue  # only now: not on the start-up path

                errors.show_error(self, rescue(self.shop.store, e.message), self.tr("数据文件不见了"))
            return False
        except StoreError as e:  # the file's disk went away: said once, not at every poll
            if isinstance(e, FileBusy) and self.write_wait.unattended:  # held longer than the TV waits: tried again
                return False
            if not self._unreadable:
                self._unreadable = True
                errors.show_error(self, e.message, self.tr("读不到数据文件"))
            return False
        self._unreadable = False
        now = self.clock() if self.clock is not None else self.shop.today
        day_changed = now != self.shop.today
        if day_changed:
            month_before = self.shop.current_month()
            self.shop.set_today(now)
            self.update_shop_labels()
            self.new_month.follow(month_before, self.pages.values(), self.current_page())
        moved_on = self.new_month.poll()  # a page moved on reloads itself
        if not day_changed and version == self._data_version and not self._reload_owed:
            return moved_on
        self._reload_owed = self._cell_being_typed()
        if self._reload_owed:
            return False
        self._data_version = version
        try:
            self.shop.reload_metrics()
            self.refresh_current()
        except FileBusy:
            if not self.write_wait.unattended:
                raise
            self._reload_owed = True  # held past the TV's wait midway: the next poll reads it again
            return False
        return True

    def _cell_being_typed(self) -> bool:
        editing = getattr(getattr(self.current_page(), "table", None), "editing", None)  # GridTable.editing
        return editing is not None and editing()

    def backups_changed(self) -> None:
        """A backup was made that changed no data (the day's first): 设置 → 备份与恢复, if built, lists it."""
        settings = self.pages.get(self._index_of("settings"))
        if settings is not None:
            settings.backup_panel.refresh()  # type: ignore[attr-defined]

    def stop_polling(self) -> None:
        self.poll_timer.stop()

    def stop_page_work(self) -> None:
        """Stop the pages' background work on this shop (the 评奖 page's refresh): its thread must not outlive them."""
        for page in self.pages.values():
            stop_tasks = getattr(page, "stop_tasks", None)
            if stop_tasks is not None:
                stop_tasks()

    def _loop_ended(self) -> None:
        # A shop file chosen in the 文件 menu ends the loop too, and this window goes on when that file is refused:
        # its pages' work is left to finish then (and stopped by closing the window when the file opens).
        if not shop_files.switch_requested():
            self.stop_page_work()

    # ---- window state and closing
    def save_state(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self._remember_page(PAGES[self.current_index()].key)
        self.settings.setValue("window/db", str(self.shop.store.path))
        shop_files.remember(self.settings, self.shop.store.path)  # the shop used last: the next start opens it
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.ask_about_unsaved and not self.may_close():
            event.ignore()
            return
        if self.task is not None and self.task.running:
            self.task.cancel_and_wait()
        self.stop_page_work()
        self.stop_polling()
        self.save_state()
        self.shop.store.wait_for_writers_with(None)  # its notice would have no window; the shop may outlive it
        for owned in self.findChildren(QWidget):  # the TV board and other windows of their own close with us
            if owned.isWindow() and owned.isVisible():
                owned.close()
        if errors.pin_prompt == self.unlock:
            errors.pin_prompt = None
        if errors.file_fault is self.file_faults:
            errors.file_fault = None
        super().closeEvent(event)

    # ---- report files (or a shop file) dropped on the window
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        from ui.importing import drop

        drop.accept_drag(event)

    def dropEvent(self, event: QDropEvent) -> None:
        from ui.importing import drop

        shop_file = drop.shop_file(event.mimeData())
        if shop_file is not None:  # a shop file (.db), as if chosen in 文件 → 打开店铺文件…
            event.acceptProposedAction()
            # after the drop has ended: a question asked inside it would hold Explorer's drag until answered
            QTimer.singleShot(0, partial(self.switch_to, shop_file))
            return
        paths = drop.take_drop(event)
        if paths:
            index = page_index("data")
            self.show_page(index)
            self.page(index).imports.open_import(paths)  # type: ignore[attr-defined]

    # ---- 帮助 menu
    def guide_chapter(self) -> str:
        """The guide's chapter about the page on show: the page may say (设置, by its tab), else navigation."""
        page = self.pages.get(self.current_index())
        by_page = getattr(page, "guide_chapter", None)
        return by_page() if by_page is not None else PAGES[self.current_index()].guide

    def show_guide(self) -> GuideWindow:
        """The guide's window, at the chapter about the page on show; one window, raised when already open."""
        from ui.guide_window import GuideWindow  # not before it is asked for: start-up stays as fast

        if self.guide is None:
            self.guide = GuideWindow(self, settings=self.settings)
        self.guide.show_chapter(self.guide_chapter())
        # a window of ours (owned by this one) stays above it: shown again, or restored, and made active is
        # enough to bring it back to the front
        self.guide.setWindowState(self.guide.windowState() & ~Qt.WindowState.WindowMinimized)
        self.guide.show()
        self.guide.activateWindow()
        return self.guide

    def show_about(self) -> None:
        from ui.dialogs.about_dialog import AboutDialog

        AboutDialog.ask(self, self.shop, self.open_data_folder)
