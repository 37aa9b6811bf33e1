"""编辑方案: a plan's name and description, its rules in order (rule_list.py) and the form of the selected
rule (rule_form.py). 保存 builds the plan file's content and checks it with app.rules.parse_plan (the shop's
metrics): a refused plan shows the message — which rule, which field — under the form, points the list at
that rule and writes nothing; an accepted plan is stored as a new version of the shop's plan."""

from __future__ import annotations

import copy
import re
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLineEdit,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.awards.plans import SaveResult
from app.domain import ROLES
from app.errors import UserError
from app.i18n import t
from app.metrics import DerivedMetric, Metric
from app.periods import period_of_kind
from app.rules.fields import DEDUCTION_IN_FILE
from app.rules.fraction_rates import fraction_rates
from app.rules.kinds import KIND_WORDS
from app.shop import Shop
from ui import errors
from ui.dialogs.common import ok_cancel, resize_within_screen, tab_stop_only_to_scroll
from ui.plans.field_widgets import Lists
from ui.plans.rule_form import RuleForm
from ui.plans.rule_list import RuleList
from ui.plans.specs import PERIODS, field_label, new_rule
from ui.widgets.error_label import ErrorLabel

# how app.rules names a field in its messages: 字段「stages[2].amount」, in English field "stages[2].amount"
# (resources/i18n/en.json)
FIELD = re.compile(r'字段「(?P<zh>[^」]+)」|field "(?P<en>[^"]+)"')
PLAN_LABELS = {"name": "方案名称", "description": "说明"}  # as the boxes above the rules are labelled


def shop_lists(shop: Shop, data: dict) -> Lists:
    shop_metrics = [*shop.metrics.stored, *shop.metrics.derived]
    metrics = [(m.key, m.shown_name) for m in shop_metrics]  # in the window's language
    known = {key for key, _ in metrics}
    for own in (data.get("metrics") or []) + (data.get("derived") or []):  # the plan's own metrics
        if isinstance(own, dict) and isinstance(own.get("key"), str) and own["key"] not in known:
            metrics.append((own["key"], str(own.get("name") or own["key"])))
    roles = list(dict.fromkeys([*ROLES, *(p.role for p in shop.staff.list())]))
    return Lists(metrics, [(e.name, e.label) for e in shop.events.types()], [d.name for d in shop.staff.departments()], roles,
                 shop.staff.renamed_departments(), percent_attrs=shop.events.percent_attributes(),
                 metric_names={m.name: m.key for m in shop_metrics}, money_metrics=money_metrics(shop_metrics, data),
                 own_plans={kind: shop.awards.plans.own_plans(period_of_kind(kind, shop.today).month_list()[0].key(),
                                                              but=data.get("name")) for kind, _word in PERIODS})



def money_metrics(shop_metrics: list[Metric | DerivedMetric], data: dict) -> set[str]:
    """The keys of the metrics counted in yuan: the shop's and the plan's own (a unit of 「yuan」)."""
    own = [m for m in (data.get("metrics") or []) + (data.get("derived") or []) if isinstance(m, dict)]
    return {m.key for m in shop_metrics if m.unit == "yuan"} | {m.get("key") for m in own if m.get("unit") == "yuan"}


def _without_deduction_certificates(data: dict) -> dict:
    """A copy of the plan without `certificate` on its deductions: the form greys 获奖者得奖状 there (no 奖状 is
    printed for a deduction) and leaves it out, so a plan saved while it could be ticked is not read as edited."""
    data = copy.deepcopy(data)
    for rule in data.get("rules") or []:
        if isinstance(rule, dict) and rule.get("pays") == "deduction":
            rule.pop("certificate", None)
    return data


