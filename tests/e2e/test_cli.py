"""The CLI as a user runs it: separate processes, real files, exit codes, no tracebacks."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import CV_JSON, CV_MD, JD_MD, facts_of_example

pytestmark = pytest.mark.slow


def cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    import os

    return subprocess.run(
        [sys.executable, "-m", "cvtailor.cli", *args], capture_output=True, text=True,
        timeout=180, env={**os.environ, **(env or {})}, stdin=subprocess.DEVNULL,
    )


@pytest.mark.semantic
def test_auto_approved_tailoring_keeps_every_fact_and_claims_nothing_unevidenced(
    tmp_path: Path,
) -> None:
    out = tmp_path / "out"
    run = cli("tailor", str(CV_MD), str(JD_MD), "--auto-approve", "--out", str(out),
              "--store", str(tmp_path / "s.sqlite"), "--json")
    assert run.returncode == 0, run.stderr
    summary = json.loads(run.stdout)
    assert summary["status"] == "completed" and summary["session"]
    cv_md = (out / "cv.md").read_text()
    report = json.loads((out / "report.json").read_text())

    facts = facts_of_example()
    for kind in ("titles", "employers", "dates", "numbers"):
        for fact in facts[kind]:
            assert fact in cv_md, f"{kind} {fact!r} lost"
    # Requirements the CV does not evidence are never claimed.
    original = CV_MD.read_text().lower()
    for req in report["requirements"]:
        if req["status"] == "gap":
            for keyword in req["keywords"]:
                if keyword.lower() not in original:
                    assert keyword.lower() not in cv_md.lower(), f"claims {keyword!r}"
    for key in ("session", "status", "engine", "requirements", "coverage", "items", "warnings",
                "usage", "timings"):
        assert key in report
    assert report["coverage"]["after"] > report["coverage"]["before"]
    item = report["items"][0]
    assert {"id", "section", "original", "final", "status", "evidence", "qa"} <= set(item)


def test_json_resume_input_runs_too(tmp_path: Path) -> None:
    run = cli("tailor", str(CV_JSON), str(JD_MD), "--auto-approve", "--out", str(tmp_path),
              "--store", str(tmp_path / "s.sqlite"), "--json")
    assert run.returncode == 0, run.stderr
    assert "Lumen Freight" in (tmp_path / "cv.md").read_text()


def test_stops_at_review_and_another_process_completes_it(tmp_path: Path) -> None:
    store, out = tmp_path / "s.sqlite", tmp_path / "out"
    first = cli("tailor", str(CV_MD), str(JD_MD), "--out", str(out), "--store", str(store),
                "--json")
    assert first.returncode == 0, first.stderr
    started = json.loads(first.stdout)
    assert started["status"] == "awaiting_review"
    assert json.loads((out / "report.json").read_text())["status"] == "awaiting_review"
    assert not (out / "cv.md").exists()

    listing = cli("sessions", "--store", str(store), "--json")
    assert started["session"] in listing.stdout

    second = cli("review", started["session"], "--accept-all", "--store", str(store), "--json")
    assert second.returncode == 0, second.stderr
    assert json.loads(second.stdout)["status"] == "completed"
    assert (out / "cv.md").exists()
    assert json.loads((out / "report.json").read_text())["status"] == "completed"

    hist = cli("history", started["session"], "--store", str(store), "--json")
    assert hist.returncode == 0 and len(json.loads(hist.stdout)) > 5


def test_review_with_a_decisions_file(tmp_path: Path) -> None:
    store, out = tmp_path / "s.sqlite", tmp_path / "out"
    started = json.loads(cli("tailor", str(CV_MD), str(JD_MD), "--out", str(out), "--store",
                             str(store), "--json").stdout)
    items = started["pending"]["items"]
    decisions = tmp_path / "decisions.json"
    decisions.write_text(json.dumps({items[0]["id"]: "reject",
                                     items[1]["id"]: {"action": "edit", "text": "My words."}}))
    run = cli("review", started["session"], "--decisions", str(decisions), "--store", str(store),
              "--json")
    assert run.returncode == 0, run.stderr
    report = json.loads((out / "report.json").read_text())
    by_id = {i["id"]: i for i in report["items"]}
    assert by_id[items[1]["id"]]["final"] == "My words."
    assert by_id[items[0]["id"]]["final"] == items[0]["original"] or not items[0]["original"]
    rounds = cli("versions", started["session"], "--store", str(store), "--json")
    assert rounds.returncode == 0, rounds.stderr
    actions = json.loads(rounds.stdout)[0]["items"]
    assert actions[items[0]["id"]]["action"] == "reject"
    assert actions[items[1]["id"]] == {"draft": items[1]["draft"], "action": "edit",
                                       "final": "My words."}


def test_a_bad_decisions_file_is_refused_and_the_session_stays_reviewable(
    tmp_path: Path,
) -> None:
    store, out = tmp_path / "s.sqlite", tmp_path / "out"
    started = json.loads(cli("tailor", str(CV_MD), str(JD_MD), "--out", str(out), "--store",
                             str(store), "--json").stdout)
    session = started["session"]
    item = started["pending"]["items"][0]["id"]
    for bad, says in ((json.dumps({item: "approve"}),
                       f"decisions.{item}: Input should be 'accept', 'edit', 'reject' or "
                       "'regenerate' (got 'approve')"),
                      (json.dumps("approve"), "Input should be a valid dictionary")):
        decisions = tmp_path / "bad.json"
        decisions.write_text(bad)
        run = cli("review", session, "--decisions", str(decisions), "--store", str(store))
        assert run.returncode != 0
        lines = [line for line in run.stderr.strip().splitlines() if line.strip()]
        assert len(lines) == 1 and lines[0].startswith("error: decisions file"), run.stderr
        assert says in lines[0] and "Traceback" not in run.stderr + run.stdout
        assert "still awaiting_review" in lines[0]

    run = cli("review", session, "--accept-all", "--store", str(store), "--json")
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout)["status"] == "completed"
    assert (out / "cv.md").exists()


@pytest.mark.parametrize(
    ("cv_content", "jd_content", "suffix", "message"),
    [
        (None, "ok", ".md", "not found"),
        ("", "ok", ".md", "empty"),
        ("%PDF-1.4 binary", "ok", ".pdf", "not supported"),
        ("# Jane\n\n## Experience\n- Did things\n", "We are a nice company.", ".md",
         "no recognisable requirements"),
        ("{not json", "ok", ".json", "not valid JSON"),
    ],
)
def test_bad_input_gets_one_line_and_nonzero_exit(
    tmp_path: Path, cv_content: str | None, jd_content: str, suffix: str, message: str
) -> None:
    cv = tmp_path / f"cv{suffix}"
    if cv_content is not None:
        cv.write_text(cv_content)
    jd = tmp_path / "jd.md"
    jd.write_text(jd_content)
    run = cli("tailor", str(cv), str(jd), "--auto-approve", "--out", str(tmp_path / "o"),
              "--store", str(tmp_path / "s.sqlite"))
    assert run.returncode != 0
    assert "Traceback" not in run.stderr + run.stdout
    lines = [line for line in run.stderr.strip().splitlines() if line.strip()]
    assert len(lines) == 1, run.stderr
    assert message in lines[0]


def test_unknown_session_is_a_clear_error(tmp_path: Path) -> None:
    run = cli("review", "nope", "--accept-all", "--store", str(tmp_path / "s.sqlite"))
    assert run.returncode != 0 and "no session 'nope'" in run.stderr
    assert "Traceback" not in run.stderr


CRASH_SCRIPT = '''
import json, os, sys, time
from cvtailor import Session
from cvtailor.models import Draft
from cvtailor.engines import register_engine
from cvtailor.engines.offline import OfflineEngine

import threading
calls_file, victim_file, mode = sys.argv[1], sys.argv[2], sys.argv[3]
lock = threading.Lock()
count = [0]

class Recording(OfflineEngine):
    name = "recording"
    def write_item(self, task):
        with lock:
            count[0] += 1
            with open(calls_file, "a") as f:
                f.write(task.item.id + "\\n")
            crash = mode == "crash" and count[0] == 3
            if crash:
                open(victim_file, "w").write(task.item.id)
        if crash:
            time.sleep(1.5)          # let the siblings finish and be checkpointed
            os._exit(17)             # then die like a killed process
        return super().write_item(task)

register_engine("recording", Recording)
if mode == "crash":
    Session.start(sys.argv[4], sys.argv[5], store=sys.argv[6], engine="recording",
                  auto_approve=True, session_id="crashy")
else:
    s = Session.open("crashy", store=sys.argv[6])
    s.resume()
    print(json.dumps({"status": s.status}))
'''


def test_process_killed_mid_fan_out_resumes_without_rerunning_finished_items(
    tmp_path: Path,
) -> None:
    script = tmp_path / "crashy.py"
    script.write_text(CRASH_SCRIPT)
    store, calls = tmp_path / "s.sqlite", tmp_path / "calls.txt"
    victim_file = tmp_path / "victim.txt"
    crashed = subprocess.run([sys.executable, str(script), str(calls), str(victim_file), "crash",
                              str(CV_MD), str(JD_MD), str(store)],
                             capture_output=True, text=True, timeout=120)
    assert crashed.returncode == 17, crashed.stderr
    victim = victim_file.read_text()
    first = calls.read_text().split()
    assert victim in first and len(first) > 3

    resumed = subprocess.run([sys.executable, str(script), str(calls), str(victim_file), "resume",
                              "", "", str(store)], capture_output=True, text=True, timeout=120)
    assert resumed.returncode == 0, resumed.stderr
    assert json.loads(resumed.stdout.strip().splitlines()[-1])["status"] == "completed"
    second = calls.read_text().split()[len(first):]
    assert victim in second
    finished_before = set(first) - {victim}
    assert not finished_before & set(second), f"re-ran finished items: {finished_before & set(second)}"


def test_killed_with_items_still_queued_keeps_the_finished_ones(tmp_path: Path) -> None:
    """Concurrency 1: when the third writer dies, every later item is still waiting for a
    slot. The two finished items' checkpoint writes must not wait behind them (they did when
    LangGraph's thread pool was the concurrency limit), so the resume re-runs neither."""
    import os

    script = tmp_path / "crashy.py"
    script.write_text(CRASH_SCRIPT)
    store, calls = tmp_path / "s.sqlite", tmp_path / "calls.txt"
    victim_file = tmp_path / "victim.txt"
    env = {**os.environ, "CVTAILOR_MAX_CONCURRENCY": "1"}
    crashed = subprocess.run([sys.executable, str(script), str(calls), str(victim_file), "crash",
                              str(CV_MD), str(JD_MD), str(store)],
                             capture_output=True, text=True, timeout=120, env=env)
    assert crashed.returncode == 17, crashed.stderr
    victim = victim_file.read_text()
    first = calls.read_text().split()
    assert first[-1] == victim and len(first) == 3

    resumed = subprocess.run([sys.executable, str(script), str(calls), str(victim_file), "resume",
                              "", "", str(store)], capture_output=True, text=True, timeout=120,
                             env=env)
    assert resumed.returncode == 0, resumed.stderr
    assert json.loads(resumed.stdout.strip().splitlines()[-1])["status"] == "completed"
    second = calls.read_text().split()[len(first):]
    assert victim in second
    assert not set(first[:2]) & set(second), f"re-ran finished items: {set(first[:2]) & set(second)}"


