"""Domain types: what a CV, a job posting, a gap report, a plan, a draft and a report are.

Every type here is a Pydantic model so that it validates at the boundary, survives the
checkpointer's serializer round-trip, and dumps to the JSON the CLI and report write.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any, Literal

from pydantic import BaseModel, Field
from pydantic.json_schema import SkipJsonSchema


class ItemStatus(StrEnum):
    INITIAL = "initial"
    GENERATED = "generated"
    GENERATED_FALLBACK = "generated_fallback"
    GENERATION_FAILED = "generation_failed"
    USER_MODIFIED = "user_modified"
    USER_ACCEPTED = "user_accepted"
    TO_REGENERATE = "to_regenerate"
    STATIC = "static"
    USER_PROVIDED = "user_provided"


class ItemType(StrEnum):
    BULLET = "bullet"
    KEY_QUALIFICATION = "key_qualification"
    SUMMARY = "summary"
    ROLE_TITLE = "role_title"
    PROJECT_BULLET = "project_bullet"
    EDUCATION = "education"
    CERTIFICATION = "certification"
    LANGUAGE = "language"
    SKILL = "skill"
    TEXT = "text"


class SectionKind(StrEnum):
    SUMMARY = "summary"
    KEY_QUALIFICATIONS = "key_qualifications"
    EXPERIENCE = "experience"
    SKILLS = "skills"
    EDUCATION = "education"
    PROJECTS = "projects"
    CERTIFICATIONS = "certifications"
    LANGUAGES = "languages"
    OTHER = "other"


# The order a recruiter expects; assemble sorts sections by it (DESIGN: validation gates).
SECTION_ORDER: tuple[SectionKind, ...] = (
    SectionKind.SUMMARY,
    SectionKind.KEY_QUALIFICATIONS,
    SectionKind.EXPERIENCE,
    SectionKind.SKILLS,
    SectionKind.EDUCATION,
    SectionKind.PROJECTS,
    SectionKind.CERTIFICATIONS,
    SectionKind.LANGUAGES,
    SectionKind.OTHER,
)


def unique_section_id(kind: SectionKind, heading: str, used: set[str]) -> str:
    """A stable section id: the kind ("experience"), or the heading's slug for "other"
    sections, numbered when taken; adds it to `used`."""
    import re

    base = re.sub(r"[^a-z0-9]+", "-", (kind.value if kind != SectionKind.OTHER else heading)
                  .lower()).strip("-") or "section"
    sid, n = base, 2
    while sid in used:
        sid, n = f"{base}-{n}", n + 1
    used.add(sid)
    return sid


class CVItem(BaseModel):
    """One rewritable unit of a CV: a bullet, a summary paragraph, a skills line..."""

    id: str
    type: ItemType = ItemType.BULLET
    text: str
    original: str = ""
    status: ItemStatus = ItemStatus.INITIAL
    raw_output: str | None = Field(default=None, description="Model output that produced text.")
    evidence: list[str] = Field(default_factory=list, description="Item ids the text rests on.")
    metadata: dict[str, Any] = Field(default_factory=dict)


# What an item in each kind of section is; facts that are never rewritten are static.
ITEM_TYPE_FOR_SECTION: dict[SectionKind, ItemType] = {
    SectionKind.SUMMARY: ItemType.SUMMARY,
    SectionKind.KEY_QUALIFICATIONS: ItemType.KEY_QUALIFICATION,
    SectionKind.EXPERIENCE: ItemType.BULLET,
    SectionKind.SKILLS: ItemType.SKILL,
    SectionKind.EDUCATION: ItemType.EDUCATION,
    SectionKind.PROJECTS: ItemType.PROJECT_BULLET,
    SectionKind.CERTIFICATIONS: ItemType.CERTIFICATION,
    SectionKind.LANGUAGES: ItemType.LANGUAGE,
    SectionKind.OTHER: ItemType.TEXT,
}
STATIC_ITEM_TYPES = frozenset({ItemType.EDUCATION, ItemType.CERTIFICATION, ItemType.LANGUAGE})


class CVEntry(BaseModel):
    """A role, a degree, a project: a heading with facts and a list of items."""

    id: str
    heading: str = Field(default="", description="The entry heading exactly as written.")
    title: str = ""
    organization: str = ""
    location: str = ""
    dates: str = Field(default="", description="The date range exactly as written.")
    details: list[str] = Field(default_factory=list, description="Other heading lines, verbatim.")
    items: list[CVItem] = Field(default_factory=list)

    def add_item(self, text: str, type: ItemType, *, status: ItemStatus | None = None,
                 **metadata: Any) -> CVItem:
        """Append an item with the next stable id (`<entry id>-<n>`); facts are static."""
        if status is None:
            status = ItemStatus.STATIC if type in STATIC_ITEM_TYPES else ItemStatus.INITIAL
        item = CVItem(id=f"{self.id}-{len(self.items) + 1}", type=type, text=text,
                      original=text, status=status, metadata=metadata)
        self.items.append(item)
        return item


class CVSection(BaseModel):
    id: str
    kind: SectionKind = SectionKind.OTHER
    heading: str
    entries: list[CVEntry] = Field(default_factory=list)


class StructuredCV(BaseModel):
    name: str = ""
    contact: list[str] = Field(default_factory=list, description="Contact lines, verbatim.")
    sections: list[CVSection] = Field(default_factory=list)
    source_format: str = "text"

    def items(self) -> list[CVItem]:
        return [item for s in self.sections for e in s.entries for item in e.items]

    def item_map(self) -> dict[str, CVItem]:
        return {item.id: item for item in self.items()}

    def locate(self, item_id: str) -> tuple[CVSection, CVEntry, CVItem] | None:
        for section in self.sections:
            for entry in section.entries:
                for item in entry.items:
                    if item.id == item_id:
                        return section, entry, item
        return None

    def section(self, kind: SectionKind) -> CVSection | None:
        return next((s for s in self.sections if s.kind == kind), None)


Priority = Literal["critical", "important", "nice_to_have"]
RequirementCategory = Literal[
    "technical_skill", "soft_skill", "experience", "education", "domain", "responsibility"
]


class Requirement(BaseModel):
    id: str
    text: str
    category: RequirementCategory = "technical_skill"
    priority: Priority = "important"
    keywords: list[str] = Field(default_factory=list, description="Surface terms, JD spelling.")


class JobPosting(BaseModel):
    title: str = ""
    company: str = ""
    level: str = ""
    industry: str = ""
    responsibilities: list[str] = Field(default_factory=list)
    skills: list[str] = Field(default_factory=list)
    industry_terms: list[str] = Field(default_factory=list)
    values: list[str] = Field(default_factory=list)
    requirements: list[Requirement] = Field(default_factory=list)
    suspicious: list[str] = Field(
        default_factory=list, description="Instruction-like text found in the JD (never obeyed)."
    )
    parser: str = Field(default="offline", description="Which parser produced this posting.")


class Evidence(BaseModel):
    item_id: str
    score: float
    via: Literal["lexical", "alias", "implied", "phrase", "semantic", "similarity", "user"] = (
        "lexical")
    term: str = Field(default="", description="The JD keyword this evidence supports.")
    matched: str = Field(default="", description="What the CV says, verbatim.")


MatchStatus = Literal["matched", "partial", "gap"]


class RequirementMatch(BaseModel):
    requirement_id: str
    status: MatchStatus
    evidence: list[Evidence] = Field(default_factory=list)
    covered_keywords: list[str] = Field(default_factory=list)
    missing_keywords: list[str] = Field(default_factory=list)


class QuestionEvidence(BaseModel):
    """A CV line a confirm question quotes."""

    item_id: str
    text: str


class Question(BaseModel):
    """A gap-interview question about one requirement.

    `confirm`: a CV line probably shows the requirement in other words; the answer is "yes"
    (the JD's term goes into that item) or "no" (never asked again in this session).
    `describe`: no CV line is close; the answer is the person's own words (a new
    `user_provided` item under the role it names), or empty for "I don't have it".
    """

    id: str
    requirement_id: str
    text: str
    requirement: str = Field(default="", description="The requirement as the JD says it.")
    term: str = Field(default="", description="The JD's term the answer would let the CV use.")
    kind: Literal["confirm", "describe"] = "describe"
    evidence: list[QuestionEvidence] = Field(
        default_factory=list, description="For confirm: the CV line(s) that may show it.")


class GapReport(BaseModel):
    matches: list[RequirementMatch] = Field(default_factory=list)
    questions: list[Question] = Field(default_factory=list)
    coverage: float = 0.0

    def by_requirement(self) -> dict[str, RequirementMatch]:
        return {m.requirement_id: m for m in self.matches}

    def by_status(self, status: MatchStatus) -> list[RequirementMatch]:
        return [m for m in self.matches if m.status == status]


class Answer(BaseModel):
    """A user's answer to a gap question: the only way a new fact enters a CV.

    For a confirm question `text` is "yes" or "no"; for a describe question it is what the
    person did (empty: they don't have it). `item_id` / `role` say where a described answer
    belongs when the person names it.
    """

    question_id: str = ""
    requirement_id: str = ""
    text: str
    role: str = Field(default="", description="The entry (employer or section) it belongs to.")


class ItemPlan(BaseModel):
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
    section: str
    what: str
    why: str
    before: str = ""
    after: str = ""


class Plan(BaseModel):
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


class Usage(BaseModel):
    llm_calls: int = 0
    input_tokens: int = 0
    output_tokens: int = 0
    cost_usd: float = 0.0

    def __add__(self, other: Usage) -> Usage:
        return Usage(llm_calls=self.llm_calls + other.llm_calls,
                     input_tokens=self.input_tokens + other.input_tokens,
                     output_tokens=self.output_tokens + other.output_tokens,
                     cost_usd=round(self.cost_usd + other.cost_usd, 6))
