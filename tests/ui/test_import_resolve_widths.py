"""处理未识别项: the choice reads whole and 以后导入 is only as wide as its box."""

from __future__ import annotations

import import_wizard_support as support
from import_wizard_support import daily, preview, shoot
from PySide6.QtWidgets import QCheckBox

from app.domain import StaffDraft
from ui.importing.resolve_step import SKIP

make_wizard = support.make_wizard  # fixture
people = support.people  # fixture
NEWCOMER = "旗舰店:新来的小朋友"


def test_the_choice_reads_whole_and_the_remember_column_fits_its_box(qtbot, shop, people, make_wizard, tmp_path):
    """处理方式 was cut to its first option while 以后导入, empty unless a name is skipped, took the rest."""
    shop.staff.add(StaffDraft("欧阳晓雯", dept="天猫旗舰店售后客服部"))
    wizard = make_wizard([daily(tmp_path, [["2026-10-01", "小美", "100", "3"], ["2026-10-01", NEWCOMER, "50", "9"]])])
    wizard.resize(920, 640)
    preview(qtbot, wizard)
    wizard.go_resolve()
    resolve = wizard.resolve_step
    assert "3 处理未识别项" in wizard.steps_label.text()  # a name to decide: the step is named for it
    resolve.set_staff_choice(NEWCOMER, SKIP)
    shoot(wizard, "3_resolve_widths")
    table = resolve.names_table
    header = table.horizontalHeader()
    box = QCheckBox(resolve.remember_text)
    assert box.sizeHint().width() <= header.sectionSize(3) <= box.sizeHint().width() + 40, (
        header.sectionSize(3), box.sizeHint().width())
    assert header.sectionSize(2) > header.sectionSize(3)
    assert header.sectionSize(2) >= widest_choice(resolve.names, table) + 20  # the longest option and the arrow


def widest_choice(names, table) -> int:
    """The widest option any row's choice box offers."""
    metrics = table.fontMetrics()
    return max(metrics.horizontalAdvance(option[0]) for row in names.rows for option in names.options(row) if option)


def test_in_english_the_nickname_choices_read_whole(qtbot, qapp, shop, make_wizard, tmp_path):
    """At 150 % on a 1920×1080 screen the wizard opens 920 wide: 「Count for 吴昊 by nickname for now (not
    remembered)」 was cut after「(n」, the long check box of 以后导入 holding the room."""
    from ui.main import install_translators

    shop.staff.add(StaffDraft("吴昊", dept="客服部", aliases=("小橙子旗舰店:阿强",)))
    shop.staff.add(StaffDraft("赵雨萱", dept="客服部", aliases=("小橙子旗舰店:小溪",)))
    install_translators(qapp, "en")
    try:
        wizard = make_wizard([daily(tmp_path, [["2026-10-01", "旗舰店:阿强", "100", "3"],
                                               ["2026-10-01", "旗舰店:小溪", "50", "9"]])])
        wizard.resize(920, 640)
        preview(qtbot, wizard)
        wizard.go_resolve()
        resolve = wizard.resolve_step
        resolve.set_staff_choice("旗舰店:阿强", SKIP)  # its 以后导入 box shown
        shoot(wizard, "3_resolve_nickname_english")
        table = resolve.nicknames_table
        header = table.horizontalHeader()
        widest = widest_choice(resolve.nicknames, table)
        assert header.sectionSize(3) >= widest + 20, (header.sectionSize(3), widest)
        box = QCheckBox(resolve.remember_text)
        assert header.sectionSize(4) >= box.sizeHint().width(), (header.sectionSize(4), box.sizeHint().width())
        assert table.viewport().width() >= header.length() or table.horizontalScrollBar().isVisible()
    finally:
        install_translators(qapp, "zh")


def test_in_english_the_hints_name_the_skip_box_as_the_wizard_shows_it(qapp, shop):
    """设置 → 导入 and `imports skipped --help` quote 以后导入也跳过这个账号: in English its words as the box has them."""
    from PySide6.QtWidgets import QLabel

    from app.i18n import t
    from ui.importing.resolve_step import ResolveStep
    from ui.main import install_translators
    from ui.widgets.skipped_accounts_panel import SkippedAccountsPanel

    install_translators(qapp, "en")
    try:
        box = ResolveStep([], shop.metrics, support.OCT).remember_text
        panel = SkippedAccountsPanel(shop)
        hints = [label.text() for label in panel.findChildren(QLabel)]
        command = t("列出设置为不导入的账号：导入向导里选择跳过并勾选「以后导入也跳过这个账号」的名称，以后导入时跳过它们的行")
    finally:
        install_translators(qapp, "zh")
    assert any(f'"{box}"' in hint for hint in hints), (box, hints)
    assert f'"{box}"' in command, (box, command)
