"""What every command shares: printing (JSON and aligned tables), dates, and finding staff and metrics."""

from __future__ import annotations

import glob
import json
import os
import stat
import sys
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from app.atomic_file import require_suffix
from app.cli.parser import placeholder
from app.errors import UserError
from app.i18n import t
from app.periods import Month, Period, parse_date, parse_month, parse_period

if TYPE_CHECKING:
    from app.domain import Staff
    from app.metrics import Metric
    from app.shop import Shop

EMPTY = "-"


def say(text: str = "") -> None:
    print(text, file=sys.stdout)


def note(text: str) -> None:
    """A remark for the person at the keyboard (stderr), kept out of what scripts read from stdout."""
    print(text, file=sys.stderr)


def emit_json(data: object) -> None:
    """JSON on stdout, in ASCII: names as \\u escapes, which every JSON reader turns back into the text. A tool
    that decodes a command's output in the Windows code page (PowerShell 5's ConvertFrom-Json, Python's
    subprocess with text=True on a Chinese Windows) then reads 张伟, 𠮷 and emoji right, as a UTF-8 reader does."""
    say(json.dumps(data, ensure_ascii=True, indent=2))


def iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def day_arg(text: str | None, option: str) -> date | None:
    """A day option (`--date 2026-10-19`), refused as `period_arg` refuses: naming the option typed."""
    if text is None:
        return None
    try:
        return parse_date(text)
    except UserError as e:
        raise UserError(t("{field}：{message}", field=option, message=e.message)) from None


def month_and_as_of(shop, month_text: str | None, as_of_text: str | None) -> tuple[Month, date | None]:
    """`--month` and `--as-of` of `progress` and `poster`. Without --month, the month of --as-of (a task run on
    the 1st asking for the last day of the month before means that month), else this month. An --as-of outside
    the month is counted as its last day, or as nothing elapsed yet; one not come yet (a day of the month after
    today) is dropped (None), so the month is counted as the board counts it today — days to come are not
    counted as gone, with no sales in them. Each is said on stderr naming the option."""
    as_of = day_arg(as_of_text, "--as-of")
    month = month_arg(month_text) if month_text else Month.of(as_of or shop.today)
    if as_of is not None and min(as_of, month.end) > shop.today:
        from app.services.progress import default_as_of

        if month.start > shop.today:
            note(t("注意：--as-of {day} 还没有到（今天是 {today}），{month} 还没有开始，没有可计的天数",
                   day=as_of.isoformat(), today=shop.today.isoformat(), month=month.shown_label()))
        else:
            note(t("注意：--as-of {day} 还没有到（今天是 {today}），和看板一样只计到 {counted}", day=as_of.isoformat(),
                   today=shop.today.isoformat(), counted=default_as_of(shop.store, shop.today).isoformat()))
        as_of = None
    elif as_of is not None and as_of > month.end:
        note(t("注意：--as-of {day} 在 {month} 之后，按这个月的最后一天 {end} 计算", day=as_of.isoformat(),
               month=month.shown_label(), end=month.end.isoformat()))
    elif as_of is not None and as_of < month.start:
        note(t("注意：--as-of {day} 在 {month} 之前，这个月还没有开始，没有可计的天数", day=as_of.isoformat(),
               month=month.shown_label()))
    return month, as_of


def path_typed(text: str, what: str) -> str:
    """A path as typed, refused when empty: `-o "%OUT%"` with the task's variable unset would otherwise mean the
    current folder (a scheduled task's C:\\Windows\\System32) or no path at all (a backup left beside the shop
    instead of on the USB stick)."""
    if not text.strip():
        raise UserError(t("{what}：路径是空的", what=what))
    return text


def files_typed(typed: list[str], what: str) -> list[str]:
    """The files named on the command line, a pattern (D:\\导出\\*.xlsx) read as the files it names, in name
    order: cmd.exe hands it over as typed, where a Unix shell expands it first. A file that exists is taken as
    named (日报[1].csv); a pattern naming no file is kept, to be refused as a missing file."""
    found: list[str] = []
    for text in typed:
        path_typed(text, what)
        matches = [] if Path(text).exists() or not any(c in text for c in "*?") else files_matching(text)
        found.extend(m for m in matches or [text] if m not in found)
    return found


