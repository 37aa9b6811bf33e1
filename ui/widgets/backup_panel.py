"""设置 → 备份与恢复: back up now (to the backups folder or a chosen file), the list of backups with
date and size, and restore (the window reopens on the restored data, see ui/widgets/backup_guard.py)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import backups, i18n
from app import settings as declared
from app.backups import BackupInfo, preview
from app.backups.files import Keep, copy_name, dropped_by
from app.backups.making import sparing
from app.clock import shown_stamp
from app.errors import HonghuaError
from app.shop import Shop
from ui import errors, tasks
from ui.widgets import backup_guard
from ui.widgets.hint_text import dim_text
from ui.widgets.staged_save import StagedSave, save_alone
from ui.widgets.table_keys import read_only_rows

open_url = QDesktopServices.openUrl  # replaced in tests
KEEP_SETTINGS = (declared.BACKUP_KEEP_LAST, declared.BACKUP_KEEP_DAILY, declared.BACKUP_KEEP_WEEKLY,
                 declared.BACKUP_KEEP_MONTHLY)
KEEP_LABELS = {"backup_keep_last": "最近", "backup_keep_daily": "按天", "backup_keep_weekly": "按周",
               "backup_keep_monthly": "按月"}


class _BackupList(QTableWidget):
    """Asks for the rows of its minimum height, not a table's usual ten, and takes the room left: asked for, they
    count in the tab's height, so a short tab scrolls rather than draw the buttons under it over the list."""

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.minimumHeight())


