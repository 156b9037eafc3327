"""`cvtailor prune --older-than 30d [--dry-run]` and `cvtailor.prune`: sessions last updated
before the cut-off go by the delete path; newer ones and ones in use stay."""

from __future__ import annotations

import json
import time
from datetime import timedelta
from pathlib import Path

import pytest
from typer.testing import CliRunner

import cvtailor
from cvtailor import Session
from cvtailor.applications.retention import parse_age
from cvtailor.cli import app
from cvtailor.errors import InputError
from cvtailor.storage.lease import Holder, leases_of
from cvtailor.storage.session_store import SessionStore
from tests.conftest import CV_MD, JD_MD

runner = CliRunner()


def make(store_path: Path, ages_days: dict[str, float]) -> None:
    with SessionStore(store_path) as store:
        for sid, days in ages_days.items():
            Session.start(CV_MD, JD_MD, store=store, session_id=sid, interview=False)
            stamp = time.strftime("%Y-%m-%dT%H:%M:%S+00:00",
                                  time.gmtime(time.time() - days * 86400))
            store._execute("UPDATE cvtailor_sessions SET created_at = ?, updated_at = ? "
                           "WHERE id = ?", (stamp, stamp, sid))


def ids(store_path: Path) -> list[str]:
    with SessionStore(store_path) as store:
        return sorted(r.id for r in store.list_sessions())


def test_prune_dry_run_then_delete_only_old_sessions(store_path: Path) -> None:
    make(store_path, {"old1": 45, "old2": 31, "new": 2})
    dry = runner.invoke(app, ["prune", "--older-than", "30d", "--dry-run", "--json",
                              "--store", str(store_path)])
    assert dry.exit_code == 0, dry.output
    assert sorted(json.loads(dry.stdout)["deleted"]) == ["old1", "old2"]
    assert ids(store_path) == ["new", "old1", "old2"]  # nothing deleted

    done = runner.invoke(app, ["prune", "--older-than", "720h", "--store", str(store_path)])
    assert done.exit_code == 0, done.output
    assert "Deleted 2 session(s)" in done.stdout
    assert ids(store_path) == ["new"]
    with SessionStore(store_path) as store:
        assert store.checkpointer.get_tuple({"configurable": {"thread_id": "old1"}}) is None


def test_prune_api_skips_a_session_in_use(store_path: Path) -> None:
    make(store_path, {"busy": 40, "idle": 40})
    with SessionStore(store_path) as store:
        assert leases_of(store).try_acquire(
            "busy", Holder(1, "other-host", "1", "2026-01-01T00:00:00+00:00",
                           time.time() + 60)) is None
        result = cvtailor.prune(timedelta(days=30), store=store)
    assert result.deleted == ["idle"] and "in use by pid 1" in result.skipped["busy"]
    assert ids(store_path) == ["busy"]


def test_age_units_and_bad_values() -> None:
    assert parse_age("30d") == timedelta(days=30) and parse_age("12h") == timedelta(hours=12)
    with pytest.raises(InputError):
        parse_age("30x")
    bad = runner.invoke(app, ["prune", "--older-than", "soon"])
    assert bad.exit_code == 2 and bad.stderr.strip().count("\n") == 0
    assert "30d or 12h" in bad.stderr
