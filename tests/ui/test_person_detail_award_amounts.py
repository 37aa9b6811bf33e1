"""The person detail lists approved awards as the 评奖 page writes them: a gift with its value and what it is
(「订单最多奖 ¥200.00」 read as ¥200 in cash), a deduction below zero."""

from awards_page_support import SEP, make_team

from ui.dialogs.person_detail import PersonDetailDialog


def awards_shown(qtbot, shop, staff_id) -> dict[str, str]:
    dialog = PersonDetailDialog(shop, shop.staff.get(staff_id), SEP)
    qtbot.addWidget(dialog)
    table = dialog.awards
    return {table.item(r, 1).text(): table.item(r, 2).text() for r in range(table.rowCount())}


def test_a_gift_is_told_from_cash(qtbot, shop, tmp_path):
    ids = make_team(shop, tmp_path)  # 甲: 120% of the September target, praised twice; 乙: one complaint
    shop.awards.add_manual(SEP, "月度心愿奖", staff_id=ids["甲"], item="蓝牙耳机", amount_fen=30_000, reason="服务好")
    shop.awards.approve(SEP, confirm=True)
    assert awards_shown(qtbot, shop, ids["甲"]) == {"阶段目标奖": "¥500.00", "表扬奖": "¥40.00",
                                                  "月度心愿奖": "¥300.00（蓝牙耳机）"}
    assert awards_shown(qtbot, shop, ids["乙"]) == {"投诉扣款": "-¥200.00"}
