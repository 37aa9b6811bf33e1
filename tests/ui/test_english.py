"""English as the second interface language: the Qt catalogue (resources/i18n/honghua_en.ts → .qm) is
complete and compiled, `--lang en` and the shop's language setting switch the window to English, and
app/ messages follow (app.i18n). Screenshots: tests/artifacts/screens/english-*.png."""

from __future__ import annotations

import json
import re
import shutil
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QGroupBox, QLabel, QTabWidget, QWidget

from app import i18n
from app import settings as declared
from app.demo import generate_demo
from ui import main as gui_main
from ui.dialogs.staff_dialog import StaffDialog
from ui.main import install_translators
from ui.navigation import PAGES

ROOT = Path(__file__).resolve().parents[2]
SCREENS = ROOT / "tests" / "artifacts" / "screens"
sys.path.insert(0, str(ROOT / "scripts"))
import extract_ui_strings as catalogue

CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]")
ENGLISH_TITLES = ["Board", "Staff", "Targets", "Data", "Red flowers", "Awards", "Certificates", "Settings"]


@pytest.fixture
def english(qapp):
    install_translators(qapp, "en")
    yield
    install_translators(qapp, "zh")


def texts(root: QWidget) -> dict[str, str]:
    """The interface's own words under `root`: buttons, labels, group and tab titles (not table cells,
    which hold the shop's data)."""
    found: dict[str, str] = {}
    for widget in [root, *root.findChildren(QWidget)]:
        name = f"{type(widget).__name__}:{widget.objectName()}"
        if isinstance(widget, (QAbstractButton, QLabel)) and widget.text():
            found[f"{name}:{widget.text()}"] = widget.text()
        elif isinstance(widget, QGroupBox):
            found[f"{name}:{widget.title()}"] = widget.title()
        elif isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                found[f"{name}:tab{i}"] = widget.tabText(i)
    return found


def chinese(strings: dict[str, str], allowed: tuple[str, ...] = ()) -> list[str]:
    return [text for text in strings.values() if CJK.search(text) and not any(a in text for a in allowed)]


def clipped(root: QWidget) -> list[str]:
    """Visible buttons narrower than their text needs (English is wider than Chinese)."""
    return [f"{type(w).__name__} «{w.text()}» {w.width()} < {w.sizeHint().width()}"
            for w in root.findChildren(QAbstractButton)
            if w.isVisibleTo(root) and w.text() and w.width() < w.sizeHint().width()]


# ---- the catalogue
def test_the_catalogue_has_an_english_translation_for_every_string():
    extraction = catalogue.extract()
    assert len(extraction.messages) > 900
    assert catalogue.check_catalogue(extraction, catalogue.read_ts()) == []


def test_the_people_of_the_shop_are_staff_in_english_never_agents():
    """The Staff page calls everyone staff; the import wizard said "agents" for the same people (找不到的客服,
    跳过的客服) beside "new staff" and "staff member", which read as two kinds of people."""
    agents = [f"{context} «{source}» → {t.text}" for (context, source, _), t in catalogue.read_ts().items()
              if re.search(r"\bagents?\b", t.text, re.IGNORECASE)]
    assert agents == []


def test_english_quotes_are_straight_as_the_cjk_interface_font_draws_curly_ones_full_width():
    """The interface font (Microsoft YaHei, Noto Sans SC) draws “ ” ‘ ’ a full CJK cell wide, as Chinese text uses
    them: 「choose “Quarter” or “Half-year”」 and 「column’s」 showed wide gaps in an English window."""
    curly = re.compile("[\u2018\u2019\u201c\u201d]")
    window = [f"«{source}» → {t.text}" for (_context, source, _), t in catalogue.read_ts().items() if curly.search(t.text)]
    messages = [text for text in json.loads((ROOT / "resources" / "i18n" / "en.json").read_text(encoding="utf-8")).values()
                if curly.search(text)]
    assert window == [] and messages == []


def test_the_compiled_qm_is_the_ts_as_it_is_now():
    assert catalogue.check_compiled() == []


