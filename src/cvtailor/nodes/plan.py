"""plan: what to rewrite and which evidenced JD terms each item carries; the sections the plan
adds (key qualifications, a summary) join the CV here. `send_writes` is its outgoing route:
one write_item task per planned item."""

from __future__ import annotations

from typing import Any

from langgraph.runtime import Runtime
from langgraph.types import Send

from cvtailor.context import Context
from cvtailor.engines import Engine
from cvtailor.nodes.common import (
    emit,
    engine_for,
    make_write_task,
    offline_fallback,
    settings,
    timed,
)
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


def send_writes(state: TailorState) -> list[Send] | str:
    """Fan out: one write_item task per planned item; nothing to write goes straight to review."""
    sends = []
    for item_id in state.get("round_items") or []:
        task = make_write_task(state, item_id, round=state.get("round", 1))
        if task is not None:
            sends.append(Send("write_item", {"task": task}))
    return sends or "review"


plan_offline = offline_fallback("plan", make_plan, send_writes)
