"""帮助 → 使用指南 (F1): the user guide, docs/guide/*.md, in a window of its own, offline.

Qt reads the chapters' Markdown itself (`QTextBrowser.setSource` on a .md file); relative links and pictures
resolve against the chapter's folder. Markdown leaves two things out, added after each load: headings get the
anchor names GitHub gives them (so 第一次使用.md#数据文件放在哪里 scrolls to its heading), and pictures get a
width no wider than the view (the screenshots are 1200 pixels wide). Imported only when the guide is opened.

The window keeps its size, place and contents' width, and the place last read (chapter and the text at the top of
the view), in the window's QSettings when it is hidden. F1 still opens the chapter about the page on show: at the
place last read when that is the same chapter, else with a 继续阅读 button back to it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QByteArray, QPoint, QSettings, QSize, Qt, QUrl, Signal
from PySide6.QtGui import (
    QDesktopServices,
    QHideEvent,
    QKeyEvent,
    QPixmap,
    QResizeEvent,
    QShowEvent,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app import i18n
from app.resources import guide_path
from ui.window_geometry import available_geometry, fit_geometry

CONTENTS = "README.md"  # the guide's table of contents: its numbered list gives the chapters' order
WEB_SCHEMES = ("http", "https", "mailto")
open_url = QDesktopServices.openUrl  # replaced in tests
DEFAULT_SIZE = QSize(1000, 720)


@dataclass(frozen=True)
class Chapter:
    title: str
    file: str  # its name in docs/guide


def chapters(folder: Path | None = None) -> list[Chapter]:
    """The contents page first, then the chapters in the order its numbered list gives them."""
    folder = folder or guide_path()
    text = (folder / CONTENTS).read_text(encoding="utf-8")
    title = re.search(r"^#\s+(.+)$", text, re.MULTILINE)
    listed = re.findall(r"^\d+\.\s+\[([^\]]+)\]\(([^)#]+\.md)\)", text, re.MULTILINE)
    return [Chapter(title.group(1).strip() if title else CONTENTS, CONTENTS)] + [
        Chapter(name, file) for name, file in listed]


def anchor_name(heading: str) -> str:
    """The anchor GitHub gives a heading: lower case, punctuation (full-width too) dropped, spaces as '-'."""
    kept = "".join(c for c in heading.strip().lower() if c.isalnum() or c in " -_")
    return kept.replace(" ", "-")


def pictures(document: QTextDocument) -> list[tuple[int, int, str]]:
    """(position, length, name) of each picture in the document."""
    found = []
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.charFormat().isImageFormat():
                found.append((fragment.position(), fragment.length(), fragment.charFormat().toImageFormat().name()))
            it += 1
        block = block.next()
    return found


def name_headings(document: QTextDocument) -> None:
    """Give each heading its GitHub anchor name, so a link's #fragment finds it."""
    cursor = QTextCursor(document)
    block = document.begin()
    while block.isValid():
        if block.blockFormat().headingLevel() > 0 and block.length() > 1:
            anchor = QTextCharFormat()
            anchor.setAnchor(True)
            anchor.setAnchorNames([anchor_name(block.text())])
            cursor.setPosition(block.position())
            cursor.setPosition(block.position() + block.length() - 1, QTextCursor.MoveMode.KeepAnchor)
            cursor.mergeCharFormat(anchor)
        block = block.next()