def files_matching(pattern: str) -> list[str]:
    """The files a * or ? pattern names, as cmd.exe's own wildcards: [ ] as written (Windows has no such
    wildcard; a folder is often named 导出[10月]), and no hidden file — above all the ~$ lock file Excel keeps
    beside a workbook open in it, which read as a report refused the whole import."""
    return sorted(m for m in glob.glob(pattern.replace("[", "[[]")) if Path(m).is_file() and not _hidden(Path(m)))


def _hidden(path: Path) -> bool:
    try:
        attributes = getattr(path.stat(), "st_file_attributes", 0)  # Windows only
    except OSError:  # gone since it was listed: said as a missing file when read
        attributes = 0
    return path.name.startswith("~$") or bool(attributes & getattr(stat, "FILE_ATTRIBUTE_HIDDEN", 0))


def check_output_name(text: str | None, suffix: str, option: str = "-o") -> None:
    """A file the command writes must be named for what it is (`suffix`, any case): an Excel sheet or a PDF
    is never written under another kind's name (p.txt holding a workbook). None (not given) passes."""
    if text is not None:
        require_suffix(text, suffix, option)


def period_arg(text: str, option: str = "--period") -> Period:
    """A period option (`--period 2026-Q4`); a bad one is refused naming the option and the accepted forms."""
    try:
        return parse_period(text)
    except UserError as e:
        raise UserError(t("{field}：{message}", field=option, message=e.message)) from None


def period_option(parser) -> None:
    """The required `--period`, its help naming every form it takes (as `period_arg` refuses the others)."""
    parser.add_argument("--period", required=True, metavar=placeholder("期间"), help=t("2026-10、2026-Q4、2026-H2 或 2026"))


def month_arg(text: str, option: str = "--month") -> Month:
    """A month option (`--month 2026-10`), refused as `period_arg` refuses."""
    try:
        return parse_month(text)
    except UserError as e:
        raise UserError(t("{field}：{message}", field=option, message=e.message)) from None


def starts_shop(parser, handler) -> None:
    """Register a set-up command: it may create the shop file (see `check_shop_file`) and takes --new-shop."""
    parser.add_argument("--new-shop", action="store_true",
                        help=t("数据文件不见了、而备份文件夹里有它的备份时，仍在这里新建一个空店铺"
                               "（不加时拒绝，并提示用 honghua restore 恢复）"))
    parser.set_defaults(handler=handler, creates_shop=True)


