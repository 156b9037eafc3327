"""Domain types: what a CV, a job posting, a gap report, a plan, a draft and a report are.

Every type is a Pydantic model (or an enum) so that it validates at the boundary, survives the
checkpointer's serializer round-trip, and dumps to the JSON the CLI and report write. One
module per subject; import them from here (`from cvtailor.models import CVItem`): this package
re-exports every public name, and the session store registers every type it finds here.
"""

from cvtailor.models.cv import (
    ITEM_TYPE_FOR_SECTION,
    SECTION_ORDER,
    STATIC_ITEM_TYPES,
    CVEntry,
    CVItem,
    CVSection,
    ItemStatus,
    ItemType,
    SectionKind,
    StructuredCV,
    unique_section_id,
)
from cvtailor.models.drafts import Decision, Draft, QAIssue, QAResult, WriteTask
from cvtailor.models.gaps import (
    Answer,
    Evidence,
    GapReport,
    MatchStatus,
    Question,
    QuestionEvidence,
    RequirementMatch,
)
from cvtailor.models.job import JobPosting, Priority, Requirement, RequirementCategory
from cvtailor.models.plan import ItemPlan, Plan, SectionRecommendation
from cvtailor.models.usage import Usage

__all__ = [
    "ITEM_TYPE_FOR_SECTION",
    "SECTION_ORDER",
    "STATIC_ITEM_TYPES",
    "Answer",
    "CVEntry",
    "CVItem",
    "CVSection",
    "Decision",
    "Draft",
    "Evidence",
    "GapReport",
    "ItemPlan",
    "ItemStatus",
    "ItemType",
    "JobPosting",
    "MatchStatus",
    "Plan",
    "Priority",
    "QAIssue",
    "QAResult",
    "Question",
    "QuestionEvidence",
    "Requirement",
    "RequirementCategory",
    "RequirementMatch",
    "SectionKind",
    "SectionRecommendation",
    "StructuredCV",
    "Usage",
    "WriteTask",
    "unique_section_id",
]
