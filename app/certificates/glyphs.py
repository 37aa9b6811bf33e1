"""Fonts for certificates: each text role (title, name, body) has a primary face and fallbacks.

Every character is looked up in the faces' character maps before anything is drawn. A character the
primary face lacks is drawn with the first fallback that has it — the bundled LXGW WenKai, then TrueType
system fonts (reportlab cannot embed CFF outlines, which rules out Noto CJK) — and when no face has it the
caller gets a `Missing` entry to warn the user with: never a silent box.
"""

from __future__ import annotations

import functools
import struct
import threading
from dataclasses import dataclass, field
from pathlib import Path

from app.certificates import subsets
from app.errors import UserError
from app.fonts import printable, split_runs, system_fallbacks
from app.i18n import t
from app.resources import resource_path


def bundled(name: str) -> Path:
    return resource_path("fonts", name)


def sans_regular() -> Path:
    return bundled("NotoSansSC-Regular.ttf")


def sans_bold() -> Path:
    return bundled("NotoSansSC-Bold.ttf")


def brush() -> Path:
    return bundled("LXGWWenKai-Regular.ttf")


@dataclass(frozen=True)
class FontPlan:
    """Which files to use: tests pass paths explicitly; `default()` is the bundled fonts + system ones."""

    title: Path
    name: Path
    body: Path
    bold: Path
    fallbacks: tuple[Path, ...] = ()

    @classmethod
    def default(cls) -> FontPlan:
        return cls(title=brush(), name=brush(), body=sans_regular(), bold=sans_bold(),
                   fallbacks=(brush(), sans_regular(), *system_fallbacks()))

    @classmethod
    def sans_only(cls, fallbacks: tuple[Path, ...] = ()) -> FontPlan:
        return cls(title=sans_bold(), name=sans_bold(), body=sans_regular(), bold=sans_bold(), fallbacks=fallbacks)


@dataclass(frozen=True)
class Face:
    name: str  # as registered with reportlab
    path: Path
    chars: frozenset[int] = field(repr=False)
    drawn: frozenset[int] = field(repr=False)  # chars and the space, which is drawn with a text's primary face


_faces: dict[tuple[str, int], Face | None] = {}
_lock = threading.Lock()


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ToUnicode map with characters beyond U+FFFF written as UTF-16 surrogate pairs, as the PDF
    format requires (reportlab writes `<20BB7>`, so 𠮷 could not be searched or copied from the PDF)."""
    def utf16(code: int) -> str:
        return chr(code).encode("utf-16-be").hex().upper()

    return "\n".join([
        "/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap", "/CIDSystemInfo",
        f"<< /Registry ({fontname})", f"/Ordering ({fontname})", "/Supplement 0", ">> def",
        f"/CMapName /{fontname} def", "/CMapType 2 def", "1 begincodespacerange", f"<00> <{len(subset) - 1:02X}>",
        "endcodespacerange", f"{len(subset)} beginbfchar",
        *(f"<{i:02X}> <{utf16(v)}>" for i, v in enumerate(subset)),
        "endbfchar", "endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"])


def _use_full_unicode_cmaps() -> None:
    from reportlab.pdfbase import ttfonts

    ttfonts.makeToUnicodeCMap = _to_unicode_cmap


@functools.lru_cache(maxsize=256)
def _key(path: Path) -> tuple[str, int]:
    """The file and its face (the first of a collection); resolved once per path, as every job builds its
    chains from the same few paths."""
    return str(Path(path).resolve()), 0


def load_face(path: Path) -> Face | None:
    """Register a TrueType file (the first face of a collection) once per process; None when reportlab
    cannot embed it (CFF outlines, a broken file) — such a font is simply not used."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFError, TTFont

    key = _key(path)
    with _lock:
        _use_full_unicode_cmaps()
        if key in _faces:
            return _faces[key]
        name = f"HH{len(_faces) + 1}-{Path(path).stem}"[:60]
        try:
            font = TTFont(name, str(path), subfontIndex=0)
        except (TTFError, OSError, ValueError, KeyError, struct.error):  # struct.error: a file cut short
            _faces[key] = None
            return None
        pdfmetrics.registerFont(font)
        # a file's face registered before under another name (app.pdf_text's HonghuaSans) is the one reportlab
        # gives this name too: that shared face is the one made ready
        shared = pdfmetrics.getFont(name).face
        subsets.read_glyphs_in_place(shared)
        subsets.one_subset_at_a_time(shared)
        chars = frozenset(font.face.charToGlyph)
        face = Face(name, Path(path), chars, chars | {ord(" ")})
        _faces[key] = face
        return face


def _primaries(plan: FontPlan | None) -> list[Path]:
    plan = plan or FontPlan.default()
    return list(dict.fromkeys((plan.title, plan.name, plan.body, plan.bold)))


def loaded(plan: FontPlan | None = None) -> bool:
    """The plan's primary faces are read: a job can start without waiting for them."""
    return all(_key(p) in _faces for p in _primaries(plan))


