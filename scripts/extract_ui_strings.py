"""The Qt translation catalogue of ui/: collect its strings, keep resources/i18n/honghua_en.ts in step,
check that every string has an English translation and that the compiled .qm matches the .ts.

    python scripts/extract_ui_strings.py            update the .ts (new strings are marked unfinished)
    python scripts/extract_ui_strings.py --check    exit 1 and list what is missing or stale

Why not pyside6-lupdate alone: it sees `self.tr("…")` and `QCoreApplication.translate("Context", "…")`,
but not the modules' one-argument `_tr("…")` helpers (each wraps `translate` with a fixed context), nor
the labels kept in tables and translated through a variable (`self.tr(STATUS_TEXT[status])`). This
script reads all three with the ast module. Every `tr()` of a variable must be declared in `DYNAMIC`
below, with the code that lists the strings it can receive; an undeclared one is reported, so a new
table of labels cannot slip past the catalogue.

Contexts follow PySide6: `self.tr` in a method of class C translates in context "C" (a subclass finds
its base's translations too); `_tr` in a module uses the context its definition passes to translate.
"""

from __future__ import annotations

import argparse
import ast
import importlib
import os
import re
import shutil
import string
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
TS_PATH = ROOT / "resources" / "i18n" / "honghua_en.ts"
QM_PATH = ROOT / "resources" / "i18n" / "honghua_en.qm"
SOURCE_PACKAGES = ("ui",)
TRANSLATE_OWNERS = {"QCoreApplication", "QApplication", "QGuiApplication"}

