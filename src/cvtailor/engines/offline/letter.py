"""The offline cover letter: real sentences built from the CV's own evidence, nothing else.

Greeting with the company; a paragraph naming the position and the person's latest role and
the JD terms the CV evidences best (most important requirements first); a paragraph citing
two or three of the CV's achievements for those requirements word for word, numbers and all
(quantified ones first); a paragraph with further evidenced terms; a close. A term is named
only when the gap analysis found it in the CV by the vocabulary or a phrase (not by semantic
similarity alone), and the fabrication guard then checks every sentence (`nodes/cover_letter`).
"""

from __future__ import annotations

import re

from cvtailor.models import (
    CVEntry,
    CVItem,
    GapReport,
    JobPosting,
    Letter,
    SectionKind,
    StructuredCV,
)
from cvtailor.text.vocabulary import Vocabulary

# Evidence that decides a term (semantic similarity only ranks, it never claims).
DECIDING = ("lexical", "alias", "implied", "phrase", "user")
_PRIORITY = {"critical": 0, "important": 1, "nice_to_have": 2}
_STATUS = {"matched": 0, "partial": 1}
_IRREGULAR_PAST = {
    "built", "led", "ran", "cut", "grew", "wrote", "made", "won", "drove", "set", "took",
    "brought", "taught", "began", "kept", "met", "sold", "spent", "found", "held", "rebuilt",
    "shipped", "put", "oversaw", "undertook", "saw", "thought", "spoke", "chose", "gave",
}
_QUANTITY = re.compile(r"\d|[$€£]")


def evidenced_terms(job: JobPosting, report: GapReport,
                    vocab: Vocabulary) -> list[tuple[str, list[str]]]:
    """(JD term, CV item ids) the CV evidences, most important requirement first: matched
    before partial, critical before important before nice-to-have, then in JD order. A term
    counts when deciding evidence supports it and it is a vocabulary term, a phrase the CV
    shows, or the person's own answer."""
    reqs = {r.id: (n, r) for n, r in enumerate(job.requirements)}
    matches = [m for m in report.matches if m.status in _STATUS and m.requirement_id in reqs]
    matches.sort(key=lambda m: (_STATUS[m.status], _PRIORITY.get(reqs[m.requirement_id][1]
                                                                  .priority, 1),
                                reqs[m.requirement_id][0]))
    out: dict[str, list[str]] = {}
    for m in matches:
        for e in m.evidence:
            term = e.term.strip()
            if e.via not in DECIDING or not term:
                continue
            known = bool(vocab.category(term)) or any(
                h.start == 0 and h.end == len(term) for h in vocab.find(term, phrases=True))
            if not (known or e.via in ("phrase", "user")):
                continue
            key = {t.lower(): t for t in out}.get(term.lower(), term)
            out.setdefault(key, []).append(e.item_id)
    return list(out.items())


def _phrase(term: str) -> str:
    """A JD term as it reads mid-sentence: 'Mentoring' -> 'mentoring'; 'Python' stays."""
    words = term.split()
    first = words[0]
    rest_lower = all(w.islower() for w in words[1:])
    if first[:1].isupper() and first[1:].islower() and rest_lower and (
            first.lower().endswith(("ing", "ment", "ship", "tion")) or len(words) > 1):
        return " ".join([first.lower(), *words[1:]])
    return term


def _join(terms: list[str]) -> str:
    terms = [_phrase(t) for t in terms]
    if len(terms) <= 1:
        return "".join(terms)
    return ", ".join(terms[:-1]) + " and " + terms[-1]


def _latest_role(cv: StructuredCV) -> CVEntry | None:
    section = cv.section(SectionKind.EXPERIENCE)
    entries = [e for e in (section.entries if section else []) if e.title or e.organization]
    return entries[0] if entries else None


def _current(entry: CVEntry) -> bool:
    return bool(re.search(r"present|current|now|today|heute|atual", entry.dates, re.I))


def _article(word: str) -> str:
    return "an" if word[:1].lower() in "aeiou" else "a"