def test_the_checker_finds_a_missing_translation_and_changed_fields():
    extraction = catalogue.extract()
    translations = catalogue.read_ts()
    key = ("MainWindow", "看板", "")
    assert translations[key].text == "Board"
    del translations[key]
    wrong = ("MainWindow", "店铺：{name}", "")
    translations[wrong] = catalogue.Translation("Shop: {shop}", True)
    chinese_left = ("MainWindow", "退出", "")
    translations[chinese_left] = catalogue.Translation("Quit 退出", True)
    unfinished = ("MainWindow", "页面(&P)", "")
    translations[unfinished] = catalogue.Translation("&Pages", False)
    problems = "\n".join(catalogue.check_catalogue(extraction, translations))
    assert "not in honghua_en.ts" in problems and "MainWindow «看板»" in problems
    assert "changes its fields: ['name'] → ['shop']" in problems
    assert "still has Chinese: «Quit 退出»" in problems
    assert "no English translation yet: MainWindow «页面(&P)»" in problems


def test_the_checker_sees_a_stale_qm(tmp_path):
    ts = tmp_path / "honghua_en.ts"
    text = catalogue.TS_PATH.read_text(encoding="utf-8")
    ts.write_text(text.replace("<translation>Board</translation>", "<translation>Dashboard</translation>", 1),
                  encoding="utf-8")
    assert catalogue.check_compiled(ts, catalogue.QM_PATH) == [
        "honghua_en.qm does not match honghua_en.ts (run scripts/update_translations)"]
    assert catalogue.check_compiled(ts, tmp_path / "honghua_en.qm") == [
        "honghua_en.qm is missing (run scripts/update_translations)"]


def test_the_extractor_reads_tr_translate_helpers_and_refuses_undeclared_variables(tmp_path):
    package = tmp_path / "ui"
    package.mkdir()
    (package / "page.py").write_text(
        "from PySide6.QtCore import QCoreApplication\n"
        "def _tr(text):\n"
        "    return QCoreApplication.translate('helpers', text)\n"
        "class Page:\n"
        "    def build(self, label):\n"
        "        self.tr('保存')\n"
        "        QCoreApplication.translate('Other', '关闭')\n"
        "        _tr('出错了')\n"
        "        for q in ('第一季度', '第二季度'):\n"
        "            self.tr(q)\n"
        "        self.tr(label)\n"
        "        self.tr(f'{label}')\n",
        encoding="utf-8")
    extraction = catalogue.extract(tmp_path, dynamic={})
    assert set(extraction.messages) == {
        ("Page", "保存", ""), ("Other", "关闭", ""), ("helpers", "出错了", ""),
        ("Page", "第一季度", ""), ("Page", "第二季度", "")}
    problems = "\n".join(extraction.problems)
    assert "ui/page.py:11: tr(label) in context Page translates a variable" in problems
    assert "ui/page.py:12: an f-string cannot be translated" in problems


def test_the_ts_round_trips_through_the_writer(tmp_path):
    extraction = catalogue.extract()
    translations = catalogue.read_ts()
    copy = tmp_path / "copy.ts"
    catalogue.write_ts(extraction.messages, translations, copy)
    assert catalogue.read_ts(copy) == translations
    assert "<translation>Board</translation>" in copy.read_text(encoding="utf-8")


# ---- the window in English
def test_english_translator_also_switches_app_messages(english):
    assert i18n.language() == "en"
    assert QCoreApplication.translate("MainWindow", "看板") == "Board"
    assert i18n.t("已取消，没有写入任何数据。") == "Cancelled; nothing was written."


def test_chinese_stays_the_default(qapp, make_window):
    assert declared.LANGUAGE.default == "zh"
    window = make_window()
    assert [window.nav.item(i).text() for i in range(window.nav.count())] == [p.title for p in PAGES]


def test_navigation_page_buttons_and_a_dialog_are_in_english(english, make_window, staffed_shop, qtbot):
    window = make_window(start_page="staff")
    window.resize(1200, 760)
    window.show()
    assert [window.nav.item(i).text() for i in range(window.nav.count())] == ENGLISH_TITLES
    assert [a.text() for a in window.menuBar().actions()] == ["&File", "&Pages", "&Help"]
    page = window.current_page()
    buttons = {b.text() for b in page.findChildren(QAbstractButton) if b.text()}
    assert {"New", "Edit", "Mark as left…", "Rehire", "Departments", "Show former staff"} <= buttons
    assert chinese(texts(page)) == []
    assert chinese(texts(window.statusBar()), allowed=(staffed_shop.name,)) == []

    dialog = StaffDialog(staffed_shop)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "New staff member"
    assert chinese(texts(dialog)) == []


