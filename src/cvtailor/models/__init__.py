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
from cvtailor.models.drafts import (
    REVIEW_ACTIONS,
    Decision,
    Draft,
    ItemDecision,
    QAIssue,
    QAResult,
    ReviewAction,
    WriteTask,
)
from cvtailor.models.gaps import (
    Answer,
    Evidence,
    GapReport,
    MatchStatus,
    Question,
    QuestionEvidence,
    RequirementMatch,
)
from cvtailor.models.interrupts import (
    ALLOWED_GAP_ANSWERS,
    CostCapPayload,
    CostCapResume,
    GapAnswersResume,
    GapQuestionsPayload,
    InterruptKind,
    InterruptPayload,
    ReviewItem,
    ReviewPayload,
    ReviewResume,
    describe_error,
    load_payload,
)
from cvtailor.models.job import JobPosting, Priority, Requirement, RequirementCategory
from cvtailor.models.plan import ItemPlan, Plan, SectionRecommendation
from cvtailor.models.usage import Usage

__all__ = [
    "ALLOWED_GAP_ANSWERS",
    "ITEM_TYPE_FOR_SECTION",
    "REVIEW_ACTIONS",
    "SECTION_ORDER",
    "STATIC_ITEM_TYPES",
    "Answer",
    "CVEntry",
    "CVItem",
    "CVSection",
    "CostCapPayload",
    "CostCapResume",
    "Decision",
    "Draft",
    "Evidence",
    "GapAnswersResume",
    "GapQuestionsPayload",
    "GapReport",
    "InterruptKind",
    "InterruptPayload",
    "ItemDecision",
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
    "ReviewAction",
    "ReviewItem",
    "ReviewPayload",
    "ReviewResume",
    "SectionKind",
    "SectionRecommendation",
    "StructuredCV",
    "Usage",
    "WriteTask",
    "describe_error",
    "load_payload",
    "unique_section_id",
]
