"""A hard per-run time limit stops the run at a checkpoint as `timed_out`; review continues it
and the CV is the one an unlimited run writes."""

from __future__ import annotations

import json
import time
from pathlib import Path

from typer.testing import CliRunner

from cvtailor import Session
from cvtailor.cli import app
from cvtailor.storage.lease import leases_of
from cvtailor.storage.session_store import SessionStore
from cvtailor.testing import ScriptedChatModel, use_chat_model
from tests.conftest import CV_MD, JD_MD
from tests.llm.helpers import echo

runner = CliRunner()


def test_offline_run_over_its_limit_is_timed_out_and_review_completes_it(tmp_path: Path) -> None:
    store, out = tmp_path / "s.sqlite", tmp_path / "out"
    limited = runner.invoke(app, ["tailor", str(CV_MD), str(JD_MD), "--auto-approve",
                                  "--time-limit", "0.001", "--store", str(store),
                                  "--out", str(out), "--json"])
    assert limited.exit_code == 3, limited.output
    payload = json.loads(limited.stdout)
    sid = payload["session"]
    assert payload["status"] == "timed_out"
    assert limited.stderr.strip().count("\n") == 0
    assert "stopped at its time limit" in limited.stderr and f"cvtailor review {sid}" in (
        limited.stderr)
    assert json.loads((out / "report.json").read_text())["status"] == "timed_out"
    assert not (out / "cv.md").exists()
    with SessionStore(store) as the_store:
        assert [r.status for r in the_store.list_sessions()] == ["timed_out"]
        assert leases_of(the_store).holder(sid) is None
        assert Session.open(sid, store=the_store).status == "timed_out"

    again = runner.invoke(app, ["review", sid, "--time-limit", "0", "--store", str(store),
                                "--json"])
    assert again.exit_code == 0, again.output
    assert json.loads(again.stdout)["status"] == "completed"

    free = tmp_path / "free"
    with SessionStore(tmp_path / "free.sqlite") as other:
        Session.start(CV_MD, JD_MD, store=other, auto_approve=True, out_dir=str(free))
    assert (out / "cv.md").read_bytes() == (free / "cv.md").read_bytes()


def test_a_slow_model_is_stopped_near_the_limit_not_after_every_item(tmp_path: Path) -> None:
    chat = ScriptedChatModel(responder=echo, latency=0.4)
    settings = use_chat_model(chat, llm_steps="write_item", interview=False, auto_approve=True,
                              max_concurrency=1, run_timeout_seconds=1.0)
    started = time.monotonic()
    with SessionStore(tmp_path / "s.sqlite") as store:
        session = Session.start(CV_MD, JD_MD, store=store, **settings)
        elapsed = time.monotonic() - started
        assert session.status == "timed_out"
        assert len(chat.calls) < 10  # ~23 items: most were never asked for (a loaded
        # machine may reach the limit before the first one)
        assert elapsed < 6, elapsed  # ~23 items x 0.4 s would be ~9 s
        session = Session.open(session.id, store=store, run_timeout_seconds=0)
        assert session.accept_all().status == "completed"
