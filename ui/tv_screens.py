"""The screens the TV can open on (设置 → 看板与小红花 → 电视模式 → 显示在): each connected screen by its name
and size, kept in the shop's settings by name (`app.settings.TV_SCREEN`; "" is the main window's screen)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QComboBox, QWidget

CURRENT = ""  # the screen the main window is on


def _tr(text: str) -> str:
    return QCoreApplication.translate("TvScreens", text)


def screen_label(screen: QScreen) -> str:
    """「HDMI-1（1920×1080）」: its name and its size in the screen's own pixels, as the display settings say it."""
    size, ratio = screen.size(), screen.devicePixelRatio()
    return _tr("{name}（{width}×{height}）").format(name=screen.name(), width=round(size.width() * ratio),
                                                  height=round(size.height() * ratio))


def screen_choices(stored: str) -> list[tuple[str, str]]:
    """(label, name) for 「当前屏幕」 and every connected screen; a stored screen not connected now stays a
    choice, so saving the form while the TV is unplugged keeps it."""
    choices = [(_tr("当前屏幕"), CURRENT)]
    names = set()
    for screen in QGuiApplication.screens():
        if screen.name() not in names:  # two screens of one name are one choice: the first is taken
            names.add(screen.name())
            choices.append((screen_label(screen), screen.name()))
    if stored and stored not in names:
        choices.append((_tr("{name}（未连接）").format(name=stored), stored))
    return choices


def chosen_screen(name: str, current: QScreen) -> QScreen:
    """The screen of that name if connected, else `current` (the main window's): a TV unplugged since it was
    chosen must not keep the board from opening."""
    return next((screen for screen in QGuiApplication.screens() if name and screen.name() == name), current)


class ScreenChoice(QComboBox):
    """The screens as they are connected when the list opens (a TV plugged in while 设置 is open is there)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(16)

    def fill(self, chosen: str) -> None:
        self.clear()
        for label, name in screen_choices(chosen):
            self.addItem(label, name)
        self.setCurrentIndex(max(self.findData(chosen), 0))

    def showPopup(self) -> None:
        self.fill(self.currentData() or CURRENT)
        super().showPopup()
