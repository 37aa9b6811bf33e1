"""argparse, speaking the user's language: Chinese help headings and Chinese usage errors (exit 2)."""

from __future__ import annotations

import argparse
import re
import unicodedata
from collections.abc import Callable

from app.i18n import LANGUAGES, language, t


def placeholder(word: str) -> str:
    """What an option takes, as --help writes it — one style for every option: a Chinese word (员工, 金额, 文件.png)
    in Chinese, the word in capitals joined by hyphens in English (STAFF, AMOUNT, BACKUP-FILE, FILE.png). Days and
    months are written as typed, YYYY-MM-DD, in both."""
    text = t(word)
    if language() == "zh":
        return text
    stem, dot, extension = text.partition(".")
    return re.sub(r"[\s_]+", "-", stem.strip()).upper() + dot + extension


class UsageError(Exception):
    """The command line itself is wrong (unknown option, missing argument): exit 2, no traceback."""

    def __init__(self, message: str, prog: str):
        super().__init__(message)
        self.message = message
        self.prog = prog


def _rule(pattern: str, render: Callable[[re.Match[str]], str]) -> tuple[str, Callable]:
    # compiled by `re` when a message is first translated (and cached there), not at import: every start of the
    # window imports this module for its options, and a wrong option is rare
    return pattern, render


# argparse's own English messages (Python 3.11+) → the catalogue's templates.
_RULES = [
    _rule(r"^the following arguments are required: (?P<a>.*)$",
          lambda m: t("缺少必需的参数：{args}", args=m["a"])),
    _rule(r"^one of the arguments (?P<a>.*) is required$",
          lambda m: t("必须指定以下参数之一：{args}", args=m["a"])),
    _rule(r"^unrecognized arguments: (?P<a>.*)$",
          lambda m: t("无法识别的参数：{args}", args=m["a"])),
    _rule(r"^ambiguous option: (?P<o>\S+) could match (?P<m>.*)$",
          lambda m: t("选项 {option} 不明确，可能是：{matches}", option=m["o"], matches=m["m"])),
    _rule(r"^argument (?P<a>.+?): not allowed with argument (?P<b>.*)$",
          lambda m: t("参数 {a} 不能与 {b} 同时使用", a=m["a"], b=m["b"])),
    _rule(r"^argument (?P<a>.+?): expected one argument$",
          lambda m: t("参数 {a} 后面需要一个值", a=m["a"])),
    _rule(r"^argument (?P<a>.+?): invalid choice: (?P<v>.*?) \(choose from (?P<c>.*)\)$", lambda m: _choice(m)),
    _rule(r"^argument (?P<a>.+?): invalid (?P<type>\w+) value: (?P<v>.*)$",
          lambda m: t("参数 {a} 的值 {value} 无效", a=m["a"], value=m["v"])),
    _rule(r"^argument (?P<a>.+?): (?P<msg>.*)$",
          lambda m: t("参数 {a}：{message}", a=m["a"], message=m["msg"])),
]


def _choice(m: re.Match[str]) -> str:
    if m["a"] in (placeholder("命令"), placeholder("操作")):
        text = t("没有命令 {value}，可用的命令：{choices}", value=m["v"], choices=m["c"])
    else:
        text = t("参数 {a} 的值 {value} 无效，可选：{choices}", a=m["a"], value=m["v"], choices=m["c"])
    import difflib  # only for a mistyped word: not on the window's start-up path

    close = difflib.get_close_matches(m["v"].strip("'\""), re.findall(r"'([^']+)'", m["c"]), n=1, cutoff=0.6)
    return text + (t("。是不是想输入 {guess}？", guess=close[0]) if close else "")


def translate_argparse_message(message: str) -> str:
    for pattern, render in _RULES:
        match = re.match(pattern, message, re.DOTALL)
        if match:
            return render(match)
    return message


def _wide_characters(text: str) -> int:
    """How many more columns than characters a terminal gives the text (a Chinese character takes two)."""
    return sum(1 for ch in text if unicodedata.east_asian_width(ch) in "WF")


