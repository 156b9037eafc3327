"""The session lease and delete on a PostgreSQL store (same SQL as SQLite)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from cvtailor.session import Session
from cvtailor.storage.lease import Holder, SessionBusyError, leases_of
from cvtailor.storage.session_store import SessionStore
from tests.conftest import CV_MD, JD_MD

pytest.importorskip("langgraph.checkpoint.postgres", reason="the 'postgres' extra is not installed")
pytestmark = pytest.mark.postgres


def test_a_live_lease_refuses_an_expired_one_is_taken_over_and_delete_erases(
    pg_url: str, tmp_path: Path
) -> None:
    with SessionStore(pg_url) as store:
        session = Session.start(CV_MD, JD_MD, store=store, semantic=False, session_id="pg1",
                                interview=False, llm_cache=str(tmp_path / "cache.sqlite"))
        assert session.status == "awaiting_review"
        assert leases_of(store).holder("pg1") is None  # released after the run
        other = Holder(4242, "another-host", "1", "2026-11-28T10:00:00+00:00",
                            time.time() + 60)
        assert leases_of(store).try_acquire("pg1", other) is None
        with pytest.raises(SessionBusyError, match="in use by pid 4242 on another-host since"):
            session.accept_all()
        assert {r.id: r.status for r in store.list_sessions()} == {"pg1": "awaiting_review"}

        leases_of(store).execute("UPDATE cvtailor_leases SET expires_at = ?",
                                 (time.time() - 1,))
        assert session.accept_all().status == "completed"
        assert leases_of(store).holder("pg1") is None

        session.delete()
        assert store.list_sessions() == []
        assert store.checkpointer.get_tuple({"configurable": {"thread_id": "pg1"}}) is None
