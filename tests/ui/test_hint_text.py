"""Hints (the grey notes under a grid, an empty list's note) follow the palette: readable on a light window
and on a dark one, where Windows' dark mode hands out a dark palette anyway."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel, QWidget

from ui.importing.history_dialog import ImportHistoryDialog
from ui.pages.data import DataPage
from ui.pages.targets import TargetsPage
from ui.widgets.audit_view import AuditView
from ui.widgets.hint_text import dim_text
from ui.widgets.no_staff_notice import NoStaffNotice
from ui.widgets.plain_looks import NOTICE_BACKGROUND as BACKGROUND

ROOT = Path(__file__).resolve().parents[2]
SCREENS = ROOT / "tests" / "artifacts" / "screens"
ROLE = QPalette.ColorRole
PALETTES = {"light": ("#f0f0f0", "#000000"), "dark": ("#202020", "#ffffff")}


def palette_of(scheme: str) -> QPalette:
    window, text = PALETTES[scheme]
    palette = QPalette()
    for role, colour in ((ROLE.Window, window), (ROLE.WindowText, text), (ROLE.Base, window), (ROLE.Text, text),
                         (ROLE.Button, window), (ROLE.ButtonText, text)):
        palette.setColor(role, QColor(colour))
    return palette


def contrast(a: QColor, b: QColor) -> float:
    """WCAG's contrast ratio of two colours."""
    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def text_contrast(label: QLabel) -> float:
    label.ensurePolished()  # a style sheet's colour reaches the palette when the widget is polished
    palette = label.palette()
    return contrast(palette.color(label.foregroundRole()), palette.color(ROLE.Window))


@pytest.fixture(params=sorted(PALETTES))
def scheme(request, qapp):
    before = qapp.palette()
    qapp.setPalette(palette_of(request.param))
    yield request.param
    qapp.setPalette(before)


@pytest.mark.parametrize("make", [TargetsPage, DataPage, ImportHistoryDialog, AuditView],
                         ids=["targets", "data", "import_history", "audit_log"])
def test_every_label_is_readable_in_a_light_and_a_dark_palette(qtbot, shop, scheme, make):
    widget = make(shop)
    qtbot.addWidget(widget)
    widget.resize(1024, 700)
    labels = [label for label in widget.findChildren(QLabel)  # a notice's text is on its own cream (below)
              if label.text() and not isinstance(label.parentWidget(), NoStaffNotice)]
    assert labels
    for label in labels:
        assert text_contrast(label) >= 3, f"{label.text()[:30]!r} in the {scheme} palette"
    SCREENS.mkdir(parents=True, exist_ok=True)
    assert widget.grab().save(str(SCREENS / f"hint_{make.__name__}_{scheme}.png"))


def test_a_hint_follows_a_palette_changed_while_it_is_shown(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    hint = dim_text(QLabel("鼠标停在格子上可看原因", window))
    for scheme in ("light", "dark", "light"):
        window.setPalette(palette_of(scheme))
        colour = hint.palette().color(hint.foregroundRole())
        assert 3 <= contrast(colour, QColor(PALETTES[scheme][0])) < contrast(QColor(PALETTES[scheme][1]),
                                                                             QColor(PALETTES[scheme][0]))


def test_the_no_staff_notice_keeps_dark_text_on_its_cream_background(qtbot, scheme):
    notice = NoStaffNotice("还没有员工：先到「员工」页添加客服。")
    qtbot.addWidget(notice)
    notice.label.ensurePolished()
    colour = notice.label.palette().color(notice.label.foregroundRole())
    assert contrast(colour, QColor(BACKGROUND)) >= 4.5


def test_no_hint_is_given_a_fixed_grey_again():
    """A fixed grey (#555 … #999) as a widget's text colour is the dim-on-dark hint this module replaced;
    hints use `dim_text` (a grey on a light background of the widget's own is fine: it sets `background`)."""
    grey = re.compile(r"""setStyleSheet\([^)]*color:\s*#([5-9a-f])\1\1(\1\1\1)?\b""")
    found = [f"{path.relative_to(ROOT)}:{n}" for path in (ROOT / "ui").rglob("*.py")
             for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             if grey.search(line) and "background" not in line]
    assert found == []
