"""write_item: rewrite one item (one Send each), then QA checks it.

Failures: transient model errors are retried by the node's retry policy; when the node fails
for good, its error handler (`fallback.write_item_offline`) has the offline engine write the
item (or keeps its original text). Over the session's cost cap, the item goes to cost_cap instead and is written once the
cap is raised.
"""

from __future__ import annotations

import logging
from typing import Any

from langgraph.errors import NodeError
from langgraph.runtime import Runtime
from langgraph.types import Command, Send

from cvtailor.context import Context
from cvtailor.engines import get_engine
from cvtailor.guards import budget
from cvtailor.models import Draft, ItemStatus, WriteTask
from cvtailor.nodes.common import engine_for, reason_of, settings, stop_before, timed
from cvtailor.state import ItemPayload

log = logging.getLogger(__name__)


@timed("write_item")
def write_item(state: ItemPayload, runtime: Runtime[Context]) -> Command[Any]:
    """Write one item with the run's engine, or stop at the cost cap."""
    task: WriteTask = state["task"]
    if budget.over_budget(settings(runtime)):
        return Command(goto=stop_before("write_item", task=task))
    draft = engine_for(runtime, "write_item").write_item(task)
    draft.attempt, draft.round = task.attempt, task.round
    return Command(update={"drafts": {task.item.id: draft}},
                   goto=Send("qa_item", {"task": task, "draft": draft}))


@timed("write_item")
def write_item_offline(state: ItemPayload, runtime: Runtime[Context], error: NodeError
                       ) -> Command[Any]:
    """The item's writer failed for good: the offline engine writes it (`generated_fallback`);
    if that fails too, or the writer was the offline engine, the original text is kept."""
    task: WriteTask = state["task"]
    item_id = task.item.id
    reason = reason_of(error.error)
    log.warning("write_item %s failed (%s)", item_id, reason)
    try:
        if settings(runtime).engine == "offline":
            raise error.error
        draft = get_engine("offline").write_item(task)
        draft.status, draft.error = ItemStatus.GENERATED_FALLBACK, reason
    except Exception:
        draft = Draft(item_id=item_id, text=task.item.original, original=task.item.original,
                      evidence=[item_id], engine="none", status=ItemStatus.GENERATION_FAILED,
                      error=reason)
    draft.attempt, draft.round = task.attempt, task.round
    warning = f"Item {item_id}: the writer failed ({reason}); " + (
        "the offline engine wrote it instead" if draft.status == ItemStatus.GENERATED_FALLBACK
        else "the original text is kept")
    return Command(update={"drafts": {item_id: draft}, "warnings": [warning],
                           "errors": [f"{item_id}: {reason}"]},
                   goto=Send("qa_item", {"task": task, "draft": draft}))
