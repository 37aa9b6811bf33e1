"""Builders the 小红花 page's tests share: a team with issuers of each kind, and choosing in a combo box."""

from datetime import date

from app.domain import StaffDraft


def make_team(shop):
    """(shop, ids by name): 王店长 (店长, own quota), 赵组长 (组长, the pool), 小美 and 小刚 (客服), 阿花 (售后部)."""
    hired = date(2025, 1, 1)
    ids = {}
    for name, role, dept in (("王店长", "店长", "客服部"), ("赵组长", "组长", "客服部"), ("小美", "客服", "客服部"),
                             ("小刚", "客服", "客服部"), ("阿花", "售后", "售后部")):
        ids[name] = shop.staff.add(StaffDraft(name=name, role=role, dept=dept, hired=hired)).id
    return shop, ids


def pick(combo, data):
    combo.setCurrentIndex(combo.findData(data))


def greyed(page, item) -> bool:
    """Shown in the palette's disabled text colour (revoked and expired rows)."""
    from PySide6.QtGui import QPalette

    grey = page.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
    return item.foreground().color() == grey and grey != page.palette().color(QPalette.ColorRole.Text)


def flowers_page(qtbot, shop):
    """The 小红花 page, shown at a desktop's size and filled."""
    from ui.pages.flowers import FlowersPage

    page = FlowersPage(shop)
    qtbot.addWidget(page)
    page.resize(1400, 700)
    page.show()
    qtbot.waitExposed(page)
    page.refresh()
    return page
