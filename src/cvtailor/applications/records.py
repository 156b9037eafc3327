"""Sessions as job applications: list them, mark them (applied, closed...), and keep their
record in step with the run (title and company from the parsed JD, coverage before/after).

A session's record (`storage.session_store.SessionRecord`) carries the application; nothing
here needs LangGraph, so `cvtailor applications` and `cvtailor mark` start fast.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from cvtailor.errors import InputError
from cvtailor.models.application import APPLICATION_STATUSES, Application
from cvtailor.models.job import JobPosting
from cvtailor.storage.session_store import SessionRecord, SessionStore


def application_of(record: SessionRecord) -> Application:
    """The application a session record describes."""
    return Application(
        session=record.id, title=record.title, company=record.company,
        status=record.application_status,  # type: ignore[arg-type]
        run_status=record.status, favourite=record.favourite, created_at=record.created_at,
        updated_at=record.updated_at, coverage_before=record.coverage_before,
        coverage_after=record.coverage_after, pinned_version=record.pinned_version,
        out_dir=str(record.settings.get("out_dir") or ""), cv=record.cv_name, jd=record.jd_name)


def _store(store: SessionStore | str | Path | None) -> SessionStore:
    return store if isinstance(store, SessionStore) else SessionStore(store)


def check_status(status: str) -> str:
    """`status` if it is an application status; InputError (one line) if not."""
    if status not in APPLICATION_STATUSES:
        raise InputError(f"status must be one of {', '.join(APPLICATION_STATUSES)}, "
                         f"not {status!r}")
    return status


def list_applications(store: SessionStore | str | Path | None = None,
                      status: str | None = None) -> list[Application]:
    """Every session as an application, most recently updated first; only those with
    `status` (draft | ready | applied | closed) when given."""
    if status is not None:
        check_status(status)
    apps = [application_of(r) for r in _store(store).list_sessions()]
    apps.sort(key=lambda a: (a.updated_at, a.created_at, a.session), reverse=True)
    return [a for a in apps if status is None or a.status == status]


def mark(store: SessionStore | str | Path | None, session_id: str, status: str | None = None,
         *, favourite: bool | None = None, title: str | None = None,
         company: str | None = None) -> Application:
    """Change a session's application: its status, favourite, title or company. Everything is
    checked before anything is written (a bad value changes nothing); SessionError for an
    unknown session."""
    if status is not None:
        check_status(status)
    for name, value in (("title", title), ("company", company)):
        if value is not None and not value.strip():
            raise InputError(f"the {name} cannot be empty")
    the_store = _store(store)
    record = the_store.get_session(session_id)
    changes: dict[str, Any] = {}
    if status is not None:
        changes["marked_status"] = status
    if favourite is not None:
        changes["favourite"] = favourite
    if title is not None:
        changes["title"] = " ".join(title.split())
    if company is not None:
        changes["company"] = " ".join(company.split())
    if changes:
        the_store.save_session(replace(record, **changes))
    return application_of(the_store.get_session(session_id))


def with_run(record: SessionRecord, values: dict[str, Any]) -> SessionRecord:
    """The record with what the run has found so far: the job title and company from the
    parsed JD (only while the record has none: a title the person set stays) and the JD
    keyword coverage before and after tailoring (once assembled)."""
    changes: dict[str, Any] = {}
    job = values.get("job")
    if isinstance(job, JobPosting):
        if not record.title and job.title:
            changes["title"] = job.title
        if not record.company and job.company:
            changes["company"] = job.company
    result = values.get("result")
    coverage = getattr(result, "coverage", None)
    if coverage is not None:
        changes["coverage_before"] = coverage.before
        changes["coverage_after"] = coverage.after
    return replace(record, **changes) if changes else record
