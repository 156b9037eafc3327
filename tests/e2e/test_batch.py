"""`batch`: one CV, many JDs, each its own resumable application; a kill loses nothing and
finished applications are never redone."""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from cvtailor.applications.batch import batch
from cvtailor.errors import InputError
from tests.conftest import CV_MD, JD_MD

pytestmark = pytest.mark.slow

TITLES = ("Data Platform Engineer", "Data Engineer", "Analytics Engineer",
          "Senior Data Engineer", "Platform Engineer")


def jd_variants(folder: Path, count: int) -> list[Path]:
    """`count` distinct job ads: the example JD under other titles and company names."""
    folder.mkdir(parents=True, exist_ok=True)
    base = JD_MD.read_text(encoding="utf-8")
    paths = []
    for n in range(count):
        text = base.replace("# Data Platform Engineer", f"# {TITLES[n % len(TITLES)]}", 1)
        text = text.replace("Harborline Energy", f"Firm {chr(65 + n)} Energy")
        path = folder / f"ad-{n:02d}.md"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "cvtailor.cli", *args], capture_output=True,
                          text=True, timeout=180, stdin=subprocess.DEVNULL)


def checkpoints(store: Path) -> dict[str, int]:
    conn = sqlite3.connect(store, timeout=30)
    try:
        return dict(conn.execute("SELECT thread_id, count(*) FROM checkpoints GROUP BY thread_id"))
    finally:
        conn.close()


def records(store: Path) -> dict[str, tuple[str, str]]:
    """session id -> (run status, updated_at)."""
    conn = sqlite3.connect(store, timeout=30)
    try:
        return {r[0]: (r[1], r[2]) for r in conn.execute(
            "SELECT id, status, updated_at FROM cvtailor_sessions")}
    except sqlite3.OperationalError:  # the table is not there yet
        return {}
    finally:
        conn.close()


def test_twenty_jds_complete_are_listed_and_a_second_run_redoes_nothing(tmp_path: Path) -> None:
    store, out = tmp_path / "s.sqlite", tmp_path / "out"
    jds = jd_variants(tmp_path / "jds", 20)
    result = batch(CV_MD, jds, out_dir=out, store=store, concurrency=2)
    assert len(result.items) == 20
    assert {i.action for i in result.items} == {"started"}, [
        (i.jd, i.error) for i in result.items if i.action != "started"]
    assert all(i.run_status == "completed" and i.status == "ready" for i in result.items)
    assert [i.company for i in result.items] == [f"Firm {chr(65 + n)} Energy" for n in range(20)]
    assert all(i.coverage_after is not None and i.coverage_before is not None
               and i.coverage_after > i.coverage_before for i in result.items)
    folders = {i.out_dir for i in result.items}
    assert len(folders) == 20 and all((Path(f) / "cv.md").is_file() for f in folders)
    assert Path(result.items[0].out_dir).name == "firm-a-energy-data-platform-engineer"
    # Questions it could not ask: each once, with every application that asks it.
    template = json.loads((out / "answers.json").read_text())
    assert template["questions"] and all(len(q["asked_in"]) == 20
                                         for q in template["questions"])

    listing = cli("applications", "--json", "--store", str(store))
    assert listing.returncode == 0, listing.stderr
    apps = {a["session"]: a for a in json.loads(listing.stdout)}
    assert set(apps) == {i.session for i in result.items}
    for item in result.items:
        app = apps[item.session]
        assert (app["title"], app["company"], app["status"]) == (item.title, item.company,
                                                                 "ready")
        assert app["coverage_before"] == item.coverage_before
        assert app["coverage_after"] == item.coverage_after

    before = checkpoints(store), records(store)
    again = batch(CV_MD, jds, out_dir=out, store=store, concurrency=2)
    assert {i.action for i in again.items} == {"skipped"}
    assert [i.out_dir for i in again.items] == [i.out_dir for i in result.items]
    assert (checkpoints(store), records(store)) == before


