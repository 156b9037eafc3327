"""`langgraph dev` keeping its checkpoints in PostgreSQL (CVTAILOR_SERVER_STORE)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.server.conftest import start_server, stop_server
from tests.server.test_server import answer_until_done, client, run, start_input

pytest.importorskip("langgraph_sdk", reason="langgraph-sdk is in the dev extra")
pytestmark = [pytest.mark.postgres, pytest.mark.server, pytest.mark.slow]


def test_server_checkpoints_in_postgres(pg_url: str, tmp_path: Path) -> None:
    import psycopg

    proc, srv = start_server(tmp_path / "srv", {"CVTAILOR_SERVER_STORE": pg_url})
    try:
        thread = client(srv).threads.create()["thread_id"]
        out = run(srv, thread, input=start_input())
        assert "__error__" not in (out or {}), out
        values = answer_until_done(srv, thread)
        assert values["stage"] == "exported"
    finally:
        stop_server(proc)
    with psycopg.connect(pg_url) as conn:
        count = conn.execute("SELECT count(*) FROM checkpoints WHERE thread_id = %s",
                             (thread,)).fetchone()
    assert count and count[0] > 0
    assert "Using custom checkpointer: AsyncPostgresSaver" in srv.log_text()
    assert srv.log_text().count("Deserializing unregistered type") == 0
