"""The 备份与恢复 panel's opening words name every action that backs the shop up first."""

from app.backups.files import KINDS, MOVED_ASIDE


def test_the_panels_hint_names_every_action_backed_up_before(qtbot, shop):
    from PySide6.QtWidgets import QLabel

    from ui.widgets.backup_panel import BackupPanel

    panel = BackupPanel(shop)
    qtbot.addWidget(panel)
    hint = next(label.text() for label in panel.findChildren(QLabel) if "自动备份" in label.text())
    before = [label for kind, label in KINDS.items() if label.endswith("前") and kind not in MOVED_ASIDE]
    said = {"升级前": "升级数据文件前", "导入前": "导入写入前", "批准前": "批准评奖前"}
    assert before and all(said.get(label, label) in hint for label in before), hint  # 生成演示数据前 was left out