def test_no_catalogued_string_is_left_in_chinese_on_any_page(english, make_window, staffed_shop):
    """Every page and tab, built in English: no text on screen is a catalogue source left untranslated
    (a wrong context, a translation that did not load). Chinese that is not in the catalogue — the
    shop's data, names of built-in metrics, dates formatted by app/ — is listed in
    tests/artifacts/english-leftovers.txt to look at."""
    sources = {source for (_context, source, _comment) in catalogue.read_ts()}
    window = make_window()
    window.resize(1200, 760)
    window.show()
    untranslated, leftovers = [], set()
    for index, spec in enumerate(PAGES):
        window.show_page(index)
        page = window.current_page()
        for tab_widget in page.findChildren(QTabWidget):
            for i in range(tab_widget.count()):
                tab_widget.setCurrentIndex(i)
        QApplication.processEvents()
        for text in texts(page).values():
            if text in sources:
                untranslated.append(f"{spec.key}: {text}")
            elif CJK.search(text):
                leftovers.add(f"{spec.key}: {text}")
    SCREENS.parent.mkdir(parents=True, exist_ok=True)
    (SCREENS.parent / "english-leftovers.txt").write_text("\n".join(sorted(leftovers)) + "\n", encoding="utf-8")
    assert untranslated == []


@pytest.mark.parametrize("how", ["--lang", "setting"])
def test_the_program_starts_in_english_from_the_option_or_the_setting(how, qapp, db_path, today, monkeypatch,
                                                                        english):
    from app.shop import Shop

    install_translators(qapp, "zh")
    if how == "setting":
        shop = Shop.open(db_path, today)
        try:
            shop.settings.set(declared.LANGUAGE, "en")
        finally:
            shop.close()
    windows = []

    class Recorded(gui_main.MainWindow):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            windows.append(self)

    monkeypatch.setattr(gui_main, "MainWindow", Recorded)
    args = ["--db", str(db_path), "--today", today.isoformat(), "--exit-after-startup"]
    assert gui_main.main(args + (["--lang", "en"] if how == "--lang" else [])) == 0
    [window] = windows
    assert [window.nav.item(i).text() for i in range(window.nav.count())] == ENGLISH_TITLES
    assert i18n.language() == "en"
    window.close()


def test_the_language_setting_is_on_the_shop_tab_and_applies_at_next_start(make_window, shop):
    window = make_window(start_page="settings")
    page = window.current_page()
    combo = page.language_combo
    assert [combo.itemText(i) for i in range(combo.count())] == ["中文（简体）", "English"]
    assert combo.currentData() == "zh"
    # the language chosen is the one on show: the note is about a change, not about the choice waiting for a start
    assert page.language_note.text() == "改动在下次启动红花榜时生效"
    combo.setCurrentIndex(1)
    assert page.save_language()
    assert shop.settings.get(declared.LANGUAGE) == "en"
    assert page.language_note.text() == "现在显示的是 中文（简体）；选择的 English 在下次启动红花榜时生效"
    assert window.nav.item(0).text() == "看板"  # this window stays as it is until the next start
    page.refresh()
    assert combo.currentData() == "en"


# ---- screenshots, to look at
def _save(widget: QWidget, path: Path) -> None:
    QApplication.processEvents()
    assert widget.grab().save(str(path)), path
    assert path.stat().st_size > 5000, f"{path.name} looks blank"


def test_english_screenshots(english, make_window, shop, qtbot, messages):
    SCREENS.mkdir(parents=True, exist_ok=True)
    generate_demo(shop)
    window = make_window(start_page="dashboard")
    window.resize(1200, 760)
    window.show()
    problems = []
    for index, spec in enumerate(PAGES):
        window.show_page(index)
        _save(window, SCREENS / f"english-{index + 1:02d}-{spec.key}.png")
        problems += [f"{spec.key}: {p}" for p in clipped(window)]
    settings = window.current_page()
    for tab in range(settings.tabs.count()):
        settings.tabs.setCurrentIndex(tab)
        _save(window, SCREENS / f"english-08-settings-tab{tab + 1}.png")
        problems += [f"settings tab {tab + 1}: {p}" for p in clipped(window)]
    dialog = StaffDialog(shop, shop.staff.list()[0])
    qtbot.addWidget(dialog)
    dialog.show()
    _save(dialog, SCREENS / "english-dialog-staff.png")
    problems += [f"staff dialog: {p}" for p in clipped(dialog)]
    assert problems == []
    assert messages.of("error") == []


