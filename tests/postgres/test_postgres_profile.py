"""The profile in PostgreSQL: LangGraph's PostgresStore on the session store's pool, shared by
every process that opens the same database."""

from __future__ import annotations

from pathlib import Path

import pytest

from cvtailor.applications.profile import open_profile, run_profile_command
from cvtailor.session import Session
from cvtailor.storage.session_store import SessionStore
from tests.conftest import CV_MD, JD_MD
from tests.graph.test_profile import JD2, _terms

pytest.importorskip("langgraph.store.postgres", reason="the 'postgres' extra is not installed")
pytestmark = pytest.mark.postgres


def test_answers_remembered_in_postgres_are_not_asked_again(pg_url: str, tmp_path: Path
                                                            ) -> None:
    with SessionStore(pg_url) as first:
        session = Session.start(CV_MD, JD_MD, store=first, interview=True, profile="pg")
        asked = _terms(session)
        session.answer({asked["Kubernetes"]["id"]: "yes", asked["Apache Kafka"]["id"]: "no"})
        session.accept_all()
        assert session.status == "completed"

    with SessionStore(pg_url) as second:  # a fresh pool, the same profile
        again = Session.start(CV_MD, JD2, store=second, interview=True, profile="pg")
        assert {"Kubernetes", "Apache Kafka"}.isdisjoint(_terms(again))
        assert "Infrastructure as code" in _terms(again)

    with open_profile("pg", store=pg_url) as profile:
        assert [(e.id, e.kind) for e in profile.entries()] == [("kafka", "rejected"),
                                                               ("kubernetes", "confirmed")]
        profile.export(tmp_path / "pg.json")
        profile.forget("kafka")
        assert [e.id for e in profile.entries()] == ["kubernetes"]
    run_profile_command("import", str(tmp_path / "pg.json"), "copy", pg_url)
    with open_profile("copy", store=pg_url) as copy:
        assert [e.id for e in copy.entries()] == ["kafka", "kubernetes"]
