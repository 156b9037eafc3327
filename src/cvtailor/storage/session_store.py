"""Where sessions live: a SQLite checkpointer (one thread per session) plus a small table of
session settings, so a session started in one process can be resumed from another.

Default path: the user's data dir (`platformdirs`), overridden by `--store` / CVTAILOR_STORE.
"""

from __future__ import annotations

import json
import os
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import Enum
from pathlib import Path
from typing import Any

from langgraph.checkpoint.serde.jsonplus import JsonPlusSerializer
from langgraph.checkpoint.sqlite import SqliteSaver
from platformdirs import user_data_dir
from pydantic import BaseModel

from cvtailor import models
from cvtailor.errors import SessionError
from cvtailor.storage.private import private_dir, private_file

BUSY_TIMEOUT_MS = 30_000


def default_store_path() -> Path:
    """CVTAILOR_STORE, or sessions.sqlite in the user's data directory."""
    env = os.environ.get("CVTAILOR_STORE")
    if env:
        return Path(env).expanduser()
    return Path(user_data_dir("cvtailor", appauthor=False)) / "sessions.sqlite"


def domain_types() -> list[type]:
    """Every model and enum the `models` package defines (its submodules included)."""
    return [v for v in vars(models).values() if isinstance(v, type)
            and issubclass(v, BaseModel | Enum)
            and (v.__module__ == models.__name__ or v.__module__.startswith(f"{models.__name__}."))]


def serializer() -> JsonPlusSerializer:
    """A serializer that knows every domain type (no 'unregistered type' warnings on load).

    Checkpoints written before `models` became a package name its types `cvtailor.models.X`;
    those keys stay allowed (the package re-exports every type, so they still load)."""
    types = domain_types()
    legacy = [(models.__name__, t.__name__) for t in types]
    return JsonPlusSerializer(allowed_msgpack_modules=[*types, *legacy])


def connect(path: str | Path) -> sqlite3.Connection:
    """A connection to the SQLite store, with the session table created if new; a PostgreSQL
    URL is a SessionError."""
    p = Path(path).expanduser()
    if str(path).startswith(("postgres://", "postgresql://")):
        raise SessionError("PostgreSQL stores are not supported yet; use a SQLite file path")
    private_dir(p.parent)
    private_file(p)  # 0600 before SQLite opens it: its -wal/-shm files take the same mode
    conn = sqlite3.connect(str(p), check_same_thread=False, timeout=BUSY_TIMEOUT_MS / 1000)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute(
        "CREATE TABLE IF NOT EXISTS cvtailor_sessions (id TEXT PRIMARY KEY, created_at TEXT, "
        "updated_at TEXT, cv_name TEXT, jd_name TEXT, settings TEXT, status TEXT)"
    )
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


class SessionStore:
    """The checkpointer and the session table over one SQLite connection."""

    def __init__(self, path: str | Path | None = None) -> None:
        self.path = Path(path).expanduser() if path else default_store_path()
        self.conn = connect(self.path)
        self.checkpointer = SqliteSaver(self.conn, serde=serializer())

    def close(self) -> None:
        """Close the connection."""
        self.conn.close()

    def save_session(self, record: SessionRecord) -> None:
        """Insert the session, or update its settings, status and time."""
        now = datetime.now(UTC).isoformat(timespec="seconds")
        self.conn.execute(
            "INSERT INTO cvtailor_sessions VALUES (?,?,?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET "
            "updated_at=excluded.updated_at, settings=excluded.settings, status=excluded.status",
            (record.id, record.created_at or now, now, record.cv_name, record.jd_name,
             json.dumps(record.settings), record.status),
        )
        self.conn.commit()

    def get_session(self, session_id: str) -> SessionRecord:
        """The session's record; SessionError when there is none."""
        row = self.conn.execute(
            "SELECT * FROM cvtailor_sessions WHERE id = ?", (session_id,)).fetchone()
        if row is None:
            raise SessionError(f"no session {session_id!r} in {self.path}")
        return SessionRecord(row[0], row[1], row[2], row[3], row[4], json.loads(row[5]), row[6])

    def delete_session(self, session_id: str) -> None:
        """Remove the session's row (Session.delete removes its checkpoints and index)."""
        self.conn.execute("DELETE FROM cvtailor_sessions WHERE id = ?", (session_id,))
        self.conn.commit()

    def list_sessions(self) -> list[SessionRecord]:
        """Every session, newest first."""
        rows = self.conn.execute(
            "SELECT * FROM cvtailor_sessions ORDER BY created_at DESC, id").fetchall()
        return [SessionRecord(r[0], r[1], r[2], r[3], r[4], json.loads(r[5]), r[6]) for r in rows]
