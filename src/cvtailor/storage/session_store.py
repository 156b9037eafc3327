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
import time
from dataclasses import dataclass, fields
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from platformdirs import user_data_dir

from cvtailor.errors import SessionError
from cvtailor.storage.lease import TABLE as LEASE_TABLE
from cvtailor.storage.private import private_dir, private_file

if TYPE_CHECKING:  # imported on first use: listing sessions needs neither
    from langgraph.checkpoint.base import BaseCheckpointSaver
    from langgraph.store.base import BaseStore

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
    _switch_to_wal(conn)
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute(
        "CREATE TABLE IF NOT EXISTS cvtailor_sessions (id TEXT PRIMARY KEY, created_at TEXT, "
        "updated_at TEXT, cv_name TEXT, jd_name TEXT, settings TEXT, status TEXT)"
    )
    # A store made before application records: add their columns in place (data kept).
    present = {row[1] for row in conn.execute("PRAGMA table_info(cvtailor_sessions)")}
    for name, sql_type in APPLICATION_COLUMNS.items():
        if name not in present:
            try:
                conn.execute(f"ALTER TABLE cvtailor_sessions ADD COLUMN {name} {sql_type}")
            except sqlite3.OperationalError as exc:  # another process added it just now
                if "duplicate column" not in str(exc):
                    raise
    conn.execute(LEASE_TABLE)
    conn.commit()
    return conn


def _switch_to_wal(conn: sqlite3.Connection) -> None:
    """PRAGMA journal_mode = WAL, waiting while another process switches a new store.

    The pragma reads the header first and then needs the write lock; SQLite does not call the
    busy handler for that upgrade, so processes opening a new store at once get "database is
    locked" at once, whatever busy_timeout is. Retried here up to the same timeout."""
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.01)


# The job application each session is (title, company, the person's status...): columns
# after the original seven, added in place to older stores. Name -> SQLite type (PostgreSQL
# takes the same names; REAL is DOUBLE PRECISION there).
APPLICATION_COLUMNS = {
    "title": "TEXT DEFAULT ''", "company": "TEXT DEFAULT ''", "marked_status": "TEXT DEFAULT ''",
    "favourite": "INTEGER DEFAULT 0", "coverage_before": "REAL", "coverage_after": "REAL",
    "pinned_version": "INTEGER", "input_key": "TEXT DEFAULT ''",
}


@dataclass
class SessionRecord:
    """One session's row: id, times, input file names, settings and run status, and the job
    application it is (see `applications`): title, company, the status the person set,
    favourite, coverage before/after, the pinned version and the batch input key."""

    id: str
    created_at: str
    updated_at: str
    cv_name: str
    jd_name: str
    settings: dict[str, Any]
    status: str  # the run: running | completed | awaiting_* | interrupted | failed
    title: str = ""
    company: str = ""
    marked_status: str = ""  # draft | ready | applied | closed as the person set it; "" = auto
    favourite: bool = False
    coverage_before: float | None = None
    coverage_after: float | None = None
    pinned_version: int | None = None  # the review round to use; None = the latest
    input_key: str = ""  # batch: a hash of the CV and JD texts, to find the run again

    @property
    def application_status(self) -> str:
        """draft | ready | applied | closed: what the person set, else `ready` once the run
        completed and `draft` before."""
        if self.marked_status:
            return self.marked_status
        return "ready" if self.status == "completed" else "draft"

    def row(self) -> tuple[Any, ...]:
        """The values in column order (settings as JSON, favourite as 0/1)."""
        values = [getattr(self, f.name) for f in fields(self)]
        values[COLUMNS.index("settings")] = json.dumps(self.settings)
        values[COLUMNS.index("favourite")] = int(self.favourite)
        return tuple(values)

    @classmethod
    def from_row(cls, row: tuple[Any, ...]) -> SessionRecord:
        """A record from a row in column order (NULLs of added columns become defaults)."""
        record = cls(row[0], row[1], row[2], row[3], row[4], json.loads(row[5]), row[6])
        for name, value in zip(COLUMNS[7:], row[7:], strict=True):
            if value is not None:
                setattr(record, name, bool(value) if name == "favourite" else value)
        return record


COLUMNS = ("id", "created_at", "updated_at", "cv_name", "jd_name", "settings", "status",
           *APPLICATION_COLUMNS)
SELECT = f"SELECT {', '.join(COLUMNS)} FROM cvtailor_sessions"
# created_at, cv_name and jd_name are set once; every other column follows the record.
UPSERT = (f"INSERT INTO cvtailor_sessions ({', '.join(COLUMNS)}) "
          f"VALUES ({', '.join('{p}' for _ in COLUMNS)}) ON CONFLICT(id) DO UPDATE SET "
          + ", ".join(f"{c}=excluded.{c}" for c in COLUMNS
                      if c not in ("id", "created_at", "cv_name", "jd_name")))


