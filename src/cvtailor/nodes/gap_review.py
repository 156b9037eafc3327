"""gap_review (interrupt): show the gap report, take the user's answers to the gap questions.

An answer becomes a `user_provided` item — the only way a new fact enters the CV — and the run
goes back to research so the new evidence counts. Skipped when auto-approving, or when not
interviewing and no answers came with the input.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from langgraph.runtime import Runtime
from langgraph.types import Command, interrupt

from cvtailor.context import Context
from cvtailor.guards import budget
from cvtailor.models import (
    Answer,
    CVEntry,
    CVSection,
    ItemStatus,
    ItemType,
    JobPosting,
    SectionKind,
    StructuredCV,
)
from cvtailor.nodes.common import settings, stop_before, timed
from cvtailor.state import TailorState
from cvtailor.text.vocabulary import default_vocabulary

USER_SECTION = "additional-experience"


def parse_answers(value: Any) -> list[Answer]:
    """Accepts [{question_id, text}], {"answers": [...]}, or {question_id: text}."""
    if isinstance(value, dict) and "answers" in value:
        value = value["answers"]
    if isinstance(value, dict):
        value = [{"question_id": k, "text": v} for k, v in value.items()]
    out: list[Answer] = []
    for row in value or []:
        answer = row if isinstance(row, Answer) else Answer.model_validate(row)
        if answer.text.strip():
            out.append(answer)
    return out


def add_answers(cv: StructuredCV, answers: list[Answer], job: JobPosting) -> StructuredCV:
    """Each answer becomes a user_provided bullet, led by the requirement's term it affirms."""
    cv = cv.model_copy(deep=True)
    section = next((s for s in cv.sections if s.id == USER_SECTION), None)
    if section is None:
        section = CVSection(id=USER_SECTION, kind=SectionKind.OTHER,
                            heading="Additional Experience", entries=[CVEntry(id=f"{USER_SECTION}-1")])
        cv.sections.append(section)
    entry = section.entries[0]
    requirements = {r.id: r for r in job.requirements}
    for answer in answers:
        req_id = answer.requirement_id or answer.question_id.removeprefix("q-")
        req = requirements.get(req_id)
        text = answer.text.strip()
        said = default_vocabulary().evidenced_names(text)
        if req and req.keywords and not any(
            k.lower() in text.lower() or default_vocabulary().canonical(k) in said
            for k in req.keywords
        ):
            text = f"{req.keywords[0]}: {text}"
        entry.add_item(text, ItemType.BULLET, status=ItemStatus.USER_PROVIDED,
                       requirement_id=req_id, question_id=answer.question_id)
    return cv


@timed("gap_review")
def gap_review(state: TailorState, runtime: Runtime[Context]) -> Command[Any]:
    """Ask the gap questions (or take the given answers); new answers mean research again."""
    ctx = settings(runtime)
    to_plan: Any = stop_before("plan") if budget.over_budget(ctx) else "plan"
    if state.get("interviewed"):
        return Command(goto=to_plan)
    report = state["gap_report"]
    answers = list(state.get("answers") or [])
    if not answers and ctx.interview and not ctx.auto_approve and report.questions:
        value = interrupt({
            "type": "gap_review",
            "coverage": report.coverage,
            "matched": [m.requirement_id for m in report.by_status("matched")],
            "partial": [m.requirement_id for m in report.by_status("partial")],
            "gaps": [m.requirement_id for m in report.by_status("gap")],
            "questions": [q.model_dump() for q in report.questions],
        })
        answers = parse_answers(value)
    update: dict[str, Any] = {"interviewed": True}
    if not answers:
        return Command(update=update, goto=to_plan)
    update["cv"] = add_answers(state["cv"], answers, state["job"])
    update["answers"] = answers
    update["audit"] = [{"at": datetime.now(UTC).isoformat(), "event": "answer",
                        "question_id": a.question_id, "text": a.text} for a in answers]
    return Command(update=update, goto="research")