def _as_clause(text: str) -> str | None:
    """A bullet that starts with a past-tense verb as a first-person clause ("I cut ...")."""
    text = text.strip().rstrip(".;")
    first = text.split(" ", 1)[0]
    word = first.lower().strip(",")
    if not first[:1].isupper() or first.isupper():
        return None
    if word.endswith("ed") or word in _IRREGULAR_PAST:
        return "I " + first[0].lower() + text[1:]
    return None


def _achievements(cv: StructuredCV, terms: list[tuple[str, list[str]]],
                  limit: int = 3) -> list[tuple[CVEntry, CVItem]]:
    """Up to `limit` experience or project bullets that evidence the top terms, quantified
    ones first, at most two from one role, in the order of the terms."""
    located: dict[str, tuple[CVEntry, CVItem]] = {}
    for section in cv.sections:
        if section.kind not in (SectionKind.EXPERIENCE, SectionKind.PROJECTS):
            continue
        for entry in section.entries:
            for item in entry.items:
                located[item.id] = (entry, item)
    candidates: list[tuple[CVEntry, CVItem]] = []
    for _, ids in terms:
        for item_id in ids:
            if item_id in located and located[item_id] not in candidates:
                candidates.append(located[item_id])
    candidates.sort(key=lambda pair: not _QUANTITY.search(pair[1].text))
    chosen: list[tuple[CVEntry, CVItem]] = []
    for entry, item in candidates:
        if sum(1 for e, _ in chosen if e.id == entry.id) < 2:
            chosen.append((entry, item))
        if len(chosen) == limit:
            break
    return chosen


def _achievement_sentences(chosen: list[tuple[CVEntry, CVItem]]) -> list[str]:
    out = []
    previous = ""
    for n, (entry, item) in enumerate(chosen):
        where = entry.organization or entry.title or entry.heading
        clause = _as_clause(item.text)
        text = item.text.strip().rstrip(".;")
        if where and where == previous:
            out.append(f"I also {clause[2:]}." if clause else
                       f"In the same role: {text}.")
            continue
        lead = "At" if n == 0 else "Before that, at" if previous else "At"
        if where:
            out.append(f"{lead} {where}, {clause}." if clause else
                       f"One result from my time at {where}: {text}.")
        else:
            out.append(f"{clause[0].upper() + clause[1:]}." if clause else f"{text}.")
        previous = where
    return out


def offline_letter(cv: StructuredCV, job: JobPosting, report: GapReport,
                   vocab: Vocabulary) -> Letter:
    """The cover letter from the CV's evidence for `job` (see the module)."""
    terms = evidenced_terms(job, report, vocab)
    company, title = job.company.strip(), job.title.strip()
    paragraphs = [f"Dear {company} hiring team," if company else "Dear hiring team,"]

    position = f"the {title} position" if title else "this position"
    opening = [f"I am writing to apply for {position}{f' at {company}' if company else ''}."]
    role = _latest_role(cv)
    if role is not None and role.title and role.organization:
        opening.append(f"I am currently {_article(role.title)} {role.title} at "
                       f"{role.organization}." if _current(role) else
                       f"Most recently I worked as {_article(role.title)} {role.title} at "
                       f"{role.organization}.")
    lead = [t for t, _ in terms[:3]]
    if lead:
        opening.append(f"My experience covers {_join(lead)}, the things this role asks for "
                       "first.")
    paragraphs.append(" ".join(opening))

    chosen = _achievements(cv, terms[:6])
    cited = _achievement_sentences(chosen)
    if cited:
        paragraphs.append(" ".join(["A few results that show it:", *cited]))
    said = " ".join(cited).lower()
    more = [t for t, _ in terms[3:] if t.lower() not in said][:4]
    if more:
        paragraphs.append(f"My experience also covers {_join(more)}, which the role lists as "
                          "well.")
    paragraphs.append(
        f"I would welcome the chance to talk about how this experience fits "
        f"{f'the {title} role' if title else 'the role'}"
        f"{f' at {company}' if company else ''}. Thank you for your time and consideration.")
    paragraphs.append("Kind regards,")
    if cv.name:
        paragraphs.append(cv.name)
    cited = list(dict.fromkeys(i.id for _, i in chosen))
    return Letter(paragraphs=paragraphs, evidence=cited,
                  terms=[t for t, _ in terms[:7]], engine="offline")