def test_gap_interview_answers_file_round_trip(tmp_path: Path) -> None:
    analysis = cli("analyze", str(CV_MD), str(JD_MD), "--json")
    assert analysis.returncode == 0, analysis.stderr
    questions = json.loads(analysis.stdout)["questions"]
    kafka = next(q for q in questions if "Kafka" in q["text"])
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps({kafka["id"]: "Ran a three-broker Kafka cluster for payment "
                                                "events at Cobalt Payments."}))
    out = tmp_path / "out"
    run = cli("tailor", str(CV_MD), str(JD_MD), "--answers", str(answers), "--auto-approve",
              "--out", str(out), "--store", str(tmp_path / "s.sqlite"), "--json")
    assert run.returncode == 0, run.stderr
    cv_md = (out / "cv.md").read_text()
    assert "three-broker" in cv_md and "Kafka" in cv_md
    report = json.loads((out / "report.json").read_text())
    req = next(r for r in report["requirements"] if r["id"] == kafka["requirement_id"])
    assert req["status"] != "gap"
    assert "Terraform" not in cv_md and "Scala" not in cv_md  # unanswered gaps stay out


def test_the_interview_asks_a_follow_up_round_over_the_json_protocol(tmp_path: Path) -> None:
    from tests.graph.test_follow_up import CV_MD as BUYER_CV
    from tests.graph.test_follow_up import DESCRIBE_JD as BUYER_JD
    from tests.graph.test_follow_up import REQUOTED

    cv, jd = tmp_path / "cv.md", tmp_path / "jd.md"
    cv.write_text(BUYER_CV)
    jd.write_text(BUYER_JD)
    store = str(tmp_path / "s.sqlite")
    run = cli("tailor", str(cv), str(jd), "--interview", "--max-questions", "4", "--store",
              store, "--out", str(tmp_path / "out"), "--json")
    assert run.returncode == 0, run.stderr
    first = json.loads(run.stdout)
    assert first["status"] == "awaiting_answers"
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps({q["id"]: REQUOTED if "egotiat" in q["requirement"] else "no"
                                   for q in first["pending"]["questions"]}))
    again = cli("review", first["session"], "--answers", str(answers), "--store", store,
                "--json")
    assert again.returncode == 0, again.stderr
    second = json.loads(again.stdout)
    [follow_up] = second["pending"]["questions"]  # the interview asks again: a follow-up
    assert second["status"] == "awaiting_answers" and follow_up["kind"] == "confirm"
    assert follow_up["evidence"][0]["text"] == REQUOTED  # their own words, quoted back
    answers.write_text(json.dumps({follow_up["id"]: "yes"}))
    done = cli("review", first["session"], "--answers", str(answers), "--accept-all",
               "--store", store, "--json")
    assert done.returncode == 0 and json.loads(done.stdout)["status"] == "completed", done.stderr
    cv_md = (tmp_path / "out" / "cv.md").read_text()
    assert any("re-quoted" in line and "negotiat" in line.lower() for line in cv_md.splitlines())


