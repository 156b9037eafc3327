"""Which CV items evidence which JD requirement, and the gap report built from that.

Evidence is explicit: the vocabulary says a CV item names the skill (exactly or by an alias),
names a tool that implies it, or contains a phrase that evidences it; unknown requirement
phrases need all their content words in one item. Scores rank; relations decide.
"""

from __future__ import annotations

import re

from cvtailor.engines.offline.cv_parser import clean_inline
from cvtailor.models import (
    Evidence,
    GapReport,
    JobPosting,
    Question,
    RequirementMatch,
    StructuredCV,
)
from cvtailor.vocabulary import Vocabulary

_SCORES = {"name": 1.0, "alias": 0.95, "user": 0.9, "phrase": 0.8, "implied": 0.75}
PRIORITY_WEIGHT = {"critical": 3.0, "important": 2.0, "nice_to_have": 1.0}


_SUFFIXES = ("ments", "ment", "ings", "ing", "ers", "er", "ed", "es", "s", "ly")


def stem(word: str) -> str:
    """A light word-form key: designer ~ design, writing ~ writer, engineering ~ engineer."""
    w = word.lower()
    changed = True
    while changed:
        changed = False
        for suffix in _SUFFIXES:
            if w.endswith(suffix) and len(w) - len(suffix) >= 4:
                w, changed = w[: -len(suffix)], True
                break
    return w.rstrip("e") if len(w) > 4 else w


def stems(text: str) -> set[str]:
    return {stem(w) for w in re.findall(r"[A-Za-z][A-Za-z0-9+#]*", text) if len(w) > 2}


def stem_sequence(text: str) -> list[str]:
    return [stem(w) for w in re.findall(r"[A-Za-z][A-Za-z0-9+#/]*", text)]


def phrase_in(term: str, text: str) -> bool:
    """The term's words, as word forms, appear contiguously in text ("data engineer" ~
    "data engineering"); every word must be long enough to carry meaning."""
    words = stem_sequence(term)
    if not words or any(len(w) < 3 for w in words):
        return False
    seq = stem_sequence(text)
    n = len(words)
    return any(seq[i:i + n] == words for i in range(len(seq) - n + 1))


_ALTERNATIVES = re.compile(r"\b(or|such as|e\.g\.|for example|like|similar|any of)\b",
                           re.IGNORECASE)


def evidence_corpus(cv: StructuredCV) -> dict[str, str]:
    """Every citable piece of the CV by id: items, plus entry headings (titles, employers)."""
    corpus: dict[str, str] = {}
    for section in cv.sections:
        for entry in section.entries:
            head = " ".join([entry.heading, *entry.details]).strip()
            if head:
                corpus[entry.id] = clean_inline(head)
            for item in entry.items:
                if item.original or item.text:
                    corpus[item.id] = clean_inline(item.original or item.text)
    return corpus


def find_evidence(
    cv: StructuredCV, job: JobPosting, vocab: Vocabulary
) -> dict[str, list[Evidence]]:
    corpus = evidence_corpus(cv)
    user_items = {i.id for i in cv.items() if i.status == "user_provided"}
    said = {cid: vocab.evidenced_names(text) for cid, text in corpus.items()}
    surfaces = {cid: {h.term: h.surface for h in vocab.find(text, phrases=True)}
                for cid, text in corpus.items()}
    corpus_stems = {cid: stems(text) for cid, text in corpus.items()}
    out: dict[str, list[Evidence]] = {}
    for req in job.requirements:
        found: list[Evidence] = []
        for keyword in req.keywords:
            name = vocab.canonical(keyword)
            for cid in corpus:
                via: str | None = None
                matched = ""
                if name is not None:
                    via = said[cid].get(name)
                    if via is None and phrase_in(keyword, corpus[cid]):
                        via, matched = "name", keyword
                    matched = surfaces[cid].get(name, "") or matched if via else ""
                    if via == "implied":
                        matched = next((surfaces[cid][n] for n in surfaces[cid]
                                        if name in vocab.implied(n)), "")
                else:
                    wanted = stems(keyword)
                    if wanted and wanted <= corpus_stems[cid]:
                        via, matched = "name", keyword
                if via is None:
                    continue
                kind = "user" if cid in user_items else via
                found.append(Evidence(
                    item_id=cid, score=_SCORES.get(kind, 0.6), term=keyword,
                    via=("lexical" if kind == "name" else kind),  # type: ignore[arg-type]
                    matched=matched,
                ))
        found.sort(key=lambda e: (-e.score, e.item_id))
        out[req.id] = found
    return out


def analyze_gaps(
    job: JobPosting, evidence: dict[str, list[Evidence]], max_questions: int = 6
) -> GapReport:
    report = GapReport()
    total = got = 0.0
    for req in job.requirements:
        found = evidence.get(req.id, [])
        covered = [k for k in req.keywords if any(e.term == k for e in found)]
        missing = [k for k in req.keywords if k not in covered]
        either = len(req.keywords) > 1 and _ALTERNATIVES.search(req.text) is not None
        if covered and (not missing or either or len(covered) / len(req.keywords) >= 0.67):
            status = "matched"
        elif covered:
            status = "partial"
        else:
            status = "gap"
        report.matches.append(RequirementMatch(
            requirement_id=req.id, status=status, evidence=found,  # type: ignore[arg-type]
            covered_keywords=covered, missing_keywords=missing,
        ))
        weight = PRIORITY_WEIGHT[req.priority]
        total += weight
        got += weight * {"matched": 1.0, "partial": 0.5, "gap": 0.0}[status]
    report.coverage = round(got / total, 3) if total else 0.0
    gaps = [r for r in job.requirements if report.by_requirement()[r.id].status == "gap"]
    gaps.sort(key=lambda r: -PRIORITY_WEIGHT[r.priority])
    for req in gaps[:max_questions]:
        report.questions.append(Question(
            id=f"q-{req.id}", requirement_id=req.id,
            text=(f"The job asks for: \"{req.text}\". Your CV does not show it. If you have "
                  "done this, where and how? (one or two factual sentences; leave empty if not)"),
        ))
    return report


def keyword_coverage(job: JobPosting, text: str, vocab: Vocabulary) -> float:
    """Priority-weighted share of the JD's keywords written in `text` as the JD spells them —
    what a recruiter's search or an ATS sees. Each requirement counts the fraction of its
    keywords present."""
    total = got = 0.0
    lowered = text.lower()
    for req in job.requirements:
        if not req.keywords:
            continue
        weight = PRIORITY_WEIGHT[req.priority]
        total += weight
        present = sum(1 for k in req.keywords if _contains(lowered, k.lower()))
        got += weight * present / len(req.keywords)
    return round(got / total, 3) if total else 0.0


def _contains(text: str, term: str) -> bool:
    return re.search(rf"(?<![a-z0-9]){re.escape(term)}(?![a-z0-9])", text) is not None
