"""The 证书 page's preview pane: a certificate drawn as it will print, or a line saying what to do next."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QLabel

from app.certificates import glyphs
from app.certificates.model import Options
from app.certificates.render import first_sheet_box, page_size
from ui.dialogs.certificate_print import render_page

PREVIEW_DPI = 110


def rendered_certificate(pdf: Path, chosen: Options, template: str) -> QImage:
    """The previewed certificate as an image: the page, or for cards the card alone (drawn finer), so a card
    is not a small corner of an empty sheet."""
    box = first_sheet_box(chosen, template)
    if box is None:
        return render_page(pdf, 0, PREVIEW_DPI)
    width, height = page_size(chosen, template)
    scale = PREVIEW_DPI * width / box.w / 72  # the card as wide as a whole page would be
    image = render_page(pdf, 0, scale * 72)
    return image.copy(QRect(round(box.x * scale), round((height - box.top) * scale), round(box.w * scale),
                            round(box.h * scale)))


class PreviewPane(QLabel):
    def __init__(self):
        super().__init__(alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setMinimumSize(320, 200)  # 200 high: the page fits 1366×768 at 150 % scaling (432 inside)
        self.setMargin(24)  # the placeholder's lines keep off the pane's edges
        self.setStyleSheet("background: #e8e8e8; color: #4a4a4a;")  # its own light ground: dark text
        self._image: QImage | None = None  # the page as rendered, scaled again when the pane resizes

    def show_text(self, text: str) -> None:
        self._image = None
        self.setText(text)

    def show_coming(self) -> None:
        """A certificate is chosen and its preview is being drawn: said at once, so the pane never tells the owner
        there is nothing to print beside a list of certificates (the shown one stays until the next is drawn)."""
        if self._image is None:
            self.show_text(self.tr("正在准备预览…"))

    def fonts_ready(self) -> bool:
        """The certificates' fonts are read. Until then (the first preview of a session: about a second) they are
        read in the background, and the pane says the preview is coming instead of the window freezing."""
        if glyphs.loaded():
            return True
        if not glyphs.read_in_background().is_alive():  # it stopped short (an error): the preview reads them and says it
            return True
        self.show_coming()
        return False

    def show_image(self, image: QImage) -> None:
        self._image = image
        self._fit()

    def resizeEvent(self, event) -> None:
        """The preview follows its pane (a maximised window, the splitter dragged) without drawing again."""
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        if self._image is not None:
            self.setPixmap(QPixmap.fromImage(self._image).scaled(
                self.contentsRect().size(), Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation))
