"""文件 → 打开店铺文件… / 新建店铺… / 最近打开: choosing another shop file, and the list of those opened lately.

The window only chooses: `request_switch` ends its event loop with SWITCH_CODE, and ui/main.py opens the file
chosen the way start-up opens one (lock, checks, migrations, the restore offer) while the current shop is still
open; only when that succeeded is the current window closed (its state saved, its lock released) and a window
on the new shop built — as a restore reopens the window. A file that cannot be opened leaves the current shop
open, and its loop goes on.

The shop files opened lately are kept in the window's QSettings (`recent/shops`, newest first); a start without
--db or HONGHUA_DB opens the first of them that the owner used last. Each file's page on show and its shop's name
are kept there too (`window/shops`): a shop opens on the page it was left on, and the title tells apart two shops
of one name by their file.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from app import paths

SWITCH_CODE = 76  # the event loop's exit code when another shop file was chosen (a restore's is 75)
RECENT_KEY = "recent/shops"


def _tr(text: str) -> str:
    return QCoreApplication.translate("shop_files", text)


class Switch(NamedTuple):
    """A shop file chosen in the 文件 menu. A named tuple, not a frozen dataclass: the window's start makes this class,
    and Python 3.11 compiles a dataclass's methods from source (some 5 M instructions for this one)."""

    path: Path
    new: bool  # 新建店铺…: the file is made (it was not there when chosen)


_pending: list[Switch] = []


def end_loop() -> None:
    """End the window's event loop so that ui/main.py opens the file chosen (replaced in tests)."""
    QCoreApplication.exit(SWITCH_CODE)


def request_switch(path: Path, *, new: bool = False) -> None:
    _pending[:] = [Switch(Path(path).expanduser().absolute(), new)]
    end_loop()


def switch_requested() -> bool:
    """Whether the event loop is ending (or has ended) for a shop file chosen in the 文件 menu."""
    return bool(_pending)


def take_pending_switch() -> Switch | None:
    return _pending.pop() if _pending else None


# ---- the list of shop files opened lately
def recent(settings: QSettings) -> list[Path]:
    """The shop files opened lately, newest first (a damaged or hand-edited settings file gives what it can)."""
    value = settings.value(RECENT_KEY)
    if isinstance(value, str):  # an INI file gives a list of one as the string itself
        value = [value]
    if not isinstance(value, list):
        return []
    return [Path(item) for item in value if isinstance(item, str) and item][:paths.RECENT_SHOPS]


def remember(settings: QSettings, opened: Path) -> None:
    """`opened` put first in 最近打开, listed once however it was reached. Only that file is asked where it really
    is: asking each file listed held every start and close until the time-out of a share that no longer answers.
    A path listed is taken for it when it reads as `opened`, as its real path (`shop_key`) or as the path its
    window listed it by last (`window/shops`: a mapped drive and its share's own path), case aside where the
    system does not tell case apart; so this is called before the window remembers its page under `opened`."""
    key = shop_key(opened)
    listed_by = _remembered(settings).get(key, {}).get("path", str(opened))
    same = {key, os.path.normcase(opened), os.path.normcase(listed_by)}
    listed = [str(path) for path in recent(settings)]
    others = [path for path in listed if os.path.normcase(path) not in same]
    if (wanted := [str(opened), *others][:paths.RECENT_SHOPS]) != listed:
        settings.setValue(RECENT_KEY, wanted)


# ---- what the window remembers of each shop file: the page it was left on, the shop's name
SHOPS_KEY = "window/shops"
KEPT_SHOPS = 20  # the files remembered, newest first; an older one opens on the board again


def shop_key(path: Path) -> str:
    """The file itself (links and `..` followed, case as the system tells it apart): one entry however reached."""
    return os.path.normcase(paths.real_path(path))


def _remembered(settings: QSettings) -> dict[str, dict[str, str]]:
    """Each shop file's entry, newest first (a damaged or hand-edited settings file gives what it can)."""
    try:
        value = json.loads(str(settings.value(SHOPS_KEY, "{}")))
    except (ValueError, RecursionError):  # RecursionError: brackets nested deeper than the parser goes
        return {}
    if not isinstance(value, dict):
        return {}
    return {key: {k: v for k, v in entry.items() if isinstance(v, str)}
            for key, entry in value.items() if isinstance(entry, dict)}