def test_analyze_json_is_clean_and_a_closed_pipe_ends_quietly(tmp_path: Path) -> None:
    # The gap report's in-memory checkpointer knows the domain types: no "unregistered type"
    # warnings on stderr. A reader that goes away (`| head`) gets no error message either.
    import os

    args = [sys.executable, "-m", "cvtailor.cli", "analyze", str(CV_MD), str(JD_MD), "--json"]
    run = cli(*args[3:])
    assert run.returncode == 0 and json.loads(run.stdout)["requirements"]
    assert "unregistered" not in run.stderr and "Traceback" not in run.stderr
    piped = subprocess.run(f"{' '.join(args)} | head -c 5", shell=True, capture_output=True,
                           text=True, timeout=180, env=dict(os.environ),
                           executable="/bin/bash")
    assert piped.stdout == "{\n  \"" and piped.stderr == "", piped.stderr



def _on_a_terminal(args: list[str], keys: list[tuple[str, bytes]], home: Path,
                   timeout: float = 120.0) -> tuple[int, str]:
    """Run the CLI on a real pseudo-terminal and type each of `keys` once its prompt text has
    shown since the last key; the exit code and all the terminal showed, controls removed."""
    import os
    import pty
    import re
    import select
    import time

    def plain(raw: bytes) -> str:
        return re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", raw.decode(errors="replace"))

    pid, fd = pty.fork()
    if pid == 0:  # the child: the CLI, with the terminal as its stdin, stdout and stderr
        os.environ.update({"HOME": str(home), "COLUMNS": "200"})
        os.execv(sys.executable, [sys.executable, "-m", "cvtailor.cli", *args])
    seen, since, todo = b"", 0, list(keys)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if select.select([fd], [], [], 0.2)[0]:
            try:
                chunk = os.read(fd, 65536)
            except OSError:  # the child has closed the terminal: it ended
                break
            if not chunk:
                break
            seen += chunk
        if todo and todo[0][0] in plain(seen[since:]):
            since = len(seen)
            os.write(fd, todo.pop(0)[1])
    else:
        os.kill(pid, 9)
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status), plain(seen)


