"""What the office TV paints, read from its painter: the texts it draws into boxes, in order."""

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter

import ui.tv_mode


def record_tv_texts(monkeypatch) -> list[str]:
    """A list the TV's texts are appended to as it paints from now on."""
    texts: list[str] = []

    class RecordingPainter(QPainter):
        def drawText(self, *args):
            if len(args) == 3 and isinstance(args[0], QRectF) and isinstance(args[2], str):
                texts.append(args[2])
            return super().drawText(*args)

    monkeypatch.setattr(ui.tv_mode, "QPainter", RecordingPainter)
    return texts