# Where the strings of each `tr(<variable>)` come from: (file, context, the argument as written, or "*"
# for every variable in that file and context) -> Python code evaluated in that module's namespace,
# giving the strings (or (context, string) pairs).
DYNAMIC: dict[tuple[str, str, str], str] = {
    ("ui/main_window.py", "MainWindow", "spec.title"): "[spec.title for spec in PAGES]",
    ("ui/unsaved_edits.py", "UnsavedEdits", "spec.title"): "[spec.title for spec in PAGES]",
    ("ui/pages/placeholder.py", "PlaceholderPage", "self.title"):
        "[spec.title for spec in import_module('ui.navigation').PAGES]",
    ("ui/pages/placeholder.py", "PlaceholderPage", "description"):
        "[spec.coming for spec in import_module('ui.navigation').PAGES if spec.coming]",
    ("ui/models/board_model.py", "BoardModel", "STATUS_TEXT[row.status]"): "STATUS_TEXT.values()",
    ("ui/pages/dashboard.py", "DashboardPage", "poster_title"): "import_module('app.reports.board').POSTER_TITLES.values()",
    ("ui/widgets/team_summary.py", "TeamSummary", "STATUS_TEXT[status]"): "STATUS_TEXT.values()",
    ("ui/models/flower_model.py", "FlowerModel", "STATUS_TEXT[flower.status(self.today)]"): "STATUS_TEXT.values()",
    ("ui/models/award_models.py", "AwardLineModel", "KIND_LABELS[line.kind]"): "KIND_LABELS.values()",
    ("ui/models/award_models.py", "AwardLineModel", "KIND_LABELS[kind]"): "KIND_LABELS.values()",
    ("ui/dialogs/award_dialogs.py", "ManualAwardDialog", "KIND_LABELS[rule.pays]"): "KIND_LABELS.values()",
    ("ui/dialogs/award_dialogs.py", "ReceiptDialog", "KIND_LABELS[x.kind]"): "KIND_LABELS.values()",
    ("ui/models/import_models.py", "ImportModels", "self.HEADERS[section]"):
        "[h for cls in subclasses(_TextRows) for h in cls.HEADERS]",
    ("ui/models/audit_model.py", "AuditTableModel", "ACTION_LABELS[action]"): "ACTION_LABELS.values()",
    ("ui/models/audit_model.py", "AuditTableModel", "GROUP_LABELS[group]"): "GROUP_LABELS.values()",
    ("ui/models/month_grid_model.py", "MonthGridModel", "names[day.weekday()]"):
        "'一二三四五六日'",
    ("ui/models/month_grid_model.py", "MonthGridModel", "label"): "['合计', '平均', '加权平均']",
    ("ui/models/rows_model.py", "?", "self.COLUMNS[section]"):
        "[(cls.CONTEXT, c) for cls in subclasses(RowsModel) for c in cls.COLUMNS]",
    ("ui/dialogs/metric_dialog.py", "MetricDialog", "UNIT_LABELS.get(key, key)"): "UNIT_LABELS.values()",
    ("ui/dialogs/flower_dialogs.py", "IssueFlowerDialog", "category"): "CATEGORIES",
    ("ui/models/flower_model.py", "FlowerModel", "flower.category"): "CATEGORIES",
    ("ui/dialogs/event_type_dialog.py", "EventTypeDialog", "label"): "POLARITY_LABELS.values()",
    ("ui/pages/settings.py", "SettingsPage", "declared.SHOP_NAME.label"): "[declared.SHOP_NAME.label]",
    ("ui/pages/settings.py", "SettingsPage", "declared.LANGUAGE.label"): "[declared.LANGUAGE.label]",
    ("ui/pages/settings.py", "SettingsPage", "UNIT_LABELS.get(m.unit, m.unit)"): "UNIT_LABELS.values()",
    ("ui/pages/settings.py", "SettingsPage", "tab"): "TAB_GUIDE.keys()",
    ("ui/pages/settings.py", "SettingsPage", "AGGREGATION_LABELS.get(m.aggregation, m.aggregation)"):
        "AGGREGATION_LABELS.values()",
    ("ui/pages/settings.py", "SettingsPage", "POLARITY_LABELS.get(e.polarity, e.polarity)"):
        "POLARITY_LABELS.values()",
    ("ui/pages/dashboard.py", "DashboardPage", "label"): "[label for _key, label in SORTS]",
    ("ui/pages/certificates.py", "CertificatesPage", "label"): "[*TEMPLATE_LABELS.values(), *PAGE_LABELS.values()]",
    ("ui/pages/flowers.py", "FlowersPage", "label"): "[label for _key, label in STATUS_FILTERS]",
    ("ui/pages/flower_board.py", "FlowerBoardTab", "QUARTERS[q - 1]"): "QUARTERS",
    ("ui/pages/flower_board.py", "FlowerBoardTab", "MONTHS[m - 1]"): "MONTHS",
    ("ui/widgets/leaderboard.py", "Leaderboard", "label"): "[label for _kind, label in PERIOD_KINDS]",
    ("ui/widgets/backup_panel.py", "BackupPanel", "setting.label"): "[s.label for s in KEEP_SETTINGS]",
    ("ui/widgets/backup_panel.py", "BackupPanel", "KEEP_LABELS[setting.key]"): "KEEP_LABELS.values()",
    ("ui/widgets/period_kind_picker.py", "PeriodKindPicker", "label"): "[label for _key, label in KINDS]",
    ("ui/widgets/settings_form.py", "SettingsForm", "setting.label"): "[s.label for s in declared.ALL]",
    ("ui/widgets/settings_form.py", "SettingsForm", "setting.choice_label(value)"):
        "[label for s in declared.ALL for label in s.choice_labels]",
    ("ui/widgets/settings_form.py", "SettingsForm", "setting.empty"): "[s.empty for s in declared.ALL if s.empty]",
    ("ui/dialogs/bulk_target_dialog.py", "RaiseDialog", "declared.RAISE_ROUNDING.choice_label(choice)"):
        "declared.RAISE_ROUNDING.choice_labels",
    ("ui/dialogs/certificate_images.py", "CertificateImagesDialog", "KIND_LABELS[kind]"): "KIND_LABELS.values()",
    ("ui/dialogs/certificate_images.py", "CertificateImagesDialog", "HINTS[kind]"): "HINTS.values()",
    ("ui/dialogs/certificate_images.py", "CertificateImagesDialog", "EMPTY[kind]"): "EMPTY.values()",
    ("ui/pages/certificates.py", "CertificatesPage", "TEMPLATE_LABELS[chosen.template_for(request.award)]"):
        "TEMPLATE_LABELS.values()",
    # the plan editor: every label, hint and choice of the rule kinds' forms (ui/plans/specs.py)
    ("ui/plans/editor.py", "PlanEditorDialog", "*"): "import_module('ui.plans.specs').all_labels()",
    ("ui/plans/field_widgets.py", "PlanEditor", "*"): "import_module('ui.plans.specs').all_labels()",
    ("ui/plans/kind_panel.py", "PlanEditor", "*"): "import_module('ui.plans.specs').all_labels()",
    ("ui/plans/table_field.py", "PlanEditor", "*"): "import_module('ui.plans.specs').all_labels()",
    ("ui/plans/rule_form.py", "RuleForm", "*"): "import_module('ui.plans.specs').KIND_NAMES.values()",
    ("ui/plans/rule_list.py", "RuleList", "KIND_NAMES.get(kind, str(rule.get('kind', '')))"):
        "KIND_NAMES.values()",
    ("ui/plans/rule_list.py", "RuleList", "PERIOD_NAMES.get(period, period)"): "PERIOD_NAMES.values()",
}

