"""Job applications: what `cvtailor applications` lists for each session, and what a batch of
applications (one CV, many job descriptions) reports back.

Not graph state: these are views of the session store's records (`storage.session_store`).
"""

from __future__ import annotations

from typing import Literal, get_args

from pydantic import BaseModel, Field

ApplicationStatus = Literal["draft", "ready", "applied", "closed"]
APPLICATION_STATUSES: tuple[str, ...] = get_args(ApplicationStatus)


class Application(BaseModel):
    """One session seen as a job application."""

    session: str
    title: str = ""
    company: str = ""
    status: ApplicationStatus = Field(
        default="draft", description="draft | ready | applied | closed: what the person set "
        "(`cvtailor mark`), else ready once the run completed and draft before.")
    run_status: str = Field(default="", description="The run: running, completed, "
                            "awaiting_answers, awaiting_review, awaiting_budget, failed...")
    favourite: bool = False
    created_at: str = ""
    updated_at: str = ""
    coverage_before: float | None = Field(default=None, description="JD keyword coverage of "
                                          "the original CV (None: not measured yet).")
    coverage_after: float | None = Field(default=None, description="JD keyword coverage of "
                                         "the tailored CV (None: not assembled yet).")
    pinned_version: int | None = Field(default=None, description="The review round to use; "
                                       "None means the latest.")
    out_dir: str = ""
    cv: str = ""
    jd: str = ""


class BatchItem(BaseModel):
    """One job description of a batch: its application and what this batch run did with it."""

    jd: str = Field(description="The job description file (or label) it came from.")
    session: str = ""
    title: str = ""
    company: str = ""
    run_status: str = ""
    status: str = Field(default="draft", description="The application status.")
    coverage_before: float | None = None
    coverage_after: float | None = None
    out_dir: str = ""
    action: Literal["started", "resumed", "skipped", "reanswered", "failed"] = Field(
        default="started", description="started (new), resumed (unfinished before), skipped "
        "(finished before), reanswered (run again with new answers) or failed.")
    questions: int = Field(default=0, description="Gap questions left for the person.")
    error: str = ""


class BatchResult(BaseModel):
    """What `batch` did: one row per job description, and the answers template if any."""

    items: list[BatchItem] = Field(default_factory=list)
    answers_file: str = Field(default="", description="answers.json to fill in and pass back "
                              "with --answers ('' when no questions came up).")
    seconds: float = 0.0
