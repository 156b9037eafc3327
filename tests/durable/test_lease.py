"""One process at a time per session: a lease in the session store, taken over when stale,
released on every exit path; a killed run shows as `interrupted` and `review` completes it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from cvtailor import Session
from cvtailor.cli import app
from cvtailor.storage.lease import HOST, Holder, leases_of, process_started
from cvtailor.storage.session_store import SessionStore
from tests.conftest import CV_MD, JD_MD, ROOT

runner = CliRunner()


def awaiting_review(store: Path, session_id: str = "s1") -> str:
    with SessionStore(store) as the_store:
        session = Session.start(CV_MD, JD_MD, store=the_store, session_id=session_id,
                                interview=False, out_dir=str(store.parent / "out"))
        assert session.status == "awaiting_review"
    return session_id


def hold_for(store: Path, session_id: str, holder: Holder) -> None:
    with SessionStore(store) as the_store:
        assert leases_of(the_store).try_acquire(session_id, holder) is None


def lease_row(store: Path, session_id: str) -> Holder | None:
    with SessionStore(store) as the_store:
        return leases_of(the_store).holder(session_id)


def listed(store: Path) -> dict[str, str]:
    result = runner.invoke(app, ["sessions", "--store", str(store), "--json"])
    assert result.exit_code == 0, result.output
    return {r["session"]: r["status"] for r in json.loads(result.stdout)}


@pytest.fixture
def other_process() -> Any:
    proc = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(120)"])
    yield proc
    proc.kill()
    proc.wait()


def test_a_live_holder_refuses_a_second_process_then_a_dead_one_is_taken_over(
    store_path: Path, other_process: subprocess.Popen[bytes]
) -> None:
    sid = awaiting_review(store_path)
    pid = other_process.pid
    hold_for(store_path, sid, Holder(pid, HOST, process_started(pid), "2026-11-28T10:00:00+00:00",
                                     time.time() + 60))
    assert listed(store_path)[sid] == "awaiting_review"  # waiting, not running: record says so

    busy = runner.invoke(app, ["review", sid, "--accept-all", "--store", str(store_path)])
    assert busy.exit_code == 1
    message = busy.stderr.strip()
    assert message.count("\n") == 0 and "Traceback" not in busy.output
    assert f"session {sid} is in use by pid {pid} since 2026-11-28T10:00:00+00:00" in message

    other_process.kill()
    other_process.wait()  # the holder is dead (and reaped): its lease is stale
    done = runner.invoke(app, ["review", sid, "--accept-all", "--store", str(store_path),
                               "--json"])
    assert done.exit_code == 0, done.output
    assert json.loads(done.stdout)["status"] == "completed"
    assert lease_row(store_path, sid) is None  # released


def test_an_expired_lease_is_taken_over_and_a_live_one_is_waited_for(store_path: Path) -> None:
    sid = awaiting_review(store_path)
    hold_for(store_path, sid, Holder(4242, "another-host", "1", "2026-11-28T10:00:00+00:00",
                                     time.time() + 60))
    started = time.monotonic()
    waited = runner.invoke(app, ["review", sid, "--accept-all", "--wait", "0.6",
                                 "--store", str(store_path)])
    assert waited.exit_code == 1 and time.monotonic() - started >= 0.6
    assert "in use by pid 4242 on another-host" in waited.stderr

    with SessionStore(store_path) as the_store:  # the other host stopped renewing
        leases_of(the_store).execute("UPDATE cvtailor_leases SET expires_at = ?",
                                     (time.time() - 1,))
    done = runner.invoke(app, ["review", sid, "--accept-all", "--store", str(store_path)])
    assert done.exit_code == 0, done.output
    assert lease_row(store_path, sid) is None


def test_the_lease_is_released_when_the_run_raises_and_review_retries(
    store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cvtailor.nodes import assemble

    def boom(*_: Any, **__: Any) -> Any:
        raise RuntimeError("disk on fire")

    with monkeypatch.context() as patch:
        patch.setattr(assemble, "keyword_coverage", boom)
        with SessionStore(store_path) as store, pytest.raises(RuntimeError, match="disk on"):
            Session.start(CV_MD, JD_MD, store=store, session_id="s2", auto_approve=True)
    assert lease_row(store_path, "s2") is None
    with SessionStore(store_path) as store:
        session = Session.open("s2", store=store)
        assert session.status == "failed"  # a task raised; its input is checkpointed
        assert session.accept_all().status == "completed"  # review continues it


def test_unknown_session_is_one_line_and_non_zero(store_path: Path) -> None:
    for command in (["review", "nope", "--accept-all"], ["delete", "nope"]):
        result = runner.invoke(app, [*command, "--store", str(store_path)])
        assert result.exit_code == 1
        assert result.stderr.strip().count("\n") == 0 and "no session 'nope'" in result.stderr


def test_two_processes_deciding_at_once_never_fork_the_session(store_path: Path) -> None:
    sid = awaiting_review(store_path)
    with SessionStore(store_path) as store:
        first = (Session.open(sid, store=store).pending or {})["items"][0]
    files = {}
    for name, decision in {"A": {"action": "reject"},
                           "B": {"action": "edit", "text": "Edited by process B."}}.items():
        files[name] = store_path.parent / f"{name}.json"
        files[name].write_text(json.dumps({first["id"]: decision}))
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), str(ROOT)])}
    procs = {name: subprocess.Popen(
        [sys.executable, "-m", "cvtailor.cli", "review", sid, "--decisions", str(path),
         "--store", str(store_path)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL, text=True, env=env) for name, path in files.items()}
    results = {name: (p.wait(timeout=120), p.stderr.read() if p.stderr else "")
               for name, p in procs.items()}
    winners = [name for name, (code, _) in results.items() if code == 0]
    assert len(winners) == 1, results
    loser_code, loser_err = next(r for n, r in results.items() if n not in winners)
    assert loser_code == 1 and loser_err.strip().count("\n") == 0, loser_err
    assert ("is in use by pid" in loser_err or "not awaiting_review" in loser_err), loser_err
    with SessionStore(store_path) as store:
        session = Session.open(sid, store=store)
        assert session.status == "completed"
        final = session.values["final_cv"].item_map()[first["id"]].text
        history = session.history()
    assert (final == "Edited by process B.") == (winners == ["B"])
    # One chain: every checkpoint's step is distinct (a fork repeats a step number).
    steps = [h["step"] for h in history]
    assert len(steps) == len(set(steps)), steps


SLOW_RUN = """
import sys
from cvtailor import Session
from cvtailor.storage.session_store import SessionStore
from cvtailor.testing import ScriptedChatModel, use_chat_model
from tests.llm.helpers import echo

