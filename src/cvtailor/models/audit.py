"""What the user did, kept: the audit log of decisions and answers, and one version per review
round (what was shown, what was decided, what resulted)."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, Field, TypeAdapter

from cvtailor.models.drafts import DecidedBy, Decision, Draft, ReviewAction


def _unset(value: Any) -> bool:
    return value is None


class DecisionEvent(BaseModel):
    """A decision on one draft at review (`text` for an edit, `feedback` when given)."""

    at: str
    event: Literal["decision"] = "decision"
    item: str
    round: int
    action: ReviewAction
    by: DecidedBy
    text: str | None = Field(default=None, exclude_if=_unset)
    feedback: str | None = Field(default=None, exclude_if=_unset)

    @classmethod
    def of(cls, item_id: str, decision: Decision, at: str) -> DecisionEvent:
        """The audit entry of `decision` on item `item_id`."""
        return cls(at=at, item=item_id, round=decision.round, action=decision.action,
                   by=decision.by, text=decision.text if decision.action == "edit" else None,
                   feedback=decision.feedback or None)


class AnswerEvent(BaseModel):
    """An answer to a gap question (the only way a new fact enters the CV)."""

    at: str
    event: Literal["answer"] = "answer"
    question_id: str
    text: str


AuditEntry = Annotated[DecisionEvent | AnswerEvent, Field(discriminator="event")]
_AUDIT: TypeAdapter[list[DecisionEvent | AnswerEvent]] = TypeAdapter(list[AuditEntry])


def audit_entries(rows: Any) -> list[DecisionEvent | AnswerEvent]:
    """Audit entries from state (models, or the dicts of sessions older than the models)."""
    return _AUDIT.validate_python(list(rows or []))


class VersionItem(BaseModel):
    """One item in a review round: the draft shown, the action taken, the text that resulted."""

    draft: str
    action: ReviewAction
    final: str


class Version(BaseModel):
    """A version of the CV the user can list, compare and pin: a review round (`kind`
    "review"), or an edit of a completed CV (`kind` "edit"). `round` is its number."""

    round: int
    at: str
    items: dict[str, VersionItem] = Field(default_factory=dict)
    kind: Literal["review", "edit"] = "review"

    @classmethod
    def of(cls, round_no: int, at: str, drafts: dict[str, Draft],
           decisions: dict[str, Decision]) -> Version:
        """The version a round's decisions on its drafts make."""
        return cls(round=round_no, at=at, items={
            i: VersionItem(draft=drafts[i].text, action=d.action,
                           final=d.text if d.action == "edit" else drafts[i].original
                           if d.action == "reject" else drafts[i].text)
            for i, d in decisions.items()})


class ItemDiff(BaseModel):
    """One item that reads differently in two versions: both texts and the word diff
    (('same'|'del'|'ins', words) in reading order; '' = the item is not in that version)."""

    id: str
    section: str = ""
    a: str
    b: str
    ops: list[tuple[str, str]] = Field(default_factory=list)


class VersionDiff(BaseModel):
    """What changed between version `a` and version `b` (0 = the original CV), item by item."""

    a: int
    b: int
    items: list[ItemDiff] = Field(default_factory=list)
    unchanged: int = Field(default=0, description="Items that read the same in both.")


_VERSIONS: TypeAdapter[list[Version]] = TypeAdapter(list[Version])


def versions_of(rows: Any) -> list[Version]:
    """Versions from state (models, or the dicts of sessions older than the models)."""
    return _VERSIONS.validate_python(list(rows or []))