class GuideBrowser(QTextBrowser):
    """A chapter: links to other chapters open here (with 后退), web links in the system's browser."""

    linkMissing = Signal(str)  # a link to nothing there: the link

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setOpenLinks(False)  # every link goes through follow()
        self.anchorClicked.connect(self.follow)
        self.sourceChanged.connect(self._prepare)
        # the scroll bar always there: pictures fitted to the width never make it come and go
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self._originals: dict[str, QPixmap] = {}  # the chapter's pictures as their files hold them, by path

    def picture_width(self) -> int:
        return self.viewport().width() - 2 * int(self.document().documentMargin()) - 4

    def _prepare(self, url: QUrl) -> None:
        document = self.document()
        document.setUndoRedoEnabled(False)  # the changes below are no edits to take back
        name_headings(document)
        self.fit_pictures()
        if url.hasFragment():
            self.scrollToAnchor(url.fragment())

    def picture_file(self, name: str) -> Path:
        return Path(self.document().baseUrl().resolved(QUrl(name)).toLocalFile())

    def fit_pictures(self) -> None:
        """Show each picture at its own size, or scaled down (smoothly: Qt's own scaling drops pixels, and
        the screenshots' small text with them) to the view's width when it is wider."""
        document = self.document()
        ratio = self.devicePixelRatioF()
        cursor = QTextCursor(document)
        found = pictures(document)
        kept = {str(self.picture_file(name)) for _position, _length, name in found}
        self._originals = {path: pixmap for path, pixmap in self._originals.items() if path in kept}
        for position, length, name in found:
            path = str(self.picture_file(name))
            if path not in self._originals:
                self._originals[path] = QPixmap(path)
            original = self._originals[path]
            if original.isNull():
                continue  # Qt shows its own mark for a missing picture
            natural = original.deviceIndependentSize()
            width = min(natural.width(), max(self.picture_width(), 50))
            height = natural.height() * width / natural.width()
            shown = original
            if width < natural.width():
                shown = original.scaled(round(width * ratio), round(height * ratio),
                                        Qt.AspectRatioMode.IgnoreAspectRatio,
                                        Qt.TransformationMode.SmoothTransformation)
                shown.setDevicePixelRatio(ratio)
            document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), shown)
            cursor.setPosition(position)
            cursor.setPosition(position + length, QTextCursor.MoveMode.KeepAnchor)
            image = cursor.charFormat().toImageFormat()
            image.setWidth(width)
            image.setHeight(height)
            cursor.setCharFormat(image)

    def follow(self, link: QUrl) -> None:
        target = self.source().resolved(link)
        if target.scheme() in WEB_SCHEMES:
            open_url(target)
            return
        path = Path(target.toLocalFile()) if target.isLocalFile() else None
        if path is not None and path.suffix.lower() == ".md" and path.is_file():
            self.setSource(target)
        elif path is not None and path.is_file():
            open_url(target)  # a picture or another file: the system's viewer
        else:
            self.linkMissing.emit(link.toString())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.fit_pictures()

    def top_position(self) -> int:
        """Where the text at the top of the view is in the document (a character position: it stays where the
        reader was when the window is wider or narrower, unlike a scroll bar's value)."""
        return self.cursorForPosition(QPoint(0, 0)).position()

    def scroll_to_position(self, position: int) -> None:
        cursor = QTextCursor(self.document())
        cursor.setPosition(min(max(position, 0), self.document().characterCount() - 1))
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() + self.cursorRect(cursor).top())


