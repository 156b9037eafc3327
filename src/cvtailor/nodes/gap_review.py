"""gap_review (interrupt): the gap interview. Confirm questions quote CV lines ("does this
show X?"), describe questions ask where and how; `research.interview` turns the answers into
confirmed evidence, declined requirements and `user_provided` items — the only way a new fact
enters the CV — and the run goes back to research so they count. Skipped when auto-approving,
or when not interviewing and no answers came with the input. After an asked round, the next
gap analysis may raise new questions (a yes/no follow-up on a described answer that does not
show its requirement in so many words, a requirement's second term, questions the first round
had no room for, and those about what the ad calls a plus, which the first round leaves for
later when it has others): they are asked in another round, within what is left of
`max_questions` (`asked` counts them; the first round keeps FOLLOW_UP_ROOM of them); a round
that asks nothing ends the interview.

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
from cvtailor.models import AnswerEvent, GapQuestionsPayload, Question
from cvtailor.nodes.common import ask, settings, stop_before, timed, vocabulary_for
from cvtailor.research.evidence import optional_questions
from cvtailor.research.interview import FOLLOW_UP, apply_answers
from cvtailor.research.memory import (
    Recall,
    entries_from_answers,
    recalled,
    without_recalled,
)
from cvtailor.state import TailorState
from cvtailor.storage.profile import run_profile

# The first round leaves this many questions for the next: a yes/no follow-up on a described
# answer, or a requirement's second term, pays more than the least important first question
# (`python tests/benchmarks/quality.py --interview`, twentieth pass: 1 -> 2 raised the tuned
# and development sets cases/, blind/, blind2/, blind7/, blind8/ 385 -> 389 of 420 and cost
# blind10/, blind11/, blind16/ 1 of 222; 3 cost those 2 more). Budgets under ROOM_FROM are
# the person's explicit choice of a short interview and are asked in full.
FOLLOW_UP_ROOM = 2
ROOM_FROM = 6


@timed("gap_review")
def gap_review(state: TailorState, runtime: Runtime[Context]) -> Command[Any]:
    """Ask the gap questions (or take the given answers); new answers mean research again.
    An interview that asked may ask again, with what is left of `max_questions` (the first
    round asks the most important questions; follow-ups on described answers and the questions
    left over come after), never a question twice."""
    ctx = settings(runtime)
    to_plan: Any = stop_before("plan") if budget.over_budget(ctx) else "plan"
    if state.get("interviewed"):
        return Command(goto=to_plan)
    report = state["gap_report"]
    vocab = vocabulary_for(runtime)
    asked = list(state.get("asked") or [])
    later_round = bool(asked)  # the profile and the given answers were applied in round one
    memory = Recall() if later_round else recalled(state, report, ctx, vocab)
    left = max(0, ctx.max_questions - len(asked))
    if not later_round and ctx.max_questions >= ROOM_FROM:
        left -= FOLLOW_UP_ROOM  # kept for a follow-up on a described answer (or asked later)
    # never a question twice: not by its id, nor by its term under another requirement's id
    # ("GraphQL" of a second requirement, once the person said no to it); a follow-up asks
    # about the person's own answer, so it shares its question's term
    asked_terms = set(state.get("asked_terms") or [])
    pending = [q for q in without_recalled(report.questions, memory) if q.id not in asked
               and _new_term(q, asked_terms)]
    if not later_round:  # a plus waits for what the ad asks for, second terms included
        optional = optional_questions(state["job"], pending)
        pending = [q for q in pending if q not in optional] or pending
    to_ask = pending[:left]
    answers = [] if later_round else list(state.get("answers") or [])
    update: dict[str, Any] = {}
    if not answers and ctx.interview and not ctx.auto_approve and to_ask:
        answers = ask(GapQuestionsPayload.of(report.model_copy(update={"questions": to_ask})))
        update["asked"] = [q.id for q in to_ask]
        update["asked_terms"] = [q.term.lower() for q in to_ask
                                 if q.term and not q.id.endswith(FOLLOW_UP)]
    else:
        update["interviewed"] = True  # nothing (more) to ask: the interview is over
    if not answers and not memory.used:
        return Command(update={**update, "interviewed": True}, goto=to_plan)
    outcome = apply_answers(state["cv"], state["job"], report.questions, answers)
    # The person's own answers, and only those, go to their profile; a follow-up's does not
    # (it is about this session's described answer, which the profile holds already).
    own = [a for a in answers if not a.question_id.endswith(FOLLOW_UP)]
    if own:
        profile = run_profile(ctx)
        if profile is not None:
            profile.remember(entries_from_answers(state["cv"], state["job"], report.questions,
                                                  own, vocab, current_session()))
    given = apply_answers(outcome.cv, state["job"], [], memory.answers)
    now = datetime.now(UTC).isoformat()
    before = state.get("confirmed") or {}  # a later round adds to a requirement's rows
    update.update({
        "cv": given.cv, "confirmed": {**memory.confirmed, **{
            rid: [*before.get(rid, []), *rows] for rid, rows in outcome.confirmed.items()}},
        "declined": [*outcome.declined, *memory.declined],
    })
    if outcome.unclear:  # given with the input ("maybe"): the interrupt would have asked again
        update["warnings"] = [f"Answer(s) to {', '.join(outcome.unclear)} said neither no nor "
                              "where and how, and were not used: answer no, or say where "
                              "(which role) and how in a sentence"]
    if memory.used:
        ids = ", ".join(sorted(set(memory.used.values())))
        update["warnings"] = [*update.get("warnings", []), (
            f"Profile {ctx.profile!r} answered {len(memory.used)} gap question(s) from earlier "
            f"sessions ({ids}); `cvtailor profile forget ID` to be asked again")]
    if answers:
        update.update({"answers": [*(state.get("answers") or []), *answers] if later_round
                       else answers, "audit": [
                           AnswerEvent(at=now, question_id=a.question_id, text=a.text)
                           for a in answers]})
    # What the person confirmed or described is evidence, and what they declined takes back
    # any candidate or similarity-decided line for it: research again before planning.
    new_evidence = bool(outcome.confirmed or memory.confirmed or outcome.described
                        or given.described or memory.declined or outcome.declined)
    now_asked = {*asked, *update.get("asked", [])}
    now_terms = {*asked_terms, *update.get("asked_terms", [])}
    unasked = [q for q in report.questions
               if q.id not in now_asked and q.requirement_id not in outcome.declined
               and _new_term(q, now_terms)]
    more = "asked" in update and len(now_asked) < ctx.max_questions and bool(unasked)
    if not (new_evidence or more):  # a next round would have nothing new to ask
        return Command(update={**update, "interviewed": True}, goto=to_plan)
    return Command(update=update, goto="research")


def _new_term(question: Question, asked_terms: set[str]) -> bool:
    """The question is about a term no earlier question asked about, or is a follow-up (about
    the person's own answer, so it shares its question's term)."""
    return question.id.endswith(FOLLOW_UP) or question.term.lower() not in asked_terms
