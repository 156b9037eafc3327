"""Word-form matching shared by the offline engine and the engine-independent QA guard.

`contains` is a whole-word, case-insensitive match ("SQL" is not in "PostgreSQL"); `says` also
accepts word forms, contiguously ("data engineer" says "data engineering", "Technical writer"
says "technical writing"); `phrase_near` allows a couple of words in between.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise

from cvtailor.text.lexicon import base_verb

# An acronym or initialism ("PLC", "HEP", "EBRs", "P&L"): a named thing, named or not held.
ACRONYM = re.compile(r"^[A-Z][A-Z0-9&/]{1,6}s?$")
_SUFFIXES = ("ments", "ment", "ings", "ing", "ers", "er", "ed", "es", "s", "ly")


@lru_cache(maxsize=1 << 16)  # pure; research and QA stem the same CV words thousands of times
def spelled_as_name(term: str) -> bool:
    """The term is spelled as a name: an acronym or a capital after its first letter ("US
    GAAP", "WCAG", "Joint Commission", "GNSS/RTK receivers")."""
    return any(c.isupper() for c in term[1:])


# The past forms of irregular verbs CVs write their work in ("grew sales" for "growing
# sales", "built dashboards" for "building dashboards"), as their base form. Not "led" (the
# past of lead, but "lead generation", "lead paint" are nouns), "found", "left", "saw", "fed",
# "lay" or "wound", whose other word is as common.
IRREGULAR_PAST = {
    "grew": "grow", "grown": "grow", "built": "build", "rebuilt": "rebuild", "ran": "run",
    "wrote": "write", "written": "write", "rewrote": "rewrite", "rewritten": "rewrite",
    "sold": "sell", "taught": "teach", "made": "make", "kept": "keep", "held": "hold",
    "met": "meet", "brought": "bring", "bought": "buy", "drove": "drive", "driven": "drive",
    "gave": "give", "given": "give", "took": "take", "taken": "take", "undertook": "undertake",
    "undertaken": "undertake", "overtook": "overtake", "spent": "spend", "won": "win",
    "began": "begin", "begun": "begin", "chose": "choose", "chosen": "choose",
    "oversaw": "oversee", "overseen": "oversee", "drew": "draw", "drawn": "draw",
    "spoke": "speak", "spoken": "speak", "broke": "break", "broken": "break", "told": "tell",
    "sent": "send", "paid": "pay", "dealt": "deal", "understood": "understand",
    "thought": "think", "sought": "seek", "caught": "catch", "fought": "fight",
    "flew": "fly", "flown": "fly", "shot": "shoot", "rode": "ride", "ridden": "ride",
    "withdrew": "withdraw", "upheld": "uphold", "withheld": "withhold", "stood": "stand",
    "withstood": "withstand",
}


def stem(word: str) -> str:
    """A light word-form key: designer ~ design, writing ~ writer, engineering ~ engineer,
    strategy ~ strategies, apply ~ applied (a -y word keeps its y), planning ~ plan, grew ~
    growing (`IRREGULAR_PAST`)."""
    w = word.lower()
    w = IRREGULAR_PAST.get(w, w)
    if len(w) > 5 and w.endswith(("ies", "ied")):
        w = w[:-3] + "y"
    changed, first = True, True
    while changed:
        changed = False
        for suffix in _SUFFIXES:
            if suffix == "es" and w.endswith("ees"):
                continue  # "trainees", "degrees": the plural's -s alone
            # a plural's -s ends the word itself: what is left of "supervis(ing)" or
            # "purchas(ed)" is no plural ("supervise" ~ "supervising"), nor is the -s of
            # "focus", "process", "analysis"
            if w.endswith(suffix) and len(w) - len(suffix) >= 4 \
                    and (first or suffix not in ("s", "es")) \
                    and not (suffix == "s" and not _plural_s(w)):
                w, changed = w[: -len(suffix)], True
                break
        first = False
    if len(w) > 4 and not (w.endswith("ee") and not base_verb(w)):
        # a noun in -ee is whom something is done to, or a body ("trainee", "employee",
        # "committee"): no form of the verb ("trainee drivers" is no "training for drivers",
        # a "credit committee" nothing "committed"); a verb in -ee keeps its forms together
        # ("guarantee" ~ "guaranteed")
        w = w.rstrip("e")
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "aeiou":
        w = w[:-1]  # plan ~ plann(ing), control ~ controll(ed): the same on both sides
    return w


_SIBILANT = ("ss", "sh", "ch", "x", "z")
# plurals of the few words that end in -u, where -us is no "focus", "bonus" or "status"
_U_PLURALS = frozenset(("menus", "gurus"))


def _plural_s(word: str) -> bool:
    """The word's last -s may be a plural's: not the -s of "process", "focus" or "analysis"
    ("menus" aside)."""
    return not word.endswith(("ss", "us", "is")) or word in _U_PLURALS


@lru_cache(maxsize=1 << 16)  # pure; the vocabulary keys every word of every line it reads
def inflection(word: str) -> str:
    """A key shared by a word's inflections only: mentor ~ mentors ~ mentored ~ mentoring,
    close ~ closed ~ closing, plan ~ planned, study ~ studies ~ studied, build ~ built.
    Narrower than `stem` (no -er, -ment, -ly): manager, management and managed keep three
    keys."""
    w = word.lower()
    w = IRREGULAR_PAST.get(w, w)
    if len(w) > 4 and w.endswith(("ies", "ied")):
        w = w[:-3] + "y"
    elif len(w) > 5 and w.endswith("ing"):
        w = w[:-3]
    elif len(w) > 4 and w.endswith(("ed", "es")) and (
            w.endswith("ed") or w[:-2].endswith(_SIBILANT)):  # coach-es, but manag-es
        w = w[:-2]
    elif len(w) > 3 and w.endswith("s") and _plural_s(w):
        w = w[:-1]
        if len(w) > 5 and w.endswith("ing"):
            w = w[:-3]  # briefings ~ briefing ~ brief: the plural of an -ing noun
    if len(w) > 3 and w.endswith("e"):
        w = w[:-1]  # close / clos(ed) / clos(ing)
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "aeiou":
        w = w[:-1]  # plan / plann(ed), staff / staf(fed) -- the same on both sides
    return w


def stem_sequence(text: str) -> list[str]:
    """The stems of the text's words, in order."""
    return list(_stems(text))


@lru_cache(maxsize=1 << 12)
def _stems(text: str) -> tuple[str, ...]:
    return tuple(stem(w) for w in re.findall(r"[A-Za-z][A-Za-z0-9+#/]*", text))


# Two words side by side, each at least three letters ("key holders"); found at every word.
_WORD_PAIR = re.compile(r"(?<![A-Za-z])(?=([A-Za-z]{3,})\s([A-Za-z]{3,})(?![A-Za-z0-9-]))")
_ONE_WORD = re.compile(r"(?<![A-Za-z0-9-])[A-Za-z]{7,}(?![A-Za-z0-9-])")


def compound_spelling(term: str, text: str) -> str:
    """How `text` writes a compound term the other way, open or closed, in any word form:
    "key holders" for "keyholders", "workflow" for "work flow"; "" when it does not."""
    words = term.split()
    if len(words) == 1 and len(term) >= 7 and term.isalpha():
        want = stem(term.lower())
        return next((f"{m.group(1)} {m.group(2)}" for m in _WORD_PAIR.finditer(text)
                     if stem((m.group(1) + m.group(2)).lower()) == want), "")
    if len(words) == 2 and all(len(w) >= 3 and w.isalpha() for w in words):
        want = stem("".join(words).lower())
        return next((m.group(0) for m in _ONE_WORD.finditer(text)
                     if stem(m.group(0).lower()) == want), "")
    return ""


def contains(text: str, term: str) -> bool:
    """`term` as a whole word or phrase in `text`, ignoring case."""
    if text.isascii() and term.isascii() and term.lower() not in text.lower():
        return False  # exact for ASCII, and a substring test is far cheaper than the regex
    return _whole_word(term).search(text) is not None


@lru_cache(maxsize=1 << 12)  # QA and coverage test the same job terms against every item
def _whole_word(term: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![A-Za-z0-9]){re.escape(term)}(?![A-Za-z0-9])", re.IGNORECASE)


_NUMBER_TOKEN = re.compile(r"(?<![A-Za-z0-9])\d[\d.]*(?![A-Za-z0-9])")
_CODE_TOKEN = re.compile(r"(?<![A-Za-z0-9])(?=[A-Za-z]*\d)(?=\d*[A-Za-z])[A-Za-z0-9]+"
                         r"(?![A-Za-z0-9])")


def _numbers_in(term: str, text: str) -> bool:
    """Every number of the term is in the text: word forms skip numbers, and "ASC 606" is not
    "ASC 842", nor "ISO 13485" "ISO 9001"."""
    wanted = _numbers(term)
    return not wanted or _numbers(text).issuperset(wanted)


@lru_cache(maxsize=1 << 12)  # terms and CV lines are tested again and again
def _numbers(text: str) -> frozenset[str]:
    if not any(c.isdigit() for c in text):
        return frozenset()
    # a code with a number in it is one ("24Q returns" is no "tax returns", "ASE C1" no "ASE")
    return frozenset(_NUMBER_TOKEN.findall(text)) | frozenset(
        m.lower() for m in _CODE_TOKEN.findall(text))


def phrase_in(term: str, text: str) -> bool:
    """The term's words, as word forms, appear contiguously in text ("data engineer" ~
    "data engineering"); every word must be long enough to carry meaning, and every number
    must be there too."""
    words = _stems(term)
    if not words or any(len(w) < 3 for w in words):
        return False
    seq = _stems(text)
    if words[0] not in seq or not _numbers_in(term, text):
        return False
    n = len(words)
    return any(seq[i:i + n] == words for i in range(len(seq) - n + 1))


_SHORT_ACRONYM = re.compile(r"(?<![A-Za-z0-9])[A-Z][A-Z0-9]?(?![A-Za-z0-9])")


def _acronyms_in(term: str, text: str) -> bool:
    """Every short acronym of the term ("IP" in "IP addressing", "RN", "ML") is in the text:
    it is too short to match as a word form, and without it "IP addressing" would be any line
    that says "addresses"."""
    return all(re.search(rf"(?<![A-Za-z0-9]){a}(?![A-Za-z0-9])", text)
               for a in _SHORT_ACRONYM.findall(term))


def phrase_near(term: str, text: str, slack: int = 2) -> bool:
    """All the term's word forms within a window of len(term) + slack words of the text:
    "explain technical findings" ~ "explained the technical findings", but not words that are
    merely somewhere in a long sentence."""
    words = [w for w in _stems(term) if len(w) >= 3]
    if not words or not _acronyms_in(term, text) or not _short_compounds_in(term, text) \
            or not _dotted_names_in(term, text):
        return False
    seq = _stems(text)
    size = len(words) + slack
    wanted = set(words)
    if not wanted <= set(seq) or not _numbers_in(term, text):
        return False
    # within one clause: "Driver CPC, 35 hours completed" says no driver hours
    return any(wanted <= set(part[i:i + size]) for part in map(_stems, _CLAUSE.split(text))
               for i in range(max(1, len(part) - size + 1)))


_CLAUSE = re.compile(r"[;()]|[,:](?=\s)|\s[-–—]\s")


# A name joined by a dot ("Frame.io", "Node.js", "ASP.NET"): its parts are no words of their own.
_DOTTED = re.compile(r"(?<![\w.])[A-Za-z][A-Za-z0-9]+(?:\.[A-Za-z][A-Za-z0-9]+)+(?![\w])")


def _dotted_names_in(term: str, text: str) -> bool:
    """Every dot-joined name of the term is in the text as written: "Frame.io" is not any
    line that says "frame rate" or "flash frames" (its "io" is too short to be a word form,
    and was dropped), nor "Node.js" a line about a network node."""
    return all(contains(text, name) for name in _dotted_names(term))


@lru_cache(maxsize=1 << 12)  # the same job terms are tested against every line
def _dotted_names(term: str) -> tuple[str, ...]:
    return tuple(_DOTTED.findall(term)) if "." in term else ()


def _short_compounds_in(term: str, text: str) -> bool:
    """A compound with a short part is said whole: "in-service training" is not "factory
    service training", "on-call" is not "call" ("in-service", "on call", "oncall" all count)."""
    for m in re.finditer(r"\b(\w+)-(\w+)\b", term):
        first, second = m.group(1), m.group(2)
        if min(len(first), len(second)) < 3 and not re.search(
                rf"\b{re.escape(first)}[-\s]?{re.escape(second)}\b", text, re.IGNORECASE):
            return False
    return True


def says(text: str, term: str) -> bool:
    """The text already says the term: literally, or as a word form (mentored ~ mentoring)."""
    return contains(text, term) or phrase_in(term, text)


def initials(term: str) -> str:
    """A term's initials, in capitals ("accounts receivable": AR)."""
    return "".join(w[0] for w in re.findall(r"[A-Za-z]+", term)).upper()


def short_form_in(term: str, text: str, min_words: int = 3) -> str | None:
    """The short form by which the text names a term of `min_words` words or more, its
    capitals their initials ("directing 4 PSWs" for "personal support workers", "LTC" for
    "long-term care"), or None. Two initials ("PM") name too many things to be read as one
    term unprompted; for a term the line is known to show they may."""
    words = re.findall(r"[A-Za-z]+", term)
    if len(words) < min_words or any(w.isupper() for w in words):
        return None
    short = initials(term)
    for m in re.finditer(rf"(?<![\w-])([A-Z]{{{min(3, min_words)},6}})(s?)(?![\w-])", text):
        if m.group(1) == short:
            return m.group(0)
    return None


_GLUE = frozenset(("and", "&", "of", "for", "to", "the", "in", "on"))  # "inspection and test"


def spelled_in(short: str, text: str) -> str | None:
    """The words of `text` that a short form of three to six capitals abbreviates, their
    initials in order, small joining words counted or not ("inspection and test plans" for
    ITPs, "requests for information" for RFIs), or None when no run of words spells it or
    `short` is no such short form. Initials can meet by chance ("raised four issues"): only
    for a line the person said shows it."""
    m = re.fullmatch(r"([A-Z]{3,6})s?", short)
    if m is None:
        return None
    initials = m.group(1)
    words = list(re.finditer(r"[A-Za-z]+|&", text))
    for i, first in enumerate(words):
        if first.group(0).lower() in _GLUE:
            continue
        at, n = 0, i
        while n < len(words) and at < len(initials):
            word = words[n].group(0)
            if word[0].upper() == initials[at] and not (
                    word.lower() in _GLUE and at + 1 < len(initials)
                    and n + 1 < len(words) and words[n + 1].group(0)[0].upper() == initials[at]):
                at += 1
            elif word.lower() not in _GLUE:
                break
            n += 1
        if at == len(initials):
            last = words[n - 1].group(0)
            if last.lower() in _GLUE:
                continue
            return text[first.start():words[n - 1].end()]
    return None


def named_in_full(term: str, text: str) -> str | None:
    """Where the text names in full a term that has a short form of three to six capitals
    ("GWO BST" in "GWO Basic Safety Training ..."): the term's other words as written and, for
    its short form, a run of capitalised words whose initials spell it (small joining words
    between them uncounted), or None. Only a name's capitals count: everyday words that
    happen to have those initials ("basic safety talks") name nothing, and the short form
    alone is no term this reads ("BTT": which scheme's?)."""
    words = term.split()
    short = [w for w in words if re.fullmatch(r"[A-Z]{3,6}", w) and not contains(text, w)]
    if not short or len(short) == len(words):
        return None  # initials alone meet by chance: a word of the term's own anchors them
    # one capitalised word per initial, joining words between them ("Certificate of ...")
    between = r"\s+(?:(?:" + "|".join(map(re.escape, sorted(_GLUE))) + r")\s+)?"
    parts = [between.join(rf"{c}[a-z][\w'-]*" for c in w) if w in short else re.escape(w)
             for w in words]
    m = re.search(r"(?<![\w-])" + r"\s+".join(parts) + r"(?![\w-])", text)
    return m.group(0) if m else None


def spelled_out(before: str, short: str) -> str | None:
    """The words that end `before` and that the short form `short` abbreviates, as written
    ("variable frequency drives" for VFDs; "on-time performance" for OTP, a hyphen's parts
    having initials too; "village savings and loan associations" for VSLAs, a joining word
    between two of them having none), or None when its capitals are not their initials."""
    initials = re.sub(r"[^A-Z]", "", short)
    if len(initials) < 2:
        return None
    # from the last word back, a small joining word between two initials' words may have
    # none of its own ("village savings and loan associations" for VSLAs)
    words = list(re.finditer(r"[A-Za-z]+", before))
    at, start = len(initials) - 1, None
    for n in range(len(words) - 1, -1, -1):
        if at < 0:
            break
        word = words[n].group(0)
        glue = start is not None and word.lower() in _GLUE
        # a joining word that shares the initial of the word before it is still glue
        # ("hazard analysis and critical control points" for HACCP)
        if word[0].upper() == initials[at] and not (
                glue and at > 0 and n > 0 and words[n - 1].group(0)[0].upper() == initials[at]):
            at, start = at - 1, words[n].start()
        elif not glue:
            return None
    return None if at >= 0 or start is None else before[start:].strip()


def word_form_span(term: str, text: str) -> tuple[int, int] | None:
    """Where the text says a term of two words or more in another form of its words, in its
    order with nothing between and the same last word ("average handling time" for "average
    handle time", "return to work meetings" for "return-to-work meetings"), so the term can
    take its place without touching the sentence's grammar (not "data models" for "data
    model", nor "14 PLCs"); None otherwise."""
    names = re.findall(r"[A-Za-z0-9]+", term)
    wanted = [stem(w) for w in names]
    if len(wanted) < 2 or any(ch.isdigit() for ch in term):
        return None
    words = list(re.finditer(r"[A-Za-z0-9]+", text))
    for i in range(len(words) - len(wanted) + 1):
        run = words[i:i + len(wanted)]
        if [stem(m.group(0)) for m in run] == wanted \
                and run[-1].group(0).lower() == names[-1].lower() and all(
                re.fullmatch(r"[ \t-]*", text[a.end():b.start()]) for a, b in pairwise(run)):
            return run[0].start(), run[-1].end()
    return None


_SHORT_FORM = re.compile(r"([A-Za-z][\w/&' -]*?)\s*\(([A-Z][A-Za-z/&]{1,9})\)")


def other_form(term: str, requirement: str) -> list[str]:
    """The requirement's other name for `term`: the short form it gives in brackets
    ("variable frequency drives (VFDs)" -> VFDs), or the words a short form stands for (VFDs
    -> "variable frequency drives"), when its capitals are their initials."""
    out: list[str] = []
    for m in _SHORT_FORM.finditer(requirement):
        short = m.group(2)
        full = spelled_out(m.group(1), short)
        if full is None:
            continue
        if term.lower() == short.lower():
            out.append(full)
        elif term.lower() in (full.lower(), m.group(1).strip().lower()) or \
                full.lower().endswith(term.lower()):
            out.append(short)
    return out
