"""Whether a label shows its text as typed: drawn as a plain-text label of the same words, place and font draws
it (a name typed as 小美<b> is not markup)."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QLabel


def reads_as_typed(label: QLabel) -> bool:
    QApplication.processEvents()  # laid out for its text
    assert label.isVisible() and label.width() > 1 and label.height() > 1, "a label not on show draws nothing"
    plain = QLabel(label.text(), label.parentWidget(), textFormat=Qt.TextFormat.PlainText,
                   wordWrap=label.wordWrap(), alignment=label.alignment())
    plain.setGeometry(label.geometry())
    try:
        return _drawn(label) == _drawn(plain)
    finally:
        plain.deleteLater()


def _drawn(label: QLabel) -> QImage:
    return label.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
