"""The one place that shows error, information and confirmation dialogs, and the crash handler.

Tests set `handler` (see tests/ui/conftest.py) to record messages instead of opening modal boxes:
handler(kind, title, text) -> bool, kind being "error", "info" or "confirm"; the bool answers a
confirmation.
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, qVersion
from PySide6.QtWidgets import QApplication, QWidget

from app import paths
from app.errors import HonghuaError
from app.security import pin_required_message

if TYPE_CHECKING:  # imported where a box is made: PySide6 makes a class, and its enums, when it is first used
    from PySide6.QtWidgets import QDialog, QMessageBox

Handler = Callable[[str, str, str], bool]
handler: Handler | None = None


def _tr(text: str) -> str:
    return QCoreApplication.translate("errors", text)


def _box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # names, facts and paths as typed: 小美<b> is not markup
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)  # paths can be copied
    return box


# Set by the main window: asks for the owner PIN; True when the shop was unlocked.
pin_prompt: Callable[[], bool] | None = None
# Set by the main window: says a failure of the shop file itself (SQLite's error escaping a slot) and returns True;
# False for any other exception, shown as a crash (`ui.file_faults.FileFaults`).
file_fault: Callable[[QWidget | None, BaseException], bool] | None = None


def show_error(parent: QWidget | None, text: str, title: str | None = None) -> None:
    title = title or _tr("出错了")
    if pin_prompt is not None and text == pin_required_message():
        # a write refused by the owner PIN: offer to unlock now instead of only explaining where to click
        if confirm(parent, _tr("此店铺设置了店主密码，修改数据需要先输入密码。现在输入吗？"), _tr("需要店主密码"),
                   yes_text=_tr("输入密码")) and pin_prompt():
            show_info(parent, _tr("已解锁。请再做一次刚才的操作。"))
        return
    if handler is not None:
        handler("error", title, text)
        return
    from PySide6.QtWidgets import QMessageBox

    box = _box(parent, QMessageBox.Icon.Warning, title, text)
    box.addButton(_tr("确定"), QMessageBox.ButtonRole.AcceptRole)
    box.exec()


def show_info(parent: QWidget | None, text: str, title: str | None = None) -> None:
    title = title or _tr("提示")
    if handler is not None:
        handler("info", title, text)
        return
    from PySide6.QtWidgets import QMessageBox

    box = _box(parent, QMessageBox.Icon.Information, title, text)
    box.addButton(_tr("确定"), QMessageBox.ButtonRole.AcceptRole)
    box.exec()


def show_lines(parent: QWidget | None, summary: str, lines: Sequence[str], title: str | None = None) -> None:
    """Information with a list under it (the cells a paste refused): the list scrolls, so the box keeps its
    确定 on the screen however long the list — a message box of 20 wrapped lines was twice the height of a
    1366×768 laptop's screen at 150 %. A handler gets the summary and the lines as one text, as `show_info`'s."""
    title = title or _tr("提示")
    if handler is not None:
        handler("info", title, "\n".join([summary, *lines]))
        return
    lines_dialog(parent, summary, lines, title).exec()


def lines_dialog(parent: QWidget | None, summary: str, lines: Sequence[str], title: str) -> QDialog:
    """The box of `show_lines`, built and sized within the screen, not shown."""
    from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout

    from ui.dialogs.common import resize_within_screen

    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    label = QLabel(summary)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)  # names as typed: 小美<b> is not markup
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    view = QPlainTextEdit("\n".join(lines))
    view.setReadOnly(True)
    view.setTabChangesFocus(True)
    view.setAccessibleName(title)
    buttons = QDialogButtonBox()
    buttons.addButton(_tr("确定"), QDialogButtonBox.ButtonRole.AcceptRole).setDefault(True)
    buttons.accepted.connect(dialog.accept)
    layout = QVBoxLayout(dialog)
    for widget in (label, view, buttons):
        layout.addWidget(widget)
    metrics = view.fontMetrics()
    width = min(max((metrics.horizontalAdvance(line) for line in lines), default=0) + 48, 760)
    needed = metrics.lineSpacing() * (len(lines) + 1) + 2 * view.frameWidth() + 8
    resize_within_screen(dialog, max(width, 420), dialog.sizeHint().height() - view.sizeHint().height() + needed)
    return dialog


def confirm(parent: QWidget | None, text: str, title: str | None = None, *, yes_text: str | None = None) -> bool:
    """Ask a yes/no question; the safe answer (no) is the default."""
    title = title or _tr("请确认")
    if handler is not None:
        return bool(handler("confirm", title, text))
    from PySide6.QtWidgets import QMessageBox

    box = _box(parent, QMessageBox.Icon.Question, title, text)
    yes = box.addButton(yes_text or _tr("确定"), QMessageBox.ButtonRole.AcceptRole)
    no = box.addButton(_tr("取消"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(no)
    box.exec()
    return box.clickedButton() is yes


def choose(parent: QWidget | None, text: str, title: str, options: list[tuple[str, str]], *,
           cancel_text: str | None = None) -> str | None:
    """Ask which of `options` ((key, button text), shown in order) to take; None when the box is closed or
    cancelled (a 取消 button is added, or one saying `cancel_text`). With a handler (tests, runs nobody watches) the question is only
    reported, as kind "choose", and nothing is chosen."""
    if handler is not None:
        handler("choose", title, text)
        return None
    from PySide6.QtWidgets import QMessageBox

    box = _box(parent, QMessageBox.Icon.Question, title, text)
    buttons = {box.addButton(label, QMessageBox.ButtonRole.AcceptRole): key for key, label in options}
    box.setDefaultButton(box.addButton(cancel_text or _tr("取消"), QMessageBox.ButtonRole.RejectRole))
    box.exec()
    return buttons.get(box.clickedButton())


def save_question(parent: QWidget | None, text: str, details: str) -> QMessageBox:
    """The 保存 / 不保存 / 取消 box about changes not saved yet (built, not shown); 取消, the answer of Esc and
    of the box's ×, keeps everything as it is."""
    from PySide6.QtWidgets import QMessageBox

    box = _box(parent, QMessageBox.Icon.Question, _tr("未保存的修改"), text)
    box.setInformativeText(details)
    box.setStandardButtons(QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                           | QMessageBox.StandardButton.Cancel)
    for button, label in ((QMessageBox.StandardButton.Save, _tr("保存")),
                          (QMessageBox.StandardButton.Discard, _tr("不保存")),
                          (QMessageBox.StandardButton.Cancel, _tr("取消"))):
        box.button(button).setText(label)
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    box.setEscapeButton(QMessageBox.StandardButton.Cancel)
    return box