def test_clipping_check_sees_a_squeezed_button(qtbot, english):
    from PySide6.QtWidgets import QPushButton

    box = QWidget()
    qtbot.addWidget(box)
    button = QPushButton("Restore the selected backup…", box)
    button.resize(40, 30)
    box.show()
    assert clipped(box) and "Restore the selected backup…" in clipped(box)[0]


def test_update_translations_script_is_there_and_runs_the_extractor():
    script = ROOT / "scripts" / "update_translations"
    assert script.stat().st_mode & 0o111
    text = script.read_text(encoding="utf-8")
    assert "extract_ui_strings.py --compile" in text and "--check" in text
    assert shutil.which("bash")


def test_setting_choices_and_built_in_metric_names_are_in_english(english, make_window, staffed_shop):
    """设置's choice boxes and the metric names on 目标, 数据 and 设置 → 指标 follow the language (the
    board already said "Sales"); the shop's own data stays as typed."""
    from ui.navigation import page_index

    window = make_window()
    window.show_page(page_index("settings"))
    settings = window.current_page()
    for form in (settings.board_form, settings.flower_form):
        for key, editor in form.editors.items():
            if key != declared.RED_FLAG_ISSUER.key and hasattr(editor, "itemText"):
                shown = [editor.itemText(i) for i in range(editor.count())]
                assert not any(CJK.search(text) for text in shown), (key, shown)
    assert settings.board_form.editors[declared.BOARD_DAY_WEIGHTS.key].itemText(0).startswith("Calendar")
    names = [settings.metrics_table.item(r, 0).text() for r in range(settings.metrics_table.rowCount())]
    assert "Sales" in names and "销售额" not in names

    window.show_page(page_index("data"))
    data = window.current_page()
    combo = [data.metric_combo.itemText(i) for i in range(data.metric_combo.count())]
    assert any(text.startswith("Sales") for text in combo) and not any("销售额" in text for text in combo)

    window.show_page(page_index("targets"))
    targets = window.current_page()
    menu = [a.text() for a in targets.metrics_menu.actions()]
    assert "Sales" in menu and "销售额" not in menu
    headers = [str(targets.model.headerData(c, Qt.Orientation.Horizontal)) for c in range(targets.model.columnCount())]
    assert not any("销售额" in h for h in headers), headers


def test_flower_categories_are_in_english_and_kept_in_chinese(english, qtbot, shop):
    """The 发放小红花 dialog and the ledger show a flower's category in English; the shop keeps the scheme's word."""
    from app.domain import StaffDraft
    from ui.dialogs.flower_dialogs import IssueFlowerDialog
    from ui.models.flower_model import FlowerModel

    boss = shop.staff.add(StaffDraft(name="王店长", role="店长")).id
    agent = shop.staff.add(StaffDraft(name="小美", role="客服")).id
    dialog = IssueFlowerDialog(shop)
    qtbot.addWidget(dialog)
    shown = [dialog.category.itemText(i) for i in range(dialog.category.count())]
    assert "Customer service" in shown and not any(CJK.search(text) for text in shown)
    dialog.issuer.setCurrentIndex(dialog.issuer.findData(boss))
    dialog.recipient.setCurrentIndex(dialog.recipient.findData(agent))
    dialog.category.setCurrentIndex(dialog.category.findData("帮助同事"))
    dialog.reason.setPlainText("Helped a new colleague with returns")
    dialog.accept()
    assert dialog.flower is not None and dialog.flower.category == "帮助同事"
    model = FlowerModel()
    model.set_flowers(shop.flowers.ledger(), {boss: "王店长", agent: "小美"}, shop.today)
    assert model.index(0, 5).data() == "Helping colleagues"
