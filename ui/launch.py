"""`honghua`: with a command word, the CLI (no Qt is imported); without one, the GUI.

Nothing Qt is imported at module level: `honghua staff list` must stay a quick, display-less command.
"""

import time

STARTED_AT = time.perf_counter()  # start-up is measured from here (see --exit-after-startup)

import gc
import sys
from pathlib import Path

# Global options that take a value; their values are not command words.
OPTIONS_WITH_VALUE = frozenset({"--db", "--lang", "--today", "--page", "--pin"})
OPTIONS = OPTIONS_WITH_VALUE | {"--exit-after-startup", "--help"}


def _option_meant(arg: str) -> str | None:
    """The global option `arg` names as argparse takes it: whole or abbreviated, with or without `=value`."""
    name = arg.partition("=")[0]
    if name in OPTIONS:
        return name
    if not name.startswith("--") or name == "--":
        return None
    meant = [option for option in OPTIONS if option.startswith(name)]
    return meant[0] if len(meant) == 1 else None


def _takes_a_value(arg: str) -> bool:
    """An option whose value is the next word, also abbreviated (`--lan en`: not the command en)."""
    return "=" not in arg and _option_meant(arg) in OPTIONS_WITH_VALUE


def command_word(argv: list[str]) -> str | None:
    """The first argument that is neither an option nor the value of a global option."""
    i = _command_index(argv)
    return None if i is None else argv[i]


def _command_index(argv: list[str]) -> int | None:
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg == "--":
            return i + 1 if i + 1 < len(argv) else None
        if _takes_a_value(arg):
            i += 2
            continue
        if arg.startswith("-") and len(arg) > 1:
            i += 1
            continue
        return i
    return None


def shop_file_opened(argv: list[str]) -> list[str] | None:
    """The window's arguments when the command word is a shop file instead: one dropped on honghua.exe, or
    opened with it from Explorer, comes as the only word (`honghua D:\\店铺\\shop.db`). A command word has no
    file suffix; a file named with --db is left to the command line's own message."""
    i = _command_index(argv)
    if i is None or any(_option_meant(a) == "--db" for a in argv):
        return None
    word = argv[i]
    if not Path(word).suffix or not Path(word).is_file():
        return None
    return ["--db", word, *argv[:i], *argv[i + 1:]]


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else list(argv)
    if (opened := shop_file_opened(args)) is not None:
        return gui(opened)
    if command_word(args) is not None:
        from app.cli import main as cli_main

        return cli_main(args)
    return gui(args)


def gui(args: list[str]) -> int:
    from app.console import use_utf8_output

    use_utf8_output()  # --help and the messages printed come out as the command line's do
    # No cyclic garbage collection until the window has painted (`ui.main` turns it back on then): the start makes
    # tens of thousands of objects that all stay, and the collector ran over them 56 times on the way, a few percent
    # of the time to the first paint. Reference counting still frees what the start throws away.
    gc.disable()
    try:
        from app.paths import cache_dir
        from ui.compile_cache import DATACLASSES_CACHE, dataclasses_compiled_once
        from ui.quick_enums import qt_enums_made_quickly

        with qt_enums_made_quickly():  # PySide6 makes a Qt class's enums as the class is first used, to the end
            with dataclasses_compiled_once(cache_dir() / DATACLASSES_CACHE):  # their methods' code kept
                import ui.preload  # before PySide6: see ui/preload.py

                ui.preload.quicken_pyside_import_hook()
                from ui.main import main as gui_main

            return gui_main(args, started_at=STARTED_AT)
    finally:
        gc.enable()


if __name__ == "__main__":
    sys.exit(main())
