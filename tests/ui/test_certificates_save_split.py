"""证书 page: 保存PDF… offers 「每人一个PDF（选择文件夹）…」 beside 「保存为一个PDF…」, as `honghua certificates batch
--split` does: one file per person in a folder chosen (and remembered), numbered and recorded like the one file."""

from __future__ import annotations

from pathlib import Path

import pytest
from certificates_page_support import add_by_hand, open_page
from PySide6.QtWidgets import QFileDialog

from app.periods import Month
from ui.pages import certificate_output as module

OCT = Month(2026, 10)


@pytest.fixture
def chosen(monkeypatch, qsettings) -> list[tuple[str, list[Path]]]:
    """The folder dialog: each call's starting folder is noted and the next folder of `chosen[-1][1]` given."""
    calls: list[tuple[str, list[Path]]] = [("", [])]
    monkeypatch.setattr(module, "window_settings", lambda: qsettings)

    def choose(_parent, _title, start="", *_args, **_kwargs):
        calls.append((start, calls[-1][1]))
        return str(calls[-1][1].pop(0)) if calls[-1][1] else ""

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(choose))
    return calls


@pytest.fixture
def page(qtbot, shop):
    widget = open_page(qtbot, shop)
    add_by_hand(widget, "欧阳娜娜", "最佳服务奖")
    add_by_hand(widget, "王小美", "最佳服务奖")
    yield widget
    widget.close()


def _split_action(page):
    [one, each] = page.save_button.menu().actions()
    assert one.text() == page.tr("保存为一个PDF…")
    return each


def _saved(qtbot, page, before: str) -> None:
    qtbot.waitUntil(lambda: page.status.text() not in ("", before) and page.folder_button.isEnabled(), timeout=15000)


def test_each_person_gets_a_file_of_their_own_numbered_and_recorded(lang, qtbot, page, chosen, tmp_path, messages):
    folder = tmp_path / "十月证书"
    chosen[-1][1].append(folder)
    _split_action(page).trigger()
    _saved(qtbot, page, page.status.text())
    certs = page.service.in_period(OCT)
    assert sorted(c.recipient for c in certs) == ["欧阳娜娜", "王小美"]
    files = sorted(p.name for p in folder.iterdir())
    assert files == sorted(f"{c.recipient}_最佳服务奖_{c.number}.pdf" for c in certs)
    said = "已保存 2 个文件到 {folder}" if lang == "zh" else "Saved 2 files to {folder}"
    assert page.status.text() == said.format(folder=folder)
    assert all(page.service.store.certificates.prints(c.id)[0].output == str(folder) for c in certs)
    opened = []
    module.open_url = opened.append
    try:
        page.folder_button.click()
    finally:
        module.open_url = module.QDesktopServices.openUrl
    assert [u.toLocalFile() for u in opened] == [str(folder)]
    assert messages.of("error") == [] and messages.of("confirm") == []


def test_the_folder_chosen_is_offered_again(qtbot, shop, page, chosen, tmp_path, messages):
    folder = tmp_path / "证书"
    chosen[-1][1].append(folder)
    _split_action(page).trigger()
    _saved(qtbot, page, "")
    again = open_page(qtbot, shop)  # another page, as after a restart: the window's settings keep it
    add_by_hand(again, "李雷", "进步奖")
    _split_action(again).trigger()  # no folder given this time: cancelled, nothing written
    assert chosen[-1][0] == str(folder)
    assert sorted(c.recipient for c in again.service.in_period(OCT)) == ["欧阳娜娜", "王小美"]
    again.close()


def test_files_of_the_same_names_are_replaced_only_when_the_owner_says_so(qtbot, page, chosen, tmp_path, messages):
    folder = tmp_path / "证书"
    chosen[-1][1].extend([folder, folder, folder])
    _split_action(page).trigger()
    _saved(qtbot, page, "")
    first = sorted(folder.iterdir())
    for path in first:
        path.write_bytes(b"kept")  # so a replaced file is seen
    messages.answer = False
    page.status.clear()
    _split_action(page).trigger()  # the same certificates again: their numbers, so their names, are the same
    [question] = messages.of("confirm")
    assert "2 个" in question and first[0].name in question
    assert all(p.read_bytes() == b"kept" for p in first) and page.status.text() == ""
    messages.answer = True
    _split_action(page).trigger()
    _saved(qtbot, page, "")
    assert sorted(folder.iterdir()) == first and all(p.read_bytes().startswith(b"%PDF") for p in first)


def test_the_buttons_click_and_its_first_choice_save_one_file(qtbot, page, tmp_path):
    for target, save in ((tmp_path / "点按钮.pdf", page.save_button.click),
                         (tmp_path / "选菜单.pdf", page.save_button.menu().actions()[0].trigger)):
        page.ask_save_path = lambda target=target: target
        save()
        qtbot.waitUntil(lambda target=target: target.exists() and str(target) in page.status.text(), timeout=15000)


@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")  # offscreen, showing a popup
def test_the_split_save_is_reached_from_the_keyboard(qtbot, page, chosen, tmp_path, messages):
    """A Tab stop whose Space saved one file, and no key opened the arrow's menu: 每人一个PDF needed a mouse."""
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtTest import QTest

    button, menu_seen = page.save_button, []
    assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
    folder = tmp_path / "键盘"
    chosen[-1][1].append(folder)

    def choose_split():
        menu = button.menu()
        menu_seen.append(menu.isVisible())
        for _ in menu.actions():
            if menu.activeAction() is _split_action(page):
                break
            QTest.keyClick(menu, Qt.Key.Key_Down)
        QTest.keyClick(menu, Qt.Key.Key_Return)

    button.setFocus()
    QTimer.singleShot(100, choose_split)
    QTest.keyClick(button, Qt.Key.Key_Down)
    _saved(qtbot, page, "")
    assert menu_seen == [True] and len(list(folder.iterdir())) == 2


def test_an_exports_folder_that_cannot_be_made_still_lets_a_folder_be_chosen(page, chosen, tmp_path, monkeypatch):
    """The folder dialog started in the exports folder, made first: a data folder where it cannot be made
    (a file of that name) raised out of the menu's action instead of opening the dialog."""
    from app import paths

    (tmp_path / "数据").write_text("a file, not a folder")
    monkeypatch.setattr(paths, "exports_dir", lambda: tmp_path / "数据" / "exports")
    chosen[-1][1].append(tmp_path)
    assert page.ask_split_folder() == tmp_path
