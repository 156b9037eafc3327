"""Where sessions live: a checkpointer (one thread per session) plus a small table of session
settings, so a session started in one process can be resumed from another.

SQLite by default: a file in the user's data dir (`platformdirs`), overridden by `--store` /
CVTAILOR_STORE. A `postgresql://` URL there puts both in PostgreSQL (`storage.postgres`, the
`postgres` extra); the semantic index and model cache then stay in the local data dir.
"""

from __future__ import annotations

import json
import os
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from platformdirs import user_data_dir

from cvtailor.errors import SessionError
from cvtailor.storage.lease import TABLE as LEASE_TABLE
from cvtailor.storage.private import private_dir, private_file

if TYPE_CHECKING:  # imported on first use: listing sessions needs neither
    from langgraph.checkpoint.base import BaseCheckpointSaver

BUSY_TIMEOUT_MS = 30_000


def default_store() -> str:
    """CVTAILOR_STORE (a SQLite path or a PostgreSQL URL), or the default SQLite file."""
    return os.environ.get("CVTAILOR_STORE") or str(_local_store_path())


def _local_store_path() -> Path:
    return Path(user_data_dir("cvtailor", appauthor=False)) / "sessions.sqlite"


def default_store_path() -> Path:
    """The local file next to which side files live (model cache, semantic index):
    CVTAILOR_STORE when it is a SQLite path, else sessions.sqlite in the user's data dir."""
    env = os.environ.get("CVTAILOR_STORE")
    if env and not is_postgres_url(env):
        return Path(env).expanduser()
    return _local_store_path()


def is_postgres_url(where: str | Path | None) -> bool:
    """Whether a store location is a PostgreSQL URL (postgres:// or postgresql://)."""
    return str(where or "").startswith(("postgres://", "postgresql://", "postgresql+psycopg://"))


def connect(path: str | Path) -> sqlite3.Connection:
    """A connection to the SQLite store, with the session table created if new."""
    p = Path(path).expanduser()
    if is_postgres_url(path):
        raise SessionError("a PostgreSQL URL is not a SQLite file: open it with SessionStore")
    private_dir(p.parent)
    private_file(p)  # 0600 before SQLite opens it: its -wal/-shm files take the same mode
    conn = sqlite3.connect(str(p), check_same_thread=False, timeout=BUSY_TIMEOUT_MS / 1000)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    # WAL (SqliteSaver sets it too) with synchronous=NORMAL: a commit no longer waits for an
    # fsync of the log. Every node's writes are committed (durability="sync"), so a killed
    # process still loses nothing; only a power cut can drop the last commits, never corrupt.
    # With the default FULL, fsyncs were half the graph's own time in a 20-item run.
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute(
        "CREATE TABLE IF NOT EXISTS cvtailor_sessions (id TEXT PRIMARY KEY, created_at TEXT, "
        "updated_at TEXT, cv_name TEXT, jd_name TEXT, settings TEXT, status TEXT)"
    )
    conn.execute(LEASE_TABLE)
    conn.commit()
    return conn


@dataclass
class SessionRecord:
    """One session's row: id, times, input file names, settings and status."""

    id: str
    created_at: str
    updated_at: str
    cv_name: str
    jd_name: str
    settings: dict[str, Any]
    status: str


UPSERT = ("INSERT INTO cvtailor_sessions VALUES ({p},{p},{p},{p},{p},{p},{p}) ON CONFLICT(id) DO "
          "UPDATE SET updated_at=excluded.updated_at, settings=excluded.settings, "
          "status=excluded.status")


class SessionStore:
    """The checkpointer and the session table: one SQLite file (default) or, for a
    `postgresql://` URL, a PostgreSQL database (`storage.postgres`)."""

    def __init__(self, path: str | Path | None = None) -> None:
        where = str(path) if path else default_store()
        self.location = where  # what error messages name (a URL without its password)
        self.compiled_graph: Any = None  # the graph with this checkpointer (session.py)
        self.leases: Any = None  # the lease table, made on first use (storage.lease)
        if is_postgres_url(where):
            from cvtailor.storage.postgres import PostgresBackend, redact

            self._pg: Any = PostgresBackend(where)
            self.location = redact(where)
            self.path = default_store_path()  # side files (index, model cache) stay local
            self._checkpointer: BaseCheckpointSaver[Any] | None = self._pg.checkpointer
            self._mark = "%s"
            return
        self._pg = None
        self.path = Path(where).expanduser()
        self.conn = connect(self.path)
        self._checkpointer = None
        self._mark = "?"

    @property
    def checkpointer(self) -> BaseCheckpointSaver[Any]:
        """LangGraph's saver for this store, made on first use for SQLite (listing sessions
        does not need LangGraph)."""
        if self._checkpointer is None:
            from langgraph.checkpoint.sqlite import SqliteSaver

            from cvtailor.storage.serializer import serializer

            self._checkpointer = SqliteSaver(self.conn, serde=serializer())
        return self._checkpointer

    def _execute(self, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        sql = sql.replace("?", self._mark)
        if self._pg is not None:
            rows: list[tuple[Any, ...]] = self._pg.execute(sql, params)
            return rows
        cursor = self.conn.execute(sql, params)
        rows = cursor.fetchall()
        self.conn.commit()
        return rows

    def __enter__(self) -> SessionStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the connection (or the PostgreSQL pool)."""
        if self.leases is not None:
            self.leases.close()
        if self._pg is not None:
            self._pg.close()
        else:
            self.conn.close()

    def save_session(self, record: SessionRecord) -> None:
        """Insert the session, or update its settings, status and time."""
        now = datetime.now(UTC).isoformat(timespec="seconds")
        self._execute(UPSERT.format(p="?"), (
            record.id, record.created_at or now, now, record.cv_name, record.jd_name,
            json.dumps(record.settings), record.status))

    def get_session(self, session_id: str) -> SessionRecord:
        """The session's record; SessionError when there is none."""
        rows = self._execute("SELECT * FROM cvtailor_sessions WHERE id = ?", (session_id,))
        if not rows:
            raise SessionError(f"no session {session_id!r} in {self.location}")
        row = rows[0]
        return SessionRecord(row[0], row[1], row[2], row[3], row[4], json.loads(row[5]), row[6])

    def delete_session(self, session_id: str) -> None:
        """Remove the session's row (Session.delete removes its checkpoints and index)."""
        self._execute("DELETE FROM cvtailor_sessions WHERE id = ?", (session_id,))

    def list_sessions(self) -> list[SessionRecord]:
        """Every session, newest first. A session recorded as running whose process is gone
        (killed, crashed: its lease is stale or missing) is listed as `interrupted`."""
        rows = self._execute("SELECT * FROM cvtailor_sessions ORDER BY created_at DESC, id")
        records = [SessionRecord(r[0], r[1], r[2], r[3], r[4], json.loads(r[5]), r[6])
                   for r in rows]
        if any(r.status == "running" for r in records):
            from cvtailor.storage.lease import leases_of, live

            holders = leases_of(self).holders()
            for r in records:
                if r.status == "running" and not live(holders.get(r.id)):
                    r.status = "interrupted"
        return records
