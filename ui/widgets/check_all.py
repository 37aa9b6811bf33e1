"""全选 for a list of checkable rows: a click ticks them all, or unticks them all when all are ticked, and the box
shows whether all, some or none are ticked — so reprinting one certificate of a long list is two clicks, not one
per row."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QCheckBox, QListWidget, QListWidgetItem


class CheckAll(QCheckBox):
    def __init__(self, rows: QListWidget):
        super().__init__(self.tr("全选"))
        self.setToolTip(self.tr("勾选或取消名单里的全部证书"))
        self._rows: QListWidget | None = rows
        rows.destroyed.connect(self._forget)  # its model's last signals come while the list is being deleted
        # followed once the list's own change is over (a refill emits a signal per row, inside the list's code)
        self._later = QTimer(self, singleShot=True, interval=0)
        self._later.timeout.connect(self._follow)
        rows.itemChanged.connect(lambda _item: self._later.start())
        model = rows.model()
        for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset):
            signal.connect(lambda *_args: self._later.start())
        self._follow()

    def _forget(self) -> None:
        self._rows = None

    def _items(self) -> list[QListWidgetItem]:
        rows = self._rows
        return [] if rows is None else [rows.item(i) for i in range(rows.count())]

    def nextCheckState(self) -> None:
        """A click: all ticked, unless all were."""
        tick = Qt.CheckState.Unchecked if self.checkState() == Qt.CheckState.Checked else Qt.CheckState.Checked
        for item in self._items():
            item.setCheckState(tick)
        self._follow()

    def _follow(self) -> None:
        states = {item.checkState() for item in self._items()}
        self.setEnabled(bool(states))
        self.setCheckState(Qt.CheckState.Checked if states == {Qt.CheckState.Checked} else
                           Qt.CheckState.PartiallyChecked if Qt.CheckState.Checked in states else Qt.CheckState.Unchecked)
