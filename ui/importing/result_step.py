"""Last step of the import wizard: what was written and what was skipped."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from app import i18n
from app.clock import shown_stamp
from app.errors import UserError
from app.i18n import joined
from app.importing import ImportPlan
from app.metrics import MetricRegistry
from app.periods import parse_period


class ResultStep(QWidget):
    def __init__(self, metrics: MetricRegistry, parent: QWidget | None = None):
        super().__init__(parent)
        self.metrics = metrics
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.details, 1)

    def show_working(self, plan: ImportPlan) -> None:
        self.heading.setText(i18n.fill(self.tr("正在写入 {n} 个文件的数据…"), n=len({f.path for f in plan.files})))
        self.details.setPlainText(self.tr("所有文件在一次操作中写入：要么全部写入，要么（取消或出错时）什么都不写。"))

    def show_done(self, plan: ImportPlan, import_id: int) -> None:
        self.heading.setText(self.tr("导入完成（第 {id} 次导入）").format(id=import_id))
        self.details.setPlainText("\n".join(self.describe(plan)))

    def show_repeat(self, plan: ImportPlan) -> None:
        """The files were imported before and nothing changed: no import was recorded."""
        self.heading.setText(self.tr("内容没有变化，没有写入"))
        earlier = [self.tr("第 {id} 次导入「{name}」（{at}）").format(id=i, name=plan.repeats_listed.get(i, name),
                                                                     at=shown_stamp(at))
                   for i, name, at in plan.repeats]
        self.details.setPlainText(self.tr("这些文件已由{earlier}导入，数据和现在的一样。\n这次没有写入任何数据，"
                                          "也没有新增导入记录或备份。").format(earlier=joined(earlier)))

    def describe(self, plan: ImportPlan) -> list[str]:
        total = plan.totals()
        lines = [i18n.fill(self.tr("写入：新增 {new} 行，修改 {changed} 行；未变 {unchanged} 行。"), **total)]
        skipped = [i18n.fill(self.tr("跳过：{n} 行（合计行、空行和选择跳过的客服）"), n=total["skipped"])] \
            if total["skipped"] else []
        if total["errors"]:
            skipped.append(i18n.fill(self.tr("有错误、未导入：{n} 行（见下面的列表）"), n=total["errors"]))
        lines += skipped or [self.tr("没有跳过任何行。")]
        lines.append("")
        for f in plan.files:
            c = f.counts()
            lines.append(self.tr("{file}：新增 {new}，修改 {changed}，未变 {unchanged}，跳过 {skipped}，出错 {errors}")
                         .format(file=f.name, **c))
            lines += ["    " + said for said in f.skipped_said()]
        options = plan.options
        created = [s.name for s in plan.stand_ins.values()] if options.create_staff else []
        if created:
            lines.append(self.tr("新建的员工（入职日期记为各自在报表中的第一天，可在员工页修改）：{names}").format(names=joined(created)))
        lines += [move.message() for move in plan.hire_moves]
        if options.staff_map:
            names = {**plan.staff_names}
            pairs = [self.tr("{alias} → {name}").format(alias=alias, name=names.get(sid, f"#{sid}"))
                     for alias, sid in options.staff_map.items()]
            lines.append(self.tr("记住的子账号：{pairs}").format(pairs=joined(pairs)))
        if options.skip_staff:
            lines.append(self.tr("跳过的客服：{names}").format(names=joined(sorted(options.skip_staff))))
        if plan.skips_remembered:
            lines.append(self.tr("以后导入也跳过：{names}（设置为不导入的账号，可在「设置 → 导入」里恢复导入）").format(
                names=joined(sorted(plan.skips_remembered))))
        if given := plan.skips_given_to_staff():
            lines.append(self.tr("没有设置为不导入：{names}（导入时已是员工的姓名或子账号，以后导入计入员工）").format(
                names=joined(given)))
        if said := plan.set_not_imported_said():
            lines.append(self.tr("{said}（可在「设置 → 导入」里恢复导入）").format(said=said))
        if options.column_map:  # those set to be ignored for good too: the choice the owner may want to undo
            pairs = [self.tr("{header} → {metric}").format(header=h, metric=self._metric_name(m) if m else self.tr("忽略"))
                     for h, m in options.column_map.items()]
            lines.append(self.tr("记住的列：{pairs}（可在「设置 → 导入」里修改或忘记）").format(pairs=joined(pairs)))
        if plan.approved:
            lines.append(self.tr("评奖已批准的期间 {periods} 的数据有变，评奖结果已标记为“批准后数据有变”。")
                         .format(periods=joined(parse_period(key).shown_label() for key in plan.approved)))
        errors = [e for e in plan.errors if e.row is not None]
        if errors:
            lines.append("")
            lines.append(self.tr("跳过的出错行："))
            lines += ["    " + e.message() for e in errors[:200]]
            if len(errors) > 200:
                lines.append(self.tr("    ……另有 {n} 处").format(n=len(errors) - 200))
        return lines

    def _metric_name(self, key: str) -> str:
        try:
            return self.metrics.get(key).shown_name
        except UserError:
            return key
