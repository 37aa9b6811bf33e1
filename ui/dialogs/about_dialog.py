"""帮助 → 关于红花榜: the version, the shop file (and its folder), the bundled fonts and their licences."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QFont
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import __version__
from app.i18n import joined
from app.resources import resource_path
from app.shop import Shop

open_url = QDesktopServices.openUrl  # replaced in tests
# the libraries the program ships (pyproject's dependencies; a test keeps the two lists alike)
COMPONENTS = ("PySide6 (Qt for Python, LGPL v3), matplotlib, Pillow, reportlab, rl_accel, python-calamine, openpyxl, "
              "charset-normalizer, platformdirs, lunardate, pypdfium2 (PDFium), chinese-calendar")


class AboutDialog(QDialog):
    def __init__(self, shop: Shop, open_folder: Callable[[], object], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("关于红花榜"))
        layout = QVBoxLayout(self)
        self.version = QLabel(self.tr("红花榜 {version}").format(version=__version__))
        font = QFont(self.version.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.version.setFont(font)
        layout.addWidget(self.version)
        layout.addWidget(QLabel(self.tr("淘宝/天猫店铺的客服激励管理。数据只保存在这台电脑上，不需要联网。")))

        layout.addSpacing(8)
        path_label = QLabel(self.tr("数据文件："))
        layout.addWidget(path_label)
        row = QHBoxLayout()
        self.path = QLineEdit(str(shop.store.path))  # selectable, and a long path does not widen the dialog
        path_label.setBuddy(self.path)
        self.path.setReadOnly(True)
        self.path.setCursorPosition(0)
        self.path.setMinimumWidth(380)
        row.addWidget(self.path, 1)
        self.open_folder = QPushButton(self.tr("打开所在文件夹"))
        self.open_folder.clicked.connect(open_folder)
        row.addWidget(self.open_folder)
        layout.addLayout(row)

        layout.addSpacing(8)
        links = joined([self._licence_link("Noto Sans SC", "NotoSansSC-OFL.txt"),
                        self._licence_link(self.tr("霞鹜文楷（LXGW WenKai）"), "LXGWWenKai-LICENSE.txt")])
        self.fonts = QLabel(self.tr(
            "随软件提供的字体 {fonts} 按 SIL Open Font License 1.1 发布：可以随软件免费分发，不能单独出售。"
            "点字体名称查看许可证全文。").format(fonts=links))
        self.fonts.setWordWrap(True)
        self.fonts.linkActivated.connect(lambda href: open_url(QUrl(href)))
        layout.addWidget(self.fonts)
        self.components = QLabel(self.tr(
            "使用的开源组件：{components}，各自按其许可证发布。").format(components=COMPONENTS))
        self.components.setWordWrap(True)
        layout.addWidget(self.components)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        about_qt = buttons.addButton(self.tr("关于 Qt"), QDialogButtonBox.ButtonRole.HelpRole)
        about_qt.clicked.connect(lambda: QApplication.aboutQt())
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        buttons.button(QDialogButtonBox.StandardButton.Close).setDefault(True)  # once in the dialog; not 打开所在文件夹

    @staticmethod
    def _licence_link(name: str, licence_file: str) -> str:
        """The font's name, linked to its licence's text (resources/fonts)."""
        url = QUrl.fromLocalFile(str(resource_path("fonts", licence_file))).toString()
        return f'<a href="{escape(url)}">{escape(name)}</a>'

    @classmethod
    def ask(cls, parent: QWidget | None, shop: Shop, open_folder: Callable[[], object]) -> None:
        cls(shop, open_folder, parent).exec()
