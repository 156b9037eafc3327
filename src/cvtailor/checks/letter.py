"""The fabrication guard, sentence by sentence, for a cover letter.

A letter may name only what the CV (and the person's answers) support: every sentence is
checked like a draft against the whole CV, the job's title and company (the letter addresses
them) and the answers. A sentence that adds a fact (`ADDS_A_FACT`) is left out; the QA result
lists what was left out and why.
"""

from __future__ import annotations

from collections.abc import Iterable

from cvtailor.checks.fabrication import ADDS_A_FACT, check_draft
from cvtailor.models import (
    LETTER_ID,
    Draft,
    JobPosting,
    Letter,
    QAIssue,
    QAResult,
    StructuredCV,
    sentences,
)
from cvtailor.text.vocabulary import Vocabulary


def letter_evidence(cv: StructuredCV, final: StructuredCV | None, job: JobPosting,
                    answers: Iterable[str] = ()) -> list[str]:
    """What a letter may rest on: the CV's name, contact lines, entry headings and details,
    every item (original and, once reviewed, final text), the answers, the job's title and
    company."""
    out = [cv.name, *cv.contact, job.title, job.company, *answers]
    for source in (cv, final):
        for section in source.sections if source else []:
            for entry in section.entries:
                out += [entry.heading, entry.title, entry.organization, *entry.details]
                out += [i.original or i.text for i in entry.items] + [i.text for i in entry.items]
    return [t for t in dict.fromkeys(out) if t]


def check_sentence(sentence: str, evidence: list[str], vocab: Vocabulary) -> list[QAIssue]:
    """The findings that refuse one sentence (empty: it may stay)."""
    result = check_draft(Draft(item_id=LETTER_ID, text=sentence, original=""), evidence, vocab)
    return [i for i in result.issues if i.code in ADDS_A_FACT]


def guard_letter(letter: Letter, evidence: list[str], vocab: Vocabulary) -> Letter:
    """The letter without the sentences the guard refuses, with its QA result (an error per
    sentence left out: the letter passes when none was)."""
    kept_paragraphs: list[str] = []
    issues: list[QAIssue] = []
    for paragraph in letter.paragraphs:
        kept = []
        for sentence in sentences(paragraph):
            found = check_sentence(sentence, evidence, vocab)
            if found:
                issues.append(QAIssue(code="letter_sentence_dropped", message=(
                    f"Left out “{sentence[:80]}”: " + "; ".join(i.message for i in found))))
            else:
                kept.append(sentence)
        if kept:
            kept_paragraphs.append(" ".join(kept))
    score = max(0.0, round(1.0 - 0.3 * len(issues), 2))
    return letter.model_copy(update={
        "paragraphs": kept_paragraphs,
        "qa": QAResult(item_id=LETTER_ID, passed=not issues, score=score, issues=issues)})


def refused_text(text: str, evidence: list[str], vocab: Vocabulary) -> list[str]:
    """Why a letter text the person wrote is refused (empty: it may stand): one message per
    sentence that adds a fact."""
    out = []
    for paragraph in Letter.paragraphs_of(text):
        for sentence in sentences(paragraph):
            found = check_sentence(sentence, evidence, vocab)
            if found:
                out.append(f"“{sentence[:60]}”: " + "; ".join(i.message for i in found))
    return out
