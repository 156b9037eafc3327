"""gap_analysis: matched / partial / gap per requirement, coverage, and gap questions."""

from __future__ import annotations

from typing import Any

from langgraph.runtime import Runtime

from cvtailor.context import Context
from cvtailor.engines import Engine
from cvtailor.nodes.common import emit, engine_for, offline_fallback, settings, timed
from cvtailor.research.evidence import second_term_questions
from cvtailor.research.interview import follow_up_questions
from cvtailor.research.memory import recalled
from cvtailor.state import TailorState
from cvtailor.text.cvtext import evidence_corpus
from cvtailor.text.vocabulary import Vocabulary, default_vocabulary


def analyze(state: TailorState, engine: Engine, ctx: Context) -> dict[str, Any]:
    """The gap_analysis step with a given engine (the node's own, or the offline fallback's).
    Questions already answered in this session or in the person's profile are not asked
    again; at most `ctx.max_questions` are asked, most important first. A described answer
    that does not show its requirement in so many words gets a yes/no follow-up first
    (`research.interview.follow_up_questions`), asked in the interview's next round."""
    report = engine.analyze_gaps(state["cv"], state["job"], state["evidence"])
    vocab = getattr(engine, "vocab", None)
    follow_ups = follow_up_questions(state["cv"], state["job"], report,
                                     vocab if isinstance(vocab, Vocabulary)
                                     else default_vocabulary(), state.get("declined"))
    answered = {*(state.get("declined") or []), *(state.get("confirmed") or {}),
                *recalled(state, report, ctx, vocab).requirements,
                *(q.requirement_id for q in follow_ups)}
    also = [q for q in second_term_questions(
        state["job"], report, evidence_corpus(state["cv"]), vocab if isinstance(
            vocab, Vocabulary) else default_vocabulary(), state.get("asked") or [],
        state.get("declined") or []) if q.requirement_id not in {f.requirement_id
                                                                 for f in follow_ups}]
    report.questions = [*follow_ups, *(q for q in report.questions
                                       if q.requirement_id not in answered),
                        *also][:ctx.max_questions]
    emit({"type": "gap_report", "coverage": report.coverage,
          "matched": len(report.by_status("matched")), "partial": len(report.by_status("partial")),
          "gaps": len(report.by_status("gap"))})
    return {"gap_report": report, "stage": "gap_analyzed"}


@timed("gap_analysis")
def gap_analysis(state: TailorState, runtime: Runtime[Context]) -> dict[str, Any]:
    """Classify every requirement with the run's engine."""
    return analyze(state, engine_for(runtime, "gap_analysis"), settings(runtime))


gap_analysis_offline = offline_fallback("gap_analysis", analyze, lambda state: "gap_review")
