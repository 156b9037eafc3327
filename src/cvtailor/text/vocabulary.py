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
from typing import Any

import yaml

from cvtailor.text.wordforms import inflection

# A count of what a phrase's verb acts on ("trained 2 apprentices", "managed 12 staff"), in
# words (research/evidence counts the people of a team with it too)
COUNT_WORDS = "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
_COUNT = re.compile(rf"\d[\d,]*\+?|{COUNT_WORDS}")
# Supervision received, not given: "worked under the supervision of a senior"
_UNDER = re.compile(r"\b(?:under|receiv\w*|with)\s+(?:(?:the|close|direct|regular|daily|"
                    r"clinical|my|their|his|her)\s+){0,2}$", re.IGNORECASE)
# Leading a counted group of people is supervising them, whatever the trade calls them:
# "Led 4 technicians", "supervised 12 carers", "assigned 9 MAs to providers each day",
# "managed a crew of 6 deckhands". The count is what makes them a team the person ran (not
# "led the technicians' training", "managed the nurses' rota").
LED_PEOPLE_SKILL = "Staff supervision"
_STAFF_NOUNS = (
    "workers staff technicians techs engineers operators nurses carers caregivers assistants "
    "aides cooks chefs cleaners porters drivers pickers packers loaders operatives labourers "
    "laborers apprentices trainees interns agents advisors advisers associates analysts "
    "accountants clerks officers guards guides instructors coaches teachers tutors therapists "
    "developers designers testers planners estimators surveyors inspectors "
    "mechanics electricians plumbers fitters welders carpenters joiners painters divers "
    "deckhands crew employees colleagues volunteers stewards bartenders baristas "
    "waiters waitresses housekeepers receptionists cashiers representatives reps MAs CNAs HCAs "
    "PSWs midwives paramedics EMTs dispatchers riggers scaffolders roofers "
    "installers linemen supervisors managers juniors graduates students researchers "
    "scientists programmers administrators coordinators specialists consultants contractors "
    "subcontractors freelancers writers editors photographers translators interpreters "
    "lifeguards rangers keepers attendants seafarers sailors crewmembers journeymen "
    "journeypersons tradespeople hires starters recruits joiners"
).split()
_PEOPLE = "(?:" + "|".join(sorted(_STAFF_NOUNS, key=len, reverse=True)) + ")"
_LED_PEOPLE = re.compile(
    r"\b(?:supervis(?:e|ed|es|ing)|led|lead|leads|leading|manag(?:e|ed|es|ing)|oversaw|"
    r"ran|run|runs|running|"
    r"oversee(?:s|ing)?|direct(?:ed|s|ing)?|assign(?:ed|s|ing)?|allocat(?:e|ed|es|ing)|"
    r"roster(?:ed|s|ing)?)\s+"
    r"(?:(?:a|the|my|our)\s+(?:team|crew|shift|squad|group)\s+of\s+)?"
    rf"(?:\d{{1,3}}\+?|{COUNT_WORDS})\s+"
    r"(?:(?!(?:for|with|to|of|on|in|at|and|or|from|by|per|a|an|the)\b)[a-z][a-z-]*\s+){0,2}?"
    + _PEOPLE + r"\b(?!['’])", re.IGNORECASE)  # not "managed 4 managers' diaries"
# Bringing people on: trained, taught or showed the people a job brings in, counted or not
# ("Trained 2 assistant estimators on takeoff", "Showed 2 new graduates how to log chips"),
# what the skill's phrases "trained new hires", "trained junior", "trained apprentices" say
# of any staff. Never people taught as a job's own work ("taught 30 students", "trained 40
# customers on the app"): they are new, junior, assistant, trainee or student ones.
BROUGHT_ON_SKILL = "Mentoring"
_BROUGHT_ON = re.compile(
    r"\b(?:train(?:ed|s|ing)?|taught|teach(?:es|ing)?|show(?:ed|n|s|ing)?|induct(?:ed|s|ing)?|"
    r"onboard(?:ed|s|ing)?|precept(?:ed|s|ing)?|buddied)\s+"
    rf"(?:(?:\d{{1,3}}\+?|{COUNT_WORDS})\s+)?(?:(?:the|our|my|all|each|every)\s+)?"
    r"(?:new(?:ly[ -](?:hired|qualified|recruited))?|junior|assistant|trainee|student|incoming)\s+"
    r"(?:(?!(?:for|with|to|of|on|in|at|and|or|from|by|per|a|an|the|how)\b)[a-z][a-z-]*\s+)?"
    + _PEOPLE + r"\b(?!['’])", re.IGNORECASE)
