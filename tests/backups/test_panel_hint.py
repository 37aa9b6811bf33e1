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


def test_an_empty_list_says_there_is_no_backup_yet_and_how_to_make_one(qtbot, shop):
    """A new shop has no backup (an empty file is not backed up): the list stood blank, saying nothing."""
    from app import backups
    from ui.widgets.backup_panel import BackupPanel

    panel = BackupPanel(shop)
    qtbot.addWidget(panel)
    panel.refresh()
    assert panel.none_yet.isVisibleTo(panel) and "还没有备份" in panel.none_yet.text()
    assert "立即备份" in panel.none_yet.text() and not panel.table.isVisibleTo(panel)  # said in the list's place
    backups.backup_path(shop.store.path, "manual")
    panel.refresh()
    assert not panel.none_yet.isVisibleTo(panel) and panel.table.isVisibleTo(panel)
