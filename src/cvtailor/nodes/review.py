"""review (interrupt): every draft with its diff, QA and evidence; one decision per item.

Reached once per round, after join_round. Resumes with {item_id: decision}; items not named
are accepted. `regenerate` re-sends only those items, with the feedback, as a new round.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from langgraph.runtime import Runtime
from langgraph.types import Command, Send

from cvtailor.context import Context
from cvtailor.errors import SessionError
from cvtailor.models import Decision, Draft
from cvtailor.nodes.common import make_write_task, settings, timed
from cvtailor.state import TailorState


def pending_drafts(state: TailorState) -> list[Draft]:
    drafts = state.get("drafts") or {}
    decisions = state.get("decisions") or {}
    out = []
    for item_id in (p.item_id for p in state["plan"].items):
        draft = drafts.get(item_id)
        decision = decisions.get(item_id)
        if draft is not None and (decision is None or decision.round < draft.round):
            out.append(draft)
    return out


def review_payload(state: TailorState, drafts: list[Draft]) -> dict[str, Any]:
    cv = state["cv"]
    items = []
    for d in drafts:
        located = cv.locate(d.item_id)
        items.append({
            "id": d.item_id,
            "section": located[0].heading if located else "",
            "entry": located[1].heading if located else "",
            "original": d.original,
            "draft": d.text,
            "status": d.status.value,
            "keywords": d.keywords,
            "evidence": d.evidence,
            "qa": d.qa.model_dump() if d.qa else None,
            "engine": d.engine,
        })
    return {"type": "review", "round": state.get("round", 1), "items": items}


def parse_decisions(value: Any, ids: list[str], round_no: int) -> dict[str, Decision]:
    if isinstance(value, dict) and value.get("accept_all"):
        value = {}
    if isinstance(value, dict) and "decisions" in value:
        value = value["decisions"]
    if not isinstance(value, dict):
        raise SessionError("review expects {item_id: {action, text?, feedback?}}")
    out: dict[str, Decision] = {}
    for item_id in ids:
        raw = value.get(item_id)
        if raw is None:
            out[item_id] = Decision(action="accept", round=round_no, by="default")
            continue
        if isinstance(raw, str):
            raw = {"action": raw}
        decision = Decision.model_validate({**raw, "round": round_no})
        if decision.action == "edit" and not decision.text.strip():
            raise SessionError(f"edit for {item_id} has no text")
        out[item_id] = decision
    return out


@timed("review")
def review(state: TailorState, runtime: Runtime[Context]) -> Command[Any]:
    """Ask for (or, auto-approving, make) a decision on every pending draft of the round."""
    round_no = state.get("round", 1)
    drafts = state.get("drafts") or {}
    ctx = settings(runtime)
    pending = pending_drafts(state)
    ids = [d.item_id for d in pending]
    if not pending:
        return Command(goto="assemble")
    if ctx.auto_approve or round_no > ctx.max_rounds:
        decisions = {i: Decision(action="accept", round=round_no, by="auto") for i in ids}
    else:
        from langgraph.types import interrupt

        decisions = parse_decisions(interrupt(review_payload(state, pending)), ids, round_no)
    now = datetime.now(UTC).isoformat()
    update: dict[str, Any] = {
        "decisions": decisions,
        "audit": [{"at": now, "event": "decision", "item": i, "round": round_no,
                   "action": d.action, "by": d.by,
                   **({"text": d.text} if d.action == "edit" else {}),
                   **({"feedback": d.feedback} if d.feedback else {})}
                  for i, d in decisions.items()],
        "versions": [{"round": round_no, "at": now,
                      "items": {i: {"draft": drafts[i].text, "action": d.action,
                                    "final": d.text if d.action == "edit" else drafts[i].text}
                                for i, d in decisions.items()}}],
    }
    regenerate = [i for i, d in decisions.items() if d.action == "regenerate"]
    if not regenerate:
        return Command(update=update, goto="assemble")
    sends = []
    for item_id in regenerate:
        task = make_write_task(state, item_id, round=round_no + 1,
                               feedback=decisions[item_id].feedback)
        if task is not None:
            sends.append(Send("write_item", {"task": task}))
    update.update({"round": round_no + 1, "round_items": regenerate})
    return Command(update=update, goto=sends)
