"""The form of one rule: what every rule has (name = the award title, kind, period, what it pays, item,
certificate, who is eligible, note), the kind's own fields (kind_panel.py) and 高级（JSON） for the
fields the form does not show. `load(rule)` shows a rule of a plan file; `rule()` reads it back."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.i18n import joined
from app.rules.fields import Fields
from app.rules.kinds import KIND_WORDS, KINDS
from app.rules.per_event import parse_filter
from ui.plans.field_widgets import Lists, fill_choices, select_data
from ui.plans.kind_panel import KindPanel
from ui.plans.specs import (
    ACTIVE,
    COMMON_KEYS,
    KIND_NAMES,
    KIND_ORDER,
    PAYS,
    PERIODS,
    RECIPIENTS,
    kind_keys,
    new_rule,
)
from ui.plans.values import from_json, split_names, to_json
from ui.widgets.hint_text import dim_text


class RuleForm(QWidget):
    changed = Signal()  # name, kind, period or pays changed (the rule list shows them)

    def __init__(self, lists: Lists, parent: QWidget | None = None):
        super().__init__(parent)
        self.lists = lists
        self.panel: KindPanel | None = None
        self._loading = False
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("奖项名称，如 最佳服务奖"))
        self.kind = QComboBox()
        for key in KIND_ORDER:
            self.kind.addItem(self.tr(KIND_NAMES[key]), key)
        self.period = QComboBox()
        fill_choices(self.period, PERIODS, self)
        self.pays = QComboBox()
        self.item = QLineEdit()
        self.item.setPlaceholderText(self.tr("实物或物品的名称，如 奖品、生日蛋糕"))
        self.certificate = QCheckBox(self.tr("获奖者得奖状"))
        self.departments = QLineEdit()
        self.departments.setPlaceholderText(self.tr("不填：全部部门"))
        self.departments.setToolTip(self.tr("用顿号分隔。本店部门：{names}").format(
            names="、".join(lists.departments) or self.tr("（无）")))
        self.departments_renamed = dim_text(QLabel())  # 适用部门：客服一部（原名 客服部）
        self.departments_renamed.setWordWrap(True)
        self.departments_renamed.hide()
        self.departments_own_plan = QLabel()  # 售后部有自己的方案「…」：这条规则不会发给售后部的人
        self.departments_own_plan.setWordWrap(True)
        self.departments_own_plan.hide()
        self.departments_unknown = _note()  # 本店还没有部门「美工」…: a typo pays nobody there
        self.departments.textChanged.connect(lambda _t: self._say_what_the_departments_mean())
        self.roles = QLineEdit()
        self.roles.setPlaceholderText(self.tr("不填：全部岗位"))
        self.roles.setToolTip(self.tr("用顿号分隔。岗位：{names}").format(names="、".join(lists.roles)))
        self.roles_unknown = _note()
        self.roles.textChanged.connect(lambda _t: self._say_roles_nobody_has())
        self.active = QComboBox()
        fill_choices(self.active, ACTIVE, self)
        self.min_days = QSpinBox()
        self.min_days.setRange(0, 366)
        self.min_days.setSuffix(self.tr(" 天"))
        self.min_days.setSpecialValueText(self.tr("不限"))
        self.min_days.setToolTip(self.tr("期间内在职不足这些天的人不参加这条规则（如季度排名：在职满 30 天）"))
        self.recipient = QComboBox()
        fill_choices(self.recipient, RECIPIENTS, self)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("给评审的人看的说明（可不填）"))

        common = self._group(self.tr("奖项"), (
            (self.tr("名称"), self.name), (self.tr("类型"), self.kind), (self.tr("期间"), self.period),
            (self.tr("发放"), self.pays), (self.tr("物品"), self.item), ("", self.certificate)))
        scope = self._group(self.tr("谁可以得"), (
            (self.tr("适用部门"), self.departments), ("", self.departments_renamed), ("", self.departments_own_plan),
            ("", self.departments_unknown), (self.tr("适用岗位"), self.roles), ("", self.roles_unknown),
            (self.tr("在职要求"), self.active), (self.tr("至少在职"), self.min_days), (self.tr("发给"), self.recipient),
            (self.tr("说明"), self.note)))
        self.kind_box = QGroupBox()
        self.kind_layout = QVBoxLayout(self.kind_box)
        self.kind_title = heading("")
        self.kind_layout.addWidget(self.kind_title)
        self.advanced_box = QGroupBox()
        self.advanced = QPlainTextEdit()
        self.advanced.setPlaceholderText(self.tr("表单里没有的字段，如 where、qualify、unless（JSON 对象）"))
        self.advanced.setFixedHeight(self.advanced.fontMetrics().lineSpacing() * 5 + 12)
        self.advanced.setTabChangesFocus(True)  # Tab goes on to the next field instead of typing a tab
        advanced = QVBoxLayout(self.advanced_box)
        advanced_title = heading(self.tr("高级（JSON）"))
        advanced_title.setBuddy(self.advanced)  # what a screen reader says for the box
        advanced.addWidget(advanced_title)
        advanced.addWidget(self.advanced)
        self.advanced_words = QLabel()  # the 高级 attribute filter said in words: where is JSON with the events' keys
        self.advanced_words.setWordWrap(True)
        dim_text(self.advanced_words)
        advanced.addWidget(self.advanced_words)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)  # the scroll area never squeezes it
        layout.addWidget(common)
        layout.addWidget(self.kind_box)
        layout.addWidget(scope)
        layout.addWidget(self.advanced_box)
        layout.addStretch(1)

        self.kind.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self.pays.currentIndexChanged.connect(lambda _i: self._pays_changed())
        for edit in (self.name,):
            edit.textChanged.connect(lambda _t: self._changed())
        self.period.currentIndexChanged.connect(lambda _i: self._changed())
        self.period.currentIndexChanged.connect(lambda _i: self._say_what_the_departments_mean())
        self.recipient.currentIndexChanged.connect(lambda _i: self._recipient_changed())
        self.advanced.textChanged.connect(self._say_the_filter)

    def _recipient_changed(self) -> None:
        """A rule whose winner is a department reads no one's role or days on the team: those boxes would do
        nothing (至少在职 30 天 on 优秀部门)."""
        for_people = self.recipient.currentData() != "department"
        for box in (self.roles, self.active, self.min_days):
            box.setEnabled(for_people)

    @staticmethod
    def _group(title: str, rows: tuple[tuple[str, QWidget], ...]) -> QGroupBox:
        box = QGroupBox()
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(heading(title))
        for label, widget in rows:
            form.addRow(label, widget)
        return box

    # ---- showing a rule
    def load(self, rule: dict) -> None:
        self._loading = True
        try:
            kind = KIND_WORDS.get(str(rule.get("kind", "")), "manual")
            self.name.setText(str(rule.get("name") or ""))
            select_data(self.kind, kind)
            self._fill_pays(kind)
            select_data(self.period, rule.get("period") or "month")
            select_data(self.pays, rule.get("pays") or KINDS[kind].PAYS[0])
            self.item.setText(str(rule.get("item") or ""))
            self.certificate.setChecked(rule.get("certificate") is True)
            eligible = rule.get("eligible") if isinstance(rule.get("eligible"), dict) else {}
            self.departments.setText("、".join(_names(eligible.get("departments"))))
            self.roles.setText("、".join(_names(eligible.get("roles"))))
            self._name_default_active(kind)
            select_data(self.active, rule.get("active") or "")
            days = rule.get("min_days")
            whole_days = isinstance(days, int) and not isinstance(days, bool) and 0 <= days <= self.min_days.maximum()
            self.min_days.setValue(days if whole_days else 0)
            select_data(self.recipient, rule.get("recipient") or "staff")
            self._recipient_changed()
            self.recipient.setEnabled(len(KINDS[kind].RECIPIENTS) > 1 or rule.get("recipient") not in (None, "staff"))
            self.note.setText(str(rule.get("note") or ""))
            self._build_panel(kind)
            assert self.panel is not None
            taken = self.panel.load(rule)
            taken.update(COMMON_KEYS)
            if not _plain_eligible(rule.get("eligible")):
                taken.discard("eligible")
            if "min_days" in rule and not whole_days:
                taken.discard("min_days")  # kept as written in 高级, where checking the plan names what is wrong
            extras = {k: v for k, v in rule.items() if k not in taken}
            self.advanced.setPlainText(to_json(extras) if extras else "")
            self._say_the_filter()
            self._pays_changed()
        finally:
            self._loading = False

    def _say_what_the_departments_mean(self) -> None:
        """A department named by a name it had before a rename: the rule still applies to it, by today's name. A
        department with a plan of its own: the rule never reaches it (said, not refused: the plan may be meant for
        that department later)."""
        renamed = [(name, self.lists.renamed[name]) for name in split_names(self.departments.text())
                   if name in self.lists.renamed]
        self.departments_renamed.setText("；".join(
            self.tr("适用部门：{now}（原名 {old}）").format(now=now, old=old) for old, now in renamed))
        self.departments_renamed.setVisible(bool(renamed))
        named = dict.fromkeys(self.lists.renamed.get(name, name) for name in split_names(self.departments.text()))
        own_plans = self.lists.own_plans.get(self.period.currentData() or "month", {})
        own = [(dept, own_plans[dept]) for dept in named if dept in own_plans]
        self.departments_own_plan.setText("\n".join(
            self.tr("{dept}有自己的方案「{plan}」，不按本方案评奖：这条规则不会发给{dept}的人").format(dept=dept, plan=plan)
            for dept, plan in own))
        self.departments_own_plan.setVisible(bool(own))
        unknown = [name for name in split_names(self.departments.text())
                   if name not in self.lists.departments and name not in self.lists.renamed]
        self.departments_unknown.setText(self.tr("本店还没有部门{names}，这条规则在那里没有人可发（本店的部门：{known}）").format(
            names=self._quoted(unknown), known=joined(self.lists.departments) or self.tr("（无）")) if unknown else "")
        self.departments_unknown.setVisible(bool(unknown))

    def _quoted(self, names: list[str]) -> str:
        return joined(self.tr("「{name}」").format(name=name) for name in names)

    def _say_roles_nobody_has(self) -> None:
        unknown = [name for name in split_names(self.roles.text()) if name not in self.lists.roles]
        self.roles_unknown.setText(self.tr("还没有员工的岗位是{names}，这条规则按它没有人可发（岗位：{known}）").format(
            names=self._quoted(unknown), known=joined(self.lists.roles)) if unknown else "")
        self.roles_unknown.setVisible(bool(unknown))

    def _build_panel(self, kind: str) -> None:
        if self.panel is not None:
            self.panel.hide()  # gone from the screen now; deleted once back in the event loop
            self.kind_layout.removeWidget(self.panel)
            self.panel.deleteLater()
        self.panel = KindPanel(kind, self.lists)
        self.kind_layout.addWidget(self.panel)
        self._tab_into_panel()
        self.panel.show()  # now, not when the event loop next runs
        self.kind_title.setText(self.tr("{kind}规则的设置").format(kind=self.tr(KIND_NAMES[kind])))

    def _tab_into_panel(self) -> None:
        """A panel built after the dialog's buttons would come after them on Tab: put its fields after the award's
        (名称 … 获奖者得奖状), before 谁可以得."""
        fields, widget = [], self.panel.nextInFocusChain()
        while self.panel.isAncestorOf(widget):
            if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and not isinstance(widget.parent(), QComboBox) \
                    and not any(view.isAncestorOf(widget) for view in fields if isinstance(view, QAbstractItemView)):
                fields.append(widget)
            widget = widget.nextInFocusChain()
        previous = self.certificate
        for widget in fields:
            QWidget.setTabOrder(previous, widget)
            previous = widget

    def _fill_pays(self, kind: str) -> None:
        self.pays.blockSignals(True)
        self.pays.clear()
        allowed = KINDS[kind].PAYS
        fill_choices(self.pays, tuple(p for p in PAYS if p[0] in allowed), self)
        self.pays.blockSignals(False)

    # ---- reading it back
    def rule(self) -> dict[str, Any]:
        """The rule as a plan file holds it. UserError when 高级（JSON） is not a JSON object."""
        kind = self.kind.currentData()
        extras = self._extras()
        rule: dict[str, Any] = {"name": self.name.text().strip(), "kind": kind, "period": self.period.currentData(),
                                "pays": self.pays.currentData()}
        if self.item.isEnabled() and self.item.text().strip():
            rule["item"] = self.item.text().strip()
        if self.certificate.isEnabled() and self.certificate.isChecked():
            rule["certificate"] = True
        departments, roles = split_names(self.departments.text()), split_names(self.roles.text())
        if "eligible" not in extras and (departments or roles):
            rule["eligible"] = {k: v for k, v in (("departments", departments), ("roles", roles)) if v}
        if self.active.currentData():
            rule["active"] = self.active.currentData()
        if self.min_days.value():
            rule["min_days"] = self.min_days.value()
        if self.recipient.currentData() != "staff":
            rule["recipient"] = self.recipient.currentData()
        assert self.panel is not None
        rule.update(self.panel.values())
        rule.update(extras)
        if self.note.text().strip():
            rule["note"] = self.note.text().strip()
        return rule

    def _extras(self) -> dict[str, Any]:
        text = self.advanced.toPlainText().strip()
        if not text:
            return {}
        name = self.name.text().strip() or self.tr("（未命名）")
        try:
            extras = from_json(text)
        except ValueError as e:
            raise UserError(self.tr("规则「{rule}」：高级（JSON）不是有效的 JSON：{error}").format(
                rule=name, error=e)) from None
        if not isinstance(extras, dict):
            raise UserError(self.tr("规则「{rule}」：高级（JSON）应为一个对象 {{…}}").format(rule=name))
        return extras

    def _say_the_filter(self) -> None:
        """「只计 全款 为 是 的事件」 under the box, as the award lines word the filter; nothing while the
        box holds no filter, one that does not read (saving says what is wrong then) or one the rule's kind ignores."""
        filters = getattr(KINDS.get(self.kind.currentData()), "FILTERS_EVENTS", False)
        try:
            extras = self._extras()
            words = parse_filter(Fields(extras, ""), "where").text() if filters and "where" in extras else ""
        except UserError:
            words = ""
        self.advanced_words.setText(self.tr("只计 {filter} 的事件").format(filter=words) if words else "")
        self.advanced_words.setVisible(bool(words))

    # ---- reacting
    def _changed(self) -> None:
        if not self._loading:
            self.changed.emit()

    def _pays_changed(self) -> None:
        self.item.setEnabled(self.pays.currentData() in ("goods", "item"))
        paid = self.pays.currentData() != "deduction"  # no 奖状 is printed for a deduction
        self.certificate.setEnabled(paid)
        self.certificate.setToolTip(self.tr("勾选后，这个奖项的获奖者可以在「奖状」页打印奖状") if paid
                                    else self.tr("扣款不发奖状：发放改成现金、实物、物品或荣誉后才能勾选"))
        self._changed()

    def _name_default_active(self, kind: str) -> None:
        """`默认（期末在职）`: which presence the kind asks for when the rule says none (a benefit: 期间内在职过)."""
        default = self.active.itemText(self.active.findData(KINDS[kind].DEFAULT_ACTIVE))
        self.active.setItemText(self.active.findData(""), self.tr("默认（{choice}）").format(choice=default))

    def _kind_changed(self) -> None:
        """Another kind: keep what every rule has and the 高级 fields, start the kind's own fields afresh."""
        if self._loading:
            return
        kind = self.kind.currentData()
        try:
            old = self.rule()
        except UserError:
            old = {"name": self.name.text().strip(), "period": self.period.currentData()}
        old_keys = set(kind_keys(self.panel.kind)) if self.panel is not None else set()
        fresh = new_rule(kind, old.get("name", ""), old.get("period") or "month", self.lists.percent_attrs)
        rule = {k: v for k, v in old.items() if k not in old_keys}
        rule.update({k: v for k, v in fresh.items() if k not in ("name", "period", "pays", "item")})
        started = new_rule(self.panel.kind, "") if self.panel is not None else {}
        left_as_started = (old.get("pays"), old.get("item")) == (started.get("pays"), started.get("item"))
        if left_as_started or rule.get("pays") not in KINDS[kind].PAYS:
            # a new rule starts as 手动 paying 实物「奖品」: a kind chosen for it pays as that kind starts, so the
            # yuan typed for a 排名 or 阶梯 are not paid as goods
            rule["pays"], rule["item"] = fresh["pays"], fresh.get("item", rule.get("item"))
        if rule.get("recipient", "staff") not in KINDS[kind].RECIPIENTS:
            rule.pop("recipient")
        self.load(rule)
        self.changed.emit()


def heading(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


def _note() -> QLabel:
    """A line under a box saying what it holds does (hidden while it has nothing to say)."""
    label = QLabel()
    label.setWordWrap(True)
    label.hide()
    return label


def _names(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    return [str(v) for v in value] if isinstance(value, list) else []


def _plain_eligible(value: Any) -> bool:
    """Eligibility the two boxes can show: departments and roles as names, nothing else."""
    if value is None:
        return True
    return isinstance(value, dict) and set(value) <= {"departments", "roles"} and all(
        isinstance(v, (str, list)) for v in value.values())
