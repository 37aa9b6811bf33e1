"""`honghua`: with a command word, the CLI (no Qt is imported); without one, the GUI.

Nothing Qt is imported at module level: `honghua staff list` must stay a quick, display-less command.
"""

import time

STARTED_AT = time.perf_counter()  # start-up is measured from here (see --exit-after-startup)

import sys

# Global options that take a value; their values are not command words.
OPTIONS_WITH_VALUE = frozenset({"--db", "--lang", "--today", "--page", "--pin"})


def command_word(argv: list[str]) -> str | None:
    """The first argument that is neither an option nor the value of a global option."""
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg == "--":
            return argv[i + 1] if i + 1 < len(argv) else None
        if arg in OPTIONS_WITH_VALUE:
            i += 2
            continue
        if arg.startswith("-") and len(arg) > 1:
            i += 1
            continue
        return arg
    return None


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else list(argv)
    if command_word(args) is not None:
        from app.cli import main as cli_main

        return cli_main(args)
    return gui(args)


def gui(args: list[str]) -> int:
    import ui.preload  # noqa: F401  # before PySide6: see ui/preload.py
    from ui.main import main as gui_main

    return gui_main(args, started_at=STARTED_AT)


if __name__ == "__main__":
    sys.exit(main())
