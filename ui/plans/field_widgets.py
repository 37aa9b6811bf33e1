"""The widgets of a rule's own fields: number and text boxes, choices, metric and event boxes (a name from
the list, or typed), and the measure picker. Each field loads a plan-file value and gives one back
(None: leave the field out of the file). Tables live in table_field.py."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLineEdit, QWidget

from app.event_attrs import attribute_key, describe_attr_name
from ui.plans.specs import EVENT_AGGS, MEASURE_SOURCES, Spec
from ui.plans.values import int_value, money_value, number_value, shown

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter

def _tr(text: str) -> str:
    """Labels of the rule kinds' fields (specs.py), translated in one context."""
    return QCoreApplication.translate("PlanEditor", text)


def tip_text(spec: Spec) -> str:
    """What the field does, in the owner's words (its key in the plan file is no help there)."""
    return _tr(spec.tip or spec.hint or spec.note)


class Lists:
    """What the boxes offer: the shop's metrics [(key, name as shown)], event types [(stored name, name as
    shown): a renamed type is offered by its new name and written by the name events and rules hold], departments
    and roles; what a department's former name, which a plan may still give, means today; the percentage attributes the
    shop's events hold, per event type (what a new commission tiers by); and, per kind of period, the departments
    with a plan of their own in the period of that kind under way, which the edited plan's rules of that kind do not
    reach (`PlanService.own_plans`: a yearly rule is computed with the plan in force in January)."""

    def __init__(self, metrics: list[tuple[str, str]], events: list[str | tuple[str, str]], departments: list[str],
                 roles: list[str], renamed: dict[str, str] | None = None,
                 percent_attrs: dict[str, list[str]] | None = None, metric_names: dict[str, str] | None = None,
                 own_plans: dict[str, dict[str, str]] | None = None, money_metrics: set[str] | None = None):
        self.metrics, self.departments, self.roles = metrics, departments, roles
        self.money_metrics = money_metrics or set()  # the keys of the metrics counted in yuan
        self.events = [(e, e) if isinstance(e, str) else e for e in events]
        self.renamed = renamed or {}  # a department's former name → its name today
        self.percent_attrs = percent_attrs or {}
        self.metric_names = metric_names or {}  # a metric's name as stored (Chinese), which a plan may give → key
        # a period's kind → a department with a plan of its own, not the edited one → that plan's name
        self.own_plans = own_plans or {}


def convert(kind: str, text: str, *, yuan: bool = False) -> Any:
    """`yuan`: the box holds a number of a money metric, which may be typed as an amount (`values.number_value`)."""
    if kind == "money":
        return money_value(text)
    if kind in ("decimal", "percent", "threshold"):
        return number_value(text, percent=kind in ("percent", "threshold"), yuan=yuan)
    if kind == "int":
        return int_value(text)
    return text.strip() or None


class Field:
    """One field of a rule kind in the form."""

    widget: QWidget

    def __init__(self, spec: Spec):
        self.spec = spec

    def load(self, value: Any) -> None:
        raise NotImplementedError

    def value(self) -> Any:
        raise NotImplementedError

    def can_take(self, value: Any) -> bool:
        return True

    def on_change(self, callback: Callable[[], None]) -> None:
        """Call back when the value changes (choices drive which other fields are shown)."""


class LineField(Field):
    """text | money | decimal | percent | int: typed text, converted by values.py."""

    def __init__(self, spec: Spec, owner: QObject):
        super().__init__(spec)
        self.widget = self.edit = QLineEdit()
        if spec.type not in ("text", "attribute"):
            self.edit.setAlignment(RIGHT)
            self.edit.setMaximumWidth(160)
        if spec.hint:
            self.edit.setPlaceholderText(_tr(spec.hint))
        self.edit.setToolTip(tip_text(spec))
        # whether the box holds a number of a money metric (`Spec.unit_of`: the panel tells)
        self.in_yuan: Callable[[], bool] = lambda: False

    def load(self, value: Any) -> None:
        self.edit.setText(shown(value))

    def value(self) -> Any:
        return convert(self.spec.type, self.edit.text(), yuan=self.in_yuan())

    def can_take(self, value: Any) -> bool:
        return value is None or isinstance(value, (str, int, float)) or type(value).__name__ == "Decimal"


