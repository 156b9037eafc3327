"""Degree requirements decided by the degree itself, not by its spelling.

"Bachelor's degree in Finance, Accounting or Economics" is evidenced by "B.S. in Accounting"
(a bachelor's, in an accepted field, held) and not by "Bachelor of Arts in History" or "B.S. in
Accounting, expected 2027" — whatever the vocabulary's aliases say. For a requirement that
states a degree (text/degrees.py reads it), the evidence for its degree keyword is exactly the
CV degrees that satisfy it, `via="alias"` (the CV names it in its own form; the evidence model's
`via` values are part of the model's structured-output schema, so no new one) with the JD's
keyword as the term and the degree as written as `matched`, so the term is
surfaced (a key qualification in the JD's words) and no question is asked.
"""

from __future__ import annotations

from cvtailor.models import Evidence, GapReport, JobPosting, SectionKind, StructuredCV
from cvtailor.text.cvtext import clean_inline
from cvtailor.text.degrees import (
    Degree,
    DegreeRequirement,
    best_degree,
    cv_degrees,
    jd_degree_requirement,
    qualification,
)
from cvtailor.text.wordforms import contains

DEGREE_SCORE = 0.95  # as sure as an alias: the CV names the degree, in its own form


def level_named(keyword: str) -> DegreeRequirement | None:
    """The degree a keyword names when it names a degree level and nothing else ("Bachelor's
    degree", "BA/BS"; not "master's students"), or None."""
    named = jd_degree_requirement(keyword)
    return named if named is not None \
        and named.written.lower() == keyword.strip().lower() else None


def degree_keyword(keywords: list[str], req: DegreeRequirement) -> str | None:
    """The requirement keyword that names its degree level and nothing else, or None."""
    for keyword in keywords:
        if req.written.lower() == "degree" and keyword.strip().lower() == "degree":
            return keyword  # "Degree in Computer Science ...": the keyword is the word alone
        named = level_named(keyword)
        if named is not None and named.level == req.level:
            return keyword
    return None


def education_ids(cv: StructuredCV) -> set[str]:
    """Ids of the Education section's entries and items (where a bare "BS" is a degree)."""
    out: set[str] = set()
    for section in cv.sections:
        if section.kind == SectionKind.EDUCATION:
            for entry in section.entries:
                out.add(entry.id)
                out.update(item.id for item in entry.items)
    return out


def degree_texts(cv: StructuredCV, corpus: dict[str, str]) -> dict[str, str]:
    """Each citable piece's text with an entry's heading and details on lines of their own
    (the corpus joins them with spaces: "... in Civil Engineering Tidewater State University")."""
    out = dict(corpus)
    for section in cv.sections:
        for entry in section.entries:
            if entry.id in out:
                out[entry.id] = "\n".join(clean_inline(t) for t in [entry.heading,
                                                                     *entry.details] if t)
    return out


def degrees_by_item(cv: StructuredCV, corpus: dict[str, str]) -> dict[str, list[Degree]]:
    """The degrees each citable piece of the CV names."""
    education = education_ids(cv)
    texts = degree_texts(cv, corpus)
    found = {cid: cv_degrees(text, education=cid in education) for cid, text in texts.items()}
    return {cid: degrees for cid, degrees in found.items() if degrees}


def apply_degrees(
    evidence: dict[str, list[Evidence]], cv: StructuredCV, job: JobPosting,
    corpus: dict[str, str],
) -> dict[str, list[Evidence]]:
    """`evidence` with every stated degree requirement decided by the CV's degrees: its degree
    keyword is evidenced by the degrees that satisfy it and by nothing else (an alias of the
    level in a wrong field, or in progress, no longer counts)."""
    degrees = degrees_by_item(cv, corpus)
    out = {rid: list(rows) for rid, rows in evidence.items()}
    for req in job.requirements:
        wanted = jd_degree_requirement(req.text)
        if wanted is None:
            continue
        keyword = degree_keyword(req.keywords, wanted)
        if keyword is None:
            continue
        rows = [e for e in out.get(req.id, []) if e.term != keyword]
        for cid, named in degrees.items():
            degree = best_degree(named, wanted)
            if degree is not None:
                rows.append(Evidence(item_id=cid, score=DEGREE_SCORE, via="alias", term=keyword,
                                     matched=degree.text))
        rows.sort(key=lambda e: (-e.score, e.item_id))
        out[req.id] = rows
    return out


def degree_qualifications(job: JobPosting, report: GapReport, corpus: dict[str, str],
                          cv: StructuredCV | None = None) -> dict[str, str]:
    """JD degree keyword -> the key qualification that states the CV's degree in the JD's
    words ("Bachelor's degree in Accounting"), for every degree requirement decided by a
    degree (`apply_degrees`); the Education line itself stays as written."""
    by_req = report.by_requirement()
    texts = degree_texts(cv, corpus) if cv is not None else corpus
    cv_text = " \n ".join(corpus.values())
    out: dict[str, str] = {}
    for req in job.requirements:
        wanted = jd_degree_requirement(req.text)
        match = by_req.get(req.id)
        if wanted is None or match is None:
            continue
        keyword = degree_keyword(req.keywords, wanted)
        if keyword is None or contains(cv_text, keyword):
            continue  # the CV already says it the JD's way ("Bachelor's degree: B.S. ...")
        if keyword not in match.covered_keywords:
            continue
        # after `apply_degrees`, the keyword's alias rows are the degrees that satisfy it; the
        # best of them all, not of the first row ("Bachelor's degree" from a B.S., not
        # "Master's degree" from an MBA listed above it)
        held = [d for e in match.evidence if e.via == "alias" and e.term == keyword
                for d in cv_degrees(texts.get(e.item_id, ""), education=True) if d.held]
        degree = best_degree(held, wanted)
        if degree is not None:
            out[keyword] = qualification(wanted, degree)
    return out