# Skills a line shows by what it did to counted or named people, past any words of theirs.
_DONE_TO_PEOPLE = ((LED_PEOPLE_SKILL, _LED_PEOPLE), (BROUGHT_ON_SKILL, _BROUGHT_ON))
_SHORT = 2  # names this short only count between separators ("R, SQL" yes; "R&D" no)


@dataclass(frozen=True)
class Term:
    """One skill: its name, category, aliases, the broader skills it implies, and phrases
    that evidence it."""

    name: str
    category: str
    aliases: tuple[str, ...] = ()
    implies: tuple[str, ...] = ()
    evidenced_by: tuple[str, ...] = ()
    case_sensitive: bool = False
    # aliases matched only as written ("=SPED" in the file): an acronym that is also a word
    # ("Sped up the build" is no special education)
    exact: tuple[str, ...] = ()

    @property
    def spellings(self) -> tuple[str, ...]:
        """The name and every alias."""
        return (self.name, *self.aliases)


@dataclass(frozen=True)
class Hit:
    """Where a vocabulary term occurs in a text, and how it was found."""

    term: str  # canonical name
    surface: str  # as written in the text
    start: int
    end: int
    via: str = "name"  # name | alias | phrase


_TOKEN = re.compile(r"[A-Za-z0-9.#+/&'’]+")


_BREAK = re.compile(r"[,;:()\[\]]|\.\s")  # punctuation no multi-word name spans
_SLASHED = re.compile(r"(?<=[A-Za-z]{2})/(?=[A-Za-z]{2})")  # "English/Spanish"


def _tokens(text: str) -> list[tuple[str, int, int]]:
    """Words with their spans; hyphens and spaces separate words ("VP-level" = "VP level")."""
    out = []
    for m in _TOKEN.finditer(text):
        word, start, end = m.group(0), m.start(), m.end()
        while word.endswith(".") and len(word) > 1:
            word, end = word[:-1], end - 1
        while word.startswith(".") and len(word) > 1 and not word[1:2].isalpha():
            word, start = word[1:], start + 1
        if word and word != ".":
            out.append((word, start, end))
    return out


def _key(spelling: str) -> tuple[str, ...]:
    return tuple(w for w, _, _ in _tokens(spelling))


def _phrase_key(phrase: str) -> tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]:
    """An evidenced_by phrase's inflection keys, and per word the forms it may have (none
    where any inflection will do): the word itself, in any case, when written "=word" in the
    phrase, and an acronym in capitals, as itself or its plural ("LEDES" is no "Led", "SCARs"
    no "scar"; "PLC" is "PLCs")."""
    keys: list[str] = []
    exact: list[tuple[str, ...]] = []
    for word, start, _ in _tokens(phrase):
        keys.append(inflection(word))
        low = word.lower()
        acronym = re.fullmatch(r"([A-Z][A-Z0-9]+)s?", word)
        if start and phrase[start - 1] == "=":
            exact.append((low,))
        elif acronym:  # in capitals, as the CV writes it: "scar" is no SCAR
            base = acronym.group(1)
            exact.append((base, f"{base}s", f"{base}S"))
        else:
            exact.append(())
    return tuple(keys), tuple(exact)