def test_on_a_terminal_a_bare_yes_is_asked_again_and_ctrl_d_says_how_to_go_on(
    tmp_path: Path,
) -> None:
    """The terminal interview as a person meets it: "yes" to "say where and how" is asked
    again, and Ctrl-D at the next prompt ends with one line naming the session to continue,
    not a traceback or "EOFError". (The ad asks for a tool the CV never names, so its one
    question is a describe question: the example ad's first is a confirm question, which a
    "yes" answers.)"""
    jd = tmp_path / "jd.md"
    jd.write_text("# Data Platform Engineer\n\n**Acme** · Remote\n\n## Requirements\n\n"
                  "- Experience with Snowflake\n- Python\n", encoding="utf-8")
    code, shown = _on_a_terminal(
        ["tailor", str(CV_MD), str(jd), "--max-questions", "1", "--out",
         str(tmp_path / "out"), "--store", str(tmp_path / "s.sqlite")],
        [("answer", b"yes\r"), ("say where (which role) and how", b"\x04")], tmp_path)
    assert "say where (which role) and how" in shown, shown
    assert code == 130, shown
    assert "Traceback" not in shown and "EOFError" not in shown, shown
    sessions = cli("sessions", "--store", str(tmp_path / "s.sqlite"), "--json")
    [row] = json.loads(sessions.stdout)
    assert f"continue with `cvtailor review {row['session']}`" in shown, shown
