"""The 属性 example of the event dialog is written in the owner's words, the names the event list shows
(毛利率 38%，全款 是), not the keys `margin=38%` and `paid=yes`; typed as shown, it is what the plans read."""

import re

from app.periods import Month
from app.services.events import parse_attrs
from ui.dialogs.event_dialog import EventDialog


def test_the_attribute_example_is_in_the_words_the_event_list_shows(qtbot, shop):
    dialog = EventDialog(shop, Month(2026, 10))
    qtbot.addWidget(dialog)
    example = dialog.attrs_edit.placeholderText().splitlines()[1:]  # after 「每行一项 名称=值，例如」
    assert example and not re.search(r"[A-Za-z]", "".join(example))
    assert parse_attrs(example) == {"margin": "38%", "paid": "是"}  # the after-sales plan's 毛利率 and 全款


def test_the_built_in_event_types_name_their_attributes_as_the_event_list_shows_them(shop):
    """设置 → 事件类型 said 「属性 margin=毛利率、paid=是否全款」: keys an owner does not type, where 毛利率 and 全款
    are read as well."""
    import json
    from pathlib import Path

    labels = json.loads((Path(__file__).resolve().parents[2] / "data" / "event_types.json")
                        .read_text(encoding="utf-8"))["attribute_labels"]
    described = {e.name: e.shown_description for e in shop.events.types() if e.builtin}
    assert all(f"{key}=" not in text for key in labels for text in described.values()), described
    assert all(label in described["备件销售"] for label in labels.values())


def test_a_wrong_attribute_is_corrected_by_the_examples_words(qtbot, shop):
    """Typed as 「毛利率 38%」 or 「全款=」, the dialog answered 「例如 margin=38%」 and 「例如 paid=yes」: the keys its own
    example no longer shows."""
    from app.domain import StaffDraft

    shop.staff.add(StaffDraft(name="黄俊"))
    dialog = EventDialog(shop, Month(2026, 10))
    qtbot.addWidget(dialog)
    example = dialog.attrs_edit.placeholderText().splitlines()[1:]
    for typed, suggested in (("毛利率 38%", example[0]), ("全款=", example[1])):
        dialog.attrs_edit.setPlainText(typed)
        dialog.accept()
        said = dialog.error_label.text()
        assert f"例如 {suggested}" in said and not re.search(r"margin|paid", said), said
    assert shop.store.events.count() == 0  # nothing saved
