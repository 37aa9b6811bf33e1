"""In-process runs of the command line: `main([...])` on a fresh file with a fixed today."""

from dataclasses import dataclass

import pytest

from app.cli import main
from app.i18n import set_language
from app.store import open_store

TODAY = "2026-10-20"


@dataclass
class Result:
    code: int
    out: str
    err: str


@pytest.fixture
def db(tmp_path):
    return tmp_path / "shop.db"


@pytest.fixture
def cli(db, capsys, monkeypatch):
    """cli("staff", "list", "--json") → Result; global options --db and --today are filled in."""
    monkeypatch.delenv("HONGHUA_DB", raising=False)
    monkeypatch.delenv("HONGHUA_TODAY", raising=False)
    monkeypatch.delenv("HONGHUA_DEBUG", raising=False)

    def run(*args: str, today: str = TODAY, lang: str | None = None) -> Result:
        capsys.readouterr()
        head = ["--db", str(db), "--today", today] + (["--lang", lang] if lang else [])
        code = main([*head, *args])
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    yield run
    set_language("zh")


@pytest.fixture
def new_shop(db):
    """An empty shop file, as the window, `demo` or `staff add` makes it: the other commands refuse a file
    that does not exist."""
    open_store(db).close()
    return db


@pytest.fixture
def store(db):
    """Open the file the CLI wrote, to check what it stored (open it after the commands ran)."""
    opened = []

    def get():
        s = open_store(db)
        opened.append(s)
        return s

    yield get
    for s in opened:
        s.close()


@pytest.fixture
def add(cli):
    """add("张伟", "--dept", "客服部") → the new id (what `staff add` prints on stdout)."""

    def run(name: str, *options: str, today: str = TODAY) -> int:
        result = cli("staff", "add", name, *options, today=today)
        assert result.code == 0, result.err
        return int(result.out.strip())

    return run