class AttributeField(LineField):
    """An event attribute's key (`margin`), shown by the name the events list gives it (毛利率) and stored as the
    key; a name typed as the list shows it is stored as its key too."""

    def __init__(self, spec: Spec, owner: QObject):
        super().__init__(spec, owner)
        self.loaded: Any = None

    def load(self, value: Any) -> None:
        self.loaded = value
        self.edit.setText(describe_attr_name(value) if isinstance(value, str) else shown(value))

    def value(self) -> Any:
        text = self.edit.text().strip()
        if isinstance(self.loaded, str) and text == describe_attr_name(self.loaded):
            return self.loaded  # as loaded, whatever name the list shows it under
        return attribute_key(text) if text else None


def fill_choices(combo: QComboBox, choices: tuple[tuple[str, str], ...], owner: QObject) -> None:
    for key, label in choices:
        combo.addItem(_tr(label), key)


def select_data(combo: QComboBox, value: Any) -> None:
    """Select the item whose data is `value`; a value the list lacks is added as it is (the check names it)."""
    index = combo.findData(value)
    if index < 0:
        combo.addItem(str(value), value)
        index = combo.count() - 1
    combo.setCurrentIndex(index)


class ChoiceField(Field):
    def __init__(self, spec: Spec, owner: QObject):
        super().__init__(spec)
        self.missing = True
        self.widget = self.combo = QComboBox()
        fill_choices(self.combo, spec.choices, owner)
        self.combo.setToolTip(tip_text(spec))

    def load(self, value: Any) -> None:
        self.missing = value is None
        select_data(self.combo, value if value is not None else self.spec.choices[0][0])

    def value(self) -> Any:
        value = self.combo.currentData()
        if self.spec.optional and self.missing and value == self.spec.choices[0][0]:
            return None  # left out of the file as it was
        return value

    def can_take(self, value: Any) -> bool:
        return value is None or isinstance(value, str)

    def on_change(self, callback: Callable[[], None]) -> None:
        self.combo.currentIndexChanged.connect(lambda _i: callback())


class BoolField(Field):
    def __init__(self, spec: Spec, owner: QObject):
        super().__init__(spec)
        self.widget = self.box = QCheckBox()
        self.box.setToolTip(tip_text(spec))

    def load(self, value: Any) -> None:
        self.box.setChecked(value is True)

    def value(self) -> Any:
        return True if self.box.isChecked() else None

    def can_take(self, value: Any) -> bool:
        return value is None or isinstance(value, bool)