def remember_shop(settings: QSettings, key: str, path: Path, name: str, page: str) -> None:
    """The shop file `key` (`shop_key`), listed as `path`, put first: its name and the page on show."""
    kept = _remembered(settings)
    kept.pop(key, None)
    entries = [(key, {"path": str(path), "name": name, "page": page}), *kept.items()][:KEPT_SHOPS]
    set_if_changed(settings, SHOPS_KEY, json.dumps(dict(entries), ensure_ascii=False))


def set_if_changed(settings: QSettings, key: str, value: str) -> None:
    """`key` set to `value` only when it holds something else: every setting written makes Qt write the whole
    settings file out again (twice flushed to the disk) at the next turn of the event loop, and a start that
    only opens the same shop on the same page has nothing new to keep."""
    if settings.value(key) != value:
        settings.setValue(key, value)


def page_to_open(settings: QSettings, key: str, path: Path, default: str) -> str:
    """The page the shop file was left on; for a file not remembered yet, the one page an earlier version kept
    for all shops when it was this file's, else `default` (a shop opened for the first time)."""
    entry = _remembered(settings).get(key)
    if entry is not None:
        return entry.get("page", default)
    if settings.value("window/db") in (None, str(path)):
        return str(settings.value("window/page", default))
    return default


def told_apart(settings: QSettings, key: str, name: str, path: Path) -> str:
    """The shop's name for the window's title, with its file's name when another file in 最近打开 holds a shop of
    that name (two 我的淘宝店 look alike), as the windows of those files last saw it: none is opened to ask. When
    that file has the same name too (honghua.db and its copy on a USB stick), its whole path."""
    listed = {str(recent_file) for recent_file in recent(settings)}
    namesakes = [Path(entry["path"]) for other, entry in _remembered(settings).items()
                 if other != key and entry.get("name") == name and entry.get("path") in listed]
    if not namesakes:
        return name
    same_file_name = any(os.path.normcase(other.name) == os.path.normcase(path.name) for other in namesakes)
    return _tr("{name} — {file}").format(name=name, file=path if same_file_name else path.name)


def file_to_start_with(settings: QSettings, default: Path) -> tuple[Path, Path | None]:
    """The shop file a start without --db or HONGHUA_DB opens: the one used last while it is there, else the
    default file — and then the one used last that is gone (a USB stick not plugged in), to say so."""
    listed = recent(settings)
    if not listed or paths.same_file(listed[0], default):
        return default, None
    if listed[0].is_file():
        return listed[0], None
    return default, listed[0]


def gone_text(gone: Path, opened: Path) -> str:
    return _tr("上次打开的数据文件 {gone} 找不到了：它所在的 U 盘没有插上，或者文件被移走、改名或删除了。"
               "这次打开的是 {opened}。\n\n找到它以后，可以在「文件 → 最近打开」或「文件 → 打开店铺文件…」里打开。").format(
        gone=gone, opened=opened)


def not_opened_text(used_last: Path, opened: Path) -> str:
    return _tr("上次打开的数据文件 {used_last} 打不开（原因见前面的提示），所以这次打开的是 {opened}。\n\n"
               "问题解决以后，可以在「文件 → 最近打开」或「文件 → 打开店铺文件…」里再打开它。").format(
        used_last=used_last, opened=opened)


# ---- the 文件 menu
def add_to_menu(file_menu: QMenu, open_file: Callable[[], object], new_file: Callable[[], object],
                fill_recent: Callable[[], object]) -> tuple[QAction, QAction, QMenu]:
    """打开店铺文件… (Ctrl+O), 新建店铺… (Ctrl+N) and 最近打开 (filled each time it opens, not at start)."""
    open_action = file_menu.addAction(_tr("打开店铺文件…"))
    open_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Open))
    open_action.triggered.connect(open_file)
    new_action = file_menu.addAction(_tr("新建店铺…"))
    new_action.setShortcut(QKeySequence(QKeySequence.StandardKey.New))
    new_action.triggered.connect(new_file)
    recent_menu = file_menu.addMenu(_tr("最近打开"))
    recent_menu.setToolTipsVisible(True)  # each file's whole path
    recent_menu.aboutToShow.connect(fill_recent)
    return open_action, new_action, recent_menu


# ---- the file dialogs
def _start_folder(current: Path) -> Path:
    return next((folder for folder in current.parents if folder.is_dir()), Path.home())


