"""plan: what to rewrite and which evidenced JD terms each item carries; then one Send per item."""

from __future__ import annotations

from typing import Any

from langgraph.runtime import Runtime
from langgraph.types import Send

from cvtailor.context import Context
from cvtailor.nodes.common import emit, engine_for, make_write_task, settings, timed
from cvtailor.state import TailorState


@timed("plan")
def plan(state: TailorState, runtime: Runtime[Context]) -> dict[str, Any]:
    ctx = settings(runtime)
    the_plan, cv = engine_for(runtime).plan(
        state["cv"], state["job"], state["gap_report"],
        level=ctx.customization_level, key_qualifications=ctx.key_qualifications,
    )
    item_ids = [p.item_id for p in the_plan.items]
    emit({"type": "plan", "items": len(item_ids)})
    return {"plan": the_plan, "cv": cv, "round": 1, "round_items": item_ids}


def send_writes(state: TailorState) -> list[Send] | str:
    """Fan out: one write_item task per planned item; nothing to write goes straight to review."""
    sends = []
    for item_id in state.get("round_items") or []:
        task = make_write_task(state, item_id, round=state.get("round", 1))
        if task is not None:
            sends.append(Send("write_item", {"task": task}))
    return sends or "review"
