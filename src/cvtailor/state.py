"""Graph state: a TypedDict whose concurrently-written keys have reducers.

Domain values inside are Pydantic models (see `models`), registered with the checkpointer's
serializer in `store`, so a checkpoint loads back into the same types.

The input and output schemas are `typing_extensions.TypedDict`s with a description on every
field: Pydantic (and so `langgraph dev` / Studio) builds JSON schemas from them on Python 3.11
too, where it refuses `typing.TypedDict`.
"""

from __future__ import annotations

import operator
from typing import Annotated, Any, NotRequired

from pydantic import Field
from typing_extensions import TypedDict

from cvtailor.models import (
    Answer,
    AssemblyResult,
    AuditEntry,
    Decision,
    Draft,
    Evidence,
    GapReport,
    JobPosting,
    Letter,
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
    """Reducer: the sum of two usages."""
    return (left or Usage()) + (right or Usage())


def add_timings(left: dict[str, float] | None, right: dict[str, float] | None) -> dict[str, float]:
    """Reducer: seconds per node, summed."""
    out = dict(left or {})
    for node, seconds in (right or {}).items():
        out[node] = round(out.get(node, 0.0) + seconds, 4)
    return out


def add_unique(left: list[str] | None, right: list[str] | None) -> list[str]:
    """Reducer: the left list with the right's new entries appended, in order."""
    out = list(left or [])
    out.extend(x for x in (right or []) if x not in out)
    return out


class FileInput(TypedDict):
    """A file sent with a run: its bytes (base64) and its name (the name's suffix helps tell
    Markdown from plain text; the content decides the rest)."""

    filename: Annotated[str, Field(description="The file's name, e.g. 'cv.pdf' or 'jd.md'.")]
    content_base64: Annotated[str, Field(description="The file's bytes, base64-encoded.")]


def _doc(what: str, text: str) -> Any:
    return Field(description=f"{what}: {text}")


class TailorInput(TypedDict, total=False):
    """What a run starts from: a CV and a job description, each as text or as a file. The graph
    reads both with the same readers as the CLI (PDF, DOCX, JSON Resume, Markdown, ...).
    `job_title` and `job_company` are the user's corrections of what the JD parser finds: when
    given, they replace the parsed title and company (recorded with source "user")."""

    cv_text: Annotated[str, _doc("CV", "the CV as text (Markdown, plain text, JSON Resume, "
                                 "RenderCV YAML, LaTeX or HTML). Give this or cv_file.")]
    cv_file: Annotated[FileInput, _doc("CV", "the CV as a file (PDF, DOCX, Markdown, text, "
                                       "JSON Resume, ...). Give this or cv_text.")]
    cv_format: Annotated[str, _doc("CV format", "'auto' (default: detected from the content), "
                                   "'markdown', 'text', 'jsonresume' or 'rendercv'.")]
    cv_name: Annotated[str, _doc("CV name", "a label for the CV, e.g. its file name.")]
    jd_text: Annotated[str, _doc("Job description", "the job description as text or "
                                 "Markdown (front matter and template tags are dropped). "
                                 "Give this or jd_file.")]
    jd_file: Annotated[FileInput, _doc("Job description", "the job description as a file "
                                       "(PDF, DOCX, HTML, Markdown, text, a saved email, JSON "
                                       "Resume job). Give "
                                       "this or jd_text.")]
    jd_format: Annotated[str, _doc("Job description format", "informational; the job "
                                   "description is read from its content.")]
    jd_name: Annotated[str, _doc("Job description name", "a label, e.g. its file name.")]
    answers: Annotated[list[Answer], _doc("Answers", "answers to gap questions given up front "
                                         "(question id and text).")]
    job_title: Annotated[str, _doc("Job title", "the job title as the user names it; "
                                   "overrides the one parsed from the job description.")]
    job_company: Annotated[str, _doc("Company", "the hiring company as the user names it; "
                                     "overrides the one parsed from the job description.")]
    # The reducer must be the last metadata: LangGraph reads a channel's reducer from there.
    warnings: Annotated[list[str], _doc(
        "Warnings", "what reading the inputs left out or doubts (hidden text, boilerplate, a "
        "job description in another language than the CV); the run starts with these."),
        add_unique]


class TailorState(TailorInput, total=False):
    """The whole graph state: the input plus every stage's results."""

    stage: Annotated[str, latest_stage]
    cv: StructuredCV
    job: JobPosting
    evidence: dict[str, list[Evidence]]
    gap_report: GapReport
    interviewed: bool  # the gap interview is over
    asked: Annotated[list[str], add_unique]  # gap question ids asked so far, every round
    # the terms those questions asked about (lower case), follow-ups aside: a later round
    # never asks about one again under another requirement's id
    asked_terms: Annotated[list[str], add_unique]
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
    # The cover letter (Context.cover_letter): written after assemble, approved at
    # letter_review, exported with the CV when approved.
    cover_letter: Letter
    outputs: dict[str, str]
    errors: Annotated[list[str], operator.add]
    usage: Annotated[Usage, add_usage]
    timings: Annotated[dict[str, float], add_timings]


class TailorOutput(TypedDict, total=False):
    """What a finished run returns to a caller (the server's output schema)."""

    stage: Annotated[str, _doc("Stage", "how far the run got: draft, cv_loaded, jd_loaded, "
                               "gap_analyzed, rewrite_applied, exported or cancelled.")]
    final_cv: Annotated[StructuredCV, _doc("Tailored CV", "the CV after review, structured.")]
    gap_report: Annotated[GapReport, _doc("Gap report", "each requirement matched, partial "
                                          "or a gap, with its evidence.")]
    result: Annotated[AssemblyResult, _doc("Result", "what assemble did: the run's summary "
                                           "(coverage, changes).")]
    outputs: Annotated[dict[str, str], _doc("Outputs", "'cv.md' -> the tailored CV as "
                                            "Markdown; with an output folder, file name -> "
                                            "path of each file written.")]
    warnings: Annotated[list[str], _doc("Warnings", "things the user should know.")]
    errors: Annotated[list[str], _doc("Errors", "steps that failed and were worked around.")]


class ItemPayload(TypedDict):
    """What a `Send` carries to write_item / qa_item: one item's task (and its draft for QA)."""

    task: WriteTask
    draft: NotRequired[Draft]


class BudgetStop(TypedDict):
    """What a `Send` carries to cost_cap: the model step the run stopped before, and for
    write_item the item's task (so only that item is written once the cap is raised)."""

    before: str
    task: NotRequired[WriteTask]
