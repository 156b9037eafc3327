"""join_round: the barrier of the write/QA fan-out.

Every settled item of a review round arrives here (items settle at different times: QA may
send some back to the writer). `round_settled` routes to review once every item of the round
has a settled draft of this round, and nowhere before. LangGraph's `defer=True` does not wait
for `Send` tasks, so the join is a node and an edge of its own.
"""

from __future__ import annotations

from typing import Any

from cvtailor.nodes.common import timed
from cvtailor.state import TailorState


@timed("join_round")
def join_round(state: TailorState) -> dict[str, Any]:
    """A meeting point; the route decides."""
    return {}


def waiting_items(state: TailorState) -> list[str]:
    """Items of the current round without a settled draft of this round."""
    round_no = state.get("round", 1)
    drafts = state.get("drafts") or {}
    return [i for i in state.get("round_items") or []
            if i not in drafts or drafts[i].round != round_no or not drafts[i].settled]


def round_settled(state: TailorState) -> list[str]:
    """To review when the round is complete; nowhere (wait for the others) until then."""
    return [] if waiting_items(state) else ["review"]
