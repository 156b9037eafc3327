"""cover_letter (opt-in, `Context.cover_letter`): a cover letter from the same evidence as the
CV, after assemble; the fabrication guard checks every sentence, then the person approves it
at letter_review.

The writer's engine writes it: the LLM engine with the `cover_letter` prompt, the offline
engine (and any engine without a `cover_letter` method) with real sentences built from the
top evidenced requirements and the CV's own achievements. A model letter that fails, or
whose sentences the guard mostly refuses, is replaced by the offline letter. `letter_route`
is assemble's outgoing route: here once per session, then straight to export.
"""

from __future__ import annotations

from typing import Any

from langgraph.runtime import Runtime

from cvtailor.checks.letter import guard_letter, letter_evidence
from cvtailor.context import Context
from cvtailor.engines import Engine
from cvtailor.engines.offline.letter import offline_letter
from cvtailor.models import Letter, sentences
from cvtailor.nodes.common import engine_for, offline_fallback, settings, timed
from cvtailor.state import TailorState
from cvtailor.text.vocabulary import default_vocabulary

# A model letter that loses more than this share of its sentences to the guard is replaced.
MAX_DROPPED = 1 / 3


def letter_route(state: TailorState, runtime: Runtime[Context]) -> str:
    """assemble -> cover_letter when a letter is wanted and none was decided yet, else
    export (an edit of the completed CV re-exports the letter it has)."""
    wanted = settings(runtime).cover_letter and state.get("cover_letter") is None
    return "cover_letter" if wanted else "export"


def write_letter(state: TailorState, engine: Engine, ctx: Context) -> dict[str, Any]:
    """The letter with a given engine, guarded (the node's own, or the offline fallback's)."""
    prior: Letter | None = state.get("cover_letter")
    feedback = prior.feedback if prior is not None else ""
    round_no = prior.round + 1 if prior is not None else 1
    final = state.get("final_cv") or state["cv"]
    vocab = getattr(engine, "vocab", None) or default_vocabulary()
    evidence = letter_evidence(state["cv"], state.get("final_cv"), state["job"],
                               [a.text for a in state.get("answers") or []])
    write = getattr(engine, "cover_letter", None)
    letter: Letter = (write(final, state["job"], state["gap_report"], feedback=feedback)
                      if write is not None else
                      offline_letter(final, state["job"], state["gap_report"], vocab))
    checked = guard_letter(letter, evidence, vocab)
    warnings: list[str] = []
    total = sum(len(sentences(p)) for p in letter.paragraphs) or 1
    dropped = len(checked.qa.issues) if checked.qa else 0
    if letter.engine != "offline" and dropped / total > MAX_DROPPED:
        warnings.append(f"cover_letter: the guard refused {dropped} of {total} sentences of "
                        "the model's letter; the offline letter is used")
        checked = guard_letter(offline_letter(final, state["job"], state["gap_report"], vocab),
                               evidence, vocab)
        checked = checked.model_copy(update={"raw_output": letter.raw_output})
    checked = checked.model_copy(update={"round": round_no, "feedback": feedback,
                                         "status": "draft"})
    return {"cover_letter": checked, "warnings": warnings}


@timed("cover_letter")
def cover_letter(state: TailorState, runtime: Runtime[Context]) -> dict[str, Any]:
    """Write the cover letter with the writer's engine and guard every sentence."""
    return write_letter(state, engine_for(runtime, "write_item"), settings(runtime))


cover_letter_offline = offline_fallback("cover_letter", write_letter, lambda _: "letter_review")
