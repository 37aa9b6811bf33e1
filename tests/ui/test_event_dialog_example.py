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
