"""gap_analysis: matched / partial / gap per requirement, coverage, and gap questions."""

from __future__ import annotations

from typing import Any

from langgraph.runtime import Runtime

from cvtailor.context import Context
from cvtailor.engines import Engine
from cvtailor.nodes.common import emit, engine_for, offline_fallback, settings, timed
from cvtailor.research.evidence import hours_asked, optional_questions, second_term_questions
from cvtailor.research.interview import follow_up_questions
from cvtailor.research.memory import recalled
from cvtailor.state import TailorState
from cvtailor.text.cvtext import evidence_corpus, not_work_ids
from cvtailor.text.vocabulary import Vocabulary, default_vocabulary


def analyze(state: TailorState, engine: Engine, ctx: Context) -> dict[str, Any]:
    """The gap_analysis step with a given engine (the node's own, or the offline fallback's).
    Questions already answered in this session or in the person's profile are not asked
    again; at most `ctx.max_questions` are asked, most important first. A described answer
    that does not show its requirement in so many words gets a yes/no follow-up first
    (`research.interview.follow_up_questions`), and a requirement asking for two things a
    question about the second once the first is settled (`research.evidence.
    second_term_questions`): both are asked in the interview's next round, before the
    questions about what the ad calls a plus (`research.evidence.optional_questions`)."""
    report = engine.analyze_gaps(state["cv"], state["job"], state["evidence"])
    own = getattr(engine, "vocab", None)
    vocab = own if isinstance(own, Vocabulary) else default_vocabulary()
    declined = state.get("declined") or []
    follow_ups = follow_up_questions(state["cv"], state["job"], report, vocab, declined)
    followed = {q.requirement_id for q in follow_ups}
    answered = {*declined, *(state.get("confirmed") or {}), *followed,
                *recalled(state, report, ctx, vocab).requirements}
    second = second_term_questions(state["job"], report, evidence_corpus(state["cv"]), vocab,
                                   state.get("asked") or [], declined, not_work_ids(state["cv"]))
    first = [q for q in report.questions if q.requirement_id not in answered]
    optional = optional_questions(state["job"], first)
    # whether the person can take the job's hours is no work a line shows: last of all
    hours = [q for q in first if q not in optional and hours_asked(q.requirement)]
    report.questions = [*follow_ups, *(q for q in first if q not in optional and q not in hours),
                        *(q for q in second if q.requirement_id not in followed),
                        *optional, *hours][:ctx.max_questions]
    emit({"type": "gap_report", "coverage": report.coverage,
          "matched": len(report.by_status("matched")), "partial": len(report.by_status("partial")),
          "gaps": len(report.by_status("gap"))})
    return {"gap_report": report, "stage": "gap_analyzed"}


@timed("gap_analysis")
def gap_analysis(state: TailorState, runtime: Runtime[Context]) -> dict[str, Any]:
    """Classify every requirement with the run's engine."""
    return analyze(state, engine_for(runtime, "gap_analysis"), settings(runtime))


gap_analysis_offline = offline_fallback("gap_analysis", analyze, lambda state: "gap_review")