def check_shop_file(path: Path, *, creates: bool, chosen: bool, new_shop: bool = True) -> None:
    """Refuse, before anything is created, a shop file that does not exist when the command cannot start a
    shop: `--db` with a typo must not silently become a new, empty shop.

    A command registered with `creates_shop=True` (demo, staff add, import, …: see where each is registered)
    may create the file, but only in a folder that exists when the path was chosen (`chosen`: --db or
    HONGHUA_DB); a missing folder is a typo too. The default place (the user data folder) is made when needed.
    A file that is gone while good backups of it are there (deleted, moved by a sync client) is not started
    anew unless `new_shop` (--new-shop; restore, which brings it back, has no such option and passes True).
    """
    if path.is_dir():  # `--db D:\店铺` for `--db D:\店铺\honghua.db`: a mistake in what was typed, as a missing file
        raise UserError(t("{path} 是一个文件夹，请指定数据文件", path=path))
    if path.exists():
        if not creates and _empty_file_of_no_shop(path):  # made, never filled: a command that only reads would fill it
            raise UserError(t("数据文件 {path} 是空的（0 字节），还不是红花榜的店铺（请检查 --db 或 HONGHUA_DB）；"
                              "要在这个文件里建立店铺，请打开红花榜窗口，或运行「{command}」", path=path,
                              command=f"honghua {db_option(path, chosen)}staff add {placeholder('姓名')}"))
        return
    from app.backups import newest_good_backup

    if not creates:
        message = t("数据文件 {path} 不存在（请检查 --db 或 HONGHUA_DB）", path=path) if chosen else \
            t("数据文件 {path} 不存在：还没有建立店铺。请先打开红花榜窗口，或运行「honghua demo」、"
              "「honghua staff add 姓名」", path=path)
        if good := newest_good_backup(path):  # the file was deleted or moved: a backup can bring it back
            message += t("。它的备份文件夹里有完好的备份，最新的是 {file}，可以运行：{command}",
                         file=good.path, command=restore_command(path, good.path, chosen))
        elif chosen and path.parent.is_dir() and path.suffix.lower() == ".db":
            # a new owner's first command, as often as a typo: say how to start a shop there — in a .db file, as
            # the window names one, not in the shop.xlsx or 店铺 typed for the shop file by mistake
            message += t("。要在这里建立新店铺，请先运行「{command}」新增第一位员工（或打开红花榜窗口）",
                         command=f"honghua {db_option(path, chosen)}staff add {placeholder('姓名')}")
        raise UserError(message)
    if chosen and not path.parent.is_dir():
        raise UserError(t("文件夹 {folder} 不存在，没有建立数据文件 {path}（请检查 --db 或 HONGHUA_DB；"
                          "新的数据文件只能建在已有的文件夹里）", folder=path.parent, path=path))
    if not new_shop and (good := newest_good_backup(path)):
        raise UserError(t("数据文件 {path} 不存在，可它的备份文件夹里有完好的备份：文件可能被误删、移走，"
                          "或被同步软件挪到了别处，所以没有新建空店铺。最新的完好备份是 {file}（{created}，{kind}），"
                          "要找回数据请运行：{command}。确实要在这里新建一个空店铺，请在命令后加 --new-shop",
                          path=path, file=good.path, created=good.created.strftime("%Y-%m-%d %H:%M"),
                          kind=good.label, command=restore_command(path, good.path, chosen)))


def _empty_file_of_no_shop(path: Path) -> bool:
    """A file of 0 bytes with no backups beside it (one that has them lost its shop: `store.db.emptied` says so)."""
    from app.store.db import emptied

    try:
        return path.is_file() and path.stat().st_size == 0 and emptied(path) is None
    except OSError:
        return False


def shop_file_named(args) -> bool:
    """Whether the shop file was named (by --db or HONGHUA_DB) rather than the default one."""
    return bool(args.db or os.environ.get("HONGHUA_DB"))


def db_option(path: Path, chosen: bool) -> str:
    """`--db "path" ` for a command offered to the user when the shop file was named (by --db or HONGHUA_DB):
    typed without it, the command would act on the default shop file instead."""
    return f'--db "{path}" ' if chosen else ""


def offered_command(shop, rest: str) -> str:
    """`honghua … rest`, a command offered to the user to type next: with `--db` unless the shop is the default file
    (a HONGHUA_DB set for a scheduled task is not set in the console the owner types it into)."""
    from app import paths

    path = Path(shop.store.path)
    return f"honghua {db_option(path, path.resolve() != (paths.data_dir() / 'honghua.db').resolve())}{rest}"


def restore_command(path: Path, backup: Path, chosen: bool) -> str:
    """The command that brings `path` back from `backup` (`db_option`)."""
    return f'honghua {db_option(path, chosen)}restore "{backup}"'


def discard_unused_new_shop(path: Path) -> None:
    """Remove the shop file this command created when it holds nothing a user entered (the command was
    refused or failed): the next start must not find an empty shop nobody asked for. Kept when a window
    opened it meanwhile, it cannot be read, or it cannot be removed (Windows: another program has it open),
    so the command's own message is what the owner reads."""
    from app.backups.restoring import lock_holder
    from app.store.maintenance import file_has_rows

    if not path.exists() or lock_holder(path) or file_has_rows(path):
        return
    try:
        for suffix in ("-wal", "-journal", "-shm"):  # never leave a -wal behind without its database
            path.with_name(path.name + suffix).unlink(missing_ok=True)
        path.unlink()
    except OSError:  # an empty shop file left: harmless, and no reason to hide why the command failed
        return


def confirm_approved_option(p) -> None:
    p.add_argument("--confirm-approved", action="store_true",
                   help=t("允许修改评奖已批准的期间（该期间将标记为批准后数据有变）"))


