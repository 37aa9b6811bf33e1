"""Writing an output file (PDF, PNG, xlsx, plan) so that nobody ever sees half of it.

    with replaced_atomically(path, ".pdf") as tmp:
        canvas = Canvas(str(tmp)); ...; canvas.save()

The work writes a temporary file beside the target; when the block ends without an error the file is moved
onto the target in one step, otherwise it is removed and the old target is left as it was. A folder that
cannot be written, a full disk, or a target held open by another program (Excel, a PDF viewer) becomes a
UserError naming the file, in the CLI and the window alike.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from app import os_errors
from app.errors import UserError
from app.i18n import t


def require_suffix(path: str | Path, suffix: str, what: str) -> None:
    """An output file must be named for what it holds (`suffix`, any case): a workbook is never written as
    p.txt, a PNG never as x.jpg. `what` names the option or file in the message."""
    if not str(path).strip().lower().endswith(suffix):
        raise UserError(t("{what} 要写一个以 {suffix} 结尾的文件名（现在是「{path}」）", what=what, suffix=suffix,
                          path=path))


@contextlib.contextmanager
def replaced_atomically(path: str | Path, suffix: str) -> Iterator[Path]:
    target = Path(path).expanduser()
    if target.is_dir():
        raise UserError(t("{path} 是一个文件夹，请指定文件名", path=target))
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=f".{target.stem[:20]}-", suffix=suffix, dir=target.parent)
        os.close(fd)
    except OSError as e:
        raise UserError(os_errors.describe(e)) from None
    tmp = Path(name)
    try:
        try:
            yield tmp
        except OSError as e:  # writing the file itself (a full disk); any other file's error is a bug
            if e.filename not in (name, str(tmp)) and e.errno not in os_errors.ENVIRONMENT:
                raise
            raise _refused(target, e) from None
        try:
            os.replace(tmp, target)
        except OSError as e:  # the target open in Excel or a PDF viewer
            raise _refused(target, e) from None
    finally:
        tmp.unlink(missing_ok=True)


def _refused(target: Path, e: OSError) -> UserError:
    return UserError(t("无法读写「{path}」：{reason}", path=target, reason=os_errors.reason(e)))