class NameBox(QComboBox):
    """An editable list of names (metrics by name with their key as data, or event types); text typed
    that is not in the list is kept as typed."""

    def __init__(self, items: list[tuple[str, str]], aliases: dict[str, str] | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.words: dict[str, str] = dict(aliases or {})
        for key, label in items:
            self.addItem(label, key)
            self.words[label] = self.words[key] = key
        self.setMinimumContentsLength(10)

    def set_word(self, word: Any) -> None:
        text = "" if word is None else str(word)
        key = self.words.get(text)
        index = self.findData(key) if key is not None else -1
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setCurrentIndex(-1)
            self.setEditText(text)

    def word(self) -> str | None:
        text = self.currentText().strip()
        return self.words.get(text, text) or None


def metric_items(lists: Lists) -> list[tuple[str, str]]:
    """Each metric by its name; by name and key only where two share a name (the plan's own and the shop's)."""
    names = Counter(name for _key, name in lists.metrics)
    return [(key, name if names[name] == 1 else f"{name}（{key}）") for key, name in lists.metrics]


def metric_box(lists: Lists) -> NameBox:
    return NameBox(metric_items(lists), {**lists.metric_names, **{name: key for key, name in lists.metrics}})


class NameField(Field):
    """metric | event."""

    def __init__(self, spec: Spec, owner: QObject, lists: Lists):
        super().__init__(spec)
        self.widget = self.box = metric_box(lists) if spec.type == "metric" else NameBox(lists.events)
        self.box.setToolTip(tip_text(spec))

    def load(self, value: Any) -> None:
        self.box.set_word(value)

    def value(self) -> Any:
        return self.box.word()

    def can_take(self, value: Any) -> bool:
        return value is None or isinstance(value, str)


class MeasureField(Field):
    """What a ranking or best-of compares: a metric (target achievement with 每月都要有目标), an event type
    aggregated (次数, 金额合计 …), or red flowers received. Writes metric | event+agg | source."""

    def __init__(self, spec: Spec, owner: QObject, lists: Lists):
        super().__init__(spec)
        self.widget = QWidget()
        self.widget.setToolTip(tip_text(spec))  # its boxes have none of their own: shown over each
        self.source = QComboBox()
        fill_choices(self.source, MEASURE_SOURCES, owner)
        self.metric = metric_box(lists)
        self.event = NameBox(lists.events)
        self.agg = QComboBox()
        fill_choices(self.agg, EVENT_AGGS, owner)
        self.each_month = QCheckBox(_tr("每个月都要有目标"))
        self.each_month.setToolTip(_tr("季度、半年或年度的排名：勾上时每个月都要有目标，期间内有整月不在职的人（如季度中途入职）"
                                       "不参加排名；不勾时按有目标、在职的月份计"))
        self.agg_missing = False
        row = QHBoxLayout(self.widget)
        row.setContentsMargins(0, 0, 0, 0)
        for w in (self.source, self.metric, self.event, self.agg, self.each_month):
            row.addWidget(w)
        row.addStretch(1)
        self.source.currentIndexChanged.connect(lambda _i: self._show())
        self.metric.currentTextChanged.connect(lambda _t: self._show())
        self._show()

    def _show(self) -> None:
        source = self.source.currentData()
        self.metric.setVisible(source == "metric")
        self.event.setVisible(source == "event")
        self.agg.setVisible(source == "event")
        self.each_month.setVisible(source == "metric" and self.metric.word() == "achievement")

    def load(self, rule: Any) -> None:
        rule = rule if isinstance(rule, dict) else {}
        self.agg_missing = False
        if rule.get("source") is not None:
            select_data(self.source, "flowers")
        elif rule.get("event") is not None:
            select_data(self.source, "event")
            self.event.set_word(rule["event"])
            select_data(self.agg, rule.get("agg") or "count")
            self.agg_missing = rule.get("agg") is None
        else:
            select_data(self.source, "metric")
            self.metric.set_word(rule.get("metric"))
        self.each_month.setChecked(rule.get("require_target_each_month") is True)
        self._show()

    def in_yuan(self, money_metrics: object) -> bool:
        """Whether what it compares is a money metric (growth, and so 上期最低基数, is of a metric only)."""
        return self.source.currentData() == "metric" and self.metric.word() in money_metrics

    def value(self) -> dict:
        source = self.source.currentData()
        if source == "flowers":
            return {"source": "flowers"}
        if source == "event":
            agg = self.agg.currentData()
            return {"event": self.event.word(), "agg": None if agg == "count" and self.agg_missing else agg}
        out: dict[str, Any] = {"metric": self.metric.word()}
        if self.metric.word() == "achievement" and self.each_month.isChecked():
            out["require_target_each_month"] = True
        return out

    def can_take(self, rule: Any) -> bool:
        source = rule.get("source") if isinstance(rule, dict) else None
        return source is None or source in ("flowers", "红花", "小红花")
