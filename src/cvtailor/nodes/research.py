"""research: for every requirement, the CV items that evidence it (with scores).

Explicit evidence comes from the engine (vocabulary: names, aliases, tool -> capability
relations, work phrases). Semantic candidates come from an embedded Chroma index of the CV's
items, queried with each requirement; they rank and prompt gap questions but never decide.
"""

from __future__ import annotations

import logging
from typing import Any

from langgraph.runtime import Runtime

from cvtailor.context import Context, current_session
from cvtailor.nodes.common import engine_for, settings, timed
from cvtailor.research.evidence import add_semantic
from cvtailor.state import TailorState
from cvtailor.text.cvtext import evidence_corpus
from cvtailor.text.vocabulary import default_vocabulary

log = logging.getLogger(__name__)


@timed("research")
def research(state: TailorState, runtime: Runtime[Context]) -> dict[str, Any]:
    cv, job = state["cv"], state["job"]
    evidence = engine_for(runtime).research(cv, job)
    ctx = settings(runtime)
    if not ctx.semantic:
        return {"evidence": evidence}
    from cvtailor.semantic import index as retrieval
    corpus = evidence_corpus(cv)
    session = current_session()
    try:
        found = retrieval.search(corpus, {r.id: r.text for r in job.requirements},
                                 index_dir=ctx.index_dir or None, session=session)
    except Exception as exc:
        log.warning("semantic search unavailable: %s", exc)
        return {"evidence": evidence,
                "warnings": [f"Semantic search was unavailable ({type(exc).__name__}); "
                             "explicit evidence only"]}
    return {"evidence": add_semantic(evidence, found, corpus, job, default_vocabulary())}
