"""The header synonym table (data/import_synonyms.json): which report column is which metric."""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from app.domain import without_invisible
from app.resources import data_path

_ARROWS = re.compile(r"\s*(?:->|→|⟶|➝|－>|—>|–>|＞|>)\s*")
_SECONDS = re.compile(r"\((?:s|秒|秒钟|sec)\)$", re.IGNORECASE)
_UNIT_SUFFIX = re.compile(r"(?:\((?:元|人|个|单|件|%|次)\)|(?<=[^\s%(])%)$")
_PERCENT_UNIT = re.compile(r"(?:\(%\)|%)$")  # 退款率(%), 退款率（%）, 回复率%: its bare numbers are percents
# what signature_of has always taken out: the zero-width characters of web pages (not every invisible one, which
# normalize_header takes out now: a wider list would give a header row another signature, forgetting its columns)
_SIGNED_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"))
_MINUTES = re.compile(r"\((?:分钟|分|min)\)$", re.IGNORECASE)
_TRAILING_MARKS = ":()-"
_MONEY_UNIT = re.compile(r"(?:\((万元|千元|万|千)\)|(万元|千元))$")  # 销售额(万元), 金额（千元）: bare numbers in that unit
_MONEY_SCALE = {"万元": 10000, "万": 10000, "千元": 1000, "千": 1000}

KINDS = ("money", "count", "number", "rate", "duration", "rating")
SPAN_ENDS = ("start", "end")  # the kinds of the two date columns of a span given in two (开始日期 | 结束日期)


@dataclass(frozen=True)
class ColumnRule:
    """What one recognised header means."""

    role: str  # "staff" | "date" | "ignore" | "metric" | "rating" | "ambiguous"
    metric: str | None = None
    kind: str | None = None
    level: int | None = None  # 1..5 for the five satisfaction ratings (5 = 很满意)
    cross_check: tuple[str, str] | None = None
    max_percent: int | None = 100
    priority: int = 0  # lower wins when two headers map to the same metric
    factor: int = 1  # a duration column's bare numbers are in this many seconds (60 for a 分钟 column)
    percent: bool = False  # a rate column whose header says (%): 0.85 is 0.85 %, never a fraction
    scale: int = 1  # a money column whose header says (万元) or (千元): its numbers are in that many yuan
    # role "ambiguous" (金额): the metrics it may be, each with the words that say so in a title or file name
    choices: tuple[tuple[str, tuple[str, ...]], ...] = ()

    @property
    def slot(self) -> tuple[str, object]:
        """Of the columns with one slot only one is read (the first listed wins): one per metric and rating level,
        one date (日期, 月份), and one start and one end of a span in two columns."""
        if self.role == "date" and self.kind in SPAN_ENDS:
            return self.role, self.kind
        return self.role, self.metric or self.level


@dataclass(frozen=True)
class Synonyms:
    rules: dict[str, ColumnRule]
    summary_words: tuple[str, ...]
    missing: frozenset[str]
    provisional: frozenset[str]
    summary_endings: tuple[str, ...] = ()
    summary_names: frozenset[str] = frozenset()  # a whole cell that names everyone: 全部客服, 全店, (全部)
    traditional: dict[int, str] = field(default_factory=dict)  # str.translate table: 銷 → 销 …

    def lookup(self, header: str) -> ColumnRule | None:
        """A header (raw or flattened `group/field`) → its rule, or None. Traditional characters are read as
        simplified ones; a duration header may carry its unit (`平均响应时间(秒)`, `平均接待时长(分钟)`)."""
        text = normalize_header(header)
        if not text:
            return None
        rule = self._find(text)
        if rule is None and self.traditional:
            simplified = text.translate(self.traditional)
            if simplified != text:
                rule = self._find(simplified)
        if rule is not None and rule.kind == "rate" and says_percent(header):
            rule = replace(rule, percent=True)
        scale = money_scale(text)
        if rule is None and scale > 1:
            unit = _MONEY_UNIT.search(text)
            assert unit is not None
            base = self.lookup(text[:unit.start()])
            if base is not None and base.kind == "money":
                rule = replace(base, scale=scale)
        return rule

    def _find(self, text: str) -> ColumnRule | None:
        rule = self._exact(text)
        if rule is not None:
            return rule
        if text.endswith("(秒)"):
            base = self._exact(text[:-3])
            return base if base is not None and base.kind == "duration" else None
        minutes = _MINUTES.search(text)
        if minutes:
            stem = text[:minutes.start()]
            base = self._exact(stem) or self._exact(stem + "(秒)")
            if base is not None and base.kind == "duration":
                return replace(base, factor=60)
        return None

    def _exact(self, text: str) -> ColumnRule | None:
        rule = self.rules.get(text)
        if rule is not None or "/" not in text:
            return rule
        group, _, field_ = text.rpartition("/")
        return self.rules.get(group + field_) or self.rules.get(field_)

    def is_summary(self, text: str) -> bool:
        """A total line: it starts with 合计/汇总/平均…, or ends with 合计/汇总/总计 as a word of its own
        (`全店合计`, `客服团队汇总`, `总计：`)."""
        s = normalize_header(text)
        if self.traditional:
            s = s.translate(self.traditional)
        if s.startswith(self.summary_words):
            return True
        return bool(self.summary_endings) and s.rstrip(_TRAILING_MARKS).endswith(self.summary_endings)


    def plain(self, text: str) -> str:
        """Text as headers are compared, traditional characters read as simplified: for finding words in it."""
        s = normalize_header(text)
        return s.translate(self.traditional) if self.traditional else s

    def names_everyone(self, text: str) -> bool:
        """A name cell of a total line: a word naming everyone (`全部客服`, `全店`, `(全部)`). Only in the name
        column: 全部 in a 店铺 column is a filter, not a total."""
        s = normalize_header(text)
        if self.traditional:
            s = s.translate(self.traditional)
        return s.strip(_TRAILING_MARKS) in self.summary_names


