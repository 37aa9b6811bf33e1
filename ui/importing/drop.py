"""Files dropped on the window: which of them the import reads (workbooks, .csv, Excel's 「Unicode 文本」 .txt), or
a shop file to open."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QDragEnterEvent, QDropEvent

# the files app.importing.readers reads (not imported here: the window loads this module at start-up)
IMPORT_SUFFIXES = (".xlsx", ".xls", ".csv", ".txt", ".xlsm", ".xlsb", ".ods")
SHOP_SUFFIX = ".db"  # the shop files' own (the 文件 menu's dialogs offer *.db)


def import_paths(mime: QMimeData | None) -> list[Path]:
    """The local files in a drag that the import can read, in the order they were dragged."""
    if mime is None or not mime.hasUrls():
        return []
    paths = []
    for url in mime.urls():
        if url.isLocalFile():
            path = Path(url.toLocalFile())
            if path.suffix.lower() in IMPORT_SUFFIXES:
                paths.append(path)
    return paths


def shop_file(mime: QMimeData | None) -> Path | None:
    """The shop file (.db) dragged alone onto the window, to open in place of the shop open now."""
    if mime is None or not mime.hasUrls() or len(mime.urls()) != 1 or not mime.urls()[0].isLocalFile():
        return None
    path = Path(mime.urls()[0].toLocalFile())
    return path if path.suffix.lower() == SHOP_SUFFIX else None


def accept_drag(event: QDragEnterEvent) -> bool:
    """Accept a drag that carries at least one report file, or one shop file; ignore anything else."""
    if import_paths(event.mimeData()) or shop_file(event.mimeData()) is not None:
        event.acceptProposedAction()
        return True
    event.ignore()
    return False


def take_drop(event: QDropEvent) -> list[Path]:
    paths = import_paths(event.mimeData())
    if paths:
        event.acceptProposedAction()
    else:
        event.ignore()
    return paths
