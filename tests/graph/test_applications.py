"""Sessions as job applications: the record follows the run, `mark` changes it, and `fork`
makes a new application without touching the old one."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from cvtailor.applications.records import list_applications, mark
from cvtailor.errors import InputError, SessionError
from cvtailor.session import Session
from cvtailor.storage.session_store import SessionStore
from tests.conftest import CV_MD, JD_MD

OTHER_JD = ("# Site Reliability Engineer\n\nNorthwind Grid\n\n## Requirements\n"
            "- Kubernetes in production\n- Python\n- Prometheus and Grafana monitoring\n")


def start(store: Path, out: Path | None = None, **settings: object) -> Session:
    return Session.start(CV_MD, JD_MD, store=store, out_dir=str(out or ""), **settings)


def test_record_carries_title_company_status_and_coverage(store_path: Path) -> None:
    waiting = start(store_path)  # stops at review: a draft application
    app = waiting.application()
    assert (app.title, app.company) == ("Data Platform Engineer", "Harborline Energy")
    assert app.status == "draft" and app.run_status == "awaiting_review"
    assert app.coverage_after is None
    waiting.accept_all()
    app = waiting.application()
    assert app.status == "ready" and app.run_status == "completed"
    assert app.coverage_before is not None and app.coverage_after is not None
    assert app.coverage_after > app.coverage_before
    assert app.pinned_version is None  # the latest


def test_mark_sets_status_favourite_and_names_and_a_rerun_keeps_them(store_path: Path) -> None:
    session = start(store_path)
    app = session.mark("applied", favourite=True, company="Harborline")
    assert (app.status, app.favourite, app.company) == ("applied", True, "Harborline")
    session.accept_all()  # the run completes: the person's status and company stay
    app = Session.open(session.id, store=store_path).application()
    assert (app.status, app.favourite, app.company) == ("applied", True, "Harborline")
    assert app.title == "Data Platform Engineer"
    assert [a.session for a in list_applications(store_path, "applied")] == [session.id]
    assert list_applications(store_path, "ready") == []


def test_bad_mark_changes_nothing(store_path: Path) -> None:
    session = start(store_path, auto_approve=True)
    before = SessionStore(store_path).get_session(session.id)
    with pytest.raises(InputError, match="status must be one of"):
        session.mark("sent", favourite=True)
    with pytest.raises(InputError, match="title cannot be empty"):
        session.mark("applied", title="  ")
    with pytest.raises(InputError):
        list_applications(store_path, "sent")
    with pytest.raises(SessionError, match="no session 'nope'"):
        mark(store_path, "nope", "applied")
    assert SessionStore(store_path).get_session(session.id) == before


def test_an_old_store_gets_the_new_columns_in_place(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE cvtailor_sessions (id TEXT PRIMARY KEY, created_at TEXT, "
                 "updated_at TEXT, cv_name TEXT, jd_name TEXT, settings TEXT, status TEXT)")
    conn.execute("INSERT INTO cvtailor_sessions VALUES ('s1', '2026-01-01T00:00:00+00:00', "
                 "'2026-01-01T00:00:00+00:00', 'cv.md', 'jd.md', '{}', 'completed')")
    conn.commit()
    conn.close()
    [app] = list_applications(path)
    assert (app.session, app.status, app.favourite, app.title) == ("s1", "ready", False, "")
    assert mark(path, "s1", "closed").status == "closed"


def _rows(store: Path, thread: str) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(store)
    try:
        return [*conn.execute("SELECT * FROM checkpoints WHERE thread_id = ? ORDER BY "
                              "checkpoint_id", (thread,)),
                *conn.execute("SELECT * FROM writes WHERE thread_id = ? ORDER BY checkpoint_id, "
                              "task_id, idx", (thread,)),
                *conn.execute("SELECT * FROM cvtailor_sessions WHERE id = ?", (thread,))]
    finally:
        conn.close()


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_fork_is_a_new_application_and_the_source_stays_byte_identical(
    tmp_path: Path, store_path: Path,
) -> None:
    out = tmp_path / "first"
    source = start(store_path, out, auto_approve=True)
    rows, files = _rows(store_path, source.id), _files(out)
    assert rows and "cv.md" in files

    jd_file = tmp_path / "sre.md"
    jd_file.write_text(OTHER_JD, encoding="utf-8")
    fork = Session.open(source.id, store=store_path).fork(jd=jd_file)
    assert fork.id != source.id and fork.status == "completed"
    assert Path(fork.context.out_dir) == tmp_path / f"first-{fork.id}"
    assert (Path(fork.context.out_dir) / "cv.md").is_file()
    assert all(p.startswith(fork.context.out_dir) for p in fork.values["outputs"].values())
    app = fork.application()
    assert (app.title, app.company, app.jd) == ("Site Reliability Engineer", "Northwind Grid",
                                                 "sre.md")
    # A fork of the finished run, same JD: from before export, into its own folder.
    again = Session.open(source.id, store=store_path).fork(out_dir=tmp_path / "again")
    assert again.status == "completed" and (tmp_path / "again" / "cv.md").is_file()
    assert again.application().title == "Data Platform Engineer"
    assert any(h["source"] == "fork" for h in again.history())

    assert _rows(store_path, source.id) == rows
    assert _files(out) == files
    assert {a.session for a in list_applications(store_path)} == {source.id, fork.id, again.id}


def test_fork_refusals_change_nothing(tmp_path: Path, store_path: Path) -> None:
    out = tmp_path / "first"
    source = start(store_path, out, auto_approve=True)
    rows = _rows(store_path, source.id)
    late = next(h for h in source.history() if "assemble" in h["next"])["checkpoint"]
    with pytest.raises(InputError, match="past parse_jd"):
        source.fork(late, jd=OTHER_JD)
    with pytest.raises(InputError, match="its own output folder"):
        source.fork(out_dir=out)
    with pytest.raises(SessionError, match="no checkpoint"):
        source.fork("nope")
    assert _rows(store_path, source.id) == rows
    assert [a.session for a in list_applications(store_path)] == [source.id]


def test_fork_of_a_session_waiting_for_review_waits_too(store_path: Path) -> None:
    source = start(store_path)
    fork = source.fork()
    assert fork.status == "awaiting_review" and source.status == "awaiting_review"
    fork.accept_all()
    assert fork.status == "completed" and source.status == "awaiting_review"