def started(event):
    if event.get("node") == "write_item":
        print("writing", flush=True)

chat = ScriptedChatModel(responder=echo, latency=0.5)
Session.start(sys.argv[2], sys.argv[3], store=SessionStore(sys.argv[1]), session_id="t1",
              on_event=started, **use_chat_model(chat, llm_steps="write_item",
              interview=False, auto_approve=True, max_concurrency=1))
"""


RESUME = """
import sys
from cvtailor import Session
from cvtailor.storage.session_store import SessionStore
from cvtailor.testing import ScriptedChatModel, use_chat_model
from tests.llm.helpers import echo

settings = use_chat_model(ScriptedChatModel(responder=echo), llm_steps="write_item")
session = Session.open("t1", store=SessionStore(sys.argv[1]), **settings).resume()
print(session.status)
"""


def test_sigterm_releases_the_lease_and_leaves_an_interrupted_session(store_path: Path) -> None:
    import signal

    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), str(ROOT)])}
    proc = subprocess.Popen([sys.executable, "-c", SLOW_RUN, str(store_path), str(CV_MD),
                             str(JD_MD)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env=env)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "writing"
    assert lease_row(store_path, "t1") is not None  # held while it runs
    assert listed(store_path)["t1"] == "running"
    stopped_at = time.monotonic()
    proc.send_signal(signal.SIGTERM)
    assert proc.wait(timeout=60) == 128 + signal.SIGTERM
    # Queued items give up at once (RunStopped): the process ends after the one model call in
    # flight (0.5 s), not after every queued item's call (~10 s before). The bound leaves room
    # for a loaded machine (4.0 s once with two test runs sharing two cores).
    assert time.monotonic() - stopped_at < 6
    assert lease_row(store_path, "t1") is None
    assert listed(store_path)["t1"] == "interrupted"
    # ... and the items it never began run when the session is continued.
    resumed = subprocess.run([sys.executable, "-c", RESUME, str(store_path)],
                             capture_output=True, text=True, env=env, timeout=120)
    assert resumed.stdout.split() == ["completed"], resumed.stderr[-2000:]
