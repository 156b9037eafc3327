"""A simulated truthful user for the gap interview, driven by a case's truth.json.

For each question the run asks, the user finds the labelled requirement it is about (the one
whose JD terms or keywords the question's requirement names) and answers as the person would:

- a requirement the CV evidences:
  - confirm question quoting the line that proves it -> "yes" when the term it asks about is
    one the labels give that requirement (one of its JD terms or keywords, or a word of one),
    else "no": asked whether their licence line shows a "master license" the labels do not
    name, a truthful person says no; and "no" when the term is one of a requirement the person
    does not have ("does this show negotiation?");
  - a follow-up quoting the person's own answer about it ("You answered '...'. Does that
    show X?") -> "yes" when X is one of the labelled terms of that requirement, else "no";
  - confirm question quoting other lines, or describe question -> the labelled `answer` (one
    or two first-person sentences naming the employer; no new numbers);
- a requirement the person does not have, or one the labels do not know -> "no" / empty.

Every round of questions is answered (the interview may ask again). It never reads the
engine's output beyond the questions, and never says more than truth.json.
Used by `quality.py --interview`; not a test.
"""

from __future__ import annotations

import re
import tempfile
from pathlib import Path
from typing import Any


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"[^a-z0-9+#./ ]", " ", text.lower())).strip()


def _terms(entry: dict[str, Any]) -> list[str]:
    return [t for t in [*entry.get("jd_terms", []), *entry.get("keywords", [])] if t]


def match_truth(question: dict[str, Any], truth: dict[str, Any]
                ) -> tuple[str, dict[str, Any]] | None:
    """('evidenced' | 'unevidenced', entry) for the labelled requirement a question is about:
    the one a JD term or keyword of which the question's term names (what the question asks
    about: "Does ... show Kafka?"), else the one with the longest JD term or keyword that the
    question's requirement names."""
    return _longest(_norm(str(question.get("term", ""))), truth) or _longest(
        _norm(f"{question.get('requirement', '')} {question.get('term', '')}"), truth)


def _longest(asked: str, truth: dict[str, Any]) -> tuple[str, dict[str, Any]] | None:
    """The labelled requirement whose longest term or keyword `asked` contains."""
    best: tuple[int, str, dict[str, Any]] | None = None
    for kind in ("evidenced", "unevidenced"):
        for entry in truth[kind]:
            for term in _terms(entry):
                t = _norm(term)
                if t and re.search(rf"(?<![a-z0-9]){re.escape(t)}(?![a-z0-9])", asked) \
                        and (best is None or len(t) > best[0]):
                    best = (len(t), kind, entry)
    return (best[1], best[2]) if best else None


def answer(question: dict[str, Any], truth: dict[str, Any]) -> str:
    """What the truthful person answers to one question."""
    found = match_truth(question, truth)
    if found is None or found[0] == "unevidenced":
        return "no"
    entry = found[1]
    if question.get("kind") == "confirm" and _lacks(str(question.get("term") or ""), truth):
        return "no"  # "does this show negotiation?": not for a person who never negotiated
    proof = _norm(entry["evidence"])
    quoted = [_norm(e.get("text", "")) for e in question.get("evidence") or []]
    if question.get("kind") == "confirm" and any(proof in q or (q and q in proof)
                                                 for q in quoted):
        return "yes" if _about(str(question.get("term") or ""), entry) else "no"
    own = _norm(str(entry.get("answer") or ""))
    if question.get("kind") == "confirm" and own and any(q and q in own for q in quoted):
        # a follow-up quoting the person's own answer: yes only for a term the labels say
        # the requirement is (asked about another requirement's term, the truthful answer is no)
        term = _norm(str(question.get("term") or ""))
        return "yes" if any(term and (_norm(t) in term or term in _norm(t))
                            for t in _terms(entry)) else "no"
    return str(entry.get("answer") or "no")


_SMALL = frozenset("and or of the a an in on for to with by experience skills knowledge".split())


def _about(term: str, entry: dict[str, Any]) -> bool:
    """The term asked about is one the labels give the requirement: it names one of its JD
    terms or keywords, is named by one, or shares a content word with one."""
    asked = _norm(term)
    words = {w for w in asked.split() if w not in _SMALL and len(w) > 2}
    for t in _terms(entry):
        label = _norm(t)
        if label and (label in asked or asked in label
                      or words & {w for w in label.split() if w not in _SMALL and len(w) > 2}):
            return True
    return False


def _lacks(term: str, truth: dict[str, Any]) -> bool:
    """The term names a requirement the labels say the person does not have."""
    asked = _norm(term)
    return bool(asked) and any(
        re.search(rf"(?<![a-z0-9]){re.escape(_norm(t))}(?![a-z0-9])", asked)
        or re.search(rf"(?<![a-z0-9]){re.escape(asked)}(?![a-z0-9])", _norm(t))
        for entry in truth["unevidenced"] for t in _terms(entry) if _norm(t))


def run_interview(cv_path: Path, jd_path: Path, truth: dict[str, Any],
                  settings: dict[str, Any]) -> dict[str, Any]:
    """Tailor with the interview answered by the simulated user; the result and the questions."""
    from cvtailor import Session

    with tempfile.TemporaryDirectory() as tmp:
        session = Session.start(cv_path, jd_path, store=Path(tmp) / "s.sqlite",
                                interview=True, **settings)
        questions: list[dict[str, Any]] = []
        while session.status == "awaiting_answers" and session.pending \
                and session.pending.get("type") == "gap_questions":
            asked = list(session.pending.get("questions") or [])
            questions.extend(asked)
            session.answer({q["id"]: answer(q, truth) for q in asked})
        session.accept_all()
        result = session.result()
        cv = result.final_cv
        return {"result": result, "questions": questions,
                "answers": {q["id"]: answer(q, truth) for q in questions},
                "items": [(item, entry, section) for section in (cv.sections if cv else [])
                          for entry in section.entries for item in entry.items]}


def placed_right(entry: dict[str, Any], items: list[Any], present: Any) -> bool:
    """Is a JD term of this requirement written into the item that evidences it: the CV line
    the labels name, or the person's own item under the role the labels name?"""
    proof = _norm(entry["evidence"])
    role = _norm(entry.get("role", ""))
    for item, cv_entry, section in items:
        if not any(present(item.text, t) for t in _terms(entry)):
            continue
        if proof and proof in _norm(item.original or ""):
            return True
        from_answer = item.status == "user_provided" or item.metadata.get("question_id")
        if from_answer and role and (
                role in _norm(f"{cv_entry.heading} {cv_entry.organization} {cv_entry.title}")
                or role in _norm(section.heading)):
            return True
    return False
