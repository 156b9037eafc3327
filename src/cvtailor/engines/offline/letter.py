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
    "shipped", "put", "oversaw", "reset", "upset", "rerun", "forecast", "undertook", "saw", "thought", "spoke", "chose", "gave",
}
# Verbs a CV bullet starts with in the present ("Run weekly payroll ...").
_PRESENT = set("""
act administer advise analyse analyze answer approve arrange assess assist audit automate
balance brief budget build buy calculate champion check clean close coach collaborate
communicate compile conduct configure consolidate consult contribute coordinate create curate
cut debug define deliver deploy design develop diagnose direct document draft drive edit
educate enable engineer ensure establish evaluate execute facilitate file forecast gather
guide handle help hire host identify implement improve increase inspect install integrate
interview investigate keep launch lead liaise log maintain manage map market measure mentor
migrate model monitor negotiate onboard operate optimise optimize organise organize oversee
own partner perform pitch plan prepare present prioritise prioritize process produce program
promote prospect provide publish purchase qualify raise recommend reconcile record recruit
reduce refactor report research resolve review revise run schedule screen secure sell serve
set ship source specify staff streamline supervise support teach test track train transform
translate treat triage troubleshoot tune update upgrade validate verify write
""".split())
_QUANTITY = re.compile(r"\d|[$€£]")
_CITY_STATE = re.compile(r"^[A-Z][a-z]+(?:[ -][A-Z][a-z]+)*,\s*[A-Z]{2}$")
_TRAILING_PLACE = re.compile(r"\s*(?:[|·•–—-]\s*|,\s*)[A-Z][a-z]+(?:[ -][A-Z][a-z]+)*,\s*[A-Z]{2}$")


def evidenced_terms(job: JobPosting, report: GapReport,
                    vocab: Vocabulary) -> list[tuple[str, list[str]]]:
    """(JD term, CV item ids) the CV evidences, most important requirement first: matched
    before partial, critical before important before nice-to-have, then in JD order. A term
    counts when deciding evidence supports it and it is a vocabulary term, a phrase the CV
    shows, or the person's own answer."""
    reqs = {r.id: (n, r) for n, r in enumerate(job.requirements)}
    matches = [m for m in report.matches if m.status in _STATUS and m.requirement_id in reqs
               and reqs[m.requirement_id][1].category != "education"]
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
            key = next((t for t in out if _same_term(t, term, vocab)), term)
            out.setdefault(key, []).append(e.item_id)
    return list(out.items())


def _same_term(a: str, b: str, vocab: Vocabulary) -> bool:
    """Two spellings of one term: equal, one inside the other ("prospecting", "outbound
    prospecting"), or aliases of one vocabulary term ("EHR", "electronic health record")."""
    la, lb = a.lower(), b.lower()
    if la == lb or re.search(rf"\b{re.escape(la)}\b", lb) or re.search(
            rf"\b{re.escape(lb)}\b", la):
        return True
    ca, cb = ({h.term for h in vocab.find(t)} for t in (a, b))
    return bool(ca and ca == cb)


def _phrase(term: str, cv_text: str = "") -> str:
    """A JD term as it reads mid-sentence: 'Mentoring' -> 'mentoring', 'Supply Chain' ->
    'supply chain' when the CV writes it so; 'Python' and 'Google Cloud' stay."""
    if term != term.lower() and not term.isupper() and re.search(
            rf"(?<![\w.]){re.escape(term.lower())}(?!\w)", cv_text):
        return term.lower()
    words = term.split()
    first = words[0]
    rest_lower = all(w.islower() for w in words[1:])
    if first[:1].isupper() and first[1:].islower() and rest_lower and (
            first.lower().endswith(("ing", "ment", "ship", "tion")) or len(words) > 1):
        return " ".join([first.lower(), *words[1:]])
    return term


def _join(terms: list[str], cv_text: str = "") -> str:
    terms = [_phrase(t, cv_text) for t in terms]
    if len(terms) <= 1:
        return "".join(terms)
    return ", ".join(terms[:-1]) + " and " + terms[-1]


def role_of(entry: CVEntry) -> tuple[str, str]:
    """(title, employer) of an entry as a sentence can name them, '' where the parsed fields
    do not look like one: a place is not an employer ("Tampa, FL"), nor an all-caps title;
    a title that carries the employer after a comma gives it ("Data Analyst, Acme Corp")."""
    title = entry.title.strip()
    org = _TRAILING_PLACE.sub("", entry.organization.strip())
    org = re.split(r"\s+[|·•]\s+", org)[0].strip(" ,")
    if not org or _CITY_STATE.match(org) or org.isupper():
        org = ""
        if "," in title:
            title, org = (part.strip() for part in title.split(",", 1))
            org = _TRAILING_PLACE.sub("", org)
    if title.isupper() or _CITY_STATE.match(title):
        title = ""
    return title, org


def _latest_role(cv: StructuredCV) -> CVEntry | None:
    section = cv.section(SectionKind.EXPERIENCE)
    entries = [e for e in (section.entries if section else []) if e.title or e.organization]
    return entries[0] if entries else None


def _current(entry: CVEntry) -> bool:
    return bool(re.search(r"present|current|now|today|heute|atual|\b(?:to|till) date\b",
                          entry.dates, re.I))


def _article(title: str) -> str:
    first = title.split()[0] if title.split() else ""
    if first.isupper() and len(first) > 1:  # an acronym is read letter by letter
        return "an" if first[0] in "AEFHILMNORSX" else "a"
    return "an" if first[:1].lower() in "aeiou" else "a"


_SENTENCES = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


