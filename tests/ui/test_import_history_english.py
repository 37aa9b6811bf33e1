"""An import of several files, listed in English: the history, its undo question and the service's messages name
the files with English commas, not the 、 the record keeps them joined with."""

from __future__ import annotations

import import_wizard_support as support
from import_wizard_support import commit, daily, preview

from app.errors import UserError
from app.importing import ImportService
from ui.importing.history_dialog import ImportHistoryDialog
from ui.main import install_translators

people, make_wizard = support.people, support.make_wizard  # fixtures


def two_files_imported(qtbot, shop, make_wizard):
    """一.csv and 二.csv imported together: (the first file, the import's id)."""
    folder = shop.store.path.parent
    first = daily(folder, [["2026-10-01", "小美", "100", "1"]], "一.csv")
    second = daily(folder, [["2026-10-02", "阿强", "200", "2"]], "二.csv")
    wizard = make_wizard([first, second])
    preview(qtbot, wizard)
    return first, commit(qtbot, wizard)


def test_an_import_of_two_files_names_them_with_english_commas(qtbot, qapp, shop, people, make_wizard, messages):
    _first, import_id = two_files_imported(qtbot, shop, make_wizard)
    install_translators(qapp, "en")
    try:
        dialog = ImportHistoryDialog(shop)
        qtbot.addWidget(dialog)
        assert dialog.model.text(0, 2) == "一.csv, 二.csv"  # was 一.csv、二.csv
        dialog.select(import_id)
        messages.answer = False
        dialog.undo_selected()
        assert "(一.csv, 二.csv)" in messages.of("confirm")[0]
        service = ImportService(shop.store, shop.ctx, shop.metrics)
        service.undo(import_id)
        try:
            service.undo(import_id)
        except UserError as refused:
            assert "(一.csv, 二.csv)" in str(refused), str(refused)
        else:
            raise AssertionError("a second undo was not refused")
    finally:
        install_translators(qapp, "zh")
    assert shop.store.imports.get(import_id).file_name == "一.csv、二.csv"  # kept as data


def test_a_file_imported_again_names_the_earlier_import_of_two_files_with_english_commas(qtbot, qapp, shop, people,
                                                                                         make_wizard):
    first, import_id = two_files_imported(qtbot, shop, make_wizard)
    install_translators(qapp, "en")
    try:
        wizard = make_wizard([first])
        plan = preview(qtbot, wizard)
        assert plan.nothing_to_write()
        assert '"一.csv, 二.csv"' in plan.repeat_message()
        assert wizard.next() is not None
        support.wait_idle(qtbot, wizard)
        shown = wizard.result_step.details.toPlainText()
    finally:
        install_translators(qapp, "zh")
    assert '"一.csv, 二.csv"' in shown, shown  # was “一.csv、二.csv”, beside the check step's note saying 一.csv, 二.csv
    assert plan.as_json(committed=False)["already_imported"][0] == {"import_id": import_id, "file": "一.csv、二.csv",
                                                     "at": plan.repeats[0][2]}  # the record's name, as stored