def refused_unconfirmed(e: UserError, other_remedy: str | None = None) -> int:
    """A change to an approved period refused (`ApprovedPeriodChange`), said as `import` says it: the reason,
    then the option that allows it (and `other_remedy`, a way round it); exit 2, nothing written."""
    print(t("错误：{message}", message=e.message), file=sys.stderr)
    consequence = getattr(e, "consequence", "")  # what the change does to them, when not only the usual mark
    if consequence:
        print(consequence, file=sys.stderr)
    print(t("如确需修改，请加 --confirm-approved"), file=sys.stderr)
    if other_remedy:
        print(other_remedy, file=sys.stderr)
    return 2


def display_width(text: str) -> int:
    """Terminal columns: a Chinese character or an emoji (🌸) two; a variation selector (U+FE0F), a zero-width
    joiner, a combining mark or a skin tone none; anything else one. An emoji joined to the one before it
    (👩‍💻) shares its two columns, and U+FE0F shows a one-column symbol as an emoji two wide (❤️)."""
    width = 0
    for i, ch in enumerate(text):
        before = text[i - 1] if i else ""
        if before == "\u200d" or "\U0001f3fb" <= ch <= "\U0001f3ff":
            continue
        if ch == "\ufe0f" and before and _char_width(before) == 1:
            width += 1
        else:
            width += _char_width(ch)
    return width


def _char_width(ch: str) -> int:
    if unicodedata.category(ch) in ("Mn", "Me", "Cf"):
        return 0
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


def column_heading(word: str) -> str:
    """A translated word as a column heading: capitalised like the others (a word shared with an option's
    placeholder is AWARD or amount there: `--award AWARD`, `--amount amount`); short ones such as ID kept."""
    if word.isascii() and (word.islower() or (word.isupper() and len(word) > 2)):
        return word[:1].upper() + word[1:].lower()
    return word


def table(headers: list[str], rows: list[list[str]], right: set[int] | frozenset[int] = frozenset()) -> str:
    """A plain-text table aligned by display width (a Chinese character is two columns)."""
    headers = [column_heading(h) for h in headers]
    widths = [display_width(h) for h in headers]
    for row in rows:
        for i, cell in enumerate(row):
            widths[i] = max(widths[i], display_width(cell))

    def line(cells: list[str]) -> str:
        out = []
        for i, cell in enumerate(cells):
            pad = " " * (widths[i] - display_width(cell))
            out.append(pad + cell if i in right else cell + pad)
        return "  ".join(out).rstrip()

    return "\n".join([line(headers), line(["-" * w for w in widths]), *(line(r) for r in rows)])


def pct(value: float | None) -> str:
    return EMPTY if value is None else f"{value:.1f}%"


@contextmanager
def option_named(option: str) -> Iterator[None]:
    """A value refused for what it names (a person nobody is, a metric the shop does not have) is said naming
    the option it was given to: `flowers issue --from 张伟 --to 李雷` says which of the two is wrong."""
    try:
        yield
    except UserError as e:
        raise UserError(t("{field}：{message}", field=option, message=e.message)) from None


def resolve_staff(shop: Shop, word: str, option: str = "--staff") -> Staff:
    with option_named(option):
        return shop.staff.resolve(word)


def metric_arg(shop: Shop, word: str, option: str = "--metric") -> Metric:
    with option_named(option):
        return shop.metrics.get(word)


def person_json(person: Staff, today: date) -> dict[str, object]:
    """One person as `honghua staff list --json` prints them (the scheduled-task contract)."""
    return {
        "id": person.id,
        "name": person.name,
        "aliases": list(person.aliases),
        "dept": person.dept,
        "role": person.role,
        "hired": iso(person.hired),
        "left": iso(person.left),
        "birthday": person.birthday.text() if person.birthday else None,
        "birthday_lunar": bool(person.birthday and person.birthday.lunar),
        "active": person.is_current(today),
        "stints": [{"hired": iso(s.hired), "left": iso(s.left)} for s in person.stints],
        "in_awards": person.in_awards,
    }


def birthday_text(person: Staff) -> str:
    if person.birthday is None:
        return EMPTY
    return person.birthday.shown_label() if person.birthday.lunar else person.birthday.text()
