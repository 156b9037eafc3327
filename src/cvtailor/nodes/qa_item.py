"""qa_item: check one draft. A failed draft goes back to the writer with the findings until
the attempts run out; then a model's item gets the offline engine's draft when that passes QA
(`generated_fallback`), otherwise the original text is kept and the item is flagged. A settled
item goes to join_round, which waits for the rest of the round."""

from __future__ import annotations

from typing import Any

from langgraph.runtime import Runtime
from langgraph.types import Command, Send

from cvtailor.checks.fabrication import check_draft
from cvtailor.context import Context
from cvtailor.engines import get_engine
from cvtailor.models import Draft, ItemStatus, WriteTask
from cvtailor.nodes.common import emit, settings, timed, vocabulary_for
from cvtailor.state import ItemPayload
from cvtailor.text.duties.newcomers import trained_as


@timed("qa_item")
def qa_item(state: ItemPayload, runtime: Runtime[Context]) -> Command[Any]:
    """Check the draft against its evidence; retry, or settle the item."""
    task: WriteTask = state["task"]
    draft: Draft = state["draft"]
    evidence = [i.original or i.text for i in task.evidence_items]
    if task.item.original and task.item.original not in evidence:
        evidence.append(task.item.original)
    evidence += task.plan.attested  # what the person confirmed this item shows
    # people the line teaches, attested, are trained by it: "training apprentices" says no
    # more than "apprentices" of "Show the two learners ... how to block a crown" (the ad's
    # "anyone who trains apprentices" is then no new claim)
    line = task.item.original or task.item.text
    evidence += [taught for term in task.plan.attested if (taught := trained_as(term, line))]
    # the person's answers that tell this line again
    evidence += [str(given.get("answer", "")) for given in task.item.retellings()]
    result = check_draft(draft, evidence, vocabulary_for(runtime),
                         planned_keywords=draft.keywords,
                         job_terms=[*task.job_keywords, *task.job_terms])
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
        checked = offline_instead(task, checked, evidence, runtime) or checked.model_copy(
            update={
                "text": task.item.original,  # a new item (no original) is dropped
                "status": ItemStatus.GENERATION_FAILED,
                "error": "QA failed after every attempt; the original text is kept",
            })
    emit({"type": "qa", "item": task.item.id, "passed": result.passed, "retry": False})
    update: dict[str, Any] = {"drafts": {task.item.id: checked.model_copy(
        update={"settled": True})}}
    if checked.status == ItemStatus.GENERATED_FALLBACK and checked.engine == "offline" \
            and draft.engine != "offline":
        update["warnings"] = [f"Item {task.item.id}: {checked.error}"]
    return Command(update=update, goto="join_round")


def offline_instead(task: WriteTask, failed: Draft, evidence: list[str],
                    runtime: Runtime[Context]) -> Draft | None:
    """The offline engine's draft of an item whose model drafts QA rejected every time, when
    it passes QA itself (so a drifting model never leaves an item worse than the offline
    engine would); None when the writer was the offline engine or its draft fails too."""
    if settings(runtime).engine == "offline" or failed.engine in ("offline", "none"):
        return None
    fresh = task.model_copy(update={"attempt": 1, "qa_findings": []})
    try:
        draft = get_engine("offline").write_item(fresh)
    except Exception:
        return None
    result = check_draft(draft, evidence, vocabulary_for(runtime),
                         planned_keywords=draft.keywords,
                         job_terms=[*task.job_keywords, *task.job_terms])
    if not result.passed:
        return None
    codes = sorted({i.code for i in (failed.qa.issues if failed.qa else [])
                    if i.severity == "error"})
    return draft.model_copy(update={
        "qa": result, "attempt": task.attempt, "round": task.round,
        "status": ItemStatus.GENERATED_FALLBACK,
        "error": (f"QA rejected the {failed.engine} drafts ({', '.join(codes)}) after every "
                  "attempt; the offline engine wrote it"),
    })
