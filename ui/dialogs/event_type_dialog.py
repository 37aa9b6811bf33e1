"""新增事件类型: the shop's own kinds of events (name, positive/negative/neutral, description); 事件类型改名: the
name a type is shown by."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QLineEdit, QWidget

from app.errors import HonghuaError
from app.events import EventType
from app.shop import Shop
from ui.dialogs.rename_dialog import RenameDialog, lay_out

POLARITY_LABELS = {"positive": "正面（加分）", "negative": "负面（扣分）", "neutral": "中性（记录）"}


class EventTypeDialog(QDialog):
    def __init__(self, shop: Shop, parent: QWidget | None = None):
        super().__init__(parent)
        self.shop = shop
        self.saved: EventType | None = None
        self.setWindowTitle(self.tr("新增事件类型"))
        self.setMinimumWidth(400)
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("例如 好评返现、迟到"))
        self.polarity_combo = QComboBox()
        for key, label in POLARITY_LABELS.items():
            self.polarity_combo.addItem(self.tr(label), key)
        self.description_edit = QLineEdit()
        self.description_edit.setPlaceholderText(self.tr("可不填：这类事件是什么、数值和金额表示什么"))
        form = QFormLayout()
        form.addRow(self.tr("名称"), self.name_edit)
        form.addRow(self.tr("性质"), self.polarity_combo)
        form.addRow(self.tr("说明"), self.description_edit)
        self.error_label, self.buttons = lay_out(
            self, form, self.tr("事件类型添加后不能删除，性质也不能再改（只能改名），请先选好。"), self.tr("添加"))

    @classmethod
    def ask(cls, parent: QWidget | None, shop: Shop) -> EventType | None:
        dialog = cls(shop, parent)
        return dialog.saved if dialog.exec() == QDialog.DialogCode.Accepted else None

    def accept(self) -> None:
        try:
            self.saved = self.shop.events.add_type(self.name_edit.text(), str(self.polarity_combo.currentData()),
                                                   self.description_edit.text())
        except HonghuaError as e:
            self.error_label.show_message(e.message)
            return
        super().accept()


class EventTypeNameDialog(RenameDialog):
    """事件类型改名: the name the window, the commands and the plan editor show a type by (a built-in one too)."""

    def __init__(self, shop: Shop, event_type: EventType, parent: QWidget | None = None):
        super().__init__(shop, event_type.label, self.tr("事件类型改名"),
                         self.tr("已登记的事件、奖励方案里按这个类型计算的规则和已批准的结果都不受影响："
                                 "它们记的是类型原来的名称「{name}」，仍然指这个类型。").format(name=event_type.name), parent)
        self.renamed = event_type

    def rename(self, name: str) -> EventType:
        return self.shop.events.rename_type(self.renamed.name, name)
