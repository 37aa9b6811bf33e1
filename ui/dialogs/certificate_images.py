"""印章与签名: the shop's seal, signature and logo for certificates — a preview of each, 选择图片… and 清除.

Each change is saved at once (the service checks the PNG and keeps it in the shop file) and `changed` is
emitted, so the certificate preview behind the dialog updates while it is open.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.certificates.images import KIND_LABELS
from app.certificates.model import IMAGE_KINDS
from app.certificates.service import CertificateService
from app.errors import HonghuaError
from ui.dialogs.common import resize_within_screen, scrolling
from ui.widgets.error_label import ErrorLabel
from ui.widgets.hint_text import dim_text

PREVIEW_SIDE = 120
HINTS = {
    "seal": "盖在日期上。请用透明背景的 PNG。未上传时使用红花荣誉章（装饰图案，不是公章样式）。",
    "signature": "放在店铺名称上方。请用透明背景的 PNG。",
    "logo": "印在现代荣誉证书左侧色带的顶部。",
}
EMPTY = {"seal": "未上传：使用红花荣誉章", "signature": "未上传：不印签名", "logo": "未上传：不印标志"}


def checkerboard(side: int, cell: int = 8) -> QPixmap:
    """A light checkerboard, so a transparent background shows as transparent."""
    board = QPixmap(side, side)
    board.fill(QColor("#ffffff"))
    painter = QPainter(board)
    for y in range(0, side, cell):
        for x in range(0, side, cell):
            if (x // cell + y // cell) % 2:
                painter.fillRect(x, y, cell, cell, QColor("#e3e3e3"))
    painter.end()
    return board


def framed(data: bytes | None, side: int = PREVIEW_SIDE) -> QPixmap | None:
    """The PNG scaled into a square over a checkerboard; None without a picture."""
    if not data:
        return None
    image = QPixmap()
    if not image.loadFromData(data, "PNG"):
        return None
    image = image.scaled(side - 8, side - 8, Qt.AspectRatioMode.KeepAspectRatio,
                         Qt.TransformationMode.SmoothTransformation)
    board = checkerboard(side)
    painter = QPainter(board)
    painter.drawPixmap((side - image.width()) // 2, (side - image.height()) // 2, image)
    painter.end()
    return board


class CertificateImagesDialog(QDialog):
    changed = Signal()

    def __init__(self, service: CertificateService, parent: QWidget | None = None):
        super().__init__(parent)
        self.service = service
        self.setWindowTitle(self.tr("印章与签名"))
        self.previews: dict[str, QLabel] = {}
        self.names: dict[str, QLabel] = {}
        self.choose_buttons: dict[str, QPushButton] = {}
        self.clear_buttons: dict[str, QPushButton] = {}
        images = QWidget()
        grid = QGridLayout(images)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setColumnStretch(2, 1)
        grid.setVerticalSpacing(14)
        grid.setHorizontalSpacing(12)
        for row, kind in enumerate(IMAGE_KINDS):
            label = self.tr(KIND_LABELS[kind])  # "seal", as it also stands inside sentences
            title = QLabel(label[:1].upper() + label[1:])
            title.setStyleSheet("font-weight: bold;")
            preview = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
            preview.setFixedSize(PREVIEW_SIDE, PREVIEW_SIDE)
            preview.setStyleSheet("border: 1px solid #c8c8c8; background: #fafafa; color: #888;")
            name = QLabel(wordWrap=True)
            hint = QLabel(self.tr(HINTS[kind]), wordWrap=True)
            dim_text(hint)
            choose = QPushButton(self.tr("选择图片…"))
            choose.clicked.connect(lambda _checked=False, k=kind: self.choose(k))
            clear = QPushButton(self.tr("清除"))
            clear.clicked.connect(lambda _checked=False, k=kind: self.clear(k))
            # a screen reader says which image each button is for: they are alike in every row
            choose.setAccessibleName(self.tr("{image}：选择图片…").format(image=title.text()))
            clear.setAccessibleName(self.tr("{image}：清除").format(image=title.text()))
            text = QVBoxLayout()
            text.addWidget(title)
            text.addWidget(name)
            text.addWidget(hint)
            text.addStretch(1)
            buttons = QVBoxLayout()
            buttons.addWidget(choose)
            buttons.addWidget(clear)
            buttons.addStretch(1)
            grid.addWidget(preview, row, 0)
            grid.addLayout(text, row, 2)
            grid.addLayout(buttons, row, 3)
            self.previews[kind], self.names[kind] = preview, name
            self.choose_buttons[kind], self.clear_buttons[kind] = choose, clear
        self.message = ErrorLabel()
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scrolling(images), 1)
        layout.addWidget(self.message)
        layout.addWidget(close)
        close.button(QDialogButtonBox.StandardButton.Close).setDefault(True)  # once in the dialog; not 选择图片…, the first button
        self.setMinimumWidth(560)
        self.show_images()
        resize_within_screen(self)

    @classmethod
    def ask(cls, parent: QWidget | None, service: CertificateService, on_change=None) -> None:
        dialog = cls(service, parent)
        if on_change is not None:
            dialog.changed.connect(on_change)
        dialog.exec()

    def show_images(self) -> None:
        images = self.service.images()
        names = self.service.image_names()
        for kind in IMAGE_KINDS:
            pixmap = framed(getattr(images, kind))
            preview = self.previews[kind]
            if pixmap is None:
                preview.clear()
                preview.setText(self.tr("（无）"))
                self.names[kind].setText(self.tr(EMPTY[kind]))
            else:
                preview.setPixmap(pixmap)
                self.names[kind].setText(names.get(kind, ""))
            self.clear_buttons[kind].setEnabled(pixmap is not None)

    def ask_path(self, kind: str) -> Path | None:
        """The PNG to use (tests replace this)."""
        path, _ = QFileDialog.getOpenFileName(self, self.tr("选择{kind}图片").format(kind=self.tr(KIND_LABELS[kind])),
                                              "", self.tr("PNG 图片 (*.png)"))
        return Path(path) if path else None

    def choose(self, kind: str) -> None:
        path = self.ask_path(kind)
        if path is not None:
            self.use_file(kind, path)

    def use_file(self, kind: str, path: str | Path) -> bool:
        """Check and keep this PNG; an error or a warning is shown under the images."""
        refusal, warnings = "", []
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # a 4000-pixel picture takes a second or two
        try:
            warnings = self.service.set_image(kind, path)
        except HonghuaError as e:
            refusal = e.message
        finally:
            QApplication.restoreOverrideCursor()  # before the message: a locked shop's refusal asks for the PIN
        if refusal:
            self.message.setStyleSheet("color: #b3261e; padding: 4px 0;")
            self.message.show_message(refusal)
            return False
        if warnings:
            self.message.setStyleSheet("color: #8a5300; padding: 4px 0;")
            self.message.show_message(self.tr("已保存，但请注意：") + "\n" + "\n".join(warnings))
        else:
            self.message.clear_message()
        self.show_images()
        self.changed.emit()
        return True

    def clear(self, kind: str) -> None:
        try:
            self.service.clear_image(kind)
        except HonghuaError as e:  # a locked shop (owner PIN): offered to unlock, the image kept
            self.message.setStyleSheet("color: #b3261e; padding: 4px 0;")
            self.message.show_message(e.message)
            return
        self.message.clear_message()
        self.show_images()
        self.changed.emit()
