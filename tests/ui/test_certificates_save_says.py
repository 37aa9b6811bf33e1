"""证书 page: a save says how many certificates it wrote and whether they are drafts (not numbered) or numbered;
it said only 「已保存 路径」 for both."""

from certificates_page_support import add_by_hand, open_page


def _save(qtbot, page, target) -> str:
    page.ask_save_path = lambda: target
    page.save_checked()
    qtbot.waitUntil(lambda: "已保存" in page.status.text(), timeout=10000)
    return page.status.text()


def test_certificates_made_by_hand_are_saved_numbered_and_said_so(qtbot, shop, tmp_path):
    page = open_page(qtbot, shop)
    add_by_hand(page, "小美", "服务之星")
    add_by_hand(page, "吉𠮷", "进步之星")
    target = tmp_path / "十月.pdf"
    assert _save(qtbot, page, target) == f"已保存 2 张证书（已编号）到 {target}"
    page.close()


def test_drafts_are_saved_and_said_to_be_drafts(qtbot, shop, tmp_path, monkeypatch):
    from dataclasses import replace

    page = open_page(qtbot, shop)
    add_by_hand(page, "小美", "服务之星")
    chosen = page.chosen
    monkeypatch.setattr(page, "chosen", lambda requests: replace(chosen(requests), draft=True))  # an unapproved list's
    target = tmp_path / "草稿.pdf"
    assert _save(qtbot, page, target) == f"已保存 1 张证书草稿（不编号）到 {target}"
    page.close()