def money_scale(header: object) -> int:
    """How many yuan one unit of a money column is, by the unit its header states: 10000 for 销售额(万元),
    1000 for 金额（千元）, 1 otherwise."""
    unit = _MONEY_UNIT.search(normalize_header(header))
    return _MONEY_SCALE[unit.group(1) or unit.group(2)] if unit else 1


def says_percent(header: object) -> bool:
    """The header carries the unit % (退款率(%), 退款率（%）, 回复率%)."""
    s = "".join(without_invisible(unicodedata.normalize("NFKC", str(header))).split())
    return bool(_PERCENT_UNIT.search(s))


def normalize_header(text: object) -> str:
    """How headers are compared: NFKC, no invisible characters (a direction mark or soft hyphen copied along, as
    names lose them: `domain.without_invisible`), no spaces, one arrow, one word for rates, one unit for seconds."""
    if text is None:
        return ""
    return _compared(without_invisible(unicodedata.normalize("NFKC", str(text))))


def signed_header(text: object) -> str:
    """A header as a header row's signature reads it (remembered columns are found by it): as `normalize_header`,
    with only the zero-width characters it has always taken out."""
    if text is None:
        return ""
    return _compared(unicodedata.normalize("NFKC", str(text)).translate(_SIGNED_INVISIBLE))


def _compared(s: str) -> str:
    s = "".join(s.split())
    s = _ARROWS.sub("->", s)
    s = s.replace("转化率", "成功率").replace("【", "(").replace("】", ")").replace("[", "(").replace("]", ")")
    s = _SECONDS.sub("(秒)", s)
    s = _UNIT_SUFFIX.sub("", s)
    return s.lower()


def load(path: Path | None = None) -> Synonyms:
    if path is None:
        return _shipped()
    return _parse(json.loads(path.read_text(encoding="utf-8")))


@lru_cache(maxsize=1)
def _shipped() -> Synonyms:
    return _parse(json.loads(data_path("import_synonyms.json").read_text(encoding="utf-8")))


def _parse(raw: dict) -> Synonyms:
    rules: dict[str, ColumnRule] = {}

    def put(header: str, rule: ColumnRule) -> None:
        key = normalize_header(header)
        if key in rules:
            raise ValueError(f"import_synonyms.json: header {header!r} is listed twice")
        rules[key] = rule

    for priority, header in enumerate(raw["staff"]):
        put(header, ColumnRule("staff", priority=priority))
    for priority, header in enumerate(raw["date"]):
        put(header, ColumnRule("date", priority=priority))
    for priority, header in enumerate(raw.get("month", ()), start=len(raw["date"])):  # a whole month per row
        put(header, ColumnRule("date", kind="month", priority=priority))
    for end in SPAN_ENDS:  # a span in two columns (开始日期 | 结束日期)
        for priority, header in enumerate(raw.get(f"date_{end}", ())):
            put(header, ColumnRule("date", kind=end, priority=priority))
    for header in raw["ignore"]:
        put(header, ColumnRule("ignore"))
    for entry in raw.get("ambiguous", ()):
        choices = tuple((metric, tuple(words)) for metric, words in entry["metrics"].items())
        for header in entry["headers"]:
            put(header, ColumnRule("ambiguous", kind=entry["kind"], choices=choices))
    for entry in raw["columns"]:
        kind = entry["kind"]
        if kind not in KINDS:
            raise ValueError(f"import_synonyms.json: unknown kind {kind!r}")
        check = entry.get("cross_check")
        for priority, header in enumerate(entry["headers"]):
            if kind == "rating":
                rule = ColumnRule("rating", kind=kind, level=int(entry["level"]), priority=priority)
            else:
                rule = ColumnRule(
                    "metric", metric=entry["metric"], kind=kind, priority=priority,
                    cross_check=tuple(check) if check else None,  # type: ignore[arg-type]
                    max_percent=entry.get("max_percent", 100),
                )
            put(header, rule)
    return Synonyms(
        rules=rules,
        summary_words=tuple(normalize_header(w) for w in raw["summary_words"]),
        summary_endings=tuple(normalize_header(w) for w in raw.get("summary_endings", ())),
        summary_names=frozenset(normalize_header(w) for w in raw.get("summary_names", ())),
        traditional=str.maketrans(raw.get("traditional", {})),
        missing=frozenset(unicodedata.normalize("NFKC", w).strip() for w in raw["missing"]),
        provisional=frozenset(unicodedata.normalize("NFKC", w).strip() for w in raw["provisional"]),
    )