class HelpFormatter(argparse.RawDescriptionHelpFormatter):
    """argparse's help, in the user's language: 「用法：」 and 「选项：」 in Chinese, and the help texts in one column
    beside options whose placeholders are Chinese (argparse pads by characters, a terminal shows them two wide)."""

    def add_usage(self, usage, actions, groups, prefix=None):  # type: ignore[override]
        super().add_usage(usage, actions, groups, t("用法：") if prefix is None else prefix)

    def add_argument(self, action):  # type: ignore[override]
        super().add_argument(action)
        if action.help is not argparse.SUPPRESS:
            invocations = [action, *self._iter_indented_subactions(action)]
            widest = max(len(h) + _wide_characters(h) for h in map(self._format_action_invocation, invocations))
            self._action_max_length = max(self._action_max_length, widest + self._current_indent)

    def _format_action(self, action):  # type: ignore[override]
        if isinstance(action, argparse._SubParsersAction) and action.help is None:
            # the group's heading (「操作：」) already says what the list is: not its placeholder again on a line
            # of its own, the commands one step further in
            return "".join(self._format_action(sub) for sub in action._get_subactions())
        text = super()._format_action(action)
        header = " " * self._current_indent + self._format_action_invocation(action)
        first, newline, rest = text.partition("\n")
        wide = _wide_characters(header)
        if not wide or not first.startswith(header + "  "):  # no Chinese, or its help starts on the next line
            return text
        help_text = first[len(header):].lstrip(" ")
        help_position = min(self._action_max_length + 2, self._max_help_position)
        columns = len(header) + wide
        if columns + 2 <= help_position:
            first = header + " " * (help_position - columns) + help_text
        else:  # too wide for the column: the help goes under it, as argparse does for a long option
            first = header + "\n" + " " * help_position + help_text
        return first + newline + rest

    def format_help(self) -> str:
        text = super().format_help()
        return re.sub(r"(?m)^(\S.*):$", r"\1：", text) if language() == "zh" else text


GLOBAL_OPTIONS = ("--db", "--lang", "--today", "--pin")  # honghua's own, written before the command word
# a month is given with --month to some commands and with --period (a month, a quarter, a year) to others: the
# spelling alone guessed `--json` for `flowers board --month 2026-10`
SAME_MEANING = {"--month": "--period", "--quarter": "--period", "--year": "--period", "--period": "--month"}
TOP_OPTIONS_WITH_VALUE = (*GLOBAL_OPTIONS, "--page")  # every option of `honghua` itself that takes a value


class _Refused(Exception):
    pass


class _OptionsBeforeCommand(argparse.ArgumentParser):
    """`honghua`'s own options, read as its parser reads them (abbreviations, `--lang=en`, values that look like
    command words), the rest left whole: what language to speak before the real parser is built."""

    def __init__(self) -> None:
        super().__init__(add_help=False)
        for option in TOP_OPTIONS_WITH_VALUE:
            self.add_argument(option)
        self.add_argument("--exit-after-startup", action="store_true")
        self.add_argument("-h", "--help", action="store_true")
        self.add_argument("rest", nargs=argparse.REMAINDER)

    def error(self, message: str):  # type: ignore[override]
        raise _Refused(message)


def language_asked(words: list[str]) -> str | None:
    """The language `--lang` asks for, as the parser will take it (`--lang en`, `--lang=en`, `--lan en` before the
    command), so that help, option errors and messages all speak it — the command line's and the window's. A
    `--lang` written after the command word, which the parser refuses, still gives the language of that refusal."""
    try:
        known, _unknown = _OptionsBeforeCommand().parse_known_args(list(words))
    except _Refused:  # the parser refuses these words anyway: its message in the language written, if any
        known = argparse.Namespace(lang=None, rest=list(words))
    if known.lang is not None:
        return known.lang if known.lang in LANGUAGES else None
    rest = known.rest
    for i, word in enumerate(rest):
        if word == "--lang" and i + 1 < len(rest) and rest[i + 1] in LANGUAGES:
            return rest[i + 1]
        if word.startswith("--lang=") and word.partition("=")[2] in LANGUAGES:
            return word.partition("=")[2]
    return None
_GIVEN = "_options_given"  # the options of a value met so far while parsing, kept on the namespace meanwhile


