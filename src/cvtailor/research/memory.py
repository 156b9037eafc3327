"""The gap interview across applications: what a person's answers leave in their profile
(`entries_from_answers`), and what the profile answers in a later session (`recall`).

A profile entry is about a *concept*: the JD term a question asked about, as the vocabulary
names it ("k8s" and "Kubernetes" are one concept), or the term in lower case. A later
requirement is the same question when its term (the first keyword, what its question would ask
about) is the same concept. Then:

- *rejected*: the requirement is declined (never asked, never claimed: only what the CV says in
  so many words still counts);
- *confirmed*: the CV lines the person confirmed evidence it again, in this JD's term, where the
  same line is in this CV (else the entry does not apply and the question may be asked);
- *described*: the person's answer is placed again as a `user_provided` item under the role it
  was placed under before (unless the CV already has that line).

A requirement the CV already evidences (matched) asks nothing, so only a rejection applies to it
(it drops candidates and similarity claims; what the CV says in so many words stays).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime

from cvtailor.context import Context
from cvtailor.models import (
    Answer,
    Evidence,
    GapReport,
    JobPosting,
    ProfileEntry,
    Question,
    Requirement,
    StructuredCV,
)
from cvtailor.models.interrupts import unclear
from cvtailor.research.interview import (
    CONFIRMED_SCORE,
    USER_SECTION,
    apply_answers,
    bullet_from_answer,
)
from cvtailor.state import TailorState
from cvtailor.storage.profile import run_profile, slug
from cvtailor.text.cvtext import evidence_corpus
from cvtailor.text.vocabulary import Vocabulary


def concept_of(term: str, vocab: Vocabulary) -> str:
    """The concept a JD term names: the vocabulary's canonical name, else the term in lower
    case with single spaces."""
    return vocab.canonical(term) or " ".join(term.lower().split())


def question_term(req: Requirement) -> str:
    """The term a question about `req` asks about (as `research.evidence` builds them)."""
    return req.keywords[0] if req.keywords else req.text


@dataclass
class Recall:
    """What the profile answers for one job: requirement ids declined, evidence confirmed
    before, described answers to place again, and which entry answered each requirement."""

    declined: list[str] = field(default_factory=list)
    confirmed: dict[str, list[Evidence]] = field(default_factory=dict)
    answers: list[Answer] = field(default_factory=list)
    used: dict[str, str] = field(default_factory=dict)  # requirement id -> entry id

    @property
    def requirements(self) -> set[str]:
        """The requirement ids the profile answered (their questions are not asked)."""
        return set(self.used)


def _line(text: str) -> str:
    return " ".join(text.split()).casefold()


def recall(entries: list[ProfileEntry], cv: StructuredCV, job: JobPosting, report: GapReport,
           vocab: Vocabulary, skip: set[str] | None = None) -> Recall:
    """What `entries` answer for `job`'s requirements (those in `skip` excepted: the person
    answered them in this session)."""
    out = Recall()
    if not entries:
        return out
    by_concept = {e.concept: e for e in entries}
    corpus = evidence_corpus(cv)
    lines: dict[str, list[str]] = {}
    for item_id, text in corpus.items():
        lines.setdefault(_line(text), []).append(item_id)
    status = {m.requirement_id: m.status for m in report.matches}
    for req in job.requirements:
        if req.id in (skip or set()):
            continue
        term = question_term(req)
        entry = by_concept.get(concept_of(term, vocab))
        if entry is None or (entry.kind != "rejected" and status.get(req.id) == "matched"):
            continue  # nothing remembered, or the CV already shows it: no question to spare
        if entry.kind == "rejected":
            out.declined.append(req.id)
        elif entry.kind == "confirmed":
            found = [(item_id, text) for text in entry.evidence
                     for item_id in lines.get(_line(text), [])]
            if not found:
                continue  # the confirmed lines are not in this CV: ask again
            out.confirmed[req.id] = [
                Evidence(item_id=item_id, score=CONFIRMED_SCORE, via="user", term=term,
                         matched=corpus[item_id][:160]) for item_id, _ in found]
        else:
            if not entry.answer.strip() or unclear(entry.answer):
                continue  # "maybe", kept by an older version: asked again
            if _line(bullet_from_answer(entry.answer)) not in lines:
                out.answers.append(Answer(question_id=f"q-{req.id}", requirement_id=req.id,
                                          text=entry.answer, role=entry.role))
        out.used[req.id] = entry.id
    return out


def without_recalled(questions: list[Question], recalled: Recall) -> list[Question]:
    """The questions the profile did not answer."""
    return [q for q in questions if q.requirement_id not in recalled.requirements]


def entries_from_answers(cv: StructuredCV, job: JobPosting, questions: list[Question],
                         answers: list[Answer], vocab: Vocabulary, session: str = ""
                         ) -> list[ProfileEntry]:
    """What a person's answers put in their profile: a "yes" to a confirm question (with the
    quoted CV lines), a described answer (with the role it lands under) and an explicit "no".
    An empty answer is no answer: nothing is remembered for it."""
    by_id = {q.id: q for q in questions}
    requirements = {r.id: r for r in job.requirements}
    now = datetime.now(UTC).isoformat(timespec="seconds")
    out: dict[str, ProfileEntry] = {}
    for answer in answers:
        text = answer.text.strip()
        question = by_id.get(answer.question_id)
        req_id = answer.requirement_id or (question.requirement_id if question
                                           else answer.question_id.removeprefix("q-"))
        req = requirements.get(req_id)
        if req is None or not text:
            continue
        term = (question.term if question and question.term else question_term(req))
        concept = concept_of(term, vocab)
        base = ProfileEntry(id=slug(concept), kind="rejected", concept=concept, term=term,
                            requirement=req.text, session=session, at=now)
        outcome = apply_answers(cv, job, questions, [answer])
        if req_id in outcome.confirmed:
            quoted = [e.text for e in question.evidence] if question else []
            out[concept] = base.model_copy(update={"kind": "confirmed", "evidence": quoted})
        elif req_id in outcome.declined:
            out[concept] = base
        elif outcome.described:
            located = outcome.cv.locate(outcome.described[0])
            if located is None:
                continue
            section, entry, _ = located
            role = answer.role.strip() or ("" if section.id == USER_SECTION else (
                entry.organization or entry.title or entry.heading or section.heading))
            out[concept] = base.model_copy(
                update={"kind": "described", "answer": text, "role": role})
    return list(out.values())


def given_requirements(answers: list[Answer] | None) -> set[str]:
    """The requirement ids answers given in this session are about."""
    return {a.requirement_id or a.question_id.removeprefix("q-") for a in answers or []}


def recalled(state: TailorState, report: GapReport, ctx: Context,
             vocab: object = None) -> Recall:
    """What the running graph's profile answers for the state's job (nothing when the graph
    has no store); requirements answered in this session are left to those answers. `vocab`:
    the engine's vocabulary when it carries one."""
    profile = run_profile(ctx)
    if profile is None or "cv" not in state or "job" not in state:
        return Recall()
    from cvtailor.text.vocabulary import default_vocabulary

    return recall(profile.entries(), state["cv"], state["job"], report,
                  vocab if isinstance(vocab, Vocabulary) else default_vocabulary(), skip=given_requirements(state.get("answers")))
