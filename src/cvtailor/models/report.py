"""report.json: what happened in a run, in stable field names other tools read, and what
assemble measured (`AssemblyResult`, the state's `result`) that the report carries."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field

from cvtailor.models.audit import AuditEntry
from cvtailor.models.cv import ItemStatus, ItemType
from cvtailor.models.drafts import QAIssue
from cvtailor.models.gaps import Evidence, MatchStatus, Question
from cvtailor.models.job import Priority, RequirementCategory
from cvtailor.models.plan import SectionRecommendation
from cvtailor.models.usage import Usage


class Coverage(BaseModel):
    """JD keyword coverage before and after tailoring, and the share of requirements the CV
    evidences (None: not measured yet)."""

    before: float | None = None
    after: float | None = None
    evidenced: float | None = None


class DiffStats(BaseModel):
    """Original vs tailored CV: items and words changed, added, removed; line similarity."""

    items_total: int = 0
    items_changed: int = 0
    items_added: int = 0
    items_removed: int = 0
    words_before: int = 0
    words_after: int = 0
    words_added: int = 0
    words_removed: int = 0
    line_similarity: float | None = Field(
        default=None, description="How much of the CV reads as it did: its lines, in order.")


class PrivacyFinding(BaseModel):
    """Personal data found in the CV: its type, the value masked, where, and what was done."""

    type: str
    value: str
    where: str
    action: Literal["left out", "kept"]


class AssemblyResult(BaseModel):
    """What assemble measured on the final CV (the graph's `result`)."""

    coverage: Coverage = Field(default_factory=Coverage)
    diff: DiffStats = Field(default_factory=DiffStats)
    length_ratio: float = 1.0
    privacy: list[PrivacyFinding] = Field(default_factory=list)


class ReportJob(BaseModel):
    """The job the CV was tailored to, and which parser read it."""

    title: str = ""
    company: str = ""
    level: str = ""
    location: str = ""
    parser: str = "offline"
    sources: dict[str, str] = Field(
        default_factory=dict, description="Which parser named each field (title, company...).")


class ReportRequirement(BaseModel):
    """A JD requirement, its match status and the CV items that evidence it."""

    id: str
    text: str
    category: RequirementCategory
    priority: Priority
    keywords: list[str] = Field(default_factory=list)
    status: MatchStatus = "gap"
    evidence: list[str] = Field(default_factory=list, description="CV item ids, best first.")
    evidence_detail: list[Evidence] = Field(default_factory=list, description="Top five.")


class ReportQA(BaseModel):
    """An item's QA verdict (score None: no draft was checked)."""

    passed: bool = True
    score: float | None = None
    issues: list[QAIssue] = Field(default_factory=list)


class ReportItem(BaseModel):
    """One CV item: original, draft, final text, and how it got there."""

    id: str
    section: str
    type: ItemType
    original: str
    draft: str | None = None
    final: str | None = None
    status: ItemStatus
    evidence: list[str] = Field(default_factory=list)
    keywords: list[str] = Field(default_factory=list)
    engine: str | None = None
    attempts: int = 0
    qa: ReportQA = Field(default_factory=ReportQA)
    error: str | None = Field(default=None, exclude_if=lambda v: not v)
    feedback_note: str | None = Field(default=None, exclude_if=lambda v: not v, description=(
        "What the writer did with the review feedback."))


class PlannedItem(BaseModel):
    """One item the plan rewrites: which, with which evidenced JD terms, and why."""

    id: str
    reason: str = ""
    keywords: list[str] = Field(default_factory=list)


class PlanSection(BaseModel):
    """What the plan changes in one section, and why: its recommendations (what, why,
    before, after) and the items it rewrites."""

    section: str
    recommendations: list[SectionRecommendation] = Field(default_factory=list)
    items: list[PlannedItem] = Field(default_factory=list)


class ReportPlan(BaseModel):
    """The improvement plan as shown to the person: a summary, the level, the keywords to
    emphasise, the key qualifications and, per section, what will change and why."""

    summary: str = ""
    customization_level: str = "moderate"
    keywords: list[str] = Field(default_factory=list)
    key_qualifications: list[str] = Field(default_factory=list)
    sections: list[PlanSection] = Field(default_factory=list)


class Report(BaseModel):
    """report.json. Nothing secret, no PII values (personal data findings are masked)."""

    session: str
    status: str
    stage: str = "draft"
    engine: str = "offline"
    job: ReportJob | None = None
    requirements: list[ReportRequirement] = Field(default_factory=list)
    coverage: Coverage = Field(default_factory=Coverage)
    questions: list[Question] = Field(default_factory=list)
    key_qualifications: list[str] = Field(default_factory=list)
    items: list[ReportItem] = Field(default_factory=list)
    diff: DiffStats | None = None
    privacy: list[PrivacyFinding] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)
    errors: list[str] = Field(default_factory=list)
    usage: Usage = Field(default_factory=Usage)
    timings: dict[str, float] = Field(default_factory=dict)
    phases: dict[str, float] = Field(default_factory=dict)
    review_rounds: int = 0
    audit: list[AuditEntry] = Field(default_factory=list)
    plan: ReportPlan | None = Field(default=None, description="The improvement plan: what "
                                    "will change in each section, and why.")
    version: int | None = Field(default=None, description="The pinned version whose texts "
                                "`items[].final` show (what export writes); None: the latest.")

    def dump(self) -> dict[str, Any]:
        """The report as the JSON report.json holds."""
        return self.model_dump(mode="json")

