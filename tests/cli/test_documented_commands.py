"""Every command the README and the user guide show exists as written: the command words, the options and
their choices are those of the real parser, and a command written out in full (no placeholders) parses.

A reader copies these lines into a terminal or a scheduled task; a renamed option must not leave them stale.
"""

from __future__ import annotations

import argparse
import re
import shlex
from pathlib import Path

import pytest

from app.cli.commands import build_parser
from app.cli.parser import UsageError

ROOT = Path(__file__).resolve().parents[2]
DOCS = [ROOT / "README.md", *sorted((ROOT / "docs" / "guide").glob("*.md"))]
FENCE = re.compile(r"^[ \t]*```[^\n]*\n(.*?)^[ \t]*```", re.DOTALL | re.MULTILINE)
INLINE = re.compile(r"(?<!`)`([^`\n]+)`(?!`)")
# How a line calls the command line: the installed command, the bundle's program, or the module.
CALL = re.compile(r'(?:^|&&\s*|[\\"])(?:honghua(?:\.exe)?\\?"?|python -m app)\s(?P<rest>.*)')


def _prose(text: str) -> str:
    return FENCE.sub("", text)


def _as_cmd_exe_passes_it(line: str) -> tuple[str, list[str]]:
    """`line` as the Command Prompt hands it to the program it starts, and the characters it kept for itself.
    cmd.exe knows no \\": every " opens or closes a quoted stretch, and outside one > < | & redirect the output or
    start another command, unless a ^ before one makes it a plain character (the ^ is dropped)."""
    passed, taken, quoted, i = [], [], False, 0
    while i < len(line):
        ch = line[i]
        quoted ^= ch == '"'
        if not quoted and ch == "^" and i + 1 < len(line):
            i += 1
            passed.append(line[i])
        elif not quoted and ch in "<>|&":
            taken.append(ch)
        else:
            passed.append(ch)
        i += 1
    return "".join(passed), taken


def _task_text(line: str) -> str | None:
    """What a `schtasks` line typed into the Command Prompt makes the task run: its /TR, \\" read as "."""
    task = re.match(r'schtasks .*/TR "((?:\\"|[^"])*)"', _as_cmd_exe_passes_it(line)[0])
    return task[1].replace('\\"', '"') if task else None


def _calls(line: str) -> list[str]:
    """The command lines in one line of a document, without `honghua` itself and without a # comment."""
    line = re.sub(r"\s+#\s.*$", "", line.strip())
    if line.startswith("schtasks "):  # Windows' task scheduler runs the /TR text
        line = _task_text(line) or line
    found = []
    for part in line.split("&&"):
        match = CALL.search(part.strip())
        if match:  # without what the shell does with its output (`>> 日志.txt 2>&1`)
            found.append(re.split(r"\s+\d?>", match["rest"])[0].strip())
    return found


def documented() -> list[tuple[str, str, bool]]:
    """(where, command line, written out in a fence) for every command the documents show."""
    found = []
    for doc in DOCS:
        text = doc.read_text(encoding="utf-8")
        for block in FENCE.findall(text):
            found += [(doc.name, call, True) for line in block.splitlines() for call in _calls(line)]
        for span in INLINE.findall(_prose(text)):
            if span.startswith("honghua"):
                found += [(doc.name, call, False) for call in _calls(span)]
    return found


def _top_level(text: str, sep: str) -> list[str]:
    """`text` split at `sep` outside brackets and parentheses."""
    parts, depth, current = [], 0, ""
    i = 0
    while i < len(text):
        ch = text[i]
        depth += ch in "[("
        depth -= ch in "])"
        if depth == 0 and text.startswith(sep, i):
            parts.append(current)
            current, i = "", i + len(sep)
            continue
        current += ch
        i += 1
    return [*parts, current]


def _subcommands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def _options(parser: argparse.ArgumentParser) -> dict[str, argparse.Action]:
    return {name: action for action in parser._actions for name in action.option_strings}


def _check_synopsis(parser: argparse.ArgumentParser, synopsis: str) -> None:
    """Command words lead to a parser that has every option shown, with the choices shown."""
    top = _options(parser)
    words = shlex.split(re.sub(r"[\[\]()]", " ", synopsis))
    leaf, i = parser, 0
    while i < len(words) and not words[i].startswith("-") and _subcommands(leaf):
        subs = _subcommands(leaf)
        assert words[i] in subs, f"no command {words[i]!r} (there are {sorted(subs)})"
        leaf, i = subs[words[i]], i + 1
    if i < len(words) and words[i] in top:  # global options written before the command
        return _check_synopsis(parser, " ".join(shlex.quote(w) for w in _after_globals(words, top)))
    options = _options(leaf) | top
    for j, word in enumerate(words):
        if not word.startswith("-") or word in ("-", "--") or re.fullmatch(r"-\d+", word):
            continue
        name = word.split("=", 1)[0]
        assert name in options, f"{synopsis!r}: {name} is not an option of this command"
        action = options[name]
        shown = words[j + 1] if j + 1 < len(words) else ""
        if action.choices and "|" in shown:
            assert set(shown.split("|")) <= set(action.choices), f"{synopsis!r}: {name} takes {action.choices}"