# `<name>.tr("…")` called on another object than self: (file, name) -> the context to file it under.
# A Python subclass finds a Qt base class's context too (PySide6 walks the class's MRO).
TR_RECEIVERS: dict[tuple[str, str], str] = {
    ("ui/dialogs/common.py", "dialog"): "QDialog",  # ok_cancel(dialog): every dialog's OK/Cancel
}


@dataclass
class Message:
    context: str
    source: str
    comment: str = ""
    locations: list[tuple[str, int]] = field(default_factory=list)

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment)


@dataclass
class Extraction:
    messages: dict[tuple[str, str, str], Message] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    dynamic_sites: list[tuple[str, str, str, int]] = field(default_factory=list)  # file, context, arg, line

    def add(self, context: str, source: str, comment: str, where: tuple[str, int]) -> None:
        message = self.messages.setdefault((context, source, comment), Message(context, source, comment))
        if where not in message.locations:
            message.locations.append(where)


def _text(node: ast.AST | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _wrappers(tree: ast.Module) -> dict[str, str]:
    """Module-level `def _tr(text): return QCoreApplication.translate("Context", text)` -> {"_tr": "Context"}."""
    found = {}
    for node in tree.body:
        body = node.body[1:] if isinstance(node, ast.FunctionDef) and node.body \
            and _text(getattr(node.body[0], "value", None)) is not None else getattr(node, "body", [])
        if isinstance(node, ast.FunctionDef) and node.args.args and len(body) == 1 \
                and isinstance(body[0], ast.Return) and isinstance(body[0].value, ast.Call):
            call = body[0].value
            param = node.args.args[0].arg
            if _is_translate(call.func) and len(call.args) >= 2 and _text(call.args[0]) is not None \
                    and isinstance(call.args[1], ast.Name) and call.args[1].id == param:
                found[node.name] = _text(call.args[0])
    return found


def _is_translate(func: ast.AST) -> bool:
    return isinstance(func, ast.Attribute) and func.attr == "translate" \
        and isinstance(func.value, ast.Name) and func.value.id in TRANSLATE_OWNERS


class _Visitor(ast.NodeVisitor):
    def __init__(self, relpath: str, wrappers: dict[str, str], out: Extraction):
        self.relpath = relpath
        self.wrappers = wrappers
        self.out = out
        self.classes: list[str] = []
        self.loops: dict[str, list[str]] = {}  # `for q in ("第一季度", …)`: q -> those strings

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        if not self.classes and node.name in self.wrappers:
            return  # the helper's own `translate(ctx, text)` is not a message
        self.generic_visit(node)

    def visit_For(self, node: ast.For) -> None:
        texts = [_text(e) for e in node.iter.elts] if isinstance(node.iter, (ast.Tuple, ast.List)) else []
        if isinstance(node.target, ast.Name) and texts and None not in texts:
            outer = self.loops.get(node.target.id)
            self.loops[node.target.id] = texts  # type: ignore[assignment]
            self.generic_visit(node)
            if outer is None:
                del self.loops[node.target.id]
            else:
                self.loops[node.target.id] = outer
        else:
            self.generic_visit(node)

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        if isinstance(func, ast.Attribute) and func.attr == "tr" and isinstance(func.value, ast.Name) \
                and func.value.id == "self":
            if not self.classes:
                self._problem(node, "self.tr() outside a class")
            else:
                self._message(node, self.classes[-1], node.args[:1], node.args[1:2])
        elif isinstance(func, ast.Attribute) and func.attr == "tr" and isinstance(func.value, ast.Name):
            context = TR_RECEIVERS.get((self.relpath, func.value.id))
            if context is None:
                self._problem(node, f"{func.value.id}.tr(): declare its context in TR_RECEIVERS in "
                                    f"scripts/extract_ui_strings.py")
            else:
                self._message(node, context, node.args[:1], node.args[1:2])
        elif _is_translate(func):
            context = _text(node.args[0]) if node.args else None
            self._message(node, context if context is not None else "?", node.args[1:2], node.args[2:3])
        elif isinstance(func, ast.Name) and func.id in self.wrappers:
            self._message(node, self.wrappers[func.id], node.args[:1], [])
        self.generic_visit(node)

    def _message(self, node: ast.Call, context: str, text_args: list[ast.expr], comment_args: list[ast.expr]) -> None:
        if not text_args:
            self._problem(node, "a translation call without text")
            return
        arg = text_args[0]
        comment = _text(comment_args[0]) if comment_args else ""
        source = _text(arg)
        if source is not None:
            self.out.add(context, source, comment or "", (self.relpath, node.lineno))
        elif isinstance(arg, ast.Name) and arg.id in self.loops:
            for text in self.loops[arg.id]:
                self.out.add(context, text, comment or "", (self.relpath, node.lineno))
        elif isinstance(arg, ast.JoinedStr):
            self._problem(node, "an f-string cannot be translated: use tr(\"… {name} …\").format(name=…)")
        else:
            self.out.dynamic_sites.append((self.relpath, context, ast.unparse(arg), node.lineno))

    def _problem(self, node: ast.AST, text: str) -> None:
        self.out.problems.append(f"{self.relpath}:{getattr(node, 'lineno', 0)}: {text}")


def _subclasses(cls: type) -> list[type]:
    found = []
    for sub in cls.__subclasses__():
        found.append(sub)
        found.extend(_subclasses(sub))
    return found


def _import_all(root: Path, packages: Iterable[str]) -> None:
    """Import every module, so `_subclasses` sees the table models defined anywhere."""
    for package in packages:
        for path in sorted((root / package).rglob("*.py")):
            if path.name == "__main__.py":
                continue  # importing it would start the program
            importlib.import_module(".".join(path.relative_to(root).with_suffix("").parts).removesuffix(".__init__"))


def _resolve_dynamic(root: Path, out: Extraction, dynamic: dict[tuple[str, str, str], str],
                     packages: Iterable[str]) -> None:
    if str(root) not in sys.path:
        sys.path.insert(0, str(root))
    imported = False
    for relpath, context, arg, line in out.dynamic_sites:
        code = dynamic.get((relpath, context, arg), dynamic.get((relpath, context, "*")))
        if code is None:
            out.problems.append(
                f"{relpath}:{line}: tr({arg}) in context {context} translates a variable: declare where its "
                f"strings come from in DYNAMIC in scripts/extract_ui_strings.py")
            continue
        if not imported:
            _import_all(root, packages)
            imported = True
        module = importlib.import_module(relpath.removesuffix(".py").replace("/", "."))
        namespace = dict(vars(module), subclasses=_subclasses, import_module=importlib.import_module)
        for item in eval(code, namespace):  # our own table of expressions, above
            item_context, text = item if isinstance(item, tuple) else (context, item)
            if not isinstance(text, str) or not text:
                out.problems.append(f"{relpath}:{line}: DYNAMIC for tr({arg}) gave {item!r}, not a string")
                continue
            out.add(item_context, text, "", (relpath, line))


def extract(root: Path = ROOT, packages: Iterable[str] = SOURCE_PACKAGES,
            dynamic: dict[tuple[str, str, str], str] | None = None) -> Extraction:
    packages = tuple(packages)
    out = Extraction()
    for package in packages:
        for path in sorted((root / package).rglob("*.py")):
            relpath = path.relative_to(root).as_posix()
            tree = ast.parse(path.read_text(encoding="utf-8"), filename=relpath)
            _Visitor(relpath, _wrappers(tree), out).visit(tree)
    _resolve_dynamic(root, out, DYNAMIC if dynamic is None else dynamic, packages)
    return out


# ---- the .ts file

@dataclass
class Translation:
    text: str
    finished: bool


def read_ts(path: Path = TS_PATH) -> dict[tuple[str, str, str], Translation]:
    if not path.exists():
        return {}
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type", "") if translation is not None else "unfinished"
            if kind in ("vanished", "obsolete"):
                continue
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            found[key] = Translation(translation.text or "" if translation is not None else "", kind == "")
    return found


def _x(text: str) -> str:
    return escape(text, {'"': "&quot;", "'": "&apos;"})


def write_ts(messages: dict[tuple[str, str, str], Message], translations: dict[tuple[str, str, str], Translation],
             path: Path = TS_PATH) -> None:
    by_context: dict[str, list[Message]] = {}
    for message in messages.values():
        by_context.setdefault(message.context, []).append(message)
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>",
             '<TS version="2.1" language="en_US" sourcelanguage="zh_CN">']
    for context in sorted(by_context):
        lines += ["<context>", f"    <name>{_x(context)}</name>"]
        for message in sorted(by_context[context], key=lambda m: (m.locations[0], m.source)):
            lines.append("    <message>")
            for file in dict.fromkeys(file for file, _line in message.locations):  # no line numbers: they
                lines.append(f'        <location filename="../../{_x(file)}"/>')  # change with every edit
            lines.append(f"        <source>{_x(message.source)}</source>")
            if message.comment:
                lines.append(f"        <comment>{_x(message.comment)}</comment>")
            known = translations.get(message.key)
            if known and known.text and known.finished:
                lines.append(f"        <translation>{_x(known.text)}</translation>")
            else:
                text = known.text if known else ""
                lines.append(f'        <translation type="unfinished">{_x(text)}</translation>')
            lines.append("    </message>")
        lines.append("</context>")
    lines.append("</TS>")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