class _StoreOnce(argparse._StoreAction):
    """An option with a value is written once: argparse keeps the last of two silently, and a scheduled task's
    `--value 100 --value 200` would write one of them without a word."""

    def __call__(self, parser, namespace, values, option_string=None):
        given = vars(namespace).setdefault(_GIVEN, set())
        if self.option_strings and self.dest in given:
            raise argparse.ArgumentError(self, t("只能写一次（写了「{first}」和「{second}」）",
                                                 first=getattr(namespace, self.dest), second=values))
        given.add(self.dest)
        super().__call__(parser, namespace, values, option_string)


class Parser(argparse.ArgumentParser):
    """An ArgumentParser whose errors raise UsageError instead of printing English and exiting.

    Each command's parser refuses the words it does not know itself, so the message names that command (not
    just `honghua`) and points at its help, with the nearest option it has."""

    def __init__(self, *args, add_help: bool = True, **kwargs):
        kwargs.setdefault("formatter_class", HelpFormatter)
        super().__init__(*args, add_help=False, **kwargs)
        self.register("action", None, _StoreOnce)
        self.register("action", "store", _StoreOnce)
        self._positionals.title = t("参数")
        self._optionals.title = t("选项")
        if add_help:
            self.add_argument("-h", "--help", action="help", default=argparse.SUPPRESS,
                              help=t("显示本帮助并退出"))

    def parse_known_args(self, args=None, namespace=None):  # type: ignore[override]
        namespace, extras = super().parse_known_args(args, namespace)
        vars(namespace).pop(_GIVEN, None)
        if extras == ["--"]:  # it ended the options and no word came after it (`… -- "$@"` given none)
            extras = []
        if extras:
            self.error(t("无法识别的参数：{args}", args=" ".join(extras)) + self._nearest_option(extras))
        return namespace, extras

    def _nearest_option(self, words: list[str]) -> str:
        typed = next((w.split("=", 1)[0] for w in words if w.startswith("--")), None)
        if typed in GLOBAL_OPTIONS:
            command = self.prog.partition(" ")[2]
            return t("。{option} 要写在命令之前：honghua {option} … {command}", option=typed, command=command)
        if typed in self._option_string_actions:  # an option of this command left over: it came after a `--`
            return t("。{option} 要写在 -- 之前（-- 后面的都当作值，不当作选项）", option=typed)
        options = [o for o in self._option_string_actions if o.startswith("--")]
        if SAME_MEANING.get(typed) in options:
            return t("。是不是想输入 {guess}？", guess=SAME_MEANING[typed])
        import difflib

        close = difflib.get_close_matches(typed, options, n=1, cutoff=0.6) if typed else []
        return t("。是不是想输入 {guess}？", guess=close[0]) if close else ""

    def error(self, message: str):  # type: ignore[override]
        raise UsageError(translate_argparse_message(message), self.prog)

    def _get_values(self, action, arg_strings):  # type: ignore[override]
        """A lone `--` just before a command word ends the options: `honghua -- staff list` (as scripts end the
        options), `honghua staff -- list`. argparse before Python 3.12.8/3.13.1 handed it on as the command word
        («没有命令 '--'»); later ones remove it before this themselves (CPython gh-124233), and a `--` they then
        hand on alone is the command word, refused by name (`honghua -- --`)."""
        if action.nargs == argparse.PARSER and arg_strings[:1] == ["--"] and len(arg_strings) > 1:
            arg_strings = arg_strings[1:]
        return super()._get_values(action, arg_strings)


def positive_int(text: str) -> int:
    """An argparse `type` for counts such as --staff 10."""
    value = text.strip()
    if not value.isdigit() or int(value) <= 0:
        raise argparse.ArgumentTypeError(t("「{value}」不是正整数", value=text))
    return int(value)


def year(text: str) -> int:
    """An argparse `type` for --year: four digits (26 is not taken for 2026, nor for the year 26), also written
    as the app writes a year (2026年, 2026年度: --period takes them too)."""
    value = unicodedata.normalize("NFKC", text).strip().removesuffix("年度").removesuffix("年").strip()
    if not (value.isdigit() and len(value) == 4 and 2000 <= int(value) <= 2099):
        raise argparse.ArgumentTypeError(t("年份「{value}」无效，应为四位数，例如 2026", value=text))
    return int(value)


def any_int(text: str) -> int:
    try:
        return int(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(t("「{value}」不是整数", value=text)) from None
