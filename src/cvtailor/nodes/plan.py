"""plan: what to rewrite and which evidenced JD terms each item carries; the sections the plan
adds (key qualifications, a summary) join the CV here."""

from __future__ import annotations

from typing import Any

from langgraph.runtime import Runtime

from cvtailor.context import Context
from cvtailor.engines import Engine
from cvtailor.nodes.common import emit, engine_for, offline_fallback, settings, timed
from cvtailor.state import TailorState


def make_plan(state: TailorState, engine: Engine, ctx: Context) -> dict[str, Any]:
    """The plan step with a given engine (the node's own, or the offline fallback's)."""
    the_plan = engine.plan(state["cv"], state["job"], state["gap_report"],
                           level=ctx.customization_level,
                           key_qualifications=ctx.key_qualifications)
    item_ids = [p.item_id for p in the_plan.items]
    emit({"type": "plan", "items": len(item_ids)})
    return {"plan": the_plan, "cv": the_plan.added_to(state["cv"]), "round": 1,
            "round_items": item_ids}


@timed("plan")
def plan(state: TailorState, runtime: Runtime[Context]) -> dict[str, Any]:
    """Plan the rewrite with the run's engine."""
    return make_plan(state, engine_for(runtime, "plan"), settings(runtime))


plan_offline = offline_fallback("plan", make_plan)