# ---- checks

CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]")


def fields(text: str) -> list[str]:
    """The {placeholders} of a str.format template, sorted (a translation must keep every one; it may say one
    twice, as in `{n} {n:entry/entries}`)."""
    try:
        return sorted({name for _, name, _, _ in string.Formatter().parse(text) if name is not None})
    except ValueError:
        return ["<unbalanced braces>"]


PLURAL_FIELD = re.compile(r"\{\w+:[^{}/]*/[^{}]*\}")  # {n:entry/entries}: app.i18n.fill picks the word


def _filled_by_fill(relpath: str, line: int) -> bool:
    """The string at `line` is formatted with i18n.fill (str.format refuses a plural field): `fill(` on its line,
    the one before or the two after it."""
    path = ROOT / relpath
    if not path.exists():
        return True
    lines = path.read_text(encoding="utf-8").splitlines()
    return any("fill(" in text for text in lines[max(line - 2, 0):line + 2])


def check_catalogue(extraction: Extraction, translations: dict[tuple[str, str, str], Translation]) -> list[str]:
    problems = list(extraction.problems)
    for key, message in sorted(extraction.messages.items()):
        context, source, _comment = key
        where = f"{message.locations[0][0]}:{message.locations[0][1]}"
        known = translations.get(key)
        if known is None:
            problems.append(f"{where}: not in {TS_PATH.name} (run scripts/update_translations): {context} «{source}»")
        elif not known.finished or not known.text:
            problems.append(f"{where}: no English translation yet: {context} «{source}»")
        else:
            if fields(source) != fields(known.text):
                problems.append(f"{where}: the translation of {context} «{source}» changes its fields: "
                                f"{fields(source)} → {fields(known.text)}")
            if PLURAL_FIELD.search(known.text) and not all(_filled_by_fill(*site) for site in message.locations):
                problems.append(f"{where}: the translation of {context} «{source}» says a plural "
                                f"({PLURAL_FIELD.search(known.text).group()}): fill it with i18n.fill, not str.format")
            if CJK.search(re.sub(r"\{[^{}]*\}", "", known.text)):  # a {姓名} field stays as it is
                problems.append(f"{where}: the translation of {context} «{source}» still has Chinese: «{known.text}»")
    for key in sorted(set(translations) - set(extraction.messages)):
        problems.append(f"{TS_PATH.name}: «{key[1]}» ({key[0]}) is no longer in the code "
                        f"(run scripts/update_translations)")
    return problems