def choose_to_open(parent: QWidget | None, current: Path) -> Path | None:
    """A shop file to open, chosen in a file dialog that starts in the current shop's folder."""
    from PySide6.QtWidgets import QFileDialog

    name, _filter = QFileDialog.getOpenFileName(parent, _tr("打开店铺文件"), str(_start_folder(current)),
                                                _tr("数据文件 (*.db);;所有文件 (*)"))
    return Path(name) if name else None


def choose_new(parent: QWidget | None, current: Path) -> Path | None:
    """Where a new shop's file goes, chosen in a save dialog; an existing file is refused by the caller, so the
    dialog does not ask to replace it."""
    from PySide6.QtWidgets import QFileDialog

    suggested = paths.unused_path(_start_folder(current) / (_tr("新店铺") + ".db"))
    name, _filter = QFileDialog.getSaveFileName(parent, _tr("新建店铺"), str(suggested), _tr("数据文件 (*.db)"),
                                                options=QFileDialog.Option.DontConfirmOverwrite)
    if not name:
        return None
    path = Path(name)
    return path if path.suffix else path.with_name(path.name + ".db")


def refusal(path: Path, current: Path | None, *, new: bool) -> str | None:
    """Why `path` is not opened in place of the shop `current`, in words naming the file; "" when it is that shop
    itself, None when it is opened. Asked again when it is opened (`current` None): a file gone meanwhile is never
    made anew as an empty shop, nor one made meanwhile taken for a new shop, nor a folder gone made again; a backup
    (the dialog starts beside the backups folder) is restored, never opened as a shop."""
    if new and path.exists():
        return _tr("已经有文件 {path}。新建店铺不会覆盖已有的文件：请换一个文件名；"
                   "要打开这个店铺，请用「文件 → 打开店铺文件…」。").format(path=path)
    if new and not path.parent.is_dir():  # never made again where a USB stick was
        return _tr("找不到文件夹 {folder}：它所在的 U 盘没有插上，或者文件夹被移走、改名或删除了。"
                   "新店铺没有建立，当前店铺没有关闭。").format(folder=path.parent)
    if not new and not path.is_file():
        return _tr("找不到数据文件 {path}：它所在的 U 盘没有插上，或者文件被移走、改名或删除了。"
                   "当前店铺没有关闭。").format(path=path)
    from app.backups.files import shop_of_backup  # here: the backups package is not needed to start

    if not new and (shop := shop_of_backup(path)) is not None:
        if current is not None and paths.same_file(shop, current):  # not 「请打开 {shop}」: it is open
            return _tr("{path} 是当前店铺 {shop} 的一份备份，不能当作店铺打开：在里面做的修改，会在备份轮换时随它删掉。"
                       "要用它恢复当前店铺，请在「设置 → 备份与恢复」里选中这份备份，点「恢复所选备份…」。"
                       "当前店铺没有关闭。").format(path=path, shop=shop)
        return _tr("{path} 是店铺 {shop} 的一份备份，不能当作店铺打开：在里面做的修改，会在备份轮换时随它删掉。"
                   "要用它恢复店铺，请打开 {shop}，在「设置 → 备份与恢复」里选中这份备份，点「恢复所选备份…」。"
                   "当前店铺没有关闭。").format(path=path, shop=shop)
    if not new and current is not None and paths.same_file(path, current):
        return ""
    return None


def fill_recent_menu(menu: QMenu, settings: QSettings, current: Path, open_file: Callable[[Path], object]) -> None:
    """文件 → 最近打开, read again each time it opens. No file is asked about here, not even whether it is there: a
    file on a network share that no longer answers would hold the menu until the share's time-out, once per file. A
    file gone since (a USB stick pulled) is said when it is chosen (`refusal`), and the current shop is told by
    its name as listed, which is how the window remembered it."""
    menu.clear()
    metrics = menu.fontMetrics()
    for n, path in enumerate(recent(settings), start=1):
        name = path.name.replace("&", "&&")
        folder = metrics.elidedText(str(path.parent), Qt.TextElideMode.ElideMiddle, 360).replace("&", "&&")
        action = menu.addAction(f"&{n} " + _tr("{name}（{folder}）").format(name=name, folder=folder))
        action.setToolTip(str(path))
        action.triggered.connect(partial(open_file, path))
        if os.path.normcase(path) == os.path.normcase(current):
            action.setCheckable(True)
            action.setChecked(True)