def _as_clause(text: str, current: bool = True) -> str | None:
    """A bullet that starts with a verb as first-person sentences: "I cut ...", and each later
    sentence of it that starts with one too ("... . Worked closely with designers" -> "I
    worked closely ..."); a gerund reads "I am leading ..." in a current role, "I was leading
    ..." in a past one. None when the bullet does not start with a verb."""
    sentences = [s.strip().rstrip(".;") for s in _SENTENCES.split(text.strip()) if s.strip()]
    out: list[str] = []
    for sentence in sentences:
        clause = _one_clause(sentence, current)
        if clause is None and not out:
            return None
        out.append(clause or sentence)
    return ". ".join(out) if out else None


def _one_clause(text: str, current: bool) -> str | None:
    first, _, rest = text.partition(" ")
    word = first.lower().strip(",")
    if not first[:1].isupper() or first.isupper():
        return None
    if word.endswith("ed") or word in _IRREGULAR_PAST or word in _PRESENT:
        return "I " + first[0].lower() + text[1:]
    if _gerund(word) and (rest[:1].islower() or rest[:1].isdigit()):  # "Leading 3 teams"
        return ("I am " if current else "I was ") + first[0].lower() + text[1:]
    return None


def _gerund(word: str) -> bool:
    """An -ing form of a verb the lexicon knows ("leading", "developing", "managing")."""
    from cvtailor.text.jd_terms import gerund_bases
    from cvtailor.text.lexicon import base_verb

    return len(word) > 5 and any(base_verb(v) for v in gerund_bases(word))


def _also(clause: str) -> str:
    """"I cut ..." -> "I also cut ..."; "I am leading ..." -> "I am also leading ..."."""
    for be in ("I am ", "I was "):
        if clause.startswith(be):
            return f"{be}also {clause[len(be):]}"
    return f"I also {clause[2:]}"


def _achievements(cv: StructuredCV, terms: list[tuple[str, list[str]]],
                  limit: int = 3) -> list[tuple[CVEntry, CVItem]]:
    """Up to `limit` experience or project bullets that evidence the top terms (quantified
    ones first, at most two from one role, in the order of the terms), told in the CV's
    order."""
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
    # told in the CV's order, latest role first, as "Before that, at ..." reads them
    order = list(located)
    return sorted(chosen, key=lambda pair: order.index(pair[1].id))


def _achievement_sentences(chosen: list[tuple[CVEntry, CVItem]]) -> list[str]:
    out = []
    previous = ""
    for n, (entry, item) in enumerate(chosen):
        where = role_of(entry)[1]
        clause = _as_clause(item.text, current=_current(entry))
        text = item.text.strip().rstrip(".;")
        if where and where == previous:
            out.append(f"{_also(clause)}." if clause else
                       f"In the same role: {text}.")
            continue
        lead = "At" if n == 0 else "Before that, at" if previous else "At"
        if where:
            out.append(f"{lead} {where}, {clause}." if clause else
                       f"One result from my time at {where}: {text}.")
        else:
            out.append(f"{clause[0].upper() + clause[1:]}." if clause else
                       f"One line of my CV reads: {text}.")
        previous = where
    return out


def offline_letter(cv: StructuredCV, job: JobPosting, report: GapReport,
                   vocab: Vocabulary) -> Letter:
    """The cover letter from the CV's evidence for `job` (see the module)."""
    terms = evidenced_terms(job, report, vocab)
    cv_text = "\n".join([*(i.text for i in cv.items()), *(i.original for i in cv.items())])
    company = job.company.strip()
    title = re.sub(r"^.*\bis hiring (?:an? )?", "", job.title.strip(), flags=re.I)
    paragraphs = [f"Dear {company} hiring team," if company else "Dear hiring team,"]

    position = f"the {title} position" if title else "this position"
    opening = [f"I am writing to apply for {position}{f' at {company}' if company else ''}."]
    role = _latest_role(cv)
    role_title, employer = role_of(role) if role is not None else ("", "")
    if role is not None and role_title and employer:
        opening.append(f"I am currently {_article(role_title)} {role_title} at {employer}."
                       if _current(role) else
                       f"Most recently I worked as {_article(role_title)} {role_title} at "
                       f"{employer}.")
    lead = [t for t, _ in terms[:3]]
    if lead:
        opening.append(f"My experience covers {_join(lead, cv_text)}, the things this role asks for "
                       "first.")
    paragraphs.append(" ".join(opening))

    chosen = _achievements(cv, terms[:6])
    if not chosen and role is not None:  # no requirement cites a bullet: the latest role's
        chosen = [(role, i) for i in role.items if _QUANTITY.search(i.text)][:2]
    cited = _achievement_sentences(chosen)
    if cited:
        # "results" only when one has a number; duties are examples of the work
        lead_in = "A few results that show it:" if any(_QUANTITY.search(c) for c in cited) \
            else "For example:"
        paragraphs.append(" ".join([lead_in, *cited]))
    said = " ".join(cited).lower()
    more = [t for t, _ in terms[3:] if t.lower() not in said][:4]
    if more:
        paragraphs.append(f"My experience also covers {_join(more, cv_text)}, which the role lists as "
                          "well.")
    paragraphs.append(
        f"I would welcome the chance to talk about how this experience fits "
        f"{f'the {title} role' if title else 'the role'}"
        f"{f' at {company}' if company else ''}. Thank you for your time and consideration.")
    paragraphs.append("Kind regards,")
    if cv.name:
        paragraphs.append(cv.name)
    cited = list(dict.fromkeys(i.id for _, i in chosen))
    paragraphs = [re.sub(r"\.\.(?=\s|$)", ".", p) for p in paragraphs]  # "Co.." -> "Co."
    return Letter(paragraphs=paragraphs, evidence=cited,
                  terms=[t for t, _ in terms[:7]], engine="offline")
