"""设置 → 安全: set, change or clear the owner PIN, and what it does and does not protect."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from app.errors import UserError
from app.shop import Shop
from ui import errors
from ui.widgets.error_label import ErrorLabel
from ui.widgets.staged_save import StagedSave, save_alone


class SecurityPanel(QWidget):
    changed = Signal()  # the PIN was set, changed or cleared: the shop may no longer be read-only

    def __init__(self, shop: Shop, parent: QWidget | None = None):
        super().__init__(parent)
        self.shop = shop
        layout = QVBoxLayout(self)
        explain = QLabel(self.tr(
            "设置店主密码后，软件打开时是只读的：看板和小红花可以随便看，但修改目标、数据、导入、事件、小红花、"
            "奖励方案、批准评奖、恢复备份和修改设置都要先输入密码。输错后要等一会儿才能再试。\n"
            "注意：密码不会加密数据文件本身，能拷走数据文件的人仍然可以用其他工具读取它。"
            "忘记了密码，软件里没有办法找回或重设（修改、取消密码和恢复备份都要先输入它）：请把它记在安全的地方。"))
        explain.setWordWrap(True)
        layout.addWidget(explain)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)  # a PIN box, not a page wide
        self.state = QLabel()
        self.current = QLineEdit()
        self.new = QLineEdit()
        self.repeat = QLineEdit()
        for edit in (self.current, self.new, self.repeat):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("状态"), self.state)
        form.addRow(self.tr("当前密码"), self.current)
        form.addRow(self.tr("新密码"), self.new)
        form.addRow(self.tr("再输一次"), self.repeat)
        layout.addLayout(form)
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        self.save_button = QPushButton(self.tr("保存密码"))
        self.save_button.clicked.connect(self.save)
        self.clear_button = QPushButton(self.tr("取消密码"))
        self.clear_button.clicked.connect(lambda: self.clear_pin())
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.refresh()

    def refresh(self) -> None:
        has_pin = self.shop.security.is_set()
        self.state.setText(self.tr("已设置店主密码") if has_pin else self.tr("未设置（任何人都可以修改数据）"))
        self.current.setEnabled(has_pin and self.shop.store.locked)
        self.clear_button.setEnabled(has_pin)

    def _current_given(self) -> bool:
        """A locked shop needs the current PIN to change or clear it: asked for by its field when left empty,
        rather than refused as a wrong PIN (which would also count as a wrong try)."""
        if self.current.isEnabled() and not self.current.text():
            self.error.show_message(self.tr("请先在「当前密码」里输入现在的店主密码"))
            self.current.setFocus()
            return False
        return True

    def pin_typed(self) -> bool:
        """Whether a new PIN was typed and not saved yet."""
        return bool(self.new.text() or self.repeat.text())

    def stage(self) -> StagedSave | None:
        """Check the new PIN: None, with the reason under the fields, when it cannot be set; else how to set it.
        A locked shop's current PIN is checked here, before any form is written: a wrong one is counted whatever
        happens to the others, a right one unlocks the shop for them too."""
        if self.new.text() != self.repeat.text():
            self.error.show_message(self.tr("两次输入的新密码不一样"))
            return None
        if not self._current_given():
            return None
        was_locked, new_pin = self.shop.store.locked, self.new.text()
        try:
            self.shop.security.check_change(new_pin, self.current.text() or None)
        except UserError as e:
            self.error.show_message(e.message)
            return None
        finally:
            if was_locked and not self.shop.store.locked:
                self.changed.emit()  # unlocked: the window's 只读 button goes
        self.error.clear_message()
        return StagedSave(write=lambda: self.shop.security.set_pin(new_pin), saved=self._pin_saved,
                          refused=self.error.show_message)

    def _pin_saved(self) -> None:
        for edit in (self.current, self.new, self.repeat):
            edit.clear()
        self.refresh()
        self.changed.emit()

    def save(self) -> bool:
        """The PIN's 保存: set or change the PIN, or say why not under the fields; what it means in a box."""
        if not save_alone(self.stage()):
            return False
        errors.show_info(self, self.tr("店主密码已保存。下次打开软件时是只读的，修改数据前需要输入密码。"))
        return True

    def clear_pin(self) -> bool:
        """取消密码, once the owner has said yes: a click on it by mistake would leave the shop open to anyone."""
        if not self._current_given():
            return False
        if not errors.confirm(self, self.tr("取消店主密码？\n\n取消后，任何打开软件的人都可以修改目标、数据、奖励方案和设置。"
                                            "以后可以在这里重新设置。"), self.tr("取消店主密码"), yes_text=self.tr("取消密码")):
            return False
        try:
            self.shop.security.clear_pin(self.current.text() or None)
        except UserError as e:
            self.error.show_message(e.message)
            return False
        self.current.clear()
        self.error.clear_message()
        self.refresh()
        self.changed.emit()
        errors.show_info(self, self.tr("店主密码已取消：现在打开软件的人都可以修改数据，不需要密码。"))
        return True
