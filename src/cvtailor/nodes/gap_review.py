"""gap_review (interrupt): the gap interview. Confirm questions quote CV lines ("does this
show X?"), describe questions ask where and how; `research.interview` turns the answers into
confirmed evidence, declined requirements and `user_provided` items — the only way a new fact
enters the CV — and the run goes back to research so they count. Skipped when auto-approving,
or when not interviewing and no answers came with the input.

Asks with a `GapQuestionsPayload` (type "gap_questions"); resumes with
`{"answers": {question_id: "yes" | "no" | text}}` or a list of {question_id, text, role?}
(`GapAnswersResume`); `{}` / None answers none. An invalid answer is asked again with `error`.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from langgraph.runtime import Runtime
from langgraph.types import Command

from cvtailor.context import Context
from cvtailor.guards import budget
from cvtailor.models import AnswerEvent, GapQuestionsPayload
from cvtailor.nodes.common import ask, settings, stop_before, timed
from cvtailor.research.interview import apply_answers
from cvtailor.state import TailorState


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
        answers = ask(GapQuestionsPayload.of(report))
    update: dict[str, Any] = {"interviewed": True}
    if not answers:
        return Command(update=update, goto=to_plan)
    outcome = apply_answers(state["cv"], state["job"], report.questions, answers)
    now = datetime.now(UTC).isoformat()
    update.update({
        "cv": outcome.cv, "answers": answers, "confirmed": outcome.confirmed,
        "declined": outcome.declined,
        "audit": [AnswerEvent(at=now, question_id=a.question_id, text=a.text)
                  for a in answers],
    })
    # What the person confirmed or described is evidence: research it before planning.
    new_evidence = bool(outcome.confirmed or outcome.described)
    return Command(update=update, goto="research" if new_evidence else to_plan)
