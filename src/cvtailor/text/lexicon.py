"""Which English words are only verbs, and which are a verb's base form, from the lemminflect
lexicon (MIT).

lemminflect's lookup table lists every word form with each part of speech it can be ("writes":
verb; "schedule": noun and verb). Its own `getAllLemmas` keeps the whole table in memory
(about 35 MB); cvtailor needs a few facts per word, so the table is read once, with lemminflect's
codec and its overrides, into the set of forms that are a verb and nothing else and the set of
verbs' base forms, every verb form and every word that may be an adjective (a few MB).
A verb's other forms come from lemminflect's `getInflection` (`inflected_like`), whose table
(about 18 MB) is read only when a confirmed duty is written.
"""

from __future__ import annotations

import gzip
from functools import lru_cache
from typing import NamedTuple


def only_verb_form(word: str) -> bool:
    """The lower-cased word is an English verb form and nothing else ("writes", "extend");
    False for a word that is also a noun, adjective or adverb, or that the lexicon lacks."""
    return word.lower() in _tables().only_verbs


def base_verb(word: str) -> bool:
    """The lower-cased word is an English verb's base form, whatever else it may be ("place",
    "study", "verify"); False for a word the lexicon lacks."""
    return word.lower() in _tables().bases


def verb_form(word: str) -> bool:
    """The lower-cased word is a form of an English verb, whatever else it may be ("led",
    "leading", "influenced", "schedule")."""
    return word.lower() in _tables().forms


def adjective(word: str) -> bool:
    """The lower-cased word may be an English adjective ("complex", "clean", "senior")."""
    return word.lower() in _tables().adjectives


def only_adjective(word: str) -> bool:
    """The lower-cased word is an adjective (or adverb) and never a noun or verb ("accurate",
    "healthy"; not "average", "professional", "clean")."""
    return word.lower() in _tables().only_adjectives


def manner_adverb(word: str) -> bool:
    """The lower-cased word is a word of manner made from an adjective ("systematically",
    "clearly", "safely", "easily"), not a time ("daily", "weekly"), an adjective ("likely",
    "elderly") nor a noun ending like one ("assembly", "supply")."""
    if not word.endswith("ly") or len(word) < 5 or adjective(word):  # "likely", "elderly"
        return False
    stems = [word[:-2]]  # clearly -> clear
    if word.endswith("ally"):
        stems.append(word[:-4])  # systematically -> systematic
    if word.endswith("ily"):
        stems.append(word[:-3] + "y")  # easily -> easy
    return any(adjective(stem) for stem in stems)


def common_word(word: str) -> bool:
    """The lower-cased word, or its singular, is a whole word of a general English vocabulary:
    the 30,522-entry WordPiece vocabulary of the MiniLM tokenizer cvtailor ships
    (data/minilm/tokenizer.json, learnt from Wikipedia and books). "orders", "traffic",
    "collateral" are; "euthanasia", "escalations", "rotas", "upselling" are too rare for it,
    so on its own such a word names something specific."""
    w = word.lower()
    vocab = _general_words()
    return w in vocab or (w.endswith("s") and (w[:-1] in vocab or (
        w.endswith("es") and w[:-2] in vocab)))


@lru_cache(maxsize=1)
def _general_words() -> frozenset[str]:
    import json
    from importlib import resources

    data = json.loads(resources.files("cvtailor").joinpath("data/minilm/tokenizer.json")
                      .read_text(encoding="utf-8"))
    return frozenset(w for w in data["model"]["vocab"] if w.isalpha())


def inflected_like(verb: str, like: str) -> str | None:
    """`verb` (a base form) in the form of the verb `like`, by lemminflect's own inflection
    table (irregular verbs included: build -> built): -ing ("leading": influence ->
    influencing), past ("led", "managed": influenced), third person ("leads": influences) or
    the base form as it is; None when lemminflect has no such form."""
    from lemminflect import getInflection

    w = like.lower()
    if w.endswith("ing"):
        tag = "VBG"
    elif base_verb(w):
        return verb
    else:
        tag = "VBZ" if w.endswith("s") and not w.endswith("ss") else "VBD"
    forms = getInflection(verb.lower(), tag=tag)
    return forms[0] if forms else None


def _verb_only() -> frozenset[str]:
    return _tables().only_verbs


class _Lexicon(NamedTuple):
    """The facts read from lemminflect's table, each a set of lower-cased words."""

    only_verbs: frozenset[str]  # a verb form and nothing else ("writes")
    bases: frozenset[str]  # a verb's base form, whatever else ("place")
    forms: frozenset[str]  # any verb form ("led", "schedule")
    adjectives: frozenset[str]  # may be an adjective ("complex")
    only_adjectives: frozenset[str]  # an adjective or adverb, nothing else ("accurate")


@lru_cache(maxsize=1)
def _tables() -> _Lexicon:
    from lemminflect import config
    from lemminflect.codecs.LemmaLUCodec import LemmaLUCodec
    from lemminflect.codecs.OverridesCodec import OverridesCodec
    from lemminflect.core.LexicalUtils import categoryToUPos

    other = {word for word, classes in OverridesCodec.load(config.lemma_overrides_fn).items()
             if set(classes) != {"VERB"}}
    out: set[str] = set()
    bases: set[str] = set()
    forms: set[str] = set()
    adjectives: set[str] = set()
    pure: set[str] = set()
    current, classes = "", set[str]()
    with gzip.open(config.lemma_lu_fn, "rt", encoding="utf-8") as rows:
        for line in rows:  # the table is sorted by word: one group of lines per word
            word, category, lemmas = LemmaLUCodec.fromString(line)
            if categoryToUPos(category) == "ADJ":
                adjectives.add(word)
            if categoryToUPos(category) == "VERB":
                forms.add(word)
                if word in lemmas:
                    bases.add(word)
            if word != current:
                _classify(current, classes, other, out, pure)
                current, classes = word, set[str]()
            classes.add(categoryToUPos(category))
    _classify(current, classes, other, out, pure)
    return _Lexicon(frozenset(out), frozenset(bases), frozenset(forms), frozenset(adjectives),
                    frozenset(pure))


# Nouns lemminflect's table has only as verbs: work a CV or an ad counts or keeps ("shift logs",
# "privilege logs", "transmission rebuilds", "150 solar installs", "concrete pours", "cut
# rework and kernel losses", "full rewires").
_ALSO_NOUNS = frozenset((
    "log logs debrief debriefs install installs rebuild rebuilds reorder reorders pour pours "
    "deploy deploys restock restocks reroute reroutes rework reworks rewire rewires"
).split())


def _classify(word: str, classes: set[str], other: set[str], verbs: set[str],
              adjectives: set[str]) -> None:
    """Adds a word of the table, once all its parts of speech are read, to the words that are
    only verbs or only adjectives (adverbs aside)."""
    if classes == {"VERB"} and word not in other and word not in _ALSO_NOUNS:
        verbs.add(word)
    elif "ADJ" in classes and classes <= {"ADJ", "ADV"}:
        adjectives.add(word)
