"""letter_review (interrupt): the person approves the cover letter like a CV item.

Asks with a `ReviewPayload` holding one item, `cover-letter` (its text, the CV items it cites,
the guard's findings), so the same answers work: accept, edit (the edited text is guarded too:
a sentence that adds a fact is refused and asked again), reject (no letter is exported) or
regenerate with feedback (back to cover_letter). Skipped, accepting, with `auto_approve`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from langgraph.runtime import Runtime
from langgraph.types import Command

from cvtailor.checks.letter import letter_evidence, refused_text
from cvtailor.context import Context
from cvtailor.models import (
    LETTER_ID,
    Decision,
    DecisionEvent,
    ItemStatus,
    Letter,
    ReviewItem,
    ReviewPayload,
)
from cvtailor.nodes.common import ask, settings, timed, vocabulary_for
from cvtailor.state import TailorState


@dataclass
class LetterAsk:
    """The review payload of the letter; an edit whose text adds a fact is refused."""

    payload: ReviewPayload
    evidence: list[str]
    vocab: Any
    answer_schema: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.answer_schema = self.payload.answer_schema

    def dump(self) -> dict[str, Any]:
        """The payload as the interrupt carries it."""
        return self.payload.dump()

    def refused(self, error: str) -> LetterAsk:
        """The same question, saying why the last answer was refused."""
        return LetterAsk(self.payload.refused(error), self.evidence, self.vocab)

    def parse(self, value: Any) -> Decision:
        """The decision on the letter; ValueError for an invalid answer or a refused edit."""
        decision = self.payload.parse(value)[LETTER_ID]
        if decision.action == "edit":
            problems = refused_text(decision.text, self.evidence, self.vocab)
            if problems:
                raise ValueError("the edited letter adds what the CV does not support: "
                                 + " | ".join(problems))
        return decision


def letter_payload(letter: Letter) -> ReviewPayload:
    """The review of the letter: one item."""
    return ReviewPayload.of(letter.round, [ReviewItem(
        id=LETTER_ID, section="Cover letter", original="", draft=letter.text.strip(),
        status=ItemStatus.GENERATED, keywords=letter.terms, evidence=letter.evidence,
        qa=letter.qa, engine=letter.engine)])


@timed("letter_review")
def letter_review(state: TailorState, runtime: Runtime[Context]) -> Command[Any]:
    """Ask for (or, auto-approving, make) the decision on the letter; route on it."""
    ctx = settings(runtime)
    letter: Letter = state["cover_letter"]
    if ctx.auto_approve or letter.round > ctx.max_rounds:
        decision = Decision(action="accept", round=letter.round, by="auto")
    else:
        evidence = letter_evidence(state["cv"], state.get("final_cv"), state["job"],
                                   [a.text for a in state.get("answers") or []])
        decision = ask(LetterAsk(letter_payload(letter), evidence, vocabulary_for(runtime)))
    audit = [DecisionEvent.of(LETTER_ID, decision, at=datetime.now(UTC).isoformat())]
    if decision.action == "regenerate":
        update = letter.model_copy(update={"status": "regenerate",
                                           "feedback": decision.feedback})
        return Command(update={"cover_letter": update, "audit": audit}, goto="cover_letter")
    if decision.action == "edit":
        done = letter.model_copy(update={"status": "edited",
                                         "paragraphs": Letter.paragraphs_of(decision.text)})
    else:
        done = letter.model_copy(update={
            "status": "rejected" if decision.action == "reject" else "approved"})
    return Command(update={"cover_letter": done, "audit": audit}, goto="export")
