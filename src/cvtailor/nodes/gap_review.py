"""gap_review (interrupt): the gap interview. Confirm questions quote CV lines ("does this
show X?"), describe questions ask where and how; `research.interview` turns the answers into
confirmed evidence, declined requirements and `user_provided` items — the only way a new fact
enters the CV — and the run goes back to research so they count. Skipped when auto-approving,
or when not interviewing and no answers came with the input.

The person's profile (`storage.profile`) answers first: what they confirmed, described or
rejected in an earlier session is applied again and not asked; their new answers (never
auto-approval) are remembered there for the next application.

Asks with a `GapQuestionsPayload` (type "gap_questions"); resumes with
`{"answers": {question_id: "yes" | "no" | text}}` or a list of {question_id, text, role?}
(`GapAnswersResume`); `{}` / None answers none. An invalid answer is asked again with `error`.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from langgraph.runtime import Runtime
from langgraph.types import Command

from cvtailor.context import Context, current_session
from cvtailor.guards import budget
from cvtailor.models import AnswerEvent, GapQuestionsPayload
from cvtailor.nodes.common import ask, settings, stop_before, timed, vocabulary_for
from cvtailor.research.interview import apply_answers
from cvtailor.research.memory import entries_from_answers, recalled, without_recalled
from cvtailor.state import TailorState
from cvtailor.storage.profile import run_profile


@timed("gap_review")
def gap_review(state: TailorState, runtime: Runtime[Context]) -> Command[Any]:
    """Ask the gap questions (or take the given answers); new answers mean research again."""
    ctx = settings(runtime)
    to_plan: Any = stop_before("plan") if budget.over_budget(ctx) else "plan"
    if state.get("interviewed"):
        return Command(goto=to_plan)
    report = state["gap_report"]
    vocab = vocabulary_for(runtime)
    memory = recalled(state, report, ctx, vocab)  # what the person's profile already answers
    to_ask = without_recalled(report.questions, memory)
    answers = list(state.get("answers") or [])
    if not answers and ctx.interview and not ctx.auto_approve and to_ask:
        answers = ask(GapQuestionsPayload.of(report.model_copy(update={"questions": to_ask})))
    update: dict[str, Any] = {"interviewed": True}
    if not answers and not memory.used:
        return Command(update=update, goto=to_plan)
    outcome = apply_answers(state["cv"], state["job"], report.questions, answers)
    if answers:  # the person's own answers, and only those, go to their profile
        profile = run_profile(ctx)
        if profile is not None:
            profile.remember(entries_from_answers(state["cv"], state["job"], report.questions,
                                                  answers, vocab, current_session()))
    given = apply_answers(outcome.cv, state["job"], [], memory.answers)
    now = datetime.now(UTC).isoformat()
    update.update({
        "cv": given.cv, "confirmed": {**memory.confirmed, **outcome.confirmed},
        "declined": [*outcome.declined, *memory.declined],
    })
    if memory.used:
        ids = ", ".join(sorted(set(memory.used.values())))
        update["warnings"] = [f"Profile {ctx.profile!r} answered {len(memory.used)} gap "
                              f"question(s) from earlier sessions ({ids}); `cvtailor profile "
                              "forget ID` to be asked again"]
    if answers:
        update.update({"answers": answers, "audit": [
            AnswerEvent(at=now, question_id=a.question_id, text=a.text) for a in answers]})
    # What the person confirmed or described is evidence: research it before planning.
    new_evidence = bool(update["confirmed"] or outcome.described or given.described
                        or memory.declined)
    return Command(update=update, goto="research" if new_evidence else to_plan)
