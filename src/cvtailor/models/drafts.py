"""A writer's draft of one item, its QA verdict, the task that asks for it, and the user's
decision on it at review."""

from __future__ import annotations

from typing import Literal, Self

from pydantic import BaseModel, ConfigDict, Field, model_validator

from cvtailor.models.cv import CVItem, ItemStatus, SectionKind
from cvtailor.models.plan import ItemPlan


class QAIssue(BaseModel):
    """One QA finding on a draft (an error fails it)."""

    code: str
    severity: Literal["error", "warning"] = "error"
    message: str


class QAResult(BaseModel):
    """QA's verdict on one draft: passed, a score, the findings."""

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
    feedback_note: str = Field(default="", description=(
        "What the writer did with the review feedback ('shortened from 31 to 19 words', "
        "'Terraform is not evidenced by this item; not added')."))
    error: str = ""
    settled: bool = Field(default=False, description="QA is final for this round.")


class FeedbackRequest(BaseModel):
    """What a reviewer's regenerate feedback asks for, as the offline engine reads it."""

    text: str = ""
    shorter: bool = Field(default=False, description="Drop clauses and qualifiers, no facts.")
    keep_wording: bool = Field(default=False, description=(
        "The original text back, with at most the JD's spellings of what it names."))
    formal: bool = Field(default=False, description="No contractions or casual words.")
    mention: list[str] = Field(default_factory=list, description=(
        "Terms to work in, each only when the item's evidence shows it."))

    @property
    def understood(self) -> bool:
        """Whether any request was recognised."""
        return self.shorter or self.keep_wording or self.formal or bool(self.mention)


class WriteTask(BaseModel):
    """The payload `plan` and `review` Send to `write_item`: all one item needs, no more."""

    item: CVItem
    section: SectionKind
    plan: ItemPlan
    evidence_items: list[CVItem] = Field(default_factory=list)
    job_keywords: list[str] = Field(default_factory=list)
    job_terms: list[str] = Field(default_factory=list, description=(
        "Every term of the JD (requirement keywords): the guard refuses one the evidence "
        "does not show."))
    attempt: int = 1
    round: int = 1
    feedback: str = ""
    qa_findings: list[QAIssue] = Field(default_factory=list)
ReviewAction = Literal["accept", "edit", "reject", "regenerate"]
DecidedBy = Literal["user", "auto", "default"]
REVIEW_ACTIONS: tuple[ReviewAction, ...] = ("accept", "edit", "reject", "regenerate")


class ItemDecision(BaseModel):
    """What the user says about one draft: accept it, reject it (the original stays), edit it
    (`text` is the new text) or regenerate it (`feedback` says what should change)."""

    model_config = ConfigDict(extra="forbid")

    action: ReviewAction
    text: str = Field(default="", description="For edit: the item's new text.")
    feedback: str = Field(default="", description="For regenerate: what should change.")

    @model_validator(mode="after")
    def _edit_has_text(self) -> Self:
        if self.action == "edit" and not self.text.strip():
            raise ValueError('an edit needs the new text: {"action": "edit", "text": "..."}')
        return self


class Decision(ItemDecision):
    """The user's verdict on one draft at review, as recorded: which round, and who made it
    (`user`; `auto` when auto-approving; `default` for an item the answer did not name)."""

    round: int = 0
    by: DecidedBy = "user"