def _short_ok(text: str, start: int, end: int) -> bool:
    """Names this short only count between separators ("R, SQL" yes; "R&D", "C-level" no)."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return before in " \t\n,;(/" and (after in " \t\n,;)/" or (
        after == "." and (end + 1 >= len(text) or text[end + 1].isspace())))


# After a sentence's first word, words that make it the verb it also is: "Go through a
# week-long training program" is no Go ("Swift for iOS", "Rust in production" are names).
_AFTER_A_VERB = frozenset("through to into out over ahead back beyond above the a an our your "
                          "their this that these those up down".split())


def _sentence_verb(text: str, start: int, end: int) -> bool:
    """A case-sensitive name (Go, Swift, Rust) that opens a sentence and is followed by a
    preposition or a determiner is the common word, capitalised because it opens it."""
    before = text[:start].rstrip()
    opens = not before or before[-1] in ".!?:;-*•" or before.endswith(("- ", "* "))
    m = re.match(r"\s+([a-z]+)\b(?:\s+([a-z]+)\b)?", text[end:])
    return opens and m is not None and (m.group(1) in _AFTER_A_VERB or (
        m.group(1) in ("on", "with", "quickly", "calmly", "promptly", "fast")
        and (m.group(2) or "") in ("the", "a", "an", "any", "your", "our", "their", "to", "and")))


def _in_text_order(hit: Hit) -> tuple[int, int, bool]:
    """Sort key of hits: in text order, the longest first where two start together, a name
    before a phrase on the same words."""
    return hit.start, -(hit.end - hit.start), hit.via == "phrase"


def _no_overlap(hits: list[Hit], same_words: bool = False) -> list[Hit]:
    """Hits in text order, longest first where they overlap; an overlapping one is dropped,
    except (`same_words`) another skill on exactly the same words."""
    kept: list[Hit] = []
    for hit in sorted(hits, key=lambda h: (h.start, -(h.end - h.start))):
        if kept and hit.start < kept[-1].end and not (same_words and (hit.start, hit.end) == (
                kept[-1].start, kept[-1].end)):
            continue
        kept.append(hit)
    return kept


_FOUND_MAX = 8192  # cached find() results per vocabulary (texts are CV/JD lines)


# Categories of things held, not done: a degree, a certification.
CREDENTIAL_KINDS = frozenset({"certification", "degree"})


@dataclass
class Vocabulary:
    """The skills vocabulary, indexed to find its terms in text."""

    terms: dict[str, Term]
    _lookup: dict[str, str] = field(default_factory=dict, repr=False)
    _ci: dict[tuple[str, ...], str] = field(default_factory=dict, repr=False)
    _cs: dict[tuple[str, ...], str] = field(default_factory=dict, repr=False)
    # evidenced_by phrases by the inflection keys of their words (mentored ~ mentoring) ->
    # (per word the forms it may have, none where any inflection will do; the skill). One
    # phrase may evidence several skills, each listed.
    _phrases: dict[tuple[str, ...], tuple[tuple[tuple[tuple[str, ...], ...], str], ...]] = field(
        default_factory=dict, repr=False)
    _longest: int = field(default=1, repr=False)
    # find() results by (text, phrases): a run looks the same few hundred texts up 2-3 times
    # (research, plan, QA, assemble); Hits are frozen, so sharing them is safe.
    _found: dict[tuple[str, bool], tuple[Hit, ...]] = field(default_factory=dict, repr=False)
    # The first word of every key of each table: most words start no term, so they are skipped.
    _starts: dict[str, frozenset[str]] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        for term in self.terms.values():
            for spelling in term.spellings:
                as_written = term.case_sensitive or spelling in term.exact
                key = spelling if as_written else spelling.lower()
                self._lookup.setdefault(key, term.name)
                words = _key(spelling)
                if not words:
                    continue
                if as_written:
                    self._cs.setdefault(words, term.name)
                else:
                    self._ci.setdefault(tuple(w.lower() for w in words), term.name)
                self._longest = max(self._longest, len(words))
            for phrase in term.evidenced_by:
                words, exact = _phrase_key(phrase)
                entry = (exact, term.name)
                if words and entry not in self._phrases.get(words, ()):
                    self._phrases[words] = (*self._phrases.get(words, ()), entry)
                    self._longest = max(self._longest, len(words))
        for name, table in (("ci", self._ci), ("cs", self._cs), ("phrase", self._phrases)):
            self._starts[name] = frozenset(key[0] for key in table)

    # -- loading ---------------------------------------------------------------------------
    @classmethod
    def from_yaml(cls, text: str) -> Vocabulary:
        """A vocabulary from YAML in the form of data/skills.yaml (a list of terms)."""
        return cls.from_rows(yaml.safe_load(text) or [])

    @classmethod
    def from_rows(cls, rows: list[dict[str, Any]]) -> Vocabulary:
        """A vocabulary from the rows of data/skills.yaml, already parsed."""
        terms: dict[str, Term] = {}
        for row in rows:
            written = [str(a) for a in row.get("aliases") or ()]
            term = Term(
                name=str(row["name"]),
                category=str(row.get("category", "domain")),
                aliases=tuple(a.removeprefix("=") for a in written),
                exact=tuple(a[1:] for a in written if a.startswith("=")),
                implies=tuple(str(a) for a in row.get("implies") or ()),
                evidenced_by=tuple(str(a) for a in row.get("evidenced_by") or ()),
                case_sensitive=bool(row.get("case_sensitive", False)),
            )
            terms[term.name] = term
        return cls(terms)

    # -- queries ---------------------------------------------------------------------------
    def canonical(self, spelling: str) -> str | None:
        """The canonical name of a spelling, or None if it is not in the vocabulary."""
        spelling = spelling.strip()
        return self._lookup.get(spelling) or self._lookup.get(spelling.lower())

    def display(self, term: str) -> str:
        """How a term is shown on its own (a key qualification, a skills entry): the JD's
        spelling unless the JD wrote it all lower case, then the vocabulary's name; a phrase
        the vocabulary does not know starts with a capital ("Production ML systems") unless
        its first word has one inside ("iOS apps")."""
        if any(ch.isupper() for ch in term):
            first = term.split()[0]
            return term[:1].upper() + term[1:] if first.islower() and first.isalpha() \
                and self.canonical(term) is None else term
        name = self.canonical(term)
        return name if name and name.lower() == term.lower() else term[:1].upper() + term[1:]

    def category(self, name: str) -> str:
        """The term's category; '' for a name not in the vocabulary."""
        term = self.terms.get(name)
        return term.category if term else ""

    def find(self, text: str, *, phrases: bool = False) -> list[Hit]:
        """Vocabulary terms in `text`, in text order. Names and aliases: longest first, never
        overlapping. With `phrases`, also the evidenced_by phrases, in any inflection of their
        words ("mentoring" for "mentored"): never overlapping each other (a phrase that
        evidences several skills is one hit per skill, on the same words), and dropped inside
        a name (the name is what those words mean), but a phrase that only partly overlaps a
        name is kept, as the name is."""
        found = self._found.get((text, phrases))
        if found is None:
            if len(self._found) >= _FOUND_MAX:
                self._found.clear()
            found = self._found[(text, phrases)] = tuple(self._find_parted(text, phrases))
        return list(found)

    def _find_parted(self, text: str, phrases: bool) -> list[Hit]:
        """Terms of the text as written, then those of words joined by a slash, read apart
        ("Bilingual English/Spanish", "Excel/VBA"): a slash-joined name the vocabulary knows
        whole ("CI/CD", "TCP/IP") is found first and keeps its words."""
        hits = self._find(text, phrases)
        if not _SLASHED.search(text):
            return hits
        apart = _SLASHED.sub(" ", text)  # the same length: every span stays where it was
        hits += [Hit(h.term, text[h.start:h.end], h.start, h.end, h.via)
                 for h in self._find(apart, phrases)
                 if not any(h.start < k.end and k.start < h.end for k in hits)]
        return sorted(hits, key=_in_text_order)

    def _find(self, text: str, phrases: bool) -> list[Hit]:
        toks = _tokens(text)
        lowered = [w.lower() for w, _, _ in toks]
        exact = [w for w, _, _ in toks]
        hits: list[Hit] = []
        tables: list[tuple[str, dict[tuple[str, ...], str], list[str]]] = [
            ("ci", self._ci, lowered), ("cs", self._cs, exact)]
        for table_name, table, words in tables:
            starts = self._starts[table_name]
            for i in range(len(toks)):
                if words[i] not in starts:
                    continue
                for n in range(min(self._longest, len(toks) - i), 0, -1):
                    name = table.get(tuple(words[i:i + n]))
                    if name is None:
                        continue
                    start, end = toks[i][1], toks[i + n - 1][2]
                    surface = text[start:end]
                    if n == 1 and len(surface) <= _SHORT and not _short_ok(text, start, end):
                        continue
                    if table_name == "cs" and n == 1 and _sentence_verb(text, start, end):
                        continue
                    if n > 1 and _BREAK.search(text[toks[i][2]:toks[i + n - 1][1]]):
                        continue  # "product performance, testing controls": two phrases
                    if name == LED_PEOPLE_SKILL and _UNDER.search(text[:start]):
                        break  # "worked under the supervision of a senior": received
                    said = re.sub(r"[\s-]+", " ", surface).lower() == name.lower()
                    hits.append(Hit(name, surface, start, end, "name" if said else "alias"))
                    break
        kept = _no_overlap(hits)
        if phrases:
            said_spans = [(h.start, h.end) for h in kept]
            kept += [h for h in _no_overlap(self._phrase_hits(text, toks, lowered), True)
                     if not any(s <= h.start and h.end <= e for s, e in said_spans)]
            for skill, said_of_people in _DONE_TO_PEOPLE:
                if skill in self.terms and not any(h.term == skill for h in kept):
                    kept += [Hit(skill, m.group(0), m.start(), m.end(), "phrase")
                             for m in said_of_people.finditer(text)][:1]
            kept.sort(key=_in_text_order)
        return kept

    def _phrase_hits(self, text: str, toks: list[tuple[str, int, int]],
                     lowered: list[str]) -> list[Hit]:
        """Every evidenced_by phrase at each word, the longest that matches. A count after
        the phrase's first word counts what it acts on, and is read past: "trained 2
        apprentices" says "trained apprentices", "supervised 12 cleaners" "supervised
        cleaners"."""
        keys = [inflection(w) for w in lowered]
        starts = self._starts["phrase"]
        hits: list[Hit] = []
        for i in range(len(toks)):
            if keys[i] not in starts:
                continue
            at = [i, *range(i + 1, len(toks))]
            counted = i + 2 < len(toks) and _COUNT.fullmatch(lowered[i + 1]) is not None \
                and text[toks[i][2]:toks[i + 1][1]] == " "
            # past the count first: a phrase never holds one, and it is the longer reading
            readings = [([i, *range(i + 2, len(toks))], 2), (at, 1)] if counted else [(at, 1)]
            for places, shortest in readings:
                if self._phrase_at(text, places, shortest, toks, keys, lowered, hits):
                    break
        return hits

    def _phrase_at(self, text: str, places: list[int], shortest: int,
                   toks: list[tuple[str, int, int]], keys: list[str], lowered: list[str],
                   hits: list[Hit]) -> bool:
        """The longest evidenced_by phrase of at least `shortest` words on the words at
        `places` (in order), added to `hits`; whether one was found."""
        for n in range(min(self._longest, len(places)), shortest - 1, -1):
            words = places[:n]
            entries = self._phrases.get(tuple(keys[k] for k in words))
            names = [name for must, name in entries or ()
                     if all(not m or lowered[k] in m or toks[k][0] in m
                            for m, k in zip(must, words, strict=True))]
            if not names:
                continue
            start, end = toks[words[0]][1], toks[words[-1]][2]
            hits.extend(Hit(name, text[start:end], start, end, "phrase")
                        for name in dict.fromkeys(names))
            return True
        return False

    def names_in(self, text: str, *, phrases: bool = False) -> set[str]:
        """The canonical names of the terms in `text`."""
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

    def kind_of_thing(self, name: str) -> bool:
        """A named thing other named things of its category are ("ERP": SAP and NetSuite are
        ERPs; "CMMS"): a kind, not a product, nor a credential (held or not). A system the
        vocabulary does not know may be one ("the factory computer system"), and only the
        person can say."""
        category = self.category(name)
        return category not in CREDENTIAL_KINDS and any(
            name in term.implies and term.category == category
            and not term.name.startswith(f"{name} ")  # a part of it ("SAP PM")
            for term in self.terms.values())

    def wholes(self, name: str) -> set[str]:
        """The named things `name` is a part of, named at its start ("SAP" for "SAP PM",
        "Salesforce" for "Salesforce Service Cloud"; not "ERP" or "CMMS", which it only
        implies): a line naming one may show it, and only the person can say. None for a
        credential: holding one is never holding another."""
        category = self.category(name)
        if category in CREDENTIAL_KINDS:
            return set()
        return {p for p in self.implied(name) if self.category(p) == category
                and re.match(rf"{re.escape(p)}\s", name)}

    def evidenced_names(self, text: str) -> dict[str, str]:
        """Terms a text evidences -> how: 'name'/'alias' (said), 'phrase', or 'implied'."""
        out: dict[str, str] = {}
        for hit in self.find(text, phrases=True):
            out.setdefault(hit.term, hit.via)
        for name in list(out):
            for broader in self.implied(name):
                out.setdefault(broader, "implied")
        return out


