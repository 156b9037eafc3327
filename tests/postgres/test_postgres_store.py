"""Sessions in PostgreSQL: interrupt, resume, replay, two processes on one store, the CLI,
and URLs that are malformed or unreachable (those need no server)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from cvtailor.errors import SessionError
from cvtailor.session import Session
from cvtailor.storage.session_store import SessionStore
from tests.conftest import CV_MD, JD_MD, ROOT

pytest.importorskip("langgraph.checkpoint.postgres", reason="the 'postgres' extra is not installed")
pytestmark = pytest.mark.postgres
PASSWORD = "hunter2-secret"


def cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "CVTAILOR_SEMANTIC": "false"}
    return subprocess.run([sys.executable, "-m", "cvtailor.cli", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=300)


def test_interrupt_resume_and_replay(pg_url: str) -> None:
    with SessionStore(pg_url) as first:
        session = Session.start(CV_MD, JD_MD, store=first, semantic=False)
        assert session.status == "awaiting_review"

    with SessionStore(pg_url) as second:  # a fresh pool, the same rows
        again = Session.open(session.id, store=second)
        assert again.status == "awaiting_review" and again.pending
        again.accept_all()
        assert again.status == "completed"
        assert "Maria Santos" in again.result().markdown

        before_plan = next(h for h in again.history() if h["next"] == ["plan"])
        again.replay(before_plan["checkpoint"])
        assert again.status == "awaiting_review"
        assert [r.id for r in second.list_sessions()] == [session.id]


def test_two_processes_share_one_store(pg_url: str, tmp_path: Path) -> None:
    started = cli("tailor", str(CV_MD), str(JD_MD), "--store", pg_url, "--json",
                  "--out", str(tmp_path / "out"), cwd=tmp_path)
    assert started.returncode == 0, started.stderr
    session_id = json.loads(started.stdout)["session"]
    assert json.loads(started.stdout)["status"] == "awaiting_review"

    reviewed = cli("review", session_id, "--accept-all", "--store", pg_url, "--json",
                   "--out", str(tmp_path / "out"), cwd=tmp_path)
    assert reviewed.returncode == 0, reviewed.stderr
    assert json.loads(reviewed.stdout)["status"] == "completed"
    with SessionStore(pg_url) as store:
        assert Session.open(session_id, store=store).status == "completed"
    assert not any(p.name.startswith("postgres") for p in tmp_path.iterdir())


def test_wrong_password_is_one_line_without_it(pg_url: str, tmp_path: Path) -> None:
    from urllib.parse import urlsplit

    parts = urlsplit(pg_url)
    bad = pg_url.replace(f"{parts.username}:{parts.password}@", f"{parts.username}:{PASSWORD}@") \
        if parts.password else pg_url.replace("://", f"://nobody:{PASSWORD}@", 1)
    out = cli("sessions", "--store", bad, cwd=tmp_path)
    assert out.returncode == 1
    assert PASSWORD not in out.stderr + out.stdout
    assert out.stderr.startswith("error: cannot open the PostgreSQL store")
    assert len(out.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize(("url", "message"), [
    (f"postgresql://me:{PASSWORD}@127.0.0.1:notaport/db", "malformed PostgreSQL store URL"),
    (f"postgresql://me:{PASSWORD}@/db", "no host"),
    (f"postgresql://me:{PASSWORD}@127.0.0.1:5432/", "no database name"),
    (f"postgresql://me:{PASSWORD}@127.0.0.1:1/db", "cannot open the PostgreSQL store"),
])
def test_bad_urls_need_no_server_and_hide_the_password(url: str, message: str) -> None:
    with pytest.raises(SessionError, match=message) as caught:
        SessionStore(url)
    assert PASSWORD not in str(caught.value)
    assert "***" in str(caught.value)


def test_cli_store_url_creates_no_folder(tmp_path: Path) -> None:
    out = cli("sessions", "--store", f"postgresql://me:{PASSWORD}@127.0.0.1:1/db", cwd=tmp_path)
    assert out.returncode == 1
    assert PASSWORD not in out.stderr + out.stdout
    assert len(out.stderr.strip().splitlines()) == 1
    assert list(tmp_path.iterdir()) == []


def test_pin_and_edit_in_postgres(pg_url: str) -> None:
    with SessionStore(pg_url) as store:
        session = Session.start(CV_MD, JD_MD, store=store, semantic=False, auto_approve=True)
        item = next(i for i in session.values["final_cv"].items() if i.original)
        session.edit(item.id, item.text + " daily")
        session.pin(1)
    with SessionStore(pg_url) as again:
        reopened = Session.open(session.id, store=again)
        assert reopened.pinned == 1 and [v["round"] for v in reopened.versions()] == [1, 2]
        assert reopened.exported_cv().item_map()[item.id].text == item.text
