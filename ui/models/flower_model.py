"""The flower ledger as a table: number, dates, issuer, recipient, holder, fact, status (expired greyed)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QColor

from app.domain import Flower

FLOWER_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_TEXT = {"valid": "有效", "expired": "已过期", "revoked": "已撤销"}


class FlowerModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.flowers: list[Flower] = []
        self.names: dict[int, str] = {}
        self.today = date.today()
        self.headers = [self.tr("编号"), self.tr("发放日期"), self.tr("发放人"), self.tr("获得人"), self.tr("持有人"),
                        self.tr("类别"), self.tr("事实依据"), self.tr("有效期至"), self.tr("状态")]

    def set_flowers(self, flowers: list[Flower], names: dict[int, str], today: date) -> None:
        self.beginResetModel()
        self.flowers, self.names, self.today = flowers, names, today
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.flowers)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def status_text(self, flower: Flower) -> str:
        status = self.tr(STATUS_TEXT[flower.status(self.today)])
        if flower.transfers and flower.status(self.today) != "revoked":
            status += self.tr("（已转让）")
        return status

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.flowers):
            return None
        flower = self.flowers[index.row()]
        if role == FLOWER_ROLE:
            return flower
        if role == Qt.ItemDataRole.DisplayRole:
            values = (flower.number, flower.issued.isoformat(), self.names.get(flower.issuer_id, ""),
                      self.names.get(flower.recipient_id, ""), self.names.get(flower.holder_id, ""), flower.category,
                      flower.reason, flower.valid_through.isoformat(), self.status_text(flower))
            return values[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and flower.status(self.today) != "valid":
            return QColor("#9e9e9e")
        if role == Qt.ItemDataRole.ToolTipRole:
            chain = " → ".join([self.names.get(flower.recipient_id, "")] +
                               [self.names.get(t.to_id, "") for t in flower.transfers])
            tip = self.tr("持有记录：{chain}").format(chain=chain)
            if flower.revoke_reason:
                tip += "\n" + self.tr("撤销原因：{r}").format(r=flower.revoke_reason)
            return tip
        return None
