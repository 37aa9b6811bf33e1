"""The flower ledger as a table: number, dates, issuer, recipient, holder, fact, status (expired and revoked
greyed in the colour the page's palette gives disabled text); the fact's tooltip is the whole fact, the other
cells' the holders and a revocation's reason."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, QObject, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette

from app.flowers import Flower
from app.periods import shown_date
from app.recognition.scheme import CATEGORIES
from ui.models.rows_model import RowsModel

FLOWER_ROLE = Qt.ItemDataRole.UserRole + 1
REASON_COLUMN = 6  # 事实依据
STATUS_TEXT = {"valid": "有效", "expired": "已过期", "revoked": "已撤销"}


class FlowerModel(RowsModel):
    COLUMNS = ("编号", "发放日期", "发放人", "获得人", "持有人", "类别", "事实依据", "有效期至", "状态")
    CONTEXT = "FlowerModel"

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.names: dict[int, str] = {}
        self.today = date.today()
        self.greyed = greyed_text(QGuiApplication.palette())  # until the page hands over its palette

    def set_palette(self, palette: QPalette) -> None:
        """Grey the rows that no longer count as this palette greys disabled text (a dark theme's is lighter)."""
        colour = greyed_text(palette)
        if colour != self.greyed:
            self.greyed = colour
            if self.rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(self.COLUMNS) - 1),
                                      [Qt.ItemDataRole.ForegroundRole])

    def set_flowers(self, flowers: list[Flower], names: dict[int, str], today: date) -> None:
        self.names, self.today = names, today
        self.replace_rows(flowers)

    def status_text(self, flower: Flower) -> str:
        status = self.tr(STATUS_TEXT[flower.status(self.today)])
        if flower.transfers and flower.status(self.today) != "revoked":
            status += self.tr("（已转让）")
        return status

    def holders_text(self, flower: Flower) -> str:
        """Who held the flower, each with the day they got it, and for a transfer the signature and reason."""
        held = [self.tr("{name}（{day} 获得）").format(name=self.names.get(flower.recipient_id, ""),
                                                      day=shown_date(flower.issued))]
        for transfer in flower.transfers:
            how = self.tr("{day} {signed}签名转让").format(day=shown_date(transfer.day), signed=transfer.signed)
            if transfer.reason:
                how = self.tr("{how}：{reason}").format(how=how, reason=transfer.reason)
            held.append(self.tr("{name}（{how}）").format(name=self.names.get(transfer.to_id, ""), how=how))
        return "→ ".join(held)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        flower: Flower | None = self.row_item(index)
        if flower is None:
            return None
        if role == FLOWER_ROLE:
            return flower
        if role == Qt.ItemDataRole.DisplayRole:
            values = (flower.number, shown_date(flower.issued), self.names.get(flower.issuer_id, ""),
                      self.names.get(flower.recipient_id, ""), self.names.get(flower.holder_id, ""),
                      self.tr(flower.category) if flower.category in CATEGORIES else flower.category,
                      flower.reason, shown_date(flower.valid_through), self.status_text(flower))
            return values[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and flower.status(self.today) != "valid":
            return self.greyed
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == REASON_COLUMN:
            return flower.reason  # all of it: the column may be too narrow to show it
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = self.tr("持有记录：{chain}").format(chain=self.holders_text(flower))
            if flower.revoke_reason:
                tip += "\n" + self.tr("撤销原因：{r}").format(r=flower.revoke_reason)
            return tip
        return None


def greyed_text(palette: QPalette) -> QColor:
    return palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