class GuideWindow(QWidget):
    """The contents on the left (with a search box), the chapter on the right. One per main window."""

    def __init__(self, parent: QWidget | None = None, folder: Path | None = None, settings: QSettings | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.folder = folder or guide_path()
        self.settings = settings if settings is not None else QSettings()
        self.last_read: tuple[str, int] | None = None  # (chapter, position) read when the window was last hidden
        self.setWindowTitle(self.tr("红花榜使用指南"))
        self._texts: dict[str, str] = {}

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("搜索（回车找下一处）"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("搜索使用指南"))  # a screen reader does not say a placeholder
        self.search.textChanged.connect(self.filter_chapters)
        self.search.returnPressed.connect(self.find_next)
        self.contents = QListWidget()
        self.contents.setAccessibleName(self.tr("目录"))
        self.contents.currentItemChanged.connect(self._on_contents)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.contents, 1)

        self.back_button = QPushButton(self.tr("← 后退"))
        self.back_button.setEnabled(False)
        self.resume_button = QPushButton()  # back to the place last read, when F1 opened another chapter
        self.resume_button.clicked.connect(self.resume_reading)
        self.resume_button.hide()
        self.note = QLabel(self.tr("使用指南只有中文版。"))
        self.note.setVisible(i18n.language() != "zh")
        self.browser = GuideBrowser()
        self.browser.setAccessibleName(self.tr("使用指南"))
        self.browser.backwardAvailable.connect(self.back_button.setEnabled)
        self.back_button.clicked.connect(self.browser.backward)
        self.browser.sourceChanged.connect(self._on_source)
        self.message = QLabel()  # a link leading nowhere, a search finding nothing, the guide not installed
        self.browser.linkMissing.connect(lambda link: self.say(self.tr("找不到链接指向的内容：{link}").format(link=link)))
        self.message.setStyleSheet("color: #b3261e;")
        self.message.setWordWrap(True)
        self.message.hide()
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.resume_button)
        top.addWidget(self.note)
        top.addStretch(1)
        right_layout.addLayout(top)
        right_layout.addWidget(self.browser, 1)
        right_layout.addWidget(self.message)

        self.splitter = QSplitter()
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([200, 800])
        QVBoxLayout(self).addWidget(self.splitter)

        self.chapters: list[Chapter] = []
        if (self.folder / CONTENTS).is_file():
            self.chapters = chapters(self.folder)
        else:
            self.say(self.tr("找不到使用指南（应在 {folder}）。请重新安装红花榜。").format(folder=self.folder))
        for chapter in self.chapters:
            item = QListWidgetItem(chapter.title)
            item.setData(Qt.ItemDataRole.UserRole, chapter.file)
            self.contents.addItem(item)
        self._restore_state()

    # ---- what the window keeps between runs
    def _restore_state(self) -> None:
        geometry = self.settings.value("guide/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty() and self.restoreGeometry(geometry):
            fitted = fit_geometry(self.geometry(), available_geometry(self.geometry().center()))
            if fitted != self.geometry():  # remembered on a bigger or another screen
                self.setGeometry(fitted)
        else:
            self.resize(DEFAULT_SIZE.boundedTo(self.screen().availableGeometry().size() * 0.9))
        splitter = self.settings.value("guide/splitter")
        if isinstance(splitter, QByteArray) and not splitter.isEmpty():
            self.splitter.restoreState(splitter)
        chapter = self.settings.value("guide/chapter", "", type=str)
        if any(c.file == chapter for c in self.chapters):
            self.last_read = (chapter, self.settings.value("guide/position", 0, type=int))
            self.show_chapter(chapter)

    def save_state(self) -> None:
        self.settings.setValue("guide/geometry", self.saveGeometry())
        self.settings.setValue("guide/splitter", self.splitter.saveState())
        shown = self.current_file()
        if shown:  # not a page outside the guide (the README it links to)
            self.last_read = (shown, self.browser.top_position())
            self.settings.setValue("guide/chapter", shown)
            self.settings.setValue("guide/position", self.last_read[1])
        self.settings.sync()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.last_read is None or event.spontaneous():
            return
        chapter, position = self.last_read
        if self.current_file() == chapter:  # laid out now that it is shown: the position has its place
            self.browser.scroll_to_position(position)
            self.last_read = None
        else:
            title = next(c.title for c in self.chapters if c.file == chapter)
            self.resume_button.setText(self.tr("继续阅读「{chapter}」").format(chapter=title))
            self.resume_button.setToolTip(self.tr("回到上次读到的地方"))
            self.resume_button.show()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and not event.modifiers():  # as a dialog: Esc closes it
            self.close()
            return
        super().keyPressEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        if not event.spontaneous():  # closed, or closed with the main window; not minimised
            self.save_state()
        super().hideEvent(event)

    def resume_reading(self) -> None:
        """Back to the chapter and place read when the window was last closed."""
        self.resume_button.hide()
        if self.last_read is None:
            return
        chapter, position = self.last_read
        self.last_read = None
        self.show_chapter(chapter)
        self.browser.scroll_to_position(position)

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # ---- chapters
    def show_chapter(self, file: str) -> None:
        """Open the chapter named `file` (README.md is the contents page)."""
        path = self.folder / file
        if not path.is_file():
            path = self.folder / CONTENTS
        if path.is_file() and self.browser.source().toLocalFile() != str(path):
            self.browser.setSource(QUrl.fromLocalFile(str(path)))

    def current_file(self, source: QUrl | None = None) -> str:
        """The chapter shown (its file name), "" for a page outside the guide."""
        path = Path((source or self.browser.source()).toLocalFile())
        return path.name if path.parent == self.folder else ""

    def _on_contents(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if item is not None:
            self.show_chapter(item.data(Qt.ItemDataRole.UserRole))

    def _on_source(self, url: QUrl) -> None:
        # sourceChanged comes before browser.source() says the new page: the signal's url is the one to read
        if self.chapters:
            self.say("")
        shown = self.current_file(url)
        if self.last_read is not None and self.last_read[0] == shown and self.isVisible():
            self.last_read = None  # reached another way (the contents, a link): its top, as asked
            self.resume_button.hide()
        self.contents.blockSignals(True)
        self.contents.setCurrentRow(next(
            (row for row, chapter in enumerate(self.chapters) if chapter.file == shown), -1))
        self.contents.blockSignals(False)

    # ---- search
    def chapter_text(self, file: str) -> str:
        if file not in self._texts:
            document = QTextDocument()
            document.setMarkdown((self.folder / file).read_text(encoding="utf-8"))
            self._texts[file] = document.toPlainText().lower()
        return self._texts[file]

    def matching(self, text: str) -> list[str]:
        """The chapters (files) whose text holds `text`, in the contents' order."""
        needle = text.strip().lower()
        return [c.file for c in self.chapters if needle and needle in self.chapter_text(c.file)]

    def filter_chapters(self, text: str) -> None:
        """Only the chapters holding the text stay in the contents (all of them for an empty box)."""
        found = set(self.matching(text))
        for row, chapter in enumerate(self.chapters):
            self.contents.item(row).setHidden(bool(text.strip()) and chapter.file not in found)
        if text.strip() and not found:
            self.say(self.tr("使用指南中没有「{text}」。").format(text=text.strip()))
        elif self.chapters:
            self.say("")

    def find_next(self) -> bool:
        """The next place the search text appears: in this chapter after the cursor, else from the top of the
        next chapter holding it (round to the first)."""
        text = self.search.text().strip()
        found = self.matching(text)
        if not found:
            return False
        if self.browser.find(text):
            return True
        shown = self.current_file()
        later = [f for f in found if self._order(f) > self._order(shown)]
        self.show_chapter((later or found)[0])
        self.browser.moveCursor(QTextCursor.MoveOperation.Start)
        return self.browser.find(text)

    def _order(self, file: str) -> int:
        return next((i for i, c in enumerate(self.chapters) if c.file == file), -1)