def ask_to_save(parent: QWidget | None, text: str, details: str) -> QMessageBox.StandardButton:
    """Save, Discard or Cancel. With a handler (tests, runs nobody watches) the question is only reported, as
    kind "save", and the answer is Discard: nobody is there to decide, and the closing goes on."""
    from PySide6.QtWidgets import QMessageBox

    if handler is not None:
        handler("save", _tr("未保存的修改"), f"{text}\n{details}")
        return QMessageBox.StandardButton.Discard
    return QMessageBox.StandardButton(save_question(parent, text, details).exec())


def print_instead(kind: str, title: str, text: str) -> bool:
    """The handler for runs without a person at the screen (--exit-after-startup): print, never block on a
    modal box; an error ends the event loop with exit code 1."""
    print(f"{title}: {text}", file=sys.stderr, flush=True)
    if kind == "error" and QCoreApplication.instance() is not None:
        QCoreApplication.exit(1)
    return False


def show_exception(parent: QWidget | None, exc: BaseException) -> None:
    """A message meant for the user is shown as it is; anything else is a bug: log it, say where."""
    if isinstance(exc, HonghuaError):
        show_error(parent, exc.message)
        return
    if file_fault is not None and file_fault(parent, exc):
        return
    log = write_crash_log(type(exc), exc, exc.__traceback__)
    show_error(parent, crash_message(exc, log), _tr("程序出错"))


def crash_message(exc: BaseException, log: Path | None) -> str:
    text = _tr("程序遇到了一个意外错误：{error}\n\n刚才的操作可能没有完成，已保存的数据不受影响。").format(
        error=f"{type(exc).__name__}: {exc}")
    if log is not None:
        text += "\n" + _tr("错误详情已保存到：{path}\n如需帮助，请把这个文件发给技术支持。").format(path=log)
    else:
        text += "\n" + _tr("错误详情无法写入日志文件。")
    return text


def _platform() -> str:
    import platform  # only a crash needs it; not imported at start-up

    return platform.platform()


def write_crash_log(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> Path | None:
    """Write the traceback to logs_dir(); None when the log cannot be written (the dialog still shows)."""
    stamp = datetime.now()
    try:
        folder = paths.logs_dir()
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"crash-{stamp:%Y%m%d-%H%M%S-%f}.log"
        lines = [
            f"time: {stamp.isoformat(timespec='seconds')}",
            f"python: {sys.version.split()[0]}  qt: {qVersion()}  os: {_platform()}",
            "",
            *traceback.format_exception(exc_type, exc, tb),
        ]
        path.write_text("\n".join(lines), encoding="utf-8")
    except OSError as e:
        print(f"cannot write crash log: {e}", file=sys.stderr)
        return None
    return path


def _excepthook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    traceback.print_exception(exc_type, exc, tb)
    parent = QApplication.activeWindow() if QApplication.instance() else None
    show_exception(parent, exc)


def install_excepthook() -> Callable[..., object]:
    """Route uncaught exceptions (e.g. in slots) to a crash log and a dialog; returns the previous hook."""
    previous = sys.excepthook
    sys.excepthook = _excepthook
    return previous
