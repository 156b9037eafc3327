"""The skills vocabulary: names, spellings, categories and tool -> capability relations.

The data is `data/skills.yaml` (hand-written, reviewed for truthfulness). This module finds its
terms in text, tells whether two spellings are the same skill, and which broader capabilities a
skill evidences. Relations only go from specific to general (Jenkins -> CI/CD); two siblings of
one category never evidence each other (RabbitMQ is not Kafka).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path

import yaml

_SHORT = 2  # names this short only count between separators ("R, SQL" yes; "R&D" no)


@dataclass(frozen=True)
class Term:
    name: str
    category: str
    aliases: tuple[str, ...] = ()
    implies: tuple[str, ...] = ()
    evidenced_by: tuple[str, ...] = ()
    case_sensitive: bool = False

    @property
    def spellings(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass(frozen=True)
class Hit:
    term: str  # canonical name
    surface: str  # as written in the text
    start: int
    end: int
    via: str = "name"  # name | alias | phrase


def _pattern(spelling: str) -> str:
    body = re.escape(spelling).replace(r"\ ", r"[\s-]+")
    if len(spelling) <= _SHORT:
        return rf"(?:(?<=^)|(?<=[\s,;(/])){body}(?=$|[\s,;)/]|\.(?:\s|$))"
    return rf"(?<![A-Za-z0-9]){body}(?![A-Za-z0-9+#]|-[A-Za-z])"


@dataclass
class Vocabulary:
    terms: dict[str, Term]
    _lookup: dict[str, str] = field(default_factory=dict, repr=False)
    _regex_ci: re.Pattern[str] | None = field(default=None, repr=False)
    _regex_cs: re.Pattern[str] | None = field(default=None, repr=False)
    _phrases: list[tuple[re.Pattern[str], str, str]] = field(default_factory=list, repr=False)

    def __post_init__(self) -> None:
        ci: list[str] = []
        cs: list[str] = []
        for term in self.terms.values():
            for spelling in term.spellings:
                key = spelling if term.case_sensitive else spelling.lower()
                self._lookup.setdefault(key, term.name)
                (cs if term.case_sensitive else ci).append(spelling)
            for phrase in term.evidenced_by:
                self._phrases.append(
                    (re.compile(_pattern(phrase), re.IGNORECASE), term.name, phrase)
                )

        def build(spellings: list[str], flags: int) -> re.Pattern[str] | None:
            if not spellings:
                return None
            ordered = sorted(set(spellings), key=len, reverse=True)
            return re.compile("|".join(f"({_pattern(s)})" for s in ordered), flags)

        self._regex_ci = build(ci, re.IGNORECASE)
        self._regex_cs = build(cs, 0)

    # -- loading ---------------------------------------------------------------------------
    @classmethod
    def from_yaml(cls, text: str) -> Vocabulary:
        rows = yaml.safe_load(text) or []
        terms: dict[str, Term] = {}
        for row in rows:
            term = Term(
                name=str(row["name"]),
                category=str(row.get("category", "domain")),
                aliases=tuple(str(a) for a in row.get("aliases") or ()),
                implies=tuple(str(a) for a in row.get("implies") or ()),
                evidenced_by=tuple(str(a) for a in row.get("evidenced_by") or ()),
                case_sensitive=bool(row.get("case_sensitive", False)),
            )
            terms[term.name] = term
        return cls(terms)

    @classmethod
    def from_path(cls, path: str | Path) -> Vocabulary:
        return cls.from_yaml(Path(path).read_text(encoding="utf-8"))

    # -- queries ---------------------------------------------------------------------------
    def canonical(self, spelling: str) -> str | None:
        """The canonical name of a spelling, or None if it is not in the vocabulary."""
        spelling = spelling.strip()
        return self._lookup.get(spelling) or self._lookup.get(spelling.lower())

    def category(self, name: str) -> str:
        term = self.terms.get(name)
        return term.category if term else ""

    def find(self, text: str, *, phrases: bool = False) -> list[Hit]:
        """Vocabulary terms in `text`, longest first, never overlapping, in text order."""
        hits: list[Hit] = []
        for regex in (self._regex_ci, self._regex_cs):
            if regex is None:
                continue
            for m in regex.finditer(text):
                surface = m.group(0)
                name = self.canonical(surface) or self.canonical(re.sub(r"[\s-]+", " ", surface))
                if name is None:
                    continue
                via = "name" if surface.lower() == name.lower() else "alias"
                hits.append(Hit(name, surface, m.start(), m.end(), via))
        if phrases:
            for regex, name, _phrase in self._phrases:
                for m in regex.finditer(text):
                    hits.append(Hit(name, m.group(0), m.start(), m.end(), "phrase"))
        hits.sort(key=lambda h: (h.start, -(h.end - h.start)))
        kept: list[Hit] = []
        for hit in hits:
            if kept and hit.start < kept[-1].end:
                continue
            kept.append(hit)
        return kept

    def names_in(self, text: str, *, phrases: bool = False) -> set[str]:
        return {h.term for h in self.find(text, phrases=phrases)}

    def implied(self, name: str) -> set[str]:
        """Every broader capability `name` evidences (transitively), excluding itself."""
        seen: set[str] = set()
        stack = list(self.terms[name].implies) if name in self.terms else []
        while stack:
            cur = stack.pop()
            if cur in seen or cur == name:
                continue
            seen.add(cur)
            stack.extend(self.terms[cur].implies if cur in self.terms else ())
        return seen

    def evidenced_names(self, text: str) -> dict[str, str]:
        """Terms a text evidences -> how: 'name'/'alias' (said), 'phrase', or 'implied'."""
        out: dict[str, str] = {}
        for hit in self.find(text, phrases=True):
            out.setdefault(hit.term, hit.via)
        for name in list(out):
            for broader in self.implied(name):
                out.setdefault(broader, "implied")
        return out


@cache
def default_vocabulary() -> Vocabulary:
    """The packaged vocabulary, plus the YAML file named by CVTAILOR_VOCABULARY (its entries
    add to or replace the packaged ones by name)."""
    source = resources.files("cvtailor").joinpath("data/skills.yaml")
    rows = yaml.safe_load(source.read_text(encoding="utf-8")) if source.is_file() else []
    extra = os.environ.get("CVTAILOR_VOCABULARY")
    if extra:
        by_name = {r["name"]: r for r in rows or []}
        for row in yaml.safe_load(Path(extra).expanduser().read_text(encoding="utf-8")) or []:
            by_name[row["name"]] = row
        rows = list(by_name.values())
    return Vocabulary.from_yaml(yaml.safe_dump(rows or []))
