"""A writer's draft of one item, its QA verdict, and the task that asks for it."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from cvtailor.models.cv import CVItem, ItemStatus, SectionKind
from cvtailor.models.plan import ItemPlan


class QAIssue(BaseModel):
    code: str
    severity: Literal["error", "warning"] = "error"
    message: str


class QAResult(BaseModel):
    item_id: str
    passed: bool
    score: float = 1.0
    issues: list[QAIssue] = Field(default_factory=list)


class Draft(BaseModel):
    """A writer's proposal for one item, with its QA verdict once checked."""

    item_id: str
    text: str
    original: str
    evidence: list[str] = Field(default_factory=list)
    keywords: list[str] = Field(default_factory=list)
    raw_output: str | None = None
    engine: str = "offline"
    attempt: int = 1
    round: int = 1
    status: ItemStatus = ItemStatus.GENERATED
    qa: QAResult | None = None
    feedback: str = ""
    error: str = ""
    settled: bool = Field(default=False, description="QA is final for this round.")


class WriteTask(BaseModel):
    """The payload `plan` and `review` Send to `write_item`: all one item needs, no more."""

    item: CVItem
    section: SectionKind
    plan: ItemPlan
    evidence_items: list[CVItem] = Field(default_factory=list)
    job_keywords: list[str] = Field(default_factory=list)
    attempt: int = 1
    round: int = 1
    feedback: str = ""
    qa_findings: list[QAIssue] = Field(default_factory=list)
class Decision(BaseModel):
    """The user's verdict on one draft at review."""

    action: Literal["accept", "edit", "reject", "regenerate"]
    text: str = ""
    feedback: str = ""
    round: int = 0
    by: Literal["user", "auto", "default"] = "user"
