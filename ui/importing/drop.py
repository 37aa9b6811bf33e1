"""Files dropped on the window: which of them the import reads (workbooks, .csv, Excel's 「Unicode 文本」 .txt)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QDragEnterEvent, QDropEvent

# the files app.importing.readers reads (not imported here: the window loads this module at start-up)
IMPORT_SUFFIXES = (".xlsx", ".xls", ".csv", ".txt", ".xlsm", ".xlsb", ".ods")


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


def accept_drag(event: QDragEnterEvent) -> bool:
    """Accept a drag that carries at least one report file; ignore anything else."""
    if import_paths(event.mimeData()):
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
