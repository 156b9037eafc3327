"""review (interrupt): every draft with its diff, QA and evidence; one decision per item.

Reached once per round, after join_round. Asks with a `ReviewPayload`; resumes with
`{"decisions": {item_id: decision}}` (items not named are accepted) or `{"accept_all": true}`
(`{}` / None too). An invalid answer is asked again with `error` set. `regenerate` re-sends
only those items, with the feedback, as a new round.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from langgraph.runtime import Runtime
from langgraph.types import Command, Send

from cvtailor.context import Context
from cvtailor.models import Decision, DecisionEvent, Draft, ReviewItem, ReviewPayload, Version
from cvtailor.nodes.common import ask, make_write_task, settings, timed
from cvtailor.state import TailorState


def pending_drafts(state: TailorState) -> list[Draft]:
    """The round's drafts that have no decision yet, in plan order."""
    drafts = state.get("drafts") or {}
    decisions = state.get("decisions") or {}
    out = []
    for item_id in (p.item_id for p in state["plan"].items):
        draft = drafts.get(item_id)
        decision = decisions.get(item_id)
        if draft is not None and (decision is None or decision.round < draft.round):
            out.append(draft)
    return out


def review_payload(state: TailorState, drafts: list[Draft]) -> ReviewPayload:
    """What the review asks: the round's pending drafts, where each sits in the CV, its QA."""
    cv = state["cv"]
    items = []
    for d in drafts:
        located = cv.locate(d.item_id)
        items.append(ReviewItem(
            id=d.item_id, section=located[0].heading if located else "",
            entry=located[1].heading if located else "", original=d.original, draft=d.text,
            status=d.status, keywords=d.keywords, evidence=d.evidence, qa=d.qa, engine=d.engine,
            feedback_note=d.feedback_note,
        ))
    return ReviewPayload.of(state.get("round", 1), items)


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
        decisions = ask(review_payload(state, pending))
    now = datetime.now(UTC).isoformat()
    update: dict[str, Any] = {
        "decisions": decisions,
        "audit": [DecisionEvent.of(i, d, at=now) for i, d in decisions.items()],
        "versions": [Version.of(round_no, now, drafts, decisions)],
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