_reading: threading.Thread | None = None
_starting = threading.Lock()  # not `_lock`: the window asks while a face is parsed under that one


def read_in_background(plan: FontPlan | None = None) -> threading.Thread:
    """Read the plan's primary faces on a thread of their own, started once per process (the thread is
    returned): parsing the bundled fonts takes about a second, which the first certificate of a session
    would otherwise wait for with the window frozen. A job asking for a face meanwhile waits for it at
    `load_face`'s lock, so each is registered once."""
    global _reading

    def read() -> None:
        for path in _primaries(plan):
            load_face(path)

    with _starting:
        if _reading is None:
            _reading = threading.Thread(target=read, name="certificate-fonts", daemon=True)
            _reading.start()
        return _reading


class Chain:
    """One text role: the primary face, then fallbacks for what it lacks. A bold role's fallbacks are regular
    faces: `thicken` (a fraction of the size) is the outline they are drawn with, so a rare character in a
    bold name is not a thin one among bold ones."""

    def __init__(self, primary: Path, fallbacks: tuple[Path, ...], thicken: float = 0.0):
        from reportlab.pdfbase.pdfmetrics import stringWidth

        self._string_width = stringWidth  # held: an import statement runs again on every call of `width`
        self.thicken = thicken
        self.primary = load_face(primary)
        if self.primary is None:  # a bundled font missing or damaged: nothing can be printed without it
            raise UserError(t("证书字体「{path}」缺失或已损坏，无法使用；请重新安装红花榜", path=primary))
        self._primary_codes = self.primary.drawn
        self._fallback_paths = [p for p in fallbacks if _key(p) != _key(primary)]
        self._fallbacks: list[Face] | None = None
        self._pick: dict[str, str | None] = {}
        self._runs: dict[str, list[tuple[str, str]]] = {}
        self._unit: dict[str, float] = {}
        self.fits: dict[tuple, object] = {}  # layout's fitted text, by its arguments (the same on many pages)

    def _fallback_faces(self) -> list[Face]:
        if self._fallbacks is None:  # loaded only when a character needs them
            self._fallbacks = [f for f in (load_face(p) for p in self._fallback_paths) if f is not None]
        return self._fallbacks

    def font_for(self, ch: str) -> str | None:
        """The registered font name that draws `ch`, None when no face has it."""
        hit = self._pick.get(ch, "")
        if hit != "":
            return hit
        code = ord(ch)
        found: str | None = None
        if code in self.primary.chars or ch == " ":
            found = self.primary.name
        else:
            for face in self._fallback_faces():
                if code in face.chars:
                    found = face.name
                    break
        self._pick[ch] = found
        return found

    def _all_primary(self, text: str) -> bool:
        """Every character is the primary face's (nearly every text): no lookup character by character."""
        return self._primary_codes.issuperset(map(ord, text))

    def missing(self, text: str) -> list[str]:
        if self._all_primary(text):
            return []
        seen: list[str] = []
        for ch in printable(text):
            if self.font_for(ch) is None and ch not in seen:
                seen.append(ch)
        return seen

    def runs(self, text: str) -> list[tuple[str, str]]:
        """(font name, text) pieces; a character no face has is drawn with the primary face (its box)
        after the caller warned about it."""
        cached = self._runs.get(text)
        if cached is not None:
            return cached
        if self._all_primary(text):
            plain = printable(text)
            out = [(self.primary.name, plain)] if plain else []
        else:
            out = split_runs(text, lambda ch: self.font_for(ch) or self.primary.name)
        if len(self._runs) > 20_000:
            self._runs.clear()
        self._runs[text] = out
        return out

    def width(self, text: str, size: float) -> float:
        """Widths scale with the size: the width at size 1 is measured once per text."""
        unit = self._unit.get(text)
        if unit is None:
            unit = sum(self._string_width(piece, font, 1.0) for font, piece in self.runs(text))
            if len(self._unit) > 20_000:
                self._unit.clear()
            self._unit[text] = unit
        return unit * size


# The outline (a fraction of the size) that brings a regular fallback face near Noto Sans SC Bold's strokes.
FALLBACK_BOLDNESS = 0.045


class Fonts:
    """The chains of a print job, built from a FontPlan."""

    def __init__(self, plan: FontPlan | None = None):
        plan = plan or FontPlan.default()
        self.plan = plan

        def chain(path: Path) -> Chain:
            return Chain(path, plan.fallbacks, FALLBACK_BOLDNESS if path == plan.bold else 0.0)

        self.title = chain(plan.title)
        self.name = chain(plan.name)
        self.body = chain(plan.body)
        self.bold = chain(plan.bold)

    @property
    def initial(self) -> str:
        """The canvas's initial font, so that no unembedded Helvetica is referenced."""
        return self.body.primary.name


@dataclass(frozen=True)
class Missing:
    text: str
    char: str

    def code(self) -> str:
        return f"U+{ord(self.char):04X}"
