"""Application records, fork and batch on a PostgreSQL store, and an older store's session
table gaining the application columns in place."""

from __future__ import annotations

import os
import uuid
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest

from cvtailor.applications.batch import batch
from cvtailor.applications.records import list_applications, mark
from cvtailor.session import Session
from cvtailor.storage.session_store import SessionStore
from tests.conftest import CV_MD, JD_MD
from tests.postgres.conftest import DSN_ENV

pytest.importorskip("langgraph.checkpoint.postgres", reason="the 'postgres' extra is not installed")
pytestmark = pytest.mark.postgres


def _rows(url: str, thread: str) -> list[tuple[object, ...]]:
    import psycopg

    with psycopg.connect(url) as conn:
        return [*conn.execute("SELECT * FROM checkpoints WHERE thread_id = %s ORDER BY "
                              "checkpoint_id", (thread,)),
                *conn.execute("SELECT * FROM checkpoint_writes WHERE thread_id = %s ORDER BY "
                              "checkpoint_id, task_id, idx", (thread,)),
                *conn.execute("SELECT * FROM checkpoint_blobs WHERE thread_id = %s ORDER BY "
                              "channel, version", (thread,)),
                *conn.execute("SELECT * FROM cvtailor_sessions WHERE id = %s", (thread,))]


def test_records_and_fork_in_postgres(pg_url: str, tmp_path: Path) -> None:
    with SessionStore(pg_url) as store:
        source = Session.start(CV_MD, JD_MD, store=store, semantic=False, auto_approve=True,
                               out_dir=str(tmp_path / "first"))
        rows = _rows(pg_url, source.id)
        fork = source.fork(jd="# Site Reliability Engineer\n\nNorthwind Grid\n\n"
                              "## Requirements\n- Kubernetes in production\n- Python\n")
        assert fork.id != source.id and fork.status == "completed"
        assert _rows(pg_url, source.id) == rows
        mark(store, fork.id, "applied", favourite=True)
    with SessionStore(pg_url) as store:  # a fresh pool reads the same records
        apps = {a.session: a for a in list_applications(store)}
        assert apps[source.id].title == "Data Platform Engineer"
        assert apps[source.id].status == "ready" and apps[source.id].coverage_after
        assert (apps[fork.id].title, apps[fork.id].status, apps[fork.id].favourite) == (
            "Site Reliability Engineer", "applied", True)


def test_batch_in_postgres_resumes_by_input_key(pg_url: str, tmp_path: Path) -> None:
    jds = []
    for n in range(3):
        path = tmp_path / f"ad{n}.md"
        path.write_text(JD_MD.read_text().replace("Harborline Energy", f"Firm {n} Energy"))
        jds.append(path)
    first = batch(CV_MD, jds, out_dir=tmp_path / "out", store=pg_url, concurrency=2,
                  semantic=False)
    assert [i.action for i in first.items] == ["started"] * 3
    again = batch(CV_MD, jds, out_dir=tmp_path / "out", store=pg_url, concurrency=2,
                  semantic=False)
    assert [i.action for i in again.items] == ["skipped"] * 3
    assert [i.session for i in again.items] == [i.session for i in first.items]


def test_an_older_postgres_session_table_gains_the_columns(tmp_path: Path) -> None:
    dsn = os.environ.get(DSN_ENV)
    if not dsn:
        pytest.skip(f"no PostgreSQL server: set {DSN_ENV}")
    import psycopg

    name = "cvtailor_old_" + uuid.uuid4().hex[:10]
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    url = urlunsplit(urlsplit(dsn)._replace(path="/" + name))
    try:
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute("CREATE TABLE cvtailor_sessions (id TEXT PRIMARY KEY, created_at TEXT, "
                         "updated_at TEXT, cv_name TEXT, jd_name TEXT, settings TEXT, "
                         "status TEXT)")
            conn.execute("INSERT INTO cvtailor_sessions VALUES ('old', '2026-01-01', "
                         "'2026-01-01', 'cv.md', 'jd.md', '{}', 'completed')")
        with SessionStore(url) as store:
            [app] = list_applications(store)
            assert (app.session, app.status, app.favourite, app.title) == ("old", "ready",
                                                                           False, "")
            assert mark(store, "old", "closed", title="Analyst").title == "Analyst"
    finally:
        with psycopg.connect(dsn, autocommit=True) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
