"""Sessions in PostgreSQL: LangGraph's PostgresSaver for checkpoints plus the session table,
for several processes or machines sharing one store. Needs the `postgres` extra
(`pip install 'cvtailor[postgres]'`: psycopg and langgraph-checkpoint-postgres).

A store URL looks like `postgresql://user:password@host:5432/dbname` (libpq's URL form; query
parameters such as `?sslmode=require` pass through). Error messages never show the password.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from cvtailor.errors import SessionError
from cvtailor.storage.lease import TABLE as LEASE_TABLE

if TYPE_CHECKING:
    from langgraph.checkpoint.postgres.aio import AsyncPostgresSaver
    from langgraph.store.postgres import PostgresStore

CONNECT_TIMEOUT_S = 10
POOL_SIZE = 8  # graph steps run up to 4 writers at once; the session table needs one more
INSTALL = "install the 'postgres' extra: pip install 'cvtailor[postgres]'"
TABLE = ("CREATE TABLE IF NOT EXISTS cvtailor_sessions (id TEXT PRIMARY KEY, created_at TEXT, "
         "updated_at TEXT, cv_name TEXT, jd_name TEXT, settings TEXT, status TEXT)")


def redact(url: str) -> str:
    """The URL with its password replaced by '***' (safe for messages and logs)."""
    return re.sub(r"^([a-z+]+://[^:/@]*:)[^@]*@", r"\1***@", str(url), flags=re.I)


def _scrub(message: str, url: str) -> str:
    """An error message on one line, without the URL's password anywhere in it."""
    password = _password(url)
    text = " ".join(str(message).split())
    text = text.replace(url, redact(url))
    return text.replace(password, "***") if password else text


def _password(url: str) -> str:
    try:
        return urlsplit(url).password or ""
    except ValueError:
        return ""


def check_url(url: str) -> str:
    """The URL in the form psycopg takes; SessionError (password hidden) when malformed."""
    url = re.sub(r"^postgresql\+psycopg://", "postgresql://", url.strip())
    url = re.sub(r"^postgres://", "postgresql://", url)
    try:
        parts = urlsplit(url)
        _ = parts.port  # raises on a non-numeric port
    except ValueError as exc:
        raise SessionError(f"malformed PostgreSQL store URL {redact(url)}: {exc}") from None
    if not parts.hostname and "host=" not in parts.query:
        raise SessionError(f"malformed PostgreSQL store URL {redact(url)}: no host "
                           "(expected postgresql://user:password@host:5432/dbname)")
    if not parts.path.strip("/"):
        raise SessionError(f"malformed PostgreSQL store URL {redact(url)}: no database name "
                           "(expected postgresql://user:password@host:5432/dbname)")
    try:
        from psycopg.conninfo import conninfo_to_dict
    except ImportError:
        raise SessionError(f"a PostgreSQL store needs psycopg: {INSTALL}") from None
    try:
        conninfo_to_dict(url)
    except Exception as exc:
        raise SessionError(f"malformed PostgreSQL store URL {redact(url)}: "
                           f"{_scrub(str(exc), url)}") from None
    return url


def _modules() -> tuple[Any, Any, Any]:
    try:
        import psycopg
        from langgraph.checkpoint.postgres import PostgresSaver
        from psycopg_pool import ConnectionPool
    except ImportError:
        raise SessionError(f"a PostgreSQL store needs langgraph-checkpoint-postgres: "
                           f"{INSTALL}") from None
    return psycopg, PostgresSaver, ConnectionPool


def _reach(psycopg: Any, url: str) -> None:
    """Connect once, to fail with a clear one-line message instead of a pool timeout."""
    try:
        with psycopg.connect(url, connect_timeout=CONNECT_TIMEOUT_S):
            pass
    except psycopg.Error as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise SessionError(f"cannot open the PostgreSQL store {redact(url)}: "
                           f"{_scrub(first, url)}") from None


class PostgresBackend:
    """A connection pool, the PostgresSaver over it and the session table's SQL."""

    def __init__(self, url: str) -> None:
        self.url = check_url(url)
        psycopg, postgres_saver, connection_pool = _modules()
        from psycopg.rows import dict_row

        from cvtailor.storage.serializer import serializer

        _reach(psycopg, self.url)
        self.pool = connection_pool(
            self.url, min_size=1, max_size=POOL_SIZE, open=True, timeout=CONNECT_TIMEOUT_S,
            kwargs={"autocommit": True, "prepare_threshold": 0, "row_factory": dict_row,
                    "connect_timeout": CONNECT_TIMEOUT_S})
        self.checkpointer = postgres_saver(self.pool, serde=serializer())
        try:
            self.checkpointer.setup()
            self.execute(TABLE)
            self.execute(LEASE_TABLE)
        except psycopg.Error as exc:
            self.pool.close()
            raise SessionError(f"cannot set up the PostgreSQL store {redact(self.url)}: "
                               f"{_scrub(str(exc), self.url)}") from None

    def profile_store(self) -> PostgresStore:
        """LangGraph's PostgresStore on this pool (profiles), its tables set up."""
        import psycopg
        from langgraph.store.postgres import PostgresStore

        store = PostgresStore(self.pool)
        try:
            store.setup()
        except psycopg.Error as exc:
            raise SessionError(f"cannot set up the profile store in {redact(self.url)}: "
                               f"{_scrub(str(exc), self.url)}") from None
        return store

    def execute(self, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        """Run one statement; the rows it returns, as tuples."""
        from psycopg.rows import tuple_row

        with self.pool.connection() as conn, conn.cursor(row_factory=tuple_row) as cur:
            cur.execute(sql, params)  # sql is built from constants, values are parameters
            return list(cur.fetchall()) if cur.description else []

    def close(self) -> None:
        """Close the pool."""
        self.pool.close()


@asynccontextmanager
async def async_postgres_saver(url: str) -> AsyncIterator[AsyncPostgresSaver]:
    """An AsyncPostgresSaver with cvtailor's serializer (the server's checkpointer)."""
    url = check_url(url)
    psycopg, _, _ = _modules()
    from langgraph.checkpoint.postgres.aio import AsyncPostgresSaver
    from psycopg.rows import dict_row

    from cvtailor.storage.serializer import serializer

    try:
        conn = await psycopg.AsyncConnection.connect(
            url, autocommit=True, prepare_threshold=0, row_factory=dict_row,
            connect_timeout=CONNECT_TIMEOUT_S)
    except psycopg.Error as exc:
        raise SessionError(f"cannot open the PostgreSQL store {redact(url)}: "
                           f"{_scrub(str(exc).strip().splitlines()[0], url)}") from None
    async with conn:
        saver = AsyncPostgresSaver(conn, serde=serializer())
        await saver.setup()
        yield saver