def lrelease_program() -> str:
    import PySide6

    folder = Path(PySide6.__file__).parent
    for name in ("lrelease", "lrelease.exe"):
        if (folder / name).exists():
            return str(folder / name)
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    if not found:
        raise SystemExit("lrelease not found: install PySide6-Essentials")
    return found


def compile_qm(ts: Path = TS_PATH, qm: Path = QM_PATH) -> None:
    subprocess.run([lrelease_program(), "-silent", "-nounfinished", str(ts), "-qm", str(qm)], check=True)


def check_compiled(ts: Path = TS_PATH, qm: Path = QM_PATH) -> list[str]:
    """The committed .qm must be exactly what lrelease makes of the committed .ts."""
    if not qm.exists():
        return [f"{qm.name} is missing (run scripts/update_translations)"]
    with tempfile.TemporaryDirectory() as folder:
        fresh = Path(folder) / qm.name
        compile_qm(ts, fresh)
        if fresh.read_bytes() != qm.read_bytes():
            return [f"{qm.name} does not match {ts.name} (run scripts/update_translations)"]
    return []


def update(root: Path = ROOT) -> Extraction:
    extraction = extract(root)
    old = read_ts()
    write_ts(extraction.messages, old)
    return extraction


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="only check; change nothing")
    parser.add_argument("--compile", action="store_true", help="also compile the .qm (after updating the .ts)")
    opts = parser.parse_args(argv)
    os.chdir(ROOT)
    if opts.check:
        problems = check_catalogue(extract(), read_ts()) + check_compiled()
        for problem in problems:
            print(problem)
        print(f"{len(problems)} problem(s)" if problems else "the catalogue is complete and compiled")
        return 1 if problems else 0
    extraction = update()
    for problem in extraction.problems:
        print(problem, file=sys.stderr)
    translations = read_ts()
    missing = sum(1 for t in translations.values() if not t.finished)
    print(f"{TS_PATH.relative_to(ROOT)}: {len(translations)} strings, {missing} without a translation")
    if opts.compile:
        compile_qm()
        print(f"{QM_PATH.relative_to(ROOT)} compiled")
    return 1 if extraction.problems else 0


if __name__ == "__main__":
    sys.exit(main())
