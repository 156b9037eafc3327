"""research: for every requirement, the CV items that evidence it (with scores)."""

from __future__ import annotations

from typing import Any

from langgraph.runtime import Runtime

from cvtailor.context import Context
from cvtailor.nodes.common import engine_for, timed
from cvtailor.state import TailorState


@timed("research")
def research(state: TailorState, runtime: Runtime[Context]) -> dict[str, Any]:
    return {"evidence": engine_for(runtime).research(state["cv"], state["job"])}
