"""Graph state: a TypedDict whose concurrently-written keys have reducers.

Domain values inside are Pydantic models (see `models`), registered with the checkpointer's
serializer in `store`, so a checkpoint loads back into the same types.
"""

from __future__ import annotations

import operator
from typing import Annotated, Any, NotRequired, TypedDict

from cvtailor.models import (
    Answer,
    AssemblyResult,
    AuditEntry,
    Decision,
    Draft,
    Evidence,
    GapReport,
    JobPosting,
    Plan,
    StructuredCV,
    Usage,
    Version,
    WriteTask,
)

# Workflow stages in the order a run moves through them; `cancelled` can come from anywhere.
STAGES = ("draft", "cv_loaded", "jd_loaded", "gap_analyzed", "rewrite_applied", "exported")


def merge_dict(left: dict[str, Any] | None, right: dict[str, Any] | None) -> dict[str, Any]:
    """Keyed merge: parallel writers (one per item) each own their keys; later writes win."""
    return {**(left or {}), **(right or {})}


def latest_stage(left: str | None, right: str | None) -> str:
    """parse_cv and parse_jd finish in the same step; keep the stage furthest along."""
    if right == "cancelled" or left == "cancelled":
        return "cancelled"
    if not left:
        return right or "draft"
    if not right:
        return left
    return max(left, right, key=lambda s: STAGES.index(s) if s in STAGES else -1)


def add_usage(left: Usage | None, right: Usage | None) -> Usage:
    return (left or Usage()) + (right or Usage())


def add_timings(left: dict[str, float] | None, right: dict[str, float] | None) -> dict[str, float]:
    out = dict(left or {})
    for node, seconds in (right or {}).items():
        out[node] = round(out.get(node, 0.0) + seconds, 4)
    return out


def add_unique(left: list[str] | None, right: list[str] | None) -> list[str]:
    out = list(left or [])
    out.extend(x for x in (right or []) if x not in out)
    return out


class TailorInput(TypedDict, total=False):
    """What a run starts from. Only `cv_text` and `jd_text` are required. `job_title` and
    `job_company` are the user's corrections of what the JD parser finds: when given, they
    replace the parsed title and company (recorded with source "user")."""

    cv_text: str
    cv_format: str  # "auto" (default), "markdown", "text", "jsonresume"
    cv_name: str
    jd_text: str
    jd_format: str
    jd_name: str
    answers: list[Answer]
    job_title: str  # the job title as the user names it (overrides the parsed one)
    job_company: str  # the hiring company as the user names it (overrides the parsed one)
    # What reading the inputs left out or doubts (hidden text, boilerplate, a JD in another
    # language than the CV...): the run starts with these warnings.
    warnings: Annotated[list[str], add_unique]


class TailorState(TailorInput, total=False):
    stage: Annotated[str, latest_stage]
    cv: StructuredCV
    job: JobPosting
    evidence: dict[str, list[Evidence]]
    gap_report: GapReport
    interviewed: bool
    # The interview's outcome: evidence the person confirmed (requirement id -> CV lines) and
    # requirements they said they do not have (never asked again, never claimed).
    confirmed: Annotated[dict[str, list[Evidence]], merge_dict]
    declined: Annotated[list[str], add_unique]
    plan: Plan
    round: int
    round_items: list[str]
    drafts: Annotated[dict[str, Draft], merge_dict]
    decisions: Annotated[dict[str, Decision], merge_dict]
    versions: Annotated[list[Version], operator.add]
    audit: Annotated[list[AuditEntry], operator.add]
    final_cv: StructuredCV
    result: AssemblyResult
    outputs: dict[str, str]
    errors: Annotated[list[str], operator.add]
    usage: Annotated[Usage, add_usage]
    timings: Annotated[dict[str, float], add_timings]


class TailorOutput(TypedDict, total=False):
    """What a finished run returns to a caller (the server's output schema)."""

    stage: str
    final_cv: StructuredCV
    gap_report: GapReport
    result: AssemblyResult
    outputs: dict[str, str]
    warnings: list[str]
    errors: list[str]


class ItemPayload(TypedDict):
    """What a `Send` carries to write_item / qa_item: one item's task (and its draft for QA)."""

    task: WriteTask
    draft: NotRequired[Draft]


class BudgetStop(TypedDict):
    """What a `Send` carries to cost_cap: the model step the run stopped before, and for
    write_item the item's task (so only that item is written once the cap is raised)."""

    before: str
    task: NotRequired[WriteTask]