class SessionStore:
    """The checkpointer and the session table: one SQLite file (default) or, for a
    `postgresql://` URL, a PostgreSQL database (`storage.postgres`)."""

    def __init__(self, path: str | Path | None = None) -> None:
        where = str(path) if path else default_store()
        self.location = where  # what error messages name (a URL without its password)
        self.compiled_graph: Any = None  # the graph with this checkpointer (session.py)
        self._profile_store: BaseStore | None = None
        self._profile_conn: sqlite3.Connection | None = None
        self.leases: Any = None  # the lease table, made on first use (storage.lease)
        if is_postgres_url(where):
            from cvtailor.storage.postgres import PostgresBackend, redact

            self._pg: Any = PostgresBackend(where)
            self.location = redact(where)
            self.path = default_store_path()  # side files (index, model cache) stay local
            self._checkpointer: BaseCheckpointSaver[Any] | None = self._pg.checkpointer
            self._mark = "%s"
            self._add_pg_columns()
            return
        self._pg = None
        self.path = Path(where).expanduser()
        self.conn = connect(self.path)
        self._checkpointer = None
        self._mark = "?"

    def _add_pg_columns(self) -> None:
        """The application columns on an older PostgreSQL session table, added in place."""
        present = {row[0] for row in self._pg.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_name = "
            "'cvtailor_sessions' AND table_schema = current_schema()")}
        for name, sql_type in APPLICATION_COLUMNS.items():
            if name in present:
                continue
            try:
                self._pg.execute(f"ALTER TABLE cvtailor_sessions ADD COLUMN IF NOT EXISTS "
                                 f"{name} {sql_type.replace('REAL', 'DOUBLE PRECISION')}")
            except Exception:  # two processes adding it at once: fine if it is there now
                if name not in {row[0] for row in self._pg.execute(
                        "SELECT column_name FROM information_schema.columns WHERE table_name "
                        "= 'cvtailor_sessions' AND table_schema = current_schema()")}:
                    raise

    @property
    def checkpointer(self) -> BaseCheckpointSaver[Any]:
        """LangGraph's saver for this store, made on first use for SQLite (listing sessions
        does not need LangGraph)."""
        if self._checkpointer is None:
            from langgraph.checkpoint.sqlite import SqliteSaver

            from cvtailor.storage.serializer import serializer

            self._checkpointer = SqliteSaver(self.conn, serde=serializer())
        return self._checkpointer

    @property
    def profile_store(self) -> BaseStore:
        """LangGraph's cross-thread store for profiles (`storage.profile`), made on first use:
        a SqliteStore in the same file as the checkpoints (its own connection), or a
        PostgresStore on the PostgreSQL pool."""
        if self._profile_store is None:
            if self._pg is not None:
                self._profile_store = self._pg.profile_store()
            else:
                from langgraph.store.sqlite import SqliteStore

                conn = sqlite3.connect(str(self.path), check_same_thread=False,
                                       isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
                conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
                self._profile_conn = conn
                store = SqliteStore(conn)
                _set_up(store)
                self._profile_store = store
        return self._profile_store

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
        if self._profile_conn is not None:
            self._profile_conn.close()
            self._profile_conn = None
        if self.leases is not None:
            self.leases.close()
        if self._pg is not None:
            self._pg.close()
        else:
            self.conn.close()

    def save_session(self, record: SessionRecord) -> None:
        """Insert the session, or update everything but its id, creation time and input
        names; the updated time is now."""
        now = datetime.now(UTC).isoformat(timespec="seconds")
        row = list(record.row())
        row[1], row[2] = record.created_at or now, now
        self._execute(UPSERT.format(p="?"), tuple(row))

    def get_session(self, session_id: str) -> SessionRecord:
        """The session's record; SessionError when there is none."""
        rows = self._execute(f"{SELECT} WHERE id = ?", (session_id,))
        if not rows:
            raise SessionError(f"no session {session_id!r} in {self.location}")
        return SessionRecord.from_row(rows[0])

    def find_by_input(self, input_key: str) -> SessionRecord | None:
        """The newest session started from these inputs (`SessionRecord.input_key`), if any."""
        rows = self._execute(f"{SELECT} WHERE input_key = ? ORDER BY created_at DESC, id DESC",
                             (input_key,))
        return SessionRecord.from_row(rows[0]) if rows else None

    def pin_version(self, session_id: str, version: int | None) -> None:
        """Make `version` the one export writes (None: the latest again)."""
        self._execute("UPDATE cvtailor_sessions SET pinned_version = ? WHERE id = ?",
                      (version, session_id))

    def delete_session(self, session_id: str) -> None:
        """Remove the session's row (Session.delete removes its checkpoints and index)."""
        self._execute("DELETE FROM cvtailor_sessions WHERE id = ?", (session_id,))

    def list_sessions(self) -> list[SessionRecord]:
        """Every session, newest first. A session recorded as running whose process is gone
        (killed, crashed: its lease is stale or missing) is listed as `interrupted`."""
        rows = self._execute(f"{SELECT} ORDER BY created_at DESC, id")
        records = [SessionRecord.from_row(r) for r in rows]
        if any(r.status == "running" for r in records):
            from cvtailor.storage.lease import leases_of, live

            holders = leases_of(self).holders()
            for r in records:
                if r.status == "running" and not live(holders.get(r.id)):
                    r.status = "interrupted"
        return records


def _set_up(store: Any) -> None:
    """Run the SqliteStore's migrations, racing other connections to the same file safely.

    Its setup reads the schema version, then applies each later migration and records it,
    with no transaction around them: two processes (or batch threads, each with its own
    connection) setting up a new file at once collide on a version or an added column. The
    loser reads the version again and goes on from there.
    """
    for attempt in range(100):
        try:
            store.setup()
            return
        except sqlite3.IntegrityError:
            pass  # another connection recorded this migration first
        except sqlite3.OperationalError as exc:
            if "duplicate column" not in str(exc) and "locked" not in str(exc):
                raise
        time.sleep(0.01 * (1 + attempt % 5))
    store.setup()