def _after_globals(words: list[str], top: dict[str, argparse.Action]) -> list[str]:
    i = 0
    while i < len(words) and words[i] in top:
        i += 2 if top[words[i]].nargs != 0 else 1
    return words[i:]


def _written_out(call: str) -> bool:
    """A command with nothing to fill in: no [optional], (a | b), a|b choices, … or UPPER-CASE placeholder."""
    return not re.search(r"[\[\]()|…]|\.\.\.|\b[A-Z][A-Z_]{1,}\b", call)


CASES = documented()


def test_the_documents_show_commands():
    where = {doc for doc, _, _ in CASES}
    assert {"README.md", "评奖与发放.md", "看板与战报.md"} <= where
    assert len(CASES) > 40


@pytest.mark.parametrize(("doc", "call", "fenced"), CASES, ids=[f"{d}:{c}" for d, c, _ in CASES])
def test_a_documented_command_exists(doc, call, fenced):
    parser = build_parser()
    for alternative in _top_level(call, " | "):
        _check_synopsis(parser, alternative)
    if fenced and _written_out(call):
        try:
            args = parser.parse_args(shlex.split(call))
        except UsageError as e:
            pytest.fail(f"{doc}: honghua {call}: {e.message}")
        assert args.command


def test_the_readme_lists_every_command():
    """The README's command list is where a scheduled task's author looks: every command of the parser is on
    it (staff edit/rehire, awards adjust/manual-list/remove/history and certificates list/image/award-template
    were missing)."""
    shown = set()
    for doc, call, fenced in CASES:
        if doc == "README.md" and fenced:
            for alternative in _top_level(call, " | "):
                words = alternative.split()
                shown.update({" ".join(words[:1]), " ".join(words[:2])})
    parser = build_parser()
    commands = []
    for name, sub in _subcommands(parser).items():
        actions = _subcommands(sub)
        commands += [f"{name} {action}" for action in actions] if actions else [name]
    assert len(commands) > 40
    assert [command for command in commands if command not in shown] == []


SCHTASKS = [(doc.name, line.strip()) for doc in DOCS for block in FENCE.findall(doc.read_text(encoding="utf-8"))
            for line in block.splitlines() if line.strip().startswith("schtasks ")]


@pytest.mark.parametrize(("doc", "line"), SCHTASKS, ids=[f"{d}:{line[-40:]}" for d, line in SCHTASKS])
def test_a_scheduled_task_line_reaches_schtasks_whole(doc, line):
    """Typed into the Command Prompt, all of the line is schtasks's: the `>>` and `2>&1` of the task's log were
    taken by the Command Prompt itself (the inner \\" closes its quotes), so the task was made without its log
    and schtasks's own answer went to a file. A task logging through `cmd /c` sends its output to the log first,
    then its errors to the same place, in that order."""
    _, taken = _as_cmd_exe_passes_it(line)
    assert taken == [], f"{doc}: the Command Prompt takes {''.join(taken)} for itself: write ^ before each"
    task = _task_text(line)
    assert task, f"{doc}: no /TR \"…\" in {line}"
    if task.startswith("cmd /c "):
        assert task.startswith('cmd /c "') and task.endswith('"'), task  # cmd /c drops the first and last "
        run = task[len('cmd /c "'):-1]
        assert _as_cmd_exe_passes_it(run)[1] == [">", ">", ">", "&"], task  # the log's, and nothing else
        assert re.search(r'honghua\.exe" .+ >> "[^"]+\.txt" 2>&1$', run), task


def test_the_documents_show_a_scheduled_task_with_its_log():
    assert len(SCHTASKS) >= 2 and any("cmd /c" in line for _, line in SCHTASKS)
    assert _as_cmd_exe_passes_it('a "b > c" ^> d & e') == ('a "b > c" > d  e', ["&"])


def test_a_wrong_option_is_caught():
    parser = build_parser()
    with pytest.raises(AssertionError, match="--colour is not an option"):
        _check_synopsis(parser, "poster --month 2026-10 --colour red")
    with pytest.raises(AssertionError, match="takes"):
        _check_synopsis(parser, "poster --size phone|a3")
    with pytest.raises(AssertionError, match="no command 'plans'"):
        _check_synopsis(parser, "plans list")
