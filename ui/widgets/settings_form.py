"""A form for a group of declared settings (app/settings.py): one editor per setting by its type —
choices as a combo, numbers as a spin box, yes/no as a check box, lists as comma-separated text (people by
name, `app.services.people_list`).
保存 validates every value first and writes nothing when one is wrong."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app import settings as declared
from app.errors import UserError
from app.i18n import joined
from app.services.people_list import people_ids, people_text
from app.shop import Shop
from ui import errors
from ui.person_choice import person_choice
from ui.tv_screens import ScreenChoice
from ui.widgets.error_label import ErrorLabel
from ui.widgets.hint_text import dim_text
from ui.widgets.staged_save import StagedSave, save_alone

MIN_CHOICE_CHARACTERS = 16


def _fill_staff(combo: QComboBox, shop: Shop, chosen: object) -> None:
    """A person picked by name (the setting stores the id); 0 means nobody in particular."""
    combo.clear()
    combo.addItem(QCoreApplication.translate("SettingsForm", "（领导层均可发放）"), 0)
    for person in shop.staff.list():
        if person.is_current(shop.today) or person.id == chosen:
            combo.addItem(person_choice(person.name, f"#{person.id}", person.dept), person.id)


class OffSpinBox(QSpinBox):
    """A number that may be turned off: 0, shown as its word (「不轮换」), one step below its range."""

    def __init__(self, setting: declared.Setting, off_text: str):
        super().__init__()
        self.low = setting.low
        self.setRange(0, setting.high)
        self.setSpecialValueText(off_text)

    def stepBy(self, steps: int) -> None:
        value = self.value()
        if value == 0 and steps > 0:
            self.setValue(self.low)
        elif value + steps < self.low:
            self.setValue(self.low if value > self.low else 0)
        else:
            super().stepBy(steps)


class SettingsForm(QGroupBox):
    def __init__(self, shop: Shop, title: str, settings: tuple[declared.Setting, ...], parent: QWidget | None = None,
                 *, note: str = ""):
        """`note`: a line under the fields, where they need one (when a change applies)."""
        super().__init__(title, parent)
        self.shop = shop
        self.settings = settings
        self.editors: dict[str, QWidget] = {}
        self._shown: dict[str, object] = {}  # each editor's state when it last showed the stored value
        layout = QVBoxLayout(self)
        form = QFormLayout()
        # a long label (longer still in English) puts its editor on the next line rather than widening the page
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for setting in settings:
            editor = self._editor(setting)
            self.editors[setting.key] = editor
            if isinstance(editor, QCheckBox):  # says its words itself: a long label set the labels' column, the
                editor.setText(self.tr(setting.label))  # boxes beside them were left too narrow for a date span
                form.addRow(editor)
            else:
                form.addRow(self.tr(setting.label), editor)
        layout.addLayout(form)
        self.note = QLabel(note)
        self.note.setWordWrap(True)
        dim_text(self.note)
        layout.addWidget(self.note)
        self.note.setHidden(not note)  # once in the form: shown alone, a label would open as a window of its own
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        self.save_button = QPushButton(self.tr("保存"))
        self.save_button.clicked.connect(self.save)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.save_button)
        layout.addLayout(row)
        self.refresh()

    def _editor(self, setting: declared.Setting) -> QWidget:
        if setting is declared.TV_SCREEN:
            return ScreenChoice()  # filled on each refresh, and again when its list opens
        if setting.choices or setting is declared.RED_FLAG_ISSUER:
            combo = QComboBox()
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(MIN_CHOICE_CHARACTERS)  # the open list still shows whole choices
            for value in setting.choices:  # a choice's label is translated like the setting's own label
                combo.addItem(self.tr(setting.choice_label(value)), value)
            return combo  # the staff list of RED_FLAG_ISSUER is filled on each refresh
        if setting.type is bool:
            return QCheckBox()
        if setting.type is int and setting.empty:
            return OffSpinBox(setting, self.tr(setting.empty))
        if setting.type is int:
            spin = QSpinBox()
            spin.setRange(setting.low, setting.high)
            return spin
        return QLineEdit()

    def refresh(self) -> None:
        """Show the stored values, except in editors changed since they were shown and not saved yet: a refresh
        (another tab shown and back, the window seeing another program's write) must not undo the owner's typing."""
        for setting in self.settings:
            editor, value = self.editors[setting.key], self.shop.settings.get(setting)
            if setting.key in self._shown and _state(editor) != self._shown[setting.key]:
                continue
            if setting is declared.RED_FLAG_ISSUER:
                _fill_staff(editor, self.shop, value)  # type: ignore[arg-type]
            if isinstance(editor, ScreenChoice):
                editor.fill(str(value))
            elif isinstance(editor, QComboBox):
                editor.setCurrentIndex(max(editor.findData(value), 0))
            elif isinstance(editor, QCheckBox):
                editor.setChecked(bool(value))
            elif isinstance(editor, QSpinBox):
                editor.setValue(int(value))
            elif isinstance(editor, QLineEdit) and setting.item is int:
                editor.setText(people_text(value, self.shop.staff.list()))  # type: ignore[arg-type]
            elif isinstance(editor, QLineEdit) and isinstance(value, list):
                editor.setText(joined((str(v) for v in value), separator="，"))  # ", " in English
            elif isinstance(editor, QLineEdit):
                editor.setText(str(value))
            self._shown[setting.key] = _state(editor)

    def changed(self) -> bool:
        """Whether an editor holds something else than the stored value it last showed (typed, not saved)."""
        return any(_state(editor) != self._shown.get(key) for key, editor in self.editors.items())

    def value_of(self, setting: declared.Setting) -> object:
        editor = self.editors[setting.key]
        if isinstance(editor, (QComboBox, QCheckBox, QSpinBox)):
            return _state(editor)
        text = editor.text().strip()  # type: ignore[attr-defined]
        if setting.type is list:
            parts = [p.strip() for p in text.replace("，", ",").replace("、", ",").split(",") if p.strip()]
            if setting.item is int:
                return people_ids(text, self.shop.staff.list(), self.tr(setting.label))
            if setting in (declared.PROMOTION_DAYS, declared.OWN_DAYS_OFF, declared.OWN_WORKDAYS):
                from app.reports.pace import normalize_promotion

                return [normalize_promotion(p) for p in parts]  # kept as 6-18:3 however it was typed
            return parts
        return text

    def checked_values(self) -> list[tuple[declared.Setting, object]]:
        """Every value as it would be stored; UserError naming the setting when one is wrong. Writes nothing."""
        values = [(setting, self.value_of(setting)) for setting in self.settings]
        typed = {setting.key: value for setting, value in values}
        if any(setting.key in typed for setting in (declared.PROMOTION_DAYS, declared.OWN_DAYS_OFF,
                                                    declared.OWN_WORKDAYS)):
            from app.reports.pace import DayWeights

            DayWeights.parse("calendar", typed.get(declared.PROMOTION_DAYS.key, []),  # type: ignore[arg-type]
                             days_off=typed.get(declared.OWN_DAYS_OFF.key, []),  # type: ignore[arg-type]
                             days_on=typed.get(declared.OWN_WORKDAYS.key, []))  # type: ignore[arg-type]
        self.shop.settings.check_many(values)
        return values

    def stage(self) -> StagedSave | None:
        """Check every value: None, with the reason under the form, when one is wrong; else how to write them."""
        try:
            values = self.checked_values()
        except UserError as e:
            self.error.show_message(e.message)
            return None
        self.error.clear_message()
        return StagedSave(write=lambda: self.shop.settings.set_many(values), saved=self._stored,
                          refused=self.error.show_message)

    def _stored(self) -> None:
        self._shown = {key: _state(editor) for key, editor in self.editors.items()}  # what is stored now

    def save(self) -> bool:
        """The form's 保存: write every value, or none and say why under the form; 已保存 in a box."""
        if not save_alone(self.stage()):
            return False
        errors.show_info(self, self.tr("已保存"))
        return True


def _state(editor: QWidget) -> object:
    """What an editor holds, as typed (before any parsing)."""
    if isinstance(editor, QComboBox):
        return editor.currentData()
    if isinstance(editor, QCheckBox):
        return editor.isChecked()
    if isinstance(editor, QSpinBox):
        return editor.value()
    return editor.text()  # type: ignore[attr-defined]
