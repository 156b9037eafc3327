"""research: for every requirement, the CV items that evidence it (with scores), including
what the person confirmed or described in the gap interview (`research.interview`).

Not an engine step: whatever engine runs, explicit evidence comes from the vocabulary (names,
aliases, tool -> capability relations, work phrases) and semantic candidates from an embedded
Chroma index of the CV's items, queried with each requirement; those rank and prompt gap
questions but never decide.
"""

from __future__ import annotations

import logging
from typing import Any

from langgraph.runtime import Runtime

from cvtailor.checks.fabrication import strip_pii
from cvtailor.context import Context, current_session
from cvtailor.nodes.common import settings, timed, vocabulary_for
from cvtailor.research.evidence import add_semantic, find_evidence
from cvtailor.research.interview import answer_evidence, merge_evidence, without_declined
from cvtailor.state import TailorState
from cvtailor.text.cvtext import evidence_corpus, not_work_ids, own_claims, summary_ids

log = logging.getLogger(__name__)


@timed("research")
def research(state: TailorState, runtime: Runtime[Context]) -> dict[str, Any]:
    """Explicit evidence for every requirement, plus semantic candidates when enabled."""
    cv, job = state["cv"], state["job"]
    vocab = vocabulary_for(runtime)
    declined = list(state.get("declined") or [])
    ctx = settings(runtime)
    evidence = merge_evidence(find_evidence(cv, job, vocab), state.get("confirmed") or {},
                              answer_evidence(cv, job, vocab, semantic=ctx.semantic))
    if not ctx.semantic:
        return {"evidence": without_declined(evidence, declined)}
    from cvtailor.semantic import index as retrieval

    # Personal data left out of the CV (IDs, dates of birth, addresses) never enters the index,
    # nor what a line says the person received or wishes for ("learning from senior mentors").
    corpus = {cid: strip_pii(own_claims(text)) for cid, text in evidence_corpus(cv).items()}
    try:
        found = retrieval.search(corpus, {r.id: r.text for r in job.requirements},
                                 index_dir=ctx.index_dir or None, session=current_session())
    except Exception as exc:
        log.warning("semantic search unavailable: %s", exc)
        return {"evidence": without_declined(evidence, declined),
                "warnings": [f"Semantic search was unavailable ({type(exc).__name__}); "
                             "explicit evidence only"]}
    return {"evidence": without_declined(add_semantic(evidence, found, corpus, job, vocab,
                                                      not_work_ids(cv), summary_ids(cv)),
                                         declined)}
