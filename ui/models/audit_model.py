"""The audit log, read-only: 时间, 操作人, 操作, 内容."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from app.audit import AuditEntry
from app.clock import shown_stamp
from app.i18n import joined
from ui.models.rows_model import RowsModel
from ui.widgets.search_proxy import SEARCH_ROLE

COLUMNS = ("时间", "操作人", "操作", "内容")

# How each logged action is named on screen; unknown actions fall back to their group, then to the key.
ACTION_LABELS = {
    "staff.add": "新增员工", "staff.edit": "修改员工", "staff.leave": "员工离职", "staff.rehire": "重新入职",
    "staff.remove": "删除误加的员工",
    "department.add": "新建部门", "department.rename": "部门改名", "department.remove": "删除部门",
    "target.set": "设置目标", "target.set_department": "设置部门目标", "target.set_shop": "设置全店目标",
    "target.copy": "复制目标", "target.raise": "调整目标", "target.undo": "撤销目标修改",
    "target.redo": "重做目标修改",
    "data.set": "录入数据", "data.paste": "粘贴数据", "data.undo": "撤销数据修改", "data.redo": "重做数据修改",
    "data.import": "导入数据",
    "event.add": "登记事件", "event.edit": "修改事件", "event.delete": "删除事件", "event_type.add": "新增事件类型",
    "event_type.rename": "事件类型改名",
    "metric.add": "新增指标", "metric.rename": "指标改名", "setting.set": "修改设置", "demo.generate": "生成演示数据",
    "target.paste": "粘贴目标", "import.commit": "导入报表", "import.undo": "撤销导入",
    "import.column_change": "修改记住的列", "import.column_forget": "忘记记住的列",
    "import.account_skip": "设置为不导入的账号", "import.account_restore": "恢复导入的账号",
    "awards.compute": "计算奖励", "awards.approve": "批准奖励", "awards.adjust": "调整奖励",
    "awards.manual_add": "添加手动奖项", "awards.manual_remove": "删除手动奖项",
    "plan.use": "选用方案", "plan.save": "保存方案", "plan.copy": "复制方案", "plan.import": "导入方案",
    "flower.issue": "发小红花", "flower.revoke": "撤销小红花", "flower.transfer": "转让小红花",
    "red_flag.issue": "发小红旗", "red_flag.revoke": "撤销小红旗",
    "certificate.print": "打印证书", "certificate.save_pdf": "保存证书 PDF", "certificate.image": "证书图片",
    "certificate.rename": "证书姓名更新",
    "backup.restore": "从备份恢复", "security.pin_set": "设置店主密码", "security.pin_clear": "取消店主密码",
    "security.wrong_pin": "店主密码输错",
}
GROUP_LABELS = {
    "staff": "员工", "department": "部门", "target": "目标", "data": "数据", "event": "事件",
    "event_type": "事件类型", "metric": "指标", "setting": "设置", "demo": "演示数据",
    "award": "评奖", "awards": "评奖", "plan": "激励方案", "red_flag": "小红旗", "backup": "备份", "security": "密码", "flower": "小红花", "certificate": "证书", "rule": "奖励方案", "import": "导入",
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("AuditTableModel", text)


def action_label(action: str) -> str:
    if action in ACTION_LABELS:
        return _tr(ACTION_LABELS[action])
    group = action.split(".", 1)[0]
    if group in GROUP_LABELS:
        return f"{_tr(GROUP_LABELS[group])}（{action}）"
    return action


def at_label(at: str, seconds: bool = False) -> str:
    """A stored time as the window writes dates (`2026年10月20日 09:15`); nothing for none."""
    return shown_stamp(at, seconds) if at else ""


class AuditTableModel(RowsModel):
    COLUMNS = COLUMNS
    CONTEXT = "AuditTableModel"

    def __init__(self, parent: object = None):
        super().__init__(parent)
        self.names: dict[int, str] = {}

    def set_entries(self, entries: list[AuditEntry], names: dict[int, str] | None = None) -> None:
        """`names`: each person's name as the log shows it, for the rows changing many people's targets or data.
        The same rows and names again (a switch between 设置's tabs refreshes the page) leave the model alone: reset,
        the view fitted its columns to the rows again, a third of a second for a long log."""
        names = names or {}
        if entries == self.rows and names == self.names:
            return
        self.names = names
        self.replace_rows(entries)

    def people(self, e: AuditEntry) -> str:
        """Whom a bulk change changed, which its summary does not say (客服部 全体 6 人…): named in its tooltip
        and found by the search."""
        if not e.people:
            return ""
        return _tr("涉及：{names}").format(names=joined(self.names.get(i, f"#{i}") for i in e.people))

    def entry(self, row: int) -> AuditEntry:
        return self.rows[row]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        e: AuditEntry | None = self.row_item(index)
        if e is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            column = index.column()
            if column == 0:
                return at_label(e.at, seconds=True)
            if column == 1:
                return e.user + (_tr("（用了店主密码）") if e.pin_used else "")
            if column == 2:
                return action_label(e.action)
            if role == Qt.ItemDataRole.ToolTipRole and e.people:
                return e.content() + "\n" + self.people(e)
            return e.content()
        if role == SEARCH_ROLE and index.column() == 3:
            return e.content() + "\n" + self.people(e)
        return None
