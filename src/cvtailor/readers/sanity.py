"""Inputs that read but are probably not what the user meant: a JD in another language than
the CV, a CV without any section cvtailor recognises, a CV and a JD given the other way round.
Each is one warning (in the report's warnings, printed once at the end); nothing is refused."""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from cvtailor.text.cvtext import DATE_RANGE, section_kind

if TYPE_CHECKING:
    from cvtailor.readers import Document

STOP_WORDS = {
    "en": "the and of to in for with on is are we you our your will as be at this that from "
          "an or by have has",
    "de": "der die das und ist mit für von zu den im wir sie auf ein eine dem des nicht bei "
          "als auch oder uns ihre",
    "fr": "le la les et des du de en pour un une est avec nous vous sur au aux dans qui par "
          "ou votre notre",
    "es": "el la los las y de del en para con un una es que por nos tu su como al se más "
          "o sus nuestro",
    "pt": "o a os as e de do da dos das em para com um uma é que por no na você nosso sua "
          "ao se",
    "nl": "de het een en van in op voor met is zijn wij je jij we ons onze bij als dat die "
          "niet of",
}
_STOP = {lang: set(words.split()) for lang, words in STOP_WORDS.items()}
NAMES = {"en": "English", "de": "German", "fr": "French", "es": "Spanish", "pt": "Portuguese",
         "nl": "Dutch"}
_JD_MARKERS = re.compile(
    r"\b(?:you will|you'll|we are looking|we're looking|we are hiring|join (?:our|us)|"
    r"the ideal candidate|what you(?:'ll)? (?:do|bring)|requirements|responsibilities|"
    r"qualifications|nice to have|must have|about the role|how to apply|apply now|we offer|"
    r"what we offer|you have|you bring|the role|this role|benefits)\b", re.I)


def guess_language(text: str) -> str | None:
    """en/de/fr/es/pt/nl by stop-word counts; None when too short or too close to call."""
    words = re.findall(r"[a-zà-öø-ÿß]+", text[:20_000].lower())
    counts = Counter({lang: sum(1 for w in words if w in stop) for lang, stop in _STOP.items()})
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 8:
        return None
    best, n = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0
    return best if n >= 1.5 * second else None


def jd_likeness(text: str) -> float:
    """JD phrases per 100 words."""
    words = max(1, len(text.split()))
    return 100 * len(_JD_MARKERS.findall(text[:50_000])) / words


def cv_likeness(text: str) -> int:
    """Signs of a CV: date ranges, an email address, a phone number."""
    head = text[:50_000]
    return (min(10, len(DATE_RANGE.findall(head)))
            + (2 if re.search(r"[\w.+-]+@[\w-]+\.\w", head) else 0)
            + (1 if re.search(r"\+?\d[\d\s().-]{8,}\d", head) else 0))


def has_sections(doc: Document) -> bool:
    """A structured CV has its sections; a text CV needs a heading cvtailor recognises."""
    if doc.format in ("jsonresume", "rendercv"):
        return True
    for line in doc.text.splitlines()[:2000]:
        line = line.strip().lstrip("#").strip().strip("*:").strip()
        if 0 < len(line) <= 60 and section_kind(line) is not None:
            return True
    return False


def sanity_warnings(cv: Document, jd: Document) -> list[str]:
    """The warnings for a CV/JD pair (empty when both look as expected)."""
    out: list[str] = []
    cv_lang, jd_lang = guess_language(cv.text), guess_language(jd.text)
    if cv_lang and jd_lang and cv_lang != jd_lang:
        out.append(f"The job description looks {NAMES[jd_lang]} and the CV {NAMES[cv_lang]}: "
                   "requirements are matched word for word, so most will read as missing; "
                   "use a CV and a JD in the same language")
    swapped = (jd_likeness(cv.text) > jd_likeness(jd.text) + 0.5
               and cv_likeness(jd.text) > cv_likeness(cv.text) + 2)
    if swapped:
        out.append(f"The CV ({cv.name or 'text'}) reads like a job description and the JD "
                   f"({jd.name or 'text'}) like a CV: were they given the other way round?")
    elif not has_sections(cv):
        out.append(f"The CV ({cv.name or 'text'}) has no section cvtailor recognises "
                   "(Experience, Education, Skills...): it is read as one block, so little can "
                   "be matched; add section headings")
    return out
