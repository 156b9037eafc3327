"""What may stand as a key qualification: something the person has or does.

General English, no profession's words. A key qualification names a skill or practice, a
tool, a credential, a domain or an experience phrase. It is never:

- a population or collaborator: a phrase headed by a noun for people ("critically ill
  patients", "solutions consultants") or a firm ("general contractor", "development
  agency"), unless an activity leads it ("supervising analysts"); an activity-led one is
  still a population where the JD puts it after a preposition ("partner with hiring
  managers": who the work is with);
- a piece of a clause ("team grows", "design engineer intended") or too general a phrase
  (`jd_terms.weak_term`: "adjust staffing hour");
- a quality and a lone common noun ("difficult conversations"): the adjective grades, the noun
  names no practice; nor a lone plural noun for things ("courses", "entities"; "renewals",
  made from a verb, is an activity).

`repeats` tells a qualification whose words another one already says ("Statistics" beside
"Bachelor's degree, Statistics").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from cvtailor.text.jd_terms import (
    FUNCTION_WORDS,
    GENERIC_NOUNS,
    is_duty_verb,
    lone_noun,
    person_noun,
    skill_verb,
    weak_term,
)
from cvtailor.text.lexicon import only_verb_form

__all__ = ["PARTIES", "POPULATIONS", "QUALITIES", "lone_verb", "names_qualification",
           "population", "repeats", "term_words"]

# Nouns for the people work is done to, for or with, beside those `jd_terms.person_noun` names
# ("patients", "guests", and the -er/-or/-ist nouns) and the generic ones (customers, clients,
# team, staff, stakeholders): singulars, groups and the plurals it does not know.
POPULATIONS = frozenset((
    "patient family child adult adolescents individuals communities populations audiences "
    "public people person recipients attendees chefs cooks clerks aides associates "
    "representatives mechanics paramedics"
).split())
# Firms the work is done with or for, which a person is not ("the general contractor", "our
# development agency", "a collection agency"; plural agent nouns such as "vendors" are
# `person_noun`'s).
PARTIES = frozenset((
    "agency agencies contractor contractors subcontractor subcontractors vendor supplier "
    "firm firms"
).split())
# Adjectives that grade a thing rather than say what kind it is ("difficult", "complex";
# "clinical", "relational" classify and stay).
QUALITIES = frozenset((
    "difficult hard tough challenging easy sensitive demanding stressful busy fast-paced "
    "dynamic complex critical clear effective strong excellent good great important key "
    "high-quality high-stakes successful productive positive meaningful"
).split())
# Prepositions after which a person-headed phrase is who the work is with, for or to.
_TO_WHOM = frozenset("with for to alongside among across between from by serving".split())
_GENERIC_PEOPLE = GENERIC_NOUNS & frozenset(
    "customers customer clients client team teams staff stakeholders partners members member "
    "leaders leader colleagues folks".split())
_DETERMINERS = frozenset("a an the our your their its his her all every each other "
                         "various multiple".split())


def _head(term: str) -> str:
    """The noun a term is about: its last word before any preposition ("families of
    patients", "communication with parents")."""
    words = term.split()
    at = next((i for i, w in enumerate(words) if i and w.lower() in _HEAD_ENDS), len(words))
    words = words[:at]
    return words[-1].lower().strip(".,;:()") if words else ""


_HEAD_ENDS = frozenset("of with for to from about".split())


def _activity_led(term: str) -> bool:
    """An activity leads it: a gerund of a duty verb ("supervising") or a verb naming the
    skill ("coach")."""
    first = term.split()[0].lower()
    return len(term.split()) > 1 and (
        (first.endswith("ing") and is_duty_verb(first)) or skill_verb(first))


def after_preposition(term: str, contexts: Sequence[str]) -> bool:
    """The JD writes the term after a preposition ("with the hiring managers")."""
    pattern = re.compile(rf"(?<![\w-]){re.escape(term)}(?![\w-])", re.IGNORECASE)
    for text in contexts:
        for m in pattern.finditer(text):
            before = re.findall(r"[A-Za-z'-]+", text[:m.start()].lower())
            while before and before[-1] in _DETERMINERS:
                before.pop()
            if before and before[-1] in _TO_WHOM:
                return True
    return False


def population(term: str, contexts: Sequence[str] = ()) -> bool:
    """The term names people the work is done to, for or with, not something a person has
    (see the module doc). `contexts` are the JD texts the term comes from."""
    head = _head(term)
    if not head or any(w.isupper() and len(w) > 1 for w in term.split()):
        return False  # "CPA", "ICU nurses": a named credential or unit leads
    if not (head in POPULATIONS or head in _GENERIC_PEOPLE or person_noun(head)
            or head in PARTIES or head.endswith("ysts")):  # "analysts"
        return False
    return not _activity_led(term) or after_preposition(term, contexts)


def _graded_lone_noun(term: str) -> bool:
    """Only grading adjectives and a lone common noun ("difficult conversations")."""
    words = term.split()
    rest = [w for w in words if w.lower() not in QUALITIES]
    return len(rest) == 1 and len(words) > 1 and lone_noun(rest[0])


# Endings of nouns made from verbs: a plural of one names an activity ("renewals",
# "reconciliations", "assessments"), not a set of things ("courses", "entities").
_ACTIVITY_ENDINGS = ("als", "ions", "ments", "ances", "ences", "ings", "ures")


def _things(term: str) -> bool:
    """A lone plural common noun naming things, not an activity ("courses", "entities")."""
    low = term.lower()
    return lone_noun(term) and low.endswith("s") and not low.endswith(("ss", "is", "us")) \
        and not low.endswith(_ACTIVITY_ENDINGS)


def names_qualification(term: str, contexts: Sequence[str] = (), known: bool = False) -> bool:
    """Whether `term` can stand as a key qualification (module doc). A term the vocabulary
    knows (`known`) is a skill, tool or credential already: only a population is ruled out."""
    if known:
        return not population(term, contexts)
    return not (population(term, contexts) or weak_term(term) or _graded_lone_noun(term)
                or _things(term) or lone_verb(term))


def lone_verb(term: str) -> bool:
    """A single word that is only a verb, in its base form ("supervise", "validate"): an
    order without what it acts on names no qualification ("Supervise" as a key
    qualification). An activity ("budgeting", "scheduling") does."""
    word = term.strip().lower()
    return " " not in word and word.isalpha() and not word.endswith("ing") \
        and only_verb_form(word)


def term_words(term: str) -> frozenset[str]:
    """The content words of a term in one form ("Bachelor's degree, Statistics" ->
    bachelor, degree, statistic)."""
    out = set()
    for w in re.findall(r"[a-z0-9+#]+(?:'s)?", term.lower()):
        w = w.removesuffix("'s")
        if w in FUNCTION_WORDS:
            continue
        if len(w) > 3 and w.endswith("s") and not w.endswith("ss"):
            w = w[:-1]
        out.add(w)
    return frozenset(out)


def repeats(term: str, other: str) -> bool:
    """Every content word of `term` is already in `other` ("Forecasting" in "Budgeting and
    forecasting", "Statistics" in "Bachelor's degree, Statistics")."""
    mine = term_words(term)
    return bool(mine) and mine <= term_words(other)
