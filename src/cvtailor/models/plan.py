"""The improvement plan: which items to rewrite with which evidenced keywords, and what to add."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field
from pydantic.json_schema import SkipJsonSchema

from cvtailor.models.cv import CVSection, StructuredCV


class ItemPlan(BaseModel):
    """What to do with one item: the evidenced keywords to carry, and why."""

    item_id: str
    keywords: list[str] = Field(default_factory=list, description="Evidenced JD terms to carry.")
    evidence: list[str] = Field(default_factory=list)
    reason: str = ""
    role_title: str = Field(default="", description="For a new summary: the CV's latest title.")
    attested: list[str] = Field(
        default_factory=list,
        description="JD terms the person confirmed this item shows (gap interview): they may "
                    "be written into it even where no named tool implies them.")


class SectionRecommendation(BaseModel):
    """A per-section recommendation: what, why, before and after."""

    section: str
    what: str
    why: str
    before: str = ""
    after: str = ""


class Plan(BaseModel):
    """The improvement plan: items to rewrite, keywords, key qualifications, additions."""

    summary: str = ""
    customization_level: Literal["light", "moderate", "extensive"] = "moderate"
    keywords: list[str] = Field(default_factory=list, description="Evidenced keywords to emphasise.")
    items: list[ItemPlan] = Field(default_factory=list)
    key_qualifications: list[str] = Field(default_factory=list)
    recommendations: list[SectionRecommendation] = Field(default_factory=list)
    # Sections the plan adds to the CV (key qualifications, a summary), in CV order. The
    # engine plans them; the plan node adds them (`added_to`). Not asked of a model.
    additions: SkipJsonSchema[list[CVSection]] = Field(default_factory=list)

    def for_item(self, item_id: str) -> ItemPlan | None:
        """The plan for one item, if the plan touches it."""
        return next((p for p in self.items if p.item_id == item_id), None)

    def added_to(self, cv: StructuredCV) -> StructuredCV:
        """A copy of `cv` with the planned sections in front (none already there is doubled)."""
        out = cv.model_copy(deep=True)
        have = {s.id for s in out.sections}
        new = [s.model_copy(deep=True) for s in self.additions if s.id not in have]
        out.sections = [*new, *out.sections]
        return out
