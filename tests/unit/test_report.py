"""report.json, the audit log and the versions are models with exactly the field names other
tools read; sessions whose state holds the older plain dicts still report."""

from __future__ import annotations

from pathlib import Path

from cvtailor import Session
from cvtailor.models import (
    AnswerEvent,
    AssemblyResult,
    DecisionEvent,
    Report,
    ReportItem,
    Version,
)
from cvtailor.storage.session_store import SessionStore
from cvtailor.writers.report import build_report
from tests.conftest import CV_MD, JD_MD

REPORT_FIELDS = ["session", "status", "stage", "engine", "job", "requirements", "coverage",
                 "questions", "key_qualifications", "items", "diff", "privacy", "warnings",
                 "errors", "usage", "timings", "phases", "review_rounds", "audit", "plan",
                 "version"]


def test_report_fields_are_the_stable_names_in_their_order() -> None:
    assert list(Report.model_fields) == REPORT_FIELDS
    assert list(Report(session="s", status="analyzed").dump()) == REPORT_FIELDS
    item = ReportItem(id="x-1", section="Experience", type="bullet", original="a",
                      status="initial")
    assert "error" not in item.model_dump()  # only items whose writer failed carry one
    assert item.model_copy(update={"error": "timeout"}).model_dump()["error"] == "timeout"


def test_audit_entries_dump_flat_with_text_and_feedback_only_when_given() -> None:
    edit = DecisionEvent(at="t", item="x-1", round=1, action="edit", by="user", text="Mine.")
    accept = DecisionEvent(at="t", item="x-2", round=1, action="accept", by="default")
    answer = AnswerEvent(at="t", question_id="q-req-1", text="Did it.")
    assert edit.model_dump() == {"at": "t", "event": "decision", "item": "x-1", "round": 1,
                                 "action": "edit", "by": "user", "text": "Mine."}
    assert "text" not in accept.model_dump() and "feedback" not in accept.model_dump()
    assert answer.model_dump() == {"at": "t", "event": "answer", "question_id": "q-req-1",
                                   "text": "Did it."}


def test_state_holds_typed_versions_audit_and_result(store_path: Path) -> None:
    session = Session.start(CV_MD, JD_MD, store=SessionStore(store_path), interview=False)
    target = (session.pending or {})["items"][0]["id"]
    session.decide({target: "reject"})
    values = Session.open(session.id, store=SessionStore(store_path)).values  # from the checkpoint
    assert all(isinstance(v, Version) for v in values["versions"])
    assert all(isinstance(a, DecisionEvent) for a in values["audit"])
    assert isinstance(values["result"], AssemblyResult)
    assert session.versions()[0]["items"][target]["action"] == "reject"


def test_a_state_of_plain_dicts_from_before_the_models_still_reports(store_path: Path) -> None:
    session = Session.start(CV_MD, JD_MD, store=SessionStore(store_path), auto_approve=True,
                            interview=False)
    typed = session.values
    old = {**typed,
           "audit": [a.model_dump() for a in typed["audit"]],
           "versions": [v.model_dump() for v in typed["versions"]],
           "result": typed["result"].model_dump()}
    kw = {"session": session.id, "status": "completed"}
    assert build_report(old, **kw).dump() == build_report(typed, **kw).dump()
