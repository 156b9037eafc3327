"""write_item: rewrite one item (one Send each). Engine failures degrade, never kill the run:
the offline engine takes over for this item (`generated_fallback`); if that fails too the
original text is kept (`generation_failed`)."""

from __future__ import annotations

import logging
from typing import Any

from langgraph.runtime import Runtime
from langgraph.types import Command, Send

from cvtailor.context import Context
from cvtailor.engines import get_engine
from cvtailor.engines.llm.errors import classify
from cvtailor.models import Draft, ItemStatus, WriteTask
from cvtailor.nodes.common import engine_for, settings, timed
from cvtailor.state import ItemPayload

log = logging.getLogger(__name__)


@timed("write_item")
def write_item(state: ItemPayload, runtime: Runtime[Context]) -> Command[Any]:
    task: WriteTask = state["task"]
    item_id = task.item.id
    try:
        draft = engine_for(runtime).write_item(task)
    except Exception as exc:
        reason = f"{classify(exc)}: {type(exc).__name__}: {exc}"[:300]
        log.warning("write_item %s failed (%s)", item_id, reason)
        try:
            if settings(runtime).engine == "offline":
                raise
            draft = get_engine("offline").write_item(task)
            draft.status = ItemStatus.GENERATED_FALLBACK
            draft.error = reason
        except Exception:
            draft = Draft(item_id=item_id, text=task.item.original,
                          original=task.item.original, evidence=[item_id], engine="none",
                          attempt=task.attempt, round=task.round,
                          status=ItemStatus.GENERATION_FAILED, error=reason)
        warning = f"Item {item_id}: the writer failed ({reason}); " + (
            "the offline engine wrote it instead" if draft.status == "generated_fallback"
            else "the original text is kept")
        return Command(update={"drafts": {item_id: draft}, "warnings": [warning],
                               "errors": [f"{item_id}: {reason}"]},
                       goto=Send("qa_item", {"task": task, "draft": draft}))
    draft.attempt, draft.round = task.attempt, task.round
    return Command(update={"drafts": {item_id: draft}},
                   goto=Send("qa_item", {"task": task, "draft": draft}))