def test_answers_file_fed_back_reruns_only_the_applications_it_changes(tmp_path: Path) -> None:
    store, out = tmp_path / "s.sqlite", tmp_path / "out"
    jds = jd_variants(tmp_path / "jds", 2)
    first = batch(CV_MD, jds, out_dir=out, store=store, concurrency=1)
    template = json.loads((out / "answers.json").read_text())
    kafka = next(q for q in template["questions"] if "Kafka" in q["question"])
    kafka["answer"] = "Ran a three-broker Kafka cluster for order events at Cobalt Payments."
    kafka["asked_in"] = kafka["asked_in"][:1]  # the answer for the first application only
    filled = tmp_path / "filled.json"
    filled.write_text(json.dumps(template), encoding="utf-8")

    second = batch(CV_MD, jds, out_dir=out, store=store, concurrency=1, answers=filled)
    assert [i.action for i in second.items] == ["reanswered", "skipped"]
    assert "Kafka" in (Path(first.items[0].out_dir) / "cv.md").read_text()
    assert "Kafka" not in (Path(first.items[1].out_dir) / "cv.md").read_text()
    rewritten = json.loads((out / "answers.json").read_text())
    assert any(q["answer"] == kafka["answer"] for q in rewritten["questions"])  # kept
    third = batch(CV_MD, jds, out_dir=out, store=store, concurrency=1, answers=filled)
    assert [i.action for i in third.items] == ["skipped", "skipped"]


def test_killed_batch_resumes_without_redoing_finished_applications(tmp_path: Path) -> None:
    store, out = tmp_path / "s.sqlite", tmp_path / "out"
    jd_variants(tmp_path / "jds", 8)
    args = ["batch", str(CV_MD), "--jds", str(tmp_path / "jds"), "--out", str(out),
            "--store", str(store), "--concurrency", "1", "--json"]
    proc = subprocess.Popen([sys.executable, "-m", "cvtailor.cli", *args],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            stdin=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while sum(s == "completed" for s, _ in records(store).values()) < 3:
        assert proc.poll() is None, "the batch ended before it could be killed"
        assert time.monotonic() < deadline
        time.sleep(0.02)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    at_kill = records(store)
    done = {sid for sid, (status, _) in at_kill.items() if status == "completed"}
    assert 3 <= len(done) < 8
    counts = checkpoints(store)

    run = cli(*args)
    assert run.returncode == 0, run.stderr
    items = json.loads(run.stdout)["items"]
    assert len(items) == 8 and all(i["run_status"] == "completed" for i in items)
    assert {i["session"] for i in items if i["action"] == "skipped"} == done
    assert {i["action"] for i in items if i["session"] not in done} <= {"started", "resumed"}
    after, counts_after = records(store), checkpoints(store)
    for sid in done:  # not redone: same record time, no new checkpoint
        assert after[sid] == at_kill[sid] and counts_after[sid] == counts[sid]
    assert len(after) == 8  # an application half-done at the kill was resumed, not duplicated


def test_bad_batch_input_is_one_line_and_runs_nothing(tmp_path: Path) -> None:
    store = tmp_path / "s.sqlite"
    empty = tmp_path / "empty"
    empty.mkdir()
    run = cli("batch", str(CV_MD), "--jds", str(empty), "--store", str(store))
    assert run.returncode == 2 and run.stderr.count("\n") == 1 and "no job descriptions" in run.stderr
    run = cli("batch", str(CV_MD), str(tmp_path / "missing.md"), "--store", str(store))
    assert run.returncode == 2 and "Traceback" not in run.stderr
    bad = tmp_path / "answers.json"
    bad.write_text('{"questions": "yes"}', encoding="utf-8")
    with pytest.raises(InputError, match="answers file"):
        batch(CV_MD, [JD_MD], out_dir=tmp_path / "out", store=store, answers=bad)
    assert not store.exists() or not records(store)


def test_worker_processes_do_the_same_work(tmp_path: Path) -> None:
    store, out = tmp_path / "s.sqlite", tmp_path / "out"
    jds = jd_variants(tmp_path / "jds", 2)
    result = batch(CV_MD, jds, out_dir=out, store=store, concurrency=2, processes=True)
    assert [i.action for i in result.items] == ["started", "started"]
    assert all(i.run_status == "completed" and (Path(i.out_dir) / "cv.md").is_file()
               for i in result.items)
    again = batch(CV_MD, jds, out_dir=out, store=store, concurrency=2)  # threads: same records
    assert [i.action for i in again.items] == ["skipped", "skipped"]