class PlanEditorDialog(QDialog):
    def __init__(self, shop: Shop, data: dict, parent: QWidget | None = None):
        super().__init__(parent)
        self.shop = shop
        self.data = _without_deduction_certificates(data)
        self.original = copy.deepcopy(self.data)
        self.rules: list[dict[str, Any]] = [r for r in self.data.get("rules") or [] if isinstance(r, dict)]
        self.current = -1
        self.saved: SaveResult | None = None
        self.setWindowTitle(self.tr("编辑方案 — {name}").format(name=self.data.get("name") or ""))
        resize_within_screen(self, 1040, 720)

        self.plan_name = QLineEdit(str(self.data.get("name") or ""))
        self.description = QLineEdit(str(self.data.get("description") or ""))
        self.description.setPlaceholderText(self.tr("方案说明（可不填）"))
        for edit in (self.plan_name, self.description):
            edit.setCursorPosition(0)  # a text longer than the box shows its beginning, not its end
        top = QFormLayout()
        top.addRow(self.tr("方案名称"), self.plan_name)
        top.addRow(self.tr("说明"), self.description)

        self.rule_list = RuleList()
        self.form = RuleForm(shop_lists(shop, self.data))
        self.scroll = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        tab_stop_only_to_scroll(scroll)
        splitter = QSplitter()
        splitter.addWidget(self.rule_list)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([300, 740])
        self.error = ErrorLabel()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.error)
        layout.addWidget(ok_cancel(self, self.tr("保存")))

        self.rule_list.list.currentRowChanged.connect(self._row_changed)
        self.rule_list.addRequested.connect(lambda: self.add_rule())
        self.rule_list.moveRequested.connect(self.move_rule)
        self.rule_list.removeRequested.connect(lambda: self.remove_rule())
        self.form.changed.connect(self._form_changed)
        self.rule_list.show_rules(self.rules, -1)
        self.select_rule(0)

    # ---- which rule is shown
    def rule_names(self) -> list[str]:
        self.commit()
        return [str(r.get("name") or "") for r in self.rules]

    def select_rule(self, row: int | str) -> None:
        """Show a rule (by position or by name) in the form."""
        if isinstance(row, str):
            row = next(i for i, r in enumerate(self.rules) if r.get("name") == row)
        if not 0 <= row < len(self.rules) or not self.commit():
            return
        self._show(row)

    def _show(self, row: int) -> None:
        self.current = row
        self.rule_list.select(row)
        self.form.load(self.rules[row])
        self.form.setEnabled(True)

    def commit(self) -> bool:
        """Read the form back into the shown rule; False (message shown) when 高级（JSON） is not valid."""
        if not 0 <= self.current < len(self.rules):
            return True
        try:
            self.rules[self.current] = self.form.rule()
        except UserError as e:
            self.error.show_message(e.message)
            return False
        return True

    def _row_changed(self, row: int) -> None:
        if row == self.current or row < 0:
            return
        if not self.commit():
            self.rule_list.select(self.current)
            return
        self._show(row)

    def _form_changed(self) -> None:
        self.error.clear_message()
        if 0 <= self.current < len(self.rules):
            self.rule_list.set_label(self.current, {"name": self.form.name.text(), "kind": self.form.kind.currentData(),
                                                    "period": self.form.period.currentData()})

    # ---- 添加 / 上移 / 下移 / 删除
    def add_rule(self, kind: str = "manual") -> None:
        if not self.commit():
            return
        names = {str(r.get("name")) for r in self.rules}
        name, n = self.tr("新规则"), 2
        while name in names:
            name, n = self.tr("新规则 {n}").format(n=n), n + 1
        row = self.current + 1 if self.current >= 0 else len(self.rules)
        self.rules.insert(row, new_rule(kind, name))
        self.rule_list.show_rules(self.rules, row)
        self._show(row)

    def move_rule(self, delta: int) -> None:
        row, to = self.current, self.current + delta
        if not (0 <= row < len(self.rules) and 0 <= to < len(self.rules)) or not self.commit():
            return
        self.rules[row], self.rules[to] = self.rules[to], self.rules[row]
        self.current = to
        self.rule_list.show_rules(self.rules, to)

    def remove_rule(self) -> None:
        row = self.current
        if not 0 <= row < len(self.rules):
            return
        name = str(self.rules[row].get("name") or "") or self.form.name.text()
        if not errors.confirm(self, self.tr("从方案中删除规则「{rule}」？保存后才生效。").format(rule=name),
                              self.tr("删除规则"), yes_text=self.tr("删除")):
            return
        del self.rules[row]
        self.current = -1
        if self.rules:
            self.rule_list.show_rules(self.rules, -1)
            self._show(min(row, len(self.rules) - 1))
        else:
            self.rule_list.show_rules(self.rules, -1)
            self.form.setEnabled(False)

    # ---- saving
    def plan_data(self) -> dict[str, Any]:
        """The plan file's content as edited (fields the editor does not show are kept as they were)."""
        data = dict(self.data)
        data["name"] = self.plan_name.text().strip()
        description = self.description.text().strip()
        if description:
            data["description"] = description
        else:
            data.pop("description", None)
        data["rules"] = [copy.deepcopy(r) for r in self.rules]
        return data

    def save(self) -> SaveResult | None:
        """Check and store; on a refusal show why (and the rule) and write nothing."""
        self.error.clear_message()
        if not self.commit():
            return None
        if not self.rules:  # the plan file's check would say 「字段「rules」应为非空列表」
            self.error.show_message(self.tr("方案里还没有规则：请先点「添加规则」，再保存"))
            return None
        data = self.plan_data()
        try:
            if not self.fraction_rates_asked(data):
                return None
            data = self.plan_data()  # with the thresholds the owner had made per cent
            self.saved = self.shop.awards.plans.save_edited(data)
        except UserError as e:
            bad = self.shop.awards.plans.failing_rule(data)
            if bad is not None and bad != self.current:
                self._show(bad)
            self.error.show_message(self._in_form_words(e.message, bad))
            if bad is not None:
                self._show_field(e.message)
            return None
        return self.saved

    def fraction_rates_asked(self, data: dict[str, Any]) -> bool:
        """Ask about each rate's threshold of at most 1 % on a condition nearly everyone meets (0.95 typed for
        95 %): 改为 95% writes it so, 保持 keeps it, 返回修改 (False) shows the rule and saves nothing."""
        for found in fraction_rates(self.shop.awards.plans.check(data)):
            text = self.tr("{said}。您是不是想填 {meant}？").format(said=found.text(), meant=found.meant)
            answer = errors.choose(self, text, self.tr("百分数门槛"), [
                ("percent", self.tr("改为 {meant}").format(meant=found.meant)),
                ("keep", self.tr("保持 {written}").format(written=found.written))], cancel_text=self.tr("返回修改"))
            if answer is None:
                self._show(found.rule_index)
                return False
            if answer == "percent":
                self.rules[found.rule_index][found.field][found.position]["value"] = found.meant_value
                if found.rule_index == self.current:
                    self.form.load(self.rules[self.current])
        return True

    def _show_field(self, message: str) -> None:
        """Scroll the form to the refused field of the rule shown and put the cursor in it: on a small screen the
        form shows its top, far from 「每档」 or 「名次档」."""
        found = FIELD.search(message)
        panel = self.form.panel
        if found is None or panel is None:
            return
        key = re.match(r"\w*", found["zh"] or found["en"]).group()
        field = panel.fields.get(key)
        widget = field.widget if field is not None else self.form.name if key == "name" else None
        if widget is None or not widget.isVisibleTo(self.form):  # a rule just shown is not on screen yet
            return
        widget.setFocus()
        # once the rule just shown has its fields placed (the layout's pending requests come first)
        QTimer.singleShot(0, self, lambda: self.scroll.ensureWidgetVisible(widget))

    def _in_form_words(self, message: str, row: int | None) -> str:
        """A message naming a field by its key in the plan file (字段「stages[2].amount」) names it as the form
        shows it instead (「各档」第 2 行「金额（元）」), and one the file lacks as a box left empty (「分档属性」未填);
        a field the form does not show keeps its key."""
        message = message.replace(t(DEDUCTION_IN_FILE), "")  # the form has 「发放」 to choose, not a file's words
        found = FIELD.search(message)
        if found is None:
            return message
        field = found["zh"] or found["en"]
        if row is None:  # the plan's own fields, above the rules
            where = (PLAN_LABELS[field], None, None) if field in PLAN_LABELS else None
        else:
            where = field_label(KIND_WORDS.get(str(self.rules[row].get("kind")), ""), field)
        if where is None:
            return message
        label, line, column = where
        text = self.tr("「{label}」").format(label=self.tr(label))
        if line is not None:
            text += self.tr("第 {n} 行").format(n=line)
        if column is not None:
            text = self.tr("{where}「{column}」").format(where=text, column=self.tr(column))
        rest = message[found.end():]
        problem = rest.lstrip()  # English puts a space before it
        if problem.startswith(missing := t("缺失")):  # left out of the file: in the form, a box left empty
            rest = rest[:len(rest) - len(problem)] + self.tr("未填") + problem.removeprefix(missing)
        return message[:found.start()] + text + rest

    def accept(self) -> None:
        if self.save() is not None:
            super().accept()

    def edited(self) -> bool:
        """Whether anything differs from the plan as it was opened (an unreadable 高级 box counts)."""
        try:
            rule = self.form.rule() if 0 <= self.current < len(self.rules) else None
        except UserError:
            return True
        data = self.plan_data()
        if rule is not None:
            data["rules"][self.current] = rule
        return data != self.original

    def reject(self) -> None:
        if self.saved is None and self.edited() and not errors.confirm(
                self, self.tr("放弃对方案的修改？"), self.tr("编辑方案"), yes_text=self.tr("放弃修改")):
            return
        super().reject()

    @classmethod
    def ask(cls, parent: QWidget | None, shop: Shop, data: dict) -> SaveResult | None:
        dialog = cls(shop, data, parent)
        return dialog.saved if dialog.exec() == QDialog.DialogCode.Accepted else None
