"""The fields of one rule kind, laid out as a form: built from specs.KIND_SPECS, loaded from a rule of a
plan file and read back into one. Fields the panel cannot show (e.g. conditions on events) are left to the
rule's 高级（JSON） box; fields hidden by a choice (基准值 unless 基准 is 固定值) are left out of the file."""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from ui.plans.field_widgets import (
    AttributeField,
    BoolField,
    ChoiceField,
    Field,
    LineField,
    Lists,
    MeasureField,
    NameField,
    tip_text,
)
from ui.plans.specs import KIND_SPECS, MEASURE_KEYS, Spec
from ui.plans.table_field import TableField
from ui.widgets.hint_text import dim_text


def _tr(text: str) -> str:
    """Labels of the rule kinds' fields (specs.py), translated in one context."""
    return QCoreApplication.translate("PlanEditor", text)


def make_field(spec: Spec, owner: QWidget, lists: Lists) -> Field:
    if spec.type == "choice":
        return ChoiceField(spec, owner)
    if spec.type == "bool":
        return BoolField(spec, owner)
    if spec.type in ("metric", "event"):
        return NameField(spec, owner, lists)
    if spec.type == "measure":
        return MeasureField(spec, owner, lists)
    if spec.type == "table":
        return TableField(spec, owner, lists)
    if spec.type == "attribute":
        return AttributeField(spec, owner)
    return LineField(spec, owner)


class KindPanel(QWidget):
    def __init__(self, kind: str, lists: Lists, parent: QWidget | None = None):
        super().__init__(parent)
        self.kind = kind
        self.fields: dict[str, Field] = {}
        self.rows: dict[str, int] = {}
        self.notes: dict[str, QLabel] = {}
        self.left_out: set[str] = set()  # keys edited in 高级（JSON） for this rule
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for spec in KIND_SPECS.get(kind, ()):
            field = make_field(spec, self, lists)
            self.fields[spec.key] = field
            label = QLabel(_tr(spec.label))
            label.setBuddy(field.widget)  # what a screen reader says for the field (addRow sets it for text only)
            label.setToolTip(tip_text(spec))
            self.form.addRow(label, self._with_note(spec, field.widget))
            self.rows[spec.key] = self.form.rowCount() - 1
            field.on_change(self.update_visibility)
        for field in self.fields.values():
            if isinstance(field, LineField) and field.spec.unit_of:  # 每档 of 销售额 may be typed as ¥3,000
                metric = self.fields[field.spec.unit_of]
                if isinstance(metric, MeasureField):  # 上期最低基数 of 销售额
                    field.in_yuan = partial(metric.in_yuan, lists.money_metrics)
                else:
                    field.in_yuan = lambda metric=metric: metric.value() in lists.money_metrics
        if not self.fields:
            self.form.addRow(QLabel(self.tr("这类规则没有更多设置")))
        self.update_visibility()

    def _with_note(self, spec: Spec, widget: QWidget) -> QWidget:
        """The field's widget, with its note in a dim line under it (as a table's hint) when it has one."""
        if not spec.note:
            return widget
        note = self.notes[spec.key] = dim_text(QLabel(_tr(spec.note)))
        note.setWordWrap(True)
        widget.setAccessibleDescription(note.text())
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        layout.addWidget(note)
        return box

    def field(self, key: str) -> Field:
        return self.fields[key]

    def shown(self, key: str) -> bool:
        spec = self.fields[key].spec
        if spec.key in self.left_out:
            return False
        if spec.when is None:
            return True
        other, values = spec.when
        return self.fields[other].value() in values

    def update_visibility(self) -> None:
        for key, row in self.rows.items():
            self.form.setRowVisible(row, self.shown(key))

    def load(self, rule: dict) -> set[str]:
        """Show the rule's values; returns the keys the panel took (the rest go to 高级（JSON））."""
        taken: set[str] = set()
        self.left_out = set()
        for key, field in self.fields.items():
            if field.spec.type == "measure":
                if field.can_take(rule):
                    field.load(rule)
                    taken.update(MEASURE_KEYS)
                else:
                    self.left_out.add(key)
                continue
            value = rule.get(key)
            if field.can_take(value):
                field.load(value)
                taken.add(key)
            else:
                self.left_out.add(key)
        self.update_visibility()
        return taken

    def values(self) -> dict[str, Any]:
        """The kind's fields as a plan file holds them; hidden and empty fields are left out."""
        out: dict[str, Any] = {}
        for key, field in self.fields.items():
            if not self.shown(key):
                continue
            value = field.value()
            if field.spec.type == "measure":
                out.update({k: v for k, v in value.items() if v is not None})
            elif value is not None:
                out[key] = value
        return out
