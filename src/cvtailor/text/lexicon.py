"""Which English words are only verbs, and which are a verb's base form, from the lemminflect
lexicon (MIT).

lemminflect's lookup table lists every word form with each part of speech it can be ("writes":
verb; "schedule": noun and verb). Its own `getAllLemmas` keeps the whole table in memory
(about 35 MB); cvtailor needs two facts per word, so the table is read once, with lemminflect's
codec and its overrides, into the set of forms that are a verb and nothing else and the set of
verbs' base forms (a few MB).
"""

from __future__ import annotations

import gzip
from functools import lru_cache


def only_verb_form(word: str) -> bool:
    """The lower-cased word is an English verb form and nothing else ("writes", "extend");
    False for a word that is also a noun, adjective or adverb, or that the lexicon lacks."""
    return word.lower() in _verb_only()


def base_verb(word: str) -> bool:
    """The lower-cased word is an English verb's base form, whatever else it may be ("place",
    "study", "verify"); False for a word the lexicon lacks."""
    return word.lower() in _tables()[1]


def _verb_only() -> frozenset[str]:
    return _tables()[0]


@lru_cache(maxsize=1)
def _tables() -> tuple[frozenset[str], frozenset[str]]:
    from lemminflect import config
    from lemminflect.codecs.LemmaLUCodec import LemmaLUCodec
    from lemminflect.codecs.OverridesCodec import OverridesCodec
    from lemminflect.core.LexicalUtils import categoryToUPos

    other = {word for word, classes in OverridesCodec.load(config.lemma_overrides_fn).items()
             if set(classes) != {"VERB"}}
    out: set[str] = set()
    bases: set[str] = set()
    current, classes = "", set[str]()
    with gzip.open(config.lemma_lu_fn, "rt", encoding="utf-8") as rows:
        for line in rows:  # the table is sorted by word: one group of lines per word
            word, category, lemmas = LemmaLUCodec.fromString(line)
            if categoryToUPos(category) == "VERB" and word in lemmas:
                bases.add(word)
            if word != current:
                if classes == {"VERB"} and current not in other:
                    out.add(current)
                current, classes = word, set[str]()
            classes.add(categoryToUPos(category))
    if classes == {"VERB"} and current not in other:
        out.add(current)
    return frozenset(out), frozenset(bases)
