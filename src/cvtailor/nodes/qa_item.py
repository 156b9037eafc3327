"""qa_item: check one draft. A failed draft goes back to the writer with the findings until
the attempts run out; then the original text is kept and the item is flagged. A settled item
goes to join_round, which waits for the rest of the round."""

from __future__ import annotations

from typing import Any

from langgraph.runtime import Runtime
from langgraph.types import Command, Send

from cvtailor.checks.fabrication import check_draft
from cvtailor.context import Context
from cvtailor.models import Draft, ItemStatus, WriteTask
from cvtailor.nodes.common import emit, settings, timed, vocabulary_for
from cvtailor.state import ItemPayload


@timed("qa_item")
def qa_item(state: ItemPayload, runtime: Runtime[Context]) -> Command[Any]:
    """Check the draft against its evidence; retry, or settle the item."""
    task: WriteTask = state["task"]
    draft: Draft = state["draft"]
    evidence = [i.original or i.text for i in task.evidence_items]
    if task.item.original and task.item.original not in evidence:
        evidence.append(task.item.original)
    evidence += task.plan.attested  # what the person confirmed this item shows
    result = check_draft(draft, evidence, vocabulary_for(runtime),
                         planned_keywords=draft.keywords)
    checked = draft.model_copy(update={"qa": result})

    if not result.passed and draft.status != ItemStatus.GENERATION_FAILED:
        if task.attempt < settings(runtime).max_attempts:
            retry = task.model_copy(update={
                "attempt": task.attempt + 1,
                "qa_findings": [i for i in result.issues if i.severity == "error"],
            })
            emit({"type": "qa", "item": task.item.id, "passed": False, "retry": True})
            return Command(update={"drafts": {task.item.id: checked}},
                           goto=Send("write_item", {"task": retry}))
        checked = checked.model_copy(update={
            "text": task.item.original,  # a new item (no original) is dropped
            "status": ItemStatus.GENERATION_FAILED,
            "error": "QA failed after every attempt; the original text is kept",
        })
    emit({"type": "qa", "item": task.item.id, "passed": result.passed, "retry": False})
    return Command(update={"drafts": {task.item.id: checked.model_copy(update={"settled": True})}},
                   goto="join_round")