class BackupPanel(QWidget):
    def __init__(self, shop: Shop, parent: QWidget | None = None):
        super().__init__(parent)
        self.shop = shop
        self.task: tasks.Task | None = None
        self.backups: list[BackupInfo] = []
        hint = QLabel(self.tr(
            "红花榜每天第一次打开时、升级数据文件前、导入写入前、批准评奖前、生成演示数据前和恢复前都会自动备份，"
            "每份备份写完后都做完整性检查。备份保存在数据文件旁边的 backups 文件夹里：默认保留最近 10 份，"
            "以及最近 7 天、4 周、12 个月里每段时间最新的一份（份数可在下方修改）。也可以把备份另存到 U 盘等其他位置。"))
        hint.setWordWrap(True)
        self.folder_label = QLabel()
        self.folder_label.setWordWrap(True)
        self.backup_button = QPushButton(self.tr("立即备份"))
        self.backup_button.clicked.connect(lambda: self.back_up_now())
        self.save_as_button = QPushButton(self.tr("备份到其他位置…"))
        self.save_as_button.clicked.connect(lambda: self.back_up_to())
        self.open_folder_button = QPushButton(self.tr("打开备份文件夹"))
        self.open_folder_button.clicked.connect(lambda: self.open_folder())
        self.none_yet = QLabel(self.tr("还没有备份。店铺里有了数据后，红花榜每天第一次打开时会自动备份；"
                                       "也可以现在点「立即备份」。"))
        self.none_yet.setWordWrap(True)
        self.none_yet.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        dim_text(self.none_yet)
        self.table = _BackupList(0, 4)
        self.table.setAccessibleName(self.tr("备份文件"))
        self.table.setHorizontalHeaderLabels([self.tr("时间"), self.tr("类型"), self.tr("大小"), self.tr("文件")])
        read_only_rows(self.table)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        # three rows: on a laptop the restore buttons and the counts under it stay in view without scrolling the tab
        self.table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.table.setMinimumHeight(self.table.horizontalHeader().sizeHint().height()
                                    + 3 * self.table.verticalHeader().defaultSectionSize() + 2 * self.table.frameWidth())
        self.restore_button = QPushButton(self.tr("恢复所选备份…"))
        self.restore_button.clicked.connect(lambda: self.restore_selected())
        self.restore_file_button = QPushButton(self.tr("从文件恢复…"))
        self.restore_file_button.clicked.connect(lambda: self.restore_from_file())

        self.keep_spins: dict[str, QSpinBox] = {}
        self._shown_keep: dict[str, int] = {}  # the stored counts the spin boxes last showed
        keep_row = QHBoxLayout()
        keep_row.addWidget(QLabel(self.tr("保留份数：")))
        for setting in KEEP_SETTINGS:
            spin = QSpinBox()
            spin.setRange(setting.low, setting.high)
            spin.setToolTip(self.tr(setting.label))
            spin.setAccessibleName(self.tr(setting.label))  # the short label beside it (按天) is not enough to say
            keep_row.addWidget(QLabel(self.tr(KEEP_LABELS[setting.key])))
            keep_row.addWidget(spin)
            self.keep_spins[setting.key] = spin
        self.save_keep_button = QPushButton(self.tr("保存"))
        self.save_keep_button.clicked.connect(self.save_keep)
        keep_row.addWidget(self.save_keep_button)
        keep_row.addStretch(1)

        top = QHBoxLayout()
        for button in (self.backup_button, self.save_as_button, self.open_folder_button):
            top.addWidget(button)
        top.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.restore_button)
        bottom.addWidget(self.restore_file_button)
        bottom.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.folder_label)
        layout.addLayout(top)
        layout.addWidget(self.none_yet, 1)  # in the list's place while it is empty: a laptop's tab does not scroll
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        layout.addLayout(keep_row)
        self._update_buttons()

    # ---- choosing files (replaced in tests)
    def choose_target(self) -> Path | None:
        suggested = str(Path.home() / self.suggested_copy_name(date.today()))
        name, _filter = QFileDialog.getSaveFileName(self, self.tr("备份到"), suggested, self.tr("数据文件 (*.db)"))
        return Path(name) if name else None

    def suggested_copy_name(self, day: date) -> str:
        """Dated, so this week's copy on the USB stick does not replace last week's."""
        return copy_name(self.shop.store.path, day)

    def choose_source(self) -> Path | None:
        name, _filter = QFileDialog.getOpenFileName(self, self.tr("选择要恢复的备份"), str(self.folder()),
                                                    self.tr("数据文件 (*.db);;所有文件 (*)"))
        return Path(name) if name else None

    # ---- loading
    def folder(self) -> Path:
        return self.shop.store.path.parent / "backups"

    def refresh(self) -> None:
        self.folder_label.setText(self.tr("备份文件夹：{folder}").format(folder=self.folder()))
        for setting in KEEP_SETTINGS:
            spin = self.keep_spins[setting.key]
            if spin.value() == self._shown_keep.get(setting.key, spin.value()):  # not a count waiting for 保存
                spin.setValue(int(self.shop.settings.get(setting)))  # type: ignore[arg-type]
                self._shown_keep[setting.key] = spin.value()
        self.backups = backups.list_backups(self.shop.store.path)
        self.table.setRowCount(len(self.backups))
        for r, b in enumerate(self.backups):
            cells = [self._listed_when(b), b.label, backups.human_size(b.size), b.path.name]
            for c, text in enumerate(cells):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.none_yet.setVisible(not self.backups)
        self.table.setVisible(bool(self.backups))
        self._update_buttons()

    @staticmethod
    def _when(backup: BackupInfo) -> str:
        """When a backup was made, as the window writes times (2026年11月2日 21:51)."""
        return shown_stamp(backup.created.isoformat(timespec="minutes"))

    def _listed_when(self, backup: BackupInfo) -> str:
        """When a backup listed was made, with its seconds where another listed was made in the same minute (two
        imports of a minute): the one chosen to restore is told apart in the list and in the question."""
        minute = backup.created.replace(second=0, microsecond=0)
        alike = sum(other.created.replace(second=0, microsecond=0) == minute for other in self.backups)
        return shown_stamp(backup.created.isoformat(timespec="seconds"), seconds=alike > 1)

    def selected(self) -> BackupInfo | None:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        return self.backups[min(rows)] if rows else None

    def _update_buttons(self) -> None:
        busy = self.task is not None and self.task.running
        for button in (self.backup_button, self.save_as_button, self.restore_file_button):
            button.setEnabled(not busy)
        self.restore_button.setEnabled(not busy and self.selected() is not None)

    def keep_changed(self) -> bool:
        """Whether a count was changed and not saved yet."""
        return any(spin.value() != self._shown_keep.get(key) for key, spin in self.keep_spins.items())

    def stage_keep(self) -> StagedSave:
        """How to store the typed rotation counts (the spin boxes take only what the settings accept); counts
        that would delete backups kept now are asked about first, naming how many."""
        counts = [(setting, self.keep_spins[setting.key].value()) for setting in KEEP_SETTINGS]
        return StagedSave(write=lambda: self.shop.settings.set_many(counts), saved=self._keep_stored,
                          refused=lambda message: errors.show_error(self, message), confirm=self._may_drop_backups)

    def _may_drop_backups(self) -> bool:
        if self.shop.store.locked:  # the write is refused for the owner PIN: asked now, it would be asked again
            return True
        stored = Keep(*(int(self.shop.settings.get(setting)) for setting in KEEP_SETTINGS))  # type: ignore[arg-type]
        typed = Keep(*(self.keep_spins[setting.key].value() for setting in KEEP_SETTINGS))
        dropped = dropped_by(self.shop.store.path, stored, typed)
        if not dropped:
            return True
        oldest, newest = self._when(dropped[-1]), self._when(dropped[0])
        if oldest == newest:  # one backup, or several made within the minute: not 「23:06 至 23:06」
            question = i18n.fill(self.tr("按新的保留份数，下次备份时会删除现有的 {n} 份备份（{when}）。保存吗？"),
                                 n=len(dropped), when=newest)
        else:
            question = i18n.fill(self.tr(
                "按新的保留份数，下次备份时会删除现有的 {n} 份备份（{oldest} 至 {newest}）。保存吗？"),
                n=len(dropped), oldest=oldest, newest=newest)
        return errors.confirm(self, question, self.tr("保留份数"), yes_text=self.tr("保存"))

    def _keep_stored(self) -> None:
        self._shown_keep = {key: spin.value() for key, spin in self.keep_spins.items()}

    def save_keep(self) -> bool:
        """The counts' 保存: store the rotation counts (applied at the next backup), said in a box."""
        if not save_alone(self.stage_keep()):
            return False
        errors.show_info(self, self.tr("已保存保留份数，下次备份时按新的份数清理旧备份。"))
        return True

    # ---- backing up (on a worker with its own read-only connection)
    def back_up_now(self) -> tasks.Task:
        """A backup into the backups folder; while the shop is locked (owner PIN) its rotation deletes nothing:
        deleting is a change, as on the command line (`cli.pin.may_delete_backups`)."""
        path, rotate_old = self.shop.store.path, not self.shop.store.locked
        return self._run(lambda _p, _c: backups.backup_path(path, "manual", rotate_old=rotate_old), self._backed_up)

    def back_up_to(self) -> tasks.Task | None:
        target = self.choose_target()
        if target is None:
            return None
        path = self.shop.store.path
        return self._run(lambda _p, _c: (target, backups.copy_path(path, target, make_folder=False)), self._copied)

    def _run(self, work, on_success) -> tasks.Task:  # type: ignore[no-untyped-def]
        self.task = tasks.run_with_progress(self, work, title=self.tr("备份"), label=self.tr("正在备份并检查…"),
                                            on_success=on_success)
        self.task.finished.connect(self._update_buttons)
        self._update_buttons()
        return self.task

    def _backed_up(self, result: object) -> None:
        self.refresh()
        assert isinstance(result, backups.BackupResult)
        text = self.tr("已备份到 {file}（{size}），并通过了完整性检查。").format(
            file=result.info.path, size=backups.human_size(result.info.size))
        for warning in result.warnings:
            text += "\n" + warning
        if not result.rotated:
            text += "\n" + self.tr("店铺现在是只读的：旧备份没有按保留份数删除（删除需要店主密码）。"
                                   "解锁后再备份时，或明天第一次打开时的自动备份会清理它们。")
        errors.show_info(self, text, self.tr("备份完成"))

    def _copied(self, result: object) -> None:
        target, size = result  # type: ignore[misc]
        errors.show_info(self, self.tr("已备份到 {file}（{size}），并通过了完整性检查。").format(
            file=target, size=backups.human_size(size)), self.tr("备份完成"))

    def open_folder(self) -> None:
        folder = self.folder()
        if not folder.is_dir() or not open_url(QUrl.fromLocalFile(str(folder))):
            errors.show_error(self, self.tr("无法打开文件夹 {folder}（可能还没有备份）").format(folder=folder))

    # ---- restoring
    def restore_selected(self) -> bool:
        chosen = self.selected()
        if chosen is None:
            return False
        return self._restore(chosen.path, self.tr("用 {created} 的{kind}备份替换当前的全部数据吗？").format(
            created=self._listed_when(chosen), kind=chosen.label))

    def restore_from_file(self) -> bool:
        source = self.choose_source()
        if source is None:
            return False
        return self._restore(source, self.tr("用 {file} 替换当前的全部数据吗？").format(file=source))

    def _restore(self, source: Path, asked: str) -> bool:
        """Check the chosen file now (nothing changes if it is unusable), confirm, then restart with it. The day's
        backup, made meanwhile by the start-up check's thread, rotates others while the question is open."""
        with sparing(source):
            return self._ask_to_restore(source, asked)

    def _ask_to_restore(self, source: Path, asked: str) -> bool:
        try:
            self.shop.security.require_unlocked()  # a restore replaces all the data: the owner PIN guards it
            # reading a large backup through takes a while: a busy cursor meanwhile, back before any box shows
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                backups.check_source(source, current=self.shop.store.path)  # not the file this window has open
                notes = preview.notes(source, self.shop.store)  # how recent, what it replaces
            finally:
                QApplication.restoreOverrideCursor()
        except HonghuaError as e:
            errors.show_error(self, e.message, self.tr("不能用这个文件恢复"))
            return False
        parts = [asked, i18n.sentences(notes)]
        if self.shop.store.holds_entries():  # an empty shop is not backed up (`restoring._set_aside`): nothing to keep
            parts.append(self.tr("当前数据会先自动备份到备份文件夹，之后也可以再恢复回来。恢复后窗口会重新打开。"))
        else:
            parts.append(self.tr("恢复后窗口会重新打开。"))
        question = "\n\n".join(part for part in parts if part)
        window = self.window()
        unsaved = window.unsaved_changes() if hasattr(window, "unsaved_changes") else []  # the main window's pages
        if unsaved:  # saved now, they would only go into the data being replaced
            question += "\n\n" + "\n".join(window.unsaved_text(unsaved)) + "\n" + self.tr("恢复后这些修改不会保存。")
        if not errors.confirm(self, question, self.tr("恢复备份"), yes_text=self.tr("恢复")):
            return False
        backup_guard.request_restore(source)
        return True
