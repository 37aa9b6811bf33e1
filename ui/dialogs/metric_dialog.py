"""新增自定义指标: name, unit, whether higher or lower is better, sum or average over a period; 指标改名: a custom
metric's name corrected."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from app.errors import HonghuaError
from app.metrics import UNITS, Metric
from app.shop import Shop
from ui.dialogs.rename_dialog import RenameDialog, lay_out

UNIT_LABELS = {"yuan": "金额（元）", "count": "个数", "seconds": "秒", "percent": "百分比（%）", "score": "分数",
               "points": "积分"}


class MetricDialog(QDialog):
    def __init__(self, shop: Shop, parent: QWidget | None = None):
        super().__init__(parent)
        self.shop = shop
        self.saved: Metric | None = None
        self.setWindowTitle(self.tr("新增自定义指标"))
        self.setMinimumWidth(400)
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("例如 服务积分、考核得分"))
        self.unit_combo = QComboBox()
        for key in UNITS:
            self.unit_combo.addItem(self.tr(UNIT_LABELS.get(key, key)), key)
        self.unit_combo.setCurrentIndex(self.unit_combo.findData("score"))
        self.direction_combo = QComboBox()
        self.direction_combo.addItem(self.tr("越高越好"), True)
        self.direction_combo.addItem(self.tr("越低越好"), False)
        self.aggregation_combo = QComboBox()
        self.aggregation_combo.addItem(self.tr("求和（月度值 = 每天相加）"), "sum")
        self.aggregation_combo.addItem(self.tr("平均（月度值 = 每天的平均）"), "mean")
        self.decimals_spin = QSpinBox()
        self.decimals_spin.setRange(0, 4)
        self.decimals_spin.setValue(2)
        self.unit_combo.currentIndexChanged.connect(lambda _i: self._unit_changed())
        form = QFormLayout()
        form.addRow(self.tr("名称"), self.name_edit)
        form.addRow(self.tr("单位"), self.unit_combo)
        form.addRow(self.tr("方向"), self.direction_combo)
        form.addRow(self.tr("汇总方式"), self.aggregation_combo)
        form.addRow(self.tr("小数位数"), self.decimals_spin)
        self.error_label, self.buttons = lay_out(
            self, form, self.tr("新指标会出现在「目标」和「数据」页的指标列表中。指标添加后不能删除，单位、方向、"
                                "汇总方式和小数位数也不能再改（只能改名），请先选好。"),
            self.tr("添加"))

    def _unit_changed(self) -> None:
        money = self.unit_combo.currentData() == "yuan"
        if money:
            self.decimals_spin.setValue(2)
        self.decimals_spin.setEnabled(not money)

    @classmethod
    def ask(cls, parent: QWidget | None, shop: Shop) -> Metric | None:
        dialog = cls(shop, parent)
        return dialog.saved if dialog.exec() == QDialog.DialogCode.Accepted else None

    def accept(self) -> None:
        try:
            self.saved = self.shop.metric_service.add_custom(
                self.name_edit.text(), unit=str(self.unit_combo.currentData()),
                higher_is_better=bool(self.direction_combo.currentData()),
                aggregation=str(self.aggregation_combo.currentData()), decimals=self.decimals_spin.value())
        except HonghuaError as e:
            self.error_label.show_message(e.message)
            return
        self.shop.reload_metrics()
        super().accept()


class MetricNameDialog(RenameDialog):
    """指标改名: a custom metric's name, typed again (a typo made when it was added)."""

    def __init__(self, shop: Shop, metric: Metric, parent: QWidget | None = None):
        super().__init__(shop, metric.name, self.tr("指标改名"),
                         self.tr("已有的数据、目标、奖励方案和导入记住的列都跟着改名，不受影响。"), parent)
        self.renamed = metric

    def rename(self, name: str) -> Metric:
        saved = self.shop.metric_service.rename_custom(self.renamed.key, name)
        self.shop.reload_metrics()
        return saved