# Vocabulary categories of things a person either names or does not have: an answer must
# say them (a practice, like negotiation, can be described in other words).
NAMED_THINGS = frozenset({
    "certification", "degree", "language", "programming_language", "framework", "library",
    "database", "cloud", "devops_tool", "ci_cd", "infrastructure", "message_broker",
    "data_tool", "design_tool", "business_tool", "crm", "office_tool",
})


# Words that name one edition of a product among its others: "ArcGIS Pro" (not ArcMap),
# "QuickBooks Online" (not Desktop), "Exchange Online" (not Exchange Server).
_EDITIONS = frozenset("pro online cloud classic universal desktop server x express enterprise "
                      "premium plus lite mobile".split())


def another_edition(keyword: str, name: str, surface: str) -> bool:
    """The ad asks for one edition of a thing ("ArcGIS Pro", an other name of ArcGIS that
    adds an edition's word to its name) and the CV names the thing by a surface without that
    word ("ArcMap", "ArcGIS"): the line shows the thing, never the edition the ad asks for.
    An other name that is more than the thing's name and an edition's word is no edition of it
    ("Google Cloud" of GCP)."""
    asked = set(re.findall(r"[a-z0-9]+", keyword.lower()))
    named = set(re.findall(r"[a-z0-9]+", name.lower()))
    said = set(re.findall(r"[a-z0-9]+", surface.lower()))
    return bool(surface) and asked - _EDITIONS <= named \
        and any(w in _EDITIONS and w not in said for w in asked - named)


@cache
def default_vocabulary() -> Vocabulary:
    """The packaged vocabulary, plus the YAML file named by CVTAILOR_VOCABULARY (its entries
    add to or replace the packaged ones by name)."""
    source = resources.files("cvtailor").joinpath("data/skills.yaml")
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when built with it
    rows = yaml.load(source.read_text(encoding="utf-8"), Loader=loader) if source.is_file() \
        else []
    extra = os.environ.get("CVTAILOR_VOCABULARY")
    if extra:
        by_name = {r["name"]: r for r in rows or []}
        for row in yaml.safe_load(Path(extra).expanduser().read_text(encoding="utf-8")) or []:
            by_name[row["name"]] = row
        rows = list(by_name.values())
    return Vocabulary.from_rows(rows or [])
